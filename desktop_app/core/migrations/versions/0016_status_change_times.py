"""When each request's status last changed, kept by the database

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-30 11:00:00

The daily report tells each request open at the day's end by its status at that moment: the
status it left at its first status change after the end, if any. That lookup was a read of
the history for each of the tens of thousands of requests in the backlog, spread over ten
years of rows: 3.4 s with a cold page cache at ten million requests. ``status_changed_at``
is the time of a request's latest status change; a request whose status has not changed
since the day's end had that status then, and its history is not read. The backlog's part of
``ix_requests_unclosed`` carries the column, so those rows are still read from the index
alone.

Triggers on ``request_events`` keep it, on both engines, in the transaction that writes the
history (a supervisor's own SQL too): a status change moves it forward; an edited or deleted
status change recomputes it from the history. PostgreSQL's skip a bulk load (``loket.bulk``),
which recomputes it afterwards (``status_times.refill``). This migration fills it in for the
requests not closed, the only ones the report reads it for; a closed request gets it at its
next status change, from its whole history. Why: ``docs/indexes.md``.
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

_UNCLOSED = "closed_at IS NULL"
_UNCLOSED_COLUMNS = ["received_at", "status", "due_at", "closed_at"]
_LATEST = "(SELECT max(e.at) FROM request_events e WHERE e.request_id = {id} AND e.kind = 'status')"

# --- SQLite ------------------------------------------------------------------------------------

_SQLITE_TRIGGERS = {
    "request_events_status_ai": (
        "CREATE TRIGGER request_events_status_ai AFTER INSERT ON request_events "
        "WHEN new.kind = 'status' BEGIN "
        "UPDATE requests SET status_changed_at = CASE WHEN status_changed_at IS NULL "
        f"THEN {_LATEST.format(id='new.request_id')} ELSE new.at END "
        "WHERE id = new.request_id AND (status_changed_at IS NULL OR status_changed_at < new.at); "
        "END"
    ),
    "request_events_status_au": (
        "CREATE TRIGGER request_events_status_au AFTER UPDATE OF request_id, at, kind "
        "ON request_events WHEN old.kind = 'status' OR new.kind = 'status' BEGIN "
        f"UPDATE requests SET status_changed_at = {_LATEST.format(id='requests.id')} "
        "WHERE id IN (old.request_id, new.request_id); "
        "END"
    ),
    "request_events_status_ad": (
        "CREATE TRIGGER request_events_status_ad AFTER DELETE ON request_events "
        "WHEN old.kind = 'status' BEGIN "
        f"UPDATE requests SET status_changed_at = {_LATEST.format(id='requests.id')} "
        "WHERE id = old.request_id; "
        "END"
    ),
}

# --- PostgreSQL --------------------------------------------------------------------------------

_PG_FUNCTION = f"""
CREATE FUNCTION loket_request_status_time() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('loket.bulk', true) = 'on' THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    UPDATE requests SET status_changed_at = CASE WHEN status_changed_at IS NULL
      THEN {_LATEST.format(id="NEW.request_id")} ELSE NEW.at END
    WHERE id = NEW.request_id AND (status_changed_at IS NULL OR status_changed_at < NEW.at);
  ELSIF TG_OP = 'UPDATE' THEN
    UPDATE requests SET status_changed_at = {_LATEST.format(id="requests.id")}
    WHERE id IN (OLD.request_id, NEW.request_id);
  ELSE
    UPDATE requests SET status_changed_at = {_LATEST.format(id="requests.id")}
    WHERE id = OLD.request_id;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER request_events_status_ai AFTER INSERT ON request_events
  FOR EACH ROW WHEN (NEW.kind = 'status') EXECUTE FUNCTION loket_request_status_time();
CREATE TRIGGER request_events_status_au AFTER UPDATE OF request_id, at, kind ON request_events
  FOR EACH ROW WHEN (OLD.kind = 'status' OR NEW.kind = 'status')
  EXECUTE FUNCTION loket_request_status_time();
CREATE TRIGGER request_events_status_ad AFTER DELETE ON request_events
  FOR EACH ROW WHEN (OLD.kind = 'status') EXECUTE FUNCTION loket_request_status_time();
"""

_PG_DROP = """
DROP TRIGGER IF EXISTS request_events_status_ai ON request_events;
DROP TRIGGER IF EXISTS request_events_status_au ON request_events;
DROP TRIGGER IF EXISTS request_events_status_ad ON request_events;
DROP FUNCTION IF EXISTS loket_request_status_time();
"""


def _unclosed_index(columns: list[str]) -> None:
    op.create_index(
        "ix_requests_unclosed",
        "requests",
        columns,
        sqlite_where=sa.text(_UNCLOSED),
        postgresql_where=sa.text(_UNCLOSED),
        postgresql_include=["id"],
    )


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.add_column("requests", sa.Column("status_changed_at", sa.DateTime(), nullable=True))
    op.execute(
        f"UPDATE requests SET status_changed_at = {_LATEST.format(id='requests.id')} "
        f"WHERE {_UNCLOSED}"
    )
    op.drop_index("ix_requests_unclosed", table_name="requests")
    _unclosed_index([*_UNCLOSED_COLUMNS, "status_changed_at"])
    if dialect == "postgresql":
        op.execute(_PG_FUNCTION)
        op.execute("ANALYZE requests")
    else:
        for ddl in _SQLITE_TRIGGERS.values():
            op.execute(ddl)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_PG_DROP)
    else:
        for name in _SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_index("ix_requests_unclosed", table_name="requests")
    _unclosed_index(_UNCLOSED_COLUMNS)
    # Plain SQL (SQLite >= 3.35): Alembic's batch mode would copy the table and its triggers.
    op.execute("ALTER TABLE requests DROP COLUMN status_changed_at")
