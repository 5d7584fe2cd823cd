from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from greendesk.cli import main
from tests.accounts_support import TEST_PASSWORD

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _new_passwords_on_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    """``init --password-stdin`` reads the administrator's new password (the fixtures' account)."""
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{TEST_PASSWORD}\n" * 20))


def test_init_load_list_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = str(tmp_path / "ws")
    assert main(["--data-dir", folder, "init", "--password-stdin", "--district", "110105"]) == 0
    assert main(["--data-dir", folder, "registry", "load"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", folder, "registry", "list", "--json"]) == 0
    listing = json.loads(capsys.readouterr().out)
    assert listing["district"] == {"code": "110105", "name": "朝阳区"}
    assert len(listing["streets"]) == 43
    assert len(listing["communities"]) == 622
    assert all(len(c["code"]) == 12 for c in listing["communities"])


def test_errors_go_to_stderr_with_nonzero_exit(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "greendesk",
            "--lang",
            "en",
            "--data-dir",
            str(tmp_path / "none"),
            "registry",
            "list",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert result.stdout == ""
    assert "No workspace in" in result.stderr


def test_error_messages_are_chinese_by_default(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "greendesk", "--data-dir", str(tmp_path / "ws"), "init", "--district", "11"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={**__import__("os").environ, "GREENDESK_LANG": "zh_CN"},
    )
    assert result.returncode != 0
    assert "6 位" in result.stderr


def test_other_district_needs_a_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = str(tmp_path / "ws")
    assert main(["--data-dir", folder, "init", "--password-stdin", "--district", "441802"]) != 0
    assert "name" in capsys.readouterr().err
    assert (
        main(
            [
                "--data-dir",
                folder,
                "init",
                "--password-stdin",
                "--district",
                "441802",
                "--name",
                "清城区",
                "--json",
            ]
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out)["district_name"] == "清城区"


def test_standards_list_and_show(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["standards", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {"id": "national-2020-trial", "items": 16}.items() <= next(
        s for s in listed if s["id"] == "national-2020-trial"
    ).items()
    assert main(["standards", "show", "national-2020-trial"]) == 0
    assert "物业管理覆盖面不低于30%" in capsys.readouterr().out


def test_targets_defaults_and_edit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = str(tmp_path / "ws")
    main(["--data-dir", folder, "init", "--password-stdin", "--district", "110105"])
    capsys.readouterr()
    assert main(["--data-dir", folder, "targets", "list", "--until", "2024", "--json"]) == 0
    rows = {r["year"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows[2021]["target_share"] == 25.0 and rows[2022]["target_share"] == 60.0
    assert rows[2024]["target_share"] == 60.0 and rows[2024]["carried_from"] == 2022
    assert rows[2021]["summary_deadline"] == "2021-11-10"
    assert main(["--data-dir", folder, "targets", "set", "2023", "--share", "75"]) == 0
    capsys.readouterr()
    main(["--data-dir", folder, "targets", "list", "--until", "2024", "--json"])
    rows = {r["year"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows[2023]["target_share"] == 75.0 and rows[2024]["target_share"] == 75.0
