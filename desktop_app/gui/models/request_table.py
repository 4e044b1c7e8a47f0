"""The request list as a lazy table model (after Anki's browser table; docs/design.md#request-list).

The row count comes from the core's count query; the ordered ids are fetched lazily, one chunk
of ``ID_CHUNK`` ids (``limit``/``offset`` in SQL) when a row in it is first needed, and kept in a
small LRU of ``ID_CHUNKS`` compact ``array('q')`` chunks (any chunk can be fetched again). Row
data is fetched on demand, one page (``PAGE_SIZE`` rows) at a time, into a small LRU cache of
at most ``CACHE_PAGES`` pages. Sorting is done by the core in SQL: a header click re-queries.
So a list of 10,000,000 requests costs one count (from the core's tally) and the chunks the
user scrolled past, not 10,000,000 integers up front; a jump anywhere costs one chunk.

The ids are a snapshot per chunk: if requests change between two chunk loads a row may show
twice or be skipped until the next ``reload()`` (the page reloads periodically), which resets
everything.

A page fetch the core refuses (say the user was disabled meanwhile) happens inside ``data()``,
where raising is not allowed: the rows stay blank and ``fetch_failed`` carries the message once;
the page connects it queued and shows it outside painting.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont

from desktop_app.core.errors import LoketError
from desktop_app.gui import style
from desktop_app.gui.formatting import compact_date, compact_datetime, due_date, format_datetime
from desktop_app.gui.qt import QT_TRANSLATE_NOOP

# fetch_ids(sort_key, descending, limit, offset) -> that slice of the ids in display order, or
# None while they are still being read elsewhere (the rows show as loading until repainted)
FetchIds = Callable[[str, bool, int, int], Sequence[int] | None]
# count_ids() -> how many rows the list has (same filter as fetch_ids)
CountIds = Callable[[], int]
# fetch_rows(ids) -> row objects (any order, missing ids allowed) with an ``id`` attribute
FetchRows = Callable[[Sequence[int]], Sequence[Any]]

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the request id of a row
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 2
_UNAVAILABLE = object()  # a row whose page the core refused: shown blank, fetched again later
_LOADING = object()  # a row whose ids are still being read: "memuat…", fetched when repainted
_PENDING = array("q")  # the chunk of such rows (never kept)


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # Indonesian, translated with context "RequestTableModel"
    sort_key: str | None  # handed to the core's list query; None: not sortable


DISPLAY = Qt.ItemDataRole.DisplayRole  # the roles' default

COLUMNS: tuple[Column, ...] = (
    Column("ticket", QT_TRANSLATE_NOOP("RequestTableModel", "Tiket"), "ticket"),
    Column("received_at", QT_TRANSLATE_NOOP("RequestTableModel", "Diterima"), "received_at"),
    Column("channel", QT_TRANSLATE_NOOP("RequestTableModel", "Kanal"), "channel"),
    Column("name", QT_TRANSLATE_NOOP("RequestTableModel", "Nama"), "name"),
    Column("nik", QT_TRANSLATE_NOOP("RequestTableModel", "NIK"), "nik"),
    Column("status", QT_TRANSLATE_NOOP("RequestTableModel", "Status"), "status"),
    Column("due_at", QT_TRANSLATE_NOOP("RequestTableModel", "Jatuh tempo"), "due_at"),
    Column("officer", QT_TRANSLATE_NOOP("RequestTableModel", "Petugas"), "officer"),
)


class RequestTableModel(QAbstractTableModel):
    PAGE_SIZE = 200
    CACHE_PAGES = 5
    # A multiple of PAGE_SIZE (a page never spans two chunks), and small: the first chunk is
    # all a new list reads before it shows, and the core reads a chunk next to one it has
    # read from that chunk's last key.
    ID_CHUNK = 200
    ID_CHUNKS = 500  # 100,000 ids (800 kB) at most
    fetch_failed = Signal(str)  # the core refused a page: its message, once until reload()

    def __init__(
        self,
        fetch_ids: FetchIds,
        fetch_rows: FetchRows,
        count_ids: CountIds,
        parent=None,
        *,
        status_label: Callable[[str], str] = str,
        channel_label: Callable[[str], str] = str,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        super().__init__(parent)
        self._fetch_ids = fetch_ids
        self._fetch_rows = fetch_rows
        self._count_ids = count_ids
        self._status_label = status_label
        self._channel_label = channel_label
        self._now = now
        self._count = 0
        self._chunks: OrderedDict[int, array[int]] = OrderedDict()
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
        self._sort_column = 1
        self._sort_order = Qt.SortOrder.DescendingOrder
        self._titles = [self.tr(c.title) for c in COLUMNS]
        self.fetch_count = 0  # pages fetched since creation; tests and the bench read it
        self.chunk_fetch_count = 0  # id chunks fetched since creation
        self._failure_reported = False

    # --- loading ------------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-count the list (filters or data changed) and read its first id chunk; cached ids
        and rows are dropped. A core refusal here raises (the caller shows it)."""
        count = int(self._count_ids())
        first = self._query_chunk(0) if count else array("q")
        self.beginResetModel()
        self._count = count
        self._chunks.clear()
        if count:
            self._chunks[0] = first
        self._pages.clear()
        self._failure_reported = False
        self.endResetModel()

    def clear(self) -> None:
        """Show no rows (the core refused to list them)."""
        self.beginResetModel()
        self._count = 0
        self._chunks.clear()
        self._pages.clear()
        self._failure_reported = False
        self.endResetModel()

    def _query_chunk(self, chunk_no: int) -> array[int]:
        column = COLUMNS[self._sort_column]
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        ids = self._fetch_ids(
            column.sort_key or "received_at", descending, self.ID_CHUNK, chunk_no * self.ID_CHUNK
        )
        if ids is None:
            return _PENDING
        self.chunk_fetch_count += 1
        return array("q", ids)

    def _chunk(self, chunk_no: int) -> array[int] | None:
        """The ids of one chunk, fetched if not loaded; None when the core refused it,
        ``_PENDING`` (empty) while they are still being read."""
        chunk = self._chunks.get(chunk_no)
        if chunk is not None:
            self._chunks.move_to_end(chunk_no)
            return chunk
        try:
            chunk = self._query_chunk(chunk_no)
        except LoketError as exc:  # not kept: asked again when next shown
            self._report_failure(exc)
            return None
        if chunk is _PENDING:  # not kept: asked again when next painted
            return chunk
        self._chunks[chunk_no] = chunk
        while len(self._chunks) > self.ID_CHUNKS:
            self._chunks.popitem(last=False)
        return chunk

    def _report_failure(self, exc: LoketError) -> None:
        if not self._failure_reported:
            self._failure_reported = True
            self.fetch_failed.emit(exc.message)

    def loaded_chunks(self) -> list[int]:
        """Numbers of the id chunks held now, least recently used first."""
        return list(self._chunks)

    def cached_rows(self) -> int:
        """How many rows' data the cache holds now (at most ``cache_bound()``)."""
        return sum(len(page) for page in self._pages.values())

    @classmethod
    def cache_bound(cls) -> int:
        return cls.PAGE_SIZE * cls.CACHE_PAGES

    def request_id(self, row: int) -> int | None:
        """The id shown in ``row`` (its chunk fetched if needed); None outside the list, when
        the core refused the chunk, or when the list shrank since it was counted."""
        if not 0 <= row < self._count:
            return None
        chunk_no, offset = divmod(row, self.ID_CHUNK)
        chunk = self._chunk(chunk_no)
        if chunk is None or offset >= len(chunk):
            return None
        return chunk[offset]

    def row_of(self, request_id: int) -> int | None:
        """The row of ``request_id`` among the loaded chunks only (no query: a row far below
        what was shown is not looked for)."""
        for chunk_no, chunk in self._chunks.items():
            try:
                return chunk_no * self.ID_CHUNK + chunk.index(request_id)
            except ValueError:
                continue
        return None

    def row_data(self, row: int) -> Any | None:
        """The core's row object for ``row`` (fetched with its page if not cached); None when
        the row was deleted meanwhile, the core refused its page, or its id is still being
        read."""
        row_object = self._row_object(row)
        return None if row_object is _UNAVAILABLE or row_object is _LOADING else row_object

    def loading(self, row: int) -> bool:
        """Whether ``row``'s id is still being read (shown as "memuat…" until repainted)."""
        return self._row_object(row) is _LOADING

    def _row_object(self, row: int) -> Any:
        if not 0 <= row < self._count:
            return None
        page_no, offset = divmod(row, self.PAGE_SIZE)
        page = self._pages.get(page_no)
        if page is None:
            page = self._load_page(page_no)
        else:
            self._pages.move_to_end(page_no)
        return page[offset]

    def _load_page(self, page_no: int) -> list[Any]:
        start = page_no * self.PAGE_SIZE
        chunk_no, offset = divmod(start, self.ID_CHUNK)
        size = min(self.PAGE_SIZE, self._count - start)
        chunk = self._chunk(chunk_no)
        if chunk is None:
            return [_UNAVAILABLE] * size
        if chunk is _PENDING:
            return [_LOADING] * size
        ids = chunk[offset : offset + size].tolist()
        try:
            fetched = self._fetch_rows(ids) if ids else []
        except LoketError as exc:  # not cached: asked again when next shown
            self._report_failure(exc)
            return [_UNAVAILABLE] * size
        by_id = {row.id: row for row in fetched}
        page = [by_id.get(request_id) for request_id in ids]  # None: deleted meanwhile
        page += [None] * (size - len(page))  # the list shrank since it was counted
        self._pages[page_no] = page
        self.fetch_count += 1
        while len(self._pages) > self.CACHE_PAGES:
            self._pages.popitem(last=False)
        return page

    # --- Qt model interface -------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._titles[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY):
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        if role == ID_ROLE:
            return self.request_id(index.row())
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.FontRole,
            OVERDUE_ROLE,
        ):
            return None
        row = self._row_object(index.row())
        if row is _UNAVAILABLE:
            return None
        if row is _LOADING:
            shown = role == Qt.ItemDataRole.DisplayRole and index.column() == 0
            return self.tr("memuat…") if shown else None
        if row is None:
            return self.tr("(dihapus)") if role == Qt.ItemDataRole.DisplayRole else None
        overdue = bool(row.overdue)
        key = COLUMNS[index.column()].key
        if role == OVERDUE_ROLE:
            return overdue
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(style.background("overdue")) if overdue else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return (
                QBrush(style.color("overdue")) if overdue and key in ("status", "due_at") else None
            )
        if role == Qt.ItemDataRole.FontRole:
            if overdue and key in ("status", "due_at"):
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if key != "due_at":
                return None  # the displayed text
            role = Qt.ItemDataRole.ToolTipRole  # a screen reader says "Terlambat", not "⚠"
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "due_at":
                day = due_date(row.due_at)
                return self.tr("Terlambat: jatuh tempo {day}").format(day=day) if overdue else day
            if key == "received_at":
                return format_datetime(row.received_at)
            if key == "ticket":
                return row.service_name
            if key in ("name", "officer"):
                return self._display(row, key, overdue)
            if key == "channel":
                return self._channel_label(row.channel)
            return None
        return self._display(row, key, overdue)

    def _display(self, row: Any, key: str, overdue: bool) -> str:
        if key == "ticket":
            return row.ticket
        if key == "received_at":
            return compact_datetime(row.received_at)
        if key == "channel":  # "Web (e-SIAK)" -> "Web": the table has no room for the rest
            return self._channel_label(row.channel).split(" (")[0]
        if key == "name":
            return row.name
        if key == "nik":
            return row.nik_masked
        if key == "status":
            return self._status_label(row.status)
        if key == "due_at":
            # Due times are always the end of a working day (23:59 at the office): the date says it.
            day = compact_date(row.due_at)
            # "⚠" (with the row's red and bold) instead of the word: at 150 % on 1920 x 1080
            # "Terlambat · 28/11/26" left the name column four letters wide. The tool tip and
            # the cell's accessible text say "Terlambat".
            return self.tr("⚠ {day}").format(day=day) if overdue else day
        if key == "officer":
            return row.officer_name or ""
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Header click: the core sorts in SQL, the model re-reads the ids."""
        if not 0 <= column < len(COLUMNS) or COLUMNS[column].sort_key is None:
            return
        if (column, order) == (self._sort_column, self._sort_order) and self._count:
            return
        self._sort_column, self._sort_order = column, order
        self.reload()

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        return self._sort_column, self._sort_order
