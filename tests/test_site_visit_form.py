"""The 现场核验记录 and the 路线单: every item, the five headings, the tally, the signatures, the QR
code (decoded when zbarimg is installed), embedded TrueType fonts; and the `visit` CLI."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from greendesk.cli import main
from greendesk.core.base import clock
from greendesk.core.panel import visit_form, visits
from greendesk.core.standards import frozen
from greendesk.core.standards.library import get_standard
from greendesk.core.storage.models import Panel, PanelExpert
from greendesk.core.workspace import Workspace
from tests.review_support import jpeg, recommend, small_workspace

YEAR = 2022
DAY = date(2022, 9, 6)


@pytest.fixture
def workspace_with_visits(data_dir: Path) -> Workspace:
    workspace = small_workspace(data_dir)
    recommend(workspace, "110105001001", YEAR)
    recommend(workspace, "110105001002", YEAR, standard_id="example-national-100")
    return workspace


def _text(path: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages).replace(" ", "").replace("\n", "")


def _fonts_embedded(path: Path) -> None:
    reader = PdfReader(path)
    names = []
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = font.get("/DescendantFonts")
            target = descendant[0].get_object() if descendant else font
            descriptor = target.get("/FontDescriptor")
            assert descriptor is not None and "/FontFile2" in descriptor.get_object(), font.get("/BaseFont")
            names.append(font["/BaseFont"])
    assert names


def _render(path: Path, stem: str) -> list[Path]:
    """The PDF's pages as PNG beside it, or in $GREENDESK_SHOTS when set (to be looked at by hand)."""
    shots = Path(os.environ.get("GREENDESK_SHOTS") or path.parent)
    shots.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", "80", "-png", str(path), str(shots / stem)], check=True)
    return sorted(shots.glob(f"{stem}-*.png"))


def test_the_form_holds_every_item_heading_tally_and_signature(
    workspace_with_visits: Workspace, tmp_path: Path
) -> None:
    route = visits.plan_visits(workspace_with_visits, YEAR, DAY, streets=["110105001"])
    written = visit_form.print_day(workspace_with_visits, YEAR, DAY, tmp_path / "day")
    assert [path.name for path in written] == [
        visit_form.route_file_name(DAY),
        *(visit_form.form_file_name(row) for row in route),
    ]
    for sheet_row, path in zip(route, written[1:], strict=True):
        sheet = visits.visit_sheet(workspace_with_visits, sheet_row.visit_code)
        text = _text(path)
        for item in sheet.standard.items:
            assert item.text.replace(" ", "")[:20] in text, item.number
        for heading, words in visit_form.NOTE_HEADINGS:
            assert f"{heading}（{words}）" in text
        for label in visit_form.TALLY_LABELS:
            assert label in text
        assert visit_form.VISITORS_LABEL in text and visit_form.CONTACT_LABEL in text
        assert sheet_row.visit_code in text and sheet_row.name in text and "建外街道" in text
        if sheet.scored:
            assert "得分" in text and "（满分6分）" in text and "□符合" not in text
        else:
            assert text.count("□不符合") == len(sheet.standard.items)
        _fonts_embedded(path)
        assert PdfReader(path).pages[0].mediabox.width == pytest.approx(595.28, abs=0.5)  # A4 portrait
    route_text = _text(written[0])
    assert visit_form.ROUTE_TITLE in route_text
    assert route_text.index("绿园社区居委会") < route_text.index("花园社区居委会")
    _fonts_embedded(written[0])
    assert _render(written[0], "route-sheet")
    assert _render(written[1], "form-pass-fail")
    assert _render(written[2], "form-scored")


def test_the_qr_code_holds_the_community_and_visit(workspace_with_visits: Workspace, tmp_path: Path) -> None:
    row = visits.plan_visits(workspace_with_visits, YEAR, DAY, codes=["110105001001"])[0]
    sheet = visits.visit_sheet(workspace_with_visits, row.visit_code)
    story = visit_form.form_story(sheet, "北京市朝阳区住房和城乡建设委员会")
    codes = [cell for flowable in story for cell in _cells(flowable) if isinstance(cell, visit_form.QrCode)]
    assert [code.payload for code in codes] == [f"GDV1;110105001001;{row.visit_code}"]
    modules = codes[0].modules
    assert len(modules) >= 21 and all(modules[r][c] for r, c in ((0, 0), (0, 6), (6, 0)))  # finder pattern
    out = visit_form.print_visit(workspace_with_visits, row.visit_code, tmp_path / "one.pdf")
    content = PdfReader(out).pages[0].get_contents().get_data()
    assert content.count(b" re") > 100  # the QR's dark modules are drawn as squares in the page
    if shutil.which("zbarimg"):
        subprocess.run(
            ["pdftoppm", "-r", "300", "-f", "1", "-l", "1", "-png", str(out), str(tmp_path / "p")], check=True
        )
        scanned = subprocess.run(
            ["zbarimg", "--raw", "-q", str(next(tmp_path.glob("p*.png")))], capture_output=True, text=True
        ).stdout.strip()
        assert scanned == row.qr_payload
        assert visits.parse_qr(scanned) == ("110105001001", row.visit_code)


def _cells(flowable):
    """Every flowable inside tables (the header table nests the QR code in a cell list)."""
    yield flowable
    for row in getattr(flowable, "_cellvalues", ()):
        for cell in row:
            for inner in cell if isinstance(cell, list) else [cell]:
                yield from _cells(inner)


def test_a_panels_visit_names_its_experts_on_the_signature_lines(
    workspace_with_visits: Workspace, tmp_path: Path
) -> None:
    standard = get_standard("example-national-100")
    with workspace_with_visits.transaction() as session:
        frozen.remember(session, standard)
        panel = Panel(
            year=YEAR, batch=1, name="第一组", standard_sha256=standard.sha256, created_at=clock.now()
        )
        session.add(panel)
        session.flush()
        for key, name in (("E01", "王建国"), ("E02", "李秀英")):
            session.add(PanelExpert(panel_id=panel.id, key=key, name=name, added_at=clock.now()))
        panel_id = panel.id
    row = visits.plan_visits(workspace_with_visits, YEAR, DAY, codes=["110105001001"], panel_id=panel_id)[0]
    sheet = visits.visit_sheet(workspace_with_visits, row.visit_code)
    assert sheet.scored and sheet.experts == ("王建国", "李秀英")  # the panel's scored standard
    text = _text(visit_form.print_visit(workspace_with_visits, row.visit_code, tmp_path / "panel.pdf"))
    assert "王建国" in text and "李秀英" in text and "得分" in text


def run(folder: Path, *args: str) -> int:
    return main(["--data-dir", str(folder), *args])


def test_the_visit_cli(workspace_with_visits: Workspace, data_dir: Path, tmp_path: Path, capsys) -> None:
    workspace_with_visits.close()
    assert (
        run(
            data_dir,
            "visit",
            "plan",
            "--year",
            "2022",
            "--day",
            "2022-09-06",
            "--street",
            "110105001",
            "--json",
        )
        == 0
    )
    route = json.loads(capsys.readouterr().out)
    assert [row["code"] for row in route] == ["110105001001", "110105001002"]
    code = route[0]["visit"]
    assert run(data_dir, "visit", "list", "--year", "2022") == 0
    assert code in capsys.readouterr().out
    assert (
        run(data_dir, "visit", "print", "--year", "2022", "--day", "2022-09-06", "--out", str(tmp_path / "d"))
        == 0
    )
    assert len(capsys.readouterr().out.splitlines()) == 3
    results = tmp_path / "results.json"
    results.write_text(
        json.dumps(
            {
                "items": [
                    {"item": 1, "outcome": "pass"},
                    {"item": 2, "outcome": "fail", "note": "无议事记录"},
                ],
                "notes": {"看": "垃圾分类驿站运行正常"},
                "questionnaire": {"handed_out": 10, "returned": 9, "satisfied": 7, "basically_satisfied": 2},
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    photo = tmp_path / "IMG_0001.jpg"
    photo.write_bytes(jpeg(gps=None))
    assert run(data_dir, "visit", "record", code, "--results", str(results), "--photo", f"2={photo}") == 0
    captured = capsys.readouterr()
    assert "IMG_0001.jpg: no GPS position" in captured.err and "9 returned" in captured.out
    assert run(data_dir, "visit", "show", code, "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["status"] == "recorded" and shown["items"][1]["outcome"] == "fail"
    assert shown["tally"]["returned"] == 9 and shown["notes"] == {"看": "垃圾分类驿站运行正常"}
    assert [w["kind"] for w in shown["warnings"]] == ["no_gps"]
    results.write_text(
        json.dumps({"questionnaire": {"handed_out": 3, "returned": 4, "satisfied": 4}}), encoding="utf-8"
    )
    assert run(data_dir, "visit", "record", code, "--results", str(results)) == 2
    assert f"Visit {code}, questionnaire" in capsys.readouterr().err
    assert run(data_dir, "visit", "record", code, "--results", str(results), "--photo", "x.jpg") == 2
    assert "ITEM=PATH" in capsys.readouterr().err
    assert run(data_dir, "visit", "show", "NOSUCH99") == 2
    assert run(data_dir, "visit", "cancel", route[1]["visit"]) == 0
    assert run(data_dir, "visit", "print", "--out", str(tmp_path / "x.pdf")) == 2
