"""Every list, filter, sort, jump and search is served by an index: the statements the request
list sends for 200,000 requests are explained by the database (``EXPLAIN QUERY PLAN`` on
SQLite, ``EXPLAIN`` on PostgreSQL) and none reads the whole table or sorts a big list.

Checks plans, not timings (timings are ``bench/requests_bench.py``'s). The rows are made by
the database itself in one statement, with the proportions of a real office (most requests
closed, a few thousand open, services and channels weighted), so both planners see ten years'
shape at a fiftieth of the size.
"""

from __future__ import annotations

import dataclasses
import json
import os
import threading
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import BigInteger, cast, create_engine, event, func, select, text
from sqlalchemy.engine import make_url

from desktop_app.core import clock
from desktop_app.core import requests as rq
from desktop_app.core.clock import office_date
from desktop_app.core.db import Database
from desktop_app.core.models import Request
from desktop_app.core.requests import tally
from desktop_app.core.security import SYSTEM
from tests.conftest import PG_URL

ROWS = int(os.environ.get("LOKET_PLAN_ROWS", "200000"))
SPAN_DAYS = 3650

# Deterministic "random" numbers from the row number (the same rows on both engines).
_H = "((i * 2654435761) % 1000)"
_H2 = "((i * 40503) % 1000)"
_SERVICE = (
    f"CASE WHEN {_H} < 300 THEN 'KK' WHEN {_H} < 550 THEN 'LAHIR' WHEN {_H} < 650 THEN 'PINDAH' "
    f"WHEN {_H} < 730 THEN 'MATI' WHEN {_H} < 810 THEN 'KIA' WHEN {_H} < 860 THEN 'KAWIN' "
    f"WHEN {_H} < 920 THEN 'NIK' WHEN {_H} < 950 THEN 'CERAI' ELSE 'ADUAN' END"
)
_CHANNEL = (
    f"CASE WHEN {_H2} < 450 THEN 'web' WHEN {_H2} < 850 THEN 'wa' WHEN {_H2} < 920 THEN 'telepon' "
    f"WHEN {_H2} < 970 THEN 'email' ELSE 'loket' END"
)
_FIRST = [
    "siti", "ahmad", "nur", "dewi", "budi", "putu", "agus", "rina", "yusuf", "fitri", "joko",
    "ayu", "dedi", "wulan", "eko", "nining",
]  # fmt: skip
_LAST = [
    "aminah", "siregar", "hasibuan", "lestari", "santoso", "wibowo", "aini", "kurniawan",
    "halimah", "nasution", "saragih", "pratama", "putri", "hidayat", "susanti", "wenas",
]  # fmt: skip
_RECENT = ROWS * 7 // SPAN_DAYS  # the last week's rows: a mix of open statuses


def _pick(words: list[str], expr: str) -> str:
    cases = " ".join(f"WHEN {i} THEN '{w}'" for i, w in enumerate(words))
    return f"CASE ({expr}) % {len(words)} {cases} END"


def _select(dialect: str) -> str:
    name = f"{_pick(_FIRST, 'i * 7')} || ' ' || {_pick(_LAST, 'i * 13 + i / 16')}"
    status = (
        f"CASE WHEN i > {ROWS - _RECENT} THEN (CASE i % 4 WHEN 0 THEN 'baru' WHEN 1 THEN "
        f"'diproses' WHEN 2 THEN 'menunggu_berkas' ELSE 'selesai' END) "
        f"WHEN {_H2} % 500 < 465 THEN 'selesai' WHEN {_H2} % 500 < 498 THEN 'ditolak' "
        f"ELSE 'diproses' END"
    )
    if dialect == "sqlite":
        received = (
            f"strftime('%Y-%m-%d %H:%M:%S.000000', 'now', '-{SPAN_DAYS} days', '+' || "
            f"(i * {SPAN_DAYS * 86400} / {ROWS}) || ' seconds')"
        )
        plus = "strftime('%Y-%m-%d %H:%M:%S.000000', r.received_at, '{}')"
        day = "substr(replace(r.received_at, '-', ''), 3, 6)"
        ticket = f"r.service_code || '-' || {day} || '-' || printf('%04d', i)"
        nik = "'3216' || printf('%012d', (i * 104729) % 1000000000000)"
        phone = "'+62812' || printf('%08d', i)"
        source = f"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {ROWS})"
        rows = "n"
    else:
        received = (
            f"(now() at time zone 'utc') - interval '{SPAN_DAYS} days' + "
            f"(i::bigint * {SPAN_DAYS * 86400} / {ROWS}) * interval '1 second'"
        )
        plus = "r.received_at + interval '{}'"
        day = "to_char(r.received_at, 'YYMMDD')"
        seq = "CASE WHEN i < 10000 THEN lpad(i::text, 4, '0') ELSE i::text END"
        ticket = f"r.service_code || '-' || {day} || '-' || {seq}"
        nik = "'3216' || lpad(((i::bigint * 104729) % 1000000000000)::text, 12, '0')"
        phone = "'+62812' || lpad(i::text, 8, '0')"
        source = ""
        rows = f"generate_series(1::bigint, {ROWS}) AS n(i)"
    base = (
        f"SELECT i, {received} AS received_at, {_SERVICE} AS service_code, {_CHANNEL} AS channel, "
        f"{name} AS name, {status} AS status FROM {rows}"
    )
    return (
        f"{source} INSERT INTO requests (ticket, service_code, channel, received_at, name, "
        "name_folded, nik, kk, phone, email, notes, external_ref, status, due_at, assigned_to, "
        "created_by, created_at, updated_at, closed_at, version) "
        f"SELECT {ticket}, r.service_code, r.channel, r.received_at, r.name, r.name, {nik}, "
        f"CASE WHEN i % 10 < 7 THEN {nik.replace('104729', '7919')} END, {phone}, NULL, '', "
        "CASE WHEN r.channel = 'web' THEN 'ESIAK-' || i END, r.status, "
        f"{plus.format('+1 day')}, CASE WHEN r.status <> 'baru' THEN 1 + i % 3 END, NULL, "
        "r.received_at, r.received_at, CASE WHEN r.status IN ('selesai', 'ditolak') THEN "
        f"{plus.format('+3 hours')} END, 1 FROM ({base}) AS r"
    )


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    """A migrated database with ROWS requests, analysed."""
    from desktop_app.core import users
    from desktop_app.core.schema import open_database

    if PG_URL:
        name = f"loket_plans_{uuid.uuid4().hex[:10]}"
        admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        url = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    else:
        url = f"sqlite:///{tmp_path_factory.mktemp('plans') / 'loket.sqlite3'}"
    os.environ["LOKET_DATA_DIR"] = str(tmp_path_factory.mktemp("data"))
    db = open_database(url)
    users.create_first_supervisor(db, "kasi", "Kepala Seksi", "rahasia123")
    for username in ("budi", "rina"):
        users.create_user(db, SYSTEM, username, username.title(), "petugas", "rahasia123")
    dialect = db.engine.dialect.name
    with db.engine.begin() as conn:
        saved = tally.suspend(conn)
        conn.execute(text(_select(dialect)))
        tally.resume(conn, saved, 0)
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("ANALYZE" if dialect == "sqlite" else "VACUUM ANALYZE")
    yield db
    db.dispose()
    if PG_URL:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _captured(db: Database, work) -> list[tuple[str, object]]:
    seen: list[tuple[str, object]] = []

    def listen(_conn, _cursor, statement, parameters, _context, executemany):
        head = statement.lstrip().upper()
        if head.startswith("SET") or ("requests" in statement and head.startswith("SELECT")):
            seen.append((statement, parameters))  # SET: how the list steers the planner

    event.listen(db.engine, "before_cursor_execute", listen)
    try:
        work()
    finally:
        event.remove(db.engine, "before_cursor_execute", listen)
    return seen


def _problems(db: Database, statements, small: bool) -> list[str]:
    """What is wrong with the plans of ``statements``: a whole-table read of ``requests``, or
    a big list sorted instead of read in order."""
    problems = []
    raw = db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        for statement, parameters in statements:
            if statement.lstrip().upper().startswith("SET"):
                cursor.execute(statement, parameters)  # in force for what follows, as in the app
                continue
            if db.is_sqlite:
                cursor.execute("EXPLAIN QUERY PLAN " + statement, parameters)
                details = [row[3] for row in cursor.fetchall()]
                for detail in details:
                    if detail.startswith("SCAN requests") and "INDEX" not in detail:
                        problems.append(f"table scan: {detail}\n  {statement[:300]}")
                    if "TEMP B-TREE FOR ORDER BY" in detail and not small:
                        problems.append(f"big list sorted: {detail}\n  {statement[:300]}")
            else:
                cursor.execute("EXPLAIN (FORMAT JSON) " + statement, parameters)
                plan = cursor.fetchone()[0]
                plan = json.loads(plan) if isinstance(plan, str) else plan
                for node in _nodes(plan[0]["Plan"]):
                    kind = node["Node Type"]
                    if kind == "Seq Scan" and node.get("Relation Name") == "requests":
                        problems.append(f"table scan\n  {statement[:300]}")
                    sorted_rows = max((c["Plan Rows"] for c in node.get("Plans", [])), default=0)
                    if kind == "Sort" and not small and sorted_rows > rq.listing.SMALL_LIST:
                        problems.append(f"{sorted_rows} rows sorted\n  {statement[:300]}")
        cursor.close()
    finally:
        raw.close()
    return problems


def _nodes(node):
    yield node
    for child in node.get("Plans", []):
        yield from _nodes(child)


TODAY = office_date(datetime.now(UTC))
LISTS = [
    rq.RequestFilter(),
    rq.RequestFilter(queue="baru"),
    rq.RequestFilter(queue="diproses"),
    rq.RequestFilter(queue="overdue"),
    rq.RequestFilter(queue="done_today"),
    rq.RequestFilter(statuses=("selesai",)),
    rq.RequestFilter(statuses=("ditolak",)),
    rq.RequestFilter(services=("KK",)),
    rq.RequestFilter(services=("CERAI",), channels=("email",)),
    rq.RequestFilter(services=("KAWIN",), channels=("email",)),
    rq.RequestFilter(channels=("wa",)),
    rq.RequestFilter(officer_id=2),
    rq.RequestFilter(officer_id=2, statuses=rq.OPEN_STATUSES),
    rq.RequestFilter(date_from=TODAY - timedelta(days=7)),
    rq.RequestFilter(date_from=TODAY - timedelta(days=400), date_to=TODAY - timedelta(days=30)),
    rq.RequestFilter(
        date_from=TODAY - timedelta(days=30), services=("KK",), statuses=("diproses",)
    ),
]  # fmt: skip


@pytest.mark.parametrize("flt", LISTS, ids=lambda f: repr(f)[14:70])
def test_every_list_page_and_jump_reads_an_index(big, flt):
    problems = []
    for sort_key in rq.SORT_KEYS:
        lst = rq.RequestList(big, SYSTEM, flt, sort_key, True)
        total = lst.count()
        # A jump is placed by segments, or sorted whole in a small list, or gathers the ids
        # once (a sort no bucket places; docs/indexes.md).
        fresh = rq.RequestList(big, SYSTEM, flt, sort_key, True)
        statements = _captured(
            big,
            lambda lst=lst, fresh=fresh, total=total: (
                lst.ids(0, 200),
                fresh.ids(total // 2, 200),
                lst.ids(200, 200),  # the next page, from the last key
            ),
        )
        gathers = lst.placement == "gather"
        small = lst.plan.endswith("small") or total <= rq.listing.SMALL_LIST or gathers
        problems += [f"{sort_key} ({lst.plan}): {p}" for p in _problems(big, statements, small)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("words", ["siti", "siregar", "putu ayu", "wenas", "nu", "hasibuan"])
def test_name_searches_read_the_trigram_or_the_time_index(big, words):
    problems = []
    for flt in (rq.RequestFilter(text=words), rq.RequestFilter(text=words, queue="baru")):
        for sort_key in ("received_at", "name"):
            lst = rq.RequestList(big, SYSTEM, flt, sort_key, True)
            statements = _captured(big, lambda lst=lst: (lst.count(), lst.ids(0, 200)))
            if not big.is_sqlite and "pg_trgm" not in _extensions(big):
                pytest.skip("pg_trgm is not installed on this server")
            problems += [f"{words} {sort_key} ({lst.plan}): {p}"
                         for p in _problems(big, statements, small=True)]  # fmt: skip
    assert not problems, "\n".join(problems)


def test_exact_searches_read_their_index(big):
    with big.read() as s:
        ticket, nik, kk, phone = s.execute(
            text("SELECT ticket, nik, kk, phone FROM requests WHERE kk IS NOT NULL LIMIT 1")
        ).one()
    for value in (ticket, nik, kk, "0" + phone[3:], "ESIAK-100"):
        lst = rq.RequestList(big, SYSTEM, rq.RequestFilter(text=value))
        statements = _captured(big, lambda lst=lst: (lst.count(), lst.ids(0, 200)))
        assert lst.count() >= (0 if value.startswith("ESIAK") else 1)
        assert not _problems(big, statements, small=True), value


def _extensions(db: Database) -> set[str]:
    with db.read() as s:
        return set(s.scalars(text("SELECT extname FROM pg_extension")))


def _plan_lines(db: Database, statements, only=None) -> list[tuple[str, list[str]]]:
    """Each SELECT (for which ``only(statement)`` holds, if given) with its plan: SQLite's
    EXPLAIN QUERY PLAN details, or PostgreSQL's plan nodes as "Node Type index direction" (the
    SETs before it in force, as in the app)."""
    explained = []
    raw = db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        for statement, parameters in statements:
            if statement.lstrip().upper().startswith("SET"):
                cursor.execute(statement, parameters)
            elif only is not None and not only(statement):
                continue
            elif db.is_sqlite:
                cursor.execute("EXPLAIN QUERY PLAN " + statement, parameters)
                explained.append((statement, [row[3] for row in cursor.fetchall()]))
            else:
                cursor.execute("EXPLAIN (FORMAT JSON) " + statement, parameters)
                plan = cursor.fetchone()[0]
                plan = json.loads(plan) if isinstance(plan, str) else plan
                nodes = [
                    " ".join(
                        str(n.get(k, "")) for k in ("Node Type", "Index Name", "Scan Direction")
                    )
                    for n in _nodes(plan[0]["Plan"])
                ]
                explained.append((statement, nodes))
        cursor.close()
    finally:
        raw.rollback()
        raw.close()
    return explained


@pytest.mark.parametrize("words", ["siti", "nu", "siregar"])
def test_a_common_name_part_reads_its_newest_matches_and_stops(big, words):
    """Many matches: the newest (highest ids) are read and the reading stops. SQLite: FTS5
    backwards in rowid order with a LIMIT, nothing sorted, and the count stops at its cap.
    PostgreSQL: ``ix_requests_name_block`` finds the matches of one block of ids at a time,
    from the newest block; no statement reads the table whole or walks every match."""
    for flt in (rq.RequestFilter(text=words), rq.RequestFilter(text=words, services=("KK",))):
        lst = rq.RequestList(big, SYSTEM, flt)
        statements = _captured(big, lambda lst=lst: (lst.count(), lst.ids(0, 200)))
        assert lst.truncated and lst.count() == rq.listing.NAME_CAP, lst.plan
        newest = _plan_lines(
            big,
            statements,
            lambda statement: (
                "LIMIT" in statement and "requests_fts" in statement and "ORDER BY" in statement
                if big.is_sqlite
                else "name_folded" in statement and f"/ {rq.listing.NAME_BLOCK}" in statement
            ),
        )
        assert newest, [s for s, _ in statements]
        if not big.is_sqlite:  # the newest block first; fewer blocks than the table holds
            assert len(newest) < ROWS // rq.listing.NAME_BLOCK + 1, len(newest)
        for statement, plan in newest:
            if big.is_sqlite:
                assert any("requests_fts VIRTUAL TABLE INDEX" in d for d in plan), plan
                assert not any("TEMP B-TREE" in d for d in plan), (plan, statement)
                assert not any(d.startswith("SCAN requests ") for d in plan), plan
            else:
                assert any(n.startswith("Bitmap Index Scan ix_requests_name_block") for n in plan)
                assert not any(n.startswith("Seq Scan") for n in plan), plan
        if big.is_sqlite and not flt.services:  # the count: the trigram index alone, capped
            counts = [s for s, _ in statements if "count(" in s and "requests_fts" in s]
            assert counts and all("LIMIT" in s and "JOIN" not in s for s in counts), counts


def test_a_rare_name_part_is_found_through_the_trigrams_at_once(big):
    """A name part that the newest block hardly holds: the rest of the table is searched in
    one statement through the trigrams (PostgreSQL), not block by block."""
    if big.is_sqlite:
        pytest.skip("SQLite: FTS5 read newest first, whatever the name")
    lst = rq.RequestList(big, SYSTEM, rq.RequestFilter(text="zzqx"))
    statements = _captured(big, lambda: (lst.count(), lst.ids(0, 200)))
    assert lst.count() == 0 and not lst.truncated
    searched = _plan_lines(
        big, statements, lambda statement: "name_folded" in statement and "LIKE" in statement
    )
    assert len(searched) == 2, [s for s, _ in searched]  # the newest block, then the rest
    for _statement, plan in searched:
        assert any(n.startswith("Bitmap Index Scan ix_requests_name_block") for n in plan), plan


def test_a_small_list_among_many_rows_is_read_month_by_month(big, monkeypatch):
    """Service KAWIN with channel e-mail (CERAI with e-mail in the benchmark): a few rows, but
    each filter's index holds many (at ten million rows, half a million each). Sorted by time
    they are read month by month from one filter's index, in order; nothing gathers them all
    to sort."""
    monkeypatch.setattr(rq.listing, "GATHER_MAX", 1_000)
    flt = rq.RequestFilter(services=("KAWIN",), channels=("email",))
    for sort_key in ("received_at", "service", "channel", "status", "officer"):
        lst = rq.RequestList(big, SYSTEM, flt, sort_key, True)
        total = lst.count()
        assert total and lst.plan == "tally, by month" and lst.placement == "segments", lst.plan
        fresh = rq.RequestList(big, SYSTEM, flt, sort_key, True)
        statements = _captured(
            big,
            lambda lst=lst, fresh=fresh, half=total // 2: (lst.ids(0, 100), fresh.ids(half, 100)),
        )
        assert not _problems(big, statements, small=False), sort_key
        if big.is_sqlite:
            pages = [p for _s, p in _plan_lines(big, statements, lambda s: "LIMIT" in s)]
            assert pages and all(
                any("ix_requests_service_received" in d or "ix_requests_channel_received" in d
                    for d in plan)
                for plan in pages
            ), pages  # fmt: skip
    # Sorted by name there is no month order: placed by the sort buckets (the next test).
    lst = rq.RequestList(big, SYSTEM, flt, "name", True)
    assert lst.placement == "segments" and lst.plan == "tally, by bucket", lst.plan


# The index each bucketed sort steps through: the sort column, id, status, service, channel
# (migration 0014); the ticket's unique index holds the ticket alone (its bucket is a service
# and month, a few thousand rows at most).
_SORT_INDEX = {"name": "ix_requests_name_order", "due_at": "ix_requests_due_at",
               "nik": "ix_requests_nik", "ticket": "sqlite_autoindex_requests_1"}  # fmt: skip


@pytest.mark.parametrize("sort_key", ["name", "due_at", "nik", "ticket"])
@pytest.mark.parametrize(
    "flt",
    [
        rq.RequestFilter(services=("KAWIN",), channels=("email",)),  # rare together
        rq.RequestFilter(services=("KK",)),  # a third of the table
        rq.RequestFilter(channels=("wa", "web"), statuses=("selesai",)),
        rq.RequestFilter(officer_id=2),  # request_officer_buckets
        rq.RequestFilter(officer_id=3, statuses=("selesai", "ditolak")),
    ],
    ids=["KAWIN+email", "KK", "wa,web+selesai", "officer", "officer+closed"],
)
def test_a_filtered_list_is_placed_by_its_sort_buckets(big, monkeypatch, flt, sort_key):
    """Filtered by service, channel (and status), or by an officer (and status), and sorted
    by name, due date, NIK or ticket, a list is placed by the sort buckets counted per
    status, service and channel, or per officer and status: its count is their sum, a jump
    goes to its bucket and steps through that bucket's range of the sort's index, which
    carries the filter's columns (no row read). Every page and jump is the slice a sort of
    the rows gives, both ways."""
    monkeypatch.setattr(rq.listing, "GATHER_MAX", 1_000)
    with big.read() as session:
        order = rq.listing.ORDERS[sort_key].columns
        conds = rq.listing._take_apart(flt, SYSTEM).tally.conditions()
        rows = session.execute(select(Request.id, *order).where(*conds)).all()
    ascending = [r[0] for r in sorted(rows, key=lambda r: tuple(r[1:]))]
    for descending, expected in ((False, ascending), (True, ascending[::-1])):
        lst = rq.RequestList(big, SYSTEM, flt, sort_key, descending)
        assert lst.count() == len(expected) and lst.placement == "segments", lst.plan
        assert "by bucket" in lst.plan or not lst.plan.endswith("small"), lst.plan
        positions = [0, len(expected) // 3, len(expected) // 2, len(expected) - 20]
        statements = _captured(
            big,
            lambda descending=descending, positions=positions: [
                rq.RequestList(big, SYSTEM, flt, sort_key, descending).ids(p, 20) for p in positions
            ],
        )
        for position in positions:
            fresh = rq.RequestList(big, SYSTEM, flt, sort_key, descending)
            assert fresh.ids(position, 20) == expected[position : position + 20], position
        # A page running on through many buckets (a few rows each when the filter is rare)
        # reads its own bucket, then the rest of the page in one statement.
        fresh = rq.RequestList(big, SYSTEM, flt, sort_key, descending)
        fresh.count()
        third = len(expected) // 3
        page = _captured(big, lambda fresh=fresh, third=third: fresh.ids(third, 150))
        reads = [s for s, _ in page if "FROM requests" in s and "request_" not in s]
        assert len(reads) <= 2, (len(reads), sort_key)
        assert fresh.ids(third, 150) == expected[third : third + 150]
        assert not _problems(big, statements, small=False), (sort_key, descending)
        pages = _plan_lines(big, statements, lambda s: "LIMIT" in s and "request_" not in s)
        assert pages, [s for s, _ in statements]
        for statement, plan in pages:
            if big.is_sqlite:
                index = _SORT_INDEX[sort_key]
                covering = "COVERING " if sort_key != "ticket" else ""
                assert any(f"USING {covering}INDEX {index}" in d for d in plan), (plan, statement)
                assert not any("TEMP B-TREE" in d for d in plan), plan
            else:  # its statistics choose; a sort only of one bucket's few matches
                assert any("Index" in n for n in plan), plan


@pytest.mark.parametrize("sort_key", ["name", "nik"])
def test_a_list_no_bucket_places_gathers_its_ids_at_the_first_deep_jump(big, sort_key):
    """Two years of dates sorted by name or NIK: no bucket counts months. Its first pages walk
    the sort's index from the top and gather nothing; the first jump deep inside gathers the
    ids once (found by the date index, sorted whole); later jumps and pages read no row."""
    flt = rq.RequestFilter(
        date_from=TODAY - timedelta(days=730), date_to=TODAY - timedelta(days=30)
    )
    with big.read() as session:
        order = rq.listing.ORDERS[sort_key].columns
        conds = rq.listing._take_apart(flt, SYSTEM).tally.conditions()
        rows = session.execute(select(Request.id, *order).where(*conds)).all()
    expected = [r[0] for r in sorted(rows, key=lambda r: tuple(r[1:]))]
    lst = rq.RequestList(big, SYSTEM, flt, sort_key, False)
    total = lst.count()
    assert total == len(expected) > rq.listing.SMALL_LIST and lst.placement == "gather"
    assert total > 2 * rq.listing._NEAR + 400
    top = _captured(big, lambda: lst.ids(0, 100))
    assert lst._gathered is None and all("LIMIT" in s for s, _ in top if "FROM requests" in s)
    middle = total // 2
    deep = _captured(big, lambda: lst.ids(middle, 100))
    reads = [s for s, _ in deep if "FROM requests" in s and "request_tally" not in s]
    assert len(reads) == 1 and "LIMIT" not in reads[0], reads
    later = _captured(big, lambda: (lst.ids(total // 3, 100), lst.ids(total - 50, 50)))
    assert not [s for s, _ in later if "FROM requests" in s]
    assert lst.ids(middle, 100) == expected[middle : middle + 100]
    assert lst.ids(0, 100) == expected[:100]
    assert lst.ids(total - 50, 50) == expected[-50:]
    if big.is_sqlite:
        plan = _plan_lines(big, deep, lambda s: "FROM requests" in s and "LIMIT" not in s)
        assert any("ix_requests_received_at" in d for d in plan[0][1]), plan


def test_a_list_gathered_ahead_on_another_thread_jumps_without_reading(big, monkeypatch):
    """The Permohonan page has a gathering list's ids read on a worker thread as soon as the
    list shows: a deep jump after that reads no row, and the ids are those of a gather on the
    list's own thread. A job not begun when the jump comes is taken over by the jump (and never
    runs: no deadlock, no second read); a cancelled one stops at its next chunk of ids."""
    flt = rq.RequestFilter(
        date_from=TODAY - timedelta(days=730), date_to=TODAY - timedelta(days=30)
    )
    assert rq.RequestList(big, SYSTEM, flt, "received_at", True).gather_ahead() is None
    reference = rq.RequestList(big, SYSTEM, flt, "name", False)
    total = reference.count()
    assert reference.placement == "gather"
    expected = reference.ids(0, total)
    lst = rq.RequestList(big, SYSTEM, flt, "name", False)
    ahead = lst.gather_ahead()
    assert ahead is not None and lst.gather_ahead() is None and lst.slow_first_jump is False
    worker = threading.Thread(target=ahead.run)
    worker.start()
    worker.join()
    assert ahead.finished and not ahead.failed
    middle = total // 2
    deep = _captured(big, lambda: lst.ids(middle, 100))
    assert not [s for s, _ in deep if "FROM requests" in s], deep
    assert lst.ids(middle, 100) == expected[middle : middle + 100]
    assert lst.ids(0, total) == expected
    # The jump comes first: it reads the ids itself, and the job, when its turn comes, does not.
    early = rq.RequestList(big, SYSTEM, flt, "name", False)
    job = early.gather_ahead()
    assert job is not None
    assert early.ids(middle, 100) == expected[middle : middle + 100]
    job.run()
    assert job.ids is None and not job.finished and early._gathered is not None
    assert job.wait() is None  # asked again (a read of its own that failed): no waiting
    # Replaced lists: a job not begun never reads; a running one stops between chunks.
    dropped = rq.RequestList(big, SYSTEM, flt, "name", False).gather_ahead()
    assert dropped is not None
    dropped.cancel()
    assert dropped.wait() is None  # never begun: nothing to wait for
    assert not [s for s, _ in _captured(big, dropped.run) if "FROM requests" in s]
    assert dropped.ids is None
    looks = iter(range(100))
    with big.read() as session:
        query = select(Request.id).order_by(Request.id)
        monkeypatch.setattr(rq.listing, "_GATHER_CHUNK", 50)
        assert rq.RequestList._read_ids(session, query, lambda: next(looks) >= 2) is None
        assert next(looks) == 3  # two chunks read, the third not
        assert len(rq.RequestList._read_ids(session, query)) == total_requests(session)
        # Four bytes an id while they fit, eight from the first that does not (none lost).
        small = rq.RequestList._read_ids(session, query.limit(120))
        assert small is not None and small.itemsize == 4
        shifted = (cast(Request.id, BigInteger) + (2**31 - 60)).label("id")
        wide = rq.RequestList._read_ids(session, select(shifted).order_by(Request.id).limit(120))
        assert wide is not None and wide.itemsize == 8
        first = session.scalars(select(Request.id).order_by(Request.id).limit(120)).all()
        assert wide.tolist() == [i + 2**31 - 60 for i in first]


def test_a_reload_of_a_gathering_list_jumps_in_the_ids_read_before_until_its_own_are_in(big):
    """The page makes the list again after every change. A list of the same filter, sort and
    person serves its deep jumps from the ids the list before it read (no row read, no wait)
    until its own are in; it takes over a read still under way instead of starting a second
    one, and when that read began before the change its ids serve only meanwhile: the list
    then reads its own. Another sort, filter or person starts afresh."""
    flt = rq.RequestFilter(
        date_from=TODAY - timedelta(days=730), date_to=TODAY - timedelta(days=30)
    )
    first = rq.RequestList(big, SYSTEM, flt, "name", False)
    total = first.count()
    job = first.gather_ahead()
    assert job is not None
    job.run()
    assert first.take_gathered()
    expected = first.ids(0, total)
    middle = total // 2

    again = rq.RequestList(big, SYSTEM, flt, "name", False)
    assert again.same_list(first) and again.carry_over(first) is False  # nothing under way
    assert again.slow_first_jump is False
    deep = _captured(big, lambda: again.ids(middle, 100))
    assert not [s for s, _ in deep if "FROM requests" in s], deep
    assert again.ids(middle, 100) == expected[middle : middle + 100]
    fresh = again.gather_ahead()  # its own ids are read all the same
    assert fresh is not None
    fresh.run()
    assert again.take_gathered() and again._gathered is not first._gathered

    # A read under way (begun: before the change) is taken over, not cancelled nor doubled.
    running = rq.RequestList(big, SYSTEM, flt, "name", False)
    under_way = running.gather_ahead()
    assert under_way is not None
    under_way._began = True  # the worker has begun: what it reads is from before the change
    later = rq.RequestList(big, SYSTEM, flt, "name", False)
    assert later.carry_over(running) and later.gather_ahead() is None
    under_way._began = False
    under_way.run()
    assert later.take_gathered() is False  # its ids serve meanwhile …
    assert (
        later._interim is under_way.ids
        and later.ids(middle, 100) == expected[middle : middle + 100]
    )
    own = later.gather_ahead()  # … and the list reads its own
    assert own is not None and own is not under_way
    own.run()
    assert later.take_gathered()

    # A read not begun reads the data as it is after the change: the reload's own.
    waiting = rq.RequestList(big, SYSTEM, flt, "name", False)
    queued = waiting.gather_ahead()
    taker = rq.RequestList(big, SYSTEM, flt, "name", False)
    assert queued is not None and taker.carry_over(waiting)
    queued.run()
    assert taker.take_gathered() and taker.gather_ahead() is None

    # Another sort, another order, another filter: nothing carried.
    for other in (
        rq.RequestList(big, SYSTEM, flt, "nik", False),
        rq.RequestList(big, SYSTEM, flt, "name", True),
        rq.RequestList(big, SYSTEM, rq.RequestFilter(date_from=flt.date_from), "name", False),
        rq.RequestList(big, dataclasses.replace(SYSTEM, username="lain"), flt, "name", False),
    ):
        assert not other.same_list(first) and other.carry_over(first) is False
        assert other._interim is None


def total_requests(session):
    return session.scalar(select(func.count()).select_from(Request))


def test_a_small_list_among_many_rows_found_by_officer_gathers_its_rows_once(big, monkeypatch):
    """An officer's e-mail requests sorted by name, due date, NIK or ticket: few rows, each
    filter's index holds many, and no bucket counts officers. Every row must be found to sort
    them: they are found once, and every page and jump is a slice of those ids, in the order
    a sort of the rows gives."""
    monkeypatch.setattr(rq.listing, "GATHER_MAX", 1_000)
    for sort_key in ("name", "due_at", "nik", "ticket"):
        _gathered_once(big, sort_key)


def _gathered_once(big, sort_key):
    flt = rq.RequestFilter(officer_id=2, channels=("email",))
    lst = rq.RequestList(big, SYSTEM, flt, sort_key, False)
    statements = _captured(
        big, lambda: (lst.count(), lst.ids(0, 50), lst.ids(lst.count() // 2, 50), lst.ids(50, 50))
    )
    reads = [s for s, _ in statements if "FROM requests" in s and "request_tally" not in s]
    assert lst.plan == "tally, gathered, small" and lst.count() > 100, lst.plan
    assert len(reads) == 1, reads
    settings = [s for s, _ in statements if s.lstrip().upper().startswith("SET")]
    assert settings == ([] if big.is_sqlite else ["SET LOCAL work_mem = '32MB'"])
    order = rq.listing.ORDERS[sort_key].columns
    with big.read() as session:
        rows = session.execute(
            select(Request.id, *order).where(Request.assigned_to == 2, Request.channel == "email")
        ).all()
    expected = [r[0] for r in sorted(rows, key=lambda r: tuple(r[1:]))]
    assert lst.ids(0, lst.count()) == expected


QUEUES = [
    rq.RequestFilter(queue="baru"),
    rq.RequestFilter(queue="diproses"),
    rq.RequestFilter(queue="overdue"),
    rq.RequestFilter(officer_id=2, statuses=rq.OPEN_STATUSES),  # Tugas saya
    rq.RequestFilter(queue="menunggu_berkas", text="aini"),
]


@pytest.mark.parametrize("flt", QUEUES, ids=lambda f: repr(f)[14:70])
def test_the_queues_read_the_open_requests_index(big, flt):
    """The open requests are a few thousand of ten million: on SQLite every queue (and a name
    searched in one) is counted and sorted from the partial index that holds only them, no
    row read; PostgreSQL, knowing how few they are, takes it (with the id in it since
    migration 0011) or the status index."""
    for sort_key in rq.SORT_KEYS:
        lst = rq.RequestList(big, SYSTEM, flt, sort_key, True)
        statements = _captured(big, lambda lst=lst: (lst.count(), lst.ids(0, 200)))
        reads = _plan_lines(
            big,
            statements,
            lambda statement: "FROM requests" in statement and "request_tally" not in statement,
        )
        assert reads, (sort_key, lst.plan)
        for statement, plan in reads:
            if big.is_sqlite:
                assert any("USING COVERING INDEX ix_requests_open" in d for d in plan), (
                    sort_key, plan, statement[:300],
                )  # fmt: skip
            else:  # its statistics choose between this index and the status index
                # The status filter once: a second copy (the SQLite index's own condition) made
                # PostgreSQL square its selectivity and walk the status index through the table.
                assert "IN ('baru', 'diproses', 'menunggu_berkas')" not in statement, statement
                assert not any(node.startswith("Seq Scan") for node in plan), (sort_key, plan)
                assert any(
                    "ix_requests_open" in node or "ix_requests_status_received" in node
                    for node in plan
                ), (sort_key, plan)


def test_a_name_in_a_small_list_reads_its_rows_once(big):
    """A name searched in a small list checks each of the list's rows once: the count and every
    page come from one read (a count and then a page would check them twice)."""
    lst = rq.RequestList(big, SYSTEM, rq.RequestFilter(text="siti", statuses=("ditolak",)))
    statements = _captured(big, lambda: (lst.count(), lst.ids(0, 50), lst.ids(50, 50)))
    reads = [s for s, _ in statements if "FROM requests" in s and "request_tally" not in s]
    assert lst.plan == "name, by filter" and lst.count() > 50
    assert len(reads) == 1, reads
    assert not _problems(big, statements, small=True)


def test_the_daily_report_finds_the_open_requests_by_closing_time(big):
    """The requests open at the day's end (the report's backlog) are those never closed, read
    from their own partial index alone (no table row: 2.8 s with a cold cache at ten million
    rows), and those closed since, from the closing-time index; never every request received
    before the day's end (the whole history)."""
    from desktop_app.core import report

    statements = _captured(big, lambda: report.summarize(big, office_date(datetime.now(UTC))))
    backlog = _plan_lines(
        big,
        statements,
        lambda statement: "UNION ALL" in statement and "closed_at IS NULL" in statement,
    )
    assert backlog, [s for s, _ in statements]
    for _statement, plan in backlog:
        if big.is_sqlite:
            searches = [d for d in plan if d.startswith("SEARCH requests")]
            assert len(searches) == 2, "\n".join(plan)
            assert any("COVERING INDEX ix_requests_unclosed" in d for d in searches), plan
            assert any("ix_requests_closed_at" in d for d in searches), plan
        else:  # (the history, empty here, may be scanned: it is looked up per request)
            # Which of the two PostgreSQL takes for the rows never closed is its statistics'
            # choice (here, a table not yet vacuumed: no index-only scan pays).
            parts = [n for n in plan if "ix_requests_closed_at" in n or "ix_requests_unclosed" in n]
            assert len(parts) == 2, plan
            assert not any("ix_requests_received_at" in n for n in plan), plan


def test_the_reports_read_the_closings_by_closing_time_whatever_the_statistics(big):
    """The closings of a period (the daily report's counts and officers, the monthly report's
    figures) come from the closing-time index. On SQLite with the statistics a migration's
    sampled ANALYZE leaves (about a thousand rows per status, 0009's ``analysis_limit``), the
    planner walked the status index instead, every "selesai" of ten years: 4.4 s for one
    day's count at ten million rows."""
    from desktop_app.core import report
    from desktop_app.core.performance import figures

    day = office_date(datetime.now(UTC))
    sampled = "10000000 1001 1"  # what 0015's ANALYZE wrote at ten million rows
    if big.is_sqlite:
        with big.engine.begin() as conn:
            conn.exec_driver_sql(
                "DELETE FROM sqlite_stat1 WHERE idx = 'ix_requests_status_received'"
            )
            conn.exec_driver_sql(
                "INSERT INTO sqlite_stat1 (tbl, idx, stat) "
                "VALUES ('requests', 'ix_requests_status_received', ?)",
                (sampled,),
            )
        big.engine.dispose()  # connections read the statistics when they open
    try:
        statements = _captured(
            big,
            lambda: (
                report.summarize(big, day),
                report.summarize(big, day - timedelta(days=30), day),
                figures.summarize(big, day.replace(day=1), day, with_officers=True),
            ),
        )
        if big.is_sqlite:  # a statement read after the statistics changed
            with big.engine.connect() as conn:
                stat = conn.exec_driver_sql(
                    "SELECT stat FROM sqlite_stat1 WHERE idx = 'ix_requests_status_received'"
                ).scalar()
            assert stat == sampled
        closings = _plan_lines(
            big,
            statements,
            lambda s: "closed_at >=" in s and "closed_at <" in s and "UNION ALL" not in s,
        )
    finally:
        if big.is_sqlite:
            with big.engine.begin() as conn:
                conn.exec_driver_sql("ANALYZE")
            big.engine.dispose()
    assert len(closings) >= 4, [s for s, _ in statements]
    for statement, plan in closings:
        assert not any("ix_requests_status_received" in d for d in plan), (statement, plan)
        if big.is_sqlite:
            assert any("ix_requests_closed_at" in d for d in plan), (statement, plan)


def test_the_backlog_of_a_day_long_past_is_told_apart_in_the_closing_time_index(big):
    """The requests open at the end of a day a year back: those never closed (their own index)
    and those closed since but received before the day, which the closing-time index tells
    apart by the time received beside the closing time (0017): a year's closings are not
    each read from the table (9.1 s with a cold cache at ten million rows, or 3.5 s reading
    every request received before the day instead). Near the history's start the requests
    received before the day are the fewer, and those are read."""
    from desktop_app.core import report

    with big.engine.connect() as conn:
        columns = [
            row[2] for row in conn.exec_driver_sql("PRAGMA index_info(ix_requests_closed_at)")
        ] if big.is_sqlite else [
            row[0]
            for row in conn.exec_driver_sql(
                "SELECT a.attname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                "JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey) "
                "WHERE c.relname = 'ix_requests_closed_at' "
                "ORDER BY array_position(i.indkey, a.attnum)"
            )
        ]  # fmt: skip
    assert columns[:2] == ["closed_at", "received_at"]
    # PostgreSQL: with every other column the backlog reads, or its planner reads the receipts
    # (it takes the two times for independent).
    extra = set() if big.is_sqlite else {"id", "status", "due_at", "status_changed_at"}
    assert set(columns[2:]) == extra
    year_back = TODAY - timedelta(days=365)
    early = TODAY - timedelta(days=SPAN_DAYS - 60)
    for day, receipts_fewer in ((year_back, False), (early, True)):
        end = clock.day_bounds(day)[1]
        with big.read() as session:
            assert report._receipts_are_fewer(session, end, end) is receipts_fewer, day
        statements = _captured(big, lambda day=day: report.summarize(big, day))
        backlog = _plan_lines(big, statements, lambda s: "AS late" in s)
        assert len(backlog) == 1, [s for s, _ in statements]
        plan = backlog[0][1]
        if not receipts_fewer:
            assert any("ix_requests_closed_at" in d for d in plan), plan
            assert not any("ix_requests_received_at" in d for d in plan), plan
            if big.is_sqlite:
                assert any("ix_requests_unclosed" in d for d in plan), plan
        elif big.is_sqlite:  # PostgreSQL's statistics choose
            assert any("ix_requests_received_at" in d for d in plan), plan


@pytest.mark.parametrize(
    "flt", [rq.RequestFilter(), rq.RequestFilter(statuses=("selesai",))], ids=["all", "selesai"]
)
def test_a_jump_in_the_name_order_steps_through_the_index_alone(big, flt):
    """Sorted by name, a jump steps through up to half a name bucket (a quarter of a million
    rows at ten million): from the index alone, not a table row per step. The name index
    carries the id and the status (0011 on PostgreSQL, 0012 on SQLite, where Selesai by name
    read each row's status: 350 ms a jump)."""
    total = rq.RequestList(big, SYSTEM, flt, "name", False).count()
    statements = _captured(
        big, lambda: rq.RequestList(big, SYSTEM, flt, "name", False).ids(total // 3, 200)
    )
    reads = _plan_lines(
        big, statements, lambda statement: "ORDER BY" in statement and "name_folded" in statement
    )
    assert reads, [s for s, _ in statements]
    for _statement, plan in reads:
        if big.is_sqlite:
            assert any("COVERING INDEX ix_requests_name_order" in d for d in plan), plan
        else:
            assert any(n.startswith("Index Only Scan ix_requests_name_order") for n in plan), plan


@pytest.mark.parametrize(
    ("sort_key", "flt", "tally_reads"),
    [
        ("received_at", rq.RequestFilter(), 1),
        ("status", rq.RequestFilter(), 1),
        ("officer", rq.RequestFilter(statuses=("selesai",)), 1),
        ("name", rq.RequestFilter(), 0),  # counted from its name buckets
        ("due_at", rq.RequestFilter(statuses=("selesai",)), 0),
    ],
    ids=["received_at", "status", "officer", "name", "due_at"],
)
def test_a_new_list_reads_the_tally_once(big, sort_key, flt, tally_reads):
    """A list's count and its segments come from one pass over the tally (13–15 ms at ten
    million rows, most of a first page); a list placed by buckets is counted from them."""
    reads: list[str] = []

    def listen(_conn, _cursor, statement, _parameters, _context, _executemany):
        if "request_tally" in statement or "request_sort_buckets" in statement:
            reads.append("tally" if "request_tally" in statement else "buckets")

    event.listen(big.engine, "before_cursor_execute", listen)
    try:
        listed = rq.RequestList(big, SYSTEM, flt, sort_key, True)
        total = listed.count()
        assert len(listed.ids(total // 2, 100)) == 100
        assert listed.placement == "segments"
    finally:
        event.remove(big.engine, "before_cursor_execute", listen)
    assert reads.count("tally") == tally_reads, reads
    assert reads.count("buckets") == (1 - tally_reads), reads
