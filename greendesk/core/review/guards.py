"""Guard rails of the review: one place for each rule the commands enforce and the screens show first.

- A decision of 不符合 (fail) or 需补充材料 (more) needs a comment: the rework notice tells the street
  what is wrong or missing, and "—" tells it nothing (``check_comment``, enforced by the commands).
- Marking an item as met while it has no evidence at all is allowed but warned about
  (``decision_warnings``: the screen shows it, the CLI prints it to stderr).
- A round change (finish, return, resubmit, sign-off) says what will happen before it happens
  (``round_summary``: the screen's confirmation dialog shows these lines), and ``finish_status`` is
  the one rule of what finishing a round leads to.
- Every review write starts with ``reviewer`` (or ``confirmed_reviewer`` for an official act): the
  signed-in account with the role, in a district workspace; a city workspace reviews nothing, whatever
  screen or script calls.
"""

from __future__ import annotations

from greendesk.core import accounts
from greendesk.core.accounts import Actor
from greendesk.core.base.errors import Message, ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP, translate
from greendesk.core.city import level
from greendesk.core.review import workflow
from greendesk.core.review.scoring import OverallResult
from greendesk.core.review.views import ItemState, ReviewView, rework_items
from greendesk.core.review.vocabulary import (
    FAIL,
    FAILED,
    MORE,
    NEEDS_COMMENT,
    PASS,
    PASSED,
    RETURNED,
    outcome_label,
)
from greendesk.core.workspace import Workspace


def reviewer(workspace: Workspace, role: str) -> Actor:
    """The signed-in account holding ``role``, refused first on a city workspace (it reviews nothing)."""
    level.require_district(workspace)
    return accounts.require(workspace, role)


def confirmed_reviewer(workspace: Workspace, password: str, role: str) -> Actor:
    """As ``reviewer``, the account re-entering its password for an official act (sign-off, unlock)."""
    level.require_district(workspace)
    return accounts.confirm_password(workspace, password, role)


class ReviewMessage(Message):
    """A message of the review screen's vocabulary (context "Review")."""

    context = "Review"


class _OutcomeName(Message):
    """An outcome's label as a message parameter, translated with the message."""

    def __init__(self, outcome: str) -> None:
        super().__init__("")
        self.outcome = outcome

    def render(self, language: str | None = None) -> str:
        return outcome_label(self.outcome, language)


class _ItemList(Message):
    """Item numbers joined with the language's list separator ("2, 5, 12" / "2、5、12")."""

    def __init__(self, numbers: list[int]) -> None:
        super().__init__("")
        self.numbers = numbers

    def render(self, language: str | None = None) -> str:
        separator = translate("Review", QT_TRANSLATE_NOOP("Review", ", "), language)
        return separator.join(str(number) for number in self.numbers)


def check_comment(item: int, outcome: str, comment: str) -> None:
    """Refuse a fail or "more material" decision without a comment, naming the item."""
    if outcome in NEEDS_COMMENT and not comment.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Item {item}: '{outcome}' needs a comment that tells the street what to fix."
            ),
            item=item,
            outcome=_OutcomeName(outcome),
        )


def decision_warnings(state: ItemState, outcome: str) -> list[Message]:
    """What to warn about when ``state`` is decided as ``outcome`` (allowed, but worth a second look)."""
    if outcome == PASS and not state.photos:
        return [
            ReviewMessage(
                QT_TRANSLATE_NOOP("Review", "Item {item} is marked as met, but it has no evidence attached."),
                item=state.number,
            )
        ]
    return []


def finish_status(result: OverallResult) -> str:
    """The status finishing a round leads to: passed, failed, or returned when only material is missing."""
    if result.passed:
        return PASSED
    if result.more_items and not result.failed_gating:
        return RETURNED
    return FAILED


def _numbers(view: ReviewView, outcome: str) -> list[int]:
    return [item.number for item in view.items if item.outcome == outcome]


def _rework_line(view: ReviewView) -> Message:
    numbers = [item.number for item in rework_items(view)]
    return ReviewMessage(
        QT_TRANSLATE_NOOP("Review", "Return for rework: {count} item(s) (items {items})"),
        count=len(numbers),
        items=_ItemList(numbers),
    )


def _finish_lines(view: ReviewView) -> list[Message]:
    if view.result.passed is None:
        undecided = [item.number for item in view.items if item.outcome is None]
        return [
            ReviewMessage(
                QT_TRANSLATE_NOOP("Review", "Not possible yet: items {items} are not decided."),
                items=_ItemList(undecided),
            )
        ]
    status = finish_status(view.result)
    if status == PASSED:
        return [
            ReviewMessage(
                QT_TRANSLATE_NOOP(
                    "Review", "Round {round} ends: the community meets the standard (ready for sign-off)."
                ),
                round=view.round,
            )
        ]
    if status == RETURNED:
        return [_rework_line(view)]
    lines: list[Message] = [
        ReviewMessage(
            QT_TRANSLATE_NOOP("Review", "Round {round} ends: the community does not meet the standard."),
            round=view.round,
        )
    ]
    for outcome in (FAIL, MORE):
        numbers = _numbers(view, outcome)
        if numbers:
            lines.append(
                ReviewMessage(
                    QT_TRANSLATE_NOOP("Review", "{outcome}: {count} item(s) (items {items})"),
                    outcome=_OutcomeName(outcome),
                    count=len(numbers),
                    items=_ItemList(numbers),
                )
            )
    return lines


def _resubmit_lines(view: ReviewView) -> list[Message]:
    again = [item.number for item in view.items if item.outcome != PASS]
    carried = sum(1 for item in view.items if item.outcome == PASS)
    return [
        ReviewMessage(
            QT_TRANSLATE_NOOP(
                "Review",
                "Round {round} begins: {count} item(s) to decide again (items {items}); "
                "{carried} passed item(s) carry over.",
            ),
            round=view.round + 1,
            count=len(again),
            items=_ItemList(again),
            carried=carried,
        )
    ]


def round_summary(view: ReviewView, action: str) -> list[Message]:
    """What a round change (``workflow.FINISH``/``RETURN``/``RESUBMIT``/``SIGN_OFF``) will do, line by line."""
    if action == workflow.FINISH:
        return _finish_lines(view)
    if action == workflow.RETURN:
        return [_rework_line(view)]
    if action == workflow.RESUBMIT:
        return _resubmit_lines(view)
    if action == workflow.SIGN_OFF:
        return [
            ReviewMessage(
                QT_TRANSLATE_NOOP(
                    "Review",
                    "Sign off {name} ({code}) for {year}: the review is locked until an approver unlocks it.",
                ),
                name=view.name,
                code=view.code,
                year=view.year,
            )
        ]
    return []
