"""The city's view (issue 22): three Beijing districts' demo workspaces send their packages, the city
imports them, and its figures are the sums of the districts' own; bad packages are refused.

The three demo workspaces and their packages are built once for the module (the demo builder's own
story, unchanged); one community of 西城区 is given a photo from 东城区's package, so the city has a
file used in two districts to flag.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import zipfile
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from greendesk.cli import main
from greendesk.core import accounts, audit, settings
from greendesk.core.base import clock
from greendesk.core.base.errors import GreenDeskError, ValidationError
from greendesk.core.city import imports, level, progress, registry, reuse, sample
from greendesk.core.city.detail import district_detail
from greendesk.core.demo.builder import build_demo
from greendesk.core.demo.reviews import DEMO_ADMIN, DEMO_APPROVER, DEMO_PASSWORD, DEMO_REVIEWER
from greendesk.core.intake import analysis
from greendesk.core.package import signing, trust
from greendesk.core.package.bag import FORMAT_FIELD
from greendesk.core.package.export import export_package
from greendesk.core.progress import figures
from greendesk.core.registry.districts import validate_district
from greendesk.core.review import commands, queue
from greendesk.core.review.vocabulary import SIGNED_OFF
from greendesk.core.storage.models_city import CityPackage
from greendesk.core.workspace import Workspace
from tests.package_forgery import forge, set_info
from tests.test_package import flip, rewrite
from tests.test_package_format2 import DATA_PATH, _as_format_1, _refresh_oxum

pytestmark = pytest.mark.slow

DISTRICTS = ("110101", "110102", "110107")  # 东城区, 西城区, 石景山区: the smallest demo builds
YEAR = 2022
CITY_ADMIN, CITY_PASSWORD = "commission", "city-pass-1"
ANCHORS = "GREENDESK_ANCHOR_DIR"


@dataclass(frozen=True)
class Sent:
    code: str
    folder: Path
    package: Path
    fingerprint: str
    own: figures.Progress  # the district's own figures, computed in its workspace after the export
    anchors: str  # where the district's audit anchors were written (a folder per test otherwise)


def _signed_in(folder: Path, user: str) -> Workspace:
    workspace = Workspace.open(folder)
    accounts.sign_in(workspace, user, DEMO_PASSWORD)
    return workspace


def _first_photo(package: Path) -> tuple[str, bytes]:
    with zipfile.ZipFile(package) as archive:
        name = next(n for n in archive.namelist() if "/data/photos/" in n)
        return name.rsplit("/", 1)[-1], archive.read(name)


def _reuse_photo(folder: Path, photo: tuple[str, bytes]) -> None:
    """A signed-off community of this district gets another district's photo, and is signed off again."""
    workspace = _signed_in(folder, DEMO_APPROVER)
    try:
        code = next(
            row.code for row in queue.queue(workspace) if row.status == SIGNED_OFF and row.year == YEAR
        )
        commands.unlock(workspace, code, "城市抽查测试", DEMO_PASSWORD, YEAR)
        accounts.sign_in(workspace, DEMO_REVIEWER, DEMO_PASSWORD)
        commands.attach_photo(workspace, code, 1, photo[1], photo[0], year=YEAR)
        assert commands.finish_round(workspace, code, YEAR) == "passed"
        accounts.sign_in(workspace, DEMO_APPROVER, DEMO_PASSWORD)
        commands.sign_off(workspace, code, DEMO_PASSWORD, YEAR)
    finally:
        workspace.close()


def _send(folder: Path, code: str, out: Path) -> Sent:
    workspace = _signed_in(folder, DEMO_APPROVER)
    try:
        result = export_package(workspace, YEAR, out)
        own = figures.compute(workspace, YEAR, clock.now())
    finally:
        workspace.close()
    return Sent(code, folder, out, result.fingerprint, own, os.environ[ANCHORS])


@pytest.fixture(scope="module")
def sent(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Sent]:
    root = tmp_path_factory.mktemp("districts")
    for code in DISTRICTS:
        build_demo(root / code, district_code=code).close()
    packages: dict[str, Sent] = {}
    packages[DISTRICTS[0]] = _send(root / DISTRICTS[0], DISTRICTS[0], root / f"{DISTRICTS[0]}.zip")
    _reuse_photo(root / DISTRICTS[1], _first_photo(packages[DISTRICTS[0]].package))
    for code in DISTRICTS[1:]:
        packages[code] = _send(root / code, code, root / f"{code}.zip")
    return packages


def _city(folder: Path, sent: dict[str, Sent], trusted: dict[str, str] | None = None) -> Workspace:
    """A city workspace trusting each district's key (``trusted``: fingerprint's district by code)."""
    workspace = Workspace.create(folder, "110000", admin=CITY_ADMIN, password=CITY_PASSWORD)
    for code, item in sent.items():
        if trusted is None or code in trusted:
            trust.trust_key(folder, item.fingerprint, (trusted or {}).get(code, code))
    return workspace


@pytest.fixture(scope="module")
def city(tmp_path_factory: pytest.TempPathFactory, sent: dict[str, Sent]) -> Workspace:
    workspace = _city(tmp_path_factory.mktemp("city") / "beijing", sent)
    for item in sent.values():
        imports.import_package(workspace, item.package)
    yield workspace
    workspace.close()


def _packages(workspace: Workspace) -> int:
    with workspace.sessions() as session:
        return session.scalar(select(func.count()).select_from(CityPackage))


def test_a_city_workspace_lists_its_districts_and_refuses_district_work(tmp_path: Path) -> None:
    with Workspace.create(tmp_path / "city", "110000", admin=CITY_ADMIN, password=CITY_PASSWORD) as workspace:
        assert workspace.is_city and workspace.district.name == "北京市"
        rows = progress.city_progress(workspace, YEAR, clock.now()).districts
        assert len(rows) == 16 and sum(row.urban_communities for row in rows) == 3701
        chaoyang = next(row for row in rows if row.code == "110105")
        assert (chaoyang.name, chaoyang.urban_communities, chaoyang.required) == ("朝阳区", 622, 374)  # 60 %
        with pytest.raises(ValidationError, match="city workspace"):
            analysis.analyse_package(workspace, tmp_path, YEAR)
    with pytest.raises(ValidationError, match="city's code"):
        validate_district("110000")  # a district workspace never takes the city's code


def test_a_city_without_a_shipped_registry_enters_its_districts(tmp_path: Path) -> None:
    with Workspace.create(
        tmp_path / "nanjing", "320100", "南京市", admin=CITY_ADMIN, password=CITY_PASSWORD
    ) as workspace:
        assert workspace.is_city and registry.list_districts(workspace) == []
        registry.set_district(workspace, "320102", "玄武区", 59)
        assert [(d.code, d.urban_communities) for d in registry.list_districts(workspace)] == [("320102", 59)]
        with pytest.raises(ValidationError, match="not the code of a district of 南京市"):
            registry.set_district(workspace, "110105", "朝阳区", 622)


def test_a_district_workspace_refuses_city_commands(tmp_path: Path, sent: dict[str, Sent]) -> None:
    with _signed_in(sent["110101"].folder, DEMO_APPROVER) as district:
        with pytest.raises(ValidationError, match="district workspace"):
            imports.import_package(district, sent["110102"].package)
        with pytest.raises(ValidationError, match="district workspace"):
            level.require_city(district)


def test_city_figures_are_the_sums_of_the_districts_own(city: Workspace, sent: dict[str, Sent]) -> None:
    result = progress.city_progress(city, YEAR, clock.now())
    rows = {row.code: row for row in result.districts}
    for code, item in sent.items():
        row, own = rows[code], item.own
        assert row.reported and row.figures_source == "figures"
        assert (row.in_scope, row.passed) == (own.in_scope_total, own.passed)
        assert row.recommended == sum(street.recommended for street in own.streets)
        assert row.pass_rate == own.passed_share  # the district's own share, not recomputed
        assert row.required == own.required  # the same yearly share, the same rounding rule
    assert result.passed == sum(item.own.passed for item in sent.values()) > 0
    assert result.in_scope == sum(item.own.in_scope_total for item in sent.values()) + sum(
        row.urban_communities for row in result.districts if not row.reported
    )
    assert result.recommended == sum(row.recommended for row in result.districts)
    assert result.named == sum(row.named for row in result.districts)
    assert result.required == sum(row.required for row in result.districts)
    assert sorted(row.code for row in result.districts if row.reported) == sorted(DISTRICTS)
    assert result.series and result.series[-1].passed == result.passed
    data = result.to_dict()
    json.dumps(data)  # plain JSON for the dashboard and the city report
    assert data["districts"][0]["code"] == "110101"


def test_drill_down_lists_a_districts_communities(city: Workspace, sent: dict[str, Sent]) -> None:
    shown = district_detail(city, "110101", YEAR, clock.now())
    assert shown.communities and all(c.code.startswith("110101") for c in shown.communities)
    assert len(shown.packages) == 1 and shown.packages[0].superseded_by is None
    passed = {c.code for c in shown.communities if c.passed}
    own = {c.code for c in sent["110101"].own.passed_communities if c.year == YEAR}
    assert passed <= {c.code for c in sent["110101"].own.passed_communities} and own & passed


def test_evidence_used_in_two_districts_is_flagged(city: Workspace, sent: dict[str, Sent]) -> None:
    flags = {flag.sha256: flag for flag in reuse.reused_evidence(city, YEAR, clock.now())}
    given = hashlib.sha256(_first_photo(sent["110101"].package)[1]).hexdigest()  # 东城's photo in 西城
    assert {"110101", "110102"} <= set(flags[given].districts)
    assert {use.district_code for use in flags[given].uses} == set(flags[given].districts)
    assert all(len(flag.districts) > 1 for flag in flags.values())  # a district's own repeats are not flagged
    assert set(flags) == {given}  # the demos' photos are each district's own: only the one handed over
    listed = progress.city_progress(city, YEAR, clock.now()).to_dict()["reuse"]
    assert {flag["sha256"] for flag in listed} == set(flags)


def test_the_same_package_twice_is_refused(city: Workspace, sent: dict[str, Sent], tmp_path: Path) -> None:
    before = _packages(city)
    with pytest.raises(ValidationError, match=r"already imported on .* by commission"):
        imports.import_package(city, sent["110101"].package)
    renamed = tmp_path / "copy.zip"  # another name, the same bytes
    shutil.copy(sent["110101"].package, renamed)
    with pytest.raises(ValidationError, match="already imported"):
        imports.import_package(city, renamed)
    assert _packages(city) == before


def _tampered(source: Path, target: Path) -> Path:
    """The same zip with one byte of the summary workbook changed (the manifests left as they were)."""
    with zipfile.ZipFile(source) as archive:
        name = next(n for n in archive.namelist() if n.endswith("/data/汇总表.xlsx"))
    return rewrite(source, target, {name: flip})


def test_a_tampered_package_is_refused(city: Workspace, sent: dict[str, Sent], tmp_path: Path) -> None:
    before = _packages(city)
    with pytest.raises(ValidationError, match="failed verification"):
        imports.import_package(city, _tampered(sent["110107"].package, tmp_path / "t.zip"))
    assert _packages(city) == before


def test_unknown_and_misregistered_keys_are_refused(sent: dict[str, Sent], tmp_path: Path) -> None:
    with (
        _city(tmp_path / "a", sent, {"110101": "110101"}) as workspace,
        pytest.raises(ValidationError, match="not in this city's trust store"),
    ):
        imports.import_package(workspace, sent["110102"].package)
    with _city(tmp_path / "b", sent, {"110101": "110102"}) as workspace:  # 东城's key filed under 西城
        with pytest.raises(ValidationError, match="registered for district 110102"):
            imports.import_package(workspace, sent["110101"].package)
        assert _packages(workspace) == 0


def _resigned(item: Sent, target: Path, edit) -> Path:
    """The district's package changed by ``edit`` and signed again with the district's own key."""

    def edited(files: dict[str, bytes]) -> None:
        edit(files)
        _refresh_oxum(files)

    return forge(item.package, target, signing.load_or_create_key(item.folder), edited)


def test_older_and_newer_formats_are_refused_with_advice(
    city: Workspace, sent: dict[str, Sent], tmp_path: Path
) -> None:
    before = _packages(city)
    old = _resigned(sent["110101"], tmp_path / "old.zip", _as_format_1)
    with pytest.raises(ValidationError, match=r"format-1 package.*re-export it"):
        imports.import_package(city, old)
    newer = _resigned(
        sent["110101"], tmp_path / "newer.zip", lambda files: set_info(files, FORMAT_FIELD, "3")
    )
    with pytest.raises(ValidationError, match="newer GreenDesk"):
        imports.import_package(city, newer)
    assert _packages(city) == before


def _document_edit(change):
    """An edit of the package's data/greendesk-data.json by ``change`` (applied to the parsed document)."""

    def edit(files: dict[str, bytes]) -> None:
        document = json.loads(files[DATA_PATH])
        change(document)
        files[DATA_PATH] = json.dumps(document).encode("ascii")  # a lone surrogate as its JSON escape

    return edit


def _lone_surrogate_name(document: dict) -> None:
    document["communities"][0]["name"] = "玉泉\ud800"


def _huge_evidence_item(document: dict) -> None:
    document["communities"][0]["evidence"][0]["item"] = 10**30


def _junk_street_rows(document: dict) -> None:
    document["figures"]["streets"] = [1, "x"]


def _dated_ahead(document: dict) -> None:
    document["as_of"] = (clock.now() + timedelta(days=30)).isoformat(timespec="seconds")


@pytest.mark.parametrize(
    ("change", "refusal"),
    [
        (_lone_surrogate_name, r"communities\[0\]\.name"),  # SQLite could not store it
        (_huge_evidence_item, r"communities\[0\]\.evidence\[0\]\.item"),  # nor this
        (_junk_street_rows, r"figures\.streets\[0\]"),  # the city's sums could not read them
        (_dated_ahead, "later than this computer's clock"),  # it would hide every later package
    ],
)
def test_a_genuine_package_with_values_out_of_bounds_is_refused_whole(
    city: Workspace, sent: dict[str, Sent], tmp_path: Path, change, refusal: str
) -> None:
    """Signed with the district's own trusted key, and still refused, naming the field; nothing stored."""
    before = _packages(city)
    package = _resigned(sent["110107"], tmp_path / "bounds.zip", _document_edit(change))
    with pytest.raises(ValidationError, match=refusal):
        imports.import_package(city, package)
    assert _packages(city) == before
    progress.city_progress(city, YEAR, clock.now())  # the city's figures still read


def test_a_newer_package_supersedes_the_older(
    city: Workspace, sent: dict[str, Sent], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    item = sent["110107"]
    monkeypatch.setenv(ANCHORS, item.anchors)  # the district's anchors, written where it was built
    with _signed_in(item.folder, DEMO_ADMIN) as district:
        settings.OFFICE_CONTACT.save(district, "王主任")  # a change: a new audit head, a new package
    newer = _send(item.folder, item.code, tmp_path / "newer.zip")
    result = imports.import_package(city, newer.package)
    with city.sessions() as session:
        older = session.scalar(
            select(CityPackage).where(CityPackage.sha256 == imports.file_sha256(item.package))
        )
        assert older is not None and older.superseded_by == result.package_id
    assert result.supersedes == (older.id,)
    row = next(r for r in progress.city_progress(city, YEAR, clock.now()).districts if r.code == item.code)
    assert row.package_id == result.package_id and row.passed == newer.own.passed


def test_spot_check_sample_is_reproducible_logged_and_exported(city: Workspace, tmp_path: Path) -> None:
    first = sample.draw_sample(city, YEAR, 5, "2022-抽查", as_of=clock.now())
    again = sample.draw_sample(city, YEAR, 5, "2022-抽查", as_of=clock.now())
    assert first.codes == again.codes and len(first.codes) == 5
    with city.sessions() as session:
        entry = audit.rows(session)[-1]
    logged = json.loads(entry.new_json)
    assert (entry.action, logged["seed"], logged["sample"]) == (
        sample.SAMPLE_ACTION,
        "2022-抽查",
        first.codes,
    )
    path = sample.write_work_list(first, tmp_path / "抽查.xlsx")
    sheet = load_workbook(path).active
    assert [cell.value for cell in sheet[3]][:5] == ["序号", "区", "街道", "社区代码", "社区名称"]
    assert [sheet.cell(row=r, column=4).value for r in range(4, 9)] == first.codes


def test_cli_import_refusal_exits_2_and_progress_json(
    city: Workspace, sent: dict[str, Sent], capsys, monkeypatch
) -> None:
    monkeypatch.setenv("GREENDESK_PASSWORD", CITY_PASSWORD)
    city.close()  # the CLI opens it as another process would (and takes the writer's lock)
    folder = str(city.data_dir)
    code = main(
        [
            "--data-dir",
            folder,
            "--lang",
            "en",
            "--user",
            CITY_ADMIN,
            "city",
            "import",
            str(sent["110101"].package),
        ]
    )
    assert code == 2 and "already imported" in capsys.readouterr().err
    assert main(["--data-dir", folder, "city", "progress", "--year", str(YEAR), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["passed"] == sum(row["passed"] for row in data["districts"]) and data["reuse"]
    assert main(["--data-dir", folder, "city", "show", "110102", "--year", str(YEAR), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["progress"]["code"] == "110102"
    assert main(["--data-dir", folder, "city", "reuse", "--year", str(YEAR), "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == len(data["reuse"])
    with Workspace.open(city.data_dir) as reopened, pytest.raises(GreenDeskError):
        level.require_district(reopened)
