"""Every failure in plain Indonesian (known OS errors fed through the one error display), and
file names from data made safe for every office PC (one helper behind every save dialog)."""

from __future__ import annotations

import errno
import os
import sqlite3

import pytest
from sqlalchemy.exc import OperationalError

from desktop_app.core.errors import ValidationError
from desktop_app.gui import files
from desktop_app.gui.errors import describe_error

# What a raw exception shows: Python's names and the OS's English text.
RAW = ("Errno", "Exception", "Traceback", "File exists", "denied", "No such", "No space")

KNOWN_FAILURES = [
    (FileExistsError(errno.EEXIST, "File exists", "/data/loket/backups"),
     '"/data/loket/backups" sudah ada dan menghalangi'),
    (PermissionError(errno.EACCES, "Permission denied", "C:/Program Files/rekap.pdf"),
     'Tidak ada izin untuk menulis "C:/Program Files/rekap.pdf"'),
    (OSError(errno.ENOSPC, "No space left on device", "/media/usb/rekap.pdf"),
     "Disk penuh: /media/usb/rekap.pdf tidak dapat ditulis"),
    (OSError(errno.EROFS, "Read-only file system", "/media/cdrom/rekap.pdf"),
     "hanya dapat dibaca"),
    (OSError(errno.ENAMETOOLONG, "File name too long", "/tmp/" + "a" * 300),
     "tidak dapat dipakai (terlalu panjang"),
    (IsADirectoryError(errno.EISDIR, "Is a directory", "/home/sari/Dokumen"),
     "adalah folder, bukan berkas"),
    (NotADirectoryError(errno.ENOTDIR, "Not a directory", "/home/sari/rekap.pdf/x.pdf"),
     "adalah berkas, bukan folder"),
    (FileNotFoundError(errno.ENOENT, "No such file or directory", "E:/laporan/x.pdf"),
     "tidak ditemukan (mungkin flashdisk dicabut"),
    (OSError(errno.EBUSY, "Device or resource busy", "/srv/x.pdf"),
     '"/srv/x.pdf" tidak dapat ditulis: sedang dipakai program lain.'),
    (OperationalError("INSERT", {}, sqlite3.OperationalError("database is locked")),
     "Basis data tidak dapat dipakai saat ini"),
    (RuntimeError("boom"), "Terjadi kesalahan yang tidak terduga"),
]  # fmt: skip


@pytest.mark.parametrize(("exc", "expected"), KNOWN_FAILURES, ids=lambda v: type(v).__name__)
def test_known_failures_are_said_in_plain_indonesian(exc, expected):
    text = describe_error(exc, "Cadangan")
    assert text.startswith("Cadangan gagal: ")
    assert expected in text
    for raw in RAW:
        assert raw not in text, raw
    assert type(exc).__name__ not in text


def test_the_cores_own_refusal_keeps_its_message():
    refusal = ValidationError("Nomor KK harus 16 digit.")
    assert describe_error(refusal, "Impor") == "Nomor KK harus 16 digit."


def test_a_failed_backup_is_explained_not_dumped(qtbot, db, supervisor, sqlite_only, monkeypatch):
    from desktop_app.gui.context import AppContext
    from desktop_app.gui.pages.settings import backups as backup_tab

    def fail(*_a, **_k):
        raise FileExistsError(errno.EEXIST, "File exists", "/data/loket/backups")

    monkeypatch.setattr(backup_tab.backup, "backup_now", fail)
    shown = []
    monkeypatch.setattr(
        backup_tab.QMessageBox, "warning", lambda p, t, text, *a: shown.append(text)
    )
    tab = backup_tab.BackupTab(AppContext(db, supervisor))
    qtbot.addWidget(tab)
    tab.backup_now()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "FileExistsError" not in shown[0] and "Errno" not in shown[0]
    assert shown[0].startswith('Cadangan gagal: "/data/loket/backups" sudah ada')
    assert tab.notice.property("role") == "error"


# --- safe file names -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("474/0050/Disdukcapil/XI/2026 — pengesahan saja",
         "474-0050-Disdukcapil-XI-2026 — pengesahan saja"),
        ('a<b>c:d"e/f\\g|h?i*j.pdf', "a-b-c-d-e-f-g-h-i-j.pdf"),
        ("CON", "_CON"),
        ("con.pdf", "_con.pdf"),
        ("LPT1.txt", "_LPT1.txt"),
        ("COM9", "_COM9"),
        ("CONSOLE.pdf", "CONSOLE.pdf"),  # only the exact device names are reserved
        ("laporan harian. ", "laporan harian"),
        ("  ..rahasia", "rahasia"),
        ("tab\there\nand\x00nul", "tab-here-and-nul"),
        ("", "dokumen"),
        ("///", "dokumen"),
        ("rekap-harian-2026-11-28.pdf", "rekap-harian-2026-11-28.pdf"),
    ],
)  # fmt: skip
def test_safe_file_name(text, expected):
    assert files.safe_file_name(text) == expected


def test_a_long_name_is_cut_and_keeps_its_extension():
    name = files.safe_file_name("x" * 400 + ".pdf")
    assert len(name) == files.MAX_NAME and name.endswith(".pdf")


def test_the_save_dialog_proposes_a_safe_name_and_adds_the_extension(qtbot, tmp_path, monkeypatch):
    proposed = []

    def dialog(parent, title, start, file_filter):
        proposed.append(start)
        return str(tmp_path / "pilihan-saya"), file_filter

    monkeypatch.setattr(files.QFileDialog, "getSaveFileName", dialog)
    monkeypatch.setattr(files, "default_folder", lambda: tmp_path)
    path = files.ask_save_path(None, "Simpan PDF", "474/0050/XI/2026 — kuitansi", "PDF", ".pdf")
    assert os.path.basename(proposed[0]) == "474-0050-XI-2026 — kuitansi.pdf"
    assert os.path.dirname(proposed[0]) == str(tmp_path)
    assert path == tmp_path / "pilihan-saya.pdf"


def test_the_save_dialog_refuses_a_folder_that_cannot_be_written(qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(
        files.QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "tidak-ada" / "x"), "")
    )
    monkeypatch.setattr(
        "desktop_app.gui.widgets.QMessageBox.warning", lambda p, t, text, *a: shown.append(text)
    )
    assert files.ask_save_path(None, "Simpan", "x", "PDF", ".pdf") is None
    assert shown and shown[0].startswith("Folder tujuan tidak ada")


def test_print_to_file_proposes_a_name_without_slashes(qtbot, monkeypatch):
    from desktop_app.gui import printing

    names = []

    class FakePreview:
        def __init__(self, printer, parent):
            names.append(printer.docName())
            self.paintRequested = type("S", (), {"connect": lambda *a: None})()

        def setWindowTitle(self, _t):  # noqa: N802 - Qt API
            pass

        def exec(self):
            return 0

    monkeypatch.setattr(printing, "QPrintPreviewDialog", FakePreview)
    import io

    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(100, 100, "uji")
    page.save()
    job = printing.PrintJob("474/0050/Disdukcapil/XI/2026 — pengesahan saja", buffer.getvalue())
    printing.preview_and_print(None, job)
    assert names == ["474-0050-Disdukcapil-XI-2026 — pengesahan saja"]


# --- Qt's own dialogs speak Indonesian -------------------------------------------------------


def test_qt_file_dialog_and_standard_buttons_are_indonesian(qtbot, qapp):
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QMessageBox

    dialog = QFileDialog(None, "Simpan PDF")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own, as on Linux
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"&Cari di:", "&Nama berkas:", "&Jenis berkas:"} <= labels
    assert not labels & {"Look in:", "&Look in:", "File &name:", "Files of &type:"}
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Close
    )
    qtbot.addWidget(box)
    texts = [b.text() for b in box.buttons()]
    assert sorted(texts) == ["Batal", "Simpan", "Tutup"]
    question = QMessageBox(QMessageBox.Icon.Question, "?", "?")
    question.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(question)
    assert sorted(b.text() for b in question.buttons()) == ["&Tidak", "&Ya"]


def test_qt_print_dialog_message_about_an_unwritable_file_is_indonesian(qapp):
    from PySide6.QtCore import QCoreApplication

    text = QCoreApplication.translate(
        "QPrintDialog", "File %1 is not writable.\nPlease choose a different file name."
    )
    assert text.startswith("Berkas %1 tidak dapat ditulis.")


def test_qt_texts_stay_english_sources_in_the_english_interface(qapp):
    from PySide6.QtCore import QCoreApplication

    from desktop_app.gui import app as gui_app

    try:
        gui_app.install_translator(qapp, "en")
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    finally:
        gui_app.install_translator(qapp, "id")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Batal"


def test_every_qt_text_we_carry_is_translated():
    import xml.etree.ElementTree as ET
    from pathlib import Path

    ts = Path(__file__).resolve().parents[2] / "resources" / "translations" / "qt_id.ts"
    messages = list(ET.parse(ts).getroot().iter("message"))
    assert len(messages) > 200
    for message in messages:
        node = message.find("translation")
        assert node.get("type") is None and (node.text or "").strip(), message.findtext("source")
