"""review findings: the per-rule findings a district decision of a scored standard was made from

``decision.findings_json`` holds the findings codec's JSON (``panel.findings``) when the reviewer
scored the item by its rules; plain 符合/不符合 decisions, and every decision made before, keep NULL.

Revision ID: 0015_review_findings
Revises: 0014_city
"""

import sqlalchemy as sa
from alembic import op


revision = "0015_review_findings"
down_revision = "0014_city"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.add_column(sa.Column("findings_json", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.drop_column("findings_json")
