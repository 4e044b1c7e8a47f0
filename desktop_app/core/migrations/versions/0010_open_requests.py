"""Open requests: one small index over the requests still open, for the queues

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-29 22:40:00

``ix_requests_open`` holds only the requests whose status is open (Baru, Diproses, Menunggu
berkas): a few thousand rows however long the history, where the status index holds ten
million. It leads with the due date (Lewat tenggat is a range of it) and carries every column
the queues filter or sort by, so a queue is counted, filtered and sorted from this index
alone. Its condition is written exactly as the request list writes it
(``desktop_app.core.requests.common.OPEN_ROWS``): SQLite uses a partial index only for a query
that repeats its condition. Why each index exists: ``docs/indexes.md``.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

OPEN = "status IN ('baru', 'diproses', 'menunggu_berkas')"
COLUMNS = [
    "due_at", "status", "assigned_to", "received_at", "service_code", "channel", "name_folded",
    "nik", "ticket",
]  # fmt: skip


def upgrade() -> None:
    op.create_index(
        "ix_requests_open",
        "requests",
        COLUMNS,
        sqlite_where=sa.text(OPEN),
        postgresql_where=sa.text(OPEN),
    )


def downgrade() -> None:
    op.drop_index("ix_requests_open", table_name="requests")
