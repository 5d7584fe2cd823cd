"""A small district built for the progress tests: every figure can be counted by hand.

Streets (target 2022: 60 %, pilots minimum 2):
- 110105001 建外街道: A1-A4, all in scope.
- 110105002 朝外街道: B1, B2 in scope; B3 out of scope (its passed recommendation must not count).
- 110105003 呼家楼街道: C1, C2, no recommendation at all.

Recommendations:
- A1 2021 signed off (updated 2021-11-20, signed off 2021-11-05 -> passed 2021-11-05).
- A2 2022 failed round 1, resubmitted, passed in round 2 on 2022-08-15.
- A3 2021 failed; recommended again in 2022, signed off 2022-09-20 (updated 2022-09-25).
- A4 2022 under review; B1 2022 returned; B2 2022 recommended (not opened).
- B3 2022 passed 2022-07-01, but B3 is out of scope.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl

from greendesk.core.registry import roster
from greendesk.core.review import vocabulary
from greendesk.core.storage.models import Community, Decision, Recommendation
from greendesk.core.workspace import Workspace

AS_OF = date(2022, 9, 30)


def _registry_file(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["统计用区划代码", "社区名称", "所属街道", "户数", "物业管理覆盖率", "纳入创建范围"])
    rows = [
        ("110105001001", "南郎家园社区居委会", "建外街道", "是"),
        ("110105001002", "北郎家园社区居委会", "建外街道", "是"),
        ("110105001003", "永安里社区居委会", "建外街道", "是"),
        ("110105001004", "建国里社区居委会", "建外街道", "是"),
        ("110105002001", "吉祥里社区居委会", "朝外街道", "是"),
        ("110105002002", "芳草地社区居委会", "朝外街道", "是"),
        ("110105002003", "新建小区社区居委会", "朝外街道", "否"),
        ("110105003001", "关东店社区居委会", "呼家楼街道", "是"),
        ("110105003002", "呼家楼北社区居委会", "呼家楼街道", "是"),
    ]
    for code, name, street, in_scope in rows:
        sheet.append([code, name, street, 2000, 0.5, in_scope])
    book.save(path)
    return path


def _rec(session, community: Community, year: int, state: str, updated: datetime, **extra) -> Recommendation:
    rec = Recommendation(
        community_id=community.id,
        year=year,
        standard_id="national-2020-trial",
        status=state,
        created_at=datetime(year, 3, 1, 9, 0),
        updated_at=updated,
        **extra,
    )
    session.add(rec)
    session.flush()
    return rec


def _decide(session, rec: Recommendation, round_: int, item: int, outcome: str, at: datetime) -> None:
    session.add(
        Decision(
            recommendation_id=rec.id,
            round=round_,
            item_number=item,
            outcome=outcome,
            decided_by="reviewer",
            decided_at=at,
        )
    )


def build_world(workspace: Workspace, folder: Path) -> Workspace:
    roster.load_workbook(workspace, _registry_file(folder / "registry.xlsx"))
    with workspace.transaction() as session:
        by_code = {c.code: c for c in session.query(Community)}
        a1, a2, a3, a4 = (by_code[f"11010500100{i}"] for i in range(1, 5))
        b1, b2, b3 = (by_code[f"11010500200{i}"] for i in range(1, 4))
        _rec(
            session,
            a1,
            2021,
            vocabulary.SIGNED_OFF,
            datetime(2021, 11, 20, 10, 0),
            signed_off_at=datetime(2021, 11, 5, 16, 0),
            signed_off_by="approver",
            locked=True,
        )
        rec_a2 = _rec(session, a2, 2022, vocabulary.PASSED, datetime(2022, 8, 15, 11, 0), current_round=2)
        _decide(session, rec_a2, 1, 1, vocabulary.FAIL, datetime(2022, 5, 10, 9, 0))
        _decide(session, rec_a2, 1, 2, vocabulary.PASS, datetime(2022, 5, 10, 9, 5))
        _decide(session, rec_a2, 2, 1, vocabulary.PASS, datetime(2022, 8, 15, 9, 0))
        _decide(session, rec_a2, 2, 2, vocabulary.PASS, datetime(2022, 8, 15, 9, 1))
        _decide(session, rec_a2, 2, 3, vocabulary.MORE, datetime(2022, 8, 1, 9, 0))
        _decide(session, rec_a2, 2, 3, vocabulary.PASS, datetime(2022, 8, 15, 9, 2))
        _rec(session, a3, 2021, vocabulary.FAILED, datetime(2021, 10, 1, 10, 0))
        _rec(
            session,
            a3,
            2022,
            vocabulary.SIGNED_OFF,
            datetime(2022, 9, 25, 10, 0),
            signed_off_at=datetime(2022, 9, 20, 15, 0),
        )
        rec_a4 = _rec(session, a4, 2022, vocabulary.UNDER_REVIEW, datetime(2022, 9, 1, 10, 0))
        _decide(session, rec_a4, 1, 1, vocabulary.FAIL, datetime(2022, 9, 1, 9, 0))
        _decide(session, rec_a4, 1, 5, vocabulary.MORE, datetime(2022, 9, 1, 9, 1))
        rec_b1 = _rec(session, b1, 2022, vocabulary.RETURNED, datetime(2022, 6, 1, 10, 0))
        _decide(session, rec_b1, 1, 12, vocabulary.FAIL, datetime(2022, 6, 1, 9, 0))
        _decide(session, rec_b1, 1, 1, vocabulary.PASS, datetime(2022, 6, 1, 9, 1))
        _rec(session, b2, 2022, vocabulary.RECOMMENDED, datetime(2022, 3, 1, 9, 0))
        rec_b3 = _rec(session, b3, 2022, vocabulary.PASSED, datetime(2022, 7, 1, 10, 0))
        _decide(session, rec_b3, 1, 7, vocabulary.FAIL, datetime(2022, 6, 20, 9, 0))
    return workspace


def populate_district(workspace: Workspace, seed: int = 7) -> None:
    """A realistic spread over a loaded registry (screenshots, GUI tests): 2021 and 2022 recommendations."""
    import random

    rng = random.Random(seed)
    with workspace.transaction() as session:
        communities = session.query(Community).order_by(Community.code).all()
        by_street: dict[int, list[Community]] = {}
        for community in communities:
            by_street.setdefault(community.street_id, []).append(community)
        for _street_id, members in sorted(by_street.items()):
            if rng.random() < 0.15:
                continue  # some streets have recommended nobody yet
            chosen = rng.sample(members, k=min(len(members), rng.randint(1, 9)))
            for community in chosen:
                year = 2021 if rng.random() < 0.35 else 2022
                state = rng.choices(
                    [
                        vocabulary.SIGNED_OFF,
                        vocabulary.PASSED,
                        vocabulary.UNDER_REVIEW,
                        vocabulary.RETURNED,
                        vocabulary.RESUBMITTED,
                        vocabulary.RECOMMENDED,
                        vocabulary.FAILED,
                    ],
                    weights=[5, 3, 3, 2, 1, 2, 1] if year == 2022 else [8, 0, 0, 0, 0, 0, 2],
                )[0]
                updated = datetime(year, rng.randint(4, 11), rng.randint(1, 28), 10, 0)
                rec = _rec(
                    session,
                    community,
                    year,
                    state,
                    updated,
                    signed_off_at=updated if state == vocabulary.SIGNED_OFF else None,
                    current_round=2 if state == vocabulary.RESUBMITTED else 1,
                )
                if state == vocabulary.RECOMMENDED:
                    continue
                for item in range(1, 17):
                    outcome = rng.choices(
                        [vocabulary.PASS, vocabulary.FAIL, vocabulary.MORE],
                        weights=[12, 1 + (item == 12) * 3, 1],
                    )[0]
                    if state in (vocabulary.PASSED, vocabulary.SIGNED_OFF):
                        outcome = vocabulary.PASS
                    _decide(session, rec, rec.current_round, item, outcome, updated)
