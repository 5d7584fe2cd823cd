"""Recommendation workbook import (600 rows, no photos) against python-calamine reading the same file.

Used by run.py (``--only excel``); not collected by pytest.
"""

from __future__ import annotations

import shutil
from pathlib import Path


def bench_excel_import(work: Path) -> list:
    """Recommendation workbook import (600 rows, no photos) vs python-calamine reading the same file.

    Two rows: the analysis (read, recognise, match: what the preview needs) against calamine's
    read, and the whole import into a fresh, open workspace (600 recommendations, 9,600
    self-assessments, audit entries) against calamine's read plus the same rows written with
    plain ``sqlite3`` executemany in one transaction: the least any importer has to do.
    """
    import random
    import sqlite3

    from python_calamine import CalamineWorkbook

    from greendesk.core.demo.synthetic import CommunityFigures, write_street_package
    from greendesk.core.intake.analysis import analyse_package
    from greendesk.core.intake.apply import apply_import
    from greendesk.core.registry import roster
    from greendesk.core.workspace import Workspace
    from tests.benchmarks.run import PeakMemory, Result, _signed_in, paired_median_times

    repeat = 25  # pairs; the median of many short runs is steady on a busy machine
    template = Workspace.create(work / "excel-template", "110105", admin="bench", password="bench-pass-1")
    roster.load_official(template)
    communities = roster.list_communities(template)[:600]
    template.close()
    figures = [CommunityFigures(c.code, c.name, 1000, 400) for c in communities]
    package = write_street_package(
        work / "excel-package",
        "朝阳区",
        figures,
        random.Random(3),
        2022,
        list(range(1, 17)),
        photos_per_community=0,
    )
    workbook = next(package.glob("*.xls*"))

    def copy(name: str) -> Path:
        folder = work / name
        shutil.copytree(work / "excel-template", folder)
        return folder

    # Fresh copies are made and opened before timing: only the import itself is measured.
    workspaces = [_signed_in(Workspace.open(copy(f"excel-ws-{i}"))) for i in range(repeat)]
    analysis_workspace = _signed_in(Workspace.open(copy("excel-ws-analysis")))
    plan = analyse_package(analysis_workspace, workbook, 2022, 1)
    raw_rows = _raw_import_rows(plan)
    raw_connections = []
    for i in range(repeat):
        connection = sqlite3.connect(copy(f"excel-raw-{i}") / "greendesk.sqlite3", isolation_level=None)
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("PRAGMA synchronous = FULL")
        raw_connections.append(connection)

    def read(_index: int = 0) -> None:
        book = CalamineWorkbook.from_path(str(workbook))
        for name in book.sheet_names:
            book.get_sheet_by_name(name).to_python()

    def analyse(_index: int) -> None:
        analyse_package(analysis_workspace, workbook, 2022, 1)

    def full_import(index: int) -> None:
        workspace = workspaces[index]
        apply_import(workspace, analyse_package(workspace, workbook, 2022, 1))

    def read_and_write_raw(index: int) -> None:
        read()
        _write_raw(raw_connections[index], raw_rows)

    analysis, base = paired_median_times(analyse, read, repeat)
    with PeakMemory() as memory:
        whole, floor = paired_median_times(full_import, read_and_write_raw, repeat)
    for workspace in [*workspaces, analysis_workspace]:
        workspace.close()
    for connection in raw_connections:
        connection.close()
    return [
        Result(
            f"workbook analysis ({len(figures)} rows)",
            "ms",
            analysis * 1000,
            "python-calamine read of the same file",
            base * 1000,
            "≤ 3x",
            analysis / base <= 3,
        ),
        Result(
            f"workbook import incl. database ({len(figures)} rows)",
            "ms",
            whole * 1000,
            "calamine read + the same rows written with plain sqlite3",
            floor * 1000,
            "≤ 3x",
            whole / floor <= 3,
            memory.growth,
            note=f"{whole / base:.1f}x calamine's read alone",
        ),
    ]


def _raw_import_rows(plan) -> dict[str, list[tuple]]:
    """The rows an import of ``plan`` writes, as plain tuples (no ORM, no hashing)."""
    now = "2026-01-01 00:00:00.000000"
    rows: dict[str, list[tuple]] = {"recommendation": [], "self_assessment": [], "audit_entry": []}
    for number, row in enumerate(plan.rows, start=1):
        community = row.match.community
        rows["recommendation"].append(
            (number, community.id, plan.year, plan.batch, plan.standard_id, plan.standard_sha256,
             "recommended", 1, row.households, row.households_managed, row.coverage_reported,
             row.contact, row.note, None, "2026-01-01", now, now, "", 0)
        )  # fmt: skip
        rows["self_assessment"].extend(
            (number, item, claim, row.claim_notes.get(item, "")) for item, claim in sorted(row.claims.items())
        )
        rows["audit_entry"].append(
            (now, "bench", "review.recommend", "recommendation", community.code, "null",
             f'{{"households": {row.households}}}', f"{number - 1:064d}", f"{number:064d}")
        )  # fmt: skip
    return rows


def _write_raw(connection, rows: dict[str, list[tuple]]) -> None:
    connection.execute("BEGIN")
    connection.executemany(
        "INSERT INTO recommendation (id, community_id, year, batch, standard_id, standard_sha256, status, "
        "current_round, households, households_managed, coverage_reported, contact, note, import_batch_id, "
        "recommended_on, created_at, updated_at, signed_off_by, locked) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows["recommendation"],
    )
    connection.executemany(
        "INSERT INTO self_assessment (recommendation_id, item_number, claim, note) VALUES (?, ?, ?, ?)",
        rows["self_assessment"],
    )
    connection.executemany(
        'INSERT INTO audit_entry (at, "user", action, entity, entity_key, old_json, new_json, prev_hash, hash) '
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows["audit_entry"],
    )
    connection.execute("COMMIT")
