"""The tables of a city (municipal) workspace: the districts it oversees and the packages they sent.

A package is kept whole (``data_json``, the district's own machine-readable file as verified) and also
spread into rows (communities, evidence hashes) that the city's lists, reuse flags and spot-check
samples query. Imports are append-only: a newer package for the same district, kind and period marks
the older one ``superseded_by`` and both stay.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from greendesk.core.storage.models import Base


class CityDistrict(Base):
    """One district of the city's registry, with its urban residents' committees (the rates' base)."""

    __tablename__ = "city_district"

    code: Mapped[str] = mapped_column(String(6), primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    urban_communities: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(64), default="")  # e.g. the shipped registry edition


class CityDistrictTarget(Base):
    """A district's own target share for a year, set by the commission in place of the city's yearly
    share (core districts 70 %, outer districts 50 %); without a row the city's share applies."""

    __tablename__ = "city_district_target"
    __table_args__ = (CheckConstraint("target_share > 0 AND target_share <= 100", name="share_range"),)

    district_code: Mapped[str] = mapped_column(
        ForeignKey("city_district.code", ondelete="RESTRICT"), primary_key=True
    )
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    target_share: Mapped[float] = mapped_column(Float)  # percent, e.g. 70.0
    set_by: Mapped[str] = mapped_column(String(64))
    set_at: Mapped[datetime] = mapped_column(DateTime)


class CityPackage(Base):
    """One imported district package: what it is, who signed it, when it was imported, and its data."""

    __tablename__ = "city_package"
    __table_args__ = (UniqueConstraint("external_identifier", "audit_head"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    district_code: Mapped[str] = mapped_column(String(6), index=True)
    district_name: Mapped[str] = mapped_column(String(64), default="")
    kind: Mapped[str] = mapped_column(String(24))  # application / quarterly-report / annual-report
    year: Mapped[int] = mapped_column(Integer, index=True)
    batch: Mapped[int | None] = mapped_column(Integer, nullable=True)
    quarter: Mapped[int | None] = mapped_column(Integer, nullable=True)
    period: Mapped[str] = mapped_column(String(16))  # 2022 / 2022-B1 / 2022-Q3
    as_of: Mapped[datetime] = mapped_column(DateTime)
    fingerprint: Mapped[str] = mapped_column(String(64))
    sha256: Mapped[str] = mapped_column(String(64), unique=True)  # of the package zip as received
    bag_name: Mapped[str] = mapped_column(String(200), default="")
    external_identifier: Mapped[str] = mapped_column(String(200), default="")
    audit_head: Mapped[str] = mapped_column(String(64), default="")
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    imported_by: Mapped[str] = mapped_column(String(64))
    superseded_by: Mapped[int | None] = mapped_column(
        ForeignKey("city_package.id", ondelete="RESTRICT"), nullable=True
    )
    data_json: Mapped[str] = mapped_column(Text)


class CityCommunity(Base):
    """One community's result as a district package sent it."""

    __tablename__ = "city_community"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    package_id: Mapped[int] = mapped_column(ForeignKey("city_package.id", ondelete="CASCADE"), index=True)
    district_code: Mapped[str] = mapped_column(String(6), index=True)
    code: Mapped[str] = mapped_column(String(12), index=True)
    name: Mapped[str] = mapped_column(String(128), default="")
    street_code: Mapped[str] = mapped_column(String(12), default="")
    street_name: Mapped[str] = mapped_column(String(64), default="")
    status: Mapped[str] = mapped_column(String(16), default="")
    passed: Mapped[bool] = mapped_column(Boolean, default=False)
    score: Mapped[float | None] = mapped_column(Float, nullable=True)
    named_tier: Mapped[str] = mapped_column(String(16), default="")
    named_document: Mapped[str] = mapped_column(String(64), default="")
    named_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class CityEvidence(Base):
    """One evidence file (by SHA-256) a district package lists for a community's item."""

    __tablename__ = "city_evidence"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    package_id: Mapped[int] = mapped_column(ForeignKey("city_package.id", ondelete="CASCADE"), index=True)
    district_code: Mapped[str] = mapped_column(String(6))
    community_code: Mapped[str] = mapped_column(String(12))
    item: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
