"""The Permohonan table on a big database: first page per sort and filter, scrolling the whole
list, a jump to the end, and the peak resident memory of the process.

    PYTHONPATH=. python bench/scroll_bench.py                    # /tmp/loket-bench.sqlite3 (1M)
    PYTHONPATH=. python bench/scroll_bench.py --db /path/x.sqlite3
    PYTHONPATH=. python bench/scroll_bench.py --quick            # 50,000 rows, own file

A missing database file is generated with ``bench/gen_requests.py`` first. The real
``RequestTableModel`` is wired to the core the way the Permohonan page wires it (count, id
chunks, row pages; actor SYSTEM) and shown in an offscreen QTableView of 1366×768.

(a) ``reload()`` + painting the first visible rows, best of 3, beside the bare SQL of the
    same work (the count and the first id chunk, run with sqlite3 directly);
(b) the vertical scrollbar stepped from top to bottom one viewport at a time; each step asks
    the model for every visible cell (as painting does) and every 50th step really paints;
(c) ``scrollToBottom()`` on a freshly loaded list, painted.

A long scroll is also the test of the PySide6 6.12 / CPython 3.11 workaround in
``desktop_app/gui/__init__.py`` (lost references to ``None``): without it, this run aborts.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from desktop_app.core import requests as rq  # noqa: E402
from desktop_app.core.db import Database  # noqa: E402
from desktop_app.core.security import SYSTEM  # noqa: E402
from desktop_app.gui.models.request_table import COLUMNS, RequestTableModel  # noqa: E402

SORT_KEYS = ("received_at", "name", "status", "officer", "due_at", "ticket")


def rss_mb() -> float:
    """Peak resident memory of this process so far (ru_maxrss is in kB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


class Wiring:
    """What the Permohonan page does: the filter is taken at reload (count) time and every
    id chunk afterwards uses it."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.flt = rq.RequestFilter()

    def count(self) -> int:
        return rq.count_ids(self.db, SYSTEM, self.flt)

    def ids(self, sort_key: str, descending: bool, limit: int, offset: int) -> list[int]:
        return rq.list_ids(
            self.db, SYSTEM, self.flt, sort_key, descending, limit=limit, offset=offset
        )

    def rows(self, ids):  # type: ignore[no-untyped-def]
        return rq.fetch_rows(self.db, SYSTEM, list(ids))


def bare_sql(db: Database, flt: rq.RequestFilter, sort_key: str, desc: bool) -> list[str]:
    """The SQL of a first load (count + id chunk 0) with literal values; for "officer" the
    first officer group's query, which is what a first chunk mostly needs."""
    from sqlalchemy import func, select

    from desktop_app.core.models import Request
    from desktop_app.core.requests.queries import (
        SMALL_LIST,
        _size_at_most,
        _sorted,
        _where,
        officer_group_query,
        officer_groups,
    )

    with db.read() as session:
        where = _where(session, SYSTEM, flt)
        count = select(func.count()).select_from(Request).where(*where)
        if sort_key == "officer":
            first = officer_group_query(where, officer_groups(session, desc)[0], desc)
            small = _size_at_most(session, first, SMALL_LIST) <= SMALL_LIST
            query = officer_group_query(where, officer_groups(session, desc)[0], desc, small)
        else:
            matching = select(Request.id).where(*where)
            small = bool(where) and _size_at_most(session, matching, SMALL_LIST) <= SMALL_LIST
            query = _sorted(matching, sort_key, desc, small)
        query = query.limit(RequestTableModel.ID_CHUNK)
        return [
            str(q.compile(db.engine, compile_kwargs={"literal_binds": True}))
            for q in (count, query)
        ]


def best(fn, runs: int = 3) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times) * 1000


def visible_rows(view: QTableView) -> range:
    first = view.rowAt(0)
    last = view.rowAt(view.viewport().height() - 1)
    if last < 0:
        last = view.model().rowCount() - 1
    return range(max(first, 0), last + 1)


def touch_visible(view: QTableView, model: RequestTableModel) -> int:
    """Ask for every visible cell's text, as painting would; returns the rows visited."""
    rows = visible_rows(view)
    for row in rows:
        for column in range(len(COLUMNS)):
            model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
    return len(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", default=None, help="SQLite file (generated if missing)")
    parser.add_argument("--rows", type=int, default=1_000_000, help="rows if generating")
    parser.add_argument("--quick", action="store_true", help="50,000 rows in their own file")
    args = parser.parse_args(argv)
    rows = 50_000 if args.quick else args.rows
    path = args.db or (
        "/tmp/loket-scroll-quick.sqlite3" if args.quick else "/tmp/loket-bench.sqlite3"
    )
    if not Path(path).exists():
        import gen_requests

        print(f"generating {rows:,} requests into {path} …", flush=True)
        took = gen_requests.fill_sqlite(path, rows, 7)
        print(f"  generated in {took:.1f} s")
    db = Database.open(f"sqlite:///{path}")
    app = QApplication.instance() or QApplication(["scroll_bench"])
    wiring = Wiring(db)
    model = RequestTableModel(
        wiring.ids,
        wiring.rows,
        wiring.count,
        status_label=rq.status_label,
        channel_label=rq.channel_label,
    )
    view = QTableView()
    view.verticalHeader().hide()  # as on the page
    view.setModel(model)
    view.resize(1366, 768)
    view.show()
    app.processEvents()
    raw = db.engine.raw_connection()
    print(f"database {path}; RSS at start {current_rss_mb():.0f} MB")

    # (a) first page -------------------------------------------------------------------------
    def first_page() -> None:
        model.reload()
        view.scrollToTop()
        view.viewport().grab()  # paints: the visible rows' data

    service = "KK"
    cases: list[tuple[str, rq.RequestFilter, str, bool]] = []
    for key in SORT_KEYS:
        for desc in (True, False):
            cases.append((f"all, {key} {'desc' if desc else 'asc'}", rq.RequestFilter(), key, desc))
    cases += [
        ("queue baru, newest", rq.RequestFilter(queue="baru"), "received_at", True),
        ("queue baru, by name", rq.RequestFilter(queue="baru"), "name", False),
        ("queue overdue, by due", rq.RequestFilter(queue="overdue"), "due_at", False),
        (f"service {service}, newest", rq.RequestFilter(services=(service,)), "received_at", True),
        (f"service {service}, by officer", rq.RequestFilter(services=(service,)), "officer", False),
        ("search 'siti', newest", rq.RequestFilter(text="siti"), "received_at", True),
        ("search 'siti', by name", rq.RequestFilter(text="siti"), "name", False),
    ]
    print(f"\n{'(a) reload + first page painted':<34}{'app ms':>9}{'bare SQL ms':>13}{'rows':>10}")
    worst = 0.0
    for label, flt, key, desc in cases:
        wiring.flt = flt
        column = next(i for i, c in enumerate(COLUMNS) if c.sort_key == key)
        model._sort_column = column  # sort() skips a reload when nothing changed
        model._sort_order = Qt.SortOrder.DescendingOrder if desc else Qt.SortOrder.AscendingOrder
        ms = best(first_page)
        worst = max(worst, ms)
        sqls = bare_sql(db, flt, key, desc)
        bare = best(lambda: [raw.cursor().execute(s).fetchall() for s in sqls])  # noqa: B023
        print(f"{label:<34}{ms:>9.1f}{bare:>13.1f}{model.rowCount():>10,}")
    print(f"worst first page: {worst:.1f} ms (target ≤ 100 ms)")

    # (b) scroll end to end ------------------------------------------------------------------
    wiring.flt = rq.RequestFilter()
    model._sort_column = next(i for i, c in enumerate(COLUMNS) if c.key == "received_at")
    model._sort_order = Qt.SortOrder.DescendingOrder
    model.reload()
    view.scrollToTop()
    app.processEvents()
    bar = view.verticalScrollBar()
    step = max(len(visible_rows(view)) - 1, 1)
    chunks0, pages0 = model.chunk_fetch_count, model.fetch_count
    visited = steps = 0
    t0 = time.perf_counter()
    value = 0
    while True:
        bar.setValue(value)
        visited += touch_visible(view, model)
        steps += 1
        if steps % 50 == 0:
            view.viewport().grab()
        if value >= bar.maximum():
            break
        value = min(value + step, bar.maximum())
    took = time.perf_counter() - t0
    last_id = model.request_id(model.rowCount() - 1)
    print(
        f"\n(b) scroll end to end: {took:.1f} s, {steps:,} viewport steps, {visited:,} rows "
        f"visited of {model.rowCount():,}; {model.chunk_fetch_count - chunks0} id chunks and "
        f"{model.fetch_count - pages0} row pages fetched; last id {last_id}"
    )
    print(
        f"    RSS now {current_rss_mb():.0f} MB, peak {rss_mb():.0f} MB (target < 300 MB); "
        f"cache {model.cached_rows()} rows, {len(model.loaded_chunks())} id chunks"
    )

    # (c) jump to the end --------------------------------------------------------------------
    def jump() -> None:
        model.reload()
        view.scrollToTop()
        app.processEvents()
        t = time.perf_counter()
        view.scrollToBottom()
        view.viewport().grab()
        jump.ms = (time.perf_counter() - t) * 1000  # type: ignore[attr-defined]

    times = []
    for _ in range(3):
        jump()
        times.append(jump.ms)  # type: ignore[attr-defined]
    print(f"\n(c) scrollToBottom + paint: {min(times):.1f} ms (best of 3)")
    print(f"peak RSS of the whole run: {rss_mb():.0f} MB")
    raw.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
