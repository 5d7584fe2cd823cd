"""Evidence beyond photos: a scanned PDF's first-page preview, and importing a package of documents.

Each against its floor measured in the same run on the same files: a plain pypdfium2 render of the
same page at the same size, and for the import the least any importer must do with those files
(SHA-256 of every file, a reduced decode of each photo, a first-page render of each PDF). Used by
run.py (``--only pdf_preview,evidence_import``); not collected by pytest.
"""

from __future__ import annotations

import hashlib
import random
import shutil
from pathlib import Path

PREVIEW_SIDE = 1200


def _scanned_pdf(path: Path, pages: int) -> Path:
    from tests.evidence_fixtures import scanned_pdf

    path.write_bytes(scanned_pdf(pages))
    return path


def bench_pdf_preview(work: Path) -> list:
    """First page of a 20-page PDF of full-page JPEG scans (A4 at 150 dpi), previews.pdf_page vs pypdfium2."""
    import pypdfium2

    from greendesk.core.evidence import previews
    from tests.benchmarks.run import Result, paired_median_times

    path = _scanned_pdf(work / "scan-20.pdf", 20)

    def ours(_index: int) -> None:
        previews.pdf_page(path, 0, PREVIEW_SIDE)

    def plain(_index: int) -> None:
        document = pypdfium2.PdfDocument(str(path))
        page = document[0]
        width, height = page.get_size()
        page.render(scale=PREVIEW_SIDE / max(width, height)).to_pil()
        page.close()
        document.close()

    value, base = paired_median_times(ours, plain, 31)
    return [
        Result(
            "PDF first-page preview (20-page scan)",
            "ms",
            value * 1000,
            "plain pypdfium2 render, same page and size",
            base * 1000,
            "≤ 1.2x",
            value / base <= 1.2,
        )
    ]


def _package(work: Path, community, count: int) -> Path:
    from greendesk.core.demo.synthetic import photo_bytes
    from tests.evidence_fixtures import docx_bytes, xlsx_bytes
    from tests.intake_fixtures import list_workbook

    root = work / "evidence-package"
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    list_workbook(root / "名单.xlsx", [[1, community.name, community.code, 1000, 400, "", ""]])
    rng = random.Random(7)
    folder = root / community.name
    for index in range(count):
        item = folder / f"第{index % 16 + 1}条"
        item.mkdir(parents=True, exist_ok=True)
        (item / f"照片{index}.jpg").write_bytes(photo_bytes(rng, 2022, index % 16 + 1, (2000, 1500)))
        _scanned_pdf(item / f"方案{index}.pdf", 5)
        (item / f"纪要{index}.docx").write_bytes(docx_bytes([f"会议纪要 {index}"] * 20))
        (item / f"统计{index}.xlsx").write_bytes(
            xlsx_bytes([["楼号", "户数"], *[[n, n * 10] for n in range(50)]])
        )
    return root


def bench_evidence_import(work: Path, count: int = 10) -> list:
    """Import of a package of photos, scanned PDFs, .docx and .xlsx (``count`` each) vs the floor."""
    import pypdfium2
    from PIL import Image

    from greendesk.core.intake.analysis import analyse_package
    from greendesk.core.intake.apply import apply_import
    from greendesk.core.registry import roster
    from greendesk.core.workspace import Workspace
    from tests.benchmarks.run import PeakMemory, Result, _signed_in, paired_median_times

    repeat = 5
    template = Workspace.create(work / "evidence-template", "110105", admin="bench", password="bench-pass-1")
    roster.load_official(template)
    community = roster.list_communities(template)[0]
    template.close()
    package = _package(work, community, count)
    files = sorted(path for path in package.rglob("*") if path.is_file())
    workspaces = []
    for index in range(repeat):
        shutil.copytree(work / "evidence-template", work / f"evidence-ws-{index}")
        workspaces.append(_signed_in(Workspace.open(work / f"evidence-ws-{index}")))

    def ours(index: int) -> None:
        workspace = workspaces[index]
        result = apply_import(workspace, analyse_package(workspace, package, 2022, 1))
        assert result.photos_attached == 4 * count, result

    def floor(_index: int) -> None:
        for path in files:
            hashlib.sha256(path.read_bytes()).hexdigest()
            if path.suffix == ".jpg":
                with Image.open(path) as image:
                    image.draft("RGB", (600, 600))
                    image.thumbnail((256, 256))
            elif path.suffix == ".pdf":
                document = pypdfium2.PdfDocument(str(path))
                page = document[0]
                page.render(scale=PREVIEW_SIDE / max(page.get_size())).to_pil()
                page.close()
                document.close()

    with PeakMemory() as memory:
        value, base = paired_median_times(ours, floor, repeat)
    for workspace in workspaces:
        workspace.close()
    return [
        Result(
            f"import of {count} photos + {count} PDFs + {count} .docx + {count} .xlsx",
            "ms",
            value * 1000,
            "sha256 of every file + photo draft decode + PDF first-page render",
            base * 1000,
            "≤ 3x",
            value / base <= 3,
            memory.growth,
        )
    ]
