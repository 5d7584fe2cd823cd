"""The review CLI mirrors the core: set, show, return, resubmit, finish, signoff, unlock, queue, notice."""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

import pytest
from review_support import recommend, recommended_folder, small_workspace

from greendesk.cli import main
from tests.accounts_support import TEST_PASSWORD


@pytest.fixture
def folder(data_dir: Path) -> str:
    return recommended_folder(data_dir)


def run(folder: str, *args: str) -> int:
    return main(["--data-dir", folder, *args])


def test_review_round_trip(folder: str, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code = "110105001001"
    for item in range(1, 17):
        outcome = {5: "fail", 12: "fail", 7: "more"}.get(item, "pass")
        assert run(folder, "review", "set", code, str(item), outcome, "--comment", f"第{item}条意见") == 0
    assert run(folder, "review", "set", code, "12", "pass") == 2  # coverage 20 % < 30 %
    assert "20%" in capsys.readouterr().err
    assert run(folder, "review", "show", code, "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["decided"] == 16 and shown["result"]["failed_gating"] == [12]
    assert shown["items"][11]["measured_value"] == 20.0
    assert run(folder, "review", "return", code) == 0
    assert "5, 7, 12" in capsys.readouterr().out

    notice = tmp_path / "整改通知.pdf"
    assert run(folder, "review", "notice", code, "--out", str(notice), "--deadline", "2022-09-30") == 0
    fonts = subprocess.run(["pdffonts", str(notice)], capture_output=True, text=True, check=True).stdout
    cjk = [line for line in fonts.splitlines()[2:] if "TrueType" in line]
    assert cjk and all(" yes " in line for line in cjk)
    text = subprocess.run(["pdftotext", str(notice), "-"], capture_output=True, text=True, check=True).stdout
    assert (
        "建外街道" in text
        and "绿园社区居委会" in text
        and "第5条意见" in text
        and "垃圾分类" in text
        and "2022年9月30日" in text
    )

    assert run(folder, "review", "resubmit", code) == 0
    assert run(folder, "review", "set", code, "5", "pass") == 0
    assert run(folder, "review", "set", code, "7", "pass") == 0
    assert run(folder, "review", "finish", code) == 2  # item 12 still undecided in round 2
    assert run(folder, "review", "queue", "--year", "2022", "--json") == 0
    capsys.readouterr()
    assert run(folder, "review", "queue", "--json") == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert (row["status"], row["round"], row["decided"]) == ("under_review", 2, 15)


def test_signoff_and_unlock_from_the_cli(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = small_workspace(data_dir)
    code = recommend(workspace)  # coverage 50 %
    workspace.close()
    folder = str(data_dir)
    for name, role in (("zhang", "reviewer"), ("li", "reviewer"), ("wang", "approver")):
        monkeypatch.setattr("sys.stdin", io.StringIO(f"{name}-pass-1\n"))
        assert run(folder, "user", "add", name, "--role", role, "--password-stdin") == 0

    def as_user(name: str, *args: str) -> int:
        monkeypatch.setenv("GREENDESK_PASSWORD", f"{name}-pass-1")
        try:
            return run(folder, "--user", name, *args)
        finally:
            monkeypatch.setenv("GREENDESK_PASSWORD", TEST_PASSWORD)

    for item in range(1, 17):
        assert as_user("zhang", "review", "set", code, str(item), "pass") == 0
    assert as_user("wang", "review", "signoff", code) == 2  # not finished yet
    assert run(folder, "review", "finish", code) == 0
    assert as_user("li", "review", "signoff", code) == 2  # not an approver
    assert as_user("wang", "review", "signoff", code) == 0
    capsys.readouterr()
    assert run(folder, "review", "set", code, "3", "fail", "--comment", "照片不清") == 2
    assert "locked" in capsys.readouterr().err
    assert as_user("wang", "review", "unlock", code, "--reason", "照片更正") == 0
    assert run(folder, "review", "set", code, "3", "fail", "--comment", "照片不清") == 0
    capsys.readouterr()
    assert run(folder, "review", "history", code, "--json") == 0
    entries = json.loads(capsys.readouterr().out)
    actions = [e["action"] for e in entries]
    assert actions[-5:] == [
        "review.status",
        "review.unlock",
        "review.decide",
        "review.approval_reset",
        "review.status",
    ]
    assert {e["user"] for e in entries if e["action"] == "review.decide"} == {"zhang", "tester"}
    assert next(e for e in entries if e["action"] == "review.sign_off")["user"] == "wang"
    assert next(e for e in entries if e["action"] == "review.unlock")["new"]["reason"] == "照片更正"
