"""The UI's own layering: a screen never imports another screen; ui/common serves screens, never the reverse."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[1] / "greendesk" / "ui"
SCREENS = "greendesk.ui.screens."


def _imported_modules(path: Path) -> set[str]:
    """Every module named by an import anywhere in the file (function-local imports too)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _screen_of(module: str) -> str:
    """``greendesk.ui.screens.review.view`` → ``review``: the screen a module belongs to."""
    return module.removeprefix(SCREENS).split(".")[0]


def test_screens_never_import_other_screens() -> None:
    offenders = {}
    for path in (UI / "screens").rglob("*.py"):
        relative = path.relative_to(UI / "screens").with_suffix("")
        own = relative.parts[0]
        others = {
            module
            for module in _imported_modules(path)
            if module.startswith(SCREENS) and _screen_of(module) != own
        }
        if others:
            offenders[str(relative)] = sorted(others)
    assert offenders == {}


def test_common_pieces_do_not_depend_on_screens() -> None:
    offenders = {
        path.name: sorted(m for m in _imported_modules(path) if m.startswith(SCREENS) or m == SCREENS[:-1])
        for path in (UI / "common").glob("*.py")
    }
    assert {name: found for name, found in offenders.items() if found} == {}
