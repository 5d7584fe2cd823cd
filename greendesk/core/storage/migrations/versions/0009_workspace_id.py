"""workspace_id: every workspace gets a random id that names its audit anchor file

A workspace created from now on gets its id at creation (recorded in its ``workspace.create``
entry). An existing one gets it here, with a chained ``workspace.assign_id`` audit entry so the log
says which id is its own, and a ``baseline`` anchor vouching for the entries it already holds (they
were written before anchors existed). The entry also records the review state at this moment (each
recommendation's status, lock and signer, and the last decision row): ``check`` replays the log
from there, since older versions did not record every step the replay needs (an import wrote no
``review.recommend``). An empty database (a workspace being created) is left alone.

Revision ID: 0009_workspace_id
Revises: 0008_registry_version
"""

import json
import uuid

import sqlalchemy as sa
from alembic import op

from greendesk.core import audit
from greendesk.core.base import clock
from greendesk.core.safety import anchors, replay

revision = "0009_workspace_id"
down_revision = "0008_registry_version"
branch_labels = None
depends_on = None

KEY = "workspace_id"
ACTION = "workspace.assign_id"
USER = "greendesk"  # the program itself, while upgrading

_audit = sa.table(
    "audit_entry",
    sa.column("at", sa.DateTime()),
    sa.column("user", sa.String()),
    sa.column("action", sa.String()),
    sa.column("entity", sa.String()),
    sa.column("entity_key", sa.String()),
    sa.column("old_json", sa.Text()),
    sa.column("new_json", sa.Text()),
    sa.column("prev_hash", sa.String()),
    sa.column("hash", sa.String()),
)


def upgrade() -> None:
    bind = op.get_bind()
    setting = sa.text("SELECT value FROM setting WHERE key = :key")
    if bind.execute(setting, {"key": KEY}).first() is not None:
        return
    district = bind.execute(setting, {"key": "district_code"}).scalar()
    if district is None:
        return  # an empty database: Workspace.create gives the id
    workspace_id = uuid.uuid4().hex
    bind.execute(sa.text("INSERT INTO setting (key, value) VALUES (:key, :value)"), {"key": KEY, "value": workspace_id})
    prev = bind.execute(sa.text("SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1")).scalar() or audit.GENESIS
    at = clock.now()
    new = {"workspace_id": workspace_id, "review": replay.review_state(bind)}
    old_json, new_json = "null", json.dumps(new, ensure_ascii=False, sort_keys=True)
    digest = audit.entry_hash(prev, at.isoformat(), USER, ACTION, "workspace", district, old_json, new_json)
    bind.execute(
        _audit.insert().values(
            at=at,
            user=USER,
            action=ACTION,
            entity="workspace",
            entity_key=district,
            old_json=old_json,
            new_json=new_json,
            prev_hash=prev,
            hash=digest,
        )
    )
    count = bind.execute(sa.text("SELECT count(*) FROM audit_entry")).scalar()
    # Written before the migration commits: if it rolls back, the fresh id's anchor file names nothing.
    anchors.append(workspace_id, int(count), digest, anchors.BASELINE, start=0)


def downgrade() -> None:
    # The assign_id entry stays: the log is append-only (an upgrade again records the new id after it).
    op.execute(f"DELETE FROM setting WHERE key = '{KEY}'")
