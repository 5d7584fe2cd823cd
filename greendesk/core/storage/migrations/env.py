"""Alembic environment: runs on the connection GreenDesk hands over (never reads alembic.ini)."""

from alembic import context

from greendesk.core.storage.schema import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - GreenDesk always passes its connection
    raise RuntimeError("GreenDesk migrations run through greendesk.core.storage.db.migrate()")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: batch mode copies the table
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
