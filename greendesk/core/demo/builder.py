"""A realistic demo workspace built from the real registry (used by the README's run command).

Demo content is added by steps; later features append their own step to ``DEMO_STEPS``.
"""

from __future__ import annotations

import random
import shutil
import tempfile
import uuid
from collections.abc import Callable
from contextlib import ExitStack
from datetime import date, datetime, timedelta
from pathlib import Path

from greendesk.core import settings
from greendesk.core.base import clock
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.demo.reviews import (
    DEMO_ADMIN,
    DEMO_APPROVER,
    DEMO_PASSWORD,
    DEMO_REVIEWER,
    ensure_demo_accounts,
    review_demo_recommendations,
    signed_in_as,
)
from greendesk.core.demo.synthetic import CommunityFigures, write_street_package
from greendesk.core.intake import analysis, apply
from greendesk.core.publicity import naming, notices, objections
from greendesk.core.publicity.period import WORKING_DAYS
from greendesk.core.publicity.vocabulary import DEMONSTRATION
from greendesk.core.registry import roster
from greendesk.core.review import commands, recommendations
from greendesk.core.safety import anchors, backup
from greendesk.core.standards.library import get_standard
from greendesk.core.storage import durable
from greendesk.core.storage.models import Community
from greendesk.core.workspace import Workspace

DEFAULT_DEMO_SUBDIR = "demo"
DEMO_TIMELINE = {
    "_history_2021": datetime(2021, 5, 10, 9, 0),
    "_publicity_2021": datetime(2021, 9, 28, 9, 0),
    "_fill_registry": datetime(2022, 3, 1, 9, 0),
    "_recommend_communities": datetime(2022, 4, 20, 10, 0),
    "_demo_review": datetime(2022, 5, 9, 9, 0),
}
DEMO_SEED = 20221110


def _fill_registry(workspace: Workspace, rng: random.Random) -> None:
    roster.load_official(workspace)
    with workspace.transaction() as session:
        for community in session.query(Community).order_by(Community.code):
            households = rng.randint(900, 4800)
            community.households = households
            community.population = int(households * rng.uniform(2.2, 2.9))
            community.property_management_coverage = round(
                rng.choice([rng.uniform(10, 29.9), rng.uniform(30, 100)]), 1
            )
            community.contact = f"{rng.choice('王李张刘陈杨赵黄周吴')}{rng.choice(['老师', '主任', '书记'])} 010-{rng.randint(6000_0000, 8999_9999)}"
            # A few committees in newly built areas are not yet urban communities in scope.
            community.in_scope = rng.random() > 0.03


def _demo_review(workspace: Workspace, rng: random.Random) -> None:
    """Review the demo recommendations into a realistic mix (see greendesk.core.demo.reviews)."""

    review_demo_recommendations(workspace, rng)


DemoStep = Callable[[Workspace, random.Random], None]
DEMO_STEPS: list[DemoStep] = []  # filled at the end of the module, in order


# What each step is called while it runs (the builder can take a while on a busy machine).
DemoProgress = Callable[[int, int, str], None]  # step number (1-based), steps, untranslated text
CREATING = QT_TRANSLATE_NOOP("Demo", "Creating the workspace…")
STEP_LABELS = {
    "_fill_registry": QT_TRANSLATE_NOOP("Demo", "Filling the registry of streets and communities…"),
    "_history_2021": QT_TRANSLATE_NOOP("Demo", "Recording last year's pilot communities…"),
    "_recommend_communities": QT_TRANSLATE_NOOP("Demo", "Importing the streets' packages with photos…"),
    "_demo_review": QT_TRANSLATE_NOOP("Demo", "Reviewing and signing off…"),
    "_publicity_2021": QT_TRANSLATE_NOOP("Demo", "Public notice and naming of last year's pilots…"),
}
OTHER_STEP = QT_TRANSLATE_NOOP("Demo", "Adding demo content…")


def build_demo(
    data_dir: Path, district_code: str = "110105", rebuild: bool = False, progress: DemoProgress | None = None
) -> Workspace:
    """Create the demo workspace in ``data_dir`` (or reuse it when it already exists).

    Its accounts: ``admin`` (administrator), ``reviewer`` and ``approver``, all with the password
    ``demo-pass-1``; a new demo is returned signed in as ``admin``, a reused one signed in as nobody.

    A new demo is built in a hidden folder beside ``data_dir`` without an fsync per action (nobody
    can see it half built) and put in place in one rename once complete and synced; a ``data_dir``
    that already holds other files is built in place, durably as any workspace.
    """
    if rebuild and data_dir.exists():
        shutil.rmtree(data_dir)
    if Workspace.exists(data_dir):
        return Workspace.open(data_dir)
    report = progress or (lambda _number, _total, _text: None)
    if data_dir.is_dir() and any(data_dir.iterdir()):
        return _create_and_fill(data_dir, district_code, report, ExitStack())
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    for leftover in data_dir.parent.glob(f"{BUILDING_PREFIX}{data_dir.name}-*"):
        shutil.rmtree(leftover, ignore_errors=True)  # a build that was killed: never published
    staging = data_dir.parent / f"{BUILDING_PREFIX}{data_dir.name}-{uuid.uuid4().hex[:8]}"
    anchor: Path | None = None
    try:
        with ExitStack() as unsynced:
            unsynced.enter_context(durable.scratch(staging))
            built = _create_and_fill(staging, district_code, report, unsynced)
            actor, anchor = built.actor, _anchor_file(built)
            built.close()  # checkpointed: the database is one file again
        durable.publish(staging, data_dir, anchor)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        if anchor is not None and not Workspace.exists(data_dir):
            anchor.unlink(missing_ok=True)  # the anchors of a workspace that never came to be
        raise
    workspace = Workspace.open(data_dir)
    workspace.actor = actor  # the administrator who built it, as a build in place returns it
    return workspace


BUILDING_PREFIX = ".building-"


def _anchor_file(workspace: Workspace) -> Path:
    with workspace.sessions() as session:
        return anchors.anchor_file(settings.WORKSPACE_ID.read(session))


def _create_and_fill(
    folder: Path, district_code: str, report: DemoProgress, unsynced: ExitStack
) -> Workspace:
    """The workspace with every demo step run in story order (``unsynced``: its anchors may skip fsync)."""
    total = len(DEMO_STEPS) + 1
    report(1, total, CREATING)
    workspace = Workspace.create(folder, district_code, admin=DEMO_ADMIN, password=DEMO_PASSWORD)
    if durable.is_scratch(folder):
        unsynced.enter_context(durable.scratch(_anchor_file(workspace)))
    rng = random.Random(DEMO_SEED)
    previous = clock.frozen()
    try:
        # The demo tells the story of 2022: registry in March, recommendations in April, reviews from May.
        for number, step in enumerate(DEMO_STEPS, start=2):
            report(number, total, STEP_LABELS.get(step.__name__, OTHER_STEP))
            clock.freeze(DEMO_TIMELINE.get(step.__name__, clock.now()))
            step(workspace, rng)
        clock.freeze(previous)
        # The first open backs up once a day: done here, so that open finds today's backup made.
        backup.ensure_daily_backup(folder)
    except BaseException:
        workspace.close()
        raise
    finally:
        clock.freeze(previous)
    return workspace


DEMO_RECOMMENDATION_YEAR = 2022
DEMO_STREETS_RECOMMENDING = 15


def _recommend_communities(workspace: Workspace, rng: random.Random) -> None:
    """Streets' 2022 batch-1 packages (workbook + phone photos), imported through the real intake path."""

    items = [item.number for item in get_standard(settings.DEFAULT_STANDARD.read(workspace)).items]
    streets = roster.list_streets(workspace)
    chosen = sorted(rng.sample(streets, min(DEMO_STREETS_RECOMMENDING, len(streets))), key=lambda s: s.code)
    with tempfile.TemporaryDirectory(prefix="greendesk-demo-") as folder:
        for street in chosen:
            candidates = [
                c for c in roster.list_communities(workspace, street_code=street.code) if c.in_scope
            ]
            picked = rng.sample(candidates, min(rng.randint(2, 4), len(candidates)))
            figures = [
                CommunityFigures(
                    code=c.code,
                    name=c.name,
                    households=c.households or 1000,
                    households_managed=round(
                        (c.households or 1000) * (c.property_management_coverage or 40) / 100
                    ),
                )
                for c in picked
            ]
            package = write_street_package(
                Path(folder) / street.name,
                street.name,
                figures,
                rng,
                DEMO_RECOMMENDATION_YEAR,
                items,
                place=workspace.district.code,
            )
            plan = analysis.analyse_package(
                workspace, package, DEMO_RECOMMENDATION_YEAR, 1, street=street.code
            )
            apply.apply_import(workspace, plan)


def _history_2021(workspace: Workspace, rng: random.Random) -> None:
    """Last year's pilots, reviewed and signed off through the real workflow (so progress has a history):
    the first in-scope community with enough property management in about two thirds of the streets."""

    ensure_demo_accounts(workspace)
    start = clock.now()
    to_sign: list[str] = []
    with signed_in_as(workspace, DEMO_REVIEWER):
        pilots = []
        for street in roster.list_streets(workspace):
            if rng.random() > 0.66:
                continue
            candidates = [
                c
                for c in roster.list_communities(workspace, street_code=street.code)
                if c.in_scope and (c.property_management_coverage or 0) >= 30 and c.households
            ]
            pilots += candidates[:1]
        for index, community in enumerate(pilots):
            clock.freeze(start + timedelta(days=2 * index, hours=index % 5))
            households = community.households or 1000
            managed = round(households * (community.property_management_coverage or 30) / 100) + 1
            recommendations.create_recommendation(
                workspace, community.code, 2021, households=households, households_managed=managed
            )
            passes = [(item, "pass", "") for item in range(1, 17)]
            commands.decide_many(workspace, community.code, passes, 2021, read_back=False)
            if commands.finish_round(workspace, community.code, 2021) == "passed":
                to_sign.append(community.code)
    with signed_in_as(workspace, DEMO_APPROVER):  # one sitting: the password re-entered once
        outcomes = commands.sign_off_many(workspace, [(code, 2021) for code in to_sign], DEMO_PASSWORD)
    for problem in outcomes:
        if problem is not None:
            raise problem


DEMO_NOTICE_START = date(2021, 9, 28)  # 7 working days across the National Day holiday: to 2021-10-12
DEMO_NAMING_NUMBER = "朝住建发〔2021〕35号"
DEMO_NAMED_ON = date(2021, 10, 25)


def _publicity_2021(workspace: Workspace, rng: random.Random) -> None:
    """Last year's pilots on public notice, one objection not upheld, then named (two of them 示范), so
    the 公示与命名 screen and the history show the whole way from sign-off to a name."""
    with signed_in_as(workspace, DEMO_APPROVER):
        notice = notices.create_notice(
            workspace, year=2021, start=DEMO_NOTICE_START, days=7, kind=WORKING_DAYS
        )
    codes = [entry.code for entry in notice.entries]
    clock.freeze(datetime(2021, 9, 30, 15, 0))
    with signed_in_as(workspace, DEMO_REVIEWER):  # the clerk registers the letter as it comes in
        objection = objections.add_objection(
            workspace,
            notice.id,
            received_on=date(2021, 9, 30),
            objector_kind=objections.UNIT,
            objector_name="某物业服务有限公司",
            content="反映小区垃圾分类驿站运行不正常。",
            code=codes[0],
            sealed=True,
        )
    with signed_in_as(workspace, DEMO_APPROVER):
        clock.freeze(datetime(2021, 10, 8, 10, 0))
        reason = "经现场核查，驿站运行正常，异议不成立。"
        objections.decide_objection(workspace, objection.id, objections.DISMISSED, reason, DEMO_PASSWORD)
        clock.freeze(datetime(2021, 10, 13, 9, 0))
        notices.close_notice(workspace, notice.id)
        clock.freeze(datetime(2021, 10, 25, 9, 0))
        demonstration = {code: DEMONSTRATION for code in rng.sample(codes, min(2, len(codes)))}
        naming.name_communities(
            workspace,
            notice.id,
            document_number=DEMO_NAMING_NUMBER,
            named_on=DEMO_NAMED_ON,
            password=DEMO_PASSWORD,
            tiers=demonstration,
        )


# Registry first, last year's pilots (named after their public notice), then this year's recommendations
# and the review decisions on them.
DEMO_STEPS.extend([_fill_registry, _history_2021, _publicity_2021, _recommend_communities, _demo_review])
