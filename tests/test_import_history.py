"""Issue 18: the review history names what an import did — the recommendation and the files it attached."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from intake_fixtures import communities, jpeg_bytes, list_workbook, write_zip

from greendesk.cli import main
from greendesk.core.intake import evidence_audit
from greendesk.core.intake.analysis import analyse_package
from greendesk.core.intake.apply import apply_import
from greendesk.core.review import history_text
from greendesk.core.safety import full_check
from greendesk.core.workspace import Workspace


def _import(workspace: Workspace, tmp_path: Path):
    first, second, _ = communities(workspace)
    book = list_workbook(
        tmp_path / "名单.xlsx",
        [[1, first.name, first.code, 100, 40, "", ""], [2, second.name, second.code, 80, 30, "", ""]],
    )
    package = write_zip(
        tmp_path / "package.zip",
        {
            "推荐材料/名单.xlsx": book.read_bytes(),
            f"推荐材料/{first.code}/第3条/门禁.jpg": jpeg_bytes((1, 2, 3)),
            f"推荐材料/{first.code}/第3条/侧门.jpg": jpeg_bytes((1, 2, 4)),
            f"推荐材料/{first.code}/12-物业.jpg": jpeg_bytes((1, 2, 5)),
            f"推荐材料/{second.name}/第5条_垃圾分类.jpg": jpeg_bytes((1, 2, 6)),
        },
    )
    result = apply_import(workspace, analyse_package(workspace, package, 2022, 1))
    assert result.photos_attached == 4
    return first, second, result


def test_an_import_writes_one_entry_per_community_and_item(chaoyang: Workspace, tmp_path: Path) -> None:
    first, second, result = _import(chaoyang, tmp_path)
    lines = history_text.lines(chaoyang, first.code, language="en")
    assert [line.action for line in lines] == [
        "review.recommend",
        evidence_audit.ACTION,
        evidence_audit.ACTION,
    ]
    texts = [line.text for line in lines]
    assert texts[0].endswith(f"imported the street's recommendation for 2022 (import {result.batch_id})")
    assert texts[1].endswith(f"import {result.batch_id} attached 2 file(s) to item 3: 门禁.jpg, 侧门.jpg")
    assert texts[2].endswith(f"import {result.batch_id} attached 1 file(s) to item 12: 12-物业.jpg")
    other = [line.text for line in history_text.lines(chaoyang, second.code, language="en")]
    assert other[1].endswith("attached 1 file(s) to item 5: 第5条_垃圾分类.jpg")
    report = full_check.check_workspace(chaoyang.data_dir, verify_hashes=False)
    assert report.ok, [line.render("en") for line in full_check.problem_lines(report)]  # the chain holds


def test_a_repeated_import_attaches_nothing_and_records_nothing(chaoyang: Workspace, tmp_path: Path) -> None:
    first, _second, _result = _import(chaoyang, tmp_path)
    before = len(history_text.lines(chaoyang, first.code))
    package = tmp_path / "package.zip"
    again = apply_import(chaoyang, analyse_package(chaoyang, package, 2022, 1))
    assert again.already_imported
    assert len(history_text.lines(chaoyang, first.code)) == before


@pytest.mark.parametrize(
    ("language", "created", "attached"),
    [
        (
            "en",
            "imported the street's recommendation for 2022",
            "attached 2 file(s) to item 3: 门禁.jpg, 侧门.jpg",
        ),
        ("zh_CN", "导入了街道的 2022 年度推荐", "门禁.jpg, 侧门.jpg"),
    ],
)
def test_cli_review_history_shows_the_import(
    chaoyang: Workspace,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    language: str,
    created: str,
    attached: str,
) -> None:
    first, _second, _result = _import(chaoyang, tmp_path)
    folder = str(chaoyang.data_dir)
    chaoyang.close()
    capsys.readouterr()
    assert main(["--data-dir", folder, "--lang", language, "review", "history", first.code]) == 0
    out = capsys.readouterr().out.splitlines()
    assert created in out[0]
    assert attached in out[1] and "第3条" not in out[1]  # the file's name, not its folder in the package
    assert main(["--data-dir", folder, "review", "history", first.code, "--json"]) == 0
    entries = json.loads(capsys.readouterr().out)
    assert entries[1]["new"]["item"] == 3 and [f["name"] for f in entries[1]["new"]["files"]] == [
        "门禁.jpg",
        "侧门.jpg",
    ]
