"""Several processes writing to one database at once through the core: no "database is locked",
no lost write, one unbroken audit chain (audit.record serialises under BEGIN IMMEDIATE on SQLite
and an advisory lock on PostgreSQL)."""

from __future__ import annotations

import json

import pytest
from harness import run_concurrent
from sqlalchemy import select

from desktop_app.core.models import AuditEntry


@pytest.mark.slow
def test_processes_writing_at_once_lose_nothing(db, db_url):
    processes, each = (2, 1000) if db.is_sqlite else (8, 300)
    with db.read() as session:
        before = len(session.scalars(select(AuditEntry.id)).all())

    run = run_concurrent(db_url, "foundation", processes, each, seed=7)

    assert run.exit_codes == [0] * processes, run.stderr
    assert not any("locked" in err.lower() for err in run.stderr), run.stderr
    assert run.operations == processes * each
    assert run.problems == []
    with db.read() as session:
        entries = session.execute(
            select(
                AuditEntry.id, AuditEntry.action, AuditEntry.entity_id, AuditEntry.detail
            ).order_by(AuditEntry.id)
        ).all()
    # every operation left exactly one audit line, no more (no duplicate), no less
    assert len(entries) - before == processes * each
    # the writers really overlapped: their entries interleave along the chain
    owners = [_worker(e) for e in entries[before:]]
    switches = sum(1 for a, b in zip(owners, owners[1:], strict=False) if a != b)
    assert switches > 20, switches


def _worker(entry) -> str:
    """Which child wrote an audit line (worker names are c<seed>p<n>)."""
    _id, action, entity_id, detail = entry
    if action == "uji.tulis":
        return entity_id.split(":")[0]
    if action == "settings.change":
        return entity_id.split(".")[1]  # uji.<worker>.<slot>
    return json.loads(detail)["username"].split("-")[0][1:]  # user u<worker>-<i>
