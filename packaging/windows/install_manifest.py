"""What the Windows installer owns in its install folder: greendesk-install.json and owned.nsh (build.sh).

Runs on the build host with any Python 3.11+ (standard library only). Both files list the staged app folder's
top-level entries, so the uninstaller removes exactly what the installer copied (installer.nsi) and nothing
the user kept beside it; the JSON marker also tells a later installer and uninstaller the folder is GreenDesk's.

    python install_manifest.py STAGE VERSION OUT_DIR   ->  OUT_DIR/greendesk-install.json, OUT_DIR/owned.nsh
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

MARKER_NAME = "greendesk-install.json"
# Written by the installer itself, not copied from the stage.
INSTALLER_FILES = ("uninstall.exe", MARKER_NAME)
SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._ -]*")


def owned_entries(stage: Path) -> tuple[list[str], list[str]]:
    """(folders, files) at the top of STAGE, sorted; names NSIS can quote without escapes."""
    folders, files = [], []
    for entry in sorted(stage.iterdir(), key=lambda p: p.name.lower()):
        if not SAFE_NAME.fullmatch(entry.name):
            raise SystemExit(f"install_manifest.py: unexpected name in the app folder: {entry.name!r}")
        (folders if entry.is_dir() else files).append(entry.name)
    return folders, files


def marker_text(version: str, folders: list[str], files: list[str]) -> str:
    marker = {
        "product": "GreenDesk",
        "version": version,
        "folders": folders,
        "files": sorted([*files, *INSTALLER_FILES], key=str.lower),
    }
    return json.dumps(marker, indent=2) + "\n"


def nsis_text(folders: list[str], files: list[str]) -> str:
    lines = [
        "; Written by packaging/windows/install_manifest.py from the staged app folder; do not edit.",
        "!macro GREENDESK_REMOVE_OWNED",
        *[f'  RMDir /r "$INSTDIR\\{name}"' for name in folders],
        *[f'  Delete "$INSTDIR\\{name}"' for name in files],
        "!macroend",
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        raise SystemExit(__doc__)
    stage, version, out_dir = Path(argv[0]), argv[1], Path(argv[2])
    folders, files = owned_entries(stage)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / MARKER_NAME).write_text(marker_text(version, folders, files), encoding="utf-8")
    (out_dir / "owned.nsh").write_text(nsis_text(folders, files), encoding="utf-8")
    print(f"the installer owns {', '.join([*folders, *files])}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
