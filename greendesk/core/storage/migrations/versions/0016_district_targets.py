"""district targets: a city's per-district target share for a year (in place of the city's share)

A district without a row for the year takes the city's yearly share (``yearly_target``); a row holds
the share the commission gave that district, who set it and when.

Revision ID: 0016_district_targets
Revises: 0015_review_findings
"""

import sqlalchemy as sa
from alembic import op


revision = "0016_district_targets"
down_revision = "0015_review_findings"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "city_district_target",
        sa.Column("district_code", sa.String(length=6), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("target_share", sa.Float(), nullable=False),
        sa.Column("set_by", sa.String(length=64), nullable=False),
        sa.Column("set_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "target_share > 0 AND target_share <= 100", name=op.f("ck_city_district_target_share_range")
        ),
        sa.ForeignKeyConstraint(
            ["district_code"],
            ["city_district.code"],
            name=op.f("fk_city_district_target_district_code_city_district"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("district_code", "year", name=op.f("pk_city_district_target")),
    )


def downgrade() -> None:
    op.drop_table("city_district_target")
