"""Reading a filled-in scoring sheet back (``sheet.export_sheet`` wrote it).

Everything is checked before anything is written: the file is a readable workbook (the intake's
reader gives its clear messages for damaged, password-protected or not-a-workbook files, and reads
.xlsx saved by WPS), its hidden identity matches its check code with the expert's secret, it was
made in this workspace, every community and item in it is still assigned to the expert, and every
score is a number within [0, points]. What is unambiguous is normalised ("8分", full-width "８",
"４．５"); anything else is refused naming the sheet, the row and the item, all problems at once.
Then the scores go through ``scores.record_scores`` (source SHEET, the file's hash) in one
transaction; importing the same file again adds nothing.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from greendesk.core import settings
from greendesk.core.base import spreadsheet
from greendesk.core.base.cells import parse_yes_no
from greendesk.core.base.errors import Message, ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.base.normalize import compact
from greendesk.core.package import signing
from greendesk.core.panel.access import require_manager
from greendesk.core.panel.merge import panel_standard
from greendesk.core.panel.panels import find_expert, find_panel
from greendesk.core.panel.scores import (
    SHEET,
    ExpertItemScore,
    comment_problem,
    imported_before,
    record_scores,
)
from greendesk.core.panel.sheet import (
    COMMENT_COLUMN,
    FORMAT,
    IDENTITY_SHEET,
    NUMBER_COLUMN,
    SCORE_COLUMN,
    VETO_COLUMN,
    SheetIdentity,
    SheetLayout,
    assigned_communities,
    code_matches,
)
from greendesk.core.standards.scoring_engine import EPSILON
from greendesk.core.storage.models import PanelExpert, Recommendation
from greendesk.core.workspace import Workspace

Rows = list[tuple[Any, ...]]
_SCORE = re.compile(r"(\d+(?:\.\d+)?)分?")
MAX_PROBLEMS = 20  # listed in one message; the rest are counted


@dataclass(frozen=True)
class EmptyCell:
    """An assigned item the expert left without a score."""

    sheet: str
    row: int
    code: str
    item: int


@dataclass(frozen=True)
class SheetImport:
    file: str
    panel_id: int
    expert_key: str
    expert_name: str
    recorded: int  # scores added (0 when the file was imported before)
    scored: int  # cells with a score
    empty: tuple[EmptyCell, ...]
    already_imported: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "panel": self.panel_id,
            "expert": self.expert_key,
            "expert_name": self.expert_name,
            "recorded": self.recorded,
            "scored": self.scored,
            "already_imported": self.already_imported,
            "empty": [cell.__dict__ for cell in self.empty],
        }


class _Problems(Message):
    """Several problems as one text, each rendered in the reader's language."""

    def __init__(self, problems: Sequence[Message], more: int) -> None:
        super().__init__("")
        self.problems, self.more = list(problems), more

    def render(self, language: str | None = None) -> str:
        text = "; ".join(problem.render(language) for problem in self.problems)
        if self.more:
            more = Message(QT_TRANSLATE_NOOP("Errors", "and {count} more"), count=self.more)
            text = f"{text}; {more.render(language)}"
        return text


def parse_score(value: Any) -> float | None:
    """A score as an expert may have typed it: None when blank; ValueError when it is not one number."""
    if value is None or isinstance(value, bool):
        if value is None:
            return None
        raise ValueError(value)
    if isinstance(value, (int, float)):
        if not math.isfinite(value):
            raise ValueError(value)
        return float(value)
    if not isinstance(value, str):
        raise ValueError(value)  # a date or time: a cell formatted the wrong way
    text = compact(value)  # full width to half width: "８．５分" -> "8.5分"
    if not text:
        return None
    match = _SCORE.fullmatch(text)
    if match is None:
        raise ValueError(value)
    return float(match.group(1))


def _not_a_sheet(path: Path) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{file} is not a GreenDesk scoring sheet (its hidden identity is missing or unreadable); "
            "export the expert's sheet from GreenDesk and fill that in.",
        ),
        file=path.name,
    )


def read_identity(path: Path, books: dict[str, Rows]) -> tuple[SheetIdentity, str]:
    """The hidden sheet's identity and check code, or the message that this is no scoring sheet."""
    rows = books.get(IDENTITY_SHEET)
    if not rows:
        raise _not_a_sheet(path)
    fields: dict[str, Any] = {}
    layouts: list[SheetLayout] = []
    try:
        for row in rows:
            if len(row) < 2 or row[0] is None:
                continue
            if row[0] == "sheet":
                data = json.loads(row[1])
                layouts.append(
                    SheetLayout(
                        str(data["sheet"]),
                        int(data["recommendation"]),
                        str(data["code"]),
                        tuple((int(r), int(n), float(p)) for r, n, p in data["rows"]),
                    )
                )
            else:
                fields[str(row[0])] = row[1]
        if fields.get("format") != FORMAT:
            raise ValueError(fields.get("format"))
        identity = SheetIdentity(
            str(fields["workspace"]), int(fields["panel"]), str(fields["expert"]), tuple(layouts)
        )
        return identity, str(fields["check"])
    except (KeyError, ValueError, TypeError):
        raise _not_a_sheet(path) from None


def _read(path: Path) -> tuple[dict[str, Rows], str]:
    """All sheets (the intake's safe reader and its messages) and the file's SHA-256."""
    books = dict(spreadsheet.iter_sheets(path))
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Cannot read {file}: {reason}"),
            file=path.name,
            reason=exc.strerror or str(exc),
        ) from exc
    return books, digest


def import_sheet(workspace: Workspace, path: Path) -> SheetImport:
    """Check the whole sheet, then record its scores in one transaction (see the module's docstring)."""
    user = require_manager(workspace)
    path = Path(path)
    books, digest = _read(path)
    identity, code = read_identity(path, books)
    with workspace.transaction() as session:
        expert = _verified_expert(session, workspace, path, identity, code)
        plan, empty = _scores(session, path, books, identity, expert)
        scored = sum(len(entries) for entries in plan.values())
        if imported_before(session, expert, digest):
            recorded, again = 0, True
        else:
            recorded, again = 0, False
            for recommendation_id, entries in plan.items():
                recorded += record_scores(
                    session,
                    expert=expert,
                    recommendation=session.get(Recommendation, recommendation_id),
                    scores=entries,
                    source=SHEET,
                    user=user,
                    source_sha256=digest,
                )
        return SheetImport(
            path.name, identity.panel_id, expert.key, expert.name, recorded, scored, tuple(empty), again
        )


def _verified_expert(
    session: Session, workspace: Workspace, path: Path, identity: SheetIdentity, code: str
) -> PanelExpert:
    """The expert the sheet belongs to, once its workspace and check code are proven."""
    if identity.workspace_id != settings.WORKSPACE_ID.read(session):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} is a scoring sheet of another workspace; import it in the workspace that exported it.",
            ),
            file=path.name,
        )
    panel = find_panel(session, identity.panel_id)
    expert = find_expert(session, panel, identity.expert_key)
    if not code_matches(signing.load_or_create_key(workspace.data_dir), identity, code):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file}: the sheet's identity does not match its check code (it was changed, or made for "
                "another expert or panel); export a new sheet for the expert.",
            ),
            file=path.name,
        )
    return expert


def _scores(
    session: Session, path: Path, books: dict[str, Rows], identity: SheetIdentity, expert: PanelExpert
) -> tuple[dict[int, list[ExpertItemScore]], list[EmptyCell]]:
    """Each community's scores and the empty cells; every problem of the sheet raised at once."""
    standard = panel_standard(session, find_panel(session, identity.panel_id))
    assigned = {
        c.recommendation_id: {i.number for i in c.items}
        for c in assigned_communities(session, expert, standard)
    }
    problems: list[Message] = []
    plan: dict[int, list[ExpertItemScore]] = {}
    empty: list[EmptyCell] = []
    for layout in identity.layouts:
        rows = books.get(layout.sheet)
        if rows is None:
            problems.append(
                Message(QT_TRANSLATE_NOOP("Errors", "sheet '{sheet}' is missing"), sheet=layout.sheet)
            )
            continue
        if layout.recommendation_id not in assigned:
            problems.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Errors", "sheet '{sheet}': community {code} is not assigned to {expert}"
                    ),
                    sheet=layout.sheet,
                    code=layout.code,
                    expert=expert.key,
                )
            )
            continue
        entries = plan.setdefault(layout.recommendation_id, [])
        for row, number, points in layout.rows:
            place = {"sheet": layout.sheet, "row": row, "item": number}
            if number not in assigned[layout.recommendation_id]:
                problems.append(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Errors", "sheet '{sheet}', row {row}: item {item} is not assigned to {expert}"
                        ),
                        expert=expert.key,
                        **place,
                    )
                )
                continue
            entry = _row_score(rows, row, number, points, standard.item(number).gating, place, problems)
            if entry is None:
                empty.append(EmptyCell(layout.sheet, row, layout.code, number))
            elif entry is not False:
                entries.append(entry)
    if problems:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{file} was not imported: {problems}."),
            file=path.name,
            problems=_Problems(problems[:MAX_PROBLEMS], max(0, len(problems) - MAX_PROBLEMS)),
        )
    return {key: value for key, value in plan.items() if value}, empty


def _cell(rows: Rows, row: int, column: int) -> Any:
    if row - 1 >= len(rows):
        return None
    cells = rows[row - 1]
    return cells[column - 1] if column - 1 < len(cells) else None


def _row_score(
    rows: Rows,
    row: int,
    number: int,
    points: float,
    gating: bool,
    place: dict[str, Any],
    problems: list[Message],
) -> ExpertItemScore | bool | None:
    """The row's score (None: left empty; False: a problem was noted)."""
    count = len(problems)
    if _cell(rows, row, NUMBER_COLUMN) != number:
        problems.append(
            Message(
                QT_TRANSLATE_NOOP("Errors", "sheet '{sheet}', row {row}: item {item} is no longer there"),
                **place,
            )
        )
        return False
    raw_score, raw_veto = _cell(rows, row, SCORE_COLUMN), _cell(rows, row, VETO_COLUMN)
    comment = compact_comment(_cell(rows, row, COMMENT_COLUMN))
    try:
        score = parse_score(raw_score)
    except ValueError:
        problems.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "sheet '{sheet}', row {row}, item {item}: '{value}' is not a score (a number from 0 to {points})",
                ),
                value=raw_score,
                points=f"{points:g}",
                **place,
            )
        )
        return False
    if score is not None and not -EPSILON <= score <= points + EPSILON:
        problems.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "Errors", "sheet '{sheet}', row {row}, item {item}: {value} is outside 0 to {points}"
                ),
                value=f"{score:g}",
                points=f"{points:g}",
                **place,
            )
        )
    vetoed = _veto(raw_veto, gating, place, problems)
    problem = comment_problem(comment)
    if problem is not None:
        problems.append(
            Message(
                QT_TRANSLATE_NOOP("Errors", "sheet '{sheet}', row {row}, item {item}: {problem}"),
                problem=problem,
                **place,
            )
        )
    if score is None and (comment or vetoed is not None):
        problems.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "Errors", "sheet '{sheet}', row {row}, item {item}: a comment or veto without a score"
                ),
                **place,
            )
        )
    if len(problems) > count:
        return False
    if score is None:
        return None
    findings = {} if vetoed is None else {"vetoed": vetoed}
    return ExpertItemScore(number, score, findings, comment)


def _veto(value: Any, gating: bool, place: dict[str, Any], problems: list[Message]) -> bool | None:
    """一票否决: yes/no on a gating item; the locked '—' of any other item reads as nothing."""
    if not gating:
        return None
    try:
        return parse_yes_no(value)
    except ValueError:
        problems.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "Errors", "sheet '{sheet}', row {row}, item {item}: veto '{value}' is not 是 or 否"
                ),
                value=value,
                **place,
            )
        )
        return None


def compact_comment(value: Any) -> str:
    """A comment kept as written (dissent is printed verbatim), only trimmed."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else f"{value:g}" if isinstance(value, float) else str(value)
    return text.strip()
