"""The CLI's shared argument and listing rules: every date argument reads YYYY-MM-DD the same way (a bad
one exits 2 naming the value), and an empty listing says so."""

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


def test_an_empty_listing_says_so_and_json_stays_a_list(
    workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    """``print_rows``' empty message: said once in lines, never inside --json output."""
    import json

    workspace.close()
    base = ["--data-dir", str(workspace.data_dir), "--lang", "en"]
    for args, said in (
        (["publicity", "list"], "No public notice yet."),
        (["recheck", "list"], "No re-check recorded yet."),
        (["recheck", "plans"], "No re-check plan yet."),
    ):
        assert main([*base, *args]) == 0
        assert capsys.readouterr().out.strip() == said
        assert main([*base, *args, "--json"]) == 0
        assert json.loads(capsys.readouterr().out) == []
