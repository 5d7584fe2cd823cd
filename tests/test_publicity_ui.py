"""The 公示与命名 screen: a notice made in its dialog (the last day the core's), objections registered
(a late one refused with its reason shown, nothing accepted), an upheld one reopening the review,
the naming with tiers, and a re-check plan whose 撤销 the core records; overdue flags; role errors."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import select

from greendesk.cli import main
from greendesk.core import accounts
from greendesk.core.base import clock
from greendesk.core.publicity import naming, notices, objections, rechecks
from greendesk.core.publicity.period import WORKING_DAYS, notice_period
from greendesk.core.review.vocabulary import REVIEWER, REVOKED, SIGNED_OFF, UNDER_REVIEW
from greendesk.core.storage.models import Community, Recommendation
from greendesk.core.workspace import Workspace
from greendesk.ui.context import UiContext
from greendesk.ui.screens.publicity.notice_dialogs import NamingDialog, NewNoticeDialog
from greendesk.ui.screens.publicity.objection_dialogs import DecideDialog, ObjectionDialog
from greendesk.ui.screens.publicity.rechecks_tab import OVERDUE_COLOUR, RecordRecheckDialog
from greendesk.ui.screens.publicity.screen import PublicityScreen
from tests.accounts_support import TEST_PASSWORD
from tests.package_fixtures import YEAR

FIRST, SECOND = "110105001001", "110105001002"  # batch 1 of the fixture, both signed off


@pytest.fixture
def on_day() -> Iterator[Callable[[int, int, int], None]]:
    previous = clock.frozen()
    yield lambda year, month, day: clock.freeze(datetime(year, month, day, 9, 0))
    clock.freeze(previous)


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the warnings shown (none is left waiting for a click)."""
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: texts.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    return texts


def answer(monkeypatch: pytest.MonkeyPatch, dialog_class: type[QDialog], fill: Callable) -> list[QDialog]:
    """The dialog, when the screen opens it, filled by ``fill`` and confirmed as the user would."""
    opened: list[QDialog] = []

    def run(dialog: QDialog) -> int:
        opened.append(dialog)
        fill(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(dialog_class, "exec", run)
    return opened


def _status(workspace: Workspace, code: str) -> str:
    with workspace.sessions() as session:
        return session.scalars(
            select(Recommendation.status).join(Community).where(Community.code == code)
        ).one()


def _fill_notice(dialog: NewNoticeDialog) -> None:
    dialog.year.setValue(YEAR)
    dialog.start.setDate(date(2022, 9, 28))
    dialog.kind.setCurrentIndex(dialog.kind.findData(WORKING_DAYS))
    dialog.days.setValue(7)


def _objection(received: date, *, sealed: bool = True, name: str = "某物业公司") -> Callable:
    def fill(dialog: ObjectionDialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData(objections.UNIT))
        dialog.name.setText(name)
        dialog.sealed.setChecked(sealed)
        dialog.community.setCurrentIndex(dialog.community.findData(FIRST))
        dialog.received.setDate(received)
        dialog.content.setPlainText("垃圾分类设施未建成，与申报材料不符")

    return fill


def test_from_notice_to_named_to_revoked(
    qtbot, reviewed: Workspace, monkeypatch: pytest.MonkeyPatch, told: list[str], on_day, tmp_path: Path
) -> None:
    on_day(2022, 9, 28)
    screen = PublicityScreen(UiContext(reviewed))
    qtbot.addWidget(screen)
    tab = screen.notices_tab
    made = answer(monkeypatch, NewNoticeDialog, _fill_notice)
    tab.new_button.click()
    end = notice_period(date(2022, 9, 28), 7, WORKING_DAYS).end
    assert end == date(2022, 10, 11) and end.isoformat() in made[0].end.text()
    assert tab.notice_table.rowCount() == 1
    assert tab.notice_table.item(0, 3).text().startswith("2022-09-28 – 2022-10-11")
    assert tab.notice_table.item(0, 5).text() == "2"
    notice_id = tab.current_id()

    on_day(2022, 10, 12)  # the letters are recorded as they came in; one came a day late
    answer(monkeypatch, ObjectionDialog, _objection(date(2022, 10, 12)))
    tab.add_objection_button.click()  # a day late
    assert len(told) == 1 and "逾期" in told[0] and "2022-10-11" in told[0]
    assert [o.outcome for o in objections.list_objections(reviewed, notice_id)] == [objections.REFUSED]
    assert tab.objection_table.item(0, 5).text() == "not accepted"
    tab.objection_table.selectRow(0)
    assert not tab.decide_button.isEnabled()  # a refused objection is not decided
    assert _status(reviewed, FIRST) == SIGNED_OFF
    answer(monkeypatch, ObjectionDialog, _objection(date(2022, 9, 30), name=""))
    tab.add_objection_button.click()  # no name: the core's error, nothing recorded at all
    assert "name" in told[1] and len(objections.list_objections(reviewed, notice_id)) == 1

    def bad_id(dialog: ObjectionDialog) -> None:
        _objection(date(2022, 9, 30), name="李四")(dialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData(objections.PERSON))
        assert dialog.id_number.isVisibleTo(dialog) and not dialog.sealed.isVisibleTo(dialog)
        dialog.id_number.setText("110105194912310021")  # the check character is wrong
        dialog.contact.setText("13800000000")

    answer(monkeypatch, ObjectionDialog, bad_id)
    tab.add_objection_button.click()
    assert "身份证号码无效" in told[2] and tab.objection_table.item(1, 5).text() == "not accepted"

    scan = tmp_path / "异议书扫描件.png"
    Image.new("RGB", (40, 30), "white").save(scan)

    def with_scan(dialog: ObjectionDialog) -> None:
        _objection(date(2022, 9, 30))(dialog)
        dialog.attachments.addItem(str(scan))

    answer(monkeypatch, ObjectionDialog, with_scan)
    tab.add_objection_button.click()
    assert len(told) == 3 and tab.objection_table.item(2, 5).text() == "awaiting decision"
    stored = objections.list_objections(reviewed, notice_id)[2].attachments
    assert [(a.name, a.sha256) for a in stored] == [
        (scan.name, hashlib.sha256(scan.read_bytes()).hexdigest())
    ]
    tab.objection_table.selectRow(2)

    def uphold(dialog: DecideDialog) -> None:
        dialog.upheld.setChecked(True)
        assert "back to review" in dialog.consequence.text() and FIRST in dialog.consequence.text()
        dialog.reason.setPlainText("现场核实属实")
        dialog.password.setText(TEST_PASSWORD)

    answer(monkeypatch, DecideDialog, uphold)
    tab.decide_button.click()
    assert _status(reviewed, FIRST) == UNDER_REVIEW
    assert tab.objection_table.item(2, 6).text() == "upheld: 现场核实属实"

    on_day(2022, 10, 12)
    tab.close_button.click()
    assert tab.notice_table.item(0, 4).text() == "closed" and tab.name_button.isEnabled()

    def name(dialog: NamingDialog) -> None:
        assert set(dialog.tiers) == {SECOND}  # the upheld objection's community is not offered
        dialog.document_number.setText("朝建发〔2022〕12号")
        dialog.named_on.setDate(date(2022, 10, 20))
        dialog.tiers[SECOND].setCurrentIndex(dialog.tiers[SECOND].findData(naming.DEMONSTRATION))
        dialog.password.setText(TEST_PASSWORD)

    answer(monkeypatch, NamingDialog, name)
    tab.name_button.click()
    assert naming.load_naming(reviewed, notice_id).communities[0].tier == naming.DEMONSTRATION
    assert tab.community_table.rowCount() == 1
    assert [tab.community_table.item(0, c).text() for c in (2, 3, 4)] == [
        SECOND,
        "Demonstration (示范)",
        "2022-1-001",
    ]
    assert tab.notice_table.item(0, 4).text() == "named (朝建发〔2022〕12号)"

    on_day(2023, 6, 1)
    checks = screen.rechecks_tab
    checks.year.setValue(2023)
    checks.size.setValue(1)
    checks.seed.setText("2023-复核")
    checks.plan_button.click()
    assert checks.sample_table.rowCount() == 1
    assert checks.sample_table.item(0, 0).text() == rechecks.draw([SECOND], 1, "2023-复核")[0] == SECOND
    assert rechecks.list_plans(reviewed, 2023)[0].seed == "2023-复核"
    checks.sample_table.selectRow(0)

    def revoke(dialog: RecordRecheckDialog) -> None:
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(REVOKED))
        dialog.note.setText("复核不合格")
        dialog.password.setText(TEST_PASSWORD)

    answer(monkeypatch, RecordRecheckDialog, revoke)
    checks.record_button.click()
    assert len(told) == 3
    assert _status(reviewed, SECOND) == REVOKED
    assert checks.sample_table.item(0, 3).text() == "revoked (撤销)"


def test_an_overdue_rectification_is_flagged_in_words_and_colour(
    qtbot, reviewed: Workspace, monkeypatch: pytest.MonkeyPatch, told: list[str], on_day, capsys
) -> None:
    on_day(2022, 9, 28)
    notice = notices.create_notice(reviewed, year=YEAR, start=date(2022, 9, 28), days=7, kind=WORKING_DAYS)
    on_day(2022, 10, 12)
    notices.close_notice(reviewed, notice.id)
    naming.name_communities(
        reviewed,
        notice.id,
        document_number="朝建发〔2022〕12号",
        named_on=date(2022, 10, 20),
        password=TEST_PASSWORD,
    )
    on_day(2023, 6, 1)
    rechecks.plan_recheck(reviewed, 2023, 2, seed="s")
    screen = PublicityScreen(UiContext(reviewed))
    qtbot.addWidget(screen)
    checks = screen.rechecks_tab
    checks.year.setValue(2023)
    checks.sample_table.selectRow(0)

    def rectify(dialog: RecordRecheckDialog) -> None:
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(rechecks.RECTIFY))
        dialog.deadline.setDate(date(2023, 7, 1))

    answer(monkeypatch, RecordRecheckDialog, rectify)
    checks.record_button.click()
    assert checks.sample_table.item(0, 6).text() == ""
    on_day(2023, 7, 2)
    checks.reload()
    assert checks.sample_table.item(0, 4).text() == "2023-07-01"
    assert checks.sample_table.item(0, 6).text() == "overdue"
    assert checks.sample_table.item(0, 0).background().color() == OVERDUE_COLOUR
    assert checks.sample_table.item(1, 6).text() == "" and told == []
    reviewed.close()
    assert main(["--data-dir", str(reviewed.data_dir), "recheck", "plans", "--year", "2023", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)  # the CLI lists the plans the tab shows
    assert [(p["seed"], p["sample"]) for p in listed] == [("s", list(checks.plans[0].sample))]


def test_a_missing_role_is_the_core_message(
    qtbot, reviewed: Workspace, monkeypatch: pytest.MonkeyPatch, told: list[str], on_day
) -> None:
    on_day(2022, 9, 28)
    accounts.create_user(reviewed, "reviewer1", [REVIEWER], "reviewer-pass-1")
    accounts.sign_in(reviewed, "reviewer1", "reviewer-pass-1")
    screen = PublicityScreen(UiContext(reviewed))
    qtbot.addWidget(screen)
    opened = answer(monkeypatch, NewNoticeDialog, _fill_notice)
    screen.notices_tab.new_button.click()
    assert told == ["'reviewer1' needs the approver role for this action."]
    assert opened[0].result() != QDialog.DialogCode.Accepted and notices.list_notices(reviewed) == []


def test_the_main_window_lists_the_screen(qtbot, reviewed: Workspace) -> None:
    from greendesk.ui.main_window import MainWindow

    window = MainWindow(reviewed)
    qtbot.addWidget(window)
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert "Publicity & naming" in titles
    assert isinstance(window.show_screen("publicity"), PublicityScreen)


def test_export_writes_what_the_core_writes(qtbot, reviewed: Workspace, tmp_path, on_day) -> None:
    on_day(2022, 9, 28)
    notice = notices.create_notice(reviewed, year=YEAR, start=date(2022, 9, 28), days=7, kind=WORKING_DAYS)
    screen = PublicityScreen(UiContext(reviewed))
    qtbot.addWidget(screen)
    written = screen.notices_tab.export_to(tmp_path / "out")
    assert written and all(path.is_file() and path.stat().st_size > 0 for path in written)
    assert {path.suffix for path in written} >= {".html", ".xlsx"}
    assert notice.title in next(p for p in written if p.suffix == ".html").read_text(encoding="utf-8")
