"""The *Laporan* page: pick a date, generate off the GUI thread, see the PDF, export (audited with
its SHA-256) and print."""

from __future__ import annotations

import hashlib
import io
import json
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt, QThreadPool
from sqlalchemy import select

from desktop_app.core import clock
from desktop_app.core.models import AuditEntry
from desktop_app.gui.context import AppContext
from desktop_app.gui.pages import report as page_module
from desktop_app.gui.pages.report import ReportPage

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import report_data  # noqa: E402
from report_data import DAY  # noqa: E402


@pytest.fixture
def page(qtbot, db, petugas, legalisir):
    report_data.build_known_day(db)
    widget = ReportPage(AppContext(db, petugas))
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    yield widget
    QThreadPool.globalInstance().waitForDone(30_000)


def generate(qtbot, page) -> None:
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result is not None and not page.busy_generating, timeout=30_000)
    qtbot.waitUntil(lambda: page.document.pageCount() > 0, timeout=10_000)


def test_pick_a_date_and_see_the_report(qtbot, page):
    assert not page.export_button.isEnabled()
    page.set_period(DAY)
    assert page.period() == (DAY, DAY)
    generate(qtbot, page)
    assert page.result.summary.figures.received == 12
    assert page.document.pageCount() == len(PdfReader(io.BytesIO(page.result.pdf)).pages) == 3
    assert "diterima 12" in page.status.text()
    assert page.export_button.isEnabled() and page.print_button.isEnabled()


def test_before_a_report_the_page_says_what_it_does_and_what_to_press(qtbot, page):
    page.show()
    qtbot.waitExposed(page)
    assert page.empty.isVisible() and not page.view.isVisible()  # no bare grey viewer
    assert page.empty.title.text() == "Belum ada laporan yang ditampilkan"
    explanation = page.empty.text.text()
    assert "diterima, selesai, ditolak" in explanation
    assert "lalu tekan Tampilkan" in explanation and page.show_button.text() == "Tampilkan"
    assert page.empty.text.isVisible() and page.empty.text.width() > 300
    page.set_period(DAY)
    generate(qtbot, page)
    assert page.view.isVisible() and not page.empty.isVisible()


def test_future_dates_cannot_be_picked_and_today_resets(qtbot, page):
    today = QDate(clock.today().year, clock.today().month, clock.today().day)
    page.date_from.setDate(today.addDays(5))
    assert page.date_from.date() == today  # capped at the maximum
    page.date_from.setDate(QDate(2026, 1, 2))
    qtbot.mouseClick(page.today_button, Qt.MouseButton.LeftButton)
    assert page.date_from.date() == today


def test_range_mode(qtbot, page):
    assert not page.date_to.isVisibleTo(page)  # single date by default
    page.set_period(DAY.replace(day=1), DAY)
    assert page.range.isChecked() and page.date_to.isVisibleTo(page)
    assert page.period() == (DAY.replace(day=1), DAY)
    generate(qtbot, page)
    assert page.result.summary.requests is None  # more than seven days: per-day tables
    assert len(page.result.summary.days) == DAY.day


def test_export_through_the_file_dialog(qtbot, page, db, tmp_path, monkeypatch):
    page.set_period(DAY)
    generate(qtbot, page)
    target = tmp_path / "laporan-27-nov"  # the dialog may return a name without .pdf
    asked = []

    def fake_dialog(parent, suggested):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return str(target) + ".pdf"

    monkeypatch.setattr(page_module, "ask_save_path", fake_dialog)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    out = Path(str(target) + ".pdf")
    assert asked == ["rekap-harian-2026-11-27.pdf"]
    assert out.read_bytes() == page.result.pdf
    with db.read() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "report.export")
        ).one()
    detail = json.loads(entry.detail)
    assert detail["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    assert detail["file"] == out.name
    assert "Laporan disimpan" in page.status.text()


def test_export_to_a_missing_folder_shows_the_reason(qtbot, page, tmp_path, monkeypatch):
    page.set_period(DAY)
    generate(qtbot, page)
    shown = []
    monkeypatch.setattr(page_module, "ask_save_path", lambda p, s: str(tmp_path / "x" / "r.pdf"))
    monkeypatch.setattr(page_module, "show_message", lambda *a, **k: shown.append(a[2]))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert shown and "Folder tujuan tidak ada" in shown[0]


def test_print_renders_every_page(qtbot, page, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrinter

    page.set_period(DAY)
    generate(qtbot, page)
    out = tmp_path / "cetak.pdf"

    def fake_printer(parent, count):  # type: ignore[no-untyped-def]
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    monkeypatch.setattr(page_module, "ask_printer", fake_printer)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert len(PdfReader(out).pages) == page.document.pageCount()
    assert "dikirim ke printer" in page.status.text()


def test_a_role_without_the_report_permission_is_told(qtbot, db, legalisir, monkeypatch):
    widget = ReportPage(AppContext(db, legalisir))
    qtbot.addWidget(widget)
    shown = []
    monkeypatch.setattr(page_module, "show_message", lambda *a, **k: shown.append(a[2]))
    qtbot.mouseClick(widget.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert "tidak berwenang" in shown[0]
    assert widget.result is None and not widget.export_button.isEnabled()
    assert widget.show_button.isEnabled()
    QThreadPool.globalInstance().waitForDone(30_000)
