"""Re-checks: a sample anyone can redraw from its seed, rectification deadlines that run over, and a
revoked community that leaves every figure from its effective day (and not a day before)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest

from greendesk.core.base import clock
from greendesk.core.base.errors import ValidationError
from greendesk.core.progress import figures
from greendesk.core.publicity import naming, notices, rechecks
from greendesk.core.publicity.period import WORKING_DAYS
from greendesk.core.review.vocabulary import REVOKED
from greendesk.core.review.workflow import WorkflowError
from greendesk.core.safety.full_check import check_workspace
from greendesk.core.workspace import Workspace
from tests.accounts_support import TEST_PASSWORD
from tests.package_fixtures import YEAR


@pytest.fixture
def named(reviewed: Workspace) -> Iterator[tuple[Workspace, list[str]]]:
    previous = clock.frozen()
    clock.freeze(datetime(2022, 9, 28, 9, 0))
    notice = notices.create_notice(reviewed, year=YEAR, start=date(2022, 9, 28), days=7, kind=WORKING_DAYS)
    clock.freeze(datetime(2022, 10, 12, 9, 0))
    notices.close_notice(reviewed, notice.id)
    record = naming.name_communities(
        reviewed,
        notice.id,
        document_number="朝建发〔2022〕12号",
        named_on=date(2022, 10, 20),
        password=TEST_PASSWORD,
    )
    clock.freeze(datetime(2023, 6, 1, 9, 0))
    try:
        yield reviewed, [c.code for c in record.communities]
    finally:
        clock.freeze(previous)


def test_the_sample_is_reproducible_from_its_seed(named: tuple[Workspace, list[str]]) -> None:
    workspace, codes = named
    plan = rechecks.plan_recheck(workspace, 2023, 1, seed="2023-复核")
    assert plan.population == tuple(sorted(codes))
    assert plan.sample == tuple(rechecks.draw(list(codes), 1, "2023-复核"))
    assert rechecks.plan_recheck(workspace, 2023, 1, seed="2023-复核").sample == plan.sample
    with pytest.raises(ValidationError):
        rechecks.plan_recheck(workspace, 2022, 1)  # nobody was named before 2022


def test_a_rectification_past_its_deadline_is_overdue(named: tuple[Workspace, list[str]]) -> None:
    workspace, codes = named
    rechecks.record_recheck(workspace, codes[0], rechecks.RECTIFY, deadline=date(2023, 7, 1), note="台账缺失")
    rechecks.record_recheck(workspace, codes[1], rechecks.KEPT)
    on_time = {r.code: r.overdue for r in rechecks.rechecks(workspace, today=date(2023, 7, 1))}
    late = {r.code: r.overdue for r in rechecks.rechecks(workspace, today=date(2023, 7, 2))}
    assert on_time == {codes[0]: False, codes[1]: False}
    assert late == {codes[0]: True, codes[1]: False}
    with pytest.raises(ValidationError):
        rechecks.record_recheck(workspace, codes[0], rechecks.RECTIFY)  # no deadline


def test_a_revoked_community_leaves_the_figures_from_its_day(named: tuple[Workspace, list[str]]) -> None:
    workspace, codes = named
    before = figures.compute(workspace, YEAR, datetime(2023, 6, 1, 8, 0)).passed
    rechecks.record_recheck(
        workspace, codes[0], REVOKED, effective_on=date(2023, 7, 1), note="复核不合格", password=TEST_PASSWORD
    )
    assert figures.compute(workspace, YEAR, datetime(2023, 6, 30, 23, 59)).passed == before
    after = figures.compute(workspace, YEAR, datetime(2023, 7, 1, 0, 0))
    assert after.passed == before - 1
    assert codes[0] not in {c.code for c in after.passed_communities}
    assert after.by_status[REVOKED] == 1
    with pytest.raises(ValidationError):
        rechecks.record_recheck(workspace, codes[0], REVOKED, password=TEST_PASSWORD)  # revoked already
    from greendesk.core.review import commands

    with pytest.raises(WorkflowError):
        commands.unlock(workspace, codes[0], "再审", TEST_PASSWORD)
    with pytest.raises(ValidationError):
        rechecks.record_recheck(workspace, codes[1], rechecks.KEPT, effective_on=date(2023, 5, 1))
    assert check_workspace(workspace.data_dir, verify_hashes=False).ok


def test_a_package_lists_what_its_figures_count_until_the_revocation_takes_effect(
    named: tuple[Workspace, list[str]], tmp_path
) -> None:
    """Revoked on 1 June with effect from 1 July: a package of 15 June still lists and counts it; one of
    2 July neither lists nor counts it."""
    from greendesk.core.package.data import read_package_data
    from greendesk.core.package.export import export_package

    workspace, codes = named
    rechecks.record_recheck(
        workspace, codes[0], REVOKED, effective_on=date(2023, 7, 1), note="复核不合格", password=TEST_PASSWORD
    )
    documents = []
    for day in (datetime(2023, 6, 15, 9, 0), datetime(2023, 7, 2, 9, 0)):
        clock.freeze(day)
        documents.append(
            read_package_data(export_package(workspace, YEAR, tmp_path / f"{day:%m%d}.zip").path)
        )
    before, after = documents
    listed_before = {entry["code"] for entry in before["communities"]}
    listed_after = {entry["code"] for entry in after["communities"]}
    assert codes[0] in listed_before and codes[0] not in listed_after
    assert listed_before - listed_after == {codes[0]}
    assert before["figures"]["passed"] == after["figures"]["passed"] + 1


def test_the_history_tells_the_notice_the_naming_and_the_revocation_with_its_note(
    named: tuple[Workspace, list[str]],
) -> None:
    from greendesk.core.review import history_text

    workspace, codes = named
    rechecks.record_recheck(workspace, codes[1], rechecks.KEPT, note="台账齐全")
    rechecks.record_recheck(
        workspace, codes[0], REVOKED, effective_on=date(2023, 7, 1), note="复核不合格", password=TEST_PASSWORD
    )
    english = [line.text for line in history_text.lines(workspace, codes[0], language="en")]
    assert any("listed in public notice" in text and "2022-09-28 to 2022-10-11" in text for text in english)
    assert any("named “Meets requirements” by 朝建发〔2022〕12号 of 2022-10-20" in t for t in english)
    recheck = [text for text in english if "re-checked" in text]
    assert len(recheck) == 1 and "revoked (撤销)" in recheck[0] and "复核不合格" in recheck[0]
    assert "effective 2023-07-01" in recheck[0]
    assert any("“Name revoked”" in text and "from 2023-07-01" in text for text in english), english
    chinese = [line.text for line in history_text.lines(workspace, codes[0], language="zh_CN")]
    assert any("复核不合格" in text and "撤销" in text for text in chinese)
    assert not any("台账齐全" in text for text in english)  # another community's re-check
    assert all(
        text.split("〉 ", 1)[1] != line.action
        for text, line in zip(english, history_text.lines(workspace, codes[0], language="en"), strict=True)
    )  # every entry has a sentence, none falls back to its action name
