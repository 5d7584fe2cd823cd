"""Scored standards: typed rules read from the file, the engine's hand-computed scores per rule
type, its properties (Hypothesis), the veto and tiers, the panel merge, and the shipped example."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from greendesk.core import settings as workspace_settings
from greendesk.core.base.errors import NotFoundError, ValidationError
from greendesk.core.standards import library
from greendesk.core.standards.format import load_standard_file, parse_standard
from greendesk.core.standards.model import Item, ScoringRule
from greendesk.core.standards.scoring_engine import (
    ItemFindings,
    merge_experts,
    merge_panel,
    score_item,
    score_standard,
)

EXAMPLE = library.shipped_standards_dir() / "example-national-100.json"


@pytest.fixture(scope="module")
def example():
    return library.get_standard("example-national-100")


def _item(points: float, *rules: ScoringRule, gating: bool = False) -> Item:
    return Item(number=1, category="c", text="t", points=points, scoring=rules, gating=gating)


def _score(item: Item, met: bool | None = None, vetoed: bool = False, **rules) -> float:
    return score_item(item, ItemFindings(rules=rules, met=met, vetoed=vetoed)).score


# -- every rule type, computed by hand ------------------------------------------------------------


def test_deduct_if_absent_takes_its_points(example) -> None:
    item = example.item(2)  # 6 points: 未搭建平台 -3, 未定计划 -2, 计划不完整 -1
    assert _score(item, platform=True, plan=True, plan_incomplete=True) == 6
    assert _score(item, platform=True, plan=False, plan_incomplete=True) == 4
    result = score_item(item, ItemFindings({"platform": False, "plan": False, "plan_incomplete": True}))
    assert result.score == 1
    assert [(o.rule_id, o.delta) for o in result.breakdown] == [
        ("platform", -3),
        ("plan", -2),
        ("plan_incomplete", 0),
    ]
    assert result.breakdown[1].describe().render("en") == "未定协商计划: minus 2 points"


def test_deduct_range_takes_the_chosen_value(example) -> None:
    item = example.item(3)  # 5 points: all-or-nothing service, 方案成果不完整 1-3
    assert _score(item, service=True, results=0) == 5
    assert _score(item, service=True, results=2.5) == 2.5
    assert _score(item, service=True, results=3) == 2
    for outside in (0.5, 3.5, -1, True):
        with pytest.raises(ValidationError) as info:
            _score(item, service=True, results=outside)
        assert "Item 3, rule results" in info.value.render("en")


def test_deduct_per_missing_counts_distinct_sub_points(example) -> None:
    item = example.item(4)  # 7 points, 2 per missing of ①②③④, floor 0
    assert _score(item, facilities=[]) == 7
    assert _score(item, facilities=[2]) == 5
    assert _score(item, facilities=[1, 3, 3]) == 3
    assert _score(item, facilities=[1, 2, 3, 4]) == 0  # 8 deducted from 7: stops at 0
    with pytest.raises(ValidationError, match="from 1 to 4"):
        _score(item, facilities=[5])


def test_deduct_per_occurrence_stops_at_zero(example) -> None:
    item = example.item(8)  # 10 points, 2 per occurrence, 扣完为止
    assert [_score(item, blocked=n) for n in (0, 1, 4, 5, 9)] == [10, 8, 2, 0, 0]
    with pytest.raises(ValidationError) as info:
        _score(item, blocked=-1)
    assert "Item 8, rule blocked" in info.value.render("en")


def test_award_parts_add_up(example) -> None:
    item = example.item(5)  # 3 + 2 + 3
    assert _score(item, roads=False, sponge=False, sorting=False) == 0
    assert _score(item, roads=True, sponge=False, sorting=True) == 6
    assert _score(item, roads=True, sponge=True, sorting=True) == 8


def test_bonus_per_unit_is_capped(example) -> None:
    item = example.item(7)  # 4 for the layout, 2 per pocket park up to 4
    assert _score(item, layout=False, pocket_parks=1) == 2
    assert _score(item, layout=True, pocket_parks=1) == 6
    assert _score(item, layout=True, pocket_parks=2) == 8
    assert _score(item, layout=True, pocket_parks=7) == 8
    assert _score(item, layout=False, pocket_parks=7) == 4


def test_all_or_nothing_zeroes_the_item(example) -> None:
    item = example.item(15)  # 没有公约不得分; 未张贴 -1
    assert _score(item, pact=True, posted=True) == 4
    assert _score(item, pact=True, posted=False) == 3
    result = score_item(item, ItemFindings({"pact": False, "posted": True}))
    assert result.score == 0 and result.breakdown[0].zeroed
    assert result.breakdown[0].describe().render("zh_CN").startswith("没有居民绿色生活行为公约")


def test_an_item_without_rules_is_all_or_nothing() -> None:
    item = _item(5)
    assert _score(item, met=True) == 5 and _score(item, met=False) == 0
    with pytest.raises(ValidationError, match="Item 1"):
        _score(item)


def test_invalid_findings_name_item_and_rule(example) -> None:
    with pytest.raises(ValidationError) as info:
        _score(example.item(2), platform=True, plan=True, plan_incomplete=True, typo=True)
    assert "Item 2" in info.value.render("en") and "'typo'" in info.value.render("en")
    with pytest.raises(ValidationError) as info:
        _score(example.item(2), platform=True, plan=True)
    assert "Item 2, rule plan_incomplete" in info.value.render("en")
    with pytest.raises(ValidationError, match="yes or no"):
        _score(example.item(2), platform=1, plan=True, plan_incomplete=True)
    with pytest.raises(ValidationError, match="gating"):
        _score(example.item(2), vetoed=True, platform=True, plan=True, plan_incomplete=True)


# -- the whole standard: total, pass mark, tiers, veto ---------------------------------------------

FULL = {
    1: {"mechanism": True, "records": 0},
    2: {"platform": True, "plan": True, "plan_incomplete": True},
    3: {"service": True, "results": 0},
    4: {"facilities": []},
    5: {"roads": True, "sponge": True, "sorting": True},
    6: {"green": 0, "files": True},
    7: {"layout": True, "pocket_parks": 2},
    8: {"blocked": 0},
    9: {"barrier_free": []},
    10: {"noise": 0},
    11: {"system": True, "upkeep": 0},
    12: {"coverage": True},
    13: {"venue": True, "updates": True},
    14: {"training": True, "training_files": 0},
    15: {"pact": True, "posted": True},
    16: {"register": True, "protected": True},
}


def _findings(
    changes: dict[int, dict] | None = None, vetoed: tuple[int, ...] = ()
) -> dict[int, ItemFindings]:
    merged = {number: dict(rules, **(changes or {}).get(number, {})) for number, rules in FULL.items()}
    return {number: ItemFindings(rules, vetoed=number in vetoed) for number, rules in merged.items()}


def test_full_marks_reach_the_higher_tier(example) -> None:
    result = score_standard(example, _findings())
    assert result.total == 100 and result.passed and result.tier == "higher" and result.complete


def test_tiers_and_pass_mark_by_hand(example) -> None:
    # -16 (item 5 roads/sorting -6, item 8 five occurrences -10) = 84: passes, below the higher tier
    result = score_standard(example, _findings({5: {"roads": False, "sorting": False}, 8: {"blocked": 5}}))
    assert result.total == 84 and result.passed and result.tier == "qualified"
    # a further -15 (item 12 all-or-nothing 10, item 1 mechanism 4 and records 1) = 69: fails
    worse = _findings({5: {"roads": False, "sorting": False}, 8: {"blocked": 5}, 12: {"coverage": False}})
    worse[1] = ItemFindings({"mechanism": False, "records": 1})
    result = score_standard(example, worse)
    assert result.total == 69 and result.passed is False and result.tier is None


def test_a_veto_fails_the_community_whatever_the_total(example) -> None:
    result = score_standard(example, _findings(vetoed=(8,)))
    assert (
        result.total == 100 and result.passed is False and result.vetoed_items == (8,) and result.tier is None
    )


def test_a_failed_numeric_rule_vetoes_its_gating_item(example) -> None:
    findings = _findings()
    findings[12] = ItemFindings(FULL[12], measured=29.5)
    result = score_standard(example, findings)
    assert result.vetoed_items == (12,) and result.passed is False
    findings[12] = ItemFindings(FULL[12], measured=30)
    assert score_standard(example, findings).passed is True


def test_missing_items_leave_the_result_open_unless_vetoed(example) -> None:
    partial = {n: f for n, f in _findings(vetoed=(12,)).items() if n != 3}
    assert score_standard(example, partial).passed is False
    partial[12] = ItemFindings(FULL[12])
    open_result = score_standard(example, partial)
    assert open_result.passed is None and open_result.missing_items == (3,) and open_result.total == 95
    with pytest.raises(NotFoundError):
        score_standard(example, {99: ItemFindings(met=True)})


# -- properties -----------------------------------------------------------------------------------

RULES = st.one_of(
    st.builds(lambda p: ScoringRule("a", "deduct_if_absent", "l", points=p), st.integers(1, 10)),
    st.builds(
        lambda lo, d: ScoringRule("r", "deduct_range", "l", min=lo, max=lo + d),
        st.integers(0, 5),
        st.integers(1, 5),
    ),
    st.builds(
        lambda p, n: ScoringRule(
            "m", "deduct_per_missing", "l", points_each=p, sub_points=tuple(map(str, range(n)))
        ),
        st.integers(1, 5),
        st.integers(1, 5),
    ),
    st.builds(lambda p: ScoringRule("o", "deduct_per_occurrence", "l", points_each=p), st.integers(1, 5)),
    st.builds(lambda p: ScoringRule("w", "award", "l", points=p), st.integers(1, 5)),
    st.builds(
        lambda p, c: ScoringRule("b", "bonus_per_unit", "l", points_each=p, cap=p + c),
        st.integers(1, 5),
        st.integers(0, 5),
    ),
    st.just(ScoringRule("z", "all_or_nothing", "l")),
)


def _finding(rule: ScoringRule, level: int) -> object:
    """A finding that gets worse as ``level`` grows (0 = nothing wrong, nothing earned more)."""
    if rule.kind == "deduct_if_absent":
        return level == 0
    if rule.kind == "deduct_range":
        return 0 if level == 0 else min(rule.max, rule.min + level - 1)
    if rule.kind == "deduct_per_missing":
        return list(range(1, min(level, len(rule.sub_points)) + 1))
    if rule.kind == "deduct_per_occurrence":
        return level
    if rule.kind == "award":
        return level == 0
    if rule.kind == "bonus_per_unit":
        return max(0, 6 - level)
    return level < 3  # all_or_nothing


@given(
    rules=st.lists(RULES, min_size=1, max_size=5, unique_by=lambda r: r.id),
    points=st.integers(10, 30),
    levels=st.lists(st.integers(0, 8), min_size=5, max_size=5),
    worse=st.integers(0, 4),
)
@settings(max_examples=300, deadline=None)
def test_score_stays_within_points_and_falls_as_findings_worsen(rules, points, levels, worse) -> None:
    item = _item(points, *rules)
    base = {rule.id: _finding(rule, levels[i]) for i, rule in enumerate(rules)}
    worsened = {rule.id: _finding(rule, levels[i] + (worse if i == 0 else 0)) for i, rule in enumerate(rules)}
    score = score_item(item, ItemFindings(base)).score
    assert 0 <= score <= points
    assert score_item(item, ItemFindings(worsened)).score <= score


@given(units=st.integers(0, 10_000), each=st.integers(1, 10), cap=st.integers(0, 20))
def test_bonus_never_passes_its_cap(units: int, each: int, cap: int) -> None:
    item = _item(100, ScoringRule("b", "bonus_per_unit", "l", points_each=each, cap=each + cap))
    assert _score(item, b=units) == min(each * units, each + cap)


# -- merging several experts ----------------------------------------------------------------------


def test_merge_experts_mean_spread_and_flag() -> None:
    merged = merge_experts([8, 6, 7], threshold=2)
    assert (merged.mean, merged.spread, merged.disagreement) == (7, 2, False)
    assert merge_experts([8, 5], threshold=2).disagreement is True
    with pytest.raises(ValidationError):
        merge_experts([], threshold=2)


def test_merge_panel_by_item() -> None:
    panel = merge_panel(
        {"expert-a": {1: 6, 2: 4}, "expert-b": {1: 5}, "external-c": {1: 2, 2: 4}}, threshold=3
    )
    assert panel[1].scores == (6, 5, 2) and panel[1].mean == pytest.approx(13 / 3) and panel[1].disagreement
    assert panel[2].mean == 4 and panel[2].spread == 0 and not panel[2].disagreement


# -- the shipped example and the format --------------------------------------------------------------


def test_the_example_is_a_labelled_100_point_edition(example) -> None:
    assert load_standard_file(EXAMPLE).sha256 == example.sha256
    assert example.derives_from == "national-2020-trial" and example.mode == "scored"
    assert sum(item.points for item in example.items) == 100 == example.max_points
    assert example.pass_mark == 70 and [t.min_points for t in example.tiers] == [70, 85]
    assert "示例（非正式文件）" in example.description and "非正式文件" in example.title
    assert "not an official text" in example.description
    kinds = {rule.kind for item in example.items for rule in item.scoring}
    assert kinds == {
        "deduct_if_absent",
        "deduct_range",
        "deduct_per_missing",
        "deduct_per_occurrence",
        "award",
        "bonus_per_unit",
        "all_or_nothing",
    }
    national = library.get_standard("national-2020-trial")
    assert [i.text for i in example.items] == [i.text for i in national.items]
    assert {i.number for i in example.items if i.gating} == {8, 12}
    assert all(
        item.verification_methods and item.department and item.evidence_index for item in example.items
    )


def test_a_standard_is_bound_to_its_years(example) -> None:
    assert example.applies_in(2025) and example.applies_in(2026) and not example.applies_in(2024)
    assert example.applies_to.batch == "示例批次"
    assert library.get_standard("national-2020-trial").applies_in(2021)  # no applies_to: any year


def test_the_example_is_not_the_default_standard() -> None:
    assert library.DEFAULT_STANDARD_ID == "national-2020-trial"
    assert workspace_settings.DEFAULT_STANDARD.default == "national-2020-trial"


def test_existing_standards_keep_their_identity() -> None:
    """Reading more fields must not change what a file hashes to (reviews keep the hash)."""
    national = library.get_standard("national-2020-trial")
    raw = json.loads(
        (library.shipped_standards_dir() / "national-2020-trial.json").read_text(encoding="utf-8")
    )
    assert national.raw == raw and national.applies_to is None
    assert all(not i.scoring and i.verification_methods == () and i.department == "" for i in national.items)


def _example_raw() -> dict:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("mutate", "field", "expected"),
    [
        (
            lambda d: d["items"][0]["scoring"][0].__setitem__("kind", "deduct_some"),
            "items[0].scoring[0].kind",
            "one of",
        ),
        (
            lambda d: d["items"][0]["scoring"][1].__setitem__("max", 7),
            "items[0].scoring[1].max",
            "between 1 and 6",
        ),
        (
            lambda d: d["items"][0]["scoring"][1].__setitem__("min", 3),
            "items[0].scoring[1].max",
            "between 3 and 6",
        ),
        (
            lambda d: d["items"][0]["scoring"][0].__setitem__("points", 0),
            "items[0].scoring[0].points",
            "more than 0",
        ),
        (
            lambda d: d["items"][0]["scoring"][0].__setitem__("point", 2),
            "items[0].scoring[0].point",
            "not a field",
        ),
        (
            lambda d: d["items"][0]["scoring"][0].__setitem__("id", "规则 1"),
            "items[0].scoring[0].id",
            "letters",
        ),
        (
            lambda d: d["items"][0]["scoring"][1].__setitem__("id", "mechanism"),
            "items[0].scoring",
            "duplicate",
        ),
        (lambda d: d["items"][0]["scoring"][0].pop("label"), "items[0].scoring[0].label", "missing"),
        (
            lambda d: d["items"][4]["scoring"][0].__setitem__("points", 4),
            "items[4].scoring",
            "adding up to 9",
        ),
        (
            lambda d: d["items"][3]["scoring"][0].__setitem__("sub_points", []),
            "items[3].scoring[0].sub_points",
            "at least one",
        ),
        (
            lambda d: d["items"][3]["scoring"][0]["sub_points"].append(7),
            "items[3].scoring[0].sub_points[4]",
            "text",
        ),
        (
            lambda d: d["items"][6]["scoring"][1].__setitem__("cap", 1),
            "items[6].scoring[1].cap",
            "at least points_each",
        ),
        (lambda d: d["items"][0].__setitem__("scoring", [{}] * 21), "items[0].scoring", "at most 20"),
        (
            lambda d: d["items"][0].__setitem__("verification_methods", ["phone"]),
            "items[0].verification_methods[0]",
            "documents, site, survey",
        ),
        (
            lambda d: d["items"][0].__setitem__("verification_methods", ["site", "site"]),
            "items[0].verification_methods",
            "twice",
        ),
        (
            lambda d: d["items"][0].__setitem__("evidence_index", "1" * 21),
            "items[0].evidence_index",
            "at most 20",
        ),
        (lambda d: d["items"][0].__setitem__("department", 3), "items[0].department", "must be text"),
        (
            lambda d: d["applies_to"].__setitem__("years", [1999]),
            "applies_to.years[0]",
            "between 2000 and 2100",
        ),
        (lambda d: d["applies_to"].__setitem__("years", []), "applies_to.years", "at least one year"),
        (lambda d: d.__setitem__("applies_to", {"batch": "一"}), "applies_to.years", "missing"),
        (
            lambda d: d.__setitem__("mode", "pass_fail"),
            "items[0].scoring",
            "only allowed in a scored standard",
        ),
        (lambda d: d["items"][0].pop("points"), "items[0].points", "needs its points"),
    ],
)
def test_malformed_scoring_names_file_and_field(tmp_path: Path, mutate, field: str, expected: str) -> None:
    data = _example_raw()
    mutate(data)
    path = tmp_path / "local.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        load_standard_file(path)
    message = info.value.render("en")
    assert str(path) in message and f"'{field}'" in message and expected in message, message


def test_parse_in_memory_names_the_source() -> None:
    data = _example_raw()
    data["items"][7]["scoring"][0]["points_each"] = -2
    with pytest.raises(
        ValidationError, match=r"kit\.json: field 'items\[7\]\.scoring\[0\]\.points_each' is -2"
    ):
        parse_standard(data, "kit.json")
