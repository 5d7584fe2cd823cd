from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from greendesk.core.base.errors import ValidationError
from greendesk.core.standards import library
from greendesk.core.standards.format import load_standard_file

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "national-action-plan-2020.zh.txt"
SHIPPED = library.shipped_standards_dir() / "national-2020-trial.json"


def test_national_standard_has_16_items_in_5_categories() -> None:
    national = library.get_standard("national-2020-trial")
    assert national.mode == "pass_fail"
    assert len(national.categories) == 5
    assert [len(national.items_in(c.id)) for c in national.categories] == [3, 3, 4, 2, 4]
    assert [i.number for i in national.items] == list(range(1, 17))
    assert national.document_number == "建城〔2020〕68号"


def test_item_12_carries_the_coverage_rule() -> None:
    item = library.get_standard("national-2020-trial").item(12)
    assert item.rule is not None
    assert (item.rule.field, item.rule.op, item.rule.value) == ("property_management_coverage", ">=", 30.0)
    assert item.rule.check(30.0) is True
    assert item.rule.check(29.9) is False
    assert item.rule.check(None) is None


@pytest.mark.skipif(not SEED.is_file(), reason="shared seeds not beside the checkout")
def test_item_texts_are_exactly_the_seed_texts() -> None:
    seed = SEED.read_text(encoding="utf-8")
    table = seed[seed.index("绿色社区创建标准(试行)\n内容") :]
    expected = {}
    for line in table.splitlines():
        match = re.search(r"(?:^|\|)\s*(\d{1,2})\s*\|\s*([^|]+?)\s*(?:\||$)", line)
        if match:
            expected[int(match.group(1))] = match.group(2)
    national = library.get_standard("national-2020-trial")
    assert {i.number: i.text for i in national.items} == expected


def _write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "local.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _national_raw() -> dict:
    return json.loads(SHIPPED.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("mutate", "field"),
    [
        (lambda d: d.pop("title"), "title"),
        (lambda d: d.__setitem__("mode", "graded"), "mode"),
        (lambda d: d["items"][3].__setitem__("category", "nope"), "items[3].category"),
        (lambda d: d["items"][11]["rule"].__setitem__("op", "=>"), "items[11].rule.op"),
        (lambda d: d["items"][0].__setitem__("number", "one"), "items[0].number"),
        (lambda d: d.__setitem__("issued_on", "2020/07/22"), "issued_on"),
        (lambda d: d["items"][0].__setitem__("number", True), "items[0].number"),
        (lambda d: d["items"][11]["rule"].__setitem__("field", "households"), "items[11].rule.field"),
        (lambda d: d["categories"].__setitem__(1, "c2"), "categories[1]"),
        (lambda d: d.__setitem__("tiers", [{"id": "A", "name": "一星"}]), "tiers[0].min_points"),
        (lambda d: d["items"].append(dict(d["items"][0])), "items"),
    ],
)
def test_malformed_standard_names_file_and_field(tmp_path: Path, mutate, field: str) -> None:
    data = _national_raw()
    mutate(data)
    path = _write(tmp_path, data)
    with pytest.raises(ValidationError) as info:
        load_standard_file(path)
    message = str(info.value)
    assert str(path) in message
    assert f"'{field}'" in message


def test_broken_json_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "id": "x",\n  oops\n}', encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        load_standard_file(path)
    assert "broken.json" in str(info.value) and "line 3" in str(info.value)


def test_scored_mode_with_tiers_and_derivation(tmp_path: Path) -> None:
    data = _national_raw()
    data.update(
        id="local-scored", derives_from="national-2020-trial", mode="scored", max_points=100, pass_mark=70
    )
    data["tiers"] = [
        {"id": "AAA", "name": "三星", "min_points": 90},
        {"id": "A", "name": "一星", "min_points": 70},
    ]
    for index, item in enumerate(data["items"]):
        item["points"] = 10 if index < 4 else 5
    _write(tmp_path, data)
    found = library.discover_standards([tmp_path])
    assert found.skipped == ()
    local = found.standards["local-scored"]
    assert local.mode == "scored" and local.pass_mark == 70 and local.derives_from == "national-2020-trial"
    assert [t.id for t in local.tiers] == ["A", "AAA"]


def test_scored_mode_points_must_add_up(tmp_path: Path) -> None:
    data = _national_raw()
    data.update(mode="scored", max_points=100, pass_mark=60)
    for item in data["items"]:
        item["points"] = 5
    with pytest.raises(ValidationError) as info:
        load_standard_file(_write(tmp_path, data))
    assert "'max_points'" in str(info.value)


def test_unknown_parent_is_reported(tmp_path: Path) -> None:
    """The orphan is skipped with a warning naming its file; the shipped standard stays usable."""
    data = _national_raw()
    data.update(id="orphan", derives_from="missing-standard")
    path = _write(tmp_path, data)
    found = library.discover_standards([tmp_path])
    assert "orphan" not in found.standards and "national-2020-trial" in found.standards
    (warning,) = found.skipped
    assert "derives_from" in str(warning) and str(path) in str(warning)


def test_rule_operator_problem_lists_the_operators(tmp_path: Path) -> None:
    data = _national_raw()
    data["items"][11]["rule"]["op"] = "=>"
    with pytest.raises(ValidationError) as info:
        load_standard_file(_write(tmp_path, data))
    assert "must be one of >= > <= < ==" in info.value.render("en")


def test_scored_mode_needs_points_on_every_item(tmp_path: Path) -> None:
    data = _national_raw()
    data.update(mode="scored", max_points=100, pass_mark=60)
    with pytest.raises(ValidationError) as info:
        load_standard_file(_write(tmp_path, data))
    assert "'items[0].points'" in str(info.value)
