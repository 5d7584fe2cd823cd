"""standard_snapshot: the exact standard each recommendation was made under

Revision ID: 0006_standard_snapshot
Revises: 0005_coverage_reported
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_standard_snapshot"
down_revision = "0005_coverage_reported"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "standard_snapshot",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("standard_id", sa.String(length=64), nullable=False),
        sa.Column("content_json", sa.Text(), nullable=False),
        sa.Column("stored_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_standard_snapshot")),
    )


def downgrade() -> None:
    op.drop_table("standard_snapshot")
