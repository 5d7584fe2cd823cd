"""Which districts reported for the quarter (a quarterly-report package of it; the annual report for
Q4) and which are late (the quarter's deadline passed without one); a city workspace reviews nothing.

Fast: a bare city workspace with package rows written directly (the slow three-district build in
tests/test_city.py covers real packages end to end).
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from greendesk.core.base import clock
from greendesk.core.base.errors import ValidationError
from greendesk.core.city import progress
from greendesk.core.city.detail import district_detail
from greendesk.core.package.bag import ANNUAL_REPORT, APPLICATION, QUARTERLY_REPORT
from greendesk.core.progress import targets
from greendesk.core.review import commands, notes
from greendesk.core.storage.models_city import CityCommunity, CityPackage
from greendesk.core.workspace import Workspace

YEAR = 2022
_counter = iter(range(1, 1000))


def _package(session, code: str, kind: str, as_of: datetime, quarter: int | None = None, passed: int = 0):
    period = {QUARTERLY_REPORT: f"{YEAR}-Q{quarter}", APPLICATION: f"{YEAR}-B1"}.get(kind, str(YEAR))
    number = next(_counter)
    figures = {"in_scope_total": 100, "passed": passed, "streets": [{"recommended": 10}]}
    row = CityPackage(
        district_code=code,
        kind=kind,
        year=YEAR,
        quarter=quarter,
        period=period,
        as_of=as_of,
        fingerprint="f" * 64,
        sha256=f"{number:064d}",
        external_identifier=f"package-{number}",
        imported_at=as_of,
        imported_by="commission",
        data_json=json.dumps({"figures": figures, "communities": []}),
    )
    session.add(row)
    session.flush()
    return row


@pytest.fixture()
def city(tmp_path: Path) -> Workspace:
    workspace = Workspace.create(tmp_path / "beijing", "110000", admin="commission", password="city-pass-1")
    yield workspace
    workspace.close()


def _due(workspace: Workspace, period: str) -> date:
    with workspace.snapshot() as session:
        return dict(targets.read_targets(session).target(YEAR).quarterly_deadlines())[period]


def test_only_a_quarterly_report_of_the_quarter_counts_and_late_follows_its_deadline(city: Workspace) -> None:
    with city.transaction() as session:
        _package(session, "110101", QUARTERLY_REPORT, datetime(2022, 10, 1, 9), quarter=3)
        _package(
            session, "110102", QUARTERLY_REPORT, datetime(2022, 7, 1, 9), quarter=2
        )  # the last quarter's
        _package(session, "110105", APPLICATION, datetime(2022, 10, 3, 9))  # newer, but no quarterly report
    due = _due(city, "2022Q3")
    before = progress.city_progress(city, YEAR, datetime.combine(due, datetime.min.time()))
    assert before.quarter == "2022Q3" and before.quarter_due == due
    assert before.reported == ["110101"] and before.late == []
    after = progress.city_progress(city, YEAR, datetime.combine(due + timedelta(days=1), datetime.min.time()))
    rows = {row.code: row.quarter_status for row in after.districts}
    assert after.reported == ["110101"]
    assert rows["110102"] == rows["110105"] == progress.LATE and "110105" in after.late
    assert len(after.late) == len(after.districts) - 1


def test_the_annual_report_counts_for_the_fourth_quarter(city: Workspace) -> None:
    with city.transaction() as session:
        _package(session, "110101", ANNUAL_REPORT, datetime(2023, 1, 2, 9))
        _package(session, "110102", QUARTERLY_REPORT, datetime(2022, 10, 1, 9), quarter=3)
    result = progress.city_progress(city, YEAR, datetime(2023, 2, 20, 9))
    assert result.quarter == "2022Q4"
    assert result.reported == ["110101"] and "110102" in result.late


def test_drill_down_shows_the_newest_package_of_any_kind(city: Workspace) -> None:
    with city.transaction() as session:
        report = _package(session, "110101", QUARTERLY_REPORT, datetime(2022, 10, 1, 9), quarter=3, passed=7)
        _package(session, "110101", APPLICATION, datetime(2022, 9, 1, 9), passed=5)
        for number, status in enumerate(("signed_off", "reviewing", "recommended")):
            session.add(
                CityCommunity(
                    package_id=report.id,
                    district_code="110101",
                    code=f"110101001{number:03d}",
                    name=f"社区{number}",
                    street_code="110101001",
                    street_name="东华门街道",
                    status=status,
                    passed=status == "signed_off",
                )
            )
    shown = district_detail(city, "110101", YEAR, datetime(2022, 10, 20, 9))
    assert (shown.source.kind, shown.source.period) == (QUARTERLY_REPORT, "2022-Q3")
    assert shown.source.as_of == "2022-10-01 09:00:00"
    assert len(shown.communities) == 3 and {c.status for c in shown.communities} >= {"reviewing"}
    assert shown.progress.passed == 7  # the figures of that same package, as the district sent them
    city_total = progress.city_progress(city, YEAR, datetime(2022, 10, 20, 9))
    assert city_total.passed == sum(row.passed for row in city_total.districts) == 7


def test_review_writes_are_refused_on_a_city_workspace(city: Workspace) -> None:
    with pytest.raises(ValidationError, match="city workspace"):
        commands.decide(city, "110101001001", 1, "pass")
    with pytest.raises(ValidationError, match="city workspace"):
        commands.finish_round(city, "110101001001")
    with pytest.raises(ValidationError, match="city workspace"):
        notes.set_note(city, "110101001001", "x")
    assert clock.now()  # nothing else needed: the refusal comes before any read or write
