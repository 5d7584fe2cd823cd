"""registry_version: a token that changes with every change to the streets or communities

Triggers give it a fresh random value on every insert, update or delete in ``street`` and
``community``, from any connection or process, so an in-memory index of the registry (the import
matches 600 rows against it) can be reused for as long as the token is the same. A restored
backup brings back the token of its own content, so a token always names one content.

Revision ID: 0008_registry_version
Revises: 0007_drop_redundant_indexes
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_registry_version"
down_revision = "0007_drop_redundant_indexes"
branch_labels = None
depends_on = None

TABLES = ("street", "community")
EVENTS = ("insert", "update", "delete")


def create_triggers() -> None:
    """Also for later migrations: SQLite drops a table's triggers when a batch migration rebuilds it."""
    for table in TABLES:
        for event in EVENTS:
            op.execute(
                f"CREATE TRIGGER IF NOT EXISTS registry_version_{table}_{event} "
                f"AFTER {event.upper()} ON {table} "
                "BEGIN UPDATE registry_version SET token = lower(hex(randomblob(16))); END"
            )


def upgrade() -> None:
    op.create_table(
        "registry_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registry_version")),
    )
    op.execute("INSERT INTO registry_version (id, token) VALUES (1, lower(hex(randomblob(16))))")
    create_triggers()


def downgrade() -> None:
    for table in TABLES:
        for event in EVENTS:
            op.execute(f"DROP TRIGGER IF EXISTS registry_version_{table}_{event}")
    op.drop_table("registry_version")
