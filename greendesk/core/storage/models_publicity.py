"""The tables after sign-off: public notice (公示), objections, naming (命名), re-checks (复核) and
rework deadlines. Like decisions, judgements are append-only: a decision on an objection, a re-check
outcome or a new deadline is a new row; the latest counts and nothing is edited in place."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from greendesk.core.storage.models import Base


class PublicNotice(Base):
    """A public-notice list of one year and batch, its period, and the channel for objections."""

    __tablename__ = "public_notice"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    batch: Mapped[int] = mapped_column(Integer, default=1)
    title: Mapped[str] = mapped_column(String(200), default="")
    start_on: Mapped[date] = mapped_column(Date)
    end_on: Mapped[date] = mapped_column(Date)
    days: Mapped[int] = mapped_column(Integer)
    period_kind: Mapped[str] = mapped_column(String(12))  # calendar / working
    channel_text: Mapped[str] = mapped_column(Text, default="")  # where and how objections are taken
    created_by: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    closed_by: Mapped[str] = mapped_column(String(64), default="")
    closed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class PublicNoticeEntry(Base):
    """One signed-off recommendation on a notice's list."""

    __tablename__ = "public_notice_entry"
    __table_args__ = (UniqueConstraint("notice_id", "recommendation_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("public_notice.id", ondelete="CASCADE"), index=True)
    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendation.id", ondelete="RESTRICT"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)


class Objection(Base):
    """An objection received during (or after) a notice: a unit's carries its seal, a person's a real
    name, ID number and contact. ``attachments_json`` lists evidence files by content hash."""

    __tablename__ = "objection"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("public_notice.id", ondelete="CASCADE"), index=True)
    recommendation_id: Mapped[int | None] = mapped_column(
        ForeignKey("recommendation.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    received_on: Mapped[date] = mapped_column(Date)
    objector_kind: Mapped[str] = mapped_column(String(8))  # unit / person
    objector_name: Mapped[str] = mapped_column(String(128))
    id_number: Mapped[str] = mapped_column(String(32), default="")
    contact: Mapped[str] = mapped_column(String(128), default="")
    sealed: Mapped[bool] = mapped_column(Boolean, default=False)
    content: Mapped[str] = mapped_column(Text)
    attachments_json: Mapped[str] = mapped_column(Text, default="[]")
    recorded_by: Mapped[str] = mapped_column(String(64), default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime)


class ObjectionDecision(Base):
    """What became of an objection: refused (late or incomplete, with the reason), upheld (the
    community goes back to review in ``review_round``) or not upheld. The latest row counts."""

    __tablename__ = "objection_decision"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    objection_id: Mapped[int] = mapped_column(ForeignKey("objection.id", ondelete="CASCADE"), index=True)
    outcome: Mapped[str] = mapped_column(String(12))  # refused / upheld / dismissed
    reason: Mapped[str] = mapped_column(Text, default="")
    review_round: Mapped[int | None] = mapped_column(Integer, nullable=True)
    decided_by: Mapped[str] = mapped_column(String(64), default="")
    decided_at: Mapped[datetime] = mapped_column(DateTime)


class Naming(Base):
    """The naming (命名) after a notice: the document number (文号) and date."""

    __tablename__ = "naming"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("public_notice.id", ondelete="RESTRICT"), index=True)
    document_number: Mapped[str] = mapped_column(String(64))
    named_on: Mapped[date] = mapped_column(Date)
    created_by: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class NamingEntry(Base):
    """One named community and its tier (达到创建要求, which counts toward the targets, or 示范)."""

    __tablename__ = "naming_entry"
    __table_args__ = (UniqueConstraint("naming_id", "recommendation_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    naming_id: Mapped[int] = mapped_column(ForeignKey("naming.id", ondelete="CASCADE"), index=True)
    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendation.id", ondelete="RESTRICT"), index=True
    )
    tier: Mapped[str] = mapped_column(String(16), default="standard")  # standard / demonstration
    plaque_number: Mapped[str] = mapped_column(String(32), default="")


class RecheckPlan(Base):
    """A later year's re-check (复核) of named communities: the random sample is reproducible from
    ``seed`` over the population listed in ``population_json`` (kept, so it can be redrawn)."""

    __tablename__ = "recheck_plan"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    seed: Mapped[str] = mapped_column(String(64))
    sample_size: Mapped[int] = mapped_column(Integer)
    population_json: Mapped[str] = mapped_column(Text, default="[]")
    sample_json: Mapped[str] = mapped_column(Text, default="[]")
    created_by: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class RecheckResult(Base):
    """A re-check's outcome for one named community: 保持 (kept), 限期整改 (rectify by ``deadline``) or
    撤销 (revoked from ``effective_on``: it stops counting from that day). The latest row counts."""

    __tablename__ = "recheck_result"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int | None] = mapped_column(
        ForeignKey("recheck_plan.id", ondelete="SET NULL"), nullable=True
    )
    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendation.id", ondelete="RESTRICT"), index=True
    )
    outcome: Mapped[str] = mapped_column(String(12))  # kept / rectify / revoked
    deadline: Mapped[date | None] = mapped_column(Date, nullable=True)
    effective_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(64), default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime)


class ReworkDeadline(Base):
    """The deadline (整改期限) a returned community must resubmit by; the latest row per round counts."""

    __tablename__ = "rework_deadline"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendation.id", ondelete="CASCADE"), index=True
    )
    round: Mapped[int] = mapped_column(Integer)
    due_on: Mapped[date] = mapped_column(Date)
    set_by: Mapped[str] = mapped_column(String(64), default="")
    set_at: Mapped[datetime] = mapped_column(DateTime)
