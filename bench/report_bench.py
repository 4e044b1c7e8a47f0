"""Daily report benchmark, with its own data generator.

    PYTHONPATH=. python bench/report_bench.py [--quick] [--regenerate]
    PYTHONPATH=. python bench/report_bench.py --db /work/benchdata/loket-10m.sqlite3
    PYTHONPATH=. python bench/report_bench.py --url postgresql+psycopg://postgres@HOST/loket10m

Targets (issue "Daily summary PDF"):
  * one day with 5,000 requests (plus history): summary + PDF <= 3 s and <= 300 MB peak RSS;
  * a 31-day range over a database of 1,000,000 requests: <= 10 s.
On an existing database (``--db``, ``--url``) also the daily report of a day one and five years
back (<= 3 s: its backlog is found among every closing since) and a 31-day range five years back.

Each measurement runs in a fresh subprocess so its peak RSS (VmHWM) is its own. The databases are
generated with raw ``executemany`` inserts (indexes dropped during the load and rebuilt after)
and cached under bench/out/ (gitignored); ``--quick`` uses 100,000 requests instead of 1,000,000.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"

SERVICES = [
    ("KK", "Kartu Keluarga", 30),
    ("PINDAH", "Pindah datang (SKPWNI)", 12),
    ("KIA", "Kartu Identitas Anak", 10),
    ("NIK", "Validasi / konsolidasi data NIK", 8),
    ("ADUAN", "Pengaduan administrasi kependudukan", 5),
    ("LAHIR", "Akta kelahiran", 20),
    ("MATI", "Akta kematian", 6),
    ("KAWIN", "Akta perkawinan", 5),
    ("CERAI", "Akta perceraian", 4),
]
CHANNELS = [("web", 50), ("wa", 35), ("telepon", 7), ("email", 5), ("loket", 3)]
FIRST = ["Siti", "Ahmad", "Dewi", "Budi", "Nur", "Agus", "Rina", "Joko", "Fitri", "Yusuf"]
LAST = ["Aminah", "Santoso", "Lestari", "Hartono", "Halimah", "Salim", "Kartika", "Wibowo"]
FMT = "%Y-%m-%d %H:%M:%S.%f"  # SQLAlchemy's SQLite DateTime storage format
WIB = timedelta(hours=7)


def _ts(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).strftime(FMT)


def generate(path: Path, *, total: int, days: int, last_day: date, busy_day_count: int = 0) -> dict:
    """A migrated SQLite database with ``total`` requests spread over ``days`` WIB days ending
    on ``last_day``; if ``busy_day_count``, the last day alone gets that many."""
    import gen_requests

    from desktop_app.core import recovery
    from desktop_app.core.regions import districts_of
    from desktop_app.core.schema import open_database

    if path.exists():
        path.unlink()
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    recovery.forget(path)  # replaced on purpose: the app would refuse a file gone missing
    t0 = time.perf_counter()
    db = open_database(f"sqlite:///{path}")
    db.dispose()
    rng = random.Random(20261128)
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.execute("PRAGMA cache_size=-200000")
    have = {row[0] for row in con.execute("SELECT code FROM services")}
    con.executemany(
        "INSERT INTO services (code, name, target_days, active, sort_order) VALUES (?,?,?,1,?)",
        [(c, n, 1, i) for i, (c, n, _w) in enumerate(SERVICES) if c not in have],
    )
    now = _ts(datetime.now(UTC))
    officers = []
    for i in range(12):
        cur = con.execute(
            "INSERT INTO users (username, full_name, role, password_hash, active, failed_logins,"
            " created_at, updated_at) VALUES (?,?,?,?,1,0,?,?)",
            (f"petugas{i}", f"Petugas {i + 1}", "petugas", "x", now, now),
        )
        officers.append(cur.lastrowid)
    indexes = [
        (name, sql)
        for name, sql in con.execute(
            "SELECT name, sql FROM sqlite_master WHERE type='index' AND sql IS NOT NULL "
            "AND tbl_name IN ('requests', 'request_events')"
        )
    ]
    for name, _sql in indexes:
        con.execute(f'DROP INDEX "{name}"')
    # The history's triggers read it by request, whose index is off: filled in at the end.
    event_triggers = con.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'request_events'"
    ).fetchall()
    for name, _sql in event_triggers:
        con.execute(f'DROP TRIGGER "{name}"')

    districts = [c for c, _n in districts_of("3216")] + ["321699", "327501", "317101"]
    codes = [c for c, _n, _w in SERVICES]
    weights = [w for _c, _n, w in SERVICES]
    channels = [c for c, _w in CHANNELS]
    ch_weights = [w for _c, w in CHANNELS]
    first_day = last_day - timedelta(days=days - 1)
    per_day = [0] * days
    spread = total - busy_day_count
    spread_days = days - 1 if busy_day_count else days  # a busy day gets exactly its count
    for i in range(spread):
        per_day[i * spread_days // spread] += 1
    per_day[-1] += busy_day_count
    end_of_data = (
        datetime(last_day.year, last_day.month, last_day.day, tzinfo=UTC) + timedelta(days=1) - WIB
    )

    req_rows: list[tuple] = []
    ev_rows: list[tuple] = []
    rid = 0
    tickets: dict[tuple[str, date], int] = {}
    for d_index, count in enumerate(per_day):
        day = first_day + timedelta(days=d_index)
        day_start = datetime(day.year, day.month, day.day, tzinfo=UTC) - WIB
        age_days = days - 1 - d_index
        service_pick = rng.choices(codes, weights, k=count)
        channel_pick = rng.choices(channels, ch_weights, k=count)
        for j in range(count):
            rid += 1
            code = service_pick[j]
            received = day_start + timedelta(seconds=rng.randrange(86_400))
            seq = tickets.get((code, day), 0) + 1
            tickets[(code, day)] = seq
            district = districts[rng.randrange(len(districts))]
            born = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(60, 99)}"
            nik = f"{district}{born}{rng.randint(1, 9999):04d}"
            by = officers[rng.randrange(len(officers))] if rng.random() < 0.9 else None
            worker = officers[rng.randrange(len(officers))]
            due = received + timedelta(days=1)
            # Older requests are almost all closed; recent ones are a mix.
            r = rng.random()
            closed_at = None
            if age_days > 14:
                status = "selesai" if r < 0.92 else "ditolak" if r < 0.998 else "diproses"
            else:
                status = (
                    "selesai" if r < 0.55 else "ditolak" if r < 0.6 else
                    "diproses" if r < 0.75 else "menunggu_berkas" if r < 0.85 else "baru"
                )  # fmt: skip
            started = received + timedelta(minutes=rng.randint(5, 600))
            if status in ("selesai", "ditolak"):
                closed_at = started + timedelta(minutes=rng.randint(10, 4000))
                if closed_at >= end_of_data:
                    closed_at, status = None, "diproses"
            if status != "baru" and started >= end_of_data:
                status = "baru"
            rts = _ts(received)
            req_rows.append(
                (
                    rid,
                    f"{code}-{day:%Y%m%d}-{seq:04d}",
                    code,
                    channel_pick[j],
                    rts,
                    f"{FIRST[rng.randrange(10)]} {LAST[rng.randrange(8)]}",
                    nik,
                    status,
                    _ts(due),
                    by,
                    rts,
                    _ts(closed_at) if closed_at else None,
                )
            )
            if status != "baru":
                mid = "menunggu_berkas" if status == "menunggu_berkas" else "diproses"
                ev_rows.append((rid, _ts(started), worker, "baru", mid))
                if closed_at:
                    ev_rows.append((rid, _ts(closed_at), worker, "diproses", status))
            if len(req_rows) >= 50_000:
                _flush(con, req_rows, ev_rows)
    _flush(con, req_rows, ev_rows)
    t_rows = time.perf_counter()
    for _name, sql in indexes + event_triggers:
        con.execute(sql)
    con.commit()
    con.close()
    gen_requests.finish_sqlite(str(path))
    return {
        "requests": rid,
        "first_day": first_day.isoformat(),
        "last_day": last_day.isoformat(),
        "seconds_rows": round(t_rows - t0, 1),
        "seconds_total": round(time.perf_counter() - t0, 1),
    }


def _flush(con: sqlite3.Connection, req_rows: list[tuple], ev_rows: list[tuple]) -> None:
    con.executemany(
        "INSERT INTO requests (id, ticket, service_code, channel, received_at, name, name_folded,"
        " nik, notes, status, due_at, created_by, created_at, updated_at, closed_at, version)"
        " VALUES (?1,?2,?3,?4,?5,?6,lower(?6),?7,'',?8,?9,?10,?11,?11,?12,1)",
        req_rows,
    )
    con.executemany(
        "INSERT INTO request_events (request_id, at, user_id, kind, from_status, to_status, note)"
        " VALUES (?,?,?,'status',?,?,'')",
        ev_rows,
    )
    req_rows.clear()
    ev_rows.clear()


def _migrate(path: Path) -> None:
    """Bring a cached database made by an older version to this version's schema (its
    migrations' backup goes to a temporary folder, removed after)."""
    import shutil
    import tempfile

    from desktop_app.core import schema
    from desktop_app.core.db import Database

    db = Database.open(f"sqlite:///{path}")
    try:
        if schema.needs_upgrade(db):
            backups = Path(tempfile.mkdtemp(prefix="report-bench-"))
            try:
                schema.upgrade(db, backup_dir=backups)
            finally:
                shutil.rmtree(backups, ignore_errors=True)
    finally:
        db.dispose()


def cached(path: Path, params: dict, regenerate: bool) -> dict:
    marker = path.with_suffix(".json")
    if not regenerate and path.exists() and marker.exists():
        info = json.loads(marker.read_text())
        if info.get("params") == params:
            _migrate(path)
            info["cached"] = True
            return info
    info = generate(
        path,
        total=params["total"],
        days=params["days"],
        last_day=date.fromisoformat(params["last_day"]),
        busy_day_count=params.get("busy", 0),
    )
    info["params"] = params
    marker.write_text(json.dumps(info))
    info["cached"] = False
    return info


def measure(db_path: Path | str, date_from: str, date_to: str) -> dict:
    """Summary + PDF in a fresh interpreter; returns its timings and peak RSS. ``db_path``: a
    SQLite file, or any database URL."""
    url = db_path if isinstance(db_path, str) else f"sqlite:///{db_path}"
    code = f"""
import json, time, resource
from datetime import date
t0 = time.perf_counter()
from desktop_app.core.db import Database
from desktop_app.core import report
from desktop_app.core.report_pdf import render_daily_pdf
from desktop_app.core.settings import OfficeProfile
db = Database.open("{url}")
t1 = time.perf_counter()
s = report.summarize(db, date.fromisoformat("{date_from}"), date.fromisoformat("{date_to}"))
t2 = time.perf_counter()
pdf = render_daily_pdf(s, OfficeProfile(name="Disdukcapil", regency="Kabupaten Bekasi"), "Bench")
t3 = time.perf_counter()
hwm = 0
for line in open("/proc/self/status"):
    if line.startswith("VmHWM:"):
        hwm = int(line.split()[1]) // 1024
print(json.dumps(dict(imports=t1 - t0, summarize=t2 - t1, render=t3 - t2, total=t3 - t1,
    pdf_bytes=len(pdf), received=s.figures.received, backlog=s.figures.backlog,
    rows=len(s.requests or []), vmhwm_mb=hwm)))
"""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    try:
        import resource

        result["ru_maxrss_children_mb"] = (
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
        )
    except ImportError:  # Windows
        pass
    return result


def on_existing(url: str, last_day: date) -> int:
    """The reports on a database made by ``bench/gen_requests.py`` (its busy day: yesterday)."""
    from measure import at_schema_head

    print(f"== {url} ==")
    at_schema_head(url)
    day = measure(url, last_day.isoformat(), last_day.isoformat())
    print(f"   daily report of {last_day}: received {day['received']:,}, list rows "
          f"{day['rows']:,}; summarize {day['summarize']:.2f} s + render {day['render']:.2f} s "
          f"= {day['total']:.2f} s (target <= 3 s); peak RSS {day['vmhwm_mb']} MB")  # fmt: skip
    past = []
    for years in (1, 5):  # a day long past: its backlog is found among the closings since
        then = last_day - timedelta(days=365 * years)
        old = measure(url, then.isoformat(), then.isoformat())
        past.append(old["total"])
        print(f"   daily report of {then} ({years} year{'s' if years > 1 else ''} back): "
              f"backlog {old['backlog']:,}; summarize {old['summarize']:.2f} s + render "
              f"{old['render']:.2f} s = {old['total']:.2f} s (target <= 3 s)")  # fmt: skip
    start = last_day - timedelta(days=30)
    rng = measure(url, start.isoformat(), last_day.isoformat())
    print(f"   31 days {start} .. {last_day}: received {rng['received']:,}, backlog "
          f"{rng['backlog']:,}; {rng['total']:.2f} s (target <= 10 s); "
          f"peak RSS {rng['vmhwm_mb']} MB")  # fmt: skip
    mid_end = last_day - timedelta(days=5 * 365)
    mid = measure(url, (mid_end - timedelta(days=30)).isoformat(), mid_end.isoformat())
    print(f"   31 days five years earlier (to {mid_end}): {mid['total']:.2f} s, "
          f"peak RSS {mid['vmhwm_mb']} MB")  # fmt: skip
    ok = max(day["total"], *past) <= 3 and day["vmhwm_mb"] <= 300 and rng["total"] <= 10
    print("RESULT:", "within targets" if ok else "OUTSIDE TARGETS")
    return 0 if ok else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="100,000 requests instead of 1M")
    parser.add_argument("--regenerate", action="store_true", help="ignore cached databases")
    parser.add_argument("--db", help="an existing SQLite file from bench/gen_requests.py")
    parser.add_argument("--url", help="an existing PostgreSQL database (gen_requests.py)")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from desktop_app.core import clock

    last_day = clock.today() - timedelta(days=1)
    if args.db or args.url:
        return on_existing(args.url or f"sqlite:///{args.db}", last_day)
    OUT.mkdir(parents=True, exist_ok=True)

    print("== one busy day: 5,000 requests on the last day, 20,000 before ==")
    busy_params = {
        "total": 25_000,
        "days": 60,
        "busy": 5_000,
        "last_day": last_day.isoformat(),
        "v": 2,
    }
    info = cached(OUT / "report_busy_day.sqlite3", busy_params, args.regenerate)
    print(f"   database: {info['requests']:,} requests, generated in {info['seconds_total']} s"
          f"{' (cached)' if info['cached'] else ''}")  # fmt: skip
    day = measure(OUT / "report_busy_day.sqlite3", last_day.isoformat(), last_day.isoformat())
    print(f"   received {day['received']:,}, list rows {day['rows']:,}, PDF {day['pdf_bytes']:,} B")
    print(f"   summarize {day['summarize']:.2f} s + render {day['render']:.2f} s = "
          f"{day['total']:.2f} s (target <= 3 s); "
          f"peak RSS {day['vmhwm_mb']} MB (<= 300 MB)")  # fmt: skip

    total = 100_000 if args.quick else 1_000_000
    print(f"== 31-day range over {total:,} requests (730 days) ==")
    big_params = {"total": total, "days": 730, "last_day": last_day.isoformat()}
    name = "report_100k.sqlite3" if args.quick else "report_1m.sqlite3"
    info = cached(OUT / name, big_params, args.regenerate)
    cached_note = " (cached)" if info["cached"] else ""
    print(f"   database: {info['requests']:,} requests, rows in {info['seconds_rows']} s, "
          f"with indexes {info['seconds_total']} s{cached_note}")  # fmt: skip
    start = last_day - timedelta(days=30)
    rng = measure(OUT / name, start.isoformat(), last_day.isoformat())
    print(f"   {start} .. {last_day}: received {rng['received']:,}, backlog {rng['backlog']:,}")
    print(f"   summarize {rng['summarize']:.2f} s + render {rng['render']:.2f} s = "
          f"{rng['total']:.2f} s (target <= 10 s); peak RSS {rng['vmhwm_mb']} MB")  # fmt: skip
    mid_end = last_day - timedelta(days=365)
    mid = measure(OUT / name, (mid_end - timedelta(days=30)).isoformat(), mid_end.isoformat())
    print(f"   a year earlier (31 days to {mid_end}): {mid['total']:.2f} s, "
          f"peak RSS {mid['vmhwm_mb']} MB")  # fmt: skip
    one = measure(OUT / name, last_day.isoformat(), last_day.isoformat())
    print(f"   single day {last_day} ({one['received']:,} requests): {one['total']:.2f} s")
    ok = day["total"] <= 3 and day["vmhwm_mb"] <= 300 and rng["total"] <= 10
    print("RESULT:", "within targets" if ok else "OUTSIDE TARGETS")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
