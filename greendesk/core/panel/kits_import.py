"""Importing a returned scoring kit (评分回执) into the workspace that exported the kit.

Every check comes before anything is written, and each refusal names the file and what is wrong:
another workspace, another panel, an unknown or deactivated expert, a kit superseded by a later
export for the same expert, a wrong HMAC (altered or forged), a community or item not assigned to
the expert, findings the engine does not accept or a score that is not the engine's score of them.
The same file imported again adds nothing and says so; a later return from the same expert
supersedes the earlier scores (append-only, ``record_scores``). Attribution: the scores are recorded
as source KIT with the file's SHA-256 by the importing account, and the audit names the expert.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.core import accounts, audit, settings
from greendesk.core.base import jsonfile
from greendesk.core.base.errors import GreenDeskError, Message
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.identity import PermissionDenied
from greendesk.core.panel import kits_format as fmt
from greendesk.core.panel.findings import score_json
from greendesk.core.panel.kits import EXPORT_ACTION
from greendesk.core.panel.merge import panel_standard
from greendesk.core.panel.scores import KIT, ExpertItemScore, comment_problem, imported_before, record_scores
from greendesk.core.review.vocabulary import ADMINISTRATOR, APPROVER
from greendesk.core.standards.model import Standard
from greendesk.core.standards.scoring_engine import EPSILON
from greendesk.core.storage import failures
from greendesk.core.storage.models import AuditEntry, Panel, PanelAssignment, PanelExpert, Recommendation
from greendesk.core.workspace import Workspace

IMPORT_ACTION = "panel.kit_import"


@dataclass
class KitImport:
    file: Path
    sha256: str
    panel_id: int
    expert_key: str
    expert_name: str
    already_imported: bool = False
    added: int = 0  # scores that differ from the ones counting before
    items: int = 0  # items the file carries
    communities: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        data = dict(vars(self))
        data["file"] = str(self.file)
        return data


def _read(path: Path) -> tuple[bytes, str, str]:
    """``return.json``, its HMAC and the whole file's SHA-256."""
    if not path.is_file():
        raise fmt.refuse(
            QT_TRANSLATE_NOOP("Errors", "The returned kit {file} does not exist."), file=str(path)
        )
    with failures.translated(path):
        if path.stat().st_size > fmt.MAX_RETURN_BYTES:
            raise fmt.refuse(fmt.NOT_A_RETURN, file=str(path), reason=Message(_TOO_LARGE))
        whole = path.read_bytes()
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(fmt.RETURN_JSON)
            if info.file_size > fmt.MAX_RETURN_BYTES:
                raise fmt.refuse(fmt.NOT_A_RETURN, file=str(path), reason=Message(_TOO_LARGE))
            body = archive.read(fmt.RETURN_JSON)
            mac = archive.read(fmt.RETURN_HMAC).decode("ascii", "replace")
    except (zipfile.BadZipFile, KeyError, EOFError) as exc:
        raise fmt.refuse(fmt.NOT_A_RETURN, file=str(path), reason=Message(_NOT_ZIP)) from exc
    return body, mac, hashlib.sha256(whole).hexdigest()


_TOO_LARGE = QT_TRANSLATE_NOOP("Errors", "it is too large")
_NOT_ZIP = QT_TRANSLATE_NOOP("Errors", "it is not a zip file holding return.json and return.hmac")


def _parsed(path: Path, body: bytes) -> dict[str, Any]:
    try:
        data = jsonfile.parse(body, fmt.RETURN_JSON)
    except jsonfile.JsonFileError as error:
        reason = Message(error.template, **error.params)
        raise fmt.refuse(fmt.NOT_A_RETURN, file=str(path), reason=reason) from None
    if not isinstance(data, dict) or data.get("format") != fmt.RETURN_FORMAT:
        raise fmt.refuse(
            fmt.NOT_A_RETURN,
            file=str(path),
            reason=Message(
                QT_TRANSLATE_NOOP("Errors", "return.json is not {format}"), format=fmt.RETURN_FORMAT
            ),
        )
    return data


def _earlier_kit(session: Session, expert: PanelExpert, kit_id: str) -> bool:
    """Whether an earlier export for this expert carried ``kit_id`` (the return is superseded, not forged)."""
    rows = session.scalars(
        select(AuditEntry.new_json).where(
            AuditEntry.action == EXPORT_ACTION, AuditEntry.entity_key == f"{expert.panel_id}/{expert.key}"
        )
    )
    return any((json.loads(text or "null") or {}).get("kit_id") == kit_id for text in rows)


def _import_recorded(session: Session, expert: PanelExpert, sha: str) -> bool:
    """Whether this file was imported before though it changed no score (so no score row names it)."""
    rows = session.scalars(
        select(AuditEntry.new_json).where(
            AuditEntry.action == IMPORT_ACTION, AuditEntry.entity_key == f"{expert.panel_id}/{expert.key}"
        )
    )
    return any((json.loads(text or "null") or {}).get("file_sha256") == sha for text in rows)


def _identify(
    session: Session, path: Path, data: dict[str, Any], expected_panel: int | None
) -> tuple[Panel, PanelExpert]:
    """The panel and expert the return is for, refusing a foreign, unknown or deactivated one."""
    if data.get("workspace_id") != settings.WORKSPACE_ID.read(session):
        raise fmt.refuse(
            QT_TRANSLATE_NOOP(
                "Errors", "The returned kit {file} belongs to another workspace: it is not imported."
            ),
            file=str(path),
        )
    panel_id = data.get("panel_id")
    panel = session.get(Panel, panel_id) if isinstance(panel_id, int) else None
    if panel is None or (expected_panel is not None and panel.id != expected_panel):
        raise fmt.refuse(
            QT_TRANSLATE_NOOP(
                "Errors", "The returned kit {file} is for another panel ({panel}): it is not imported."
            ),
            file=str(path),
            panel=panel_id,
        )
    expert = session.scalars(
        select(PanelExpert).where(
            PanelExpert.panel_id == panel.id, PanelExpert.key == str(data.get("expert_key"))
        )
    ).first()
    if expert is None or not expert.active or not expert.kit_key:
        raise fmt.refuse(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The returned kit {file} names expert {expert}, who is not an active expert with a kit on "
                "panel {panel}: it is not imported.",
            ),
            file=str(path),
            expert=data.get("expert_key"),
            panel=panel.name or panel.id,
        )
    return panel, expert


def _authenticate(
    session: Session, path: Path, expert: PanelExpert, body: bytes, mac: str, kit_id: Any
) -> None:
    if kit_id != fmt.key_id(expert.kit_key):
        if isinstance(kit_id, str) and _earlier_kit(session, expert, kit_id):
            raise fmt.refuse(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The returned kit {file} comes from a kit that a later export for expert {expert} "
                    "superseded: ask the expert to score with the newest kit.",
                ),
                file=str(path),
                expert=expert.key,
            )
        raise _forged(path)
    if not fmt.mac_matches(expert.kit_key, body, mac):
        raise _forged(path)


def _forged(path: Path) -> GreenDeskError:
    return fmt.refuse(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The returned kit {file} was altered or not made with this expert's kit (its HMAC does not "
            "match): it is not imported.",
        ),
        file=str(path),
    )


def _assignments(
    session: Session, expert: PanelExpert, standard: Standard
) -> dict[str, tuple[Recommendation, set[int]]]:
    """Community code -> (recommendation, assigned item numbers) for the expert."""
    numbers = {item.number for item in standard.items}
    found: dict[str, tuple[Recommendation, set[int]]] = {}
    for row in session.scalars(select(PanelAssignment).where(PanelAssignment.expert_id == expert.id)):
        recommendation = session.get(Recommendation, row.recommendation_id)
        if recommendation is None:
            continue
        entry = found.setdefault(recommendation.community.code, (recommendation, set()))
        entry[1].update(numbers if row.item_number is None else {row.item_number})
    return found


def _checked_scores(
    path: Path, data: dict[str, Any], standard: Standard, assigned: dict[str, tuple[Recommendation, set[int]]]
) -> list[tuple[Recommendation, list[ExpertItemScore]]]:
    """Each community's scores, every one assigned and equal to the engine's score of its findings."""
    checked: list[tuple[Recommendation, list[ExpertItemScore]]] = []
    communities = data.get("communities")
    if not isinstance(communities, list):
        raise fmt.refuse(
            fmt.NOT_A_RETURN,
            file=str(path),
            reason=Message(QT_TRANSLATE_NOOP("Errors", "it lists no communities")),
        )
    for community in communities:
        code = str(community.get("code")) if isinstance(community, dict) else ""
        if code not in assigned:
            raise fmt.refuse(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The returned kit {file} scores community {community}, which is not assigned to this expert.",
                ),
                file=str(path),
                community=code,
            )
        recommendation, numbers = assigned[code]
        scores = []
        for entry in community.get("items") or []:
            number = entry.get("number") if isinstance(entry, dict) else None
            if not isinstance(number, int) or number not in numbers:
                raise fmt.refuse(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The returned kit {file} scores item {item} of {community}, which is not assigned to this expert.",
                    ),
                    file=str(path),
                    item=number,
                    community=code,
                )
            try:
                engine = score_json(standard.item(number), entry.get("findings"))
            except GreenDeskError as error:
                raise fmt.refuse(
                    QT_TRANSLATE_NOOP("Errors", "The returned kit {file}, community {community}: {problem}"),
                    file=str(path),
                    community=code,
                    problem=error.render(),
                ) from error
            score = entry.get("score")
            if (
                isinstance(score, bool)
                or not isinstance(score, (int, float))
                or abs(score - engine.score) > EPSILON
            ):
                raise fmt.refuse(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The returned kit {file}, community {community}, item {item}: the score {score} is not "
                        "what the findings give ({expected}).",
                    ),
                    file=str(path),
                    community=code,
                    item=number,
                    score=score,
                    expected=f"{engine.score:g}",
                )
            comment = entry.get("comment", "")
            problem = comment_problem(comment)
            if problem is not None:
                raise fmt.refuse(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The returned kit {file}, community {community}, item {item}: {problem}."
                    ),
                    file=str(path),
                    community=code,
                    item=number,
                    problem=problem,
                )
            scores.append(ExpertItemScore(number, engine.score, entry["findings"], comment))
        checked.append((recommendation, scores))
    return checked


def import_return(workspace: Workspace, path: Path, expected_panel: int | None = None) -> KitImport:
    """Check the returned kit and record its scores (nothing when it was imported before)."""
    actor = accounts.require(workspace)
    if not (actor.has_role(ADMINISTRATOR) or actor.has_role(APPROVER)):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "Errors", "'{user}' needs the administrator or approver role to import a returned kit."
            ),
            user=actor.username,
        )
    body, mac, sha = _read(path)
    data = _parsed(path, body)
    with workspace.transaction() as session:
        panel, expert = _identify(session, path, data, expected_panel)
        _authenticate(session, path, expert, body, mac, data.get("kit_id"))
        result = KitImport(path, sha, panel.id, expert.key, expert.name)
        if imported_before(session, expert, sha) or _import_recorded(session, expert, sha):
            result.already_imported = True
            return result
        standard = panel_standard(session, panel)
        checked = _checked_scores(path, data, standard, _assignments(session, expert, standard))
        for recommendation, scores in checked:
            result.added += record_scores(
                session,
                expert=expert,
                recommendation=recommendation,
                scores=scores,
                source=KIT,
                user=actor.username,
                source_sha256=sha,
            )
            result.items += len(scores)
            result.communities.append(recommendation.community.code)
        audit.record(
            session,
            user=actor.username,
            action=IMPORT_ACTION,
            entity="panel_expert",
            key=f"{panel.id}/{expert.key}",
            new={
                "file_sha256": sha,
                "file": path.name,
                "expert": expert.name,
                "kit_id": data.get("kit_id"),
                "created_at": data.get("created_at"),
                "items": result.items,
                "added": result.added,
            },
        )
    return result
