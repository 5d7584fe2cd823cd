"""The architecture's guard rails: the core never imports Qt, has no import circle, keeps its leaf
layer a leaf; screens never import each other; no module or function grows past what a reader holds."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "greendesk"
CORE = PACKAGE / "core"
QT_PACKAGES = ("PySide6", "shiboken6", "pyqtgraph", "PyQt5", "PyQt6")
MAX_MODULE_LINES = 600
MAX_FUNCTION_LINES = 100


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def _sources() -> list[Path]:
    return [path for path in PACKAGE.rglob("*.py") if "migrations" not in path.relative_to(PACKAGE).parts]


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_module(name: str) -> bool:
    base = ROOT.joinpath(*name.split("."))
    return base.with_suffix(".py").is_file() or (base / "__init__.py").is_file()


def _type_checking_lines(tree: ast.Module) -> set[int]:
    """Lines of imports under ``if TYPE_CHECKING:`` (they never run, so they make no circle)."""
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                lines.update(range(child.lineno, (child.end_lineno or child.lineno) + 1))
    return lines


def _greendesk_imports(path: Path) -> set[str]:
    """Every greendesk module ``path`` imports (top level or inside functions), resolved to modules."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = _type_checking_lines(tree)
    found: set[str] = set()
    for node in ast.walk(tree):
        if getattr(node, "lineno", 0) in skipped:
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("greendesk"))
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("greendesk"):
            for alias in node.names:
                candidate = f"{node.module}.{alias.name}"
                found.add(candidate if _is_module(candidate) else node.module)
    return found


def _core_graph() -> dict[str, set[str]]:
    """Import edges between core modules; package ``__init__`` files (docstrings only) are not nodes."""
    graph: dict[str, set[str]] = {}
    for path in CORE.rglob("*.py"):
        if "migrations" in path.relative_to(CORE).parts or path.name == "__init__.py":
            continue
        graph[_module_name(path)] = {
            name
            for name in _greendesk_imports(path)
            if name.startswith("greendesk.core.")
            and not ROOT.joinpath(*name.split("."), "__init__.py").is_file()
        }
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1 or node in graph.get(node, ()):
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_core_module_imports_qt() -> None:
    offenders = {}
    for path in CORE.rglob("*.py"):
        bad = _imports(path) & set(QT_PACKAGES)
        if bad:
            offenders[str(path.relative_to(ROOT))] = sorted(bad)
    assert offenders == {}


def test_importing_every_core_module_loads_no_qt() -> None:
    code = (
        "import importlib, pkgutil, sys, greendesk.core as c\n"
        "for m in pkgutil.walk_packages(c.__path__, 'greendesk.core.'):\n"
        "    if '.migrations' not in m.name: importlib.import_module(m.name)\n"
        "import greendesk.cli\n"
        f"bad = [m for m in sys.modules if m.split('.')[0] in {QT_PACKAGES!r}]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_core_has_no_import_circle() -> None:
    assert _cycles(_core_graph()) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_core_base_imports_nothing_else_from_core() -> None:
    offenders = {}
    for path in (CORE / "base").rglob("*.py"):
        outside = {name for name in _greendesk_imports(path) if not name.startswith("greendesk.core.base")}
        if outside:
            offenders[str(path.relative_to(ROOT))] = sorted(outside)
    assert offenders == {}


def test_core_package_init_files_only_describe_their_package() -> None:
    """No re-export shims: callers import the module a rule lives in."""
    offenders = []
    for path in CORE.rglob("__init__.py"):
        if "migrations" in path.relative_to(CORE).parts:
            continue
        body = ast.parse(path.read_text(encoding="utf-8")).body
        if any(not (isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)) for node in body):
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_screens_never_import_other_screens() -> None:
    screens = PACKAGE / "ui" / "screens"
    offenders = {}
    for path in screens.rglob("*.py"):
        own = path.relative_to(screens).parts[0].removesuffix(".py")
        others = {
            name
            for name in _greendesk_imports(path)
            if name.startswith("greendesk.ui.screens.") and name.split(".")[3] != own
        }
        if others:
            offenders[str(path.relative_to(ROOT))] = sorted(others)
    assert offenders == {}


def test_no_module_over_600_lines() -> None:
    long_modules = {
        str(path.relative_to(ROOT)): lines
        for path in _sources()
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert long_modules == {}


def test_no_function_over_100_lines() -> None:
    long_functions = {}
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = (node.end_lineno or node.lineno) - node.lineno + 1
                if lines > MAX_FUNCTION_LINES:
                    long_functions[f"{path.relative_to(ROOT)}:{node.lineno} {node.name}"] = lines
    assert long_functions == {}


_SHEET_NAMES = ("sheet", "worksheet", "summary", "notes", "overview", "table")


def _is_sheet(node: ast.expr) -> bool:
    return isinstance(node, ast.Name) and (node.id in _SHEET_NAMES or node.id.endswith("sheet"))


def _raw_cell_writes(path: Path) -> list[str]:
    """Cell values set around ``base.sheets`` (which keeps text as text): ``.cell(value=)``,
    ``sheet.append([...])`` without ``row_cells``, ``.value = ``, ``sheet["A1"] = ``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        where = f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr == "cell" and any(keyword.arg == "value" for keyword in node.keywords):
                found.append(where)
            elif node.func.attr == "append" and _is_sheet(node.func.value):
                argument = node.args[0] if node.args else None
                passes = (
                    isinstance(argument, ast.Call)
                    and isinstance(argument.func, ast.Attribute)
                    and argument.func.attr == "row_cells"
                )
                if not passes:
                    found.append(where)
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if (isinstance(target, ast.Attribute) and target.attr == "value") or (
                    isinstance(target, ast.Subscript) and _is_sheet(target.value)
                ):
                    found.append(where)
    return found


def test_workbook_cells_are_written_through_base_sheets() -> None:
    """A street's or expert's text typed as '=HYPERLINK(...)' must not become a live formula anywhere."""
    writers = [
        path
        for path in CORE.rglob("*.py")
        if "openpyxl" in _imports(path) and path.name not in ("sheets.py", "spreadsheet.py")
    ]
    assert len(writers) >= 10  # every workbook the app writes (the guard would pass on none)
    assert [where for path in writers for where in _raw_cell_writes(path)] == []
