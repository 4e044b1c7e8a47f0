"""The Permohonan page: work queues with live counts, filters, one search box and the lazy list.

Counts and rows refresh on every change, made here or on another PC (gui/changes.py polls the
core's change counters), keeping the selection and the scroll position; counts also every 30 s
(a request becomes overdue as time passes, without any write).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import requests as rq
from desktop_app.core import users
from desktop_app.core.errors import LoketError
from desktop_app.core.security import Permission
from desktop_app.gui.background import start_task
from desktop_app.gui.context import AppContext
from desktop_app.gui.editing import open_single
from desktop_app.gui.formatting import number, office_today, pydate
from desktop_app.gui.models.request_table import COLUMNS, ID_ROLE, RequestTableModel
from desktop_app.gui.replies import ReplyBar
from desktop_app.gui.widgets import DateEdit

# Queue keys in the order shown; None = every request ("Semua").
QUEUE_ORDER: tuple[str | None, ...] = (
    "baru", "diproses", "menunggu_berkas", "overdue", "mine", "done_today", None,
)  # fmt: skip
COUNTS_INTERVAL_MS = 30_000
SEARCH_DEBOUNCE_MS = 250
# Column widths from sample texts (not from the rows: a big list never measures its contents).
COLUMN_SAMPLES = {
    "ticket": "PINDAH-261128-0000", "received_at": "28/11/26 09.15", "channel": "WhatsApp",
    "name": "Neneng Suganda", "nik": "321613******0001", "status": "Menunggu berkas",
    "due_at": "⚠ 28/11/26",
    "officer": "Budi Santoso",
}  # fmt: skip
QUEUE_STYLE = """
QListWidget#requestQueues { padding: 0.3em 0; }
QListWidget#requestQueues::item { padding: 0.45em 0.5em; }
"""


class RequestsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.queue: str | None = "baru"
        self._list_filter: rq.RequestFilter | None = None  # what the model's list counted
        self._list: rq.RequestList | None = None  # the core list behind the model
        self._ahead: rq.GatherAhead | None = None  # its ids read on a worker, if it gathers
        self._rows_pending = False  # rows shown as loading until that read is in
        self.setObjectName("requestsPage")
        self._build()
        self.model = RequestTableModel(
            self._fetch_ids,
            lambda ids: rq.fetch_rows(ctx.db, ctx.actor, list(ids)),
            self._count_ids,
            self,
            status_label=rq.status_label,
            channel_label=rq.channel_label,
        )
        # Queued: the refusal arrives while the table paints; the message box opens after.
        self.model.fetch_failed.connect(self._rows_refused, Qt.ConnectionType.QueuedConnection)
        self.table.setModel(self.model)
        self._size_columns()
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)
        self.model.modelReset.connect(self._update_total)
        self.model.modelReset.connect(self._gather_ahead)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.textChanged.connect(self._show_search_scope)
        self.search.returnPressed.connect(self._search_now)
        self.search.installEventFilter(self)
        self.queues.itemPressed.connect(self._queue_pressed)
        self.counts_timer = QTimer(self, interval=COUNTS_INTERVAL_MS)
        self.counts_timer.timeout.connect(self.refresh_counts)
        self.counts_timer.start()
        ctx.signals.requests_changed.connect(self.refresh)
        ctx.signals.settings_changed.connect(self._fill_services)

        self.queues.setCurrentRow(0)
        self.queues.currentRowChanged.connect(self._queue_changed)
        self.refresh()

    # --- layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        root = QHBoxLayout(self)
        self.queues = QListWidget()
        self.queues.setObjectName("requestQueues")
        self.queues.setAccessibleName(self.tr("Antrean kerja"))
        self.queues.setStyleSheet(QUEUE_STYLE)
        self.queues.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for key in QUEUE_ORDER:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.queues.addItem(item)
        root.addWidget(self.queues)

        main = QVBoxLayout()
        root.addLayout(main, 1)
        top = QHBoxLayout()
        heading = QLabel(self.tr("Permohonan"))
        heading.setProperty("role", "heading")
        top.addWidget(heading)
        top.addSpacing(12)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari tiket, NIK, nomor KK, nomor HP atau nama"))
        self.search.setAccessibleName(self.tr("Cari permohonan"))
        self.search.setClearButtonEnabled(True)
        top.addWidget(self.search, 1)
        can_edit = self.ctx.can(Permission.REQUESTS_EDIT)
        self.new_button = QPushButton(self.tr("Permohonan &baru"))
        self.new_button.setProperty("primary", True)
        self.new_button.setToolTip(self.tr("Catat permohonan baru (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_request)
        self.new_button.setVisible(can_edit)
        self.import_button = QPushButton(self.tr("&Impor…"))
        self.import_button.clicked.connect(self.import_file)
        self.import_button.setVisible(can_edit)
        self.export_button = QPushButton(self.tr("&Ekspor…"))
        self.export_button.clicked.connect(self.export_file)
        self.export_button.setVisible(self.ctx.can(Permission.REQUESTS_EXPORT))
        self.reset_button = QPushButton(self.tr("Hapus saringan"))
        self.reset_button.setToolTip(self.tr("Kosongkan pencarian dan semua saringan"))
        self.reset_button.clicked.connect(self.reset_filters)
        for button in (self.reset_button, self.new_button, self.import_button, self.export_button):
            top.addWidget(button)
        main.addLayout(top)

        filters = QHBoxLayout()
        self.use_dates = QCheckBox(self.tr("&Tanggal"))
        self.use_dates.setAccessibleName(self.tr("Saring menurut tanggal diterima"))
        today = office_today()
        self.date_from = DateEdit(today.addDays(-6))
        self.date_to = DateEdit(today)
        for edit, name in (
            (self.date_from, self.tr("Dari tanggal")),
            (self.date_to, self.tr("Sampai tanggal")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setAccessibleName(name)
            edit.setEnabled(False)
            edit.dateChanged.connect(self.reload)
        self.use_dates.toggled.connect(self._dates_toggled)
        filters.addWidget(self.use_dates)
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel("–"))
        filters.addWidget(self.date_to)
        self.status_filter = self._combo(self.tr("Semua status"), self.tr("Status"))
        for code in rq.STATUSES:
            self.status_filter.addItem(rq.status_label(code), code)
        self.service_filter = self._combo(self.tr("Semua layanan"), self.tr("Layanan"))
        self._fill_services()
        self.channel_filter = self._combo(self.tr("Semua kanal"), self.tr("Kanal"))
        for code in rq.CHANNELS:
            self.channel_filter.addItem(rq.channel_label(code), code)
        self.officer_filter = self._combo(self.tr("Semua petugas"), self.tr("Petugas"))
        for officer in users.officers(self.ctx.db):
            if officer.role.value in ("petugas", "supervisor"):
                self.officer_filter.addItem(officer.full_name or officer.username, officer.id)
        # The combos share the row's spare width; their minimum stays small so the window still
        # fits 1280 logical pixels (a 1920 x 1080 screen at 150 % scaling).
        for combo in (
            self.status_filter, self.service_filter, self.channel_filter, self.officer_filter
        ):  # fmt: skip
            filters.addWidget(combo, 1)
        main.addLayout(filters)

        self.reply_bar = ReplyBar(self.ctx)
        self.reply_bar.finished.connect(self._reply_done)
        main.addWidget(self.reply_bar)

        self.table = QTableView()
        self.table.setObjectName("requestTable")
        self.table.setAccessibleName(self.tr("Daftar permohonan"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        vh = self.table.verticalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(int(self.fontMetrics().height() * 1.8))
        main.addWidget(self.table, 1)
        self.total_label = QLabel()
        self.total_label.setProperty("role", "hint")
        self.total_label.setTextFormat(Qt.TextFormat.PlainText)
        self.total_label.linkActivated.connect(lambda _link: self.reset_filters(keep_search=True))
        main.addWidget(self.total_label)
        QShortcut(QKeySequence("Ctrl+F"), self, lambda: self.search.setFocus())

    def _combo(self, all_text: str, name: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(all_text, None)
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(6)
        combo.currentIndexChanged.connect(self.reload)
        return combo

    def _fill_services(self) -> None:
        combo = self.service_filter
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for service in rq.list_services(self.ctx.db, include_inactive=True):
            combo.addItem(f"{service.code} — {service.name}", service.code)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)

    def _size_columns(self) -> None:
        """Columns as wide as typical content (bold where the model makes it bold), so the
        whole row fits at 1366 px and at 150 % of 1920 px; long names are elided and shown
        whole in the tooltip."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 6)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.ensurePolished()
        header.ensurePolished()
        cell = QFontMetrics(self.table.font())
        bold_font = self.table.font()
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        # Titles are bold (style sheet) and have the sort arrow beside them: measured so.
        title_font = QFont(header.font())
        title_font.setBold(True)
        title_metrics = QFontMetrics(title_font)
        padding = cell.averageCharWidth() * 2  # the item's own margins
        for i, column in enumerate(COLUMNS):
            sample = COLUMN_SAMPLES.get(column.key, "x" * 12)
            metrics = bold if column.key in ("status", "due_at") else cell
            title = self.model.headerData(i, Qt.Orientation.Horizontal)
            title_width = title_metrics.horizontalAdvance(title) + 2 * title_metrics.height()
            width = max(metrics.horizontalAdvance(sample) + padding, title_width)
            header.resizeSection(i, width)
        # The name column gives and takes the room: at 150 % on 1920 x 1080 the table is about
        # 880 px wide and every column, Petugas included, still shows.
        header.setStretchLastSection(False)
        names = [c.key for c in COLUMNS].index("name")
        header.setSectionResizeMode(names, QHeaderView.ResizeMode.Stretch)
        sort_column, order = self.model.sort_state()
        header.setSortIndicator(sort_column, order)

    # --- queries ------------------------------------------------------------------------------

    def current_filter(self) -> rq.RequestFilter:
        def one(combo: QComboBox) -> tuple:
            value = combo.currentData()
            return () if value is None else (value,)

        use_dates = self.use_dates.isChecked()
        return rq.RequestFilter(
            date_from=pydate(self.date_from.date()) if use_dates else None,
            date_to=pydate(self.date_to.date()) if use_dates else None,
            statuses=one(self.status_filter),
            services=one(self.service_filter),
            channels=one(self.channel_filter),
            officer_id=self.officer_filter.currentData(),
            queue=None if self.searching else self.queue,
            text=self.search.text(),
        )

    @property
    def searching(self) -> bool:
        """A search looks through every request, whatever queue is selected: a citizen on
        the phone with a ticket number must be found from any queue."""
        return bool(self.search.text().strip())

    def _show_search_scope(self) -> None:
        """While searching, no queue is highlighted (the list is not one queue's)."""
        if self.searching:
            self.queues.clearSelection()
        else:
            item = self.queues.currentItem()
            if item is not None:
                item.setSelected(True)

    def _queue_pressed(self, _item: QListWidgetItem) -> None:
        """Choosing a queue ends the search and shows that queue."""
        if self.searching:
            self.clear_search()

    def clear_search(self) -> None:
        self._search_timer.stop()
        self.search.clear()
        self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self.searching
        ):
            self.clear_search()
            return True
        return super().eventFilter(watched, event)

    def _count_ids(self) -> int:
        """The model's row count on reload: a new core list for the current filter and sort,
        kept so that every id chunk the model fetches later belongs to the list it counted
        (and continues from the keys of the chunks before it), whatever the widgets say now."""
        self._list_filter = self.current_filter()
        column, order = self.model.sort_state()
        self._set_list(
            rq.RequestList(
                self.ctx.db,
                self.ctx.actor,
                self._list_filter,
                COLUMNS[column].sort_key or "received_at",
                order == Qt.SortOrder.DescendingOrder,
            )
        )
        assert self._list is not None
        return self._list.count()

    def _set_list(self, lst: rq.RequestList) -> None:
        """The model's new list. A reload of the same list (after any change) keeps the ids
        read before until its own are in, and a read of them still under way
        (``RequestList.carry_over``); any other list's ids are no longer read ahead."""
        carried = lst.carry_over(self._list)
        if self._ahead is not None and not carried:
            self._ahead.cancel()
            self._ahead = None
        self._list = lst

    def _gather_ahead(self) -> None:
        """A big list that no tally places but that gathers its ids (a date filter sorted by
        name, …) has them read on a worker thread as soon as its first page shows: a deep jump
        is then a slice at once, and the window never waits seconds for it unless the jump
        comes first (``docs/indexes.md``, Limits). The count line's notice goes when the ids
        are in."""
        lst = self._list
        if lst is None or self._ahead is not None:
            return  # one read at a time: a reload's list waits for the one under way
        try:
            ahead = lst.gather_ahead()
        except LoketError:
            return  # the rows were refused: the page says so already
        if ahead is None:
            return
        self._ahead = ahead

        def gathered(_result: object) -> None:
            # The page may be gone (logged out) when a long read ends, or the list replaced
            # by another (the read was cancelled).
            if not shiboken6.isValid(self) or self._ahead is not ahead or self._list is None:
                return
            self._ahead = None
            # The ids are the list's, or (a read carried over a reload, begun before its
            # change) served until a fresh read, begun here, is in.
            self._list.take_gathered()
            self._gather_ahead()
            self._update_total()
            if self._rows_pending:  # rows shown as loading: painted again, now with their ids
                self._rows_pending = False
                self.table.viewport().update()

        # The job reads through its own session and touches no widget; a failure is logged
        # there, and a deep jump then reads the ids itself and shows the error.
        start_task(lambda _progress: ahead.run(), gathered, lambda _exc: None)

    def _fetch_ids(
        self, sort_key: str, descending: bool, limit: int, offset: int
    ) -> list[int] | None:
        """The model's id chunk; None (its rows show "memuat…") when it lies deep in a list
        whose ids a worker is still reading: the window does not wait for them, and the rows
        are painted again when they are in (``_gather_ahead``)."""
        lst = self._list
        if lst is None or (lst.sort_key, lst.descending) != (sort_key, descending):
            flt = self._list_filter or self.current_filter()
            lst = rq.RequestList(self.ctx.db, self.ctx.actor, flt, sort_key, descending)
            self._set_list(lst)
        if offset == 0 or lst.placement != "gather":
            return lst.ids(offset, limit)
        ahead = self._ahead
        if ahead is not None and not ahead.failed and lst.waits(offset, limit):
            self._rows_pending = True
            return None
        # Read here: a read ahead that failed (the read shows why), or none at all. The
        # pointer says the window is working, not hung.
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return lst.ids(offset, limit)
        finally:
            QGuiApplication.restoreOverrideCursor()

    def _jump_hint(self) -> str:
        """What the count line says of a big list that no tally places (a date filter, or an
        officer with a service or channel, sorted by name, due date, NIK or ticket) while its
        ids are being read: rows far down show as loading meanwhile, seconds for hundreds of
        thousands of rows (``docs/indexes.md``, Limits)."""
        try:
            if self._list is not None and self._list.slow_first_jump:
                return self.tr(
                    "baris jauh di bawah pada urutan ini sedang dimuat; urutkan menurut "
                    "Diterima agar cepat"
                )
        except LoketError:
            pass
        return ""

    def reload(self) -> None:
        """Re-run the list query, keeping the selected request selected if it still shows."""
        selected = self.selected_id()
        try:
            self.model.reload()
        except LoketError as exc:
            QMessageBox.warning(self, self.tr("Permohonan"), exc.message)
            return
        if selected is not None:
            self.select_request(selected)

    def _rows_refused(self, message: str) -> None:
        """The core refused a page of rows (e.g. the account was disabled): empty the list so
        nothing asks again while the message shows."""
        self.model.clear()
        QMessageBox.warning(self, self.tr("Permohonan"), message)

    def refresh(self) -> None:
        """The data changed (here or on another PC): counts and rows again, with the same
        request selected and the list scrolled where it was."""
        bar = self.table.verticalScrollBar()
        position = bar.value()
        selected = self.selected_id()
        try:
            self.model.reload()
        except LoketError as exc:
            QMessageBox.warning(self, self.tr("Permohonan"), exc.message)
            return
        if selected is not None:
            self.select_request(selected, scroll=False)
        bar.setValue(min(position, bar.maximum()))  # selecting may have scrolled
        self.refresh_counts()

    def refresh_counts(self) -> None:
        try:
            counts: dict[str | None, int] = {
                queue: n for queue, n in rq.queue_counts(self.ctx.db, self.ctx.actor).items()
            }
            counts[None] = rq.count_ids(self.ctx.db, self.ctx.actor)
        except LoketError:
            return
        self.counts = counts
        for row, key in enumerate(QUEUE_ORDER):
            item = self.queues.item(row)
            item.setText(f"{self.queue_title(key)}  ({number(counts.get(key, 0))})")
            if key == "overdue":
                font = item.font()
                font.setBold(counts.get(key, 0) > 0)
                item.setFont(font)
        self._fit_queue_list()

    def _fit_queue_list(self) -> None:
        """As wide as the longest queue title with its count (bold), no wider: the table
        needs the room at 1366 px."""
        font = self.queues.font()
        font.setBold(True)
        metrics = QFontMetrics(font)
        texts = [self.queues.item(i).text() for i in range(self.queues.count())]
        widest = max(metrics.horizontalAdvance(text) for text in texts)
        self.queues.setFixedWidth(widest + metrics.averageCharWidth() * 4)

    def queue_title(self, key: str | None) -> str:
        titles = {
            "baru": self.tr("Baru"),
            "diproses": self.tr("Diproses"),
            "menunggu_berkas": self.tr("Menunggu berkas"),
            "overdue": self.tr("Terlambat"),
            "mine": self.tr("Tugas saya"),
            "done_today": self.tr("Selesai hari ini"),
            None: self.tr("Semua"),
        }
        return titles[key]

    def _queue_changed(self, row: int) -> None:
        if row < 0:
            return
        self.queue = QUEUE_ORDER[row]
        self.reload()

    def set_queue(self, key: str | None) -> None:
        self.queues.setCurrentRow(QUEUE_ORDER.index(key))

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.reload()

    def _search_now(self) -> None:
        self._search_timer.stop()
        self.reload()
        if self.model.rowCount() == 1:
            self.open_request(self.model.request_id(0))

    def reset_filters(self, keep_search: bool = False) -> None:
        for combo in (
            self.status_filter, self.service_filter, self.channel_filter, self.officer_filter
        ):  # fmt: skip
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.use_dates.blockSignals(True)
        self.use_dates.setChecked(False)
        self._dates_toggled(False)
        self.use_dates.blockSignals(False)
        if not keep_search:
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self._show_search_scope()
        self.reload()

    def _update_total(self) -> None:
        count = self.model.rowCount()
        self.total_label.setTextFormat(Qt.TextFormat.PlainText)
        if self._list is not None and self._list.too_short:
            self.total_label.setText(self.tr("Ketik paling sedikit 2 huruf untuk mencari nama."))
            return
        if self._list is not None and self._list.truncated:
            # The most recently recorded matches; how many match is counted up to a cap.
            if self._list.matches_more:
                text = self.tr(
                    "{n} permohonan terakhir dicatat dari lebih dari {m} yang cocok — perjelas "
                    "nama atau tambah saringan."
                )
            else:
                text = self.tr(
                    "{n} permohonan terakhir dicatat dari {m} yang cocok — perjelas nama atau "
                    "tambah saringan."
                )
            self.total_label.setText(text.format(n=number(count), m=number(self._list.matches)))
            return
        if not self.searching:
            text = self.tr("%Ln permohonan", "", count)
            hint = self._jump_hint()
            if hint:
                text += " · " + hint
            self.total_label.setText(text)
            return
        text = self.tr(
            "%Ln permohonan ditemukan di semua antrean · Esc: kembali ke {queue}", "", count
        ).format(queue=self.queue_title(self.queue))
        if count == 0 and self._filters_active():
            unfiltered = rq.RequestFilter(text=self.search.text())
            try:
                hidden = rq.count_ids(self.ctx.db, self.ctx.actor, unfiltered)
            except LoketError:
                hidden = 0
            if hidden:
                self.total_label.setTextFormat(Qt.TextFormat.RichText)
                text = self.tr(
                    "Tidak ada yang cocok dengan saringan yang dipilih; tanpa saringan ada "
                    '{n} permohonan. <a href="unfilter">Cari tanpa saringan</a>'
                ).format(n=number(hidden))
        self.total_label.setText(text)

    def _filters_active(self) -> bool:
        combos = (self.status_filter, self.service_filter, self.channel_filter)
        return (
            self.use_dates.isChecked()
            or any(c.currentIndex() > 0 for c in combos)
            or self.officer_filter.currentIndex() > 0
        )

    # --- selection and actions ----------------------------------------------------------------

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.data(index, ID_ROLE) if index.isValid() else None

    def select_request(self, request_id: int, scroll: bool = True) -> bool:
        row = self.model.row_of(request_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        if scroll:
            self.table.scrollTo(index)
        return True

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_request(self.model.data(index, ID_ROLE))

    def open_request(self, request_id: int | None) -> QWidget | None:
        """The request's window; one per request (a second double-click brings it forward)."""
        if request_id is None:
            return None
        from desktop_app.gui.request_detail import RequestDetailDialog

        try:
            return open_single(
                ("request", request_id), lambda: RequestDetailDialog(self.ctx, request_id, self)
            )
        except LoketError as exc:
            QMessageBox.warning(self, self.tr("Permohonan"), exc.message)
            return None

    def new_request(self, message: str | None = None) -> QWidget | None:
        """The intake window (one at a time: opening it again brings it forward, keeping what
        was typed). ``message``: a citizen's chat to read into the form (the clipboard)."""
        if not self.ctx.can(Permission.REQUESTS_EDIT):
            return None
        from desktop_app.gui.request_intake import RequestIntakeDialog

        def make() -> RequestIntakeDialog:
            dialog = RequestIntakeDialog(self.ctx, self, message=message)
            dialog.saved.connect(self.request_saved)
            return dialog

        return open_single("intake", make)

    def new_request_from_clipboard(self) -> QWidget | None:
        """The intake with the clipboard's text (a WhatsApp chat the officer copied) read."""
        text = QGuiApplication.clipboard().text()
        return self.new_request(message=text if text.strip() else None)

    def request_saved(self, created: rq.RequestDetail) -> None:
        """A new request was saved: it is selected in the list, and the bar above the list
        offers its acknowledgement (Enter copies it); then the keyboard is on the list."""
        if not self.select_request(created.id):
            # Outside the current queue or filters: every request shows it.
            self.reset_filters()
            self.set_queue(None)
            self.select_request(created.id)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.window().activateWindow()  # the intake has closed: the keyboard comes back here
        try:
            message = rq.wa_url(self.ctx.db, self.ctx.actor, created.id)
        except LoketError:
            return  # the list shows the request; the reply is in its window
        self.reply_bar.offer(
            created.id,
            self.tr("{ticket} tersimpan ({name}). Balasan tanda terima siap dikirim.").format(
                ticket=created.ticket, name=created.name
            ),
            message.text,
            can_open=message.url is not None,
        )

    def _reply_done(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def import_file(self) -> None:
        from desktop_app.gui.request_transfer import RequestImport

        self.last_import = RequestImport(self.ctx, self)
        self.last_import.start()

    def export_file(self) -> None:
        from desktop_app.gui.request_transfer import RequestExport

        self.last_export = RequestExport(self.ctx, self)
        self.last_export.start()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.refresh_counts()
