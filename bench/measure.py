"""What the benchmarks measure with: peak memory per process, best-of-N times, and the bare SQL
an operation sent.

Peak memory of the calling process, measured per process:
``getrusage(RUSAGE_SELF).ru_maxrss`` is not per process on Linux: it survives ``fork``/``exec``,
so a child started by a parent that had grown to 600 MB reports at least 600 MB. ``VmHWM`` in
``/proc/self/status`` belongs to the process's own address space (reset by ``exec``): it is what
GNU ``time -v`` reports as "Maximum resident set size". Other systems fall back to ru_maxrss.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

from sqlalchemy import event


def bench_data_dir() -> str:
    """The app's data folder (``LOKET_DATA_DIR``) of every benchmark process, set in ``main``
    before a database opens: the office audit key a generated database is made with lives
    there, so a benchmark that writes to it later (the import, in a child) finds that key
    (the app refuses to write without it)."""
    folder = Path(os.environ.get("LOKET_BENCHDATA", "/work/benchdata")) / "bench-data-dir"
    os.environ.setdefault("LOKET_DATA_DIR", str(folder))
    Path(os.environ["LOKET_DATA_DIR"]).mkdir(parents=True, exist_ok=True)
    return os.environ["LOKET_DATA_DIR"]


def peak_rss_mb() -> float:
    """The high-water mark of this process's resident memory, in MB."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def current_rss_mb() -> float:
    """Resident memory now, in MB (0 where ``/proc`` is missing)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class Recorder:
    """The statements an operation sends, to run them again without the app around them."""

    def __init__(self, db: Any) -> None:
        self.db = db
        self.statements: list[tuple[str, Any]] = []
        self.on = False
        event.listen(db.engine, "before_cursor_execute", self._seen)

    def _seen(self, _conn, _cursor, statement, parameters, _context, executemany) -> None:  # type: ignore[no-untyped-def]
        if self.on and not executemany and not statement.lstrip().upper().startswith("BEGIN"):
            self.statements.append((statement, parameters))

    def capture(self, fn: Any) -> Any:
        self.statements, self.on = [], True
        try:
            return fn()
        finally:
            self.on = False

    def bare_ms(self, raw: Any, runs: int) -> float:
        statements = list(self.statements)

        def replay() -> None:
            cursor = raw.cursor()
            for statement, parameters in statements:
                cursor.execute(statement, parameters)
                if cursor.description is not None:  # not a SET (PostgreSQL's planner steering)
                    cursor.fetchall()
            cursor.close()
            raw.rollback()  # ends the SET LOCALs with the transaction, as the app's reads do

        return best(replay, runs)


def best(fn: Any, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times) * 1000


def at_schema_head(url: str) -> None:
    """Stop with a clear message when the database at ``url`` is not at this app's schema: the
    request list and the reports name indexes that migrations create (SQLite ``INDEXED BY``),
    so a file made by an older version fails on the first list. Opening it once with the app
    (``loket``) migrates it, after a backup."""
    from desktop_app.core import schema
    from desktop_app.core.db import Database

    db = Database.open(url)
    try:
        have, want = schema.current_revision(db), schema.head_revision()
    finally:
        db.dispose()
    if have != want:
        raise SystemExit(
            f"{url}: schema {have}, this version needs {want}: open it once with the app "
            "(python -m desktop_app) or run its migrations, then measure again"
        )
