"""The *Legalisir* page: the legalization register with its filters and actions (new entry,
print, reprint, revoke, register-book export), and the verification screen as a second tab.

Every action goes through the core (``legalization`` / ``legal_print``), which checks
permissions and writes the audit log; this page only hides what a role cannot use.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import legalization as legal
from desktop_app.core import settings
from desktop_app.core.errors import LoketError
from desktop_app.core.formatting import short_date
from desktop_app.core.security import Permission
from desktop_app.gui import files, style
from desktop_app.gui.background import TaskSignals, start_task
from desktop_app.gui.context import AppContext
from desktop_app.gui.errors import describe_error
from desktop_app.gui.formatting import office_today, pydate
from desktop_app.gui.legal_entry import LegalEntryDialog
from desktop_app.gui.reason_dialog import ReasonDialog
from desktop_app.gui.widgets import DateEdit

Index = QModelIndex | QPersistentModelIndex
LIST_LIMIT = 1000


class RegisterModel(QAbstractTableModel):
    """Register entries as the core returns them (at most LIST_LIMIT, filtered in SQL)."""

    COLUMNS = (
        "register_no",
        "date",
        "applicant",
        "nik",
        "purpose",
        "documents",
        "copies",
        "prints",
        "status",
    )

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.entries: list[legal.EntryInfo] = []
        self.headers = (
            self.tr("Nomor register"),
            self.tr("Tanggal"),
            self.tr("Pemohon"),
            self.tr("NIK"),
            self.tr("Keperluan"),
            self.tr("Dokumen"),
            self.tr("Salinan"),
            self.tr("Cetak"),
            self.tr("Status"),
        )

    def set_entries(self, entries: list[legal.EntryInfo]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def status_text(self, entry: legal.EntryInfo) -> str:
        if entry.revoked:
            return self.tr("Dicabut")
        return self.tr("Tercetak") if entry.print_count else self.tr("Belum dicetak")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "register_no":
                return entry.register_no
            if column == "date":
                return short_date(entry.entry_date)
            if column == "applicant":
                return entry.applicant_name
            if column == "nik":
                return entry.nik_masked
            if column == "purpose":
                return entry.purpose_label
            if column == "documents":
                return ", ".join(d.label for d in entry.documents)
            if column == "copies":
                return entry.total_copies
            if column == "prints":
                if entry.reprint_count:
                    return self.tr("{0} (ulang {1})").format(entry.print_count, entry.reprint_count)
                return entry.print_count
            return self.status_text(entry)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "documents":
                return "\n".join(f"{d.label} {d.doc_number} ({d.copies})" for d in entry.documents)
            if column == "status" and entry.revoked:
                return self.tr("Dicabut: {0}").format(entry.revoke_reason or "")
        if role == Qt.ItemDataRole.ForegroundRole and entry.revoked and column == "status":
            return QBrush(style.color("error"))
        if role == Qt.ItemDataRole.FontRole and entry.revoked and column == "status":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("copies", "prints"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


def _export_register(ctx: AppContext, date_from: date, date_to: date, pdf: Path, paper: str):
    """Writes the register book as PDF and XLSX; runs off the GUI thread, never touches widgets."""
    from desktop_app.core import legal_print

    return [
        legal_print.export_register(ctx.db, ctx.actor, date_from, date_to, pdf, paper=paper),
        legal_print.export_register(
            ctx.db, ctx.actor, date_from, date_to, pdf.with_suffix(".xlsx")
        ),
    ]


@dataclass(frozen=True)
class Filters:
    date_from: date
    date_to: date
    purpose: str | None
    search: str


class RegisterTab(QWidget):
    """The register list with its filters and buttons."""

    export_finished = Signal(object)  # list[Path], or a message string on failure

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._exporting: TaskSignals | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)

        filters = QHBoxLayout()
        today = office_today()
        self.date_from = DateEdit(today.addDays(-30))
        self.date_to = DateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.purpose = QComboBox()
        self.purpose.addItem(self.tr("Semua keperluan"), None)
        for key, label in (
            ("tni_ad", self.tr("TNI AD")),
            ("tni_al", self.tr("TNI AL")),
            ("tni_au", self.tr("TNI AU")),
            ("polri", self.tr("Polri")),
            ("lainnya", self.tr("Lainnya")),
        ):
            self.purpose.addItem(label, key)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari nama, NIK atau nomor register"))
        self.search.setClearButtonEnabled(True)
        from_label = QLabel(self.tr("&Dari"))
        from_label.setBuddy(self.date_from)
        to_label = QLabel(self.tr("&sampai"))
        to_label.setBuddy(self.date_to)
        filters.addWidget(from_label)
        filters.addWidget(self.date_from)
        filters.addWidget(to_label)
        filters.addWidget(self.date_to)
        filters.addSpacing(12)
        filters.addWidget(self.purpose)
        filters.addWidget(self.search, 1)
        layout.addLayout(filters)

        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&Entri baru"))
        self.new_button.setProperty("primary", True)
        self.new_button.setShortcut(QKeySequence("Ctrl+N"))
        self.new_button.setToolTip(self.tr("Entri legalisir baru (Ctrl+N)"))
        self.print_button = QPushButton(self.tr("&Cetak…"))
        self.print_button.setShortcut(QKeySequence("Ctrl+P"))
        self.print_button.setToolTip(self.tr("Cetak pengesahan atau tanda terima (Ctrl+P)"))
        self.reprint_button = QPushButton(self.tr("Cetak u&lang…"))
        self.reprint_button.setToolTip(self.tr("Cetak ulang pengesahan; alasan wajib diisi"))
        self.revoke_button = QPushButton(self.tr("Ca&but…"))
        self.revoke_button.setToolTip(self.tr("Cabut legalisir (supervisor); alasan wajib diisi"))
        self.export_button = QPushButton(self.tr("E&kspor buku register…"))
        self.export_button.setToolTip(
            self.tr("Buku register rentang tanggal di atas, sebagai PDF dan Excel")
        )
        for button in (self.new_button, self.print_button, self.reprint_button):
            buttons.addWidget(button)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        layout.addLayout(buttons)
        can_edit = ctx.can(Permission.LEGAL_EDIT)
        for button in (self.new_button, self.print_button, self.reprint_button):
            button.setVisible(can_edit)
        self.revoke_button.setVisible(ctx.can(Permission.LEGAL_REVOKE))

        self.model = RegisterModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        self._size_columns()
        self.table.doubleClicked.connect(lambda _i: self.print_selected(reprint=False))
        layout.addWidget(self.table, 1)
        self.summary = QLabel()
        self.summary.setProperty("role", "hint")
        layout.addWidget(self.summary)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._search_timer.start)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self.refresh)
        self.purpose.currentIndexChanged.connect(self.refresh)
        self.new_button.clicked.connect(self.new_entry)
        self.print_button.clicked.connect(lambda: self.print_selected(reprint=False))
        self.reprint_button.clicked.connect(lambda: self.print_selected(reprint=True))
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.export_button.clicked.connect(self.export_register)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        ctx.signals.legal_changed.connect(self.refresh)
        self.refresh()

    # --- list --------------------------------------------------------------------------------

    def _size_columns(self) -> None:
        """Typical widths, never narrower than a column's bold title: the applicant and the
        documents columns share what is left (names and document lists are elided, whole in
        the tool tip), and where even their titles do not fit the table scrolls sideways
        instead of cutting a title (at 150 % of 1920 x 1080 "Dokumen" read "Dokumer")."""
        header = self.table.horizontalHeader()
        self.table.ensurePolished()
        header.ensurePolished()
        title_font = QFont(header.font())
        title_font.setBold(True)  # the style sheet's header weight
        titles = QFontMetrics(title_font)
        needs = [
            titles.horizontalAdvance(str(self.model.headers[c])) + titles.height()
            for c in range(len(self.model.COLUMNS))
        ]
        documents = RegisterModel.COLUMNS.index("documents")
        header.setMinimumSectionSize(needs[documents])
        for column, width in enumerate((225, 88, 180, 140, 90, 230, 64, 84, 104)):
            self.table.setColumnWidth(column, max(width, needs[column]))
        for stretching in (documents, RegisterModel.COLUMNS.index("applicant")):
            header.setSectionResizeMode(stretching, QHeaderView.ResizeMode.Stretch)

    def filters(self) -> Filters:
        return Filters(
            pydate(self.date_from.date()),
            pydate(self.date_to.date()),
            self.purpose.currentData(),
            self.search.text().strip(),
        )

    def refresh(self) -> None:
        keep = self.selected_entry()
        position = self.table.verticalScrollBar().value()
        f = self.filters()
        try:
            entries, total = legal.list_entries(
                self.ctx.db,
                self.ctx.actor,
                date_from=f.date_from,
                date_to=f.date_to,
                purpose=f.purpose,
                search=f.search,
                limit=LIST_LIMIT,
            )
        except LoketError as exc:
            self.model.set_entries([])
            self.summary.setText(exc.message)
            self._update_buttons()
            return
        # Newest first at the counter; the printed register book stays in register order.
        self.model.set_entries(list(reversed(entries)))
        if total > len(entries):
            self.summary.setText(
                self.tr(
                    "Menampilkan {shown} dari %Ln entri; persempit pencarian.", "", total
                ).format(shown=QLocale().toString(len(entries)))
            )
        else:
            self.summary.setText(self.tr("%Ln entri", "", total))
        if keep is not None:
            self.select_entry(keep.id)
        bar = self.table.verticalScrollBar()  # another PC's entry must not move the view
        bar.setValue(min(position, bar.maximum()))
        self._update_buttons()

    def selected_entry(self) -> legal.EntryInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self.model.entries[rows[0].row()]

    def select_entry(self, entry_id: int) -> bool:
        for row, entry in enumerate(self.model.entries):
            if entry.id == entry_id:
                self.table.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        entry = self.selected_entry()
        active = entry is not None and not entry.revoked
        self.print_button.setEnabled(active)
        self.reprint_button.setEnabled(active and entry is not None and entry.print_count > 0)
        self.revoke_button.setEnabled(active)

    # --- actions -----------------------------------------------------------------------------

    def new_entry(self) -> None:
        result = LegalEntryDialog.ask(self.ctx, self)
        if result is None:
            return
        entry, print_now = result
        self.refresh()
        if not self.select_entry(entry.id):
            # Outside the current filters: widen them so the new entry is visible.
            self.search.clear()
            self.purpose.setCurrentIndex(0)
            self.date_to.setDate(office_today())
            self.refresh()
            self.select_entry(entry.id)
        if print_now:
            self.print_entry(entry, reprint=False)

    def print_selected(self, reprint: bool) -> None:
        entry = self.selected_entry()
        if entry is None or not self.ctx.can(Permission.LEGAL_EDIT):
            return
        self.print_entry(entry, reprint)

    def print_entry(self, entry: legal.EntryInfo, reprint: bool) -> int | None:
        """Options -> (reason) -> preview -> print; the core counts the print as it renders it.
        Returns the copies printed (or None)."""
        from desktop_app.core import legal_print
        from desktop_app.gui import printing

        try:
            entry = legal.get_entry(self.ctx.db, self.ctx.actor, entry.id)  # fresh counts
        except LoketError as exc:
            self._warn(exc.message)
            return None
        if entry.revoked:
            self._warn(
                self.tr("Legalisir {0} telah dicabut dan tidak dapat dicetak.").format(
                    entry.register_no
                )
            )
            return None
        if reprint and entry.print_count == 0:
            self._warn(
                self.tr("Legalisir {0} belum pernah dicetak; gunakan Cetak.").format(
                    entry.register_no
                )
            )
            return None
        from desktop_app.gui.legal_keys import ask_resign, ensure_signing_key

        if not ensure_signing_key(self.ctx, self):
            return None
        resign = False
        why = legal.needs_resign(self.ctx.db, entry)
        if why:
            if ask_resign(self, why) is None:
                return None
            resign = True
        choice = printing.PrintOptionsDialog.ask(
            self,
            register_no=entry.register_no,
            has_scans=any(d.has_scan for d in entry.documents),
            paper=str(settings.get_value(self.ctx.db, "paper") or "A4"),
            reprint_no=entry.reprint_count + 1 if reprint else 0,
            allow_receipt=not reprint,
            landscape=settings.get_value(self.ctx.db, "legal_endorse_orientation") == "landscape",
        )
        if choice is None:
            return None
        copy = None
        if choice.what == "copy":
            from desktop_app.core.legal_layout import CopyOptions

            try:
                copy = printing.ask_copy_options(
                    self,
                    lambda options: legal_print.plan_copy(
                        self.ctx.db, self.ctx.actor, entry.id, paper=choice.paper,
                        options=options,
                    ),
                    CopyOptions(),
                )  # fmt: skip
            except LoketError as exc:
                self._warn(exc.message)
                return None
            if copy is None:
                return None
        kind, reprint_no = legal.next_print(entry, choice.what)
        reason = ""
        if kind == "reprint":
            answer = ReasonDialog.ask(
                self,
                self.tr("Alasan cetak ulang"),
                self.tr(
                    "Legalisir {0} sudah dicetak {1} kali. Tuliskan alasan cetak ulang; "
                    'hasil cetak diberi tanda "CETAK ULANG ke-{2}" dan dicatat di log audit.'
                ).format(entry.register_no, entry.print_count, reprint_no),
                self.tr("Cetak ulang"),
                self.tr("misalnya: hasil cetak pertama tergores tinta di printer"),
            )
            if answer is None:
                return None
            reason = answer
        db, actor = self.ctx.db, self.ctx.actor
        try:
            preview = legal_print.render_pdf(
                db, actor, entry.id, choice.what, paper=choice.paper, reprint_no=reprint_no,
                landscape=choice.landscape, copy=copy,
            )  # fmt: skip
        except LoketError as exc:
            self._warn(exc.message)
            return None
        name = f"{entry.register_no} — {self._what_label(choice.what)}"  # made safe on saving
        if choice.action == "save":
            path = printing.save_pdf_path(self, name)
            if path is None:
                return None
            try:
                legal_print.print_entry(
                    db, actor, entry.id, choice.what, kind=kind, reason=reason,
                    paper=choice.paper, out=path, landscape=choice.landscape, copy=copy,
                    resign=resign,
                )  # fmt: skip
            except LoketError as exc:
                self._warn(exc.message)
                return None
            self.ctx.signals.legal_changed.emit()
            QMessageBox.information(
                self, self.tr("PDF tersimpan"), self.tr("PDF disimpan di {0}").format(path)
            )
            return 1

        def commit(printer) -> bytes:  # type: ignore[no-untyped-def]
            copies = min(max(1, printer.copyCount()), legal.MAX_COPIES)
            return legal_print.print_entry(
                db, actor, entry.id, choice.what, kind=kind, reason=reason,
                copies=copies, paper=choice.paper, landscape=choice.landscape, copy=copy,
                resign=resign,
            ).pdf  # fmt: skip

        job = printing.PrintJob(
            title=self.tr("{0} — {1}").format(entry.register_no, self._what_label(choice.what)),
            preview_pdf=preview,
            # Every page is exactly the paper: printed at 100 %, never fitted to the page.
            actual_size=True,
            commit=commit,
            duplex=copy is not None and copy.placement == "back",
        )
        copies = printing.preview_and_print(self, job)
        if job.error is not None:
            self._warn(job.error.message)
        if copies:
            self.ctx.signals.legal_changed.emit()
        return copies

    def _what_label(self, what: str) -> str:
        return {
            "copy": self.tr("salinan dengan pengesahan"),
            "endorsement": self.tr("pengesahan saja"),
            "receipt": self.tr("tanda terima"),
        }.get(what, what)

    def revoke_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        reason = ReasonDialog.ask(
            self,
            self.tr("Cabut legalisir"),
            self.tr(
                "Cabut legalisir {0} atas nama {1}? Setelah dicabut, verifikasinya menjawab "
                "DICABUT dan entri tidak dapat dicetak lagi. Tuliskan alasannya:"
            ).format(entry.register_no, entry.applicant_name),
            self.tr("Cabut legalisir"),
            self.tr("misalnya: dokumen asli yang ditunjukkan ternyata bukan milik pemohon"),
        )
        if reason is None:
            return
        try:
            legal.revoke(self.ctx.db, self.ctx.actor, entry.id, reason)
        except LoketError as exc:
            self._warn(exc.message)
            return
        self.ctx.signals.legal_changed.emit()

    def export_register(self) -> None:
        f = self.filters()
        if f.date_to < f.date_from:
            self._warn(self.tr("Tanggal akhir tidak boleh sebelum tanggal awal."))
            return
        pdf = files.ask_save_path(
            self,
            self.tr("Ekspor buku register (PDF dan Excel)"),
            f"buku-register-legalisir_{f.date_from:%Y-%m-%d}_{f.date_to:%Y-%m-%d}",
            self.tr("Dokumen PDF (*.pdf)"),
            ".pdf",
        )
        if pdf is None:
            return
        paper = str(settings.get_value(self.ctx.db, "paper") or "A4")
        ctx = self.ctx
        self.export_button.setEnabled(False)
        self.export_button.setText(self.tr("Mengekspor…"))
        self._exporting = start_task(
            lambda _progress: _export_register(ctx, f.date_from, f.date_to, pdf, paper),
            self._export_done,
            lambda exc: self._export_done(describe_error(exc, self.tr("Ekspor buku register"))),
        )

    def _export_done(self, outcome: object) -> None:
        self._exporting = None
        self.export_button.setEnabled(True)
        self.export_button.setText(self.tr("E&kspor buku register…"))
        if isinstance(outcome, list):
            QMessageBox.information(
                self,
                self.tr("Buku register tersimpan"),
                self.tr("Buku register disimpan:\n{0}").format("\n".join(str(p) for p in outcome)),
            )
        else:
            self._warn(str(outcome))
        self.export_finished.emit(outcome)

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Legalisir"), text)


class LegalizationPage(QWidget):
    """Navigation page "Legalisir": register and verification tabs."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Legalisir dokumen untuk pendaftaran TNI/Polri"))
        heading.setProperty("role", "heading")
        heading.setContentsMargins(12, 12, 12, 0)
        layout.addWidget(heading)
        self.tabs = QTabWidget()
        self.register = RegisterTab(ctx)
        self.tabs.addTab(self.register, self.tr("Buku register"))
        self.verify = None
        if ctx.can(Permission.LEGAL_VERIFY):
            from desktop_app.gui.pages.verify import VerifyPage

            self.verify = VerifyPage(ctx)
            self.tabs.addTab(self.verify, self.tr("Verifikasi"))
        layout.addWidget(self.tabs, 1)

    def show_verification(self) -> None:
        if self.verify is not None:
            self.tabs.setCurrentWidget(self.verify)
            self.verify.input.setFocus()
