"""The Windows installer removes only what it installed (packaging/windows/install_manifest.py, installer.nsi)."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WINDOWS = ROOT / "packaging" / "windows"


def _manifest():
    spec = importlib.util.spec_from_file_location("install_manifest", WINDOWS / "install_manifest.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _stage(tmp_path: Path) -> Path:
    stage = tmp_path / "GreenDesk"
    for folder in ("runtime", "app", "bin"):
        (stage / folder).mkdir(parents=True)
    for name in ("GreenDesk.exe", "LICENSE.txt", "THIRD-PARTY-NOTICES.txt"):
        (stage / name).write_text("x", encoding="utf-8")
    return stage


def test_marker_and_uninstall_list_name_exactly_the_staged_entries(tmp_path: Path):
    module = _manifest()
    assert module.main([str(_stage(tmp_path)), "0.2.0", str(tmp_path / "out")]) == 0
    marker = json.loads((tmp_path / "out" / "greendesk-install.json").read_text(encoding="utf-8"))
    assert marker["product"] == "GreenDesk" and marker["version"] == "0.2.0"
    assert marker["folders"] == ["app", "bin", "runtime"]
    assert marker["files"] == [
        "greendesk-install.json",
        "GreenDesk.exe",
        "LICENSE.txt",
        "THIRD-PARTY-NOTICES.txt",
        "uninstall.exe",
    ]
    owned = (tmp_path / "out" / "owned.nsh").read_text(encoding="utf-8")
    removed = re.findall(r'^\s+(RMDir /r|Delete) "\$INSTDIR\\(.+)"$', owned, re.MULTILINE)
    assert removed == [
        ("RMDir /r", "app"),
        ("RMDir /r", "bin"),
        ("RMDir /r", "runtime"),
        ("Delete", "GreenDesk.exe"),
        ("Delete", "LICENSE.txt"),
        ("Delete", "THIRD-PARTY-NOTICES.txt"),
    ]


def test_an_unquotable_name_stops_the_build(tmp_path: Path):
    stage = _stage(tmp_path)
    (stage / 'odd"$name').mkdir()
    module = _manifest()
    try:
        module.main([str(stage), "0.2.0", str(tmp_path / "out")])
    except SystemExit as stop:
        assert "unexpected name" in str(stop)
    else:
        raise AssertionError("a name NSIS cannot quote was accepted")


def test_the_script_deletes_recursively_only_through_the_owned_list():
    script = (WINDOWS / "installer.nsi").read_text(encoding="utf-8")
    recursive = re.findall(r"^\s*RMDir /r (.+)$", script, re.MULTILINE)
    # The workspace folders of the "删除我的数据" option; no folder of the install is named here.
    assert recursive == ['"${USER_DATA}"', '"${USER_ANCHORS}"']
    assert "!insertmacro GREENDESK_REMOVE_OWNED" in script
    assert "MUI_PAGE_LICENSE" in script
    # The all-users variant comes from the same script.
    assert re.search(r"!ifdef ALLUSERS\s+RequestExecutionLevel admin\s+!define REG_ROOT HKLM", script)
    assert '"$PROGRAMFILES64\\GreenDesk"' in script
