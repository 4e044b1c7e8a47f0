"""``requests.status_changed_at``, kept by the database's triggers (migration 0016): the app's
status changes, a supervisor's SQL on the history, an import, the migration of a database
that already holds requests, and what the daily report makes of it."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import bindparam, inspect, select, text

from desktop_app.core import report
from desktop_app.core import requests as rq
from desktop_app.core.importer import import_file
from desktop_app.core.models import Request, RequestEvent, UtcDateTime
from desktop_app.core.requests import status_times

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import report_data  # noqa: E402
from report_data import DAY, EXPECTED  # noqa: E402


def _set_at(table: str, column: str):  # type: ignore[no-untyped-def]
    """An UPDATE by hand, as a supervisor would write it (the time in the app's own form)."""
    return text(f"UPDATE {table} SET {column} = :at WHERE id = :id").bindparams(
        bindparam("at", type_=UtcDateTime())
    )


def _kept(db, request_id: int) -> datetime | None:
    with db.read() as s:
        return s.scalar(select(Request.status_changed_at).where(Request.id == request_id))


def _latest(db, request_id: int) -> datetime:
    with db.read() as s:
        return s.scalar(
            select(RequestEvent.at)
            .where(RequestEvent.request_id == request_id, RequestEvent.kind == "status")
            .order_by(RequestEvent.at.desc())
            .limit(1)
        )


def _new(db, petugas, name: str = "Wulan Sari") -> rq.RequestDetail:
    return rq.create_request(
        db, petugas, channel="web", service_code="KIA", name=name, nik="3216064507880003"
    )


def test_each_status_change_moves_it_to_that_change(db, petugas):
    made = _new(db, petugas)
    assert _kept(db, made.id) is None  # no status change yet
    one = rq.change_status(db, petugas, made.id, made.version, "diproses")
    assert _kept(db, made.id) == _latest(db, made.id)
    first = _kept(db, made.id)
    rq.change_status(db, petugas, made.id, one.version, "menunggu_berkas", missing_documents=["KK"])
    assert _kept(db, made.id) == _latest(db, made.id) > first
    with db.engine.connect() as conn:
        assert status_times.mismatches(conn) == []


def test_a_change_written_with_an_earlier_clock_does_not_move_it_back(db, petugas):
    """Two counters whose clocks differ: a status change stamped before the latest one."""
    made = _new(db, petugas)
    rq.change_status(db, petugas, made.id, made.version, "diproses")
    latest = _kept(db, made.id)
    assert latest is not None
    with db.write() as s:
        s.add(
            RequestEvent(
                request_id=made.id,
                at=latest - timedelta(minutes=5),
                kind="status",
                from_status="diproses",
                to_status="diproses",
                note="",
            )
        )
    assert _kept(db, made.id) == latest


def test_a_supervisors_sql_on_the_history_is_followed(db, petugas):
    """The history edited or deleted by hand: the time is recomputed from what is left."""
    made = _new(db, petugas)
    one = rq.change_status(db, petugas, made.id, made.version, "diproses")
    rq.change_status(db, petugas, made.id, one.version, "menunggu_berkas", missing_documents=["KK"])
    with db.read() as s:
        events = s.execute(
            select(RequestEvent.id, RequestEvent.at)
            .where(RequestEvent.request_id == made.id, RequestEvent.kind == "status")
            .order_by(RequestEvent.at)
        ).all()
    (first_id, first_at), (last_id, _last_at) = events
    later = datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC)
    with db.write() as s:
        s.execute(_set_at("request_events", "at"), {"at": later, "id": first_id})
    assert _kept(db, made.id) == later
    with db.write() as s:
        s.execute(text("DELETE FROM request_events WHERE id = :id"), {"id": first_id})
    assert _kept(db, made.id) == _latest(db, made.id)
    with db.write() as s:
        s.execute(text("DELETE FROM request_events WHERE id = :id"), {"id": last_id})
    assert _kept(db, made.id) is None
    with db.engine.connect() as conn:
        assert status_times.mismatches(conn) == []
    assert first_at < later


def test_imported_requests_have_none_and_agree(db, petugas, tmp_path):
    path = tmp_path / "impor.csv"
    path.write_text(
        "diterima,kanal,layanan,nik,no_kk,nama,no_hp,email,keterangan,ref\n"
        "2026-11-23 08:05,web,KK,3216064507880003,,Sri Wahyuni,0812-8877-1203,,,R1\n"
        "2026-11-23 09:05,wa,KIA,3216064507880004,,Ani Lestari,0812-8877-1204,,,R2\n",
        encoding="utf-8",
    )
    assert import_file(db, petugas, path).added == 2
    with db.read() as s:
        assert s.scalars(select(Request.status_changed_at)).all() == [None, None]
    with db.engine.connect() as conn:
        assert status_times.mismatches(conn) == []


def test_the_migration_fills_it_in_for_the_requests_not_closed(db, petugas, downgrade):
    from desktop_app.core import schema

    waiting = _new(db, petugas)
    rq.change_status(db, petugas, waiting.id, waiting.version, "diproses")
    done = _new(db, petugas, "Ani Lestari")
    one = rq.change_status(db, petugas, done.id, done.version, "diproses")
    rq.change_status(
        db, petugas, done.id, one.version, "selesai", document_no="3216-LU-1", delivery="whatsapp"
    )
    fresh = _new(db, petugas, "Dewi Sartika")
    downgrade("0015")
    with db.engine.connect() as conn:
        columns = {c["name"] for c in inspect(conn).get_columns("requests")}
    assert "status_changed_at" not in columns and "closed_at" in columns
    schema.upgrade(db)
    assert schema.current_revision(db) == schema.head_revision()
    if not db.is_sqlite:  # the rows the migration rewrote are vacuumed (schema.upgrade)
        with db.engine.connect() as conn:
            vacuumed = conn.exec_driver_sql(
                "SELECT last_vacuum FROM pg_stat_user_tables WHERE relname = 'requests'"
            ).scalar()
        assert vacuumed is not None
    assert _kept(db, waiting.id) == _latest(db, waiting.id)
    assert _kept(db, fresh.id) is None
    with db.engine.connect() as conn:
        assert status_times.mismatches(conn) == []


def test_the_report_counts_a_backlog_changed_after_the_day_as_it_was(db, petugas, legalisir):
    """An open request whose status changed after the day's end is counted with the status it
    had then (its history read); one unchanged since, with its status now (its history not
    read: the report trusts the kept time, which ``status_times.mismatches`` checks)."""
    report_data.build_known_day(db)
    with db.read() as s:
        fitri = s.scalar(select(Request).where(Request.name == "Fitri Handayani"))
        assert fitri is not None and fitri.status == "diproses"
        fitri_id, version = fitri.id, fitri.version
    before = report.summarize(db, DAY)
    assert {k: getattr(before.figures, k) for k in EXPECTED} == EXPECTED
    rq.change_status(db, petugas, fitri_id, version, "menunggu_berkas", missing_documents=["KK"])
    after = report.summarize(db, DAY)
    assert after.figures == before.figures
    lahir = next(r for r in after.services if r.code == "LAHIR")
    assert lahir.by_status == next(r for r in before.services if r.code == "LAHIR").by_status
    # The kept time set back before the day's end by hand: the report takes the status now,
    # and the check names the request.
    moved_back = datetime.combine(DAY, datetime.min.time()).replace(tzinfo=UTC)
    with db.write() as s:
        s.execute(_set_at("requests", "status_changed_at"), {"at": moved_back, "id": fitri_id})
    trusted = report.summarize(db, DAY).figures
    assert (trusted.waiting, trusted.in_progress) == (
        before.figures.waiting + 1,
        before.figures.in_progress - 1,
    )
    with db.engine.connect() as conn:
        assert [row[0] for row in status_times.mismatches(conn)] == [fitri_id]
