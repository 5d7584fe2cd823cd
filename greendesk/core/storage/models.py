"""The workspace's tables (SQLAlchemy 2.x ORM). Schema changes go through Alembic migrations only."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class RegistryVersion(Base):
    """One row whose token triggers renew on any change to streets or communities (schema 0008).

    Lets the import reuse its in-memory registry index while the registry is unchanged.
    """

    __tablename__ = "registry_version"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token: Mapped[str] = mapped_column(String(32))


class Setting(Base):
    """Workspace-wide key/value settings (district, default standard, ...)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class Street(Base):
    """A township-level unit: street 街道, area office 地区, town 镇, township 乡 or other."""

    __tablename__ = "street"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(9))
    name: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16), default="街道")
    district_code: Mapped[str] = mapped_column(String(6), index=True)
    edition: Mapped[str] = mapped_column(String(16), default="2023")

    communities: Mapped[list[Community]] = relationship(back_populates="street", order_by="Community.code")

    __table_args__ = (UniqueConstraint("code", "edition"),)


class Community(Base):
    """A residents' committee (社区居委会) of the registry, with the figures the review needs."""

    __tablename__ = "community"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(12))
    name: Mapped[str] = mapped_column(String(64), index=True)
    short_name: Mapped[str] = mapped_column(String(64), default="")
    street_id: Mapped[int] = mapped_column(ForeignKey("street.id", ondelete="RESTRICT"), index=True)
    kind: Mapped[str] = mapped_column(String(16), default="居委会")
    in_scope: Mapped[bool] = mapped_column(Boolean, default=True)
    households: Mapped[int | None] = mapped_column(Integer, nullable=True)
    population: Mapped[int | None] = mapped_column(Integer, nullable=True)
    property_management_coverage: Mapped[float | None] = mapped_column(Float, nullable=True)
    contact: Mapped[str] = mapped_column(String(128), default="")
    edition: Mapped[str] = mapped_column(String(16), default="2023")
    updated_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)

    street: Mapped[Street] = relationship(back_populates="communities")

    __table_args__ = (UniqueConstraint("code", "edition"),)


class YearlyTarget(Base):
    """The share of in-scope communities that must have passed by the end of a year, and the deadlines."""

    __tablename__ = "yearly_target"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    district_code: Mapped[str] = mapped_column(String(6))
    year: Mapped[int] = mapped_column(Integer)
    target_share: Mapped[float] = mapped_column(Float)  # percent, e.g. 25.0
    pilots_per_street_min: Mapped[int] = mapped_column(Integer, default=2)
    pilots_per_street_max: Mapped[int] = mapped_column(Integer, default=3)
    summary_deadline: Mapped[date] = mapped_column(Date)
    quarterly_report_day: Mapped[int] = mapped_column(Integer, default=10)
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (UniqueConstraint("district_code", "year"),)


class User(Base):
    """A local account. Roles: reviewer, approver, administrator."""

    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(64), default="")
    roles: Mapped[str] = mapped_column(String(64), default="reviewer")  # comma-separated
    password_hash: Mapped[str] = mapped_column(String(256), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class ImportBatch(Base):
    """One imported street package; its content hash makes a re-import recognisable."""

    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    content_sha256: Mapped[str] = mapped_column(String(64))
    source_name: Mapped[str] = mapped_column(String(512), default="")
    year: Mapped[int] = mapped_column(Integer)
    batch: Mapped[int] = mapped_column(Integer, default=1)
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    imported_by: Mapped[str] = mapped_column(String(64), default="")
    summary_json: Mapped[str] = mapped_column(Text, default="{}")

    __table_args__ = (UniqueConstraint("content_sha256", "year", "batch"),)


class Recommendation(Base):
    """A street's recommendation of one community for a year and batch: the unit that is reviewed."""

    __tablename__ = "recommendation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    community_id: Mapped[int] = mapped_column(ForeignKey("community.id", ondelete="RESTRICT"))
    year: Mapped[int] = mapped_column(Integer, index=True)
    batch: Mapped[int] = mapped_column(Integer, default=1)
    standard_id: Mapped[str] = mapped_column(String(64))
    standard_sha256: Mapped[str] = mapped_column(String(64), default="")
    status: Mapped[str] = mapped_column(String(24), default="recommended", index=True)
    current_round: Mapped[int] = mapped_column(Integer, default=1)
    households: Mapped[int | None] = mapped_column(Integer, nullable=True)
    households_managed: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # The coverage % as the street wrote it when it gave no count of managed households: the count
    # derived from it is rounded, and 30 % of 1,501 households must not become 29.98 %.
    coverage_reported: Mapped[float | None] = mapped_column(Float, nullable=True)
    contact: Mapped[str] = mapped_column(String(128), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"), nullable=True)
    recommended_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    signed_off_by: Mapped[str] = mapped_column(String(64), default="")
    signed_off_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)

    community: Mapped[Community] = relationship()

    __table_args__ = (UniqueConstraint("community_id", "year"),)


class SelfAssessment(Base):
    """What the street claims for one item (符合/基本符合/不符合 and a note).

    Like other columns that lead a unique constraint, recommendation_id has no index of its own:
    the constraint's index serves those lookups (migration 0007).
    """

    __tablename__ = "self_assessment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    recommendation_id: Mapped[int] = mapped_column(ForeignKey("recommendation.id", ondelete="CASCADE"))
    item_number: Mapped[int] = mapped_column(Integer)
    claim: Mapped[str] = mapped_column(String(32), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (UniqueConstraint("recommendation_id", "item_number"),)


# What a stored file is: a photo or scan with pixels, a PDF, a word-processor document, a
# spreadsheet, a video, or any other file kept as an attachment and opened externally.
EVIDENCE_KINDS = ("image", "pdf", "document", "spreadsheet", "video", "other")


class Photo(Base):
    """A file in the content-addressed store (a photo, document, video or any other attachment).

    The original bytes live at photos/<aa>/<sha256><ext> and are never changed; ``kind`` says what
    the file is (see ``EVIDENCE_KINDS``), width and height are 0 for files without pixels.
    """

    __tablename__ = "photo"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    format: Mapped[str] = mapped_column(String(16))
    extension: Mapped[str] = mapped_column(String(8))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    orientation: Mapped[int] = mapped_column(Integer, default=1)
    taken_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    gps_lat: Mapped[float | None] = mapped_column(Float, nullable=True)
    gps_lon: Mapped[float | None] = mapped_column(Float, nullable=True)
    has_exif: Mapped[bool] = mapped_column(Boolean, default=False)
    added_at: Mapped[datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(16), default="image", server_default="image")
    media_type: Mapped[str] = mapped_column(String(64), default="", server_default="")
    # exif / xmp / makernote / mtime ("mtime" is the file's modification time, not a capture time)
    taken_source: Mapped[str] = mapped_column(String(16), default="", server_default="")
    page_count: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # Display-only turn (degrees clockwise) for a photo whose orientation data is wrong; audited.
    display_rotation: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class Evidence(Base):
    """A stored file (photo, document, video, any attachment) attached to one item of one recommendation."""

    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    recommendation_id: Mapped[int] = mapped_column(ForeignKey("recommendation.id", ondelete="CASCADE"))
    item_number: Mapped[int] = mapped_column(Integer)
    photo_sha256: Mapped[str] = mapped_column(ForeignKey("photo.sha256", ondelete="RESTRICT"), index=True)
    original_name: Mapped[str] = mapped_column(String(512), default="")
    caption: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(16), default="import")
    added_at: Mapped[datetime] = mapped_column(DateTime)
    added_by: Mapped[str] = mapped_column(String(64), default="")

    photo: Mapped[Photo] = relationship()

    __table_args__ = (UniqueConstraint("recommendation_id", "item_number", "photo_sha256"),)


class Decision(Base):
    """One reviewer decision on one item in one round. Append-only: the latest row per item counts."""

    __tablename__ = "decision"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendation.id", ondelete="CASCADE"), index=True
    )
    round: Mapped[int] = mapped_column(Integer)
    item_number: Mapped[int] = mapped_column(Integer)
    outcome: Mapped[str] = mapped_column(String(8))  # pass / fail / more
    comment: Mapped[str] = mapped_column(Text, default="")
    measured_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    decided_by: Mapped[str] = mapped_column(String(64), default="")
    decided_at: Mapped[datetime] = mapped_column(DateTime)
    # the per-rule findings (panel.findings JSON) a scored-by-rules decision follows from; NULL otherwise
    findings_json: Mapped[str | None] = mapped_column(Text, nullable=True)


class ReviewNote(Base):
    """A reviewer's free-text note on one recommendation. Append-only: the latest row is the note."""

    __tablename__ = "review_note"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendation.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text, default="")
    written_by: Mapped[str] = mapped_column(String(64), default="")
    written_at: Mapped[datetime] = mapped_column(DateTime)


class AuditEntry(Base):
    """Append-only, hash-chained log of every change: who, when, what, old -> new."""

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    user: Mapped[str] = mapped_column(String(64), default="")
    action: Mapped[str] = mapped_column(String(48))
    entity: Mapped[str] = mapped_column(String(32))
    entity_key: Mapped[str] = mapped_column(String(64), default="", index=True)
    old_json: Mapped[str] = mapped_column(Text, default="null")
    new_json: Mapped[str] = mapped_column(Text, default="null")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class ReportSnapshot(Base):
    """A progress report's figures taken on a date; frozen once marked submitted (submitted_at set)."""

    __tablename__ = "report_snapshot"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)  # quarterly / annual
    period: Mapped[str] = mapped_column(String(16), index=True)  # 2022Q3 / 2022
    as_of: Mapped[date] = mapped_column(Date)
    taken_at: Mapped[datetime] = mapped_column(DateTime)
    taken_by: Mapped[str] = mapped_column(String(64), default="")
    data_json: Mapped[str] = mapped_column(Text, default="{}")
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    narrative: Mapped[str] = mapped_column(Text, default="")


class StandardSnapshot(Base):
    """The exact standard a recommendation was made under, by content hash: editing or replacing a
    standard file later never changes how past reviews read."""

    __tablename__ = "standard_snapshot"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    standard_id: Mapped[str] = mapped_column(String(64))
    content_json: Mapped[str] = mapped_column(Text)
    stored_at: Mapped[datetime] = mapped_column(DateTime)


class Panel(Base):
    """An expert panel scoring the communities of one campaign year and batch against one scored
    standard (by content hash, like a recommendation)."""

    __tablename__ = "panel"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    batch: Mapped[int] = mapped_column(Integer, default=1)
    name: Mapped[str] = mapped_column(String(128), default="")
    standard_sha256: Mapped[str] = mapped_column(String(64), default="")
    disagreement_threshold: Mapped[float] = mapped_column(Float, default=2.0)  # points of spread per item
    created_by: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class PanelExpert(Base):
    """One expert on a panel: a local account with the expert role (``username``) or an external
    expert without one. ``key`` ("E01") names the expert in kits, sheets and documents;
    ``kit_key`` is the secret a returned kit is authenticated with (set when a kit is exported)."""

    __tablename__ = "panel_expert"
    __table_args__ = (UniqueConstraint("panel_id", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    panel_id: Mapped[int] = mapped_column(ForeignKey("panel.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(64))
    organisation: Mapped[str] = mapped_column(String(128), default="")
    username: Mapped[str | None] = mapped_column(String(64), nullable=True)
    kit_key: Mapped[str] = mapped_column(String(128), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    added_by: Mapped[str] = mapped_column(String(64), default="")
    added_at: Mapped[datetime] = mapped_column(DateTime)


class PanelAssignment(Base):
    """An expert assigned to score one recommendation: all items (``item_number`` NULL) or one item."""

    __tablename__ = "panel_assignment"
    __table_args__ = (UniqueConstraint("expert_id", "recommendation_id", "item_number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    expert_id: Mapped[int] = mapped_column(ForeignKey("panel_expert.id", ondelete="CASCADE"), index=True)
    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendation.id", ondelete="CASCADE"), index=True
    )
    item_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    assigned_by: Mapped[str] = mapped_column(String(64), default="")
    assigned_at: Mapped[datetime] = mapped_column(DateTime)


class ExpertScore(Base):
    """One expert's score of one item of one recommendation. Append-only: the latest row per
    (expert, recommendation, item) counts. ``source`` says how it arrived (direct / kit / sheet)
    and ``source_sha256`` which returned file carried it (a re-import of the same file adds nothing)."""

    __tablename__ = "expert_score"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    expert_id: Mapped[int] = mapped_column(ForeignKey("panel_expert.id", ondelete="CASCADE"), index=True)
    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendation.id", ondelete="CASCADE"), index=True
    )
    item_number: Mapped[int] = mapped_column(Integer)
    score: Mapped[float | None] = mapped_column(Float, nullable=True)  # None: the expert did not score it
    findings_json: Mapped[str] = mapped_column(Text, default="{}")
    comment: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(8), default="direct")
    source_sha256: Mapped[str] = mapped_column(String(64), default="", index=True)
    recorded_by: Mapped[str] = mapped_column(String(64), default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime)


class PanelConfirmation(Base):
    """The 复核人's confirmed score of one item after the merge, with any dissent kept.
    Append-only: the latest row per (panel, recommendation, item) counts."""

    __tablename__ = "panel_confirmation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    panel_id: Mapped[int] = mapped_column(ForeignKey("panel.id", ondelete="CASCADE"), index=True)
    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendation.id", ondelete="CASCADE"), index=True
    )
    item_number: Mapped[int] = mapped_column(Integer)
    score: Mapped[float] = mapped_column(Float)
    dissent: Mapped[str] = mapped_column(Text, default="")
    confirmed_by: Mapped[str] = mapped_column(String(64), default="")
    confirmed_at: Mapped[datetime] = mapped_column(DateTime)


class SiteVisit(Base):
    """A planned on-site verification (现场核验) of one recommendation: its day, its place in that
    day's route, and a random ``visit_code`` printed in the form's QR code."""

    __tablename__ = "site_visit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    visit_code: Mapped[str] = mapped_column(String(16), unique=True)
    panel_id: Mapped[int | None] = mapped_column(ForeignKey("panel.id", ondelete="SET NULL"), nullable=True)
    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendation.id", ondelete="CASCADE"), index=True
    )
    planned_on: Mapped[date] = mapped_column(Date, index=True)
    route_order: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String(12), default="planned")  # planned / recorded / cancelled
    created_by: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class SiteVisitRecord(Base):
    """What a site visit found, entered back from the paper form. Append-only: the latest row per
    (visit, item) counts; ``item_number`` 0 holds the visit's own notes (听/查/看/问/议) and the
    residents' questionnaire tally in ``notes_json``."""

    __tablename__ = "site_visit_record"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("site_visit.id", ondelete="CASCADE"), index=True)
    item_number: Mapped[int] = mapped_column(Integer)
    outcome: Mapped[str | None] = mapped_column(String(8), nullable=True)
    score: Mapped[float | None] = mapped_column(Float, nullable=True)
    notes_json: Mapped[str] = mapped_column(Text, default="{}")
    recorded_by: Mapped[str] = mapped_column(String(64), default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
