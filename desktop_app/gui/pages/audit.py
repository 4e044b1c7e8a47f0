"""*Audit* (supervisor): the audit log newest first, filtered in SQL and fetched page by page,
and the integrity check of the hash chain (run off the GUI thread)."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import audit, audit_text, users
from desktop_app.core.audit import AuditRow, ChainReport
from desktop_app.core.errors import LoketError
from desktop_app.gui.background import start_task
from desktop_app.gui.context import AppContext
from desktop_app.gui.errors import describe_error
from desktop_app.gui.formatting import short_datetime
from desktop_app.gui.qt import QT_TRANSLATE_NOOP
from desktop_app.gui.widgets import label, set_role

BATCH = 200

# (action prefix, Indonesian label) for the filter; the combo box is editable for the rest.
ACTION_FILTERS = (
    ("", QT_TRANSLATE_NOOP("AuditPage", "Semua tindakan")),
    ("login", QT_TRANSLATE_NOOP("AuditPage", "Masuk / gagal masuk")),
    ("user.", QT_TRANSLATE_NOOP("AuditPage", "Pengguna")),
    ("settings.", QT_TRANSLATE_NOOP("AuditPage", "Pengaturan")),
    ("request", QT_TRANSLATE_NOOP("AuditPage", "Permohonan")),
    ("legal", QT_TRANSLATE_NOOP("AuditPage", "Legalisir")),
    ("report", QT_TRANSLATE_NOOP("AuditPage", "Laporan")),
    ("permission.denied", QT_TRANSLATE_NOOP("AuditPage", "Penolakan wewenang")),
)

_Index = QModelIndex | QPersistentModelIndex


class AuditModel(QAbstractTableModel):
    """Holds the rows fetched so far; Qt asks for more (fetchMore) as the user scrolls."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[AuditRow] = []
        self.total = 0
        self.action_prefix = ""
        self.username = ""
        # Account ids and logins -> full names, for "Petugas: Budi → Rina" and the user column.
        self.user_names: dict[str, str] = {}
        self.headers = [
            self.tr("No."),
            self.tr("Waktu"),
            self.tr("Pengguna"),
            self.tr("Tindakan"),
            self.tr("Objek"),
            self.tr("Rincian"),
        ]

    def reload(self, action_prefix: str = "", username: str = "") -> None:
        self.beginResetModel()
        self.action_prefix, self.username = action_prefix, username
        self.rows, self.total = audit.list_entries(
            self.ctx.db,
            self.ctx.actor,
            action_prefix=action_prefix,
            username=username,
            limit=BATCH,
        )
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def canFetchMore(self, parent: _Index) -> bool:  # noqa: N802
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: _Index) -> None:  # noqa: N802
        if parent.isValid():
            return
        more, self.total = audit.list_entries(
            self.ctx.db,
            self.ctx.actor,
            action_prefix=self.action_prefix,
            username=self.username,
            limit=BATCH,
            offset=len(self.rows),
        )
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(row.id)
            if column == 1:
                return short_datetime(row.at)
            if column == 2:
                return self.user_text(row.username)
            if column == 3:
                return audit_text.action_label(row.action)
            if column == 4:
                return audit_text.object_text(
                    row.entity, row.entity_id, row.detail, self.user_names
                )
            return audit_text.detail_text(row.action, row.detail, self.user_names)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tool_tip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def user_text(self, username: str) -> str:
        if username in ("", "-", "system"):
            return self.tr("Sistem")
        return self.user_names.get(username, username)

    def tool_tip(self, row: AuditRow, column: int) -> str | None:
        """The whole text of a cut cell, and for a supervisor who needs it the log's own code
        and data (what a filter by code or an export of the log shows)."""
        if column == 2 and row.username not in ("", "-", "system"):
            return self.tr("Login: {name}").format(name=row.username)
        if column == 3:
            return self.tr("Kode tindakan: {code}").format(code=row.action)
        if column == 4:
            return f"{row.entity} {row.entity_id}".strip() or None
        if column == 5:
            lines = [
                f"{label}: {value}" if label else value
                for label, value in audit_text.detail_parts(row.action, row.detail, self.user_names)
            ]
            raw = json.dumps(row.detail, ensure_ascii=False, indent=1)
            return "\n".join([*lines, "", self.tr("Data tercatat:"), raw])
        return None


class AuditPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = AuditModel(ctx, self)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Log audit"), "heading"))
        layout.addWidget(
            label(
                self.tr(
                    "Setiap perubahan dan setiap penolakan wewenang tercatat di sini dan tidak "
                    "dapat diubah. Entri terbaru di atas."
                ),
                "hint",
            )
        )
        filters = QHBoxLayout()
        self.action_filter = QComboBox()
        self.action_filter.setEditable(True)
        for prefix, text in ACTION_FILTERS:
            self.action_filter.addItem(self.tr(text), prefix)
        self.action_filter.setToolTip(
            self.tr("Pilih jenis tindakan, atau ketik awalan kode tindakan (misalnya user.)")
        )
        self.user_filter = QComboBox()
        self.user_filter.addItem(self.tr("Semua pengguna"), "")
        for user in users.list_users(ctx.db, ctx.actor):
            self.user_filter.addItem(f"{user.full_name} ({user.username})", user.username)
            self.model.user_names[str(user.id)] = user.full_name
            self.model.user_names[user.username] = user.full_name
        self.user_filter.addItem(self.tr("Sistem / baris perintah"), "system")
        self.verify_button = QPushButton(self.tr("Periksa keutuhan"))
        filters.addWidget(QLabel(self.tr("Tindakan:")))
        filters.addWidget(self.action_filter, 1)
        filters.addWidget(QLabel(self.tr("Pengguna:")))
        filters.addWidget(self.user_filter, 1)
        filters.addStretch(1)
        filters.addWidget(self.verify_button)
        layout.addLayout(filters)
        self.result = label("", "hint")
        self.result.hide()
        layout.addWidget(self.result)

        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        # Fixed row height and no resize-to-contents: the log can grow to many thousand rows.
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        metrics = self.view.fontMetrics()
        samples = (
            "000000",
            "28-11-2026 23:59:59",
            "Kepala Seksi Pelayanan",
            "Status permohonan diubah",
            "Permohonan KK-261129-0004",
        )
        for column, sample in enumerate(samples):
            self.view.setColumnWidth(
                column, metrics.horizontalAdvance(sample) + 2 * metrics.height()
            )
        layout.addWidget(self.view, 1)
        self.count_label = label("", "hint")
        layout.addWidget(self.count_label)

        self.action_filter.activated.connect(lambda _i: self.reload())
        action_edit = self.action_filter.lineEdit()
        assert action_edit is not None  # the combo is editable
        action_edit.editingFinished.connect(self.reload)
        self.user_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.verify_button.clicked.connect(self.verify)
        self.model.rowsInserted.connect(lambda *_a: self._update_count())
        self.reload()

    def action_prefix(self) -> str:
        text = self.action_filter.currentText().strip()
        index = self.action_filter.findText(text)
        return self.action_filter.itemData(index) if index >= 0 else text

    def reload(self) -> None:
        try:
            self.model.reload(self.action_prefix(), self.user_filter.currentData() or "")
        except LoketError as exc:
            self.count_label.setText(exc.message)
            return
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("Menampilkan {shown} dari %Ln entri.", "", self.model.total).format(
                shown=QLocale().toString(len(self.model.rows))
            )
        )

    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.result.setText(self.tr("Memeriksa rantai audit…"))
        set_role(self.result, "hint")
        self.result.show()
        start_task(
            lambda _progress: audit.verify_chain(self.ctx.db), self._verified, self._verify_failed
        )

    def _verified(self, report: ChainReport) -> None:
        self.verify_button.setEnabled(True)
        if report.ok:
            text = self.tr(
                "Log audit utuh: %Ln entri diperiksa, tidak ada yang diubah.", "", report.checked
            )
        else:
            text = self.tr(
                "Log audit TIDAK utuh: entri nomor {id}: {reason}. Laporkan kepada pengelola TI."
            ).format(id=report.broken_id, reason=report.reason)
        self.result.setText(text)
        set_role(self.result, "success" if report.ok else "error")

    def _verify_failed(self, exc: BaseException) -> None:
        self.verify_button.setEnabled(True)
        message = describe_error(exc)
        self.result.setText(self.tr("Pemeriksaan gagal: {reason}").format(reason=message))
        set_role(self.result, "error")
