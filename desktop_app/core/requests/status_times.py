"""``requests.status_changed_at``: the time of each request's latest status change.

Triggers on ``request_events`` (migration 0016) keep it in the transaction that writes the
history, so the daily report knows which requests in its backlog changed status after the
day's end without reading ten years of history (``report._status_at``). A load that bypassed
the triggers (a benchmark's bulk insert, PostgreSQL's ``loket.bulk``) calls :func:`refill`.
The report reads it only for requests not closed; a closed request's may be empty until its
next status change. Why: ``docs/indexes.md``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

_LATEST = (
    "(SELECT max(e.at) FROM request_events e WHERE e.request_id = requests.id "
    "AND e.kind = 'status')"
)
_UNCLOSED = "closed_at IS NULL"  # the condition of ix_requests_unclosed, word for word


def refill(conn: Connection) -> None:
    """Compute it again from the history for every request not closed."""
    conn.exec_driver_sql(f"UPDATE requests SET status_changed_at = {_LATEST} WHERE {_UNCLOSED}")


def mismatches(conn: Connection) -> list[tuple[Any, ...]]:
    """Requests not closed whose time disagrees with their history: (id, kept, history).
    Empty when all is well (the tests check it after every way of writing the history)."""
    return [
        tuple(row)
        for row in conn.exec_driver_sql(
            f"SELECT id, status_changed_at, {_LATEST} AS latest FROM requests "
            f"WHERE {_UNCLOSED} AND ((status_changed_at IS NULL) <> ({_LATEST} IS NULL) "
            f"OR status_changed_at <> {_LATEST}) ORDER BY id"
        )
    ]
