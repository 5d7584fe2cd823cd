"""panels: expert panels, their assignments and scores, the 复核人's confirmations, site visits

Every table is append-only where it holds a judgement (``expert_score``, ``panel_confirmation``,
``site_visit_record``: the latest row counts), like ``decision``.

Revision ID: 0012_panels
Revises: 0011_review_notes
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_panels"
down_revision = "0011_review_notes"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"), ondelete=ondelete
    )


def _index(table: str, *columns: str, unique: bool = False) -> None:
    with op.batch_alter_table(table) as batch:
        for column in columns:
            batch.create_index(batch.f(f"ix_{table}_{column}"), [column], unique=unique)


def _panels_and_scores() -> None:
    op.create_table(
        "panel",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("batch", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=128), nullable=False),
        sa.Column("standard_sha256", sa.String(length=64), nullable=False),
        sa.Column("disagreement_threshold", sa.Float(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_panel")),
    )
    _index("panel", "year")
    op.create_table(
        "panel_expert",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("panel_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("organisation", sa.String(length=128), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=True),
        sa.Column("kit_key", sa.String(length=128), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("added_by", sa.String(length=64), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        _fk("panel_expert", "panel_id", "panel", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_panel_expert")),
        sa.UniqueConstraint("panel_id", "key", name=op.f("uq_panel_expert_panel_id")),
    )
    _index("panel_expert", "panel_id")
    op.create_table(
        "panel_assignment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("expert_id", sa.Integer(), nullable=False),
        sa.Column("recommendation_id", sa.Integer(), nullable=False),
        sa.Column("item_number", sa.Integer(), nullable=True),
        sa.Column("assigned_by", sa.String(length=64), nullable=False),
        sa.Column("assigned_at", sa.DateTime(), nullable=False),
        _fk("panel_assignment", "expert_id", "panel_expert", "CASCADE"),
        _fk("panel_assignment", "recommendation_id", "recommendation", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_panel_assignment")),
        sa.UniqueConstraint(
            "expert_id", "recommendation_id", "item_number", name=op.f("uq_panel_assignment_expert_id")
        ),
    )
    _index("panel_assignment", "expert_id", "recommendation_id")
    op.create_table(
        "expert_score",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("expert_id", sa.Integer(), nullable=False),
        sa.Column("recommendation_id", sa.Integer(), nullable=False),
        sa.Column("item_number", sa.Integer(), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("findings_json", sa.Text(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=8), nullable=False),
        sa.Column("source_sha256", sa.String(length=64), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        _fk("expert_score", "expert_id", "panel_expert", "CASCADE"),
        _fk("expert_score", "recommendation_id", "recommendation", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_expert_score")),
    )
    _index("expert_score", "expert_id", "recommendation_id", "source_sha256")


def _confirmations_and_visits() -> None:
    op.create_table(
        "panel_confirmation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("panel_id", sa.Integer(), nullable=False),
        sa.Column("recommendation_id", sa.Integer(), nullable=False),
        sa.Column("item_number", sa.Integer(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("dissent", sa.Text(), nullable=False),
        sa.Column("confirmed_by", sa.String(length=64), nullable=False),
        sa.Column("confirmed_at", sa.DateTime(), nullable=False),
        _fk("panel_confirmation", "panel_id", "panel", "CASCADE"),
        _fk("panel_confirmation", "recommendation_id", "recommendation", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_panel_confirmation")),
    )
    _index("panel_confirmation", "panel_id", "recommendation_id")
    op.create_table(
        "site_visit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_code", sa.String(length=16), nullable=False),
        sa.Column("panel_id", sa.Integer(), nullable=True),
        sa.Column("recommendation_id", sa.Integer(), nullable=False),
        sa.Column("planned_on", sa.Date(), nullable=False),
        sa.Column("route_order", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        _fk("site_visit", "panel_id", "panel", "SET NULL"),
        _fk("site_visit", "recommendation_id", "recommendation", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_site_visit")),
        sa.UniqueConstraint("visit_code", name=op.f("uq_site_visit_visit_code")),
    )
    _index("site_visit", "recommendation_id", "planned_on")
    op.create_table(
        "site_visit_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("item_number", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=8), nullable=True),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("notes_json", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        _fk("site_visit_record", "visit_id", "site_visit", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_site_visit_record")),
    )
    _index("site_visit_record", "visit_id")


def upgrade() -> None:
    _panels_and_scores()
    _confirmations_and_visits()


def downgrade() -> None:
    for table in (
        "site_visit_record",
        "site_visit",
        "panel_confirmation",
        "expert_score",
        "panel_assignment",
        "panel_expert",
        "panel",
    ):
        op.drop_table(table)
