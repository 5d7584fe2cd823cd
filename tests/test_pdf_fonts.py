"""Every PDF GreenDesk writes embeds all its fonts (no unembedded Helvetica) and extracts as Chinese."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from greendesk.core.demo.builder import build_demo
from greendesk.core.package.export import export_package
from greendesk.core.reports.documents import export_report
from greendesk.core.reports.rework_notice import build_rework_notice
from greendesk.core.review import queue

pytestmark = pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")


def _fonts(pdf: Path) -> list[list[str]]:
    output = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in output.splitlines()[2:] if line.strip()]


def test_all_pdfs_embed_every_font(tmp_path: Path) -> None:
    workspace = build_demo(tmp_path / "demo")
    pdfs: list[Path] = []
    returned = [row for row in queue.queue(workspace, year=2022) if row.status == "returned"]
    notice = tmp_path / "整改通知.pdf"
    build_rework_notice(workspace, returned[0].code, notice, year=2022)
    pdfs.append(notice)
    for kind, period, name in (("quarterly", "2022Q3", "q.pdf"), ("annual", "2022", "a.pdf")):
        export_report(workspace, kind, period, tmp_path / name)
        pdfs.append(tmp_path / name)
    package = tmp_path / "package.zip"
    export_package(workspace, 2022, package)
    with zipfile.ZipFile(package) as archive:
        for member in archive.namelist():
            if member.endswith(".pdf"):
                target = tmp_path / "unzipped" / f"{len(pdfs)}.pdf"
                target.parent.mkdir(exist_ok=True)
                target.write_bytes(archive.read(member))
                pdfs.append(target)
    workspace.close()
    assert len(pdfs) >= 5
    for pdf in pdfs:
        fonts = _fonts(pdf)
        assert fonts, pdf.name
        assert all(row[-5] == "yes" for row in fonts), (pdf.name, fonts)  # the "emb" column
        assert any(row[1] == "TrueType" for row in fonts), pdf.name


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_printed_reports_carry_the_audit_chain_head(tmp_path: Path) -> None:
    from greendesk.core import audit
    from greendesk.core.base import i18n

    workspace = build_demo(tmp_path / "demo")
    returned = next(row for row in queue.queue(workspace, year=2022) if row.status == "returned")
    notice, report = tmp_path / "notice.pdf", tmp_path / "annual.pdf"
    previous = i18n.current_language()
    i18n.set_language("zh_CN")
    try:
        build_rework_notice(workspace, returned.code, notice, year=2022)
        with workspace.sessions() as session:  # issuing the notice's 文号 is an audited action
            head = audit.head(session)
        export_report(workspace, "annual", "2022", report)
    finally:
        i18n.set_language(previous)
    workspace.close()
    for pdf in (notice, report):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert head in text.replace("\n", ""), pdf.name
        assert "审计日志链头" in text
