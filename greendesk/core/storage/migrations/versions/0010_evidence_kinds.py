"""evidence_kinds: the content-addressed store holds any file a street sends, not only photos

``kind`` says what the file is (``image``, ``pdf``, ``document``, ``spreadsheet``, ``video`` or
``other``) and ``media_type`` its MIME type; rows written before this revision are photos.
``taken_source`` says where ``taken_at`` came from (``exif``, ``xmp``, ``makernote`` or ``mtime``,
the last not being a capture time at all); empty for older rows and files without one.
``page_count`` is a document's number of pages where it is cheap to know. ``display_rotation``
turns a photo whose orientation data is wrong for display only (0, 90, 180 or 270 degrees
clockwise); the original bytes are never changed. Width and height stay 0 for files without pixels.

Revision ID: 0010_evidence_kinds
Revises: 0009_workspace_id
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_evidence_kinds"
down_revision = "0009_workspace_id"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("photo") as batch:
        batch.add_column(sa.Column("kind", sa.String(length=16), nullable=False, server_default="image"))
        batch.add_column(sa.Column("media_type", sa.String(length=64), nullable=False, server_default=""))
        batch.add_column(sa.Column("taken_source", sa.String(length=16), nullable=False, server_default=""))
        batch.add_column(sa.Column("page_count", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("display_rotation", sa.Integer(), nullable=False, server_default="0"))
    op.execute("UPDATE photo SET taken_source = 'exif' WHERE taken_at IS NOT NULL")


def downgrade() -> None:
    with op.batch_alter_table("photo") as batch:
        for column in ("display_rotation", "page_count", "taken_source", "media_type", "kind"):
            batch.drop_column(column)
