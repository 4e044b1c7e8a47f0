"""PostgreSQL at ten million rows: name search by id blocks; queues and name order from indexes

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30 02:00:00

pg_trgm's GIN index finds every row whose name holds a part ("aini"), but in no order: at ten
million requests a common part matches a hundred thousand rows, each read from the table to
check it, where the list shows the newest thousand. ``ix_requests_name_block`` puts the block
of the id (``id / 65536``, through ``btree_gin``) beside the trigrams, so one query finds the
matches among 65,536 consecutive ids: the request list reads blocks from the newest until it
has its thousand (``desktop_app.core.requests.listing.NameSearch.newest_ids_by_block``).

The index replaces ``ix_requests_name_trgm`` (its trigrams alone still serve a search of every
block), so a new request writes one GIN entry set, as before. Without ``btree_gin`` (or the
right to create it) nothing changes. SQLite is untouched: FTS5 already reads its trigram
index newest first.

``ix_requests_open`` (migration 0010) gets the id beside its columns on PostgreSQL (``INCLUDE``),
as every SQLite index has the rowid: a queue's page (ids in order) is then read from the index
alone instead of one table page per open request (0.2 s for the 40,000 overdue requests of ten
million).

``ix_requests_name_order`` (name_folded, id, with the status beside) replaces
``ix_requests_name_folded`` on PostgreSQL: the list sorted by name is ordered by name then id,
and a jump steps through up to half a name bucket (a quarter of a million rows at ten
million); with the id and status in the index it steps through the index alone instead of
reading each row from the table (0.35 s for 15,000 rows at one million, 3 ms so).
Why each index exists: ``docs/indexes.md``.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

BLOCK = 65_536  # ids per block; listing.NAME_BLOCK says the same (the planner matches text)
OPEN = "status IN ('baru', 'diproses', 'menunggu_berkas')"
OPEN_COLUMNS = [
    "due_at", "status", "assigned_to", "received_at", "service_code", "channel", "name_folded",
    "nik", "ticket",
]  # fmt: skip


def _has_index(name: str) -> bool:
    found = op.get_bind().execute(
        sa.text("SELECT 1 FROM pg_indexes WHERE indexname = :name"), {"name": name}
    )
    return found.scalar() is not None


def _open_index(include: list[str]) -> None:
    op.drop_index("ix_requests_open", table_name="requests")
    op.create_index(
        "ix_requests_open",
        "requests",
        OPEN_COLUMNS,
        postgresql_where=sa.text(OPEN),
        postgresql_include=include,
    )


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    _open_index(["id"])
    op.drop_index("ix_requests_name_folded", table_name="requests")
    op.create_index(
        "ix_requests_name_order",
        "requests",
        ["name_folded", "id"],
        postgresql_include=["status"],
    )
    if not _has_index("ix_requests_name_trgm"):
        return
    available = bind.execute(
        sa.text("SELECT 1 FROM pg_available_extensions WHERE name = 'btree_gin'")
    ).scalar()
    if not available:
        return
    bind.execute(sa.text("SAVEPOINT loket_name_block"))
    try:
        bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS btree_gin"))
        bind.execute(
            sa.text(
                "CREATE INDEX ix_requests_name_block ON requests "
                f"USING gin ((id / {BLOCK}), name_folded gin_trgm_ops)"
            )
        )
    except sa.exc.DBAPIError:
        # No right to create the extension: the trigram index alone still serves.
        bind.execute(sa.text("ROLLBACK TO SAVEPOINT loket_name_block"))
        return
    bind.execute(sa.text("RELEASE SAVEPOINT loket_name_block"))
    op.execute("DROP INDEX ix_requests_name_trgm")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    _open_index([])
    op.drop_index("ix_requests_name_order", table_name="requests")
    op.create_index("ix_requests_name_folded", "requests", ["name_folded"])
    if not _has_index("ix_requests_name_block"):
        return
    op.execute(
        "CREATE INDEX ix_requests_name_trgm ON requests USING gin (name_folded gin_trgm_ops)"
    )
    op.execute("DROP INDEX ix_requests_name_block")
