"""The review screen's parts on their own: the item list model and the texts, without a window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from review_support import recommend, small_workspace

from greendesk.core.review import commands, views
from greendesk.core.review.vocabulary import FAIL, PASS
from greendesk.core.workspace import Workspace
from greendesk.ui.screens.review.item_model import ITEM_ROLE, OUTCOME_STYLE, ReviewItemModel
from greendesk.ui.screens.review.texts import ReviewTexts


@pytest.fixture
def ws(data_dir: Path):
    workspace = small_workspace(data_dir)
    yield workspace
    workspace.close()


def test_item_model_rows_are_categories_then_their_items(qtbot, ws: Workspace) -> None:
    code = recommend(ws)
    review = views.show(ws, code)
    model = ReviewItemModel(QFont())
    model.set_view(review)
    numbers = [model.index(row).data(ITEM_ROLE) for row in range(model.rowCount())]
    assert [n for n in numbers if n is not None] == list(range(1, 17))
    categories = len({state.category for state in review.items})
    assert model.rowCount() == 16 + categories and numbers[0] is None
    header = model.index(0)
    assert header.data() == review.items[0].category_title
    assert header.data(Qt.ItemDataRole.FontRole).bold()
    assert model.flags(header) == Qt.ItemFlag.NoItemFlags
    first = model.index(1)
    assert first.data().startswith(f"{OUTCOME_STYLE[None][0]} Item 1")
    assert model.flags(first) & Qt.ItemFlag.ItemIsSelectable
    assert first.data(Qt.ItemDataRole.ToolTipRole) == "Not decided"
    assert model.row_of(12) == numbers.index(12)


def test_item_model_updates_in_place_after_a_decision(qtbot, ws: Workspace) -> None:
    code = recommend(ws)
    model = ReviewItemModel(QFont())
    model.set_view(views.show(ws, code))
    resets: list[bool] = []
    changed: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.dataChanged.connect(lambda top, bottom, *_: changed.append((top.row(), bottom.row())))
    commands.decide(ws, code, 3, FAIL, "no minutes")
    model.set_view(views.show(ws, code))
    assert resets == [] and changed == [(0, model.rowCount() - 1)]  # the view keeps selection and find
    row = model.index(model.row_of(3))
    assert row.data().startswith(OUTCOME_STYLE[FAIL][0])
    assert row.data(Qt.ItemDataRole.ForegroundRole).color().name() == OUTCOME_STYLE[FAIL][1]


def test_find_keeps_matching_items_and_hides_categories(qtbot, ws: Workspace) -> None:
    code = recommend(ws)
    model = ReviewItemModel(QFont())
    model.set_view(views.show(ws, code))
    visible = [
        model.index(r).data(ITEM_ROLE) for r in range(model.rowCount()) if model.matches(r, "物业管理")
    ]
    assert visible == [12]
    assert all(model.matches(r, "") for r in range(model.rowCount()))


def test_texts_render_the_review_and_the_item(qtbot, ws: Workspace) -> None:
    code = recommend(ws)
    commands.decide(ws, code, 1, PASS, "门禁完好")
    review = views.show(ws, code)
    texts = ReviewTexts()
    assert "<b>绿园社区居委会</b> (110105001001)" in texts.header(review)
    assert "1/16 decided" in texts.header(review)
    assert texts.lock_note(review) == ""
    assert texts.result(review.result) == "Result: not complete yet"
    decided = review.item(1)
    assert texts.decided_by(decided).startswith("Meets · tester · ")
    coverage = texts.coverage(review, review.item(12))
    assert "500 of 1000 households = 50%" in coverage
    assert texts.coverage(review, review.item(1)) == ""  # item 1 has no measured rule
    assert texts.earlier(decided) == "" and texts.warnings(decided) == ""
    assert texts.photo_caption(decided).startswith("0 photo")  # a Qt plural: "0 photos" once translated
    assert "for item 1 " in texts.photo_caption(decided)
