"""What the review screen says, rendered from the core's read model (``views.ReviewView``).

Kept apart from the widgets and the controller so each text is found in one place and can be
checked without a window: the header, the lock note, the overall result, and the current item's
title, hints, coverage, earlier rounds, photo warnings, decision line and photo caption.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from greendesk.core.review.scoring import OverallResult
from greendesk.core.review.views import ItemState, ReviewView
from greendesk.core.review.vocabulary import RETURNED, outcome_label, status_label


class ReviewTexts(QObject):
    """Translated texts for one review and its current item (empty string: nothing to show)."""

    def header(self, view: ReviewView) -> str:
        return self.tr(
            "<b>{name}</b> ({code}) · {street} · {year} · round {round} · <b>{status}</b> · "
            "{decided}/{total} decided"
        ).format(
            name=view.name,
            code=view.code,
            street=view.street_name,
            year=view.year,
            round=view.round,
            status=status_label(view.status),
            decided=view.decided,
            total=view.total,
        )

    def lock_note(self, view: ReviewView) -> str:
        """Why the review cannot be changed now (signed off, or waiting for the street)."""
        if view.locked:
            return self.tr(
                "Signed off by {user} on {date}: locked. An approver must unlock it to change it."
            ).format(user=view.signed_off_by, date=f"{view.signed_off_at:%Y-%m-%d %H:%M}")
        if view.status == RETURNED:
            return self.tr("Returned for rework: waiting for the street to resubmit the material.")
        return ""

    def result(self, result: OverallResult) -> str:
        if result.passed is None:
            text = self.tr("Result: not complete yet")
        elif result.passed:
            text = self.tr("Result: meets the standard")
        else:
            text = self.tr("Result: does not meet the standard")
        if result.failed_gating:
            text += " · " + self.tr("failed gating items: {items}").format(
                items=", ".join(map(str, result.failed_gating))
            )
        if result.score is not None:
            text += " · " + self.tr("score {score} of {max} (pass mark {mark})").format(
                score=f"{result.score:g}",
                max=f"{result.max_points or 0:g}",
                mark=f"{result.pass_mark or 0:g}",
            )
        return text

    def item_title(self, state: ItemState) -> str:
        return self.tr("Item {number} · {category}").format(
            number=state.number, category=state.category_title
        ) + ("  ★ " + self.tr("gating item") if state.gating else "")

    def details(self, state: ItemState) -> str:
        """How to verify, the evidence expected and the street's self-assessment (rich text)."""
        parts = []
        if state.verification:
            parts.append(self.tr("<b>How to verify:</b> {text}").format(text=state.verification))
        if state.evidence_hint:
            parts.append(self.tr("<b>Evidence expected:</b> {text}").format(text=state.evidence_hint))
        claim = state.self_claim or self.tr("not stated")
        self_text = self.tr("<b>Street's self-assessment:</b> {claim}").format(claim=claim)
        if state.self_note:
            self_text += f" — {state.self_note}"
        parts.append(self_text)
        return "<br/>".join(parts)

    def coverage(self, view: ReviewView, state: ItemState) -> str:
        """The measured value against the item's rule; empty for items without a rule."""
        if not state.rule:
            return ""
        if state.measured_value is None:
            return self.tr("Coverage cannot be computed: households or managed households are missing.")
        verdict = self.tr("meets the rule") if state.rule_ok else self.tr("below the rule")
        if view.households and view.households_managed is not None:
            return self.tr(
                "Property management: {managed} of {households} households = {value}% (rule: {rule}) — {verdict}"
            ).format(
                managed=view.households_managed,
                households=view.households,
                value=f"{state.measured_value:g}",
                rule=state.rule_limit,
                verdict=verdict,
            )
        return self.tr("Registry coverage {value}% (rule: {rule}) — {verdict}").format(
            value=f"{state.measured_value:g}", rule=state.rule_limit, verdict=verdict
        )

    def earlier(self, state: ItemState) -> str:
        if not state.earlier:
            return ""
        lines = [
            self.tr("Round {round}: {outcome} — {comment}").format(
                round=d.round, outcome=outcome_label(d.outcome), comment=d.comment or "—"
            )
            for d in state.earlier
        ]
        return self.tr("Earlier rounds (read-only):") + "\n" + "\n".join(lines)

    def warnings(self, state: ItemState) -> str:
        if not state.warnings:
            return ""
        return "⚠ " + "\n⚠ ".join(str(w.message()) for w in state.warnings)

    def decided_by(self, state: ItemState) -> str:
        if state.outcome is None:
            return self.tr("Not decided")
        if state.carried:
            return self.tr("Met in an earlier round (carried over)")
        return self.tr("{outcome} · {user} · {time}").format(
            outcome=outcome_label(state.outcome),
            user=state.decided_by,
            time=f"{state.decided_at:%Y-%m-%d %H:%M}",
        )

    def photo_caption(self, state: ItemState) -> str:
        return self.tr(
            "%n photo(s) for item {number} — drop or paste photos here to attach", "", len(state.photos)
        ).format(number=state.number)
