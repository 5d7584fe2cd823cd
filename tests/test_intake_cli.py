"""greendesk import / template from the command line."""

from __future__ import annotations

import io
import json
from pathlib import Path

import openpyxl
import pytest
from intake_fixtures import jpeg_bytes, list_workbook, write_zip

from greendesk.cli import main
from tests.accounts_support import TEST_PASSWORD


@pytest.fixture(autouse=True)
def _new_passwords_on_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    """``init --password-stdin`` reads the administrator's new password (the fixtures' account)."""
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{TEST_PASSWORD}\n" * 20))


@pytest.fixture
def folder(tmp_path: Path) -> str:
    folder = str(tmp_path / "ws")
    assert main(["--data-dir", folder, "init", "--password-stdin", "--district", "110105"]) == 0
    assert main(["--data-dir", folder, "registry", "load"]) == 0
    return folder


def test_template_then_import_with_json_summary(
    folder: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "模板.xlsx"
    assert (
        main(["--data-dir", folder, "template", "--out", str(out), "--year", "2022", "--street", "110105004"])
        == 0
    )
    book = openpyxl.load_workbook(out)
    summary = book["推荐社区汇总"]
    summary["E3"] = "是"
    code = summary["B3"].value
    book.save(out)
    package = write_zip(
        tmp_path / "p.zip", {"模板.xlsx": out.read_bytes(), f"{code}/第4条/a.jpg": jpeg_bytes()}
    )
    capsys.readouterr()
    assert main(["--data-dir", folder, "import", str(package), "--year", "2022", "--dry-run", "--json"]) == 0
    dry = json.loads(capsys.readouterr().out)
    assert dry["result"] is None and dry["summary"]["communities_matched"] == 1
    assert len(dry["would_record"]) == 1  # the one matched row
    assert main(["--data-dir", folder, "--lang", "en", "import", str(package), "--year", "2022"]) == 0
    text = capsys.readouterr().out
    assert "1 communities matched" in text and "1 photos attached" in text
    assert main(["--data-dir", folder, "--lang", "en", "import", str(package), "--year", "2022"]) == 0
    assert "already imported" in capsys.readouterr().out


def test_nothing_importable_exits_2_with_its_problems_on_stderr(
    folder: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = list_workbook(tmp_path / "名单.xlsx", [[1, "月球社区", None, 10, 5, "", ""]])
    for dry_run in (["--dry-run"], []):  # the dry run answers exactly as the import does
        assert (
            main(["--data-dir", folder, "--lang", "en", "import", str(path), "--year", "2022", *dry_run]) == 2
        )
        captured = capsys.readouterr()
        assert "#1 名单.xlsx, sheet 推荐名单, row 4" in captured.err and "月球社区" in captured.err
        assert "Nothing would be imported from 名单.xlsx" in captured.err
        assert "月球社区" not in captured.out
    choose = ["--choose", "#1=110105004032"]
    assert main(["--data-dir", folder, "import", str(path), "--year", "2022", "--dry-run", *choose]) == 0
    assert (
        main(["--data-dir", folder, "import", str(path), "--year", "2022", "--choose", "#1=110105004032"])
        == 0
    )
    assert main(["--data-dir", folder, "registry", "list", "--json"]) == 0


def test_refused_package_is_an_error(folder: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "x.xlsx"
    bad.write_text("hello")
    assert main(["--data-dir", folder, "--lang", "en", "import", str(bad)]) == 2
    assert "x.xlsx is not an Excel workbook" in capsys.readouterr().err


def test_unknown_layout_is_an_error_on_stderr_with_exit_2(
    folder: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = openpyxl.Workbook()
    book.active.append(["甲", "乙", "丙"])
    book.active.append([1, 2, 3])
    book.save(tmp_path / "怪表.xlsx")
    for options in (["--dry-run", "--json"], ["--json"], ["--dry-run"], []):
        code = main(["--data-dir", folder, "--lang", "en", "import", str(tmp_path / "怪表.xlsx"), *options])
        captured = capsys.readouterr()
        assert code == 2 and "Nothing would be imported from 怪表.xlsx" in captured.err
        if "--json" in options:  # stdout is the data only, the same for the dry run and the import
            assert json.loads(captured.out)["summary"]["communities_matched"] == 0
        else:
            assert "[error]" not in captured.out and "[error]" in captured.err


def test_dry_run_refuses_what_the_import_refuses(
    folder: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = list_workbook(tmp_path / "名单.xlsx", [[1, "月球社区", None, 10, 5, "", ""]])
    for dry_run in (["--dry-run"], []):
        for choose, message in (("#1", "is not #ROW=CODE"), ("#1=110105999999", "110105999999")):
            args = ["--data-dir", folder, "--lang", "en", "import", str(path), "--choose", choose, *dry_run]
            assert main(args) == 2
            captured = capsys.readouterr()
            assert message in captured.err and captured.out == ""
    package = write_zip(
        tmp_path / "p.zip",
        {"名单.xlsx": path.read_bytes(), "110105004032/第4条/a.jpg": b"not a jpeg"},
    )
    choose = ["--choose", "#1=110105004032"]
    for dry_run in (["--dry-run"], []):
        assert main(["--data-dir", folder, "--lang", "en", "import", str(package), *choose, *dry_run]) == 2
        assert "photo(s) cannot be imported" in capsys.readouterr().err
    skip = [*choose, "--skip-bad-photos"]
    assert main(["--data-dir", folder, "import", str(package), *skip, "--dry-run"]) == 0
    assert main(["--data-dir", folder, "import", str(package), *skip]) == 0


def test_no_command_prints_its_usage_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "usage: greendesk" in captured.err
