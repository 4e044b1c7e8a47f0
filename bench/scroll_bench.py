"""The Permohonan table on a big database: first page per sort and filter, scrolling the whole
list, jumps, and the peak resident memory of the process.

    PYTHONPATH=. python bench/scroll_bench.py --db /work/benchdata/loket-1m.sqlite3
    PYTHONPATH=. python bench/scroll_bench.py --db /work/benchdata/loket-10m.sqlite3
    PYTHONPATH=. python bench/scroll_bench.py --url postgresql+psycopg://postgres@HOST/loket10m
    PYTHONPATH=. python bench/scroll_bench.py --quick            # 50,000 rows, own file

A missing database file is generated (in a child process) with ``bench/gen_requests.py``. The
real ``RequestTableModel`` is wired to the core the way the Permohonan page wires it (a core
``RequestList`` made at count time, id chunks, row pages; actor SYSTEM) and shown in an
offscreen QTableView of 1366×768.

(a) ``reload()`` + painting the first visible rows, best of 3, beside the bare SQL of the same
    work (the statements the app sent, run again straight through the driver);
(b) the vertical scrollbar stepped from top to bottom one viewport at a time; each step asks
    the model for every visible cell (as painting does) and every 50th step really paints;
(c) on a freshly loaded list, the scrollbar set to 25 %, 50 %, 75 % and the end, painted;
(d) the biggest list no bucket places (every request, filtered by the ten years' dates, sorted
    by NIK): its ids read on a worker thread as the page does (timed), then jumps painted on
    reloads of it, which keep those ids (``RequestList.carry_over``), as the page's reload
    after a change does.

Peak memory is this process's own (VmHWM). A long scroll is also the test of the PySide6 6.12 /
CPython 3.11 workaround in ``desktop_app/gui/__init__.py`` (lost references to ``None``):
without it, this run aborts.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from measure import Recorder, at_schema_head, best, current_rss_mb, peak_rss_mb  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from desktop_app.core import requests as rq  # noqa: E402
from desktop_app.core.db import Database  # noqa: E402
from desktop_app.core.security import SYSTEM  # noqa: E402
from desktop_app.gui.models.request_table import COLUMNS, RequestTableModel  # noqa: E402

SORT_KEYS = ("received_at", "name", "status", "officer", "due_at", "ticket", "nik")
BENCHDATA = Path(os.environ.get("LOKET_BENCHDATA", "/work/benchdata"))


class Wiring:
    """What the Permohonan page does: a core list made when the model counts (filter and sort
    taken then), asked for every id chunk afterwards; a reload of the same list keeps the ids it
    gathered (``RequestList.carry_over``)."""

    def __init__(self, db: Database, model_sort: Any) -> None:
        self.db = db
        self.flt = rq.RequestFilter()
        self.model_sort = model_sort
        self.list: rq.RequestList | None = None

    def count(self) -> int:
        column, order = self.model_sort()
        earlier = self.list
        self.list = rq.RequestList(
            self.db, SYSTEM, self.flt, COLUMNS[column].sort_key or "received_at",
            order == Qt.SortOrder.DescendingOrder,
        )  # fmt: skip
        self.list.carry_over(earlier)
        return self.list.count()

    def ids(self, sort_key: str, descending: bool, limit: int, offset: int) -> list[int]:
        assert self.list is not None
        return self.list.ids(offset, limit)

    def rows(self, ids):  # type: ignore[no-untyped-def]
        return rq.fetch_rows(self.db, SYSTEM, list(ids))


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
    parser.add_argument("--url", default=None, help="PostgreSQL URL of a filled database")
    parser.add_argument("--rows", type=int, default=1_000_000, help="rows if generating")
    parser.add_argument("--quick", action="store_true", help="50,000 rows in their own file")
    parser.add_argument("--no-scroll", action="store_true", help="skip (b), the long scroll")
    args = parser.parse_args(argv)
    if args.url:
        url = args.url
    else:
        rows = 50_000 if args.quick else args.rows
        path = Path(args.db or BENCHDATA / f"loket-{rows}.sqlite3")
        if not path.exists():  # in a child: this process's peak memory stays the GUI's
            print(f"generating {rows:,} requests into {path} …", flush=True)
            subprocess.run(
                [sys.executable, str(Path(__file__).with_name("gen_requests.py")),
                 "--rows", str(rows), "--db", str(path)],
                check=True,
            )  # fmt: skip
        url = f"sqlite:///{path}"
    at_schema_head(url)
    db = Database.open(url)
    app = QApplication.instance() or QApplication(["scroll_bench"])
    model: RequestTableModel
    wiring = Wiring(db, lambda: model.sort_state())
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
    recorder = Recorder(db)
    print(f"database {db.location}; RSS at start {current_rss_mb():.0f} MB")

    def show(flt: rq.RequestFilter, key: str, desc: bool) -> None:
        wiring.flt = flt
        column = next(i for i, c in enumerate(COLUMNS) if c.sort_key == key)
        model._sort_column = column  # sort() skips a reload when nothing changed
        model._sort_order = Qt.SortOrder.DescendingOrder if desc else Qt.SortOrder.AscendingOrder

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
    print(f"\n{'(a) reload + first page painted':<34}{'app ms':>9}{'bare SQL ms':>13}{'rows':>12}")
    worst = 0.0
    for label, flt, key, desc in cases:
        show(flt, key, desc)
        ms = best(first_page, 3)
        worst = max(worst, ms)
        recorder.capture(first_page)
        bare = recorder.bare_ms(raw, 3)
        print(f"{label:<34}{ms:>9.1f}{bare:>13.1f}{model.rowCount():>12,}", flush=True)
    print(f"worst first page: {worst:.1f} ms")

    # (b) scroll end to end ------------------------------------------------------------------
    show(rq.RequestFilter(), "received_at", True)
    model.reload()
    view.scrollToTop()
    app.processEvents()
    bar = view.verticalScrollBar()
    if not args.no_scroll:
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
            f"visited of {model.rowCount():,}; {model.chunk_fetch_count - chunks0} id chunks "
            f"and {model.fetch_count - pages0} row pages fetched; last id {last_id}"
        )
        print(
            f"    RSS now {current_rss_mb():.0f} MB, peak {peak_rss_mb():.0f} MB; "
            f"cache {model.cached_rows()} rows, {len(model.loaded_chunks())} id chunks",
            flush=True,
        )

    # (c) jumps: a fresh list, the scrollbar dragged to a place, the rows there painted -------
    def painted_jumps() -> list[float]:
        """Best of 3 (ms): the list reloaded, the scrollbar set to 25 / 50 / 75 % and the end,
        the rows there painted."""
        figures = []
        for fraction in (0.25, 0.5, 0.75, 1.0):
            times = []
            for _ in range(3):
                model.reload()
                view.scrollToTop()
                app.processEvents()
                t = time.perf_counter()
                bar.setValue(int(bar.maximum() * fraction))
                view.viewport().grab()
                times.append((time.perf_counter() - t) * 1000)
            figures.append(min(times))
        return figures

    print(f"\n(c) jump on a fresh list, painted{'':<4}{'25 %':>8}{'50 %':>8}{'75 %':>8}{'end':>8}")
    worst_jump = 0.0
    for key in SORT_KEYS:
        show(rq.RequestFilter(), key, key in ("received_at", "due_at"))
        figures = painted_jumps()
        worst_jump = max(worst_jump, *figures)
        print(f"{'all, by ' + key:<38}" + "".join(f"{f:>8.1f}" for f in figures), flush=True)
    print(f"worst jump: {worst_jump:.1f} ms")

    # (d) the biggest list no bucket places: ids read ahead, jumps on reloads ------------------
    oldest = rq.RequestFilter(date_from=date(2000, 1, 1))
    show(oldest, "nik", False)
    model.reload()
    app.processEvents()
    gathering = wiring.list
    assert gathering is not None and gathering.placement == "gather"
    ahead = gathering.gather_ahead()
    assert ahead is not None
    before = current_rss_mb()
    t = time.perf_counter()
    worker = threading.Thread(target=ahead.run)
    worker.start()
    worker.join()
    took = time.perf_counter() - t
    assert gathering.take_gathered()
    print(
        f"\n(d) every request since 2000, by NIK ({model.rowCount():,} rows, no bucket places "
        f"them): ids read ahead in {took:.1f} s; RSS {before:.0f} -> {current_rss_mb():.0f} MB"
    )
    figures = painted_jumps()  # each reload as the page's after a change: the ids read serve
    print(f"{'reloaded, jump painted':<38}" + "".join(f"{f:>8.1f}" for f in figures), flush=True)
    # After a change: the reload serves the ids read before while its own are read (both held
    # meanwhile, the page's worst moment), then lets the old ones go.
    model.reload()
    again = wiring.list
    assert again is not None and again is not gathering
    ahead = again.gather_ahead()
    assert ahead is not None
    t = time.perf_counter()
    worker = threading.Thread(target=ahead.run)
    worker.start()
    while worker.is_alive():  # jumps meanwhile, from the ids read before
        bar.setValue(int(bar.maximum() * 0.6))
        view.viewport().grab()
        bar.setValue(int(bar.maximum() * 0.3))
        view.viewport().grab()
        worker.join(0.5)
    took = time.perf_counter() - t
    assert again.take_gathered()
    del gathering
    print(
        f"read again after a change (jumping meanwhile): {took:.1f} s; RSS now "
        f"{current_rss_mb():.0f} MB, peak {peak_rss_mb():.0f} MB"
    )
    print(f"\npeak RSS of the whole run: {peak_rss_mb():.0f} MB")
    raw.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
