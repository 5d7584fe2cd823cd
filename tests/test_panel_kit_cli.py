"""``greendesk panel kit export | fill | import``: a two-expert round trip, and refusals end in exit code 2."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from sqlalchemy import select

from greendesk.cli import main
from greendesk.core.panel.scores import latest_scores
from greendesk.core.storage.models import PanelExpert
from greendesk.core.workspace import Workspace
from tests.panel_kit_support import make_panel
from tests.test_panel_kits import _scores


@pytest.fixture(autouse=True)
def _expert_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GREENDESK_EXPERT_DIR", str(tmp_path / "expert-pc"))


def _export(reviewed: Workspace, panel: int, key: str, out: Path, capsys, *extra: str) -> tuple[Path, str]:
    folder = str(reviewed.data_dir)
    assert (
        main(
            [
                "--data-dir",
                folder,
                "panel",
                "kit",
                "export",
                str(panel),
                "--expert",
                key,
                "--out",
                str(out),
                *extra,
            ]
        )
        == 0
    )
    printed = capsys.readouterr().out
    code = re.search(r"评分码 .*: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})$", printed, re.MULTILINE)
    path = re.search(r"Kit written to (.+?): ", printed)
    assert code and path, printed
    return Path(path.group(1)), code.group(1)


def test_cli_round_trip_for_two_experts(reviewed: Workspace, tmp_path: Path, capsys) -> None:
    panel = make_panel(reviewed)
    folder = str(reviewed.data_dir)
    for key, deduct in (("E01", 2.0), ("E02", 1.0)):
        kit, code = _export(reviewed, panel, key, tmp_path / "usb", capsys)
        scores = tmp_path / f"{key}.json"
        scores.write_text(json.dumps(_scores(reviewed, deduct), ensure_ascii=False), "utf-8")
        returned = tmp_path / f"{key}.gdret"
        assert (
            main(
                [
                    "panel",
                    "kit",
                    "fill",
                    str(kit),
                    "--code",
                    code,
                    "--scores",
                    str(scores),
                    "--out",
                    str(returned),
                ]
            )
            == 0
        )
        assert "Returned kit written to" in capsys.readouterr().out
        assert main(["--data-dir", folder, "panel", "kit", "import", str(returned), "--json"]) == 0
        result = json.loads(capsys.readouterr().out)
        assert (result["expert_key"], result["added"], result["already_imported"]) == (key, 4, False)
        assert main(["--data-dir", folder, "panel", "kit", "import", str(returned)]) == 0
        assert "imported before: nothing added" in capsys.readouterr().out
    with reviewed.snapshot() as session:
        experts = session.scalars(select(PanelExpert)).all()
        assert len(latest_scores(session, experts)) == 8


def test_cli_refusals_exit_2(reviewed: Workspace, tmp_path: Path, capsys) -> None:
    panel = make_panel(reviewed)
    folder = str(reviewed.data_dir)
    kit, code = _export(reviewed, panel, "E01", tmp_path / "usb", capsys)
    assert (
        main(
            [
                "panel",
                "kit",
                "fill",
                str(kit),
                "--code",
                "2345-6789-ABCD",
                "--scores",
                str(tmp_path),
                "--out",
                str(tmp_path / "x.gdret"),
            ]
        )
        == 2
    )
    scores = tmp_path / "s.json"
    scores.write_text(json.dumps(_scores(reviewed, 2.0)), "utf-8")
    assert (
        main(
            [
                "panel",
                "kit",
                "fill",
                str(kit),
                "--code",
                "2345-6789-ABCD",
                "--scores",
                str(scores),
                "--out",
                str(tmp_path / "x.gdret"),
            ]
        )
        == 2
    )
    assert "does not open the kit" in capsys.readouterr().err
    returned = tmp_path / "r.gdret"
    assert (
        main(
            [
                "panel",
                "kit",
                "fill",
                str(kit),
                "--code",
                code,
                "--scores",
                str(scores),
                "--out",
                str(returned),
            ]
        )
        == 0
    )
    _export(reviewed, panel, "E01", tmp_path / "usb2", capsys)  # supersedes the first kit
    assert main(["--data-dir", folder, "panel", "kit", "import", str(returned)]) == 2
    assert "superseded" in capsys.readouterr().err
    assert (
        main(
            ["--data-dir", folder, "panel", "kit", "export", "99", "--expert", "E01", "--out", str(tmp_path)]
        )
        == 2
    )
    assert "Panel 99 is not in this workspace" in capsys.readouterr().err
