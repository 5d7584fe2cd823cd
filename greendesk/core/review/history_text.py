"""A community's review history as sentences in the reader's language, one per audited change.

"2022-08-02 14:03 〈li〉 将第 12 条由「未审核」改为「不符合」：覆盖率不足" — the same lines in the review
screen's 审核记录 and in ``greendesk review history CODE``. Read from the audit log (``history``):
creation (also by an import), decisions (undo and clear included), round changes, files attached
(by the reviewer, or by an import: ``intake.evidence_audit``), sign-off, unlock, approval withdrawn
and notes; and what public notice did (listed, objections and their decisions, a review reopened), the
naming, and every re-check with its outcome and note (a revocation also as the status change it makes,
with the day it takes effect). An entry this module does not know is still shown,
by its action name, so nothing in the log is hidden.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from greendesk.core.base.i18n import QT_TRANSLATE_NOOP, translate
from greendesk.core.intake import evidence_audit
from greendesk.core.publicity import history as publicity_history
from greendesk.core.publicity import vocabulary as publicity_vocabulary
from greendesk.core.review.history import HistoryEntry, history
from greendesk.core.review.vocabulary import CLEARED, outcome_label, status_label
from greendesk.core.workspace import Workspace

CONTEXT = "History"
UNDECIDED = QT_TRANSLATE_NOOP("History", "not decided")


@dataclass(frozen=True)
class HistoryLine:
    at: datetime
    user: str
    action: str
    text: str  # the whole sentence, time and account included
    old: Any = None  # the audit entry's own values, for scripts (``--json``)
    new: Any = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "at": self.at.isoformat(),
            "user": self.user,
            "action": self.action,
            "text": self.text,
            "old": self.old,
            "new": self.new,
        }


def _t(template: str, language: str | None, **params: Any) -> str:
    return translate(CONTEXT, template, language).format(**params)


def _outcome(outcome: Any, language: str | None) -> str:
    undecided = translate(CONTEXT, UNDECIDED, language)
    return outcome_label(str(outcome) if outcome else None, language, undecided=undecided)


def _decide(entry: HistoryEntry, language: str | None) -> str:
    new, old = entry.new or {}, entry.old or {}
    params = {
        "item": new.get("item"),
        "old": _outcome(old.get("outcome"), language),
        "new": _outcome(new.get("outcome"), language),
    }
    if "undoes" in new:
        text = _t(
            QT_TRANSLATE_NOOP("History", "undid the last decision on item {item}: back to “{new}”"),
            language,
            **params,
        )
    elif new.get("outcome") == CLEARED:
        text = _t(
            QT_TRANSLATE_NOOP("History", "cleared the decision on item {item} (was “{old}”)"),
            language,
            **params,
        )
    else:
        text = _t(
            QT_TRANSLATE_NOOP("History", "changed item {item} from “{old}” to “{new}”"), language, **params
        )
    comment = str(new.get("comment") or "")
    return text + (
        _t(QT_TRANSLATE_NOOP("History", ": {comment}"), language, comment=comment) if comment else ""
    )


def _recommend(entry: HistoryEntry, language: str | None) -> str:
    new = entry.new or {}
    if new.get("import_batch") is not None:
        return _t(
            QT_TRANSLATE_NOOP("History", "imported the street's recommendation for {year} (import {batch})"),
            language,
            year=new.get("year"),
            batch=new.get("import_batch"),
        )
    return _t(
        QT_TRANSLATE_NOOP("History", "recorded the recommendation for {year}"), language, year=new.get("year")
    )


def _status(entry: HistoryEntry, language: str | None) -> str:
    text = _t(
        QT_TRANSLATE_NOOP("History", "status “{old}” → “{new}”"),
        language,
        old=status_label(str((entry.old or {}).get("status", "")), language),
        new=status_label(str((entry.new or {}).get("status", "")), language),
    )
    effective = str((entry.new or {}).get("effective") or "")
    if not effective:
        return text
    return text + _t(QT_TRANSLATE_NOOP("History", ", from {day}"), language, day=effective[:10])


def _listed(entry: HistoryEntry, language: str | None) -> str:
    new = entry.new or {}
    return _t(
        QT_TRANSLATE_NOOP("History", "listed in public notice {notice} ({start} to {end})"),
        language,
        notice=entry.key,
        start=new.get("start"),
        end=new.get("end"),
    )


def _objection(entry: HistoryEntry, language: str | None) -> str:
    new = entry.new or {}
    return _t(
        QT_TRANSLATE_NOOP("History", "objection {objection} received on {day} from {objector}"),
        language,
        objection=entry.key,
        day=new.get("received_on"),
        objector=new.get("objector_name"),
    )


_OBJECTION_OUTCOMES = {
    "refused": QT_TRANSLATE_NOOP("History", "objection {objection} not accepted: {reason}"),
    "upheld": QT_TRANSLATE_NOOP("History", "objection {objection} upheld: {reason}"),
    "dismissed": QT_TRANSLATE_NOOP("History", "objection {objection} not upheld: {reason}"),
}


def _objection_decision(entry: HistoryEntry, language: str | None) -> str:
    new = entry.new or {}
    template = _OBJECTION_OUTCOMES.get(str(new.get("outcome")), "{objection}: {reason}")
    return _t(template, language, objection=entry.key, reason=new.get("reason"))


def _named(entry: HistoryEntry, language: str | None, code: str) -> str:
    new = entry.new or {}
    tier = (new.get("communities") or {}).get(code, "")
    return _t(
        QT_TRANSLATE_NOOP("History", "named “{tier}” by {number} of {day}"),
        language,
        tier=publicity_vocabulary.tier(str(tier), language),
        number=new.get("document_number"),
        day=new.get("named_on"),
    )


def _recheck(entry: HistoryEntry, language: str | None) -> str:
    new = entry.new or {}
    outcome = str(new.get("outcome"))
    text = _t(
        QT_TRANSLATE_NOOP("History", "re-checked: {outcome}, effective {day}"),
        language,
        outcome=publicity_vocabulary.recheck_outcome(outcome, language),
        day=new.get("effective_on"),
    )
    if new.get("deadline"):
        text += _t(QT_TRANSLATE_NOOP("History", ", rectify by {day}"), language, day=new["deadline"])
    note = str(new.get("note") or "")
    return text + (_t(QT_TRANSLATE_NOOP("History", ": {comment}"), language, comment=note) if note else "")


def _files(entry: HistoryEntry, language: str | None) -> str:
    new = entry.new or {}
    names = (
        [str(new["name"])]
        if "name" in new
        else [str(f.get("name")) for f in new.get("files", []) if f.get("attached")]
    )
    return _t(
        QT_TRANSLATE_NOOP("History", "attached {count} file(s) to item {item}: {names}"),
        language,
        count=len(names),
        item=new.get("item"),
        names=", ".join(names) or "—",
    )


def _imported_files(entry: HistoryEntry, language: str | None) -> str:
    new = entry.new or {}
    names = [str(f.get("name")) for f in new.get("files", [])]
    return _t(
        QT_TRANSLATE_NOOP("History", "import {batch} attached {count} file(s) to item {item}: {names}"),
        language,
        batch=new.get("import_batch"),
        count=len(names),
        item=new.get("item"),
        names=", ".join(names) or "—",
    )


def _note(entry: HistoryEntry, language: str | None) -> str:
    text = str((entry.new or {}).get("text") or "")
    if not text:
        return _t(QT_TRANSLATE_NOOP("History", "removed the note"), language)
    return _t(QT_TRANSLATE_NOOP("History", "wrote the note: {text}"), language, text=text)


def _simple(template: str, *keys: str) -> Callable[[HistoryEntry, str | None], str]:
    def render(entry: HistoryEntry, language: str | None) -> str:
        new = entry.new or {}
        return _t(template, language, **{key: _params_text(new.get(key, "")) for key in keys})

    return render


RENDERERS: dict[str, Callable[[HistoryEntry, str | None], str]] = {
    "review.recommend": _recommend,
    "review.decide": _decide,
    "review.status": _status,
    "review.finish_round": _simple(QT_TRANSLATE_NOOP("History", "finished round {round}"), "round"),
    "review.return": _simple(QT_TRANSLATE_NOOP("History", "returned it for rework (items {items})"), "items"),
    "review.resubmit": _simple(
        QT_TRANSLATE_NOOP("History", "recorded the resubmission: round {round} begins"), "round"
    ),
    "review.sign_off": _simple(QT_TRANSLATE_NOOP("History", "signed off round {round} (locked)"), "round"),
    "review.unlock": _simple(QT_TRANSLATE_NOOP("History", "unlocked it: {reason}"), "reason"),
    "review.approval_reset": _simple(
        QT_TRANSLATE_NOOP("History", "the earlier sign-off was withdrawn by a change")
    ),
    "review.attach_photo": _files,
    "review.attach_evidence": _files,
    evidence_audit.ACTION: _imported_files,
    "review.note": _note,
    "review.reopen": _simple(
        QT_TRANSLATE_NOOP("History", "objection {objection} reopened the review: round {round} begins"),
        "objection",
        "round",
    ),
    publicity_history.LISTED: _listed,
    publicity_history.OBJECTION: _objection,
    publicity_history.OBJECTION_DECISION: _objection_decision,
    publicity_history.RECHECK: _recheck,
}


def _params_text(value: Any) -> Any:
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return value


def sentence(entry: HistoryEntry, language: str | None = None, code: str = "") -> str:
    """One audited change as a sentence: "2022-08-02 14:03 〈li〉 …" (``code``: whose history it is)."""
    render = RENDERERS.get(entry.action)
    if entry.action == publicity_history.NAMED:
        what = _named(entry, language, code)
    else:
        what = entry.action if render is None else render(entry, language)
    return _t(
        QT_TRANSLATE_NOOP("History", "{at} 〈{user}〉 {what}"),
        language,
        at=f"{entry.at:%Y-%m-%d %H:%M}",
        user=entry.user,
        what=what,
    )


def lines(
    workspace: Workspace, code: str, year: int | None = None, language: str | None = None
) -> list[HistoryLine]:
    """The community's history as sentences, oldest first (only ``year``'s entries when given)."""
    found = []
    for entry in history(workspace, code):
        entry_year = entry.new.get("year") if isinstance(entry.new, dict) else None
        if year is not None and entry_year is not None and entry_year != year:
            continue
        text = sentence(entry, language, code)
        found.append(HistoryLine(entry.at, entry.user, entry.action, text, entry.old, entry.new))
    return found
