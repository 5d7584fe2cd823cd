"""The CLI never shows a traceback: text no record can hold is a clear error (exit 2, nothing saved),
and anything unexpected is one translated sentence plus the log file with the details (exit 1)."""

from __future__ import annotations

import contextlib
import io
import json
import sys
from pathlib import Path

import pytest
from review_support import recommended_folder

from greendesk.cli import main, review_cmds
from greendesk.core.base import crashlog
from greendesk.core.review import notes
from greendesk.core.workspace import Workspace

CODE = "110105001001"


@pytest.fixture
def folder(data_dir: Path) -> str:
    return recommended_folder(data_dir)


@pytest.fixture
def log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "log" / "greendesk-errors.log"
    monkeypatch.setattr(crashlog, "log_file", lambda: path)
    return path


def _note(folder: str) -> str:
    with Workspace.open(Path(folder)) as workspace:
        return notes.note(workspace, CODE).text


def test_an_undecodable_argument_is_refused_by_name_and_nothing_is_saved(
    folder: str, capsys: pytest.CaptureFixture[str], log: Path
) -> None:
    """On Linux a byte that is not UTF-8 reaches Python as a lone surrogate; SQLite cannot store it."""
    assert main(["--data-dir", folder, "review", "note", CODE, "先前的备注"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", folder, "review", "note", CODE, "坏\udcff字节"]) == 2
    error = capsys.readouterr().err
    assert "\\udcff" in error and "坏\\udcff字节" in error and "Nothing was saved" in error
    assert "Traceback" not in error and not log.exists()
    assert _note(folder) == "先前的备注"


def test_an_unexpected_error_is_one_sentence_and_the_log(
    folder: str, capsys: pytest.CaptureFixture[str], log: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> None:
        raise KeyError("row 17")

    monkeypatch.setattr(review_cmds.notes, "set_note", broken)
    assert main(["--data-dir", folder, "review", "note", CODE, "备注"]) == 1
    error = capsys.readouterr().err
    assert "unexpected problem" in error and "KeyError" in error and "row 17" in error
    assert str(log) in error and "Traceback" not in error
    assert "Traceback" in log.read_text(encoding="utf-8") and "broken" in log.read_text(encoding="utf-8")


def test_output_in_a_narrow_code_page_is_escaped_not_a_crash(
    folder: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Redirected on Windows, output is in the ANSI code page; a character outside it must not stop it."""
    raw = io.BytesIO()
    narrow = io.TextIOWrapper(raw, encoding="ascii", newline="\n")
    monkeypatch.setattr(sys, "stdout", narrow)
    assert main(["--data-dir", folder, "--lang", "zh_CN", "review", "queue", "--json"]) == 0
    narrow.flush()
    (row,) = json.loads(raw.getvalue().decode("ascii"))  # \uXXXX is a JSON escape: still valid JSON
    assert row["code"] == CODE and row["street_name"] == "建外街道"


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["panel", "show", "99999999999999999999"], "not in this workspace"),
        (["review", "show", CODE, "--year", "99999999999999999999"], "between 2000 and 2100"),
        (["export", "package", "--year", "0", "--out", "x.zip"], "between 2000 and 2100"),
        (["review", "queue", "--batch", "99999999999999999999"], "out of range"),
        (["template", "--out", ""], "is a folder"),
        (["visit", "record", "1", "--results", "/nonexistent/results.json"], "/nonexistent/results.json"),
        (["backup", "--reason", "../../etc"], "lowercase letters"),
        (["review", "note", CODE, "a\x00b"], "NUL"),
    ],
    ids=["panel-id", "year-huge", "year-zero", "batch-huge", "out-folder", "missing-input", "reason", "nul"],
)
def test_hostile_arguments_are_clear_refusals(
    folder: str, capsys: pytest.CaptureFixture[str], log: Path, args: list[str], said: str
) -> None:
    """Each of these was a traceback (OverflowError, ValueError, OSError) before."""
    with pytest.raises(SystemExit) if "year" in " ".join(args) or "--batch" in args else _nothing():
        code = main(["--data-dir", folder, *args])
        assert code == 2
    error = capsys.readouterr().err
    assert said in error and "unexpected" not in error and not log.exists()


@contextlib.contextmanager
def _nothing():
    yield


def test_a_number_test_takes_no_superscript_and_no_huge_number() -> None:
    from greendesk.core.base.normalize import whole_number

    assert whole_number(" 12 ") == 12 and whole_number("１２") == 12
    assert whole_number("²") is None and whole_number("1" * 16) is None and whole_number("-1") is None
