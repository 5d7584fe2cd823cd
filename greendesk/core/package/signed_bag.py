"""What every signed package shares: the audit-log check, the common bag-info lines, the atomic write.

The application package (export.py) and the report packages (report_package.py) are the same
BagIt form, signed with the workspace's one package key and anchored in the audit chain: both are
written through :func:`write_signed_zip` so neither can leave a half-written zip under its name.
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from greendesk import __version__
from greendesk.core import audit, settings
from greendesk.core.base import clock
from greendesk.core.base.errors import GreenDeskError, ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.base.shareable import make_shareable
from greendesk.core.package import signing
from greendesk.core.package.bag import (
    AUDIT_COUNT_FIELD,
    AUDIT_HEAD_FIELD,
    DISTRICT_FIELD,
    SIGNING_KEY_FIELD,
    BagZipWriter,
    format_fields,
)
from greendesk.core.safety import anchors, audit_check, leftovers
from greendesk.core.workspace import Workspace

# Writes the payload into the bag; the Path is a private working folder for files made on the way.
FillBag = Callable[[BagZipWriter, Path], None]


@dataclass(frozen=True)
class LogState:
    """The audit log as the package records it: its head, its length, and the workspace it belongs to."""

    head: str
    count: int
    workspace_id: str


def require_sound_log(session: Session, data_dir: Path) -> LogState:
    """Refuse to sign what the audit log does not explain: a forged sign-off must not leave the office."""
    entries = audit.rows(session)
    if audit.chain_problems(entries) or not audit_check.check(session, data_dir, entries).ok:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The audit log does not match the workspace's data, so nothing was exported; "
                "run 'greendesk check' to see what differs and the backup to return to.",
            )
        )
    return LogState(audit.head(session), audit.entry_count(session), settings.WORKSPACE_ID.read(session))


def common_bag_info(
    workspace: Workspace,
    identifier: str,
    description: str,
    kind: str,
    period: str,
    log: LogState,
    fingerprint: str,
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The lines every package carries, as (head, tail): a package's own lines go between them."""
    district = workspace.district
    head = [
        ("Source-Organization", district.name),
        ("External-Identifier", identifier),
        ("External-Description", description),
        ("Bagging-Date", clock.now().date().isoformat()),
        ("Bag-Software-Agent", f"GreenDesk {__version__}"),
        *format_fields(kind, period),
        (DISTRICT_FIELD, f"{district.code} {district.name}"),
    ]
    tail = [
        ("GreenDesk-App-Version", __version__),
        (AUDIT_HEAD_FIELD, log.head),
        (AUDIT_COUNT_FIELD, str(log.count)),
        (SIGNING_KEY_FIELD, fingerprint),
    ]
    return head, tail


def write_signed_zip(
    workspace: Workspace,
    out_path: Path,
    root: str,
    bag_info: list[tuple[str, str]],
    fill: FillBag,
    log: LogState,
) -> int:
    """Write the bag ``root`` to ``out_path`` atomically, signed; anchor the log state it records.

    Returns the zip's size. The part file is private while written and renamed only when complete.
    """
    key = signing.load_or_create_key(workspace.data_dir)
    try:
        out_path.parent.mkdir(parents=True, exist_ok=True)
        with leftovers.part_beside(workspace.data_dir, out_path) as (descriptor, temporary):
            with (
                leftovers.working_folder(workspace.data_dir, "export") as staging,
                os.fdopen(descriptor, "w+b") as handle,
            ):
                with zipfile.ZipFile(handle, "w", allowZip64=True) as archive:
                    writer = BagZipWriter(archive, root)
                    fill(writer, staging)
                    writer.close(bag_info, key)
                handle.flush()
                os.fsync(handle.fileno())
            make_shareable(temporary)  # the part file is private while written; the package is sent on
            os.replace(temporary, out_path)
        anchors.append(log.workspace_id, log.count, log.head, anchors.PACKAGE)  # what left the office
    except OSError as error:
        raise GreenDeskError(
            QT_TRANSLATE_NOOP("Errors", "Cannot write the package {file}: {reason}"),
            file=str(out_path),
            reason=error.strerror or str(error),
        ) from error
    return out_path.stat().st_size
