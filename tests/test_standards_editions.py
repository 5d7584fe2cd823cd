"""Local editions and diffs: `standards new`, `standards diff`, `standards check` and the core
functions they call."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from greendesk.cli import main
from greendesk.core.base import clock
from greendesk.core.base.errors import ValidationError
from greendesk.core.standards import library
from greendesk.core.standards.diff import ADDED, CHANGED, REMOVED, changed_items, diff_standards
from greendesk.core.standards.editing import new_edition
from greendesk.core.standards.editions import resolve, save_edition
from greendesk.core.standards.format import load_standard_file

EXAMPLE = library.shipped_standards_dir() / "example-national-100.json"


@pytest.fixture(autouse=True)
def _english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GREENDESK_LANG", "en")


def test_diff_of_the_example_against_the_national_standard() -> None:
    national = library.get_standard("national-2020-trial")
    example = library.get_standard("example-national-100")
    changes = diff_standards(national, example)
    assert changed_items(changes) == list(range(1, 17))
    by_key = {(c.scope, c.key, c.field): c for c in changes}
    assert by_key[("item", "8", "points")].new == 10 and by_key[("item", "8", "points")].old is None
    assert by_key[("standard", "", "mode")].new == "scored"
    added_rule = by_key[("rule", "2/plan", "label")]
    assert added_rule.change == ADDED and added_rule.new == "未定协商计划"
    assert not any(
        c.scope == "item" and c.field == "text" for c in changes
    )  # the texts are the national ones
    assert diff_standards(example, example) == ()


def test_diff_names_changed_and_removed_rules_and_items(tmp_path: Path) -> None:
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["items"][1]["scoring"][1]["points"] = 1  # item 2, rule plan: 2 -> 1
    data["items"][1]["points"] = 5
    del data["items"][2]["scoring"][1]  # item 3 loses rule results
    data["items"][2]["evidence_hint"] = "新的提示"
    data["items"][4]["scoring"][0]["points"] = 2  # item 5 awards now 7 of 8
    data["items"].pop()  # item 16 (5 points) gone: 100 - 1 - 5
    data.update(max_points=94, pass_mark=68)
    data["tiers"][1]["min_points"] = 80
    changed = load_standard_file(_write(tmp_path / "edited.json", data))
    changes = diff_standards(library.get_standard("example-national-100"), changed)
    lines = {(c.change, c.scope, c.key, c.field, c.old, c.new) for c in changes}
    assert (CHANGED, "rule", "2/plan", "points", 2, 1) in lines
    assert (CHANGED, "item", "2", "points", 6, 5) in lines
    assert (REMOVED, "rule", "3/results", "label", "方案成果不完整", None) in lines
    assert (
        CHANGED,
        "item",
        "3",
        "evidence_hint",
        "规划师进社区活动照片、方案图纸、居民意见征集记录",
        "新的提示",
    ) in lines
    assert next((c.change, c.scope, c.key, c.field) for c in changes if c.key == "16") == (
        REMOVED,
        "item",
        "16",
        "text",
    )
    assert (CHANGED, "tier", "higher", "min_points", 85, 80) in lines
    assert (CHANGED, "standard", "", "pass_mark", 70, 68) in lines
    assert changed_items(changes) == [2, 3, 5, 16]


def _write(path: Path, data: dict) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_new_edition_is_the_parent_under_a_new_id(tmp_path: Path) -> None:
    clock.freeze(clock.now().replace(year=2026, month=3, day=1))
    try:
        example = library.get_standard("example-national-100")
        data = new_edition(example, "qingyuan-2026", "清远市绿色社区评分（本地版）", ["example-national-100"])
        saved = save_edition(data, tmp_path / "qy.json")
    finally:
        clock.freeze(None)
    assert saved.derives_from == "example-national-100" and saved.id == "qingyuan-2026"
    assert saved.issued_on.isoformat() == "2026-03-01" and saved.document_number == ""
    assert saved.items == example.items and saved.tiers == example.tiers
    fields = {c.field for c in diff_standards(example, saved)}
    assert fields == {"title", "issued_on", "derives_from"}
    with pytest.raises(ValidationError, match="exists already"):
        save_edition(data, tmp_path / "qy.json")
    with pytest.raises(ValidationError, match="exists already"):
        new_edition(example, "example-national-100", None, [])
    with pytest.raises(ValidationError, match="'title'"):
        new_edition(example, "x", "长" * 201, [])
    assert resolve(str(tmp_path / "qy.json")).id == "qingyuan-2026"


def test_cli_new_check_and_diff(workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = str(workspace.data_dir)
    workspace.close()
    out = workspace.standards_dir / "local-2026.json"
    args = ["--data-dir", folder, "standards"]
    assert main([*args, "new", "--from", "national-2020-trial", "--id", "local-2026", "--out", str(out)]) == 0
    assert "local-2026" in capsys.readouterr().out and out.is_file()
    # the copy is usable at once from the workspace, and refused a second time
    assert main([*args, "diff", "national-2020-trial", "local-2026", "--json"]) == 0
    changes = json.loads(capsys.readouterr().out)
    assert {c["field"] for c in changes} == {"document_number", "issued_on", "derives_from"}
    assert (
        main(
            [
                *args,
                "new",
                "--from",
                "national-2020-trial",
                "--id",
                "local-2026",
                "--out",
                str(tmp_path / "b.json"),
            ]
        )
        == 2
    )
    assert "exists already" in capsys.readouterr().err and not (tmp_path / "b.json").exists()

    assert main([*args, "diff", "national-2020-trial", str(EXAMPLE)]) == 0
    out_lines = capsys.readouterr().out.splitlines()
    assert "~ item 8 points: — → 10" in out_lines
    assert "+ item 2 rule plan: 未定协商计划" in out_lines
    assert main([*args, "diff", "local-2026", "local-2026"]) == 0
    assert capsys.readouterr().out.strip() == "No differences."


def test_cli_show_lists_points_and_rules(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["standards", "show", "example-national-100"]) == 0
    out = capsys.readouterr().out
    assert "社区停车秩序规范,无占压消防、救护等生命通道的情况 *  (10)" in out
    assert "- blocked: 发现一处占压消防、救护通道扣2分，扣完为止 [deduct_per_occurrence]" in out


def test_cli_check_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["standards", "check", str(EXAMPLE)]) == 0
    out = capsys.readouterr().out
    assert "OK example-national-100: 5 categories, 16 items" in out
    assert "Scored: 100 points, pass mark 70, 29 rules, tiers: qualified ≥ 70, higher ≥ 85" in out
    assert "Applies to: 2025, 2026 (示例批次)" in out
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["items"][9]["scoring"][0]["kind"] = "deduct_a_lot"
    bad = _write(tmp_path / "bad.json", data)
    assert main(["standards", "check", str(bad)]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and str(bad) in captured.err and "'items[9].scoring[0].kind'" in captured.err
    assert main(["standards", "diff", "national-2020-trial", str(bad)]) == 2
    assert "'items[9].scoring[0].kind'" in capsys.readouterr().err
    assert main(["standards", "diff", "national-2020-trial", "nope"]) == 2
    assert "Unknown standard 'nope'" in capsys.readouterr().err
