"""publicity: public notice (公示), objections, naming (命名), re-checks (复核) and rework deadlines

Judgements are append-only (``objection_decision``, ``recheck_result``, ``rework_deadline``: the
latest row counts), like ``decision``.

Revision ID: 0013_publicity
Revises: 0012_panels
"""

import sqlalchemy as sa
from alembic import op

revision = "0013_publicity"
down_revision = "0012_panels"
branch_labels = None
depends_on = None


def _notices_and_objections() -> None:
    op.create_table(
        "public_notice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("batch", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("end_on", sa.Date(), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("period_kind", sa.String(length=12), nullable=False),
        sa.Column("channel_text", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("closed_by", sa.String(length=64), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_public_notice")),
    )
    with op.batch_alter_table("public_notice", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_public_notice_year"), ["year"], unique=False)

    op.create_table(
        "recheck_plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seed", sa.String(length=64), nullable=False),
        sa.Column("sample_size", sa.Integer(), nullable=False),
        sa.Column("population_json", sa.Text(), nullable=False),
        sa.Column("sample_json", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recheck_plan")),
    )
    with op.batch_alter_table("recheck_plan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_recheck_plan_year"), ["year"], unique=False)

    op.create_table(
        "naming",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("notice_id", sa.Integer(), nullable=False),
        sa.Column("document_number", sa.String(length=64), nullable=False),
        sa.Column("named_on", sa.Date(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["notice_id"],
            ["public_notice.id"],
            name=op.f("fk_naming_notice_id_public_notice"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_naming")),
    )
    with op.batch_alter_table("naming", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_naming_notice_id"), ["notice_id"], unique=False)

    op.create_table(
        "naming_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("naming_id", sa.Integer(), nullable=False),
        sa.Column("recommendation_id", sa.Integer(), nullable=False),
        sa.Column("tier", sa.String(length=16), nullable=False),
        sa.Column("plaque_number", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["naming_id"], ["naming.id"], name=op.f("fk_naming_entry_naming_id_naming"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["recommendation_id"],
            ["recommendation.id"],
            name=op.f("fk_naming_entry_recommendation_id_recommendation"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_naming_entry")),
        sa.UniqueConstraint("naming_id", "recommendation_id", name=op.f("uq_naming_entry_naming_id")),
    )
    with op.batch_alter_table("naming_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_naming_entry_naming_id"), ["naming_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_naming_entry_recommendation_id"), ["recommendation_id"], unique=False
        )


def _naming_and_rechecks() -> None:
    op.create_table(
        "objection",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("notice_id", sa.Integer(), nullable=False),
        sa.Column("recommendation_id", sa.Integer(), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("objector_kind", sa.String(length=8), nullable=False),
        sa.Column("objector_name", sa.String(length=128), nullable=False),
        sa.Column("id_number", sa.String(length=32), nullable=False),
        sa.Column("contact", sa.String(length=128), nullable=False),
        sa.Column("sealed", sa.Boolean(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("attachments_json", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["notice_id"],
            ["public_notice.id"],
            name=op.f("fk_objection_notice_id_public_notice"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recommendation_id"],
            ["recommendation.id"],
            name=op.f("fk_objection_recommendation_id_recommendation"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_objection")),
    )
    with op.batch_alter_table("objection", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_objection_notice_id"), ["notice_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_objection_recommendation_id"), ["recommendation_id"], unique=False
        )

    op.create_table(
        "public_notice_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("notice_id", sa.Integer(), nullable=False),
        sa.Column("recommendation_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["notice_id"],
            ["public_notice.id"],
            name=op.f("fk_public_notice_entry_notice_id_public_notice"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recommendation_id"],
            ["recommendation.id"],
            name=op.f("fk_public_notice_entry_recommendation_id_recommendation"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_public_notice_entry")),
        sa.UniqueConstraint("notice_id", "recommendation_id", name=op.f("uq_public_notice_entry_notice_id")),
    )
    with op.batch_alter_table("public_notice_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_public_notice_entry_notice_id"), ["notice_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_public_notice_entry_recommendation_id"), ["recommendation_id"], unique=False
        )


def _deadlines_and_decisions() -> None:
    op.create_table(
        "recheck_result",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=True),
        sa.Column("recommendation_id", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=12), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["recheck_plan.id"],
            name=op.f("fk_recheck_result_plan_id_recheck_plan"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["recommendation_id"],
            ["recommendation.id"],
            name=op.f("fk_recheck_result_recommendation_id_recommendation"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recheck_result")),
    )
    with op.batch_alter_table("recheck_result", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_recheck_result_recommendation_id"), ["recommendation_id"], unique=False
        )

    op.create_table(
        "rework_deadline",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("recommendation_id", sa.Integer(), nullable=False),
        sa.Column("round", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("set_by", sa.String(length=64), nullable=False),
        sa.Column("set_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["recommendation_id"],
            ["recommendation.id"],
            name=op.f("fk_rework_deadline_recommendation_id_recommendation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rework_deadline")),
    )
    with op.batch_alter_table("rework_deadline", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_rework_deadline_recommendation_id"), ["recommendation_id"], unique=False
        )

    op.create_table(
        "objection_decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("objection_id", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=12), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("review_round", sa.Integer(), nullable=True),
        sa.Column("decided_by", sa.String(length=64), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["objection_id"],
            ["objection.id"],
            name=op.f("fk_objection_decision_objection_id_objection"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_objection_decision")),
    )
    with op.batch_alter_table("objection_decision", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_objection_decision_objection_id"), ["objection_id"], unique=False
        )


def upgrade() -> None:
    _notices_and_objections()
    _naming_and_rechecks()
    _deadlines_and_decisions()


def downgrade() -> None:
    for table in (
        "objection_decision",
        "rework_deadline",
        "recheck_result",
        "public_notice_entry",
        "objection",
        "naming_entry",
        "naming",
        "recheck_plan",
        "public_notice",
    ):
        op.drop_table(table)
