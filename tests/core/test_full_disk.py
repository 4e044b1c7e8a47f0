"""A full disk while saving (issue 13, finding 9), on SQLite and on PostgreSQL.

Before: "kesalahan yang tidak terduga (OperationalError)", and the SQL parameters (full NIKs and
names) in the traceback and the log. Now ``Database.write()`` turns it into ``DiskFull``: a plain
Indonesian message that names no person, with nothing saved.

The disk fills without a special mount: SQLite cannot grow the file past ``max_page_count``
(SQLITE_FULL, what a full disk gives); on PostgreSQL a trigger raises SQLSTATE 53100
(``disk_full``), the code the server reports when it "could not extend file" — with a message in
the server's language (here Indonesian), so only the code tells.
"""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from sqlalchemy import event, func, select, text

from desktop_app import applog
from desktop_app.core import audit
from desktop_app.core import requests as rq
from desktop_app.core.errors import DiskFull
from desktop_app.core.models import AuditEntry, Request
from desktop_app.core.security import SYSTEM

NIK, KK, NAME = "3216064507880003", "3216010101200001", "Rahmawati Kusumaningrum"


@contextmanager
def disk_full(db):
    """Every write from here on fails the way a full disk makes it fail."""
    if db.is_sqlite:
        with db.engine.connect() as conn:
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
        cap_pages = f"PRAGMA max_page_count={pages}"
        db.engine.dispose()

        def cap(dbapi_conn, _record):
            dbapi_conn.execute(cap_pages)

        event.listen(db.engine, "connect", cap)
        try:
            yield
        finally:
            event.remove(db.engine, "connect", cap)
            db.engine.dispose()
        return
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "CREATE FUNCTION uji_disk_full() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                'RAISE EXCEPTION \'tidak dapat memperluas berkas "base/16384/16400": ruang '
                "disk habis' USING ERRCODE = 'disk_full'; END $$"
            )
        )
        conn.execute(
            text(
                "CREATE TRIGGER uji_disk_full BEFORE INSERT ON requests "
                "FOR EACH ROW EXECUTE FUNCTION uji_disk_full()"
            )
        )
    try:
        yield
    finally:
        with db.engine.begin() as conn:
            conn.execute(text("DROP TRIGGER uji_disk_full ON requests"))
            conn.execute(text("DROP FUNCTION uji_disk_full()"))


def counts(db) -> tuple[int, int]:
    with db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(Request)),
            s.scalar(select(func.count()).select_from(AuditEntry)),
        )


def new_request(db, n: int):
    return rq.create_request(
        db, SYSTEM, channel="web", service_code="KK", name=NAME, nik=NIK, kk=KK,
        notes="catatan panjang " * 300, external_ref=f"WEB-{n}",
    )  # fmt: skip


def test_a_full_disk_while_saving_says_so_names_nobody_and_saves_nothing(db):
    new_request(db, 1)
    before = counts(db)
    with disk_full(db):
        with pytest.raises(DiskFull) as caught:
            for n in range(2, 200):  # SQLite fills the last free page first
                new_request(db, n)
    message = caught.value.message
    assert message.startswith("Disk penuh") and "tidak ada yang disimpan" in message
    for secret in (NIK, KK, NAME, "Rahmawati"):
        assert secret not in message
    # What reaches the log (the chained database error) is blotted out too.
    cause = str(caught.value.__cause__)
    assert NIK not in applog.redact(cause) and NAME not in applog.redact(cause)
    # The failed request left no row and no audit line; the chain still holds.
    saved, logged = counts(db)
    assert saved - before[0] == logged - before[1]  # whole requests only, each with its line
    if not db.is_sqlite:
        assert (saved, logged) == before  # the trigger refused the very first one
    assert audit.verify_chain(db).ok
    new_request(db, 999)  # room again: saving works as before
    assert counts(db)[0] == saved + 1
