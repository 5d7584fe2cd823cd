"""The vocabulary of the review workflow, shared by every service, report and screen."""

from __future__ import annotations

from greendesk.core.base.i18n import QT_TRANSLATE_NOOP, translate

# Recommendation status, in workflow order.
RECOMMENDED = "recommended"  # 街道推荐, not opened yet
UNDER_REVIEW = "under_review"  # 审核中
RETURNED = "returned"  # 退回整改
RESUBMITTED = "resubmitted"  # 整改后重新提交
PASSED = "passed"  # 审核通过 (not yet signed)
FAILED = "failed"  # 不通过
SIGNED_OFF = "signed_off"  # 签发确认 (locked)
REVOKED = "revoked"  # 撤销命名: a named community lost its name at a later re-check (locked, final)

STATUSES = (RECOMMENDED, UNDER_REVIEW, RETURNED, RESUBMITTED, PASSED, FAILED, SIGNED_OFF, REVOKED)
STATUS_LABELS = {
    RECOMMENDED: QT_TRANSLATE_NOOP("Status", "Recommended"),
    UNDER_REVIEW: QT_TRANSLATE_NOOP("Status", "Under review"),
    RETURNED: QT_TRANSLATE_NOOP("Status", "Returned for rework"),
    RESUBMITTED: QT_TRANSLATE_NOOP("Status", "Resubmitted"),
    PASSED: QT_TRANSLATE_NOOP("Status", "Passed"),
    FAILED: QT_TRANSLATE_NOOP("Status", "Failed"),
    SIGNED_OFF: QT_TRANSLATE_NOOP("Status", "Signed off"),
    REVOKED: QT_TRANSLATE_NOOP("Status", "Name revoked"),
}

# Item outcomes (符合 / 不符合 / 需补充材料).
PASS = "pass"
FAIL = "fail"
MORE = "more"
OUTCOMES = (PASS, FAIL, MORE)  # what a reviewer decides
# A decision row with this outcome withdraws the item's own decision in its round (clear, or undo back
# to nothing): the item counts as undecided there, as if the round had no row for it. Rows stay
# append-only; the counting rule (``decisions``) reads a clear as "no decision in this round".
CLEARED = "clear"
ROW_OUTCOMES = (*OUTCOMES, CLEARED)  # every value a decision row may hold
# Outcomes that need a comment: the street must be told what is wrong or missing.
NEEDS_COMMENT = (FAIL, MORE)
OUTCOME_LABELS = {
    PASS: QT_TRANSLATE_NOOP("Status", "Meets"),
    FAIL: QT_TRANSLATE_NOOP("Status", "Does not meet"),
    MORE: QT_TRANSLATE_NOOP("Status", "More material needed"),
}


def status_label(status: str, language: str | None = None) -> str:
    """A status as people read it, in ``language`` (default: the current interface language)."""
    return translate("Status", STATUS_LABELS.get(status, status), language)


def outcome_label(outcome: str | None, language: str | None = None, undecided: str = "") -> str:
    """An item outcome as people read it; ``undecided`` stands for no outcome yet."""
    if not outcome or outcome == CLEARED:
        return undecided
    return translate("Status", OUTCOME_LABELS.get(outcome, outcome), language)


# Roles of local accounts.
REVIEWER = "reviewer"
APPROVER = "approver"
ADMINISTRATOR = "administrator"
# An expert scores the communities a panel assigns to them (core/panel) and nothing else.
EXPERT = "expert"
ROLES = (REVIEWER, APPROVER, ADMINISTRATOR, EXPERT)
