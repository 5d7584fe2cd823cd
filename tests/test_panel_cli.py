"""The panel CLI mirrors the core: create, experts, assign, score as the expert, merge, confirm; errors exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from panel_support import CODES, PASSWORD, REVIEWER, STANDARD, YEAR, panel_workspace

from greendesk.cli import main

CODE = CODES[0]


@pytest.fixture
def folder(data_dir: Path) -> str:
    panel_workspace(data_dir).close()
    return str(data_dir)


def run(folder: str, *args: str) -> int:
    return main(["--data-dir", folder, *args])


def as_user(monkeypatch: pytest.MonkeyPatch, folder: str, user: str, *args: str) -> int:
    with monkeypatch.context() as patch:
        patch.setenv("GREENDESK_PASSWORD", PASSWORD)
        return run(folder, "--user", user, *args)


def test_panel_round_trip(
    folder: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert (
        run(folder, "panel", "create", "--year", str(YEAR), "--name", "第一组", "--standard", STANDARD) == 0
    )
    assert "Panel 1 第一组 created." in capsys.readouterr().out
    for user in ("wang", "li"):
        assert (
            run(folder, "panel", "expert", "add", "1", "--account", user, "--organisation", "区住建委") == 0
        )
    assert "Active experts on panel 第一组: 2;" in capsys.readouterr().err  # a warning, not a refusal
    assert (
        run(folder, "panel", "expert", "add", "第一组", "--name", "赵工", "--organisation", "区园林绿化局")
        == 0
    )
    assert "Expert E03 赵工 added." in capsys.readouterr().out
    for key in ("E01", "E02"):
        assert (
            run(folder, "panel", "assign", "1", "--expert", key, "--community", CODE, "--item", "1", "2") == 0
        )
    assert run(folder, "panel", "assign", "1", "--expert", "E03", "--community", *CODES[:2]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "Assignments changed: 2."
    assert run(folder, "panel", "show", "1", "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert [e["key"] for e in shown["experts"]] == ["E01", "E02", "E03"] and shown["warnings"] == []
    assert {(a["expert"], a["code"], str(a["items"])) for a in shown["assignments"]} >= {
        ("E01", CODE, "[1, 2]"),
        ("E03", CODES[1], "None"),
    }
    assert run(folder, "panel", "list") == 0
    assert "第一组" in capsys.readouterr().out

    findings = {"wang": (True, 0), "li": (False, 1)}  # item 1: 6; 6 - 4 - 1 = 1
    for user, (mechanism, records) in findings.items():
        payload = json.dumps({"rules": {"mechanism": mechanism, "records": records}})
        assert as_user(monkeypatch, folder, user, "panel", "score", "1", "--community", CODE, "--item", "1",
                       "--findings", payload, "--comment", f"{user}意见") == 0  # fmt: skip
    out = capsys.readouterr().out
    assert "E02 scored item 1 of 110105001001: 1 of 6 points." in out and "minus 4 points" in out
    # the administrator is no expert; an expert cannot score an item not assigned to them
    assert run(folder, "panel", "score", "1", "--community", CODE, "--item", "1", "--findings", "{}") == 2
    assert "expert role" in capsys.readouterr().err
    assert as_user(monkeypatch, folder, "wang", "panel", "score", "1", "--community", CODES[1], "--item", "1",
                   "--findings", '{"rules": {}}') == 2  # fmt: skip
    assert "not assigned item 1 of community 110105001002" in capsys.readouterr().err

    assert run(folder, "panel", "merge", "1", "--community", CODE, "--json") == 0
    merged = json.loads(capsys.readouterr().out)
    (community,) = merged["communities"]
    first = community["items"][0]
    assert first["scores"] == {"E01": 6.0, "E02": 1.0, "E03": None} and first["awaiting"] == ["E03"]
    assert (first["mean"], first["spread"], first["flagged"]) == (3.5, 5.0, True)
    assert community["total"] is None and community["passed"] is None
    assert run(folder, "panel", "merge", "1") == 0
    text = capsys.readouterr().out
    assert "1\t6\t1\t—\t3.5\t5\t!\t—" in text

    # E03 leaves the panel: the two remaining experts' item 1 is flagged; the 复核人 confirms with a reason
    assert run(folder, "panel", "expert", "deactivate", "1", "E03") == 0
    capsys.readouterr()
    confirm = ("panel", "confirm", "1", "--community", CODE)
    assert as_user(monkeypatch, folder, REVIEWER, *confirm, "--item", "1") == 2
    assert "experts disagree (spread 5)" in capsys.readouterr().err
    assert (
        as_user(monkeypatch, folder, REVIEWER, *confirm, "--item", "1", "--score", "4", "--reason", "复核")
        == 0
    )
    assert "Item 1 of 110105001001 confirmed: 4 (experts' mean 3.5)." in capsys.readouterr().out
    assert as_user(monkeypatch, folder, REVIEWER, *confirm, "--all-unflagged") == 0
    assert "Nothing to confirm" in capsys.readouterr().out  # item 2 awaits both experts
    assert as_user(monkeypatch, folder, REVIEWER, *confirm, "--all-unflagged", "--score", "3") == 2
    assert run(folder, "panel", "merge", "1", "--json") == 0
    item = json.loads(capsys.readouterr().out)["communities"][0]["items"][0]
    assert (item["confirmed"], item["dissent"], item["confirmed_by"], item["value"]) == (
        4.0,
        "复核",
        REVIEWER,
        4.0,
    )


def test_bad_input_exits_2_with_the_cores_message(folder: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(folder, "panel", "create", "--year", "2022", "--name", "组", "--standard", STANDARD) == 2
    assert "not written for 2022" in capsys.readouterr().err
    assert (
        run(
            folder,
            "panel",
            "create",
            "--year",
            str(YEAR),
            "--name",
            "组",
            "--standard",
            "national-2020-trial",
        )
        == 2
    )
    assert "gives no points" in capsys.readouterr().err
    assert run(folder, "panel", "show", "9") == 2
    assert "Panel 9 is not in this workspace" in capsys.readouterr().err
    assert run(folder, "panel", "create", "--year", str(YEAR), "--name", "组", "--standard", STANDARD) == 0
    assert run(folder, "panel", "expert", "add", "1", "--account", REVIEWER) == 2
    assert "does not hold the expert role" in capsys.readouterr().err
    assert run(folder, "panel", "assign", "1", "--expert", "E07", "--community", CODE) == 2
    assert "has no expert E07" in capsys.readouterr().err
    assert run(folder, "panel", "merge", "1", "--community", CODE) == 2
