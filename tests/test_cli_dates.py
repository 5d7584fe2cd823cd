"""Every date argument of the CLI reads YYYY-MM-DD the same way: a bad one exits 2 naming the value."""

from __future__ import annotations

import pytest

from greendesk.cli import main

BAD = "2022-13-01"


@pytest.mark.parametrize(
    "args",
    [
        ["progress", "--as-of", BAD],
        ["city", "progress", "--as-of", BAD],
        ["publicity", "create", "--year", "2022", "--start", BAD, "--days", "7"],
        ["review", "deadline", "110105001001", BAD],
        ["visit", "list", "--day", BAD],
    ],
)
def test_a_bad_date_exits_2_naming_it(args: list[str], tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--data-dir", str(tmp_path), *args])
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and BAD in err and "2022-09-30" in err and "Traceback" not in err
