"""Package format 2: the format/kind/period lines, data/greendesk-data.json, and older/newer formats."""

from __future__ import annotations

import copy
import json
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from greendesk.cli import main
from greendesk.core.base.errors import ValidationError
from greendesk.core.package import data as package_data
from greendesk.core.package import signing, verify
from greendesk.core.package.bag import FORMAT_FIELD, KIND_FIELD, PACKAGE_DATA, PERIOD_FIELD, parse_bag_info
from greendesk.core.package.data import read_package_data, validate_package_data
from greendesk.core.package.records import signed_off_records
from greendesk.core.package.verify import verify_package
from greendesk.core.progress import figures
from greendesk.core.workspace import Workspace
from tests.package_fixtures import YEAR
from tests.package_forgery import forge, problems, set_info
from tests.test_package import flip, rewrite

DATA_PATH = f"data/{PACKAGE_DATA}"


def _bag_info(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        name = next(n for n in archive.namelist() if n.endswith("/bag-info.txt"))
        return parse_bag_info(archive.read(name).decode("utf-8"))


def _refresh_oxum(files: dict[str, bytes]) -> None:
    payload = [data for name, data in files.items() if name.startswith("data/")]
    set_info(files, "Payload-Oxum", f"{sum(len(d) for d in payload)}.{len(payload)}")


@pytest.fixture
def resign(package, reviewed: Workspace):
    """The package changed by ``edit`` and signed again with the district's own key (a consistent bag)."""
    key = signing.load_or_create_key(reviewed.data_dir)

    def resigned(target: Path, edit) -> Path:
        def edited(files: dict[str, bytes]) -> None:
            edit(files)
            _refresh_oxum(files)

        return forge(package.path, target, key, edited)

    return resigned


@pytest.fixture
def document(package) -> dict[str, Any]:
    return read_package_data(package.path)


# -- the application package ---------------------------------------------------------------------


def test_application_package_carries_format_2_kind_and_period(package) -> None:
    info = _bag_info(package.path)
    assert (info[FORMAT_FIELD], info[KIND_FIELD], info[PERIOD_FIELD]) == ("2", "application", "2022")
    report = verify_package(package.path)
    assert report.valid
    assert (report.format, report.kind, report.period) == (2, "application", "2022")
    assert report.data_entry.endswith(DATA_PATH)
    assert {"format": 2, "kind": "application", "period": "2022"}.items() <= report.to_dict().items()


def test_data_figures_are_the_figures_engines_at_the_as_of_moment(reviewed: Workspace, document) -> None:
    assert document["format"] == "greendesk-package-data/2"
    assert (document["kind"], document["year"], document["batch"], document["quarter"]) == (
        "application",
        YEAR,
        None,
        None,
    )
    assert document["district"] == {"code": "110105", "name": "朝阳区"}
    as_of = datetime.fromisoformat(document["as_of"])
    computed = figures.compute(reviewed, YEAR, as_of).to_dict()
    assert document["figures"] == json.loads(json.dumps(computed, ensure_ascii=False))
    assert document["figures"]["passed"] == computed["passed"] > 0


def test_data_communities_are_the_signed_off_records(reviewed: Workspace, document) -> None:
    with reviewed.snapshot() as session:
        records = signed_off_records(session, YEAR, None, [reviewed.standards_dir])
    entries = document["communities"]
    assert (
        [e["code"] for e in entries]
        == [r.code for r in records]
        == [
            "110105001001",
            "110105001002",
            "110105002001",
        ]
    )
    assert [e["passed"] for e in entries] == [r.passed for r in records] == [True, True, False]
    for entry, record in zip(entries, records, strict=True):
        hashes = [(item.number, photo.sha256) for item in record.items for photo in item.photos]
        assert [(e["item"], e["sha256"]) for e in entry["evidence"]] == hashes and len(hashes) == 3
        assert entry["status"] == "signed_off" and entry["round"] == record.round
        assert entry["signed_off_at"] == record.signed_off_at.isoformat()
        assert entry["street_code"] == record.street_code and entry["named"] is None


def test_batch_period_and_the_document_is_written_as_specified(reviewed: Workspace, tmp_path: Path) -> None:
    from greendesk.core.package.export import export_package

    result = export_package(reviewed, YEAR, tmp_path / "b2.zip", batch=2)
    report = verify_package(result.path)
    assert report.valid and report.period == "2022-B2"
    document = read_package_data(report)
    assert document["batch"] == 2 and [e["code"] for e in document["communities"]] == ["110105002001"]
    with zipfile.ZipFile(result.path) as archive:
        raw = archive.read(report.data_entry)
    assert raw == json.dumps(document, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


# -- older and newer formats ---------------------------------------------------------------------


def _as_format_1(files: dict[str, bytes]) -> None:
    """What GreenDesk wrote before format 2: no format lines, no data document."""
    del files[DATA_PATH]
    for label in (FORMAT_FIELD, KIND_FIELD, PERIOD_FIELD):
        set_info(files, label, None)


def test_a_format_1_package_is_accepted_as_format_1_without_data(resign, tmp_path: Path, capsys) -> None:
    old = resign(tmp_path / "old.zip", _as_format_1)
    report = verify_package(old)
    assert report.valid, [p.message() for p in report.problems]
    assert (report.format, report.kind, report.period, report.data_entry) == (1, "application", "2022", "")
    with pytest.raises(ValidationError, match=r"old\.zip is format 1, made by an older GreenDesk"):
        read_package_data(report)
    assert main(["verify", str(old), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["valid"], shown["format"], shown["kind"], shown["period"]) == (
        True,
        1,
        "application",
        "2022",
    )


def test_a_newer_format_is_refused_with_update_advice(resign, tmp_path: Path, capsys) -> None:
    newer = resign(tmp_path / "newer.zip", lambda files: set_info(files, FORMAT_FIELD, "3"))
    report = verify_package(newer)
    assert problems(report) == [(verify.NEWER_FORMAT, "bag-info.txt")]
    assert "made by a newer GreenDesk (format 3); update GreenDesk" in report.problems[0].message()
    assert main(["verify", str(newer)]) == 2
    assert "newer GreenDesk (format 3)" in capsys.readouterr().err
    with pytest.raises(ValidationError, match=r"newer\.zip did not verify"):
        read_package_data(newer)


def test_a_format_2_package_without_its_data_is_refused(resign, tmp_path: Path) -> None:
    def drop_data(files: dict[str, bytes]) -> None:
        del files[DATA_PATH]

    report = verify_package(resign(tmp_path / "nodata.zip", drop_data))
    assert problems(report) == [(verify.NO_DATA, DATA_PATH)]


def test_a_tampered_data_document_fails_the_manifest(package, tmp_path: Path) -> None:
    bad = rewrite(package.path, tmp_path / "bad.zip", {f"{package.bag_name}/{DATA_PATH}": flip})
    report = verify_package(bad)
    assert problems(report) == [(verify.ALTERED, DATA_PATH)]
    with pytest.raises(ValidationError, match=f"bad.zip did not verify: Altered: the SHA-256 of {DATA_PATH}"):
        read_package_data(bad)


def test_a_document_changed_after_verification_is_refused(package, tmp_path: Path) -> None:
    report = verify_package(package.path)
    bad = rewrite(package.path, tmp_path / "bad.zip", {f"{package.bag_name}/{DATA_PATH}": flip})
    report.path = str(bad)  # the file on disk was swapped between verify and read
    with pytest.raises(ValidationError, match="changed after it was verified"):
        read_package_data(report)


# -- read_package_data refuses malformed documents -----------------------------------------------


def _set(path: str, value: Any):
    def change(document: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = document
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        if value is KeyError:
            del target[last]
        else:
            target[last] = value

    return change


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (_set("format", "greendesk-package-data/9"), "format"),
        (_set("kind", "invoice"), "kind"),
        (_set("figures", KeyError), "figures"),
        (_set("figures.passed", "12"), "figures.passed"),
        (_set("figures.year", 2021), "figures.year"),
        (_set("district.code", "朝阳"), "district.code"),
        (_set("year", True), "year"),
        (_set("quarter", 3), "quarter"),
        (_set("as_of", "yesterday"), "as_of"),
        (_set("communities", {}), "communities"),
        (_set("communities.0.passed", "yes"), "communities[0].passed"),
        (_set("communities.1.code", KeyError), "communities[1].code"),
        (_set("communities.0.evidence.0.sha256", "abc"), "communities[0].evidence[0].sha256"),
        (
            _set("communities.2.named", {"tier": "standard", "document_number": 7, "date": "2022-12-01"}),
            "named",
        ),
    ],
)
def test_malformed_documents_are_refused_naming_package_and_field(document, change, field: str) -> None:
    broken = copy.deepcopy(document)
    change(broken)
    with pytest.raises(
        ValidationError, match=r"The package 朝阳\.zip carries an invalid greendesk-data\.json"
    ) as error:
        validate_package_data(broken, "朝阳.zip")
    assert field in str(error.value)


def test_a_signed_document_that_is_not_json_or_says_another_district_is_refused(
    resign, tmp_path: Path
) -> None:
    def garbage(files: dict[str, bytes]) -> None:
        files[DATA_PATH] = b"\xff{not json"

    with pytest.raises(ValidationError, match=r"garbage\.zip carries an invalid greendesk-data\.json"):
        read_package_data(resign(tmp_path / "garbage.zip", garbage))

    def other_district(files: dict[str, bytes]) -> None:
        document = json.loads(files[DATA_PATH])
        document["district"]["code"] = document["figures"]["district_code"] = "110106"
        files[DATA_PATH] = json.dumps(document, ensure_ascii=False).encode("utf-8")

    with pytest.raises(
        ValidationError, match=r"other\.zip carries an invalid greendesk-data\.json: district\.code"
    ):
        read_package_data(resign(tmp_path / "other.zip", other_district))


def test_an_oversized_document_is_refused_unread(package, monkeypatch) -> None:
    monkeypatch.setattr(package_data, "MAX_DATA_BYTES", 1024)
    with pytest.raises(ValidationError, match=r"\(size\)"):
        read_package_data(package.path)
