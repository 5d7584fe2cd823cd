"""Translations: zh_CN complete, .qm files built from the current .ts, core messages translated."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from defusedxml import ElementTree

from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP

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
        QT_TRANSLATE_NOOP(
            "Errors", "{file} is not an Excel workbook (.xlsx, .xlsm, .xlsb, .xls, .ods or .csv)."
        ),
        file="名单.doc",
    )
    assert error.render("zh_CN") == "名单.doc 不是 Excel 工作簿（.xlsx、.xlsm、.xlsb、.xls、.ods 或 .csv）。"
    assert (
        error.render("en") == "名单.doc is not an Excel workbook (.xlsx, .xlsm, .xlsb, .xls, .ods or .csv)."
    )


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


def test_gui_translates_core_messages_with_the_loaded_qm(qapp) -> None:
    """In the app, core messages go through Qt's loaded translations (no .ts parsing on first use)."""
    from greendesk.core.base import i18n
    from greendesk.ui.i18n import install_translators

    asked: list[tuple[str, str]] = []
    error = ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors", "{file} is not an Excel workbook (.xlsx, .xlsm, .xlsb, .xls, .ods or .csv)."
        ),
        file="名单.doc",
    )
    try:
        install_translators(qapp, "zh_CN")
        qt_translate = i18n._backend
        assert qt_translate is not None

        def spy(context: str, text: str) -> str:
            asked.append((context, text))
            return qt_translate(context, text)

        i18n.set_language("zh_CN", backend=spy)
        assert error.render() == "名单.doc 不是 Excel 工作簿（.xlsx、.xlsm、.xlsb、.xls、.ods 或 .csv）。"
        assert asked == [
            ("Errors", "{file} is not an Excel workbook (.xlsx, .xlsm, .xlsb, .xls, .ods or .csv).")
        ]
    finally:
        install_translators(qapp, "en")
    assert (
        i18n._backend is None
        and error.render() == "名单.doc is not an Excel workbook (.xlsx, .xlsm, .xlsb, .xls, .ods or .csv)."
    )
