"""city: a municipal workspace's districts and the district packages it imported

Imports are append-only: a newer package for the same district, kind and period points the older
one's ``superseded_by`` at itself; both stay, with their communities and evidence hashes.

Revision ID: 0014_city
Revises: 0013_publicity
"""

import sqlalchemy as sa
from alembic import op


revision = "0014_city"
down_revision = "0013_publicity"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "city_district",
        sa.Column("code", sa.String(length=6), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("urban_communities", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_city_district")),
    )
    op.create_table(
        "city_package",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("district_code", sa.String(length=6), nullable=False),
        sa.Column("district_name", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("batch", sa.Integer(), nullable=True),
        sa.Column("quarter", sa.Integer(), nullable=True),
        sa.Column("period", sa.String(length=16), nullable=False),
        sa.Column("as_of", sa.DateTime(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("bag_name", sa.String(length=200), nullable=False),
        sa.Column("external_identifier", sa.String(length=200), nullable=False),
        sa.Column("audit_head", sa.String(length=64), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("imported_by", sa.String(length=64), nullable=False),
        sa.Column("superseded_by", sa.Integer(), nullable=True),
        sa.Column("data_json", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["superseded_by"],
            ["city_package.id"],
            name=op.f("fk_city_package_superseded_by_city_package"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_city_package")),
        sa.UniqueConstraint(
            "external_identifier", "audit_head", name=op.f("uq_city_package_external_identifier")
        ),
        sa.UniqueConstraint("sha256", name=op.f("uq_city_package_sha256")),
    )
    with op.batch_alter_table("city_package", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_city_package_district_code"), ["district_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_city_package_year"), ["year"], unique=False)

    op.create_table(
        "city_community",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("package_id", sa.Integer(), nullable=False),
        sa.Column("district_code", sa.String(length=6), nullable=False),
        sa.Column("code", sa.String(length=12), nullable=False),
        sa.Column("name", sa.String(length=128), nullable=False),
        sa.Column("street_code", sa.String(length=12), nullable=False),
        sa.Column("street_name", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("passed", sa.Boolean(), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("named_tier", sa.String(length=16), nullable=False),
        sa.Column("named_document", sa.String(length=64), nullable=False),
        sa.Column("named_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["package_id"],
            ["city_package.id"],
            name=op.f("fk_city_community_package_id_city_package"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_city_community")),
    )
    with op.batch_alter_table("city_community", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_city_community_code"), ["code"], unique=False)
        batch_op.create_index(batch_op.f("ix_city_community_district_code"), ["district_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_city_community_package_id"), ["package_id"], unique=False)

    op.create_table(
        "city_evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("package_id", sa.Integer(), nullable=False),
        sa.Column("district_code", sa.String(length=6), nullable=False),
        sa.Column("community_code", sa.String(length=12), nullable=False),
        sa.Column("item", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["package_id"],
            ["city_package.id"],
            name=op.f("fk_city_evidence_package_id_city_package"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_city_evidence")),
    )
    with op.batch_alter_table("city_evidence", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_city_evidence_package_id"), ["package_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_city_evidence_sha256"), ["sha256"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("city_evidence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_city_evidence_sha256"))
        batch_op.drop_index(batch_op.f("ix_city_evidence_package_id"))

    op.drop_table("city_evidence")
    with op.batch_alter_table("city_community", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_city_community_package_id"))
        batch_op.drop_index(batch_op.f("ix_city_community_district_code"))
        batch_op.drop_index(batch_op.f("ix_city_community_code"))

    op.drop_table("city_community")
    with op.batch_alter_table("city_package", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_city_package_year"))
        batch_op.drop_index(batch_op.f("ix_city_package_district_code"))

    op.drop_table("city_package")
    op.drop_table("city_district")
