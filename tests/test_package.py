"""The application package: export, BagIt conformance, signature, and precise tamper reports."""

from __future__ import annotations

import base64
import os
import stat
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path

import bagit
import pytest
from openpyxl import load_workbook

from greendesk.cli import main
from greendesk.core.base import i18n
from greendesk.core.base.errors import GreenDeskError, ValidationError
from greendesk.core.package import signing, verify
from greendesk.core.package.bag import ExportCancelled, format_manifest, parse_bag_info
from greendesk.core.package.export import export_package
from greendesk.core.package.naming import WINDOWS_RESERVED, photo_name, safe_component
from greendesk.core.package.verify import verify_package
from greendesk.core.workspace import Workspace
from tests.package_fixtures import YEAR

WINDOWS_ILLEGAL = set('<>:"\\|?*')


def rewrite(
    source: Path,
    target: Path,
    change: dict[str, Callable[[bytes], bytes] | None] | None = None,
    add: dict[str, bytes] | None = None,
) -> Path:
    """A copy of a zip with some entries changed (None drops the entry) or added."""
    change = change or {}
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename in change:
                mutate = change[info.filename]
                if mutate is None:
                    continue
                data = mutate(data)
            new.writestr(info, data)
        for name, data in (add or {}).items():
            new.writestr(name, data)
    return target


def flip(data: bytes) -> bytes:
    changed = bytearray(data)
    changed[len(changed) // 2] ^= 0x01
    return bytes(changed)


def entry(package, name: str) -> str:
    return f"{package.bag_name}/{name}"


def photo_entries(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        return [n for n in archive.namelist() if "/data/photos/" in n]


# -- export --------------------------------------------------------------------------------------


def test_export_is_a_valid_signed_bag(package, tmp_path: Path) -> None:
    assert package.communities == 3 and package.passed == 2 and package.photos == 9
    report = verify_package(package.path, expected_fingerprint=package.fingerprint)
    assert report.valid, [p.message() for p in report.problems]
    assert report.payload_files == 1 + 1 + 1 + 3 + 9  # data, workbook, summary, records, photos

    extracted = tmp_path / "extracted"
    with zipfile.ZipFile(package.path) as archive:
        archive.extractall(extracted)
    bag = bagit.Bag(str(extracted / package.bag_name))
    bag.validate()  # the independent implementation agrees
    assert "sha256" in bag.algorithms
    info = bag.info
    assert info["GreenDesk-District"] == "110105 朝阳区"
    assert info["GreenDesk-Year"] == str(YEAR) and info["GreenDesk-Batch"] == "all"
    assert info["GreenDesk-Standard"].startswith("national-2020-trial")
    assert info["GreenDesk-Registry-Edition"] == "2023"
    assert info["GreenDesk-App-Version"] == "0.1.0"
    assert len(info["GreenDesk-Audit-Head"]) == 64
    assert info["GreenDesk-Signing-Key-SHA256"] == package.fingerprint


def test_photos_are_stored_originals_under_windows_safe_names(reviewed: Workspace, package) -> None:
    with zipfile.ZipFile(package.path) as archive:
        infos = {info.filename: info for info in archive.infolist()}
        photos = [name for name in infos if "/data/photos/" in name]
        assert len(photos) == 9
        for name in photos:
            assert infos[name].compress_type == zipfile.ZIP_STORED
            parts = name.split("/")
            assert parts[2:5] == ["photos", parts[3], parts[4]] and parts[4].startswith("第")
            for part in parts:
                assert (
                    not (set(part) & WINDOWS_ILLEGAL) and part.split(".")[0].upper() not in WINDOWS_RESERVED
                )
            sha8 = parts[-1].rsplit("_", 1)[1].split(".")[0]
            stored = next(reviewed.photos_dir.glob(f"*/{sha8}*.jpg"))
            assert archive.read(name) == stored.read_bytes()  # byte for byte
        assert entry(package, "data/photos/110105001001/第03条/110105001001_第03条_01_") in "".join(photos)
        # Text and spreadsheets are deflated; record PDFs (mostly JPEG data) are stored like photos.
        others = [
            info for name, info in infos.items() if "/data/photos/" not in name and not name.endswith(".pdf")
        ]
        assert all(info.compress_type == zipfile.ZIP_DEFLATED for info in others)
        record_pdfs = [info for name, info in infos.items() if "/审核记录/" in name]
        assert record_pdfs and all(info.compress_type == zipfile.ZIP_STORED for info in record_pdfs)


def test_signing_key_is_private_and_reused(reviewed: Workspace, package, tmp_path: Path) -> None:
    key_file = signing.key_path(reviewed.data_dir)
    if os.name == "posix":
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    again = export_package(reviewed, YEAR, tmp_path / "again.zip")
    assert again.fingerprint == package.fingerprint


def test_summary_workbook_rows_streets_and_totals(package, tmp_path: Path) -> None:
    with zipfile.ZipFile(package.path) as archive:
        (tmp_path / "s.xlsx").write_bytes(archive.read(entry(package, "data/汇总表.xlsx")))
    workbook = load_workbook(tmp_path / "s.xlsx")
    assert workbook.sheetnames == ["全部社区", "建外街道", "朝外街道", "合计"]
    rows = list(workbook["全部社区"].iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    assert header[:5] == ("社区代码", "社区", "街道", "户数", "物业管理覆盖率（%）")
    assert header[5] == "第1条" and header[20] == "第16条"
    assert [row[0] for row in body] == ["110105001001", "110105001002", "110105002001"]
    by_code = {row[0]: dict(zip(header, row, strict=True)) for row in body}
    assert by_code["110105002001"]["第12条"] == "不符合" and by_code["110105002001"]["总体结果"] == "不通过"
    assert by_code["110105001001"]["总体结果"] == "审核通过"
    assert by_code["110105001002"]["轮次"] == 2 and by_code["110105001002"]["第5条"] == "符合"
    assert by_code["110105001001"]["签发人"] == "李审批"
    assert by_code["110105001001"]["审核人"] == "张审核、王审核"
    assert by_code["110105001001"]["物业管理覆盖率（%）"] == 80.0
    totals = list(workbook["合计"].iter_rows(values_only=True))
    assert totals[-1][1:] == ("合计", 3, 2, 2100 + 1500 + 1800)


def test_batch_selects_its_communities_and_nothing_signed_is_an_error(
    reviewed: Workspace, tmp_path: Path
) -> None:
    second = export_package(reviewed, YEAR, tmp_path / "b2.zip", batch=2)
    assert second.communities == 1
    assert parse_bag_info_of(second.path, second.bag_name)["GreenDesk-Batch"] == "2"
    with pytest.raises(ValidationError, match="No signed-off community in 2023"):
        export_package(reviewed, 2023, tmp_path / "none.zip")
    assert not (tmp_path / "none.zip").exists()


def parse_bag_info_of(path: Path, root: str) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return parse_bag_info(archive.read(f"{root}/bag-info.txt").decode("utf-8"))


# -- PDFs ----------------------------------------------------------------------------------------


def _extract(package, name: str, target: Path) -> Path:
    with zipfile.ZipFile(package.path) as archive:
        target.write_bytes(archive.read(entry(package, name)))
    return target


def test_record_pdf_embeds_cjk_font_text_and_upright_photos(package, tmp_path: Path) -> None:
    pdf = _extract(package, "data/审核记录/110105001001_永安里社区.pdf", tmp_path / "r.pdf")
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    cjk = [line for line in fonts.splitlines()[2:] if "TrueType" in line]
    assert cjk and all(" yes " in line for line in cjk)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for expected in (
        "永安里社区",
        "绿色社区创建审核记录",
        "建外街道",
        "台账齐全，机制运行良好",
        "符合",
        "李审批",
        "第3条",
    ):
        assert expected in text, expected
    assert package.fingerprint not in text  # the record carries photo hashes, the summary carries the key
    listing = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True)
    sizes = [tuple(int(v) for v in line.split()[3:5]) for line in listing.stdout.splitlines()[2:]]
    assert (320, 480) in sizes  # the 480x320 sensor image with orientation 6 is printed portrait
    assert (640, 400) in sizes


def test_summary_pdf_prints_the_fingerprint(package, tmp_path: Path) -> None:
    pdf = _extract(package, "data/区级汇总.pdf", tmp_path / "s.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert package.fingerprint in " ".join(text.split()) and "朝阳区" in text  # may wrap between groups


# -- tampering -----------------------------------------------------------------------------------


def test_flipped_byte_in_a_stored_photo_is_named(package, tmp_path: Path) -> None:
    victim = photo_entries(package.path)[4]
    data = bytearray(package.path.read_bytes())
    with zipfile.ZipFile(package.path) as archive:
        info = archive.getinfo(victim)
    start = info.header_offset + 30 + len(info.filename.encode("utf-8")) + len(info.extra)
    data[start + info.compress_size // 2] ^= 0x01  # raw damage in the stored bytes
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(bytes(data))
    report = verify_package(damaged)
    assert not report.valid
    relative = victim.split("/", 1)[1]
    assert [(p.kind, p.file) for p in report.problems] == [(verify.DAMAGED, relative)]

    rewritten = rewrite(package.path, tmp_path / "photo.zip", {victim: flip})  # CRC recomputed
    report = verify_package(rewritten)
    assert [(p.kind, p.file) for p in report.problems] == [(verify.ALTERED, relative)]
    assert relative in report.problems[0].message()


def test_flipped_byte_in_the_workbook_is_named(package, tmp_path: Path) -> None:
    changed = rewrite(package.path, tmp_path / "x.zip", {entry(package, "data/汇总表.xlsx"): flip})
    report = verify_package(changed)
    assert [(p.kind, p.file) for p in report.problems] == [(verify.ALTERED, "data/汇总表.xlsx")]


def test_flipped_byte_in_the_manifest_is_named(package, tmp_path: Path) -> None:
    changed = rewrite(package.path, tmp_path / "m.zip", {entry(package, "manifest-sha256.txt"): flip})
    report = verify_package(changed)
    assert (verify.TAG_ALTERED, "manifest-sha256.txt") in [(p.kind, p.file) for p in report.problems]
    assert verify.BAD_SIGNATURE not in report.kinds()  # the signed tag manifest itself is intact


def test_resigned_with_another_key_is_detected(package, tmp_path: Path) -> None:
    intruder = signing.generate_key()

    def resign(_old: bytes) -> bytes:
        with zipfile.ZipFile(package.path) as archive:
            tag_manifest = archive.read(entry(package, "tagmanifest-sha256.txt"))
        return base64.b64encode(signing.sign(intruder, tag_manifest)) + b"\n"

    changed = rewrite(
        package.path, tmp_path / "s.zip", {entry(package, "tagmanifest-sha256.txt.sig"): resign}
    )
    report = verify_package(changed)
    assert [(p.kind, p.file) for p in report.problems] == [(verify.BAD_SIGNATURE, "tagmanifest-sha256.txt")]


def test_a_consistent_forgery_only_fails_against_the_expected_fingerprint(package, tmp_path: Path) -> None:
    """Alter a file, rebuild both manifests and sign with another key: only the fingerprint can tell."""
    intruder = signing.generate_key()
    with zipfile.ZipFile(package.path) as archive:
        names = archive.namelist()
        files = {name: archive.read(name) for name in names}
    import hashlib

    root = package.bag_name
    files[f"{root}/data/汇总表.xlsx"] = flip(files[f"{root}/data/汇总表.xlsx"])
    payload = {
        n[len(root) + 1 :]: hashlib.sha256(d).hexdigest()
        for n, d in files.items()
        if n.startswith(f"{root}/data/")
    }
    files[f"{root}/manifest-sha256.txt"] = format_manifest(payload)
    files[f"{root}/greendesk-signing-key.pem"] = signing.public_key_pem(intruder.public_key())
    info = files[f"{root}/bag-info.txt"].decode("utf-8")  # bag-info must name the signing key too
    files[f"{root}/bag-info.txt"] = info.replace(
        package.fingerprint, signing.fingerprint(intruder.public_key())
    ).encode("utf-8")
    tags = {
        name: hashlib.sha256(files[f"{root}/{name}"]).hexdigest()
        for name in ("bagit.txt", "bag-info.txt", "manifest-sha256.txt", "greendesk-signing-key.pem")
    }
    files[f"{root}/tagmanifest-sha256.txt"] = format_manifest(tags)
    files[f"{root}/tagmanifest-sha256.txt.sig"] = base64.b64encode(
        signing.sign(intruder, files[f"{root}/tagmanifest-sha256.txt"])
    )
    forged = tmp_path / "forged.zip"
    with zipfile.ZipFile(forged, "w") as archive:
        for name in names:
            archive.writestr(name, files[name])
    alone = verify_package(forged)
    assert alone.valid and alone.fingerprint != package.fingerprint
    report = verify_package(forged, expected_fingerprint=package.fingerprint.replace(" ", ":").upper())
    assert [(p.kind, p.file) for p in report.problems] == [(verify.KEY_MISMATCH, "greendesk-signing-key.pem")]


def test_missing_and_extra_files_are_named(package, tmp_path: Path) -> None:
    victim = photo_entries(package.path)[0]
    changed = rewrite(
        package.path,
        tmp_path / "me.zip",
        {victim: None},
        add={entry(package, "data/备注.txt"): b"added later", entry(package, "notes.txt"): b"x"},
    )
    report = verify_package(changed)
    problems = {(p.kind, p.file) for p in report.problems}
    assert (verify.MISSING, victim.split("/", 1)[1]) in problems
    assert (verify.EXTRA, "data/备注.txt") in problems and (verify.EXTRA, "notes.txt") in problems
    assert verify.OXUM not in report.kinds() or (verify.OXUM, "bag-info.txt") in problems


@pytest.mark.parametrize(
    "evil", ["../escape.txt", "/etc/cron.d/x", "C:/Windows/x.dll", "a/../../b.txt", "a\\..\\b"]
)
def test_paths_escaping_the_bag_are_refused(package, tmp_path: Path, evil: str) -> None:
    changed = rewrite(package.path, tmp_path / "evil.zip", add={evil: b"payload"})
    report = verify_package(changed)
    assert (verify.UNSAFE_PATH, evil) in [(p.kind, p.file) for p in report.problems]


def test_manifest_paths_escaping_the_bag_are_refused(package, tmp_path: Path) -> None:
    def add_line(data: bytes) -> bytes:
        return data + b"0" * 64 + b"  ../../outside.txt\n"

    changed = rewrite(package.path, tmp_path / "m.zip", {entry(package, "manifest-sha256.txt"): add_line})
    report = verify_package(changed)
    assert (verify.UNSAFE_PATH, "../../outside.txt") in [(p.kind, p.file) for p in report.problems]


def test_symlink_entries_are_refused(package, tmp_path: Path) -> None:
    link = zipfile.ZipInfo(entry(package, "data/link.jpg"))
    link.external_attr = (0o120777) << 16
    changed = tmp_path / "link.zip"
    rewrite(package.path, changed)
    with zipfile.ZipFile(changed, "a") as archive:
        archive.writestr(link, "/etc/passwd")
    report = verify_package(changed)
    assert (verify.UNSAFE_PATH, entry(package, "data/link.jpg")) in [
        (p.kind, p.file) for p in report.problems
    ]


def test_zip_bombs_and_non_zips_are_refused(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("bag/bagit.txt", b"BagIt-Version: 1.0\n")
        archive.writestr("bag/data/zeros.bin", b"\0" * (verify.RATIO_FLOOR + 1024))
    report = verify_package(bomb)
    assert (verify.ZIP_BOMB, "bag/data/zeros.bin") in [(p.kind, p.file) for p in report.problems]

    not_zip = tmp_path / "x.zip"
    not_zip.write_bytes(b"not a zip at all")
    assert verify_package(not_zip).kinds() == {verify.NOT_A_ZIP}


# -- atomic writing ------------------------------------------------------------------------------


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_failure_mid_export_leaves_nothing_under_the_final_name(
    reviewed: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from greendesk.core.package import documents

    out = tmp_path / "pkg"
    out.mkdir()
    real = documents.write_record_pdf
    calls = []

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise OSError("disk full")
        return real(*args, **kwargs)

    monkeypatch.setattr(documents, "write_record_pdf", failing)
    with pytest.raises(GreenDeskError, match=r"Cannot write the package .*disk full"):
        export_package(reviewed, YEAR, out / "申报材料.zip")
    assert _leftovers(out) == []


def test_cancel_mid_export_keeps_the_previous_package(reviewed: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "申报材料.zip"
    target.write_bytes(b"previous package")
    seen: list[int] = []
    with pytest.raises(ExportCancelled):
        export_package(
            reviewed,
            YEAR,
            target,
            progress=lambda done, total: seen.append(done),
            cancelled=lambda: len(seen) >= 5,
        )
    assert target.read_bytes() == b"previous package"
    assert _leftovers(tmp_path) == ["workspace", "申报材料.zip"]


def test_progress_reaches_the_total(reviewed: Workspace, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    export_package(reviewed, YEAR, tmp_path / "p.zip", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1] and [d for d, _ in seen] == sorted(d for d, _ in seen)


# -- names ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("CON", "_CON"),
        ("nul.txt", "_nul.txt"),
        ('a<b>:"c"|?*', "a_b___c____"),
        ("名称. ", "名称"),
        ("..", "_"),
    ],
)
def test_safe_component(raw: str, expected: str) -> None:
    assert safe_component(raw) == expected


def test_photo_name_shape() -> None:
    assert photo_name("110105001001", 3, 1, "ab" * 32, "JPG") == "110105001001_第03条_01_abababab.jpg"


# -- CLI -----------------------------------------------------------------------------------------


def test_cli_export_and_verify(reviewed: Workspace, data_dir: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "cli.zip"
    assert main(["--data-dir", str(data_dir), "export", "package", "--year", "2022", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "3 communities" in printed and "Signing key fingerprint" in printed
    assert main(["verify", str(out)]) == 0
    assert "Valid" in capsys.readouterr().out

    fingerprint = signing.fingerprint(signing.load_or_create_key(data_dir).public_key())
    assert main(["verify", str(out), "--fingerprint", fingerprint.replace(" ", "")]) == 0
    capsys.readouterr()
    assert main(["verify", str(out), "--fingerprint", "00" * 32]) == 2
    assert "Different key" in capsys.readouterr().err

    root = zipfile.ZipFile(out).namelist()[0].split("/")[0]
    bad = rewrite(out, tmp_path / "bad.zip", {f"{root}/data/汇总表.xlsx": flip})
    assert main(["verify", str(bad)]) == 2
    assert "data/汇总表.xlsx" in capsys.readouterr().err
    assert main(["verify", str(bad), "--json"]) == 2
    import json

    result = json.loads(capsys.readouterr().out)
    assert result["valid"] is False and result["problems"][0]["file"] == "data/汇总表.xlsx"


def test_cli_messages_in_chinese(reviewed: Workspace, package, capsys) -> None:
    i18n.set_language("zh_CN")
    bad = rewrite(package.path, package.path.with_name("bad.zip"), {entry(package, "data/汇总表.xlsx"): flip})
    assert main(["--lang", "zh_CN", "verify", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "已被改动" in err and "data/汇总表.xlsx" in err


# -- read model ----------------------------------------------------------------------------------


def test_scored_standard_passes_on_points_and_latest_decision_counts(reviewed: Workspace) -> None:
    import json

    from sqlalchemy import select

    from greendesk.core.package.records import signed_off_records
    from greendesk.core.standards.library import shipped_standards_dir
    from greendesk.core.storage.models import Recommendation

    data = json.loads((shipped_standards_dir() / "national-2020-trial.json").read_text(encoding="utf-8"))
    data.update(
        id="scored-test", mode="scored", max_points=80, pass_mark=70, derives_from="national-2020-trial"
    )
    for item in data["items"]:
        item["points"] = 5
    reviewed.standards_dir.mkdir(exist_ok=True)
    (reviewed.standards_dir / "scored-test.json").write_text(
        json.dumps(data, ensure_ascii=False), encoding="utf-8"
    )
    with reviewed.transaction() as session:
        for recommendation in session.scalars(select(Recommendation)):
            recommendation.standard_id = "scored-test"
    with reviewed.sessions() as session:
        records = {
            r.code: r for r in signed_off_records(session, YEAR, standards_dirs=[reviewed.standards_dir])
        }
    failing_item_12 = records["110105002001"]
    # 15 x 5 = 75 points would reach the pass mark, but item 12 is a veto (gating) item: the same rule as review.
    assert failing_item_12.score == 75 and not failing_item_12.passed
    reworked = records["110105001002"]
    assert reworked.items[4].outcome == "pass" and reworked.items[4].round == 2  # round 2 supersedes round 1
    assert reworked.score == 80 and reworked.passed
