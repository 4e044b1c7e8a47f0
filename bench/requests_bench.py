"""Request list, search, jump and import timings on a big database, beside the bare SQL.

    PYTHONPATH=. python bench/requests_bench.py --db /work/benchdata/loket-1m.sqlite3
    PYTHONPATH=. python bench/requests_bench.py --db /work/benchdata/loket-10m.sqlite3
    PYTHONPATH=. python bench/requests_bench.py --url postgresql+psycopg://postgres@HOST/loket10m
    PYTHONPATH=. python bench/requests_bench.py --quick          # 50,000 rows, own file

A missing ``--db`` file is generated (``--rows``, ``--years``; ``bench/gen_requests.py``); a
PostgreSQL database is filled beforehand with ``gen_requests.py --from-sqlite``.

Each list figure is the best of ``--runs`` of what the Permohonan table does for a new list:
count it and read the ids of its first page (``RequestList.count()`` + ``ids(0, 100)``), then
the rows (``fetch_rows``). "bare SQL" runs the very statements the app sent (captured from the
engine) again straight through the driver: the difference is the Python around them. A jump is
a new list counted and read 200 rows from a position deep inside it; a list that gathers its
ids (a date filter sorted by name) has them read ahead as the page does, timed apart, and is
jumped in after.

The import runs in a child process per measurement, so its peak memory (VmHWM) is its own:
the bare insert of the same rows (``executemany``/``COPY`` of ready tuples, rolled back), then
``import_file`` (its rows deleted afterwards, so the database stays as it was).
"""

from __future__ import annotations

import argparse
import csv
import os
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from measure import Recorder, at_schema_head, bench_data_dir, best, peak_rss_mb  # noqa: E402
from sqlalchemy import text  # noqa: E402

from desktop_app.core import clock  # noqa: E402
from desktop_app.core import requests as rq  # noqa: E402
from desktop_app.core.db import Database  # noqa: E402
from desktop_app.core.security import SYSTEM  # noqa: E402

BENCHDATA = Path(os.environ.get("LOKET_BENCHDATA", "/work/benchdata"))


def load() -> str:
    """The machine's load average: the figures beside it were taken while it was that busy."""
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f}, {five:.2f}, {fifteen:.2f}"


def database_size(db: Database) -> tuple[float, list[tuple[str, float]]]:
    """MB of the whole database, and of the requests table and each of its indexes."""
    with db.read() as s:
        if db.is_sqlite:
            path = db.sqlite_path
            assert path is not None
            total = sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists()) / 2**20
            parts = s.execute(
                text(
                    "SELECT name, sum(pgsize) / 1048576.0 FROM dbstat WHERE name IN "
                    "(SELECT name FROM sqlite_master WHERE tbl_name IN ('requests', "
                    "'request_events') OR name LIKE 'requests_fts%' OR name LIKE 'request_%') "
                    "GROUP BY name ORDER BY 2 DESC"
                )
            ).all()
        else:
            total = float(s.scalar(text("SELECT pg_database_size(current_database())"))) / 2**20
            parts = s.execute(
                text(
                    "SELECT c.relname, pg_relation_size(c.oid) / 1048576.0 FROM pg_class c "
                    "WHERE c.relname LIKE 'request%' OR c.relname LIKE 'ix_request%' "
                    "OR c.relname LIKE 'uq_request%' OR c.relname LIKE 'pk_request%' "
                    "ORDER BY 2 DESC"
                )
            ).all()
    return total, [(str(n), float(mb)) for n, mb in parts if mb]


def list_cases(today: Any) -> list[tuple[str, rq.RequestFilter, str, bool]]:
    return [
        ("all, newest first", rq.RequestFilter(), "received_at", True),
        ("all, by name", rq.RequestFilter(), "name", False),
        ("all, by due date", rq.RequestFilter(), "due_at", True),
        ("all, by ticket", rq.RequestFilter(), "ticket", False),
        ("all, by NIK", rq.RequestFilter(), "nik", False),
        ("all, by status", rq.RequestFilter(), "status", False),
        ("all, by service", rq.RequestFilter(), "service", False),
        ("all, by channel", rq.RequestFilter(), "channel", False),
        ("all, by officer", rq.RequestFilter(), "officer", False),
        ("queue baru", rq.RequestFilter(queue="baru"), "received_at", True),
        ("queue diproses, by name", rq.RequestFilter(queue="diproses"), "name", False),
        ("queue overdue, by due", rq.RequestFilter(queue="overdue"), "due_at", False),
        ("queue mine (officer 2)", rq.RequestFilter(officer_id=2, statuses=rq.OPEN_STATUSES),
         "received_at", True),
        ("done today", rq.RequestFilter(queue="done_today"), "received_at", True),
        ("status selesai, by name", rq.RequestFilter(statuses=("selesai",)), "name", False),
        ("status ditolak, newest", rq.RequestFilter(statuses=("ditolak",)), "received_at", True),
        ("service KK, newest", rq.RequestFilter(services=("KK",)), "received_at", True),
        ("service KK, by name", rq.RequestFilter(services=("KK",)), "name", False),
        ("service CERAI + email, newest",
         rq.RequestFilter(services=("CERAI",), channels=("email",)), "received_at", True),
        ("service CERAI + email, by name",
         rq.RequestFilter(services=("CERAI",), channels=("email",)), "name", False),
        ("channel wa, newest", rq.RequestFilter(channels=("wa",)), "received_at", True),
        ("channel wa + selesai, by NIK",
         rq.RequestFilter(channels=("wa",), statuses=("selesai",)), "nik", False),
        ("service LAHIR, by due date", rq.RequestFilter(services=("LAHIR",)), "due_at", True),
        ("officer 3, by ticket", rq.RequestFilter(officer_id=3), "ticket", False),
        ("last 7 days, by status", rq.RequestFilter(date_from=today - timedelta(days=7)),
         "status", False),
        ("last 365 days, newest", rq.RequestFilter(date_from=today - timedelta(days=365)),
         "received_at", True),
        ("last 30 days, by name", rq.RequestFilter(date_from=today - timedelta(days=30)),
         "name", False),
        ("last 30 days + KK + diproses", rq.RequestFilter(
            date_from=today - timedelta(days=30), services=("KK",), statuses=("diproses",)),
         "received_at", True),
    ]  # fmt: skip


def run_lists(db: Database, runs: int, only: str | None = None) -> None:
    recorder = Recorder(db)
    raw = db.engine.raw_connection()
    today = clock.today()
    with db.read() as s:
        sample = s.execute(
            text(
                "SELECT ticket, nik, kk, phone FROM requests WHERE kk IS NOT NULL "
                "ORDER BY id DESC LIMIT 1 OFFSET 1000"
            )
        ).one()

    def first_page(flt: rq.RequestFilter, key: str, desc: bool) -> rq.RequestList:
        lst = rq.RequestList(db, SYSTEM, flt, key, desc)
        lst.count()
        rq.fetch_rows(db, SYSTEM, lst.ids(0, 100))
        return lst

    def show(label: str, flt: rq.RequestFilter, key: str, desc: bool) -> float:
        app = best(lambda: first_page(flt, key, desc), runs)
        lst = recorder.capture(lambda: first_page(flt, key, desc))
        bare = recorder.bare_ms(raw, runs)
        plan = lst.plan
        if lst.truncated:
            plan += f" of {'more than ' if lst.matches_more else ''}{lst.matches:,}"
        print(f"{label:<34}{app:>9.1f}{bare:>11.1f}{lst.count():>12,}  {plan}", flush=True)
        return app

    header = f"{'':<34}{'app ms':>9}{'bare ms':>11}{'rows':>12}  plan"
    if only in (None, "lists"):
        print(f"\nfirst page (count + 100 ids + rows)\n{header}")
        worst = max(show(*case) for case in list_cases(today))
        print(f"worst first page: {worst:.1f} ms ({load()})")
    if only in (None, "search"):
        run_search(show, header, sample)
    if only in (None, "jumps"):
        run_jumps(db, runs, today)
    if only is None:
        badges = best(lambda: rq.queue_counts(db, SYSTEM), runs)
        print(f"\nqueue counts (7 badges): {badges:.1f} ms")
    raw.close()


def run_search(show: Any, header: str, sample: Any) -> None:
    print(f"\nsearch\n{header}")
    exact = [("exact ticket", sample.ticket), ("exact NIK", sample.nik), ("exact KK", sample.kk),
             ("exact phone", "0" + sample.phone[3:])]  # fmt: skip
    names = [("name part 'aini'", "aini"), ("name part 'siregar'", "siregar"),
             ("name 'putu ayu'", "putu ayu"), ("name part 'hasibuan'", "hasibuan"),
             ("name part 'wenas'", "wenas"), ("two letters 'nu' (word start)", "nu"),
             ("one letter 'a' (asks for more)", "a")]  # fmt: skip
    worst_exact = max(show(label, rq.RequestFilter(text=t), "received_at", True)
                      for label, t in exact)  # fmt: skip
    worst_name = max(show(label, rq.RequestFilter(text=t), "received_at", True)
                     for label, t in names[:5])  # fmt: skip
    for label, t in names[5:]:
        show(label, rq.RequestFilter(text=t), "received_at", True)
    show("name 'siregar', by name", rq.RequestFilter(text="siregar"), "name", False)
    show("name 'aini' + status baru", rq.RequestFilter(text="aini", statuses=("baru",)),
         "received_at", True)  # fmt: skip
    print(
        f"worst exact search: {worst_exact:.1f} ms; worst name part: {worst_name:.1f} ms ({load()})"
    )


def run_jumps(db: Database, runs: int, today: Any) -> None:
    print(f"\njump: a new list, counted, 200 ids from a position\n{'':<34}"
          f"{'25 %':>9}{'50 %':>9}{'75 %':>9}{'end':>9}  (ms)")  # fmt: skip
    worst_jump = 0.0
    jumps = [("all", rq.RequestFilter(), k, k in ("received_at", "due_at")) for k in rq.SORT_KEYS]
    jumps += [
        ("status selesai", rq.RequestFilter(statuses=("selesai",)), "name", False),
        ("service KK", rq.RequestFilter(services=("KK",)), "received_at", True),
        ("officer 2", rq.RequestFilter(officer_id=2), "officer", False),
        ("last 365 days", rq.RequestFilter(date_from=today - timedelta(days=365)),
         "received_at", True),
        ("service KK", rq.RequestFilter(services=("KK",)), "name", False),
        ("service LAHIR", rq.RequestFilter(services=("LAHIR",)), "due_at", True),
        ("channel wa + selesai", rq.RequestFilter(channels=("wa",), statuses=("selesai",)),
         "nik", False),
        ("channel web", rq.RequestFilter(channels=("web",)), "ticket", False),
        ("CERAI + email", rq.RequestFilter(services=("CERAI",), channels=("email",)),
         "name", False),
        ("officer 2", rq.RequestFilter(officer_id=2), "name", False),
        ("officer 3 + selesai", rq.RequestFilter(officer_id=3, statuses=("selesai",)),
         "nik", False),
        ("last 30 days", rq.RequestFilter(date_from=today - timedelta(days=30)), "name", False),
        ("last 365 days", rq.RequestFilter(date_from=today - timedelta(days=365)), "name", False),
        ("officer 2 + wa", rq.RequestFilter(officer_id=2, channels=("wa",)), "due_at", True),
        ("last 2 years", rq.RequestFilter(date_from=today - timedelta(days=730)), "name", False),
        ("all 10 years", rq.RequestFilter(date_from=today - timedelta(days=3660)), "nik", False),
    ]  # fmt: skip
    gathered: list[str] = []
    for label, flt, key, desc in jumps:
        total = rq.RequestList(db, SYSTEM, flt, key, desc).count()
        positions = (total // 4, total // 2, total * 3 // 4, max(total - 200, 0))
        lst = rq.RequestList(db, SYSTEM, flt, key, desc)
        if lst.placement == "gather":
            # As the Permohonan page does it: the first page shows, the ids are read on a
            # worker thread meanwhile (timed apart), and the jumps come after.
            lst.ids(0, 200)
            ahead = lst.gather_ahead()
            assert ahead is not None, label
            start = time.perf_counter()
            worker = threading.Thread(target=ahead.run)
            worker.start()
            worker.join()
            took = (time.perf_counter() - start) * 1000
            assert lst.take_gathered() and lst._gathered is not None, label
            held = len(lst._gathered) * lst._gathered.itemsize / 1e6
            gathered.append(f"{label}, {key}: {total:,} ids read ahead in {took:.0f} ms "
                            f"({held:.0f} MB held; "
                            f"process peak {peak_rss_mb():.0f} MB)")  # fmt: skip
            figures = [
                best(lambda p=position, lst=lst: lst.ids(p, 200), max(1, runs // 2))
                for position in positions
            ]

            def reload(
                lst: rq.RequestList = lst,
                flt: Any = flt,
                key: str = key,
                desc: bool = desc,
                middle: int = positions[1],
            ) -> None:
                # The page's reload after a change: a new list, counted, that jumps in the ids
                # read before while its own are read (not timed: on a worker, as above).
                again = rq.RequestList(db, SYSTEM, flt, key, desc)
                again.carry_over(lst)
                again.count()
                again.ids(middle, 200)

            gathered.append(f"{label}, {key}: reloaded after a change, a jump to 50 % in "
                            f"{best(reload, max(1, runs // 2)):.1f} ms")  # fmt: skip
        else:
            figures = []
            for position in positions:

                def jump(
                    position: int = position, flt: Any = flt, key: str = key, desc: bool = desc
                ) -> None:
                    lst = rq.RequestList(db, SYSTEM, flt, key, desc)
                    lst.count()
                    lst.ids(position, 200)

                figures.append(best(jump, max(1, runs // 2)))
        worst_jump = max(worst_jump, *figures)
        cells = "".join(f"{f:>9.1f}" for f in figures)
        print(f"{label + ', ' + key:<34}{cells}", flush=True)
    for line in gathered:
        print(line)
    print(f"worst jump: {worst_jump:.1f} ms ({load()})")


# --- import ----------------------------------------------------------------------------------


def child_bare_insert(csv_path: str, url: str) -> None:
    """The CSV's rows as ready tuples into ``requests`` (indexes, triggers, all), rolled back."""
    from desktop_app.core.importer import _INSERT_COLUMNS

    db = Database.open(url)
    stamp = datetime.now(UTC)
    rows = []
    with open(csv_path, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        next(reader)
        for i, cells in enumerate(reader):
            received = datetime.fromisoformat(cells[0]).replace(tzinfo=UTC)
            rows.append(
                (f"BARE-{i:07d}", cells[2], cells[1], received, cells[5], cells[5].lower(),
                 cells[3], cells[4] or None, None, None, "", cells[9], "baru", received, None,
                 None, stamp, stamp, "bare", f"bare:{i}", 1)
            )  # fmt: skip
    if db.is_sqlite:
        rows = [tuple(_sqlite_time(v) for v in r) for r in rows]
    names = ", ".join(_INSERT_COLUMNS)
    with db.engine.connect() as conn:
        raw: Any = conn.connection.driver_connection
        t0 = time.perf_counter()
        with conn.begin() as tx:
            if db.is_sqlite:
                marks = ", ".join("?" * len(_INSERT_COLUMNS))
                raw.executemany(f"INSERT INTO requests ({names}) VALUES ({marks})", rows)
            else:
                with (
                    raw.cursor() as cursor,
                    cursor.copy(f"COPY requests ({names}) FROM STDIN") as copy,
                ):
                    for row in rows:
                        copy.write_row(row)
            took = time.perf_counter() - t0
            tx.rollback()
    print(f"bare insert of {len(rows):,} rows: {took:.2f} s, peak RSS {peak_rss_mb():.0f} MB")


def _sqlite_time(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    return value


def child_import(csv_path: str, url: str) -> None:
    from desktop_app.core.importer import import_file

    db = Database.open(url)
    t0 = time.perf_counter()
    result = import_file(db, SYSTEM, csv_path)
    took = time.perf_counter() - t0
    print(
        f"import of {result.added:,} rows (skipped {result.skipped:,}): {took:.2f} s, "
        f"peak RSS {peak_rss_mb():.0f} MB",
        flush=True,
    )
    with db.write() as s:  # leave the database as it was
        s.execute(
            text(
                "DELETE FROM request_events WHERE request_id IN "
                "(SELECT id FROM requests WHERE import_batch = :b)"
            ),
            {"b": result.batch_id},
        )
        s.execute(text("DELETE FROM requests WHERE import_batch = :b"), {"b": result.batch_id})
        s.execute(text("DELETE FROM import_batches WHERE id = :b"), {"b": result.batch_id})


def run_import(csv_path: str, url: str, data_dir: str) -> None:
    env = dict(os.environ, LOKET_DATA_DIR=data_dir)
    for mode in ("--_bare", "--_import"):
        subprocess.run([sys.executable, __file__, mode, csv_path, url], check=True, env=env)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", help="SQLite file (generated if missing)")
    parser.add_argument("--url", help="PostgreSQL URL of a filled database")
    parser.add_argument("--rows", type=int, default=1_000_000, help="rows when generating")
    parser.add_argument("--years", type=float, default=3.0, help="years when generating")
    parser.add_argument("--quick", action="store_true", help="50,000 rows in their own file")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--import-csv", help="the import file (default: generated, 100,000)")
    parser.add_argument("--no-import", action="store_true")
    parser.add_argument("--only", choices=("lists", "search", "jumps"),
                        help="one part of the list figures (and no import)")  # fmt: skip
    parser.add_argument("--fresh-import", action="store_true",
                        help="import into a new empty SQLite database instead")  # fmt: skip
    parser.add_argument("--_bare", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--_import", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    data_dir = bench_data_dir()  # before a database opens (children inherit it)
    if args._bare:
        child_bare_insert(*args._bare)
        return 0
    if args._import:
        child_import(*args._import)
        return 0
    import gen_requests

    if args.url:
        url = args.url
    else:
        rows = 50_000 if args.quick else args.rows
        path = Path(args.db or BENCHDATA / f"loket-{rows}.sqlite3")
        if not path.exists():
            print(f"generating {rows:,} requests into {path} …", flush=True)
            took = gen_requests.fill_sqlite(str(path), rows, 7, args.years)
            print(f"  generated in {took:.0f} s")
        url = f"sqlite:///{path}"
    at_schema_head(url)
    db = Database.open(url)
    total, parts = database_size(db)
    print(f"database {db.location}: {rq.count_ids(db, SYSTEM):,} requests, {total:,.0f} MB")
    print(f"{load()}, {os.cpu_count()} cores")
    for name, mb in parts:
        print(f"  {name:<36}{mb:>9,.1f} MB")
    run_lists(db, args.runs, args.only)
    db.dispose()
    if args.no_import or args.only:
        return 0
    csv_path = args.import_csv or str(BENCHDATA / "import100k.csv")
    if not Path(csv_path).exists():
        gen_requests.write_csv(csv_path, 100_000)
    print(f"\nimport of {csv_path}")
    if args.fresh_import:
        fresh = Path(data_dir) / "fresh.sqlite3"
        for p in (fresh, Path(f"{fresh}-wal"), Path(f"{fresh}-shm")):
            p.unlink(missing_ok=True)
        from desktop_app.core.schema import open_database

        open_database(f"sqlite:///{fresh}").dispose()
        url = f"sqlite:///{fresh}"
    run_import(csv_path, url, data_dir)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
