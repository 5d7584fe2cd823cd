"""Importing street packages: recognition, matching, photos, atomicity and idempotence."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from heic_support import encode_heic
from intake_fixtures import communities, fullwidth, jpeg_bytes, list_workbook, snapshot, write_zip
from PIL import Image
from sqlalchemy import func, select

from greendesk.core import audit
from greendesk.core.intake.analysis import analyse_package
from greendesk.core.intake.apply import Resolutions, apply_import
from greendesk.core.intake.names import community_key, to_simplified
from greendesk.core.intake.problems import ImportCancelled
from greendesk.core.intake.template import export_template
from greendesk.core.review import vocabulary
from greendesk.core.standards.library import get_standard
from greendesk.core.storage import photos
from greendesk.core.storage.models import (
    Community,
    Evidence,
    ImportBatch,
    Photo,
    Recommendation,
    SelfAssessment,
    Street,
)
from greendesk.core.workspace import Workspace


def _recommendations(workspace: Workspace) -> dict[str, Recommendation]:
    with workspace.sessions() as session:
        rows = session.scalars(select(Recommendation).join(Recommendation.community)).all()
        return {r.community.code: r for r in rows}


def test_list_sheet_with_title_blank_rows_fullwidth_and_suffix_variants(
    chaoyang: Workspace, tmp_path: Path
) -> None:
    first, second, third = communities(chaoyang)
    stem = community_key(second.name)
    path = list_workbook(
        tmp_path / "推荐.xlsx",
        [
            [1, first.name, fullwidth(first.code), fullwidth("1200"), "600", "王主任", ""],
            [],
            [2, f"{stem}社区", None, "2,000", 500, "", ""],  # short name, no code
            [3, f"　{stem[:1]} {stem[1:]}居委会　".replace(" ", "\u3000"), None, None, None, "", "重复"],
            [4, third.name.replace("社区居委会", "社區居委會"), "", 800, 100, "", ""],
            ["合计", "合计", None, 4000, 1200, "", ""],
        ],
    )
    plan = analyse_package(chaoyang, path, 2022, 1)
    assert [row.match.community.code for row in plan.rows] == [first.code, second.code, third.code]
    assert plan.rows[0].households == 1200 and plan.rows[0].coverage == 50.0
    assert plan.rows[1].match.status == "name" and plan.rows[1].households == 2000
    duplicate = [p for p in plan.problems if p.kind == "duplicate_row"]
    assert duplicate and "row 6" in duplicate[0].render("en") and "推荐.xlsx" in duplicate[0].render("en")
    before = snapshot(chaoyang)
    assert snapshot(chaoyang) == before  # analysing wrote nothing
    result = apply_import(chaoyang, plan)
    assert result.recommendations_created == 3
    saved = _recommendations(chaoyang)
    standard = get_standard("national-2020-trial")
    assert saved[first.code].status == vocabulary.RECOMMENDED
    assert saved[first.code].standard_id == "national-2020-trial"
    assert saved[first.code].standard_sha256 == standard.sha256
    assert (saved[first.code].households, saved[first.code].households_managed) == (1200, 600)
    assert saved[first.code].year == 2022 and saved[first.code].batch == 1
    with chaoyang.sessions() as session:
        assert audit.verify_chain(session) == []
        assert any(e.action == "intake.import" for e in audit.history(session, plan.content_sha256[:16]))


def test_traditional_characters_are_simplified() -> None:
    assert to_simplified("東壩鄉") == "东坝乡"
    assert community_key("01、吉祥社區居委會") == community_key("吉祥社区") == "吉祥"


def _add_twin(workspace: Workspace, name: str, street_index: int) -> str:
    """A second community with the same name in another street (so a name alone is ambiguous)."""
    with workspace.transaction() as session:
        street = session.scalars(select(Street).order_by(Street.code)).all()[street_index]
        twin = Community(code=f"{street.code}199", name=name, short_name="", street_id=street.id)
        session.add(twin)
    return f"{street.code}199"


def test_ambiguous_and_unknown_rows_are_reported_and_resolvable(chaoyang: Workspace, tmp_path: Path) -> None:
    first, second, _ = communities(chaoyang)
    twin_code = _add_twin(chaoyang, first.name, 10)
    path = list_workbook(
        tmp_path / "名单.xlsx",
        [
            [1, first.name, None, 100, 40, "", ""],
            [2, "不存在社区", None, 10, 1, "", ""],
            [3, second.name, None, 1, 1, "", ""],
        ],
        title="绿色社区推荐名单",  # no street named anywhere
    )
    plan = analyse_package(chaoyang, path, 2022, 1)
    kinds = {p.kind: p for p in plan.problems if p.severity == "error"}
    assert set(kinds) == {"ambiguous", "unknown"}
    assert "名单.xlsx, sheet 推荐名单, row 4" in kinds["ambiguous"].render("en")
    assert twin_code in kinds["ambiguous"].render("en") and first.code in kinds["ambiguous"].render("en")
    assert "row 5" in kinds["unknown"].render("en") and "不存在社区" in kinds["unknown"].render("en")
    ambiguous_key = kinds["ambiguous"].row_key
    unknown_key = kinds["unknown"].row_key
    result = apply_import(
        chaoyang, plan, Resolutions(communities={ambiguous_key: first.code, unknown_key: ""})
    )
    assert result.recommendations_created == 2 and result.rows_skipped == 1
    assert set(_recommendations(chaoyang)) == {first.code, second.code}


def test_street_narrows_name_matching(chaoyang: Workspace, tmp_path: Path) -> None:
    first, _, _ = communities(chaoyang)
    _add_twin(chaoyang, first.name, 10)
    path = list_workbook(tmp_path / "名单.xlsx", [[1, first.name, None, 100, 40, "", ""]])
    plan = analyse_package(chaoyang, path, 2022, 1, street=first.street_name.removesuffix("街道"))
    assert plan.rows[0].match.community.code == first.code and not plan.errors
    untitled = list_workbook(
        tmp_path / "无标题.xlsx", [[1, first.name, None, 100, 40, "", ""]], title="推荐名单"
    )
    assert analyse_package(chaoyang, untitled, 2022, 1).rows[0].match.status == "ambiguous"
    named = tmp_path / f"{first.street_name}.xlsx"
    untitled.rename(named)
    assert analyse_package(chaoyang, named, 2022, 1).rows[0].match.community.code == first.code
    titled = list_workbook(
        tmp_path / "t.xlsx", [[1, first.name, None, 100, 40, "", ""]], title=f"{first.street_name}推荐名单"
    )
    assert analyse_package(chaoyang, titled, 2022, 1).rows[0].match.community.code == first.code


def test_package_zip_with_photos_by_folder_and_file_name(chaoyang: Workspace, tmp_path: Path) -> None:
    first, second, _ = communities(chaoyang)
    book = list_workbook(
        tmp_path / "名单.xlsx",
        [[1, first.name, first.code, 100, 40, "", ""], [2, second.name, "", 80, 20, "", ""]],
    )
    members = {
        "推荐材料/名单.xlsx": book.read_bytes(),
        f"推荐材料/{first.code}/第3条/门禁.jpg": jpeg_bytes((1, 2, 3)),
        f"推荐材料/{first.code}/03/侧门.jpg": jpeg_bytes((1, 2, 4)),
        f"推荐材料/{second.name}/12-物业.jpg": jpeg_bytes((1, 2, 5)),
        f"推荐材料/{second.name}/第5条_垃圾分类.jpg": jpeg_bytes((1, 2, 6)),
        f"推荐材料/{second.name}/杂项.jpg": jpeg_bytes((1, 2, 7)),
        "推荐材料/__MACOSX/._名单.xlsx": b"junk",
        "推荐材料/Thumbs.db": b"junk",
        "推荐材料/说明.txt": "请审核".encode(),  # evidence of no item: any file counts (issue 17)
        "推荐材料/旧材料.rar": b"Rar!\x1a\x07\x00",
    }
    path = write_zip(tmp_path / "package.zip", members)
    plan = analyse_package(chaoyang, path, 2022, 1)
    targets = {p.entry.split("/")[-1]: (p.row_key, p.item) for p in plan.photos}
    assert targets["门禁.jpg"] == ("1", 3) and targets["侧门.jpg"] == ("1", 3)
    assert targets["12-物业.jpg"] == ("2", 12) and targets["第5条_垃圾分类.jpg"] == ("2", 5)
    unmatched = sorted(p.render("en") for p in plan.problems if p.kind == "unmatched_photo")
    assert len(unmatched) == 2 and "杂项.jpg" in unmatched[0] and "说明.txt" in unmatched[1]
    rar = [p for p in plan.problems if "旧材料.rar" in p.render("en")]
    assert [p.kind for p in rar] == ["archive_not_read"] and "RAR" in rar[0].render("en")
    assert len(plan.ignored) == 2
    result = apply_import(chaoyang, plan)
    assert (result.photos_attached, result.photos_added_to_store, result.photos_skipped) == (4, 4, 2)
    with chaoyang.sessions() as session:
        names = set(session.scalars(select(Evidence.original_name)))
    assert f"推荐材料/{second.name}/12-物业.jpg" in names


@pytest.mark.parametrize("encoding", ["gbk", "utf-8"])
def test_zip_names_without_utf8_flag(chaoyang: Workspace, tmp_path: Path, encoding: str) -> None:
    first, _, _ = communities(chaoyang)
    book = list_workbook(tmp_path / "b.xlsx", [[1, first.name, None, 100, 40, "", ""]])
    members = {
        "街道推荐表.xlsx": book.read_bytes(),
        f"{first.name}/第3条/门禁照片.jpg": jpeg_bytes(),
    }
    path = write_zip(tmp_path / "windows.zip", members, name_encoding=encoding)
    import zipfile

    with zipfile.ZipFile(path) as archive:
        assert all(not info.flag_bits & 0x800 for info in archive.infolist())
    plan = analyse_package(chaoyang, path, 2022, 1)
    assert plan.rows[0].match.community.code == first.code
    assert plan.rows[0].location.file == "windows.zip/街道推荐表.xlsx"
    assert [(p.entry, p.item) for p in plan.photos] == [(f"{first.name}/第3条/门禁照片.jpg", 3)]
    apply_import(chaoyang, plan)
    with chaoyang.sessions() as session:
        assert session.scalar(select(Evidence.original_name)) == f"{first.name}/第3条/门禁照片.jpg"


def test_folder_package_and_idempotent_reimport(chaoyang: Workspace, tmp_path: Path) -> None:
    first, second, _ = communities(chaoyang)
    folder = tmp_path / "街道材料"
    (folder / first.name / "第1条").mkdir(parents=True)
    list_workbook(folder / "名单.xlsx", [[1, first.name, None, 100, 40, "", ""]])
    (folder / first.name / "第1条" / "a.jpg").write_bytes(jpeg_bytes((9, 9, 9)))
    plan = analyse_package(chaoyang, folder, 2022, 1)
    first_result = apply_import(chaoyang, plan)
    assert first_result.recommendations_created == 1 and first_result.photos_attached == 1
    after_first = snapshot(chaoyang)
    again = analyse_package(chaoyang, folder, 2022, 1)
    assert again.already_imported == first_result.batch_id
    second_result = apply_import(chaoyang, again)
    assert second_result.already_imported and snapshot(chaoyang) == after_first
    # Same photo in another package: attached to the new community, not stored twice.
    other = tmp_path / "other"
    (other / second.name).mkdir(parents=True)
    list_workbook(other / "名单2.xlsx", [[1, second.name, None, 50, 20, "", ""]])
    (other / second.name / "1-同一张.jpg").write_bytes(jpeg_bytes((9, 9, 9)))
    third = apply_import(chaoyang, analyse_package(chaoyang, other, 2022, 1))
    assert third.photos_attached == 1 and third.photos_added_to_store == 0
    assert snapshot(chaoyang)["files"] == after_first["files"]


def test_cancel_and_failure_leave_the_workspace_unchanged(
    chaoyang: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, _, _ = communities(chaoyang)
    book = list_workbook(tmp_path / "名单.xlsx", [[1, first.name, None, 100, 40, "", ""]])
    members = {"名单.xlsx": book.read_bytes()}
    for number in range(1, 6):
        members[f"{first.name}/第{number}条/p.jpg"] = jpeg_bytes((number, 0, 0))
    path = write_zip(tmp_path / "p.zip", members)
    plan = analyse_package(chaoyang, path, 2022, 1)
    before = snapshot(chaoyang)
    calls = []

    def cancel_after_three() -> bool:
        calls.append(1)
        return len(calls) > 4

    with pytest.raises(ImportCancelled):
        apply_import(chaoyang, plan, cancelled=cancel_after_three)
    assert snapshot(chaoyang) == before
    real_store = photos.store_prepared
    stored = []

    def failing_store(*args, **kwargs):
        if len(stored) == 3:
            raise OSError("disk full")
        stored.append(1)
        return real_store(*args, **kwargs)

    monkeypatch.setattr(photos, "store_prepared", failing_store)
    with pytest.raises(OSError):
        apply_import(chaoyang, plan)
    assert len(stored) == 3 and snapshot(chaoyang) == before


def test_template_round_trip(chaoyang: Workspace, tmp_path: Path) -> None:
    first, second, third = communities(chaoyang)
    street_code = registry_street_code(chaoyang, first)
    path = export_template(chaoyang, tmp_path / "模板.xlsx", 2022, street_code)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[:2] == ["填表说明", "推荐社区汇总"]
    summary = book["推荐社区汇总"]
    codes = {summary.cell(r, 2).value: r for r in range(3, summary.max_row + 1)}
    assert {first.code, second.code, third.code} <= set(codes)
    summary.cell(codes[first.code], 5).value = "是"
    summary.cell(codes[second.code], 5).value = "是"
    sheet = next(book[n] for n in book.sheetnames[2:] if book[n]["B2"].value == first.code)
    assert [sheet.cell(r, 1).value for r in range(6, 22)] == list(range(1, 17))
    validations = [dv.formula1 for dv in sheet.data_validations.dataValidation]
    assert '"符合,基本符合,不符合"' in validations
    assert str(sheet["F3"].value).startswith("=")  # coverage formula
    sheet["B3"], sheet["D3"] = 1500, 450
    for row in range(6, 22):
        sheet.cell(row, 4).value = "基本符合" if row == 17 else "符合"
    sheet["F8"] = "门禁.jpg；照片\\侧门.JPG"  # item 3
    sheet["F9"] = "缺失.jpg"  # item 4, never sent
    book.save(path)
    photo_folder = tmp_path / "照片"
    photo_folder.mkdir()
    members = {
        "模板.xlsx": path.read_bytes(),
        "照片/门禁.jpg": jpeg_bytes((5, 5, 5)),
        "照片/侧门.jpg": jpeg_bytes((5, 5, 6)),
    }
    package = write_zip(tmp_path / "回传.zip", members)
    plan = analyse_package(chaoyang, package, 2022, 1)
    assert not plan.errors, [p.render("en") for p in plan.problems]
    missing = [p.render("en") for p in plan.problems if p.kind == "listed_photo_missing"]
    assert len(missing) == 1 and "缺失.jpg" in missing[0] and "item 4" in missing[0]
    assert [row.match.community.code for row in plan.rows] == [first.code, second.code]
    result = apply_import(chaoyang, plan)
    assert result.recommendations_created == 2 and result.photos_attached == 2
    saved = _recommendations(chaoyang)[first.code]
    assert (saved.households, saved.households_managed) == (1500, 450)
    with chaoyang.sessions() as session:
        claims = dict(
            session.execute(
                select(SelfAssessment.item_number, SelfAssessment.claim).where(
                    SelfAssessment.recommendation_id == saved.id
                )
            ).all()
        )
        items = set(
            session.scalars(select(Evidence.item_number).where(Evidence.recommendation_id == saved.id))
        )
        batch = session.scalar(select(ImportBatch))
    assert len(claims) == 16 and claims[12] == "基本符合" and claims[1] == "符合"
    assert items == {3}
    assert '"recommendations_created": 2' in batch.summary_json


def registry_street_code(workspace: Workspace, community) -> str:
    with workspace.sessions() as session:
        return session.scalar(select(Street.code).where(Street.name == community.street_name))


def test_saved_column_mapping_is_remembered(chaoyang: Workspace, tmp_path: Path) -> None:
    first, second, _ = communities(chaoyang)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["居委名字", "户", "物业户"])
    sheet.append([first.name, 100, 50])
    book.save(tmp_path / "a.xlsx")
    assert analyse_package(chaoyang, tmp_path / "a.xlsx", 2022, 1).rows == []
    mapping = {"居委名字": "name", "户": "households", "物业户": "households_managed"}
    plan = analyse_package(chaoyang, tmp_path / "a.xlsx", 2022, 1, mapping=mapping)
    assert plan.rows[0].coverage == 50.0
    apply_import(chaoyang, plan)
    book2 = openpyxl.Workbook()
    book2.active.append(["居委名字", "户", "物业户"])
    book2.active.append([second.name, 10, 3])
    book2.save(tmp_path / "b.xlsx")
    remembered = analyse_package(chaoyang, tmp_path / "b.xlsx", 2022, 1)
    assert remembered.rows[0].match.community.code == second.code and remembered.rows[0].households == 10


def test_old_xls_workbook(chaoyang: Workspace, tmp_path: Path) -> None:
    xlwt = pytest.importorskip("xlwt")
    first, _, _ = communities(chaoyang)
    book = xlwt.Workbook()
    sheet = book.add_sheet("推荐")
    sheet.write_merge(0, 0, 0, 3, "推荐名单")
    for column, text in enumerate(["社区名称", "社区代码", "户数", "实行物业管理户数"]):
        sheet.write(2, column, text)
    for column, value in enumerate([first.name, first.code, 900, 300]):
        sheet.write(3, column, value)
    book.save(str(tmp_path / "旧版.xls"))
    plan = analyse_package(chaoyang, tmp_path / "旧版.xls", 2022, 1)
    assert plan.rows[0].match.community.code == first.code and plan.rows[0].households == 900
    assert plan.rows[0].location.row == 4


def test_coverage_percent_column_gives_managed_households(chaoyang: Workspace, tmp_path: Path) -> None:
    first, second, _ = communities(chaoyang)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["社区名称", "户数", "物业管理覆盖率(%)"])
    sheet.append([first.name, 2000, "３５％"])
    sheet.append([second.name, 1000, 0.42])
    book.save(tmp_path / "c.xlsx")
    plan = analyse_package(chaoyang, tmp_path / "c.xlsx", 2022, 1)
    assert [(r.households_managed, r.coverage) for r in plan.rows] == [(700, 35.0), (420, 42.0)]


def test_bad_number_and_claim_are_located_by_row_and_column(chaoyang: Workspace, tmp_path: Path) -> None:
    first, _, _ = communities(chaoyang)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "名单"
    sheet.append(["社区名称", "户数", "第3条"])
    sheet.append([first.name, "八百", "还行"])
    book.save(tmp_path / "n.xlsx")
    plan = analyse_package(chaoyang, tmp_path / "n.xlsx", 2022, 1)
    texts = {p.kind: p.render("en") for p in plan.problems}
    assert (
        texts["bad_number"].startswith("n.xlsx, sheet 名单, row 2, column 户数:")
        and "八百" in texts["bad_number"]
    )
    assert texts["bad_claim"].startswith("n.xlsx, sheet 名单, row 2, column 第3条:")
    assert plan.rows[0].households is None and plan.rows[0].claims == {3: "还行"}


def test_second_package_for_a_recommended_community_adds_without_duplicating(
    chaoyang: Workspace, tmp_path: Path
) -> None:
    first, _, _ = communities(chaoyang)
    one = tmp_path / "one"
    (one / first.name).mkdir(parents=True)
    book = openpyxl.Workbook()
    book.active.append(["社区名称", "户数", "第1条"])
    book.active.append([first.name, None, "符合"])
    book.save(one / "a.xlsx")
    (one / first.name / "1-a.jpg").write_bytes(jpeg_bytes((1, 1, 1)))
    apply_import(chaoyang, analyse_package(chaoyang, one, 2022, 1))
    two = tmp_path / "two"
    (two / first.name).mkdir(parents=True)
    book = openpyxl.Workbook()
    book.active.append(["社区名称", "户数", "第1条", "第2条"])
    book.active.append([first.name, 900, "不符合", "符合"])
    book.save(two / "b.xlsx")
    (two / first.name / "1-a.jpg").write_bytes(jpeg_bytes((1, 1, 1)))
    (two / first.name / "2-b.jpg").write_bytes(jpeg_bytes((2, 2, 2)))
    plan = analyse_package(chaoyang, two, 2022, 2)
    assert [p.kind for p in plan.problems] == ["already_recommended"]
    result = apply_import(chaoyang, plan)
    assert (result.recommendations_created, result.recommendations_updated) == (0, 1)
    assert result.photos_attached == 1 and result.self_assessments == 1
    saved = _recommendations(chaoyang)[first.code]
    assert saved.batch == 1 and saved.households == 900
    with chaoyang.sessions() as session:
        claims = dict(session.execute(select(SelfAssessment.item_number, SelfAssessment.claim)).all())
        assert claims == {1: "符合", 2: "符合"}  # the street's first claim stands
        assert session.scalar(select(func.count()).select_from(Evidence)) == 2


def test_two_level_merged_header_heic_and_loose_folder_names(chaoyang: Workspace, tmp_path: Path) -> None:
    first, second, _ = communities(chaoyang)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["2022年绿色社区推荐表"])
    sheet.merge_cells("A1:E1")
    sheet.append(["社区名称", "社区代码", "物业管理情况", None, "备注"])
    sheet.append([None, None, "户数", "实行物业管理户数", None])
    for column in ("A", "B", "E"):
        sheet.merge_cells(f"{column}2:{column}3")
    sheet.merge_cells("C2:D2")
    sheet.append([first.name, None, 1000, 300, ""])
    sheet.append([second.name, None, 500, 400, ""])
    folder = tmp_path / "pkg"
    folder.mkdir()
    book.save(folder / "表.xlsx")
    heic = encode_heic(Image.new("RGB", (64, 48), (10, 200, 30)))
    stem = community_key(first.name)
    (folder / f"01 {stem}社区照片").mkdir()
    (folder / f"01 {stem}社区照片" / "第7条 绿地.heic").write_bytes(heic)
    plan = analyse_package(chaoyang, folder, 2022, 1)
    assert [(r.households, r.households_managed) for r in plan.rows] == [(1000, 300), (500, 400)]
    assert [(p.row_key, p.item, p.valid) for p in plan.photos] == [("1", 7, True)]
    apply_import(chaoyang, plan)
    with chaoyang.sessions() as session:
        assert session.scalar(select(Photo.format)) == "HEIF"


def test_unfilled_template_says_nothing_is_marked(chaoyang: Workspace, tmp_path: Path) -> None:
    path = export_template(chaoyang, tmp_path / "空模板.xlsx", 2023, "110105004")
    plan = analyse_package(chaoyang, path, 2023, 1)
    assert [p.kind for p in plan.errors] == ["no_rows"] and "是否推荐" in plan.errors[0].render("en")


def test_list_with_serial_column_and_two_row_merged_header(chaoyang: Workspace, tmp_path: Path) -> None:
    """序号 + 自评情况 columns must not make a list of communities look like a one-community item table."""
    first, second, _ = communities(chaoyang)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "推荐汇总"
    sheet.append(["三里屯街道2022年绿色社区创建推荐名单"])
    sheet.merge_cells("A1:F1")
    sheet.append([])
    sheet.append(["序号", "社区名称", "户数", "", "自评情况", ""])
    sheet.append(["", "", "总户数", "物业管理户数", "第1条", "第12条"])
    for merged in ("A3:A4", "B3:B4", "E3:F3"):
        sheet.merge_cells(merged)
    sheet.append(
        [
            fullwidth("1"),
            first.name.replace("社区居委会", "社區"),
            fullwidth("1200"),
            "８００",
            "符合",
            "符合",
        ]
    )
    sheet.append([])
    sheet.append([2, second.name, 900, 200, "符合", "不符合"])
    sheet.append(["合计", "", 2100, 1000, "", ""])
    path = tmp_path / "推荐表.xlsx"
    book.save(path)
    plan = analyse_package(chaoyang, path, 2022, 1)
    rows = {row.match.community.code: row for row in plan.rows if row.match.community is not None}
    assert set(rows) == {first.code, second.code}
    assert (rows[first.code].households, rows[first.code].households_managed) == (1200, 800)
    assert rows[second.code].claims == {1: "符合", 12: "不符合"}


def test_reported_coverage_percentage_is_kept_exactly(chaoyang: Workspace, tmp_path: Path) -> None:
    """30 % of 1,501 households is 450.3: the derived count rounds, the rule must still see 30 %."""
    from greendesk.core.review import views

    first, _, _ = communities(chaoyang)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["社区名称", "总户数", "物业管理覆盖率"])
    sheet.append([first.name, 1501, "30%"])
    path = tmp_path / "推荐.xlsx"
    book.save(path)
    apply_import(chaoyang, analyse_package(chaoyang, path, 2022, 1))
    item12 = views.show(chaoyang, first.code, 2022).item(12)
    assert item12.measured_value == 30.0 and item12.rule_ok is True


def test_two_rows_resolved_to_one_community_make_one_recommendation(
    chaoyang: Workspace, tmp_path: Path
) -> None:
    """Bulk writing must merge rows the user points at the same community, as row-by-row writing did."""
    first, _, _ = communities(chaoyang)
    book = openpyxl.Workbook()
    book.active.append(["社区名称", "户数", "联系人", "第1条", "第2条"])
    book.active.append(["月球社区", 100, "", "符合", None])
    book.active.append([first.name, 250, "王主任", "不符合", "基本符合"])
    book.save(tmp_path / "名单.xlsx")
    plan = analyse_package(chaoyang, tmp_path / "名单.xlsx", 2022, 1)
    (unknown,) = [p for p in plan.problems if p.kind == "unknown"]
    result = apply_import(chaoyang, plan, Resolutions(communities={unknown.row_key: first.code}))
    assert (result.recommendations_created, result.recommendations_updated) == (1, 1)
    assert result.self_assessments == 2
    saved = _recommendations(chaoyang)[first.code]
    assert (saved.households, saved.contact) == (100, "王主任")  # the first row's count stands; gaps filled
    with chaoyang.sessions() as session:
        claims = dict(session.execute(select(SelfAssessment.item_number, SelfAssessment.claim)).all())
        assert claims == {1: "符合", 2: "基本符合"}
        imported = [e.entity_key for e in audit.history(session, first.code)]
        assert imported == [first.code] and audit.verify_chain(session) == []


def test_registry_index_is_reused_until_the_registry_changes(chaoyang: Workspace, tmp_path: Path) -> None:
    from greendesk.core.intake.matching import registry_index

    first, _, _ = communities(chaoyang)
    path = list_workbook(tmp_path / "名单.xlsx", [[1, first.name, None, 100, 40, "", ""]], title="推荐名单")
    assert [p.kind for p in analyse_package(chaoyang, path, 2022, 1).problems if p.severity == "error"] == []
    with chaoyang.sessions() as session:
        before = registry_index(session)
    with chaoyang.sessions() as session:
        assert registry_index(session) is before  # unchanged registry: the same index
    _add_twin(chaoyang, first.name, 10)  # any change to the registry, from any connection
    with chaoyang.sessions() as session:
        assert registry_index(session) is not before
    errors = [p.kind for p in analyse_package(chaoyang, path, 2022, 1).problems if p.severity == "error"]
    assert errors == ["ambiguous"]  # the new twin is seen at once


def test_office_layout_with_units_in_headers_and_place_prefixed_names(
    chaoyang: Workspace, tmp_path: Path
) -> None:
    """An instructions sheet first, a three-line title, '总户数（户）' style headers, '朝阳区…' names."""
    first, second, third = communities(chaoyang)
    book = openpyxl.Workbook()
    book.active.title = "填表说明"
    book.active.append(["1. 社区名称须与名录一致"])
    sheet = book.create_sheet("推荐表")
    sheet.append(["附件2"])
    sheet.append(["朝阳区2022年绿色社区创建推荐汇总表"])
    sheet.append(["填报单位（盖章）：", None, "填报日期：2022年5月"])
    sheet.append(
        ["序号", "社区", "总户数（户）", "物业户数（户）", "物业管理覆盖率(%)", "是否推荐", "【备注】"]
    )
    sheet.append([1, f"北京市朝阳区{first.name}", "1,234", "600", None, "√", "老旧小区"])
    sheet.append([2, second.name, None, None, "35%", "是", ""])
    sheet.append([3, third.name, 800, 100, None, "否", ""])
    sheet.append(["合计", None, 2034])
    book.save(tmp_path / "汇总表.xlsx")
    plan = analyse_package(chaoyang, tmp_path / "汇总表.xlsx", 2022, 1)
    assert [p.kind for p in plan.problems if p.severity == "error"] == []
    rows = {row.match.community.code: row for row in plan.rows}
    assert set(rows) == {first.code, second.code}  # 否 and 合计 rows left out
    assert (rows[first.code].households, rows[first.code].households_managed) == (1234, 600)
    assert rows[first.code].note == "老旧小区"
    assert rows[second.code].coverage == 35.0  # a share without a count is still item 12's evidence


def test_street_in_a_place_prefix_tells_twins_apart(chaoyang: Workspace) -> None:
    from greendesk.core.intake.matching import BY_NAME, RegistryIndex

    first, _, _ = communities(chaoyang)
    _add_twin(chaoyang, first.name, 10)
    with chaoyang.sessions() as session:
        index = RegistryIndex(session)
    assert index.match("", first.name).status == "ambiguous"
    prefixed = index.match("", f"朝阳区{first.street_name}{first.name}")
    assert prefixed.status == BY_NAME and prefixed.community.code == first.code
    assert index.match("", f"某某{first.name}").status == "unknown"  # not a place: no guess
