"""Issue 18 in the core: guard rails, undo and clear, notes, history as sentences, queue order, CLI."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from intake_fixtures import communities, list_workbook, write_zip
from review_support import jpeg, recommend, small_workspace

from greendesk.cli import main
from greendesk.core.base.errors import ValidationError
from greendesk.core.intake.analysis import analyse_package
from greendesk.core.intake.apply import apply_import
from greendesk.core.review import commands, guards, history_text, notes, queue, undo, views, workflow
from greendesk.core.review.vocabulary import CLEARED, FAIL, MORE, PASS, RETURNED
from greendesk.core.safety import full_check
from greendesk.core.workspace import Workspace

CODE = "110105001001"


@pytest.fixture
def ws(data_dir: Path):
    workspace = small_workspace(data_dir)
    recommend(workspace, CODE)
    yield workspace
    workspace.close()


def _check_ok(workspace: Workspace) -> None:
    report = full_check.check_workspace(workspace.data_dir, verify_hashes=False)
    assert report.ok, [line.render("en") for line in full_check.problem_lines(report)]


# -- guard rails ------------------------------------------------------------------------------
@pytest.mark.parametrize("outcome", [FAIL, MORE])
def test_fail_and_more_need_a_comment_naming_the_item(ws: Workspace, outcome: str) -> None:
    with pytest.raises(ValidationError, match=r"Item 5: .* needs a comment"):
        commands.decide(ws, CODE, 5, outcome, "   ")
    assert views.show(ws, CODE).item(5).outcome is None  # nothing written
    assert commands.decide(ws, CODE, 5, outcome, "照片不清").outcome == outcome


def test_the_comment_error_names_item_and_outcome(ws: Workspace) -> None:
    with pytest.raises(ValidationError) as caught:
        commands.decide(ws, CODE, 5, FAIL, "")
    assert "5" in caught.value.render("zh_CN")  # the item is named in every language
    assert "'Does not meet'" in caught.value.render("en")  # the outcome by its label, not its code


def test_a_pass_without_evidence_warns(ws: Workspace) -> None:
    state = commands.decide(ws, CODE, 1, PASS)
    assert [w.render("en") for w in guards.decision_warnings(state, PASS)] == [
        "Item 1 is marked as met, but it has no evidence attached."
    ]
    commands.attach_photo(ws, CODE, 2, jpeg(), "a.jpg")
    assert guards.decision_warnings(commands.decide(ws, CODE, 2, PASS), PASS) == []


def test_round_summaries_say_what_will_happen(ws: Workspace) -> None:
    for number in range(1, 17):
        outcome = {2: MORE, 5: MORE, 12: MORE}.get(number, PASS)
        commands.decide(ws, CODE, number, outcome, "" if outcome == PASS else "补充材料")
    view = views.show(ws, CODE)
    finish = [line.render("en") for line in guards.round_summary(view, workflow.FINISH)]
    assert finish == ["Return for rework: 3 item(s) (items 2, 5, 12)"]
    assert guards.round_summary(view, workflow.FINISH)[0].render("zh_CN").count("、") in (0, 2)
    assert [line.render("en") for line in guards.round_summary(view, workflow.RETURN)] == finish
    assert guards.finish_status(view.result) == RETURNED == commands.finish_round(ws, CODE)


def test_resubmit_summary_counts_carried_passes(ws: Workspace) -> None:
    for number in range(1, 17):
        commands.decide(ws, CODE, number, MORE if number == 7 else PASS, "补" if number == 7 else "")
    commands.return_for_rework(ws, CODE)
    lines = [line.render("en") for line in guards.round_summary(views.show(ws, CODE), workflow.RESUBMIT)]
    assert lines == ["Round 2 begins: 1 item(s) to decide again (items 7); 15 passed item(s) carry over."]


# -- undo and clear ---------------------------------------------------------------------------
def _rows(workspace: Workspace) -> list[tuple[int, str, str]]:
    with sqlite3.connect(workspace.db_path) as connection:
        return connection.execute("SELECT item_number, outcome, comment FROM decision ORDER BY id").fetchall()


def test_undo_walks_back_with_new_rows_and_check_passes(ws: Workspace) -> None:
    commands.decide(ws, CODE, 3, PASS)
    commands.decide(ws, CODE, 3, FAIL, "缺纪要")
    commands.decide(ws, CODE, 4, PASS)
    assert undo.undo_last(ws, CODE).outcome is None  # item 4 had nothing before
    assert undo.undo_last(ws, CODE).outcome == PASS  # item 3 back to its pass
    state = undo.undo_last(ws, CODE)  # item 3 back to nothing
    assert (state.number, state.outcome) == (3, None)
    with pytest.raises(ValidationError, match="no decision of round 1 to undo"):
        undo.undo_last(ws, CODE)
    assert _rows(ws) == [
        (3, PASS, ""),
        (3, FAIL, "缺纪要"),
        (4, PASS, ""),
        (4, CLEARED, ""),
        (3, PASS, ""),
        (3, CLEARED, ""),
    ]  # nothing deleted or edited
    assert views.show(ws, CODE).decided == 0
    assert queue.queue(ws)[0].decided == 0
    _check_ok(ws)
    lines = [line.text for line in history_text.lines(ws, CODE, language="en")]
    assert sum("undid the last decision on item" in line for line in lines) == 3


def test_clear_makes_an_item_undecided_and_keeps_a_carried_pass(ws: Workspace) -> None:
    for number in range(1, 17):
        commands.decide(ws, CODE, number, FAIL if number == 5 else PASS, "缺" if number == 5 else "")
    assert undo.clear_decision(ws, CODE, 5).outcome is None
    with pytest.raises(ValidationError, match="item 5 has no decision of round 1 to clear"):
        undo.clear_decision(ws, CODE, 5)
    commands.decide(ws, CODE, 5, FAIL, "缺")
    commands.return_for_rework(ws, CODE)
    commands.resubmit(ws, CODE)
    with pytest.raises(ValidationError):
        undo.clear_decision(ws, CODE, 1)  # a carried pass is no decision of round 2
    commands.decide(ws, CODE, 1, FAIL, "复查不符合")
    state = undo.clear_decision(ws, CODE, 1)
    assert (state.outcome, state.carried) == (PASS, True)  # round 1's pass carries again
    assert views.show(ws, CODE).item(5).outcome is None
    _check_ok(ws)


# -- notes ------------------------------------------------------------------------------------
def test_notes_keep_every_change_and_are_audited(ws: Workspace) -> None:
    assert notes.note(ws, CODE).text == ""
    notes.set_note(ws, CODE, "街道说下周补照片")
    notes.set_note(ws, CODE, "  照片已到  ")
    notes.set_note(ws, CODE, "照片已到")  # unchanged: no new row
    assert notes.note(ws, CODE).text == "照片已到"
    with sqlite3.connect(ws.db_path) as connection:
        assert connection.execute("SELECT text FROM review_note ORDER BY id").fetchall() == [
            ("街道说下周补照片",),
            ("照片已到",),
        ]
    lines = [line.text for line in history_text.lines(ws, CODE, language="en")]
    assert lines[-1].endswith("wrote the note: 照片已到")
    _check_ok(ws)


# -- history as sentences ---------------------------------------------------------------------
def test_history_sentences_cover_creation_decisions_rounds_and_files(ws: Workspace) -> None:
    commands.attach_photo(ws, CODE, 12, jpeg(), "站点.jpg")
    commands.decide(ws, CODE, 12, FAIL, "覆盖不足")
    texts = [line.text for line in history_text.lines(ws, CODE, language="en")]
    assert "recorded the recommendation for 2022" in texts[0]
    assert any("attached 1 file(s) to item 12: 站点.jpg" in text for text in texts)
    decided = next(text for text in texts if "changed item 12" in text)
    assert decided.endswith("changed item 12 from “not decided” to “Does not meet”: 覆盖不足")
    assert decided.startswith(f"{history_text.lines(ws, CODE)[0].at:%Y-%m-%d}")


def test_an_imported_recommendation_starts_the_sentences(chaoyang: Workspace, tmp_path: Path) -> None:
    first, _second, _ = communities(chaoyang)
    book = list_workbook(tmp_path / "名单.xlsx", [[1, first.name, first.code, 100, 40, "", ""]])
    package = write_zip(tmp_path / "package.zip", {"推荐材料/名单.xlsx": book.read_bytes()})
    result = apply_import(chaoyang, analyse_package(chaoyang, package, 2022, 1))
    lines = history_text.lines(chaoyang, first.code, language="en")
    assert [line.action for line in lines] == ["review.recommend"]
    assert lines[0].text.endswith(f"imported the street's recommendation for 2022 (import {result.batch_id})")


# -- queue order ------------------------------------------------------------------------------
def test_next_and_previous_community_follow_the_queue(ws: Workspace) -> None:
    recommend(ws, "110105001002")
    recommend(ws, "110105001003")
    rows = queue.queue(ws)
    assert queue.adjacent(rows, "110105001001", 2022, +1).code == "110105001002"
    assert queue.adjacent(rows, "110105001002", 2022, -1).code == "110105001001"
    assert queue.adjacent(rows, "110105001003", 2022, +1) is None
    assert queue.adjacent(rows, "110105001001", 2022, -1) is None


# -- CLI --------------------------------------------------------------------------------------
def test_cli_undo_clear_note_history_and_warning(ws: Workspace, capsys: pytest.CaptureFixture[str]) -> None:
    folder = str(ws.data_dir)
    ws.close()

    def run(*args: str) -> int:
        return main(["--data-dir", folder, *args])

    assert run("review", "set", CODE, "1", "pass") == 0
    assert "no evidence attached" in capsys.readouterr().err
    assert run("review", "set", CODE, "2", "fail") == 2
    assert "Item 2" in capsys.readouterr().err
    assert run("review", "set", CODE, "2", "fail", "--comment", "缺") == 0
    assert run("review", "undo", CODE) == 0
    assert "Item 2" in capsys.readouterr().out
    assert run("review", "clear", CODE, "1") == 0
    assert run("review", "clear", CODE, "1") == 2
    assert run("review", "note", CODE, "下周复查") == 0
    capsys.readouterr()
    assert run("review", "history", CODE, "--json") == 0
    entries = json.loads(capsys.readouterr().out)
    assert [entry["action"] for entry in entries][-1] == "review.note"
    assert run("review", "history", CODE) == 0
    out = capsys.readouterr().out
    assert "cleared the decision on item 1" in out and "wrote the note: 下周复查" in out
    assert run("check") == 0
