"""Demo content for the review: a mix of signed-off, returned (now in round 2), in-progress and
untouched recommendations, with a few generated evidence photos so the review screen has something
to show. Works on recommendations an earlier demo step created, or recommends some itself.
"""

from __future__ import annotations

import io
import random
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

from PIL import Image, ImageDraw
from sqlalchemy import func, select

from greendesk.core import accounts
from greendesk.core.base import clock
from greendesk.core.base.errors import GreenDeskError
from greendesk.core.demo.synthetic import DISTRICT_SEATS
from greendesk.core.identity import Actor
from greendesk.core.review import commands, recommendations, views
from greendesk.core.review.vocabulary import APPROVER, FAIL, MORE, PASS, RECOMMENDED, REVIEWER
from greendesk.core.storage.models import Community, Decision, Evidence, Recommendation, Street
from greendesk.core.workspace import Workspace

DEMO_YEAR = 2022
DEMO_ADMIN = "admin"
DEMO_APPROVER = "approver"
DEMO_REVIEWER = "reviewer"
DEMO_PASSWORD = "demo-pass-1"  # a demo workspace holds no real data; the README and `demo` print it
OWN_RECOMMENDATIONS = 12
CHAOYANG_CENTRE = (39.9219, 116.4436)  # for a district GreenDesk knows no seat of

FAIL_COMMENTS = {
    5: "垃圾分类投放站仅覆盖 6 个小区中的 4 个",
    7: "公共活动空间照片未体现设施情况",
    9: "未提供近一年社区环境整治记录",
    13: "绿色生活宣传活动记录不完整",
    15: "未见社区绿色公约张贴或发放记录",
}
PASS_COMMENTS = {1: "议事会纪要齐全", 4: "现场核实基础设施完好", 8: "已安装高空抛物监测", 12: ""}


def ensure_demo_accounts(workspace: Workspace) -> None:
    """The demo's reviewer (李明) and approver (王芳), created by the signed-in administrator."""
    existing = {account.username for account in accounts.list_users(workspace)}
    if DEMO_APPROVER not in existing:
        accounts.create_user(workspace, DEMO_APPROVER, [APPROVER], DEMO_PASSWORD, display_name="王芳")
    if DEMO_REVIEWER not in existing:
        accounts.create_user(workspace, DEMO_REVIEWER, [REVIEWER], DEMO_PASSWORD, display_name="李明")


# Per workspace handle, the demo accounts already signed in once while the demo is built: a later
# step by the same account goes on with that proof instead of a second password check (scrypt).
_SIGNED_IN: weakref.WeakKeyDictionary[Workspace, dict[str, Actor]] = weakref.WeakKeyDictionary()


@contextmanager
def signed_in_as(workspace: Workspace, username: str) -> Iterator[None]:
    """Do a demo step as one of the demo accounts, then hand the workspace back to whoever had it."""
    previous = workspace.actor
    known = _SIGNED_IN.setdefault(workspace, {})
    if username in known:
        workspace.actor = known[username]  # every action still re-reads the account (accounts.require)
    else:
        known[username] = accounts.sign_in(workspace, username, DEMO_PASSWORD)
    try:
        yield
    finally:
        workspace.actor = previous


def _recommend_some(workspace: Workspace, rng: random.Random) -> None:
    with workspace.sessions() as session:
        rows = session.execute(
            select(Community.code, Community.households, Street.code)
            .join(Street, Community.street_id == Street.id)
            .where(Community.in_scope.is_(True))
            .order_by(Community.code)
        ).all()
    if not rows:
        return
    by_street: dict[str, list[tuple[str, int | None]]] = {}
    for code, households, street in rows:
        by_street.setdefault(street, []).append((code, households))
    streets = sorted(by_street)
    chosen: list[tuple[str, int | None]] = []
    for street in rng.sample(streets, min(len(streets), OWN_RECOMMENDATIONS // 2)):
        chosen += rng.sample(by_street[street], min(2, len(by_street[street])))
    for code, households in chosen[:OWN_RECOMMENDATIONS]:
        total = households or rng.randint(900, 4800)
        managed = int(total * rng.choice([rng.uniform(0.2, 0.29), rng.uniform(0.35, 0.95)]))
        claims = {n: ("符合", "") for n in range(1, 17)}
        claims[rng.randint(1, 16)] = ("基本符合", "部分材料整理中")
        recommendations.create_recommendation(
            workspace, code, DEMO_YEAR, households=total, households_managed=managed, self_assessment=claims
        )


def _photo(rng: random.Random, label: str, when: datetime | None, where: tuple[float, float] | None) -> bytes:
    colour = (rng.randint(60, 140), rng.randint(120, 200), rng.randint(60, 140))
    image = Image.new("RGB", (800, 600), colour)
    draw = ImageDraw.Draw(image)
    for _ in range(6):
        x, y = rng.randint(0, 700), rng.randint(0, 500)
        draw.rectangle(
            (x, y, x + rng.randint(40, 200), y + rng.randint(30, 150)), fill=(colour[0] // 2, 90, 60)
        )
    draw.text((20, 20), label, fill=(255, 255, 255))
    exif = Image.Exif()
    if when is not None:
        exif[0x0132] = when.strftime("%Y:%m:%d %H:%M:%S")
    if where is not None:

        def dms(value: float) -> tuple[float, float, float]:
            degrees = int(value)
            minutes = (value - degrees) * 60
            return (float(degrees), float(int(minutes)), round((minutes - int(minutes)) * 60, 3))

        exif[0x8825] = {1: "N", 2: dms(where[0]), 3: "E", 4: dms(where[1])}
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=80, **({"exif": exif} if len(exif) else {}))
    return buffer.getvalue()


def _add_photos(workspace: Workspace, rng: random.Random, code: str, year: int) -> None:
    """A few photos per item near one spot, with one photo of each kind the trust checks flag."""
    seat = DISTRICT_SEATS.get(workspace.district.code, CHAOYANG_CENTRE)
    centre = (seat[0] + rng.uniform(-0.05, 0.05), seat[1] + rng.uniform(-0.05, 0.05))
    start = datetime(DEMO_YEAR, 4, 1, 9, 0, 0)
    for item in range(1, 17):
        for index in range(rng.randint(1, 3)):
            when = start + timedelta(days=rng.randint(0, 150), minutes=rng.randint(0, 600))
            where = (centre[0] + rng.uniform(-0.003, 0.003), centre[1] + rng.uniform(-0.003, 0.003))
            if item == 4 and index == 0:
                when = datetime(DEMO_YEAR - 3, 6, 1, 10, 0, 0)  # outside the creation period
            if item == 10 and index == 0:
                where = (centre[0] + 0.2, centre[1])  # about 22 km away
            if item == 14 and index == 0:
                when, where = None, None  # no EXIF at all
            data = _photo(rng, f"{code} item {item} #{index + 1}", when, where)
            commands.attach_photo(workspace, code, item, data, f"第{item}条-{index + 1}.jpg", year=year)


def _decide_round(workspace: Workspace, code: str, year: int, failing: set[int], more: set[int]) -> None:
    view = views.show(workspace, code, year)
    choices: list[tuple[int, str, str]] = []
    for item in view.items:
        if item.outcome is not None and item.carried:
            continue
        if item.number in failing or item.rule_ok is False:
            outcome, comment = FAIL, FAIL_COMMENTS.get(item.number, "不符合创建标准要求")
            if item.rule_ok is False:
                comment = f"物业管理覆盖率 {item.measured_value:g}%，低于 30%"
        elif item.number in more:
            outcome, comment = MORE, "请补充现场照片和工作记录"
        else:
            outcome, comment = PASS, PASS_COMMENTS.get(item.number, "")
        choices.append((item.number, outcome, comment))
    commands.decide_many(workspace, code, choices, year, read_back=False)  # one sitting: one action


def review_demo_recommendations(workspace: Workspace, rng: random.Random, with_photos_max: int = 6) -> None:
    with workspace.sessions() as session:
        existing = session.scalar(select(func.count(Recommendation.id)))
    if not existing:
        _recommend_some(workspace, rng)
    with workspace.sessions() as session:
        decided_ids = set(session.scalars(select(Decision.recommendation_id).distinct()))
        candidates = [
            (rec_id, code, year)
            for rec_id, code, year in session.execute(
                select(Recommendation.id, Community.code, Recommendation.year)
                .join(Community, Recommendation.community_id == Community.id)
                .where(Recommendation.status == RECOMMENDED)
                .order_by(Recommendation.year, Community.code)
            )
            if rec_id not in decided_ids
        ]
        with_photos = set(session.scalars(select(Evidence.recommendation_id).distinct()))
    if not candidates:
        return
    ensure_demo_accounts(workspace)
    start, previous_clock = clock.now(), clock.frozen()
    to_sign: list[tuple[str, int]] = []
    try:
        with signed_in_as(workspace, DEMO_REVIEWER):
            for index, (rec_id, code, year) in enumerate(candidates):
                # Reviews spread over the season (about one community every three days), not all at once.
                clock.freeze(start + timedelta(days=3 * index, hours=index % 6))
                share = index / len(candidates)
                if rec_id not in with_photos and index % 2 == 0 and index // 2 < with_photos_max:
                    _add_photos(workspace, rng, code, year)
                try:
                    if share < 0.35:  # passed and signed off (unless item 12 fails: then failed)
                        _decide_round(workspace, code, year, set(), set())
                        if commands.finish_round(workspace, code, year) == "passed":
                            to_sign.append((code, year))
                    elif share < 0.6:  # returned for rework; later ones resubmitted and in round 2
                        failing = set(rng.sample(sorted(FAIL_COMMENTS), 2))
                        _decide_round(workspace, code, year, failing, {rng.choice([2, 3, 6])})
                        commands.return_for_rework(workspace, code, year)
                        if share >= 0.45:
                            commands.resubmit(workspace, code, year)
                        if share >= 0.55:
                            commands.decide(workspace, code, min(failing), PASS, "整改后已全覆盖", year)
                    elif share < 0.8:  # under review: part of the items decided
                        view = views.show(workspace, code, year)
                        partial = [
                            (item.number, FAIL, f"物业管理覆盖率 {item.measured_value:g}%，低于 30%")
                            if item.rule_ok is False
                            else (item.number, PASS, PASS_COMMENTS.get(item.number, ""))
                            for item in view.items[: rng.randint(3, 12)]
                        ]
                        commands.decide_many(workspace, code, partial, year, read_back=False)
                    # the rest stays untouched (recommended)
                except GreenDeskError:
                    continue  # a recommendation another step left in an unusual state keeps what it has
        with signed_in_as(workspace, DEMO_APPROVER):  # one sitting: the password re-entered once
            for problem in commands.sign_off_many(workspace, to_sign, DEMO_PASSWORD):
                if problem is not None:
                    raise problem
    finally:
        clock.freeze(previous_clock)
