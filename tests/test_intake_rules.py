"""Rules intake shares with the rest of the core: one way to create a recommendation, find a
community, and read cells."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from intake_fixtures import communities, jpeg_bytes, list_workbook, write_zip
from sqlalchemy import select

from greendesk.core import audit
from greendesk.core.base import cells
from greendesk.core.base.errors import NotFoundError
from greendesk.core.intake.analysis import analyse_package
from greendesk.core.intake.apply import Resolutions, apply_import
from greendesk.core.registry import roster
from greendesk.core.review import history, recommendations
from greendesk.core.storage.models import AuditEntry
from greendesk.core.workspace import Workspace


def test_an_imported_recommendation_starts_its_review_history(chaoyang: Workspace, tmp_path: Path) -> None:
    first, second, _ = communities(chaoyang)
    book = list_workbook(
        tmp_path / "名单.xlsx",
        [[1, first.name, first.code, 100, 40, "", ""], [2, second.name, second.code, 80, 20, "", ""]],
    )
    package = write_zip(
        tmp_path / "package.zip",
        {"推荐材料/名单.xlsx": book.read_bytes(), f"推荐材料/{first.code}/第3条/门禁.jpg": jpeg_bytes()},
    )
    plan = analyse_package(chaoyang, package, 2022, 1)
    result = apply_import(chaoyang, plan)
    assert result.recommendations_created == 2 and result.photos_attached == 1
    entries = history.history(chaoyang, first.code)
    assert [entry.action for entry in entries] == [
        "review.recommend",
        "review.import_evidence",
    ]  # and its files
    assert entries[0].new["year"] == 2022 and entries[0].new["import_batch"] == result.batch_id
    assert entries[0].new["households"] == 100
    # The single-community path writes the same action, so both kinds of history read alike.
    third = communities(chaoyang)[2]
    recommendations.create_recommendation(chaoyang, third.code, 2022, households=50)
    assert [entry.action for entry in history.history(chaoyang, third.code)] == ["review.recommend"]
    with chaoyang.sessions() as session:
        actions = set(session.scalars(select(AuditEntry.action)))
        assert "recommendation.import" not in actions
        assert audit.verify_chain(session) == []


def test_an_unknown_code_gets_the_registry_message_everywhere(chaoyang: Workspace, tmp_path: Path) -> None:
    """Resolving an import row, recommending and looking up: one lookup, one message."""
    book = openpyxl.Workbook()
    book.active.append(["社区名称", "户数"])
    book.active.append(["月球社区", 100])
    book.save(tmp_path / "名单.xlsx")
    plan = analyse_package(chaoyang, tmp_path / "名单.xlsx", 2022, 1)
    (unknown,) = [p for p in plan.problems if p.kind == "unknown"]
    expected = "No community with code 110105999999 in the registry."
    with pytest.raises(NotFoundError) as resolving:
        apply_import(chaoyang, plan, Resolutions(communities={unknown.row_key: "110105999999"}))
    with pytest.raises(NotFoundError) as recommending:
        recommendations.create_recommendation(chaoyang, "110105999999", 2022)
    with pytest.raises(NotFoundError) as looking_up:
        roster.get_community(chaoyang, "110105999999")
    assert str(resolving.value) == str(recommending.value) == str(looking_up.value) == expected


def test_a_whole_percent_cell_is_a_full_share_in_both_readers(chaoyang: Workspace, tmp_path: Path) -> None:
    """A cell formatted as percent showing 100 % arrives as the number 1 (whole floats become ints).

    The registry reader used to take only floats as fractions (so 100 % became 1 %); intake took
    any number cell. Both now read it as 100 %.
    """
    assert cells.parse_percent(1) == 100.0 and cells.parse_percent(0.35) == 35.0
    assert cells.parse_percent("1") == 1.0 and cells.parse_percent("35%") == 35.0
    first, _, _ = communities(chaoyang)
    book = openpyxl.Workbook()
    book.active.append(["社区名称", "社区代码", "户数", "物业管理覆盖率"])
    book.active.append([first.name, first.code, 100, 1])
    book.active["D2"].number_format = "0%"
    book.save(tmp_path / "名单.xlsx")
    plan = analyse_package(chaoyang, tmp_path / "名单.xlsx", 2022, 1)
    assert plan.rows[0].coverage == 100.0


def test_yes_and_no_words_are_one_list() -> None:
    """The registry knew 纳入/不纳入, intake knew 推荐: each reader now knows all of them."""
    assert [cells.parse_yes_no(word) for word in ("是", "√", "纳入", "推荐", "yes", 1)] == [True] * 6
    assert [cells.parse_yes_no(word) for word in ("否", "×", "不纳入", "不推荐", "no", 0)] == [False] * 6
    assert cells.parse_yes_no("") is None and cells.parse_yes_no(None) is None
    with pytest.raises(ValueError):
        cells.parse_yes_no("也许")
    assert cells.is_yes("纳入") and cells.is_yes("推荐") and not cells.is_yes("也许")


def test_counts_and_shares_refuse_what_is_not_a_number() -> None:
    assert cells.parse_count("１，２００户") == 1200 and cells.parse_count(None) is None
    for bad in ("-1", "1.5", True, "多"):
        with pytest.raises(ValueError):
            cells.parse_count(bad)
    for bad in ("0,35", "130", -0.5):  # a share has no thousands separator
        with pytest.raises(ValueError):
            cells.parse_percent(bad)
