"""backup, backups, restore ID, check: keeping the workspace safe from the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from greendesk.cli import EXIT_OK, data_dir, print_json, tr
from greendesk.cli.opening import open_workspace
from greendesk.core.base.errors import NotFoundError, ValidationError, WorkspaceError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP, translate
from greendesk.core.safety import backup, full_check, restoring, startup
from greendesk.core.safety.lock import WorkspaceLock
from greendesk.core.workspace import Workspace

EXIT_PROBLEMS = 1


def register(subparsers: argparse._SubParsersAction) -> None:
    make = subparsers.add_parser("backup", help="back up the workspace database now (verified)")
    make.add_argument("--reason", default=backup.REASON_MANUAL, help="short lowercase label, default: manual")
    make.add_argument("--json", action="store_true")
    make.set_defaults(handler=cmd_backup)

    listing = subparsers.add_parser("backups", help="list the backups, newest first")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_backups)

    restore = subparsers.add_parser(
        "restore",
        help="replace the database with a backup (the current one is kept in set-aside/, never deleted)",
    )
    restore.add_argument("backup_id", metavar="ID", nargs="?", help="a backup id from 'greendesk backups'")
    restore.add_argument(
        "--set-aside",
        metavar="FILE",
        help="instead of a backup, continue with a database the start check set aside (as it is)",
    )
    restore.add_argument("--json", action="store_true")
    restore.set_defaults(handler=cmd_restore)

    check = subparsers.add_parser(
        "check",
        help="check the database, the audit log (against its anchors and the review tables) and the photo "
        "store (exit 1 when problems are found)",
    )
    check.add_argument("--no-hashes", action="store_true", help="skip re-reading every photo")
    check.add_argument(
        "--repair",
        action="store_true",
        help="remove orphan files and replaced renditions from the photo store (an administrator; asks first)",
    )
    check.add_argument("--yes", action="store_true", help="with --repair: remove without asking")
    check.add_argument("--json", action="store_true")
    check.set_defaults(handler=cmd_check)


def _require_workspace(args: argparse.Namespace) -> None:
    Workspace.require(data_dir(args))


def reason_label(reason: str) -> str:
    label = backup.REASON_LABELS.get(reason)
    return translate("Backup", label) if label else reason


def _size(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{max(1, size // 1024)} KB"


def cmd_backup(args: argparse.Namespace) -> int:
    _require_workspace(args)
    open_workspace(args, sign_in=True).close()  # any signed-in account may back up
    info = backup.create_backup(data_dir(args), args.reason)
    if args.json:
        print_json(info.to_dict())
    else:
        print(
            tr(QT_TRANSLATE_NOOP("CLI", "Backup {id} written and verified ({size}): {file}")).format(
                id=info.id, size=_size(info.size), file=info.path
            )
        )
    return EXIT_OK


def cmd_backups(args: argparse.Namespace) -> int:
    backups = backup.list_backups(data_dir(args))
    if args.json:
        print_json([info.to_dict() for info in backups])
        return EXIT_OK
    if not backups:
        print(tr(QT_TRANSLATE_NOOP("CLI", "No backups yet.")))
    for info in backups:
        print(
            "\t".join(
                (
                    info.id,
                    info.created_at.strftime("%Y-%m-%d %H:%M:%S"),
                    reason_label(info.reason),
                    _size(info.size),
                    info.schema_revision or "-",
                )
            )
        )
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    folder = data_dir(args)
    if args.set_aside:
        return _take_back(args, folder, Path(args.set_aside).expanduser())
    if not args.backup_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Name the backup to restore (an ID from 'greendesk backups').")
        )
    if Workspace.exists(folder):  # an administrator replaces a database that opens (holding the lock)
        with open_workspace(args, sign_in=True) as workspace:
            result = startup.restore_in_workspace(workspace, args.backup_id)
    else:  # nothing to protect: the damaged file was set aside; bring back a verified backup
        with WorkspaceLock(folder):  # refuses while the GUI has the workspace open
            result = restoring.restore(folder, args.backup_id)
    if args.json:
        print_json(result.to_dict())
        return EXIT_OK
    print(
        tr(QT_TRANSLATE_NOOP("CLI", "Restored backup {id} from {date}.")).format(
            id=result.backup.id, date=result.backup.created_at.strftime("%Y-%m-%d %H:%M:%S")
        )
    )
    if result.set_aside:
        print(
            tr(QT_TRANSLATE_NOOP("CLI", "The replaced database was moved to {file} (not deleted).")).format(
                file=result.set_aside
            )
        )
    return EXIT_OK


def _take_back(args: argparse.Namespace, folder: Path, file: Path) -> int:
    """Go on with a set-aside database as it is: only where the start check left no database."""
    if Workspace.exists(folder):
        raise WorkspaceError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{folder} has a database; a set-aside file can only be taken back after the start check "
                "set the damaged database aside.",
            ),
            folder=str(folder),
        )
    if not file.is_file():
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "No file {file}."), file=str(file))
    with WorkspaceLock(folder):
        restoring.take_back(folder, file)
    if args.json:
        print_json({"taken_back": str(file)})
    else:
        print(tr(QT_TRANSLATE_NOOP("CLI", "The workspace continues with {file} as it is.")).format(file=file))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    _require_workspace(args)
    report = full_check.check_workspace(data_dir(args), verify_hashes=not args.no_hashes)
    if args.repair:
        return _repair(args, report)
    if args.json:
        print_json(report.to_dict())
        return EXIT_OK if report.ok else EXIT_PROBLEMS
    for line in full_check.problem_lines(report):
        print(line.render())
    for line in full_check.info_lines(report):
        print(line.render())
    if report.ok:
        print(
            tr(
                QT_TRANSLATE_NOOP(
                    "CLI",
                    "No problems found: database intact, {entries} audit entries verified against {anchors} "
                    "anchors and the review tables, {photos} photos.",
                )
            ).format(
                entries=report.audit_entries,
                anchors=report.anchored.anchors_compared,
                photos=report.photo_count,
            )
        )
    return EXIT_OK if report.ok else EXIT_PROBLEMS


def _confirmed(args: argparse.Namespace, files: list[str]) -> bool:
    """``--yes``, or a y on a terminal; without either the repair is refused (nothing removed)."""
    if args.yes:
        return True
    if not sys.stdin.isatty():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "'check --repair' would remove {count} files; run it in a terminal to be asked, or add --yes.",
            ),
            count=len(files),
        )
    answer = input(
        tr(QT_TRANSLATE_NOOP("CLI", "Remove these {count} files? [y/N] ")).format(count=len(files))
    )
    return answer.strip().lower() in ("y", "yes", "j", "是")


def _repair(args: argparse.Namespace, report: full_check.CheckReport) -> int:
    """Remove true orphans and altered renditions: an administrator, holding the lock, after asking."""
    files = report.removable()
    if not files:
        print(tr(QT_TRANSLATE_NOOP("CLI", "Nothing to repair: the photo store holds no orphan files.")))
        return EXIT_OK
    for relative in files:
        print(f"photos/{relative}", file=sys.stderr if args.json else sys.stdout)
    if not _confirmed(args, files):
        print(tr(QT_TRANSLATE_NOOP("CLI", "Nothing was removed.")))
        return EXIT_OK
    with open_workspace(args, sign_in=True) as workspace:  # holds the lock; proves the password
        result = full_check.repair(workspace, report)
    if args.json:
        print_json(result.to_dict())
    else:
        print(
            tr(QT_TRANSLATE_NOOP("CLI", "Removed {count} files from the photo store.")).format(
                count=len(result.removed)
            )
        )
    return EXIT_OK
