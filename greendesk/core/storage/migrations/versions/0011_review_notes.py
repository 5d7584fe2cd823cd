"""review_notes: a free-text note per recommendation, every change kept

``review_note`` is append-only like ``decision``: each change of a community's note is a new row
(with its ``review.note`` audit entry), and the latest row is the note shown.

Revision ID: 0011_review_notes
Revises: 0010_evidence_kinds
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_review_notes"
down_revision = "0010_evidence_kinds"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "review_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("recommendation_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("written_by", sa.String(length=64), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["recommendation_id"],
            ["recommendation.id"],
            name=op.f("fk_review_note_recommendation_id_recommendation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_note")),
    )
    with op.batch_alter_table("review_note") as batch:
        batch.create_index(batch.f("ix_review_note_recommendation_id"), ["recommendation_id"], unique=False)


def downgrade() -> None:
    op.drop_table("review_note")
