"""Fill a database with N synthetic requests, fast: raw bulk inserts with the indexes and
triggers off, then the indexes built, the name-search index and the tallies counted once.

    PYTHONPATH=. python bench/gen_requests.py --rows 1000000 --db /work/benchdata/loket-1m.sqlite3
    PYTHONPATH=. python bench/gen_requests.py --rows 10000000 --years 10 \\
        --db /work/benchdata/loket-10m.sqlite3
    PYTHONPATH=. python bench/gen_requests.py --from-sqlite /work/benchdata/loket-10m.sqlite3 \\
        --url postgresql+psycopg://postgres@127.0.0.1:5432/loket10m
    PYTHONPATH=. python bench/gen_requests.py --csv /work/benchdata/import100k.csv --csv-rows 100000
    PYTHONPATH=. python bench/gen_requests.py --enrich OLD.sqlite3   # an older run's file

Requests are spread evenly over ``--years`` up to now, each with its history (created, and a
status change for each step it went through), and the last whole office day is topped up to
``--busy-day`` requests (the daily-report benchmark's busy day). ``--from-sqlite`` copies a
generated SQLite database into an empty PostgreSQL database with ``COPY``, so both engines are
measured on the same rows. Big files belong outside the repository (``/work/benchdata``).
"""

from __future__ import annotations

import argparse
import csv
import random
import sqlite3
import sys
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

from measure import bench_data_dir

from desktop_app.core import clock, regions, workdays
from desktop_app.core.demo import CHANNEL_WEIGHTS, SERVICE_WEIGHTS, demo_name
from desktop_app.core.identity import generate_nik
from desktop_app.core.requests.common import fold_name

OPEN = ("baru", "diproses", "menunggu_berkas")
COLUMNS = (
    "ticket", "service_code", "channel", "received_at", "name", "name_folded", "nik", "kk",
    "phone", "email", "notes", "external_ref", "status", "due_at", "assigned_to", "created_by",
    "created_at", "updated_at", "closed_at", "document_no", "reject_reason", "import_batch",
    "version",
)  # fmt: skip
EVENT_COLUMNS = ("request_id", "at", "user_id", "kind", "from_status", "to_status", "note")
OFFICERS = (2, 3, 1)


class _Maker:
    """One synthetic request at a time, with tickets numbered per service and office day."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.districts = [c for c, _n in regions.districts_of("3216")]
        self.services = list(SERVICE_WEIGHTS)
        self.s_weights = [SERVICE_WEIGHTS[s] for s in self.services]
        self.channels = list(CHANNEL_WEIGHTS)
        self.c_weights = [CHANNEL_WEIGHTS[c] for c in self.channels]
        self.counters: dict[tuple[str, date], int] = {}
        self.due_cache: dict[date, datetime] = {}
        self.now = datetime.now(UTC)

    def row(self, i: int, received: datetime) -> tuple[Any, ...]:
        rng = self.rng
        day = clock.office_date(received)
        code = rng.choices(self.services, self.s_weights)[0]
        seq = self.counters[(code, day)] = self.counters.get((code, day), 0) + 1
        due = self.due_cache.get(day)
        if due is None:
            due = self.due_cache[day] = workdays.due_at(received, 1, ())
        name, sex = demo_name(rng)
        birth = date(1950, 1, 1) + timedelta(days=rng.randrange(365 * 60))
        district = rng.choice(self.districts)
        nik = generate_nik(rng, district, birth, sex)
        age_days = (self.now - received).days
        roll = rng.random()
        if age_days > 7:
            status = "selesai" if roll < 0.93 else "ditolak" if roll < 0.997 else rng.choice(OPEN)
        else:
            status = rng.choice(OPEN) if roll < 0.6 else "selesai"
        closed = None
        if status in ("selesai", "ditolak"):
            closed = min(received + timedelta(hours=rng.randint(1, 48)), self.now)
        officer = rng.choice(OFFICERS) if status != "baru" else None
        phone = (
            "+628"
            + rng.choice(("12", "13", "21", "52", "57", "77"))
            + f"{rng.randrange(10**8):08d}"
        )
        kk = f"{district}{birth:%d%m%y}{rng.randint(1, 9999):04d}" if rng.random() < 0.7 else None
        channel = rng.choices(self.channels, self.c_weights)[0]
        ref = f"ESIAK-{i:08d}" if channel == "web" else f"WA-{i:08x}" if channel == "wa" else None
        return (
            f"{code}-{day:%y%m%d}-{seq:04d}", code, channel, received, name, fold_name(name), nik,
            kk, phone, None, "", ref, status, due, officer, None, received, closed or received,
            closed, None, "Foto KTP tidak terbaca" if status == "ditolak" else None, None, 1,
        )  # fmt: skip


def synthetic_rows(n: int, seed: int = 7, years: float = 3.0) -> Iterator[tuple[Any, ...]]:
    """``n`` rows in ``COLUMNS`` order, evenly over ``years`` up to now, oldest first."""
    maker = _Maker(seed)
    span = years * 365 * 86400
    start = maker.now - timedelta(seconds=span)
    step = span / n
    for i in range(n):
        yield maker.row(i, start + timedelta(seconds=i * step + maker.rng.random() * step))


def busy_day_rows(
    day: date, extra: int, first_seq: dict[tuple[str, date], int], seed: int
) -> Iterator[tuple[Any, ...]]:
    """``extra`` more requests received on office day ``day`` (tickets after ``first_seq``)."""
    maker = _Maker(seed)
    maker.counters.update(first_seq)
    start = clock.day_start(day)
    for i in range(extra):
        received = start + timedelta(seconds=maker.rng.randrange(86_400))
        yield maker.row(50_000_000 + i, min(received, maker.now))


def _text_time(value: Any) -> Any:
    """SQLAlchemy's SQLite form of a timestamp (naive UTC, always six decimals)."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    return value


def _naive(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None)
    return value


def ensure_users(db: Any) -> None:
    from desktop_app.core import users
    from desktop_app.core.security import SYSTEM

    if not users.has_users(db):
        users.create_first_supervisor(db, "kasi", "Kepala Seksi", "rahasia123")
        users.create_user(db, SYSTEM, "budi", "Budi Santoso", "petugas", "rahasia123")
        users.create_user(db, SYSTEM, "rina", "Rina Marlina", "petugas", "rahasia123")


def _events_sql(time_plus_hour: str) -> list[str]:
    """A history for every request: created; taken up an hour later; closed when it closed."""
    into = f"INSERT INTO request_events ({', '.join(EVENT_COLUMNS)}) "
    return [
        into + "SELECT id, received_at, created_by, 'create', NULL, 'baru', '' FROM requests",
        into + f"SELECT id, {time_plus_hour}, assigned_to, 'status', 'baru', "
        "CASE WHEN status = 'menunggu_berkas' THEN status ELSE 'diproses' END, '' "
        "FROM requests WHERE status <> 'baru'",
        into + "SELECT id, closed_at, assigned_to, 'status', 'diproses', status, '' "
        "FROM requests WHERE closed_at IS NOT NULL",
    ]


def _busy_day(counters: dict[tuple[str, date], int], target: int) -> tuple[date, int]:
    day = clock.office_date(datetime.now(UTC)) - timedelta(days=1)
    have = sum(n for (_code, d), n in counters.items() if d == day)
    return day, max(target - have, 0)


def fill_sqlite(path: str, n: int, seed: int = 7, years: float = 3.0, busy: int = 5000) -> float:
    from desktop_app.core.schema import open_database

    db = open_database(f"sqlite:///{path}")
    ensure_users(db)
    db.dispose()
    t0 = time.perf_counter()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-400000")
    saved = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE tbl_name IN ('requests', "
        "'request_events') AND type IN ('index', 'trigger') AND sql IS NOT NULL"
    ).fetchall()
    for kind, name, _sql in saved:
        conn.execute(f"DROP {kind.upper()} {name}")
    sql = f"INSERT INTO requests ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
    conn.execute("BEGIN")
    batch: list[tuple[Any, ...]] = []
    rows = synthetic_rows(n, seed, years)
    counters: dict[tuple[str, date], int] = {}
    for row in rows:
        batch.append(tuple(_text_time(v) for v in row))
        if len(batch) >= 50_000:
            conn.executemany(sql, batch)
            batch.clear()
    conn.executemany(sql, batch)
    for (ticket,) in conn.execute("SELECT ticket FROM requests"):
        code, day, seq = ticket.split("-")
        key = (code, datetime.strptime(day, "%y%m%d").date())
        counters[key] = max(counters.get(key, 0), int(seq))
    day, extra = _busy_day(counters, busy)
    extra_rows = [
        tuple(_text_time(v) for v in r) for r in busy_day_rows(day, extra, counters, seed + 1)
    ]
    conn.executemany(sql, extra_rows)
    for row in extra_rows:
        code, d, seq = row[0].split("-")
        key = (code, datetime.strptime(d, "%y%m%d").date())
        counters[key] = max(counters.get(key, 0), int(seq))
    conn.executemany(
        "INSERT INTO ticket_counters (service_code, day, last_seq) VALUES (?, ?, ?) "
        "ON CONFLICT DO UPDATE SET last_seq = max(last_seq, excluded.last_seq)",
        [(c, d.isoformat(), s) for (c, d), s in counters.items()],
    )
    for statement in _events_sql("strftime('%Y-%m-%d %H:%M:%S.000000', received_at, '+1 hour')"):
        conn.execute(statement)
    conn.execute("COMMIT")
    for _kind, _name, ddl in saved:
        conn.execute(ddl)
    conn.execute("INSERT INTO requests_fts(requests_fts) VALUES ('rebuild')")
    conn.close()
    finish_sqlite(path, tallies=True)
    return time.perf_counter() - t0


def finish_sqlite(path: str, tallies: bool = False) -> None:
    """What a bulk load past the triggers leaves to do, through the app's own code: the
    tallies (``tallies``: when requests were written without their triggers), every request's
    last status change (the history's triggers were off), and full statistics for SQLite's
    planner (the migrations' sampled ``ANALYZE`` is what an office has; the lists name their
    indexes either way)."""
    from desktop_app.core.requests import status_times, tally
    from desktop_app.core.schema import open_database

    db = open_database(f"sqlite:///{path}")
    with db.engine.begin() as c:
        if tallies:
            tally.rebuild(c)
        status_times.refill(c)
    db.dispose()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("ANALYZE")
    conn.close()


def enrich_sqlite(path: str, busy: int = 5000, seed: int = 7) -> float:
    """Bring a database generated by an earlier version of this script (no histories, no busy
    day) to what ``fill_sqlite`` makes now: migrated (the app's own upgrade), every request
    given its history, the last whole day topped up to ``busy`` requests."""
    from desktop_app.core.schema import open_database

    t0 = time.perf_counter()
    db = open_database(f"sqlite:///{path}")
    db.dispose()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA cache_size=-400000")
    conn.execute("BEGIN")
    # Older runs wrote a whole second without its ".000000": the app's form always has it.
    for column in ("received_at", "due_at", "created_at", "updated_at", "closed_at"):
        conn.execute(
            f"UPDATE requests SET {column} = {column} || '.000000' WHERE length({column}) = 19"
        )
    if conn.execute("SELECT count(*) FROM request_events").fetchone()[0] == 0:
        # The history's triggers read it by request: off while it is written without its index.
        triggers = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
            "AND tbl_name = 'request_events'"
        ).fetchall()
        for name, _sql in triggers:
            conn.execute(f'DROP TRIGGER "{name}"')
        conn.execute("DROP INDEX IF EXISTS ix_request_events_request_id")
        for statement in _events_sql(
            "strftime('%Y-%m-%d %H:%M:%S.000000', received_at, '+1 hour')"
        ):
            conn.execute(statement)
        conn.execute("CREATE INDEX ix_request_events_request_id ON request_events (request_id)")
        for _name, ddl in triggers:
            conn.execute(ddl)
    counters = {
        (code, date.fromisoformat(day)): seq
        for code, day, seq in conn.execute(
            "SELECT service_code, day, last_seq FROM ticket_counters"
        )
    }
    day, extra = _busy_day(counters, busy)
    sql = f"INSERT INTO requests ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
    rows = [tuple(_text_time(v) for v in r) for r in busy_day_rows(day, extra, counters, seed)]
    conn.executemany(sql, rows)  # the triggers index and count them
    for row in rows:
        code, d, seq = row[0].split("-")
        key = (code, datetime.strptime(d, "%y%m%d").date())
        counters[key] = max(counters.get(key, 0), int(seq))
    conn.executemany(
        "INSERT INTO ticket_counters (service_code, day, last_seq) VALUES (?, ?, ?) "
        "ON CONFLICT DO UPDATE SET last_seq = max(last_seq, excluded.last_seq)",
        [(c, d.isoformat(), s) for (c, d), s in counters.items()],
    )
    conn.execute("COMMIT")
    conn.close()
    finish_sqlite(path)
    return time.perf_counter() - t0


def copy_sqlite_to_url(source: str, url: str) -> float:
    """The rows of a generated SQLite database into an empty, migrated PostgreSQL database:
    indexes dropped, ``COPY``, indexes built, tallies counted, ``VACUUM ANALYZE``."""
    from sqlalchemy import text

    from desktop_app.core.requests import status_times, tally
    from desktop_app.core.schema import open_database

    db = open_database(url)
    ensure_users(db)
    t0 = time.perf_counter()
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    with db.engine.begin() as conn:
        saved = conn.execute(
            text(
                "SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN "
                "('requests', 'request_events') AND indexname NOT LIKE 'pk_%'"
            )
        ).all()
        constraints = conn.execute(
            text(
                "SELECT conname, conrelid::regclass::text, pg_get_constraintdef(oid) "
                "FROM pg_constraint WHERE conrelid::regclass::text IN "
                "('requests', 'request_events') AND contype IN ('u', 'f')"
            )
        ).all()
        for name, table, _definition in constraints:
            conn.execute(text(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"'))
        for name, _definition in saved:
            conn.execute(text(f'DROP INDEX IF EXISTS "{name}"'))
        conn.exec_driver_sql("SELECT set_config('loket.bulk', 'on', true)")
        raw: Any = conn.connection.driver_connection
        for table, columns in (
            ("requests", ("id", *COLUMNS, "import_key")),
            ("request_events", ("id", *EVENT_COLUMNS)),
            ("ticket_counters", ("service_code", "day", "last_seq")),
        ):
            if table == "ticket_counters":
                conn.execute(text("DELETE FROM ticket_counters"))
            names = ", ".join(columns)
            cursor = src.execute(f"SELECT {names} FROM {table}")
            with raw.cursor() as pg, pg.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                while batch := cursor.fetchmany(20_000):
                    for row in batch:
                        copy.write_row(row)
        for table in ("requests", "request_events"):
            conn.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT max(id) FROM {table}))"
                )
            )
        owned = {name for name, _table, _definition in constraints}
        for name, definition in saved:
            if name not in owned:  # a constraint's index comes back with the constraint
                conn.execute(text(definition))
        for name, table, definition in constraints:
            conn.execute(text(f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}'))
        tally.rebuild(conn)
        status_times.refill(conn)
    src.close()
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE")
    db.dispose()
    return time.perf_counter() - t0


def write_csv(path: str, n: int, seed: int = 11) -> None:
    """An import file like the e-SIAK export: received times in the last months, refs unique,
    phones written the ways people write them."""
    rng = random.Random(seed)
    shapes = (
        lambda p: "0" + p[3:],
        lambda p: p,
        lambda p: f"0{p[3:6]}-{p[6:10]}-{p[10:]}",
        lambda p: f"+62 {p[3:6]} {p[6:10]} {p[10:]}",
        lambda p: p[1:],
    )
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["diterima", "kanal", "layanan", "nik", "no_kk", "nama", "no_hp",
                         "email", "keterangan", "ref"])  # fmt: skip
        for i, row in enumerate(synthetic_rows(n, seed, years=0.25)):
            received = clock.to_office(row[3])
            writer.writerow([
                f"{received:%Y-%m-%d %H:%M}", row[2], row[1], row[6], row[7] or "", row[4],
                rng.choice(shapes)(row[8]), "", "", f"IMP-{seed}-{i:07d}",
            ])  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--years", type=float, default=3.0)
    parser.add_argument("--busy-day", type=int, default=5_000)
    parser.add_argument("--db", help="SQLite file to create")
    parser.add_argument("--url", help="PostgreSQL URL (an empty database) to fill")
    parser.add_argument("--from-sqlite", help="with --url: copy this generated SQLite file")
    parser.add_argument("--enrich", help="bring an older generated SQLite file up to date")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--csv", help="also write an import CSV here")
    parser.add_argument("--csv-rows", type=int, default=100_000)
    args = parser.parse_args(argv)
    bench_data_dir()  # the audit key of what is generated: where the benchmarks look for it
    if args.enrich:
        took = enrich_sqlite(args.enrich, args.busy_day, args.seed)
        print(f"{args.enrich} brought up to date in {took:.1f} s", file=sys.stderr)
    elif args.url and args.from_sqlite:
        took = copy_sqlite_to_url(args.from_sqlite, args.url)
        print(f"copied {args.from_sqlite} in {took:.1f} s", file=sys.stderr)
    elif args.db:
        took = fill_sqlite(args.db, args.rows, args.seed, args.years, args.busy_day)
        print(f"{args.rows:,} requests generated in {took:.1f} s", file=sys.stderr)
    if args.csv:
        write_csv(args.csv, args.csv_rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
