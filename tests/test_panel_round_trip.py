"""The issue's round trip: three experts, two on GreenDesk (scoring kits) and one on the Excel sheet,
ending in the merged table, the 复核人's confirmation and the 专家意见表."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from greendesk.core.panel.kits import export_kit
from greendesk.core.panel.kits_import import import_return
from greendesk.core.panel.kits_open import fill_kit
from greendesk.core.panel.merge import merged_table
from greendesk.core.panel.opinion_pdf import write_opinions
from greendesk.core.panel.panels import find_panel
from greendesk.core.panel.sheet import export_sheet
from greendesk.core.panel.sheet_import import import_sheet
from greendesk.core.workspace import Workspace
from tests.panel_kit_support import make_panel
from tests.panel_sheet_support import fill
from tests.test_panel_kits import _codes, _scores


@pytest.fixture(autouse=True)
def _expert_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GREENDESK_EXPERT_DIR", str(tmp_path / "expert-pc"))


def test_two_kits_and_one_sheet_end_in_the_merged_table_and_the_opinion_form(
    reviewed: Workspace, tmp_path: Path
) -> None:
    panel = make_panel(reviewed)
    for key, deduct in (("E01", 2.0), ("E02", 1.0)):  # item 1: 6 - deduct; item 2 loses its plan points
        kit = export_kit(reviewed, panel, key, tmp_path / "usb")
        returned = fill_kit(kit.path, kit.code, _scores(reviewed, deduct), tmp_path / f"{key}.gdret")
        assert import_return(reviewed, returned).added == 4
    sheet = export_sheet(reviewed, panel, "E03", tmp_path / "E03.xlsx")
    names = [n for n in openpyxl.load_workbook(sheet).sheetnames[1:] if not n.startswith("_")]
    assert len(names) == 2
    for name in names:
        fill(sheet, name, {1: (1, None, "台账缺失较多"), 2: (4, None, None)})
    assert import_sheet(reviewed, sheet).recorded == 4
    with reviewed.snapshot() as session:
        table = merged_table(session, find_panel(session, panel))
        for community in table.communities:
            by_number = {item.number: item for item in community.items}
            one, two = by_number[1], by_number[2]
            assert one.scores == {"E01": 4.0, "E02": 5.0, "E03": 1.0}
            assert one.merge.mean == pytest.approx(10 / 3) and one.merge.spread == 4.0
            assert two.scores["E03"] == 4.0 and len(two.scores) == 3
            assert 1 in community.flagged  # a spread of 4 is above the panel's 2 points
    pdfs = write_opinions(reviewed, panel, tmp_path / "opinions")
    assert len(pdfs) == len(_codes(reviewed))
    text = "".join(page.extract_text() for page in PdfReader(pdfs[0]).pages)
    for expected in ("专家意见表", "E01", "E02", "E03", "※3.3", "台账缺失较多", "复核人"):  # ※: flagged
        assert expected in text, expected


def test_a_kit_exported_later_leaves_a_sheet_already_sent_valid(reviewed: Workspace, tmp_path: Path) -> None:
    panel = make_panel(reviewed)
    sheet = export_sheet(reviewed, panel, "E03", tmp_path / "E03.xlsx")
    export_kit(reviewed, panel, "E03", tmp_path / "usb")  # renews E03's kit secret
    for name in [n for n in openpyxl.load_workbook(sheet).sheetnames[1:] if not n.startswith("_")]:
        fill(sheet, name, {1: (5, None, None)})
    assert import_sheet(reviewed, sheet).recorded == 2
