"""Supplementary packages: evidence files without a workbook, for communities already recommended.

What a street sends in a rework round is often only photos and documents. Such a package adds no
recommendation: each file is matched by its folder and file names (community code or name, item
number; the package's own name counts as the outermost folder) against the registry, and attached
to that community's existing recommendation of the year, in its current round. A signed-off
(locked) recommendation is left alone and a community with no recommendation that year gets
nothing: both are named in a warning.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePosixPath

from sqlalchemy import select
from sqlalchemy.orm import Session

from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.intake.matching import registry_index
from greendesk.core.intake.package import WORKBOOK, Package
from greendesk.core.intake.photo_plan import plan_photos
from greendesk.core.intake.photo_targets import PhotoMatcher, Target
from greendesk.core.intake.plan import ImportPlan, PlannedPhoto, SupplementTarget
from greendesk.core.intake.problems import ERROR, WARNING, Location, problem
from greendesk.core.storage.models import Community, Recommendation

BY_PACKAGE_NAME = "package name"
SIGNED_OFF_HOW, NOT_RECOMMENDED_HOW = "signed off", "not recommended"
_LISTED_FILES = 5  # file names a warning spells out before it says "and N more"


def is_supplement(package: Package) -> bool:
    """A package without any workbook: its files can only go to existing recommendations."""
    return not any(entry.kind == WORKBOOK for entry in package.entries)


def year_recommendations(
    session: Session, year: int, codes: set[str] | None = None
) -> dict[str, SupplementTarget]:
    """Community code -> the year's recommendation (signed-off ones included, marked ``locked``)."""
    statement = (
        select(Recommendation, Community.code, Community.name)
        .join(Community, Recommendation.community_id == Community.id)
        .where(Recommendation.year == year)
        .order_by(Community.code)
    )
    if codes is not None:
        statement = statement.where(Community.code.in_(sorted(codes)))
    return {
        code: SupplementTarget(code, name, r.id, r.current_round, r.status, bool(r.locked))
        for r, code, name in session.execute(statement)
    }


class _SupplementMatcher(PhotoMatcher):
    """The folder/file-name matcher, with the package's name as a last place to find the community."""

    def __init__(self, items: set[int], package_name: str) -> None:
        super().__init__(items)
        self.package_stem = PurePosixPath(package_name).stem

    def target(self, name: str) -> Target:
        found = super().target(name)
        if found.row_key is None and self.package_stem:
            row_key = self._community(self.package_stem)
            if row_key is not None:
                return Target(row_key, found.item, BY_PACKAGE_NAME)
        return found


def plan_supplement(plan: ImportPlan, package: Package, session: Session, step: Callable[[], None]) -> None:
    """Plan a package without a workbook: every file to an existing recommendation of the year.

    Photo row keys are community codes; ``plan.targets`` holds the recommendations they go to.
    """
    plan.supplement = True
    existing = year_recommendations(session, plan.year)
    matcher = _SupplementMatcher(set(plan.item_numbers), package.name)
    for target in existing.values():  # the year's recommendations win a name two communities share
        matcher.add_row(target.code, [target.code], [target.name])
    for ref in registry_index(session).by_code.values():
        matcher.add_row(ref.code, [ref.code], [ref.name])
    plan_photos(plan, package, session, step, matcher)
    if not plan.photos:
        plan.problems.append(
            problem(
                ERROR,
                "no_evidence",
                Location(package.name),
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "holds no recommendation workbook and no evidence file; nothing can be imported.",
                ),
            )
        )
        return
    _sort_out(
        plan, package, existing, {ref.code: ref.name for ref in registry_index(session).by_code.values()}
    )


def _sort_out(
    plan: ImportPlan, package: Package, existing: dict[str, SupplementTarget], names: dict[str, str]
) -> None:
    """Keep the files for open recommendations; name the signed-off and the unrecommended ones."""
    signed_off: dict[str, list[PlannedPhoto]] = {}
    not_recommended: dict[str, list[PlannedPhoto]] = {}
    for photo in plan.photos:
        code = photo.row_key
        if code is None:
            continue
        target = existing.get(code)
        if target is not None and not target.locked:
            plan.targets[code] = target
            continue
        if target is None:
            not_recommended.setdefault(code, []).append(photo)
            photo.how = NOT_RECOMMENDED_HOW
        else:
            signed_off.setdefault(code, []).append(photo)
            photo.how = SIGNED_OFF_HOW
        photo.row_key = None
    for code, photos in sorted(signed_off.items()):
        plan.problems.append(
            problem(
                WARNING,
                "signed_off_skipped",
                Location(package.name),
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{community} ({code}) is signed off for {year}; its {count} file(s) were skipped: {files}.",
                ),
                community=existing[code].name,
                code=code,
                year=plan.year,
                count=len(photos),
                files=_file_list(photos),
            )
        )
    for code, photos in sorted(not_recommended.items()):
        plan.problems.append(
            problem(
                WARNING,
                "not_recommended",
                Location(package.name),
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{community} ({code}) has no recommendation for {year}; its {count} file(s) were not attached: {files}.",
                ),
                community=names.get(code, code),
                code=code,
                year=plan.year,
                count=len(photos),
                files=_file_list(photos),
            )
        )


def _file_list(photos: list[PlannedPhoto]) -> str:
    shown = ", ".join(photo.entry for photo in photos[:_LISTED_FILES])
    more = len(photos) - _LISTED_FILES
    return f"{shown} (+{more})" if more > 0 else shown


def attachable(session: Session, year: int, codes: set[str]) -> dict[str, SupplementTarget]:
    """Of ``codes``, those with an open (not signed-off) recommendation in ``year``, read now."""
    codes = {code for code in codes if code.isdigit() and len(code) == 12}
    if not codes:
        return {}
    return {
        code: target
        for code, target in year_recommendations(session, year, codes).items()
        if not target.locked
    }
