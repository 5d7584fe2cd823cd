"""Drop single-column indexes that a unique constraint already starts with

Each of these columns leads a unique constraint's index (e.g. self_assessment's
(recommendation_id, item_number)), which SQLite uses for the same lookups; the extra index only
cost time on every insert (an import writes 9,600 self-assessments) and space on disk.

Revision ID: 0007_drop_redundant_indexes
Revises: 0006_standard_snapshot
"""

from alembic import op

revision = "0007_drop_redundant_indexes"
down_revision = "0006_standard_snapshot"
branch_labels = None
depends_on = None

# index name -> (table, column)
REDUNDANT = {
    "ix_import_batch_content_sha256": ("import_batch", "content_sha256"),
    "ix_street_code": ("street", "code"),
    "ix_community_code": ("community", "code"),
    "ix_recommendation_community_id": ("recommendation", "community_id"),
    "ix_evidence_recommendation_id": ("evidence", "recommendation_id"),
    "ix_self_assessment_recommendation_id": ("self_assessment", "recommendation_id"),
}


def upgrade() -> None:
    for name in REDUNDANT:
        op.execute(f"DROP INDEX IF EXISTS {name}")


def downgrade() -> None:
    for name, (table, column) in REDUNDANT.items():
        op.create_index(name, table, [column], unique=False)
