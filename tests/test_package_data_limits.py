"""A genuine package's document can still be insane: every value is bounded before anyone relies on it.

A district's key proves who sent a package, not that the GreenDesk which wrote it (or the person who
hand-made and signed it) kept the rules. The city stores the document's values in SQLite, sums its
figures and prints them in documents, so each case below was a crash, a figure over 100 %, or a name
no document can print before the limits existed. The end-to-end import of such packages is in
tests/test_city.py; here the document is checked directly, one field at a time.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from greendesk.core.base.errors import ValidationError
from greendesk.core.package import signing
from greendesk.core.package.data import build_package_data, read_package_data, validate_package_data
from greendesk.core.package.data_schema import MAX_WHOLE
from greendesk.core.package.export import export_package
from greendesk.core.workspace import Workspace
from tests.accounts_support import TEST_PASSWORD, TEST_USER
from tests.package_fixtures import YEAR, build_signed_off_workspace
from tests.package_forgery import forge
from tests.test_package_format2 import DATA_PATH, _refresh_oxum, _set


@dataclass(frozen=True)
class Sent:
    package: Path
    key_folder: Path  # the workspace whose signing key the city would trust


@pytest.fixture(scope="module")
def sent(tmp_path_factory: pytest.TempPathFactory) -> Sent:
    """A real application package (three signed-off communities) and its district's key."""
    folder = tmp_path_factory.mktemp("limits")
    with Workspace.create(folder / "ws", "110105", admin=TEST_USER, password=TEST_PASSWORD) as workspace:
        build_signed_off_workspace(workspace)
        result = export_package(workspace, YEAR, folder / "申报材料.zip")
    return Sent(result.path, folder / "ws")


@pytest.fixture(scope="module")
def document(sent: Sent) -> dict[str, Any]:
    return read_package_data(sent.package)


def _append_community_copy(document: dict[str, Any]) -> None:
    document["communities"].append(copy.deepcopy(document["communities"][0]))


def _deep(document: dict[str, Any]) -> None:
    nested: Any = 1
    for _ in range(40):
        nested = [nested]
    document["figures"]["by_status"]["deep"] = nested


HOSTILE = [
    # values SQLite cannot store or the figures cannot use
    (_set("communities.0.score", 10**30), "communities[0].score"),
    (_set("communities.0.score", float("inf")), "communities[0].score"),
    (_set("communities.0.score", -5), "communities[0].score"),
    (_set("communities.0.evidence.0.item", 2**63), "communities[0].evidence[0].item"),
    (_set("communities.0.evidence.0.item", 0), "communities[0].evidence[0].item"),
    (_set("figures.passed", -1), "figures.passed"),
    (_set("figures.passed", MAX_WHOLE * 4), "figures.passed"),
    (_set("figures.passed", 10_000), "figures.passed"),  # more passed than in scope
    (_set("figures.passed_share", 250.0), "figures.passed_share"),
    (_set("figures.by_status.passed", 10**40), "figures.by_status.passed"),
    # rows the city sums
    (_set("figures.streets", [1, "x"]), "figures.streets[0]"),
    (_set("figures.streets.0.recommended", KeyError), "figures.streets[0].recommended"),
    (_set("figures.streets.0.recommended", 10**6), "figures.streets[0].recommended"),
    # text SQLite, openpyxl or a PDF cannot hold, or a layout cannot fit
    (_set("communities.0.name", "永安\ud800里"), "communities[0].name"),
    (_set("communities.0.name", "永安\x01里"), "communities[0].name"),
    (_set("communities.0.name", "永安里\n社区"), "communities[0].name"),
    (_set("communities.0.name", "社" * 5000), "communities[0].name"),
    (_set("district.name", "朝阳\x00"), "district.name"),
    (_set("figures.by_status.\u0007", 1), "figures.by_status.\u0007"),
    (_deep, "nested more than"),
    # codes, statuses, tiers and dates from the vocabulary, not free text
    (_set("communities.0.code", "1101050010'1"), "communities[0].code"),
    (_set("communities.0.street_code", "建外"), "communities[0].street_code"),
    (_set("communities.0.status", "approved!"), "communities[0].status"),
    (
        _set(
            "communities.0.named",
            {"tier": "gold", "document_number": "朝建〔2022〕1号", "date": "2022-12-01"},
        ),
        "communities[0].named.tier",
    ),
    (
        _set("communities.0.named", {"tier": "standard", "document_number": "1", "date": "0001-01-01"}),
        "communities[0].named.date",
    ),
    (_set("as_of", "2022-11-30T10:00:00+08:00"), "as_of"),  # every clock is the office's own
    (_set("communities.0.signed_off_at", "9999-12-31T00:00:00"), "communities[0].signed_off_at"),
    (_set("communities.0.round", 0), "communities[0].round"),
    # one entry per community: a copy would count twice
    (_append_community_copy, "communities[3].code"),
]


@pytest.mark.parametrize(("change", "field"), HOSTILE)
def test_values_out_of_bounds_are_refused_naming_the_field(document, change, field: str) -> None:
    broken = copy.deepcopy(document)
    change(broken)
    with pytest.raises(ValidationError, match=r"carries an invalid greendesk-data\.json") as error:
        validate_package_data(broken, "朝阳.zip")
    message = str(error.value)
    assert field in message
    message.encode("utf-8")  # the refusal itself is printable (a lone surrogate is shown escaped)


def test_the_real_document_passes_the_limits(document) -> None:
    assert validate_package_data(copy.deepcopy(document), "朝阳.zip") == document


def _build(document, **changes):
    fields = {key: document[key] for key in ("kind", "year", "batch", "quarter", "figures", "communities")}
    fields["communities"] = copy.deepcopy(fields["communities"])
    fields["communities"][0].update(changes)
    return build_package_data(
        district_code=document["district"]["code"],
        district_name=document["district"]["name"],
        as_of=datetime.fromisoformat(document["as_of"]),
        **fields,
    )


def test_a_package_is_never_built_with_a_document_its_importer_would_refuse(document) -> None:
    """The limits are checked when building too: a district cannot send what the city would refuse."""
    with pytest.raises(ValidationError, match=r"cannot be packaged: communities\[0\]\.round"):
        _build(document, round=-1)


def test_a_control_character_in_the_workspace_goes_out_escaped(document) -> None:
    """A name holding one (typed or read in before) does not stop the package; the city can store it."""
    built = _build(document, name="永安\x0b里")
    assert built["communities"][0]["name"] == "永安\\u000b里"
    assert validate_package_data(copy.deepcopy(built), "朝阳.zip") == built


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"\xef\xbb\xbf{}", "not JSON text (line 1, column 1)"),
        (b'{"a": \xff}', "not UTF-8 text (byte 6)"),
        (b"[" * 100_000 + b"]" * 100_000, "nested more than 16 levels deep"),
        (b'{"score": 1e999}', "Infinity"),
        (b'{"score": NaN}', "NaN is not a number JSON allows"),
    ],
    ids=["bom", "not-utf8", "deep", "overflow", "nan"],
)
def test_undecodable_documents_are_refused_with_the_reason(
    sent: Sent, raw: bytes, reason: str, tmp_path: Path
) -> None:
    """The district's package with these bytes as its document, signed again with its own key."""

    def replaced(files: dict[str, bytes]) -> None:
        files[DATA_PATH] = raw
        _refresh_oxum(files)

    key = signing.load_or_create_key(sent.key_folder)
    package = forge(sent.package, tmp_path / "区.zip", key, replaced)
    with pytest.raises(ValidationError, match=r"区\.zip carries an invalid greendesk-data\.json") as error:
        read_package_data(package)
    assert reason in str(error.value)
