"""Translations: zh_CN complete, .qm files built from the current .ts, core messages translated."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from defusedxml import ElementTree

from greendesk.core.errors import ValidationError
from greendesk.core.i18n import QT_TRANSLATE_NOOP

TRANSLATIONS = Path(__file__).resolve().parents[1] / "translations"


def test_zh_cn_has_no_unfinished_messages() -> None:
    root = ElementTree.parse(str(TRANSLATIONS / "greendesk_zh_CN.ts")).getroot()
    unfinished = [
        message.findtext("source")
        for message in root.iter("message")
        if (message.find("translation") is None or message.find("translation").get("type") == "unfinished")
    ]
    assert unfinished == []
    assert len(list(root.iter("message"))) > 100


def test_qm_files_match_the_ts_files(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    tool = str(lrelease) if lrelease.exists() else "pyside6-lrelease"
    for language in ("zh_CN", "en"):
        built = tmp_path / f"{language}.qm"
        subprocess.run(
            [tool, "-silent", str(TRANSLATIONS / f"greendesk_{language}.ts"), "-qm", str(built)], check=True
        )
        assert built.read_bytes() == (TRANSLATIONS / f"greendesk_{language}.qm").read_bytes(), language


def test_core_error_renders_in_chinese_with_parameters() -> None:
    error = ValidationError(
        QT_TRANSLATE_NOOP("Errors", "{file} is not an Excel workbook (.xlsx or .xls)."), file="名单.doc"
    )
    assert error.render("zh_CN") == "名单.doc 不是 Excel 工作簿（.xlsx 或 .xls）。"
    assert error.render("en") == "名单.doc is not an Excel workbook (.xlsx or .xls)."


def test_no_fstring_or_concatenation_inside_tr() -> None:
    """tr(f"...") or tr("a" + b) cannot be extracted by lupdate and never matches a translation."""
    import ast

    offenders = []
    for path in (Path(__file__).resolve().parents[1] / "greendesk").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if name not in ("tr", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "translate"):
                continue
            for argument in node.args:
                formatted = isinstance(argument, ast.Call) and getattr(argument.func, "attr", "") == "format"
                if isinstance(argument, (ast.JoinedStr, ast.BinOp)) or formatted:
                    offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []
