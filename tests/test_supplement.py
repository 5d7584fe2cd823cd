"""Supplementary packages (files, no workbook), attaching files by hand, and assigning unmatched files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from intake_fixtures import write_zip
from review_support import jpeg, recommend, small_workspace
from sqlalchemy import select

from greendesk.cli import main
from greendesk.core.intake import analysis, apply, placement
from greendesk.core.review import commands
from greendesk.core.review.vocabulary import MORE, PASS, RESUBMITTED
from greendesk.core.storage.models import AuditEntry, Community, Evidence, ImportBatch, Recommendation
from greendesk.core.workspace import Workspace
from tests.accounts_support import TEST_PASSWORD

YEAR = 2022
OPEN, RETURNED, SIGNED = "110105001001", "110105001002", "110105001003"


def _pass_all(workspace: Workspace, code: str, more: tuple[int, ...] = ()) -> None:
    for item in range(1, 17):
        commands.decide(workspace, code, item, MORE if item in more else PASS, "note", year=YEAR)
    commands.finish_round(workspace, code, YEAR)


@pytest.fixture
def ws(data_dir: Path) -> Workspace:
    """Three recommendations of 2022: one open (round 1), one returned and resubmitted (round 2), one signed off."""
    workspace = small_workspace(data_dir)
    for code in (OPEN, RETURNED, SIGNED):
        recommend(workspace, code, YEAR)
    _pass_all(workspace, RETURNED, more=(7,))
    commands.resubmit(workspace, RETURNED, YEAR)
    _pass_all(workspace, SIGNED)
    commands.sign_off(workspace, SIGNED, TEST_PASSWORD, YEAR)
    yield workspace
    workspace.close()


def _evidence(workspace: Workspace) -> set[tuple[str, int, str]]:
    with workspace.sessions() as session:
        rows = session.execute(
            select(Community.code, Evidence.item_number, Evidence.original_name)
            .join(Recommendation, Evidence.recommendation_id == Recommendation.id)
            .join(Community, Recommendation.community_id == Community.id)
        )
        return {(code, item, Path(name).name) for code, item, name in rows}


def _supplement(tmp_path: Path) -> Path:
    return write_zip(
        tmp_path / "建外街道第二轮补充材料.zip",
        {
            f"{OPEN}/第3条/门禁.jpg": jpeg((10, 20, 30)),
            "花园社区/第7条/会议纪要.jpg": jpeg(
                (90, 10, 10)
            ),  # by name; the returned community, now in round 2
            "花园社区/7-公约.jpg": jpeg((30, 20, 10)),
            "松林社区/第5条/a.jpg": jpeg((50, 50, 50)),  # signed off: skipped
            "杂项/说明.jpg": jpeg((70, 70, 70)),  # no community, no item
        },
    )


def test_supplement_attaches_to_existing_recommendations_in_their_round(
    ws: Workspace, tmp_path: Path
) -> None:
    package = _supplement(tmp_path)
    plan = analysis.analyse_package(ws, package, YEAR)
    assert plan.supplement and not plan.errors and plan.rows == []
    assert set(plan.targets) == {OPEN, RETURNED}
    assert plan.targets[RETURNED].round == 2 and plan.targets[OPEN].round == 1
    warnings = [p.render("en") for p in plan.problems if p.kind == "signed_off_skipped"]
    assert len(warnings) == 1 and "松林社区居委会" in warnings[0] and "松林社区/第5条/a.jpg" in warnings[0]
    placed = {p.entry: (p.code, p.item) for p in placement.placements(ws, plan)}
    assert placed == {
        f"{OPEN}/第3条/门禁.jpg": (OPEN, 3),
        "花园社区/第7条/会议纪要.jpg": (RETURNED, 7),
        "花园社区/7-公约.jpg": (RETURNED, 7),
        "松林社区/第5条/a.jpg": ("", 5),
        "杂项/说明.jpg": ("", None),
    }

    result = apply.apply_import(ws, plan)
    expected = {(OPEN, 3, "门禁.jpg"), (RETURNED, 7, "会议纪要.jpg"), (RETURNED, 7, "7-公约.jpg")}
    assert _evidence(ws) == expected  # exactly what the plan said, nothing for the signed-off one
    assert result.photos_attached == 3 and result.rounds == {OPEN: 1, RETURNED: 2}
    assert result.recommendations_created == 0 and result.imported_anything
    with ws.sessions() as session:
        statuses = dict(
            session.execute(
                select(Community.code, Recommendation.status).join(
                    Community, Recommendation.community_id == Community.id
                )
            ).all()
        )
        assert statuses[RETURNED] == RESUBMITTED  # the round goes on; the files are part of round 2
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "intake.import")).one()
        recorded = json.loads(entry.new_json)
        assert recorded["rounds"] == {OPEN: 1, RETURNED: 2} and recorded["supplement"] is True
        assert session.scalar(select(ImportBatch.id)) == result.batch_id


def test_identical_files_are_not_attached_twice(ws: Workspace, tmp_path: Path) -> None:
    first = write_zip(tmp_path / "一.zip", {f"{OPEN}/第3条/门禁.jpg": jpeg((10, 20, 30))})
    apply.apply_import(ws, analysis.analyse_package(ws, first, YEAR))
    again = write_zip(
        tmp_path / "二.zip",
        {f"{OPEN}/03/门禁副本.jpg": jpeg((10, 20, 30)), f"{OPEN}/4/b.jpg": jpeg((1, 2, 3))},
    )
    result = apply.apply_import(ws, analysis.analyse_package(ws, again, YEAR))
    assert result.photos_attached == 1
    assert _evidence(ws) == {(OPEN, 3, "门禁.jpg"), (OPEN, 4, "b.jpg")}


def test_files_for_an_unrecommended_community_are_reported(data_dir: Path, tmp_path: Path) -> None:
    workspace = small_workspace(data_dir)
    recommend(workspace, OPEN, YEAR)
    package = tmp_path / "folder"
    (package / "花园社区" / "第2条").mkdir(parents=True)
    (package / "花园社区" / "第2条" / "x.jpg").write_bytes(jpeg())
    (package / "绿园社区" / "第2条").mkdir(parents=True)
    (package / "绿园社区" / "第2条" / "y.jpg").write_bytes(jpeg((9, 9, 9)))
    plan = analysis.analyse_package(workspace, package, YEAR)
    reported = [p.render("en") for p in plan.problems if p.kind == "not_recommended"]
    assert len(reported) == 1 and "花园社区居委会" in reported[0] and "x.jpg" in reported[0]
    apply.apply_import(workspace, plan)
    assert _evidence(workspace) == {(OPEN, 2, "y.jpg")}
    workspace.close()


def test_dry_run_plan_is_what_the_import_does(ws: Workspace, tmp_path: Path, capsys) -> None:
    package = _supplement(tmp_path)
    folder = str(ws.data_dir)
    ws.close()
    args = ["--data-dir", folder, "import", str(package), "--year", str(YEAR), "--json"]
    assert main([*args, "--dry-run"]) == 0
    dry = json.loads(capsys.readouterr().out)
    assert main(args) == 0
    real = json.loads(capsys.readouterr().out)
    outcome = ("result", "would_record")
    assert {k: v for k, v in dry.items() if k not in outcome} == {
        k: v for k, v in real.items() if k not in outcome
    }
    assert dry["would_record"] and real["would_record"] is None
    planned = {(p["code"], p["item"], Path(p["entry"]).name) for p in dry["placements"] if p["code"]}
    workspace = Workspace.open(Path(folder))
    assert _evidence(workspace) == planned and len(planned) == real["result"]["photos_attached"] == 3
    workspace.close()


def test_cli_import_assigns_unmatched_files(ws: Workspace, tmp_path: Path, capsys) -> None:
    package = _supplement(tmp_path)
    folder = str(ws.data_dir)
    ws.close()
    base = ["--data-dir", folder, "import", str(package), "--year", str(YEAR)]
    assert main([*base, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "杂项/说明.jpg" in out and "PATH=CODE:ITEM" in out and "round 2" in out
    assert main([*base, "--assign", f"杂项/说明.jpg={OPEN}:9"]) == 0
    mapping = tmp_path / "map.csv"
    mapping.write_text(f"path,code,item\n杂项/说明.jpg,{SIGNED},1\n", encoding="utf-8")
    assert main([*base, "--batch", "2", "--assign-file", str(mapping)]) == 2  # signed off: not offered
    assert SIGNED in capsys.readouterr().err
    assert main([*base, "--batch", "2", "--assign", "nope.jpg=110105001001:9"]) == 2
    assert "nope.jpg" in capsys.readouterr().err
    workspace = Workspace.open(Path(folder))
    assert (OPEN, 9, "说明.jpg") in _evidence(workspace)
    workspace.close()


def test_attach_evidence_core_and_cli(ws: Workspace, tmp_path: Path, capsys) -> None:
    photo, document = tmp_path / "门禁.jpg", tmp_path / "纪要.jpg"
    photo.write_bytes(jpeg((5, 6, 7)))
    document.write_bytes(jpeg((7, 6, 5)))
    attached = commands.attach_evidence(ws, RETURNED, YEAR, 7, [photo, document, photo])
    assert [new for _name, _sha, new in attached] == [True, True, False]
    assert _evidence(ws) == {(RETURNED, 7, "门禁.jpg"), (RETURNED, 7, "纪要.jpg")}
    with ws.sessions() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "review.attach_evidence")).one()
        assert json.loads(entry.new_json)["round"] == 2
    folder = str(ws.data_dir)
    ws.close()
    run = ["--data-dir", folder, "review", "attach"]
    assert main([*run, OPEN, "3", str(photo), "--year", str(YEAR)]) == 0
    assert "1 file(s) attached" in capsys.readouterr().out
    assert main([*run, SIGNED, "3", str(photo)]) == 2
    assert "signed off" in capsys.readouterr().err
    assert main([*run, "110105009999", "3", str(photo)]) == 2
    assert "110105009999" in capsys.readouterr().err
    assert main([*run, OPEN, "42", str(photo)]) == 2
    assert "42" in capsys.readouterr().err
    assert main([*run, OPEN, "3", str(photo), str(tmp_path / "missing.pdf")]) == 2
    assert "missing.pdf" in capsys.readouterr().err
    workspace = Workspace.open(Path(folder))
    assert {e for e in _evidence(workspace) if e[0] != RETURNED} == {(OPEN, 3, "门禁.jpg")}
    workspace.close()


def test_wizard_imports_a_supplement_with_an_assigned_file(qtbot, ws: Workspace, tmp_path: Path) -> None:
    from greendesk.ui.context import UiContext
    from greendesk.ui.screens.import_wizard import ImportWizard

    package = _supplement(tmp_path)
    context = UiContext(ws)
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.source_page.path_edit.setText(str(package))
    wizard.source_page.year.setValue(YEAR)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.analysis_page.isComplete(), timeout=20000)
    wizard.next()
    preview = wizard.preview_page
    assert preview.isComplete() and not preview.rows.isVisibleTo(wizard)
    assert "round 2" in preview.supplement_note.text()
    loose = {preview.loose.item(row, 0).text() for row in range(preview.loose.rowCount())}
    assert loose == {"杂项/说明.jpg", "松林社区/第5条/a.jpg"}
    community, item = preview.photo_choices["杂项/说明.jpg"]
    offered = {community.itemData(index) for index in range(community.count())}
    assert offered == {None, OPEN, RETURNED}  # the signed-off community is not offered
    community.setCurrentIndex(community.findData(RETURNED))
    item.setCurrentIndex(item.findData(12))
    wizard.resize(1100, 760)
    wizard.grab().save(str(tmp_path / "supplement_preview.png"))
    wizard.grab().save("/tmp/import_wizard_supplement.png")
    with qtbot.waitSignal(context.data_changed, timeout=20000):
        wizard.next()
    qtbot.waitUntil(lambda: wizard.import_page.isComplete(), timeout=20000)
    assert wizard.import_page.result.photos_attached == 4
    assert (RETURNED, 12, "说明.jpg") in _evidence(ws)
    assert not any(code == SIGNED for code, _item, _name in _evidence(ws))


def test_assigning_a_file_of_a_workbook_package_by_code(data_dir: Path, tmp_path: Path) -> None:
    from intake_fixtures import list_workbook

    workspace = small_workspace(data_dir)
    book = list_workbook(tmp_path / "名单.xlsx", [[1, "绿园社区", OPEN, 1200, 600, "王主任", ""]])
    package = write_zip(
        tmp_path / "街道材料.zip", {"名单.xlsx": book.read_bytes(), "杂项/a.jpg": jpeg((3, 3, 3))}
    )
    plan = analysis.analyse_package(workspace, package, YEAR)
    assert [p.entry for p in placement.unmatched(plan)] == ["杂项/a.jpg"]
    photos = placement.photo_resolutions(
        workspace, plan, [placement.parse_assignment(f"杂项\\a.jpg={OPEN}:6")]
    )
    assert photos == {"杂项/a.jpg": (plan.rows[0].key, 6)}  # the code names the package's own row
    assert [(p.code, p.item, p.how) for p in placement.placements(workspace, plan, photos)] == [
        (OPEN, 6, "assigned")
    ]
    with pytest.raises(Exception, match="PATH=CODE:ITEM"):
        placement.parse_assignment("杂项/a.jpg")
    with pytest.raises(Exception, match="no item 17"):
        placement.photo_resolutions(workspace, plan, [("杂项/a.jpg", OPEN, 17)])
    result = apply.apply_import(workspace, plan, apply.Resolutions(photos=photos))
    assert result.recommendations_created == 1 and _evidence(workspace) == {(OPEN, 6, "a.jpg")}
    workspace.close()


def test_a_supplement_with_nothing_to_attach_records_no_batch(ws: Workspace, tmp_path: Path) -> None:
    package = write_zip(tmp_path / "松林.zip", {"松林社区/第5条/a.jpg": jpeg((50, 50, 50))})
    plan = analysis.analyse_package(ws, package, YEAR)
    assert not plan.targets and [p.kind for p in plan.problems] == ["signed_off_skipped"]
    result = apply.apply_import(ws, plan)
    assert result.batch_id is None and not result.imported_anything and _evidence(ws) == set()
    assert analysis.analyse_package(ws, package, YEAR).already_imported is None  # may be sent again
