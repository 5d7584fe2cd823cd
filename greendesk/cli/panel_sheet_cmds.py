"""panel sheet export | panel sheet import | panel opinion | panel summary: the Excel scoring sheet
for an expert without GreenDesk, and the panel's 专家意见表 (PDF per community) and 考核评分情况一览表."""

from __future__ import annotations

import argparse
from pathlib import Path

from greendesk.cli import EXIT_OK, print_json, tr
from greendesk.cli.common import subcommand
from greendesk.cli.opening import open_workspace
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.panel.opinion_pdf import write_opinions
from greendesk.core.panel.opinion_summary import write_summary
from greendesk.core.panel.sheet import export_sheet
from greendesk.core.panel.sheet_import import SheetImport, import_sheet


def add_sheet_commands(panel_subparsers: argparse._SubParsersAction) -> None:
    """Add ``sheet export|import``, ``opinion`` and ``summary`` to the ``panel`` group."""
    sheet = panel_subparsers.add_parser(
        "sheet", help="the Excel scoring sheet for an expert without GreenDesk"
    )
    actions = sheet.add_subparsers(dest="sheet_command", metavar="ACTION", required=True)
    export = subcommand(actions, "export", cmd_sheet_export, help="write an expert's scoring workbook")
    export.add_argument("panel", type=int, metavar="PANEL")
    export.add_argument("--expert", required=True, metavar="E01")
    export.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx")
    imported = subcommand(actions, "import", cmd_sheet_import, json=True, help="read a filled-in sheet back")
    imported.add_argument("file", type=Path, metavar="FILE")
    opinion = subcommand(panel_subparsers, "opinion", cmd_opinion, help="专家意见表: one PDF per community")
    opinion.add_argument("panel", type=int, metavar="PANEL")
    opinion.add_argument("--out", required=True, type=Path, metavar="DIR")
    opinion.add_argument("--community", metavar="CODE", help="only this community")
    summary = subcommand(panel_subparsers, "summary", cmd_summary, help="考核评分情况一览表.xlsx")
    summary.add_argument("panel", type=int, metavar="PANEL")
    summary.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx")


def cmd_sheet_export(args: argparse.Namespace) -> int:
    with open_workspace(args, sign_in=True) as workspace:
        path = export_sheet(workspace, args.panel, args.expert, args.out)
    print(tr(QT_TRANSLATE_NOOP("CLI", "Scoring sheet written: {file}")).format(file=path))
    return EXIT_OK


def cmd_sheet_import(args: argparse.Namespace) -> int:
    with open_workspace(args, sign_in=True) as workspace:
        result = import_sheet(workspace, args.file)
    if args.json:
        print_json(result.to_dict())
        return EXIT_OK
    _print_import(result)
    return EXIT_OK


def _print_import(result: SheetImport) -> None:
    if result.already_imported:
        print(
            tr(QT_TRANSLATE_NOOP("CLI", "{file} was imported before: nothing added.")).format(
                file=result.file
            )
        )
    else:
        print(
            tr(QT_TRANSLATE_NOOP("CLI", "{file}: {recorded} scores recorded for {expert} {name}.")).format(
                file=result.file, recorded=result.recorded, expert=result.expert_key, name=result.expert_name
            )
        )
    for cell in result.empty:
        print(
            tr(
                QT_TRANSLATE_NOOP("CLI", "not scored: sheet '{sheet}', row {row}, item {item} ({code})")
            ).format(sheet=cell.sheet, row=cell.row, item=cell.item, code=cell.code)
        )


def cmd_opinion(args: argparse.Namespace) -> int:
    with open_workspace(args, sign_in=True) as workspace:
        paths = write_opinions(workspace, args.panel, args.out, args.community)
    for path in paths:
        print(path)
    return EXIT_OK


def cmd_summary(args: argparse.Namespace) -> int:
    with open_workspace(args, sign_in=True) as workspace:
        path = write_summary(workspace, args.panel, args.out)
    print(path)
    return EXIT_OK
