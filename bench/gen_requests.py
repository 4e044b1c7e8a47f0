"""Fill a database with N synthetic requests, fast (raw bulk inserts in big transactions).

    PYTHONPATH=. python bench/gen_requests.py --rows 1000000 --db /tmp/loket-bench.sqlite3
    PYTHONPATH=. python bench/gen_requests.py --rows 100000 --url postgresql+psycopg://...

On SQLite the secondary indexes and the name-search triggers are dropped during the load and
rebuilt afterwards (much faster than maintaining them row by row). Also writes a CSV for the
import benchmark with ``--csv FILE --csv-rows N``.
"""

from __future__ import annotations

import argparse
import csv
import random
import sqlite3
import sys
import time
from datetime import UTC, date, datetime, timedelta

from desktop_app.core import (
    clock,  # noqa: E402
    regions,
    workdays,
)
from desktop_app.core.demo import CHANNEL_WEIGHTS, SERVICE_WEIGHTS, demo_name
from desktop_app.core.identity import generate_nik
from desktop_app.core.requests.common import fold_name

OPEN = ("baru", "diproses", "menunggu_berkas")


def synthetic_rows(n: int, seed: int = 7, years: float = 3.0):  # type: ignore[no-untyped-def]
    """Yield tuples in ``COLUMNS`` order, oldest first."""
    rng = random.Random(seed)
    districts = [c for c, _n in regions.districts_of("3216")]
    services = list(SERVICE_WEIGHTS)
    s_weights = [SERVICE_WEIGHTS[s] for s in services]
    channels = list(CHANNEL_WEIGHTS)
    c_weights = [CHANNEL_WEIGHTS[c] for c in channels]
    now = datetime.now(UTC)
    span = years * 365 * 86400
    start = now - timedelta(seconds=span)
    step = span / n
    counters: dict[tuple[str, date], int] = {}
    due_cache: dict[date, datetime] = {}
    for i in range(n):
        received = start + timedelta(seconds=i * step + rng.random() * step)
        day = clock.office_date(received)
        code = rng.choices(services, s_weights)[0]
        seq = counters[(code, day)] = counters.get((code, day), 0) + 1
        due = due_cache.get(day)
        if due is None:
            due = due_cache[day] = workdays.due_at(received, 1, ())
        name, sex = demo_name(rng)
        birth = date(1950, 1, 1) + timedelta(days=rng.randrange(365 * 60))
        district = rng.choice(districts)
        nik = generate_nik(rng, district, birth, sex)
        age_days = (now - received).days
        roll = rng.random()
        if age_days > 7:
            status = "selesai" if roll < 0.93 else "ditolak" if roll < 0.997 else rng.choice(OPEN)
        else:
            status = rng.choice(OPEN) if roll < 0.6 else "selesai"
        closed = (
            received + timedelta(hours=rng.randint(1, 48))
            if status in ("selesai", "ditolak")
            else None
        )  # noqa: E501
        if closed is not None and closed > now:
            closed = now
        officer = rng.choice((2, 3, 1)) if status != "baru" else None
        phone = (
            "+628"
            + rng.choice(("12", "13", "21", "52", "57", "77"))
            + f"{rng.randrange(10**8):08d}"
        )
        kk = f"{district}{birth:%d%m%y}{rng.randint(1, 9999):04d}" if rng.random() < 0.7 else None
        channel = rng.choices(channels, c_weights)[0]
        ref = f"ESIAK-{i:08d}" if channel == "web" else f"WA-{i:08x}" if channel == "wa" else None
        yield (
            (
                f"{code}-{day:%y%m%d}-{seq:04d}",
                code,
                channel,
                received,
                name,
                fold_name(name),
                nik,
                kk,
                phone,
                None,
                "",
                ref,
                status,
                due,
                officer,
                None,
                received,
                closed or received,
                closed,
                None,
                "Foto KTP tidak terbaca" if status == "ditolak" else None,
                None,
                1,
            ),
            counters,
        )
    return


COLUMNS = (
    "ticket", "service_code", "channel", "received_at", "name", "name_folded", "nik", "kk",
    "phone", "email", "notes", "external_ref", "status", "due_at", "assigned_to", "created_by",
    "created_at", "updated_at", "closed_at", "document_no", "reject_reason", "import_batch",
    "version",
)  # fmt: skip


def _naive(value):  # type: ignore[no-untyped-def]
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")
    return value


def ensure_users(db) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.core import users
    from desktop_app.core.security import SYSTEM

    if not users.has_users(db):
        users.create_first_supervisor(db, "kasi", "Kepala Seksi", "rahasia123")
        users.create_user(db, SYSTEM, "budi", "Budi Santoso", "petugas", "rahasia123")
        users.create_user(db, SYSTEM, "rina", "Rina Marlina", "petugas", "rahasia123")


def fill_sqlite(path: str, n: int, seed: int) -> float:
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
        "SELECT type, name, sql FROM sqlite_master WHERE tbl_name='requests' "
        "AND type IN ('index','trigger') AND sql IS NOT NULL"
    ).fetchall()
    for kind, name, _sql in saved:
        conn.execute(f"DROP {kind.upper()} {name}")
    sql = f"INSERT INTO requests ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
    counters: dict = {}
    batch: list = []
    conn.execute("BEGIN")
    for row, counters in synthetic_rows(n, seed):  # noqa: B007 - last value used below
        batch.append(tuple(_naive(v) for v in row))
        if len(batch) >= 50_000:
            conn.executemany(sql, batch)
            batch.clear()
    if batch:
        conn.executemany(sql, batch)
    conn.executemany(
        "INSERT INTO ticket_counters (service_code, day, last_seq) VALUES (?, ?, ?) "
        "ON CONFLICT DO UPDATE SET last_seq = max(last_seq, excluded.last_seq)",
        [(c, d.isoformat(), s) for (c, d), s in counters.items()],
    )
    conn.execute("COMMIT")
    for _kind, _name, ddl in saved:
        conn.execute(ddl)
    conn.execute("INSERT INTO requests_fts(requests_fts) VALUES ('rebuild')")
    conn.execute("ANALYZE")
    conn.close()
    return time.perf_counter() - t0


def fill_url(url: str, n: int, seed: int) -> float:
    from sqlalchemy import insert

    from desktop_app.core.models import Request
    from desktop_app.core.schema import open_database

    db = open_database(url)
    ensure_users(db)
    t0 = time.perf_counter()
    batch: list = []
    counters: dict = {}
    with db.engine.begin() as conn:
        for row, counters in synthetic_rows(n, seed):  # noqa: B007 - last value used below
            batch.append(dict(zip(COLUMNS, row, strict=True)))
            if len(batch) >= 10_000:
                conn.execute(insert(Request.__table__), batch)
                batch.clear()
        if batch:
            conn.execute(insert(Request.__table__), batch)
        from desktop_app.core.models import TicketCounter

        conn.execute(
            insert(TicketCounter.__table__),
            [{"service_code": c, "day": d, "last_seq": s} for (c, d), s in counters.items()],
        )
        conn.exec_driver_sql("ANALYZE requests")
    db.dispose()
    return time.perf_counter() - t0


def write_csv(path: str, n: int, seed: int = 11) -> None:
    """An import file like the e-SIAK export: received times in the last months, refs unique."""
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["diterima", "kanal", "layanan", "nik", "no_kk", "nama", "no_hp",
                         "email", "keterangan", "ref"])  # fmt: skip
        for i, (row, _c) in enumerate(synthetic_rows(n, seed, years=0.25)):
            received = clock.to_office(row[3])
            writer.writerow([
                f"{received:%Y-%m-%d %H:%M}", row[2], row[1], row[6], row[7] or "", row[4],
                "0" + row[8][3:], "", "", f"IMP-{seed}-{i:07d}",
            ])  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--db", default="/tmp/loket-bench.sqlite3")
    parser.add_argument("--url", help="SQLAlchemy URL instead of --db (e.g. PostgreSQL)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--csv", help="also write an import CSV here")
    parser.add_argument("--csv-rows", type=int, default=100_000)
    args = parser.parse_args(argv)
    if args.url:
        took = fill_url(args.url, args.rows, args.seed)
    else:
        took = fill_sqlite(args.db, args.rows, args.seed)
    print(f"{args.rows:,} requests generated in {took:.1f} s", file=sys.stderr)
    if args.csv:
        write_csv(args.csv, args.csv_rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
