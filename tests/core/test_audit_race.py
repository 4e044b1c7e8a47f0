"""The audit chain under concurrent counters on PostgreSQL (SQLite serialises whole write
transactions with BEGIN IMMEDIATE, so the race below cannot happen there)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop_app.core import audit
from desktop_app.core.models import AuditEntry, Setting
from desktop_app.core.schema import open_database
from desktop_app.core.security import SYSTEM


def test_head_loaded_before_another_counter_appends_does_not_fork_the_chain(db, db_url):
    if db.is_sqlite:
        pytest.skip("PostgreSQL only: on SQLite the second writer waits for the first")
    other = open_database(db_url)  # a second counter PC
    try:
        with db.write() as session:
            audit.record(session, SYSTEM, "uji.satu")
        with db.write() as session:
            held = session.scalars(select(Setting)).all()  # loads the chain head, keeps it
            with other.write() as session2:
                audit.record(session2, SYSTEM, "uji.loket-lain")
            audit.record(session, SYSTEM, "uji.dua")
        assert any(s.key == audit.HEAD_KEY for s in held)
    finally:
        other.dispose()
    report = audit.verify_chain(db)
    assert report.ok, report
    with db.read() as session:
        actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert actions[-3:] == ["uji.satu", "uji.loket-lain", "uji.dua"]
