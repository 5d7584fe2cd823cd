"""The issuing office of official documents: its details (settings) and its document numbers.

An office that has not set its details gets them derived from the district: 朝阳区 (110105) issues as
北京市朝阳区住房和城乡建设委员会 with the prefix 朝住建发. A document number (发文字号, 朝住建发〔2022〕12号)
is counted per year and tied to the document it was issued for: printing the same document again
prints the same number, and a number once issued is never given to another document.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from greendesk.core import accounts, settings
from greendesk.core.base import clock
from greendesk.core.base.errors import ValidationError
from greendesk.core.base.i18n import QT_TRANSLATE_NOOP
from greendesk.core.registry.districts import is_city_code
from greendesk.core.review.vocabulary import ADMINISTRATOR
from greendesk.core.workspace import Workspace

BEIJING_PREFIX = "11"
BEIJING_COMMISSION_PREFIX = "京建发"  # the municipal commission's own 发文字号 prefix
MINISTRY = "住房和城乡建设部"  # where a city's commission reports
PHONE_CHARACTERS = set("0123456789-+ ()（）转")


@dataclass(frozen=True)
class OfficeDetails:
    """发文机关 full name, the contact person and phone printed on forms, the 发文字号 prefix, and the
    签发人 a report sent up to the municipal commission (上行文) names beside its number."""

    name: str
    contact: str
    phone: str
    prefix: str
    signer: str = ""


def derived_name(district_code: str, district_name: str) -> str:
    """The district's 住建委 as its documents name it (Beijing's districts with 北京市 in front); a city
    workspace's is the municipal commission (北京市住房和城乡建设委员会)."""
    if is_city_code(district_code):
        return f"{district_name}住房和城乡建设委员会" if district_name else ""
    city = "北京市" if district_code.startswith(BEIJING_PREFIX) else ""
    return f"{city}{district_name}住房和城乡建设委员会" if district_name else ""


def derived_prefix(district_name: str, district_code: str = "") -> str:
    """The usual 发文字号 prefix: the district's first character and 住建发 (朝阳区 -> 朝住建发); Beijing's
    municipal commission issues as 京建发, another city's as its first character and 建发."""
    if is_city_code(district_code):
        if district_code.startswith(BEIJING_PREFIX):
            return BEIJING_COMMISSION_PREFIX
        return f"{district_name[:1]}建发" if district_name else "建发"
    return f"{district_name[:1]}住建发" if district_name else "住建发"


def superior_organ(district_code: str) -> str:
    """Where reports go (主送机关): Beijing's districts report to the municipal commission, a city's
    commission to the ministry."""
    if is_city_code(district_code):
        return MINISTRY
    return "北京市住房和城乡建设委员会" if district_code.startswith(BEIJING_PREFIX) else ""


def office_details(session: Session) -> OfficeDetails:
    """The office's details, each unset one derived from the district."""
    code, district = settings.DISTRICT_CODE.read(session), settings.DISTRICT_NAME.read(session)
    return OfficeDetails(
        name=settings.OFFICE_NAME.read(session).strip() or derived_name(code, district),
        contact=settings.OFFICE_CONTACT.read(session).strip(),
        phone=settings.OFFICE_PHONE.read(session).strip(),
        prefix=settings.DOCUMENT_NUMBER_PREFIX.read(session).strip() or derived_prefix(district, code),
        signer=settings.OFFICE_SIGNER.read(session).strip(),
    )


def read_office(workspace: Workspace) -> OfficeDetails:
    with workspace.sessions() as session:
        return office_details(session)


def save_office(workspace: Workspace, details: OfficeDetails) -> OfficeDetails:
    """Store the office's details (administrators only), each change audited, in one transaction."""
    accounts.require(workspace, ADMINISTRATOR)
    cleaned = OfficeDetails(
        *(
            " ".join(value.split())
            for value in (details.name, details.contact, details.phone, details.prefix, details.signer)
        )
    )
    if cleaned.phone and not set(cleaned.phone) <= PHONE_CHARACTERS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{value} is not a telephone number (digits, spaces and - only)."),
            value=cleaned.phone,
        )
    if any(mark in cleaned.prefix for mark in "〔〕[]号"):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The document-number prefix {value} holds only the organ code, e.g. 朝住建发."
            ),
            value=cleaned.prefix,
        )
    pairs = (
        (settings.OFFICE_NAME, cleaned.name),
        (settings.OFFICE_CONTACT, cleaned.contact),
        (settings.OFFICE_PHONE, cleaned.phone),
        (settings.DOCUMENT_NUMBER_PREFIX, cleaned.prefix),
        (settings.OFFICE_SIGNER, cleaned.signer),
    )
    with workspace.transaction() as session:
        for setting, value in pairs:
            if setting.read(session) != value:
                setting.write(session, workspace.user, value)
        return office_details(session)


@dataclass(frozen=True)
class DocumentNumber:
    """One issued 发文字号."""

    prefix: str
    year: int
    number: int

    @property
    def text(self) -> str:
        return f"{self.prefix}〔{self.year}〕{self.number}号"


def _numbers(session: Session) -> dict[str, dict]:
    try:
        stored = json.loads(settings.DOCUMENT_NUMBERS.read(session))
    except json.JSONDecodeError:
        stored = {}
    return stored if isinstance(stored, dict) else {}


def issue_number(workspace: Workspace, document: str, on: date | None = None) -> DocumentNumber:
    """The number of ``document`` (a key such as ``notice:110105001001:2022:1``), issued once.

    The first call for a document takes the year's next free number (audited, in its own
    transaction); later calls return the same number. The year is the year it was first issued.
    """
    year = (on or clock.today()).year
    with workspace.transaction() as session:
        prefix = office_details(session).prefix
        numbers = _numbers(session)
        for issued_year, book in numbers.items():
            issued = book.get("issued", {}).get(document)
            if issued is not None:  # printed again: the number (and prefix) it was issued with
                return DocumentNumber(issued["prefix"], int(issued_year), int(issued["number"]))
        book = numbers.setdefault(str(year), {"next": 1, "issued": {}})
        number = int(book.get("next", 1))
        book["issued"][document] = {"number": number, "prefix": prefix}
        book["next"] = number + 1
        settings.DOCUMENT_NUMBERS.write(
            session, workspace.user, json.dumps(numbers, ensure_ascii=False, sort_keys=True)
        )
        return DocumentNumber(prefix, year, number)
