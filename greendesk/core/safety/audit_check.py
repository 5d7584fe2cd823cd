"""Does the audit log agree with what lies outside the database, and with the tables it describes?

Part of ``greendesk check``: the log's chain against every anchor (the anchor file in the user's
profile and the backups' index), the workspace's id against the one its log recorded, and the
review tables against a replay of the log (safety.replay). When the log was cut short or rewritten,
the way back is named: the newest backup whose own chain agrees with the anchors written before it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from greendesk.core import audit, settings
from greendesk.core.base.errors import Message
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.safety import anchors, backup, replay
from greendesk.core.storage.models import Community, Recommendation

ID_ACTIONS = frozenset({"workspace.create", "workspace.assign_id"})


class AuditMessage(Message):
    context = "Health"


@dataclass
class AuditFindings:
    """What ``check`` found about the log beyond its own chain."""

    workspace_id: str = ""
    logged_id: str = ""  # the id the log itself recorded ("" when it records none)
    anchor_file: Path | None = None  # None when this computer holds no anchors of the workspace
    anchors_compared: int = 0
    anchor_problems: list[anchors.AnchorProblem] = field(default_factory=list)
    foreign_backups: list[backup.BackupInfo] = field(default_factory=list)  # of another workspace id
    way_back: backup.BackupInfo | None = None
    replay_problems: list[replay.ReplayProblem] = field(default_factory=list)
    unverified_decisions: int = 0  # rows from before an upgrade that recorded no digest (information)

    @property
    def id_changed(self) -> bool:
        return bool(self.logged_id) and self.logged_id != self.workspace_id

    @property
    def ok(self) -> bool:
        return not (self.anchor_problems or self.foreign_backups or self.replay_problems or self.id_changed)

    def to_dict(self) -> dict[str, Any]:
        return {
            "workspace_id": self.workspace_id,
            "logged_workspace_id": self.logged_id,
            "anchor_file": str(self.anchor_file) if self.anchor_file else None,
            "anchors_compared": self.anchors_compared,
            "anchor_problems": [problem.to_dict() for problem in self.anchor_problems],
            "foreign_backups": [info.id for info in self.foreign_backups],
            "way_back": self.way_back.id if self.way_back else None,
            "replay_problems": [problem.to_dict() for problem in self.replay_problems],
            "unverified_decisions": self.unverified_decisions,
        }


def _logged_id(entries: Sequence[audit.Row]) -> str:
    found = ""
    for entry in entries:
        if entry.action in ID_ACTIONS:
            try:
                found = str(json.loads(entry.new_json).get("workspace_id") or found)
            except (ValueError, AttributeError):
                continue
    return found


def _tables(session: Session) -> tuple[list[replay.RecommendationRow], list[replay.DecisionRow]]:
    """The review tables, one query each."""
    recommendations = [
        replay.RecommendationRow(*row)
        for row in session.execute(
            select(
                Community.code,
                Recommendation.year,
                Recommendation.status,
                Recommendation.locked,
                Recommendation.signed_off_by,
            ).join(Community, Recommendation.community_id == Community.id)
        )
    ]
    # Raw values (no type conversion): a value written with SQL is compared as it is stored.
    decisions = [replay.DecisionRow(*row) for row in session.execute(text(replay.DECISION_ROWS_SQL))]
    return recommendations, decisions


def _way_back(
    backups: Sequence[backup.BackupInfo], trusted: Sequence[anchors.Anchor]
) -> backup.BackupInfo | None:
    """The newest backup whose chain agrees with the anchors and was not already cut short when made.

    Agrees: every anchor within its length has its head, and commit anchors cover all its entries;
    not cut short: no anchor written before it counts more entries than it holds. Read only when
    something was found (a backup's chain is read from its file, newest first).
    """
    for info in backups:  # newest first
        hashes = anchors.file_hashes(info.path)
        if hashes is None:
            continue
        made = info.created_at.isoformat()
        if any(anchor.count > len(hashes) and anchor.at < made for anchor in trusted):
            continue
        if not anchors.compare([anchor for anchor in trusted if anchor.count <= len(hashes)], hashes):
            return info
    return None


def check(session: Session, data_dir: Path, entries: Sequence[audit.Row]) -> AuditFindings:
    """Compare the log ``entries`` (read once by the caller) with its anchors and its tables."""
    findings = AuditFindings(workspace_id=settings.WORKSPACE_ID.read(session), logged_id=_logged_id(entries))
    own_id = findings.logged_id or findings.workspace_id
    in_file = anchors.read(own_id) if own_id else None
    if in_file is not None:
        findings.anchor_file = anchors.anchor_file(own_id)
    trusted = anchors.since_last_restore(in_file or [])
    ours: list[backup.BackupInfo] = []
    for info in backup.list_backups(data_dir):
        if info.workspace_id and own_id and info.workspace_id != own_id:
            findings.foreign_backups.append(info)
        elif info.anchor is not None:
            ours.append(info)
            trusted.append(info.anchor)
    findings.anchors_compared = len(trusted)
    findings.anchor_problems = anchors.compare(trusted, [entry.hash for entry in entries])
    if findings.anchor_problems or findings.id_changed:
        findings.way_back = _way_back(ours, trusted)
    recommendations, decisions = _tables(session)
    log = replay.read_log(entries)
    findings.replay_problems = replay.compare(log, recommendations, decisions)
    findings.unverified_decisions = replay.unverified_decisions(log, decisions)
    return findings


def _when(moment: str) -> str:
    return moment[:16].replace("T", " ")


_ANCHOR_TEMPLATES = {
    "truncated": QT_TRANSLATE_NOOP(
        "Health",
        "The audit log was cut short: it had {last} entries on {date}, now it has {first}.",
    ),
    "rewritten": QT_TRANSLATE_NOOP(
        "Health",
        "The audit log was rewritten at entry {first}: entry {last} no longer has the hash recorded on "
        "{date}.",
    ),
    "unanchored": QT_TRANSLATE_NOOP(
        "Health",
        "Audit entries {first} to {last} were not written by GreenDesk on this computer: they were added "
        "to the database directly, or on another computer.",
    ),
}


def lines(findings: AuditFindings) -> list[Message]:
    """The findings as translatable lines, one per finding, the way back last."""
    found: list[Message] = []
    if findings.id_changed:
        found.append(
            AuditMessage(
                QT_TRANSLATE_NOOP(
                    "Health",
                    "The workspace id {current} is not the one its audit log records ({logged}): it was "
                    "changed in the database.",
                ),
                current=findings.workspace_id or "-",
                logged=findings.logged_id,
            )
        )
    for problem in findings.anchor_problems:
        found.append(
            AuditMessage(
                _ANCHOR_TEMPLATES[problem.kind],
                first=problem.first,
                last=problem.last,
                date=_when(problem.at),
            )
        )
    for info in findings.foreign_backups:
        found.append(
            AuditMessage(
                QT_TRANSLATE_NOOP("Health", "Backup {id} belongs to another workspace (id {other})."),
                id=info.id,
                other=info.workspace_id,
            )
        )
    found.extend(problem.message() for problem in findings.replay_problems)
    if findings.anchor_problems or findings.id_changed:
        found.append(_way_back_line(findings.way_back))
    return found


def _way_back_line(info: backup.BackupInfo | None) -> Message:
    if info is None:
        return AuditMessage(QT_TRANSLATE_NOOP("Health", "No backup agrees with the anchors."))
    return AuditMessage(
        QT_TRANSLATE_NOOP(
            "Health",
            "The newest backup that agrees with the anchors is {id} from {date}: 'greendesk restore {id}' "
            "brings it back (the current database is kept aside).",
        ),
        id=info.id,
        date=info.created_at.strftime("%Y-%m-%d %H:%M"),
    )


def notes(findings: AuditFindings) -> list[Message]:
    """Not problems, but worth saying: what this check could not compare."""
    found: list[Message] = []
    if findings.anchor_file is None:
        found.append(
            AuditMessage(
                QT_TRANSLATE_NOOP(
                    "Health",
                    "This computer holds no anchors of this workspace (it was used elsewhere, or before "
                    "anchors existed); only the backups' anchors were compared.",
                )
            )
        )
    if findings.unverified_decisions:
        found.append(
            AuditMessage(
                QT_TRANSLATE_NOOP(
                    "Health",
                    "{count} decision rows date from before this workspace was upgraded to a recorded "
                    "review state; the audit log cannot vouch for them one by one.",
                ),
                count=findings.unverified_decisions,
            )
        )
    return found
