"""The closing-time index carries the time received: the backlog of a day long past

Revision ID: 0017
Revises: 0016
Create Date: 2026-11-30 14:00:00

The daily report counts the requests open at a day's end: those never closed (their own
index, 0013) and those received before the end and closed since. For a recent day the
closings since are a few thousand; for a day a year back they are every request closed in a
year (a million at ten million requests). Reading the table row of each to see when it was
received was slow, so the report read every request received before the day instead: 3.5 s
warm and 9.1 s with a cold page cache on SQLite for a day a year back. With the time received
beside the closing time in this index, those closings are told apart in the index alone and
only the day's backlog is read from the table: 0.3-0.55 s, cold or warm. The index keeps its
name (the report and the list name it to SQLite). Why each index exists: ``docs/indexes.md``.
"""

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

NAME = "ix_requests_closed_at"


# PostgreSQL: the other columns the report reads of those rows, so that it reads them from the
# index alone. It takes the closings since a day and the receipts before it for independent
# (two and a half million rows expected five years back, where 2,800 match) and preferred the
# receipt index and 5 million table rows (1.8 s, 3.5 s with a cold cache) over this index
# without them (0.2 s); with them it reads this one (0.3 s). SQLite is told which to read, and
# its indexes hold the rowid. At ten million rows: 643 MB on PostgreSQL instead of 300, and
# 602 MB on SQLite instead of 337 (the time received, 26 characters of text).
PG_INCLUDE = ["id", "status", "due_at", "status_changed_at"]


def upgrade() -> None:
    op.drop_index(NAME, table_name="requests")
    op.create_index(NAME, "requests", ["closed_at", "received_at"], postgresql_include=PG_INCLUDE)
    if op.get_bind().dialect.name == "sqlite":
        # Its statistics went with the old index: a sample of the new one (see 0009).
        # PostgreSQL keeps statistics per column, and is analysed after an upgrade.
        op.execute("PRAGMA analysis_limit = 1000")
        op.execute(f"ANALYZE {NAME}")


def downgrade() -> None:
    op.drop_index(NAME, table_name="requests")
    op.create_index(NAME, "requests", ["closed_at"])
