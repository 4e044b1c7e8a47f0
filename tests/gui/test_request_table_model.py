"""The lazy request table model: Qt model contract, paging, bounded cache, SQL sorting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from desktop_app.gui.models.request_table import (
    COLUMNS,
    ID_ROLE,
    OVERDUE_ROLE,
    RequestTableModel,
)

NOW = datetime(2026, 11, 28, 3, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Row:
    id: int
    ticket: str
    received_at: datetime
    channel: str
    service_code: str
    service_name: str
    name: str
    nik_masked: str
    status: str
    due_at: datetime
    overdue: bool
    officer_name: str


def make_row(i: int) -> Row:
    overdue = i % 7 == 0
    return Row(
        id=i,
        ticket=f"KK-261128-{i:04d}",
        received_at=NOW - timedelta(minutes=i),
        channel="wa",
        service_code="KK",
        service_name="Kartu Keluarga",
        name=f"Pemohon {i}",
        nik_masked="321601******0001",
        status="diproses",
        due_at=NOW + timedelta(days=-1 if overdue else 1),
        overdue=overdue,
        officer_name="Budi",
    )


class FakeCore:
    """Stands in for rq.count_ids / rq.list_ids / rq.fetch_rows and records what the model
    asks for."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.sorts: list[tuple[str, bool]] = []
        self.chunks: list[tuple[int, int]] = []  # (limit, offset) of every id query
        self.counts = 0
        self.fetched: list[int] = []

    def count(self) -> int:
        self.counts += 1
        return self.n

    def ids(self, sort_key: str, descending: bool, limit: int, offset: int) -> list[int]:
        self.sorts.append((sort_key, descending))
        self.chunks.append((limit, offset))
        ids = list(range(1, self.n + 1))
        ids = ids[::-1] if descending else ids
        return ids[offset : offset + limit]

    def rows(self, ids):
        self.fetched.append(len(ids))
        return [make_row(i) for i in ids]


@pytest.fixture
def core():
    return FakeCore(1000)


@pytest.fixture
def model(core, qtbot):
    m = RequestTableModel(core.ids, core.rows, core.count)
    m.reload()
    return m


def test_model_contract(model, qtmodeltester):
    qtmodeltester.check(model, force_py=True)


def test_rows_are_fetched_by_page_on_demand(model, core):
    assert model.rowCount() == 1000
    assert core.fetched == []  # reload fetched ids only
    assert model.data(model.index(0, 0)) == "KK-261128-1000"
    assert core.fetched == [RequestTableModel.PAGE_SIZE]
    model.data(model.index(5, 4))
    assert len(core.fetched) == 1  # same page: cached
    assert model.data(model.index(999, 0)) == "KK-261128-0001"
    assert len(core.fetched) == 2


def test_cache_stays_bounded_after_scrolling_5000_rows(qtbot, monkeypatch):
    monkeypatch.setattr(RequestTableModel, "ID_CHUNK", 1000)
    monkeypatch.setattr(RequestTableModel, "ID_CHUNKS", 2)
    from PySide6.QtWidgets import QTableView

    core = FakeCore(5000)
    model = RequestTableModel(core.ids, core.rows, core.count)
    model.reload()
    view = QTableView()
    view.setModel(model)
    view.resize(900, 500)
    qtbot.addWidget(view)
    view.show()
    for row in range(0, 5000, 20):
        view.scrollTo(model.index(row, 0), QTableView.ScrollHint.PositionAtTop)
        view.viewport().grab()  # paint: the view asks for the visible rows only
    view.scrollToBottom()
    view.viewport().grab()
    assert model.data(model.index(4999, 0)) == "KK-261128-0001"
    assert 0 < model.cached_rows() <= RequestTableModel.cache_bound()
    assert model.cache_bound() < 5000
    assert sum(core.fetched) >= 5000  # every page was visited once at least
    assert len(model.loaded_chunks()) == 2 and model.loaded_chunks()[-1] == 4
    assert len(core.chunks) >= 5  # every chunk was read once at least


def test_row_count_comes_from_the_count_and_ids_come_in_chunks(qtbot, monkeypatch):
    """A 1,000-chunk list counts once, the first paint reads only chunk 0, a jump to the end
    reads only the last chunk, and the loaded chunks stay bounded."""
    monkeypatch.setattr(RequestTableModel, "ID_CHUNK", 400)
    monkeypatch.setattr(RequestTableModel, "ID_CHUNKS", 3)
    from PySide6.QtWidgets import QTableView

    core = FakeCore(400_000)
    model = RequestTableModel(core.ids, core.rows, core.count)
    model.reload()
    assert model.rowCount() == 400_000 and core.counts == 1
    view = QTableView()
    view.setModel(model)
    view.resize(900, 500)
    qtbot.addWidget(view)
    view.show()
    view.viewport().grab()
    assert core.chunks == [(400, 0)]  # first paint: chunk 0 only
    assert model.data(model.index(0, 0)) == "KK-261128-400000"
    view.scrollToBottom()
    view.viewport().grab()
    assert core.chunks == [(400, 0), (400, 399_600)]
    assert model.data(model.index(399_999, 0), ID_ROLE) == 1
    for chunk_no in (10, 20, 30, 40):
        assert model.request_id(chunk_no * 400 + 7) == 400_000 - chunk_no * 400 - 7
    assert len(model.loaded_chunks()) == 3 and model.loaded_chunks()[-1] == 40
    assert model.row_of(400_000 - 40 * 400 - 9) == 40 * 400 + 9  # a loaded chunk
    assert model.row_of(400_000) is None  # chunk 0 was dropped: not searched for


def test_reload_recounts_and_drops_every_chunk(model, core):
    model.request_id(999)
    assert core.counts == 1 and core.chunks == [(200, 0), (200, 800)]  # first and last chunk
    core.n = 10
    model.reload()
    assert core.counts == 2 and model.rowCount() == 10
    assert model.request_id(0) == 10 and model.request_id(10) is None
    assert model.row_of(999) is None


def test_a_list_that_shrank_since_counting_shows_deleted_rows(model, core):
    """Rows vanish between the count and a chunk load: the extra rows show as deleted
    instead of failing (the next reload recounts)."""
    core.n = 990
    model._chunks.clear()
    model._pages.clear()
    assert model.rowCount() == 1000
    assert model.request_id(995) is None
    assert model.data(model.index(995, 0)) == "(dihapus)"


def test_overdue_rows_stand_out(model):
    row = model.row_of(994)  # 994 % 7 == 0 -> overdue
    due_col = [c.key for c in COLUMNS].index("due_at")
    status_col = [c.key for c in COLUMNS].index("status")
    idx = model.index(row, due_col)
    assert model.data(idx, OVERDUE_ROLE) is True
    assert model.data(idx) == "⚠ 27/11/26"
    # A due date is a day (the end of it at the office): no "23.59 WIB" anywhere.
    tip = model.data(idx, Qt.ItemDataRole.ToolTipRole)
    assert tip == "Terlambat: jatuh tempo Jumat, 27/11/2026"
    assert model.data(idx, Qt.ItemDataRole.AccessibleTextRole) == tip
    assert model.data(idx, Qt.ItemDataRole.FontRole).bold()
    assert model.data(model.index(row, status_col), Qt.ItemDataRole.FontRole).bold()
    assert model.data(model.index(row, 0), Qt.ItemDataRole.BackgroundRole) is not None
    ok = model.index(model.row_of(995), due_col)
    assert model.data(ok, Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(ok, Qt.ItemDataRole.FontRole) is None
    assert model.data(ok) == "29/11/26"
    assert model.data(ok, Qt.ItemDataRole.ToolTipRole) == "Minggu, 29/11/2026"
    assert model.data(model.index(model.row_of(995), status_col)) == "diproses"


def test_header_click_requeries_in_sql_order(model, core, qtbot):
    name_col = [c.key for c in COLUMNS].index("name")
    with qtbot.waitSignal(model.modelReset):
        model.sort(name_col, Qt.SortOrder.AscendingOrder)
    assert core.sorts[-1] == ("name", False)
    assert core.chunks[-1] == (RequestTableModel.ID_CHUNK, 0)
    assert model.data(model.index(0, 0), ID_ROLE) == 1
    assert model.sort_state() == (name_col, Qt.SortOrder.AscendingOrder)


def test_vanished_rows_show_as_deleted(qtbot):
    core = FakeCore(10)
    model = RequestTableModel(
        core.ids, lambda ids: [make_row(i) for i in ids if i != 5], core.count
    )
    model.reload()
    assert model.data(model.index(model.row_of(5), 0)) == "(dihapus)"


def test_a_refused_chunk_shows_blank_and_reports_once(model, core, qtbot):
    from desktop_app.core.errors import PermissionDenied

    def refuse(*_args):
        raise PermissionDenied("Akun dinonaktifkan")

    core.n = 20_000
    model.reload()
    model._fetch_ids = refuse
    messages = []
    model.fetch_failed.connect(messages.append)
    assert model.data(model.index(12_000, 0)) is None
    assert model.data(model.index(12_000, 0), ID_ROLE) is None
    assert messages == ["Akun dinonaktifkan"]
    assert model.data(model.index(0, 0)) == "KK-261128-20000"  # chunk 0 is still loaded


def test_rows_whose_ids_are_still_being_read_show_as_loading_until_repainted(model, core):
    """The page answers None for a chunk deep in a list whose ids a worker is still reading:
    those rows say "memuat…" in their first column, are neither kept nor reported, and the
    next paint after the read asks again and shows them."""
    core.n = 20_000
    model.reload()
    ready = False
    messages = []
    model.fetch_failed.connect(messages.append)

    def pending(sort_key, descending, limit, offset):
        return core.ids(sort_key, descending, limit, offset) if ready else None

    model._fetch_ids = pending
    row = 12_000
    assert model.data(model.index(row, 0)) == "memuat…"
    assert (
        model.data(model.index(row, 3)) is None and model.data(model.index(row, 0), ID_ROLE) is None
    )
    assert model.loading(row) and model.row_data(row) is None
    assert row // model.ID_CHUNK not in model.loaded_chunks() and messages == []
    ready = True  # the read is in: the next paint shows the rows
    assert not model.loading(row)
    assert model.data(model.index(row, 0)) == f"KK-261128-{20_000 - row:04d}"
    assert model.row_data(row).id == 20_000 - row and messages == []
