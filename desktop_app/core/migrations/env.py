"""Alembic environment: run from code (``desktop_app.core.schema``) with a live connection."""

from alembic import context

from desktop_app.core.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only via the alembic CLI during development
    from desktop_app.core.db import Database

    connection = Database.open(config.get_main_option("sqlalchemy.url") or None).engine.connect()

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
