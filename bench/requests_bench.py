"""Request list, search and import timings on a large database.

    PYTHONPATH=. python bench/requests_bench.py                 # 1,000,000 rows in SQLite
    PYTHONPATH=. python bench/requests_bench.py --rows 100000   # smaller
    PYTHONPATH=. python bench/requests_bench.py --quick         # 50,000 rows
    PYTHONPATH=. python bench/requests_bench.py --url postgresql+psycopg://postgres@127.0.0.1:5432/b

Each list/search figure is the best of 5 runs of what the GUI does for its first page
(``list_ids(limit=100)`` + ``fetch_rows``), beside the bare SQL of the same query. The import
runs in a child process on a fresh database (time and peak RSS of that process).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from desktop_app.core import clock  # noqa: E402
from desktop_app.core import requests as rq  # noqa: E402
from desktop_app.core.db import Database  # noqa: E402
from desktop_app.core.security import SYSTEM  # noqa: E402


def best(fn, runs: int = 5) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times) * 1000


def bare_sql(db: Database, flt: rq.RequestFilter, sort_key: str, desc: bool) -> str:
    """The SQL list_ids runs, with literal values, for timing without the Python layer."""
    from sqlalchemy import select

    from desktop_app.core.models import Request
    from desktop_app.core.requests.queries import (
        _sorted,
        _where,
        officer_group_query,
        officer_groups,
    )

    with db.read() as session:
        where = _where(session, SYSTEM, flt)
        if sort_key == "officer":  # the first officer's query (what a first page needs)
            query = officer_group_query(where, officer_groups(session, desc)[0], desc)
        else:
            query = _sorted(select(Request.id).where(*where), sort_key, desc)
        query = query.limit(100)
        return str(query.compile(db.engine, compile_kwargs={"literal_binds": True}))


def run_import(csv_path: str, url: str) -> None:
    from desktop_app.core.importer import import_file
    from desktop_app.core.schema import open_database

    db = open_database(url)
    t0 = time.perf_counter()
    result = import_file(db, SYSTEM, csv_path)
    took = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"import {result.added:,} rows: {took:.1f} s, peak RSS {rss:.0f} MB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--quick", action="store_true", help="50,000 rows")
    parser.add_argument("--db", default=None, help="SQLite file (kept and reused if it exists)")
    parser.add_argument("--url", default=None, help="PostgreSQL URL (database must be empty)")
    parser.add_argument("--import-rows", type=int, default=100_000)
    parser.add_argument("--_import", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args._import:
        run_import(*args._import)
        return 0
    rows = 50_000 if args.quick else args.rows
    import gen_requests

    if args.url:
        url = args.url
        print(f"generating {rows:,} requests …", flush=True)
        gen_requests.fill_url(url, rows, 7)
    else:
        path = args.db or f"/tmp/loket-bench-{rows}.sqlite3"
        if not Path(path).exists():
            print(f"generating {rows:,} requests into {path} …", flush=True)
            took = gen_requests.fill_sqlite(path, rows, 7)
            print(f"  generated in {took:.1f} s")
        url = f"sqlite:///{path}"
    db = Database.open(url)
    with db.read() as s:
        sample = s.execute(
            __import__("sqlalchemy").text(
                "SELECT ticket, nik, kk, phone FROM requests WHERE kk IS NOT NULL "
                "ORDER BY id DESC LIMIT 1 OFFSET 1000"
            )
        ).one()
    today = clock.office_date(datetime.now(UTC))
    cases = [
        ("all, newest first", rq.RequestFilter(), "received_at", True),
        ("all, by name", rq.RequestFilter(), "name", False),
        ("all, by due date", rq.RequestFilter(), "due_at", True),
        ("all, by ticket", rq.RequestFilter(), "ticket", False),
        ("all, by officer", rq.RequestFilter(), "officer", False),
        ("queue baru", rq.RequestFilter(queue="baru"), "received_at", True),
        ("queue overdue, by due", rq.RequestFilter(queue="overdue"), "due_at", False),
        ("queue mine (officer 2)", rq.RequestFilter(officer_id=2, statuses=rq.OPEN_STATUSES),
         "received_at", True),
        ("status selesai, by name", rq.RequestFilter(statuses=("selesai",)), "name", False),
        ("service KK, newest", rq.RequestFilter(services=("KK",)), "received_at", True),
        ("channel wa, newest", rq.RequestFilter(channels=("wa",)), "received_at", True),
        ("last 7 days, by status", rq.RequestFilter(date_from=today - timedelta(days=7)),
         "status", False),
        ("last 30 days + KK + diproses", rq.RequestFilter(
            date_from=today - timedelta(days=30), services=("KK",), statuses=("diproses",)),
         "received_at", True),
    ]  # fmt: skip
    searches = [
        ("exact ticket", sample.ticket),
        ("exact NIK", sample.nik),
        ("exact KK", sample.kk),
        ("exact phone", "0" + sample.phone[3:]),
        ("name part 'aini'", "aini"),
        ("name part 'siregar'", "siregar"),
        ("name 'putu ayu'", "putu ayu"),
        ("name part 'ed' (2 chars)", "ed"),
    ]
    raw = db.engine.raw_connection()
    print(f"\n{'first page (100 rows)':<34}{'app ms':>9}{'bare SQL ms':>13}{'matches':>10}")
    for label, flt, key, desc in cases:
        app = best(
            lambda: rq.fetch_rows(db, SYSTEM, rq.list_ids(db, SYSTEM, flt, key, desc, limit=100))  # noqa: B023
        )
        sql = bare_sql(db, flt, key, desc)
        bare = best(lambda: raw.cursor().execute(sql).fetchall())  # noqa: B023
        total = rq.count_ids(db, SYSTEM, flt)
        print(f"{label:<34}{app:>9.1f}{bare:>13.2f}{total:>10,}")
    print(f"\n{'search':<34}{'app ms':>9}{'bare SQL ms':>13}{'matches':>10}")
    for label, text in searches:
        flt = rq.RequestFilter(text=text)
        app = best(lambda: rq.fetch_rows(db, SYSTEM, rq.list_ids(db, SYSTEM, flt, limit=100)))  # noqa: B023
        sql = bare_sql(db, flt, "received_at", True)
        bare = best(lambda: raw.cursor().execute(sql).fetchall())  # noqa: B023
        print(f"{label:<34}{app:>9.1f}{bare:>13.2f}{rq.count_ids(db, SYSTEM, flt):>10,}")
    app = best(lambda: rq.queue_counts(db, SYSTEM))
    print(f"\nqueue_counts: {app:.1f} ms")
    raw.close()
    db.dispose()

    with tempfile.TemporaryDirectory() as tmp:
        csv_path = os.path.join(tmp, "impor.csv")
        gen_requests.write_csv(csv_path, args.import_rows)
        target = f"sqlite:///{tmp}/impor.sqlite3" if not args.url else args.url
        env = dict(os.environ, LOKET_DATA_DIR=tmp)
        subprocess.run(
            [sys.executable, __file__, "--_import", csv_path, target], check=True, env=env
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
