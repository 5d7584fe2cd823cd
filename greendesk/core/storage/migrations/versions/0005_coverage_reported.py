"""recommendation.coverage_reported: the coverage % a street reported without a count

Revision ID: 0005_coverage_reported
Revises: 0004_reports
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_coverage_reported"
down_revision = "0004_reports"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("recommendation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("coverage_reported", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("recommendation", schema=None) as batch_op:
        batch_op.drop_column("coverage_reported")
