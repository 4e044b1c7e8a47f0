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
    """Stands in for rq.list_ids / rq.fetch_rows and counts what the model asks for."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.sorts: list[tuple[str, bool]] = []
        self.fetched: list[int] = []

    def ids(self, sort_key: str, descending: bool) -> list[int]:
        self.sorts.append((sort_key, descending))
        ids = list(range(1, self.n + 1))
        return ids[::-1] if descending else ids

    def rows(self, ids):
        self.fetched.append(len(ids))
        return [make_row(i) for i in ids]


@pytest.fixture
def core():
    return FakeCore(1000)


@pytest.fixture
def model(core, qtbot):
    m = RequestTableModel(core.ids, core.rows)
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


def test_cache_stays_bounded_after_scrolling_5000_rows(qtbot):
    from PySide6.QtWidgets import QTableView

    core = FakeCore(5000)
    model = RequestTableModel(core.ids, core.rows)
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


def test_overdue_rows_stand_out(model):
    row = model.row_of(994)  # 994 % 7 == 0 -> overdue
    status_col = [c.key for c in COLUMNS].index("status")
    idx = model.index(row, status_col)
    assert model.data(idx, OVERDUE_ROLE) is True
    assert model.data(idx).startswith("Terlambat")
    assert model.data(idx, Qt.ItemDataRole.FontRole).bold()
    assert model.data(idx, Qt.ItemDataRole.BackgroundRole) is not None
    ok = model.index(model.row_of(995), status_col)
    assert model.data(ok, Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(ok) == "diproses"


def test_header_click_requeries_in_sql_order(model, core, qtbot):
    name_col = [c.key for c in COLUMNS].index("name")
    with qtbot.waitSignal(model.modelReset):
        model.sort(name_col, Qt.SortOrder.AscendingOrder)
    assert core.sorts[-1] == ("name", False)
    assert model.data(model.index(0, 0), ID_ROLE) == 1
    assert model.sort_state() == (name_col, Qt.SortOrder.AscendingOrder)


def test_vanished_rows_show_as_deleted(qtbot):
    core = FakeCore(10)
    model = RequestTableModel(core.ids, lambda ids: [make_row(i) for i in ids if i != 5])
    model.reload()
    assert model.data(model.index(model.row_of(5), 0)) == "(dihapus)"
