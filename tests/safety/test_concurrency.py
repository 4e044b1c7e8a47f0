"""Several processes writing to one database at once through the core: no "database is locked"
reaches a user (no exception escapes a service call: a child stops with a traceback and a
non-zero exit code if one does), no lost write, one unbroken audit chain (audit.record
serialises under BEGIN IMMEDIATE on SQLite and an advisory lock on PostgreSQL).

SQLite: two processes (the office's two counters); PostgreSQL: eight clients on one server.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from harness import run_concurrent
from sqlalchemy import func, select

from desktop_app.core.models import AuditEntry, LegalEntry, Request

ROOT = Path(__file__).resolve().parents[2]


def _audit_count(db) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry))


def _assert_clean(run, processes: int, each: int) -> None:
    assert run.exit_codes == [0] * processes, run.stderr
    assert not any("locked" in err.lower() for err in run.stderr), run.stderr
    assert run.operations == processes * each
    assert run.problems == []


@pytest.mark.slow
def test_processes_writing_at_once_lose_nothing(db, db_url):
    processes, each = (2, 1000) if db.is_sqlite else (8, 300)
    with db.read() as session:
        before = len(session.scalars(select(AuditEntry.id)).all())

    run = run_concurrent(db_url, "foundation", processes, each, seed=7)

    _assert_clean(run, processes, each)
    with db.read() as session:
        entries = session.execute(
            select(
                AuditEntry.id, AuditEntry.action, AuditEntry.entity_id, AuditEntry.detail
            ).order_by(AuditEntry.id)
        ).all()
    # every operation left exactly one audit line, no more (no duplicate), no less
    assert len(entries) - before == processes * each
    # every writer got its turn on the one chain. The children start at the same moment, but
    # SQLite's busy handler may let one writer keep the lock for its whole run while the other
    # waits, so how much the entries interleave is up to the scheduler: not asserted.
    owners = [_worker(e) for e in entries[before:]]
    assert len(set(owners)) == processes, set(owners)


def _worker(entry) -> str:
    """Which child wrote an audit line (worker names are c<seed>p<n>)."""
    _id, action, entity_id, detail = entry
    if action == "uji.tulis":
        return entity_id.split(":")[0]
    if action == "settings.change":
        return entity_id.split("_")[1]  # uji_<worker>_<slot>
    return json.loads(detail)["username"].split("-")[0][1:]  # user u<worker>-<i>


# Figures for the README ("Keandalan"): operations per run.
MIXED = (2, 1000)  # SQLite: imports of 300-row files, new requests, status changes
COUNTERS_SQLITE = (2, 600)
COUNTERS_PG = (8, 150)


@pytest.mark.slow
def test_imports_new_requests_and_status_changes_at_once(db, db_url):
    """Two processes: 2 % of steps import a 300-row CSV file (one long write transaction that
    the other process must wait for), the rest create requests or change their status."""
    processes, each = MIXED if db.is_sqlite else (4, 300)
    run = run_concurrent(db_url, "mixed", processes, each, seed=11)
    _assert_clean(run, processes, each)
    with db.read() as session:
        imported = session.scalar(
            select(func.count()).select_from(Request).where(Request.external_ref.like("I%"))
        )
    assert imported > 0 and imported % 300 == 0  # some imports ran, each whole


@pytest.mark.slow
def test_many_counters_get_unique_tickets_and_register_numbers_without_gap(db, db_url):
    processes, each = COUNTERS_SQLITE if db.is_sqlite else COUNTERS_PG
    run = run_concurrent(db_url, "counters", processes, each, seed=5)
    _assert_clean(run, processes, each)
    with db.read() as session:
        seqs = sorted(session.scalars(select(LegalEntry.seq)))
        tickets = session.scalars(select(Request.ticket)).all()
    assert seqs == list(range(1, len(seqs) + 1)) and len(seqs) > processes * each // 4
    assert len(tickets) == len(set(tickets)) > processes * each // 4


# --- one request edited at the same moment by two counters ---------------------------------------


def _edit(url: str, request_id: int, version: int, how: str, barrier, results) -> None:
    """Child process: wait for the other one, then save a change based on ``version``."""
    from desktop_app.core import requests as rq
    from desktop_app.core import users
    from desktop_app.core.db import Database
    from desktop_app.core.errors import LoketError

    db = Database.open(url)
    actor = users.authenticate(db, "budi", "rahasia123")
    barrier.wait()
    try:
        if how == "status":
            rq.change_status(db, actor, request_id, version, "diproses", note=f"oleh {os.getpid()}")
        elif how == "edit":
            rq.update_request(db, actor, request_id, version, name=f"Nama {os.getpid()}")
        else:
            rq.change_status(db, actor, request_id, version, "ditolak", reason="Berkas palsu")
        results.put((how, "ok", ""))
    except LoketError as exc:
        results.put((how, type(exc).__name__, exc.message))
    except BaseException as exc:  # anything else reaching the user is a failure
        results.put((how, "CRASH", repr(exc)))
    finally:
        db.dispose()


@pytest.mark.slow
def test_two_edits_of_one_version_end_in_one_success_and_one_conflict(db, db_url, petugas):
    from desktop_app.core import requests as rq

    spawn = multiprocessing.get_context("spawn")
    sys.path.insert(0, str(ROOT))
    rounds = [("status", "status"), ("edit", "status"), ("edit", "edit"), ("reject", "status")]
    for n, (first, second) in enumerate(rounds):
        created = rq.create_request(
            db, petugas, channel="wa", service_code="KK", name="Sri Wahyuni",
            nik="3216064507880003", received_at=datetime.now(UTC) - timedelta(minutes=n),
            external_ref=f"K{n}", phone="081288771203",
        )  # fmt: skip
        barrier, results = spawn.Barrier(2), spawn.Queue()
        procs = [
            spawn.Process(target=_edit, args=(db_url, created.id, created.version, how, barrier,
                                              results))
            for how in (first, second)
        ]  # fmt: skip
        for proc in procs:
            proc.start()
        outcome = [results.get(timeout=60) for _ in procs]
        for proc in procs:
            proc.join(60)
        kinds = sorted(kind for _how, kind, _msg in outcome)
        assert kinds == ["Conflict", "ok"], outcome
        message = next(msg for _how, kind, msg in outcome if kind == "Conflict")
        assert "baru saja diubah" in message and "muat ulang" in message
        winner = next(how for how, kind, _msg in outcome if kind == "ok")
        detail = rq.get_detail(db, petugas, created.id)
        assert detail.version == created.version + 1  # one change, not two
        if winner == "edit":
            assert detail.status == "baru" and detail.name.startswith("Nama ")
        else:
            assert detail.status == ("ditolak" if winner == "reject" else "diproses")
            assert detail.name == "Sri Wahyuni"  # the loser's edit did not sneak in
