"""*Laporan › Kinerja bulanan*: choose a month or a range, the report is made off the GUI thread
and shown with QtPdf; PDF and Excel exports are the shown figures and are audited; printing goes
through the app's one print path; a supervisor sees officers' names, nobody else does."""

from __future__ import annotations

import io
import json
import sys
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt, QThreadPool
from sqlalchemy import select

from desktop_app.core import performance
from desktop_app.core.models import AuditEntry
from desktop_app.gui.context import AppContext
from desktop_app.gui.pages import performance_tab as tab_module
from desktop_app.gui.pages.report import ReportPage

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import performance_data  # noqa: E402

MONTH = "2026-10"  # over whenever these tests run (the data is October-December 2026)
OFFICERS = ("Budi Santoso", "Andi Wijaya", "Rina Marlina")


@pytest.fixture
def month(db, petugas, supervisor):
    return performance_data.build_month(db)


def make_page(qtbot, db, actor) -> ReportPage:  # type: ignore[no-untyped-def]
    page = ReportPage(AppContext(db, actor))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.tabs.setCurrentWidget(page.performance)
    return page


def generate(qtbot, tab) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(tab.report_ready, timeout=60_000):
        qtbot.mouseClick(tab.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.document.pageCount() > 0, timeout=10_000)


def pdf_text(data: bytes) -> str:
    return " ".join(
        " ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(data)).pages
    )


@pytest.fixture(autouse=True)
def _drain_workers():
    yield
    QThreadPool.globalInstance().waitForDone(60_000)


def test_before_a_report_the_tab_says_what_it_does_and_what_to_press(qtbot, db, petugas):
    page = make_page(qtbot, db, petugas)
    tab = page.performance
    qtbot.waitExposed(page)
    assert tab.empty.isVisible() and not tab.view.isVisible()  # no bare grey viewer
    assert "lalu tekan Tampilkan" in tab.empty.text.text()
    assert tab.empty.title.text() == "Belum ada laporan kinerja yang ditampilkan"


def test_a_supervisor_sees_the_month_with_officers(qtbot, db, supervisor, month):
    page = make_page(qtbot, db, supervisor)
    tab = page.performance
    assert page.tabs.tabText(page.tabs.indexOf(tab)) == "Kinerja bulanan"
    assert not tab.names_note.isVisibleTo(page)
    assert not tab.export_pdf_button.isEnabled() and not tab.print_button.isEnabled()
    assert tab.month.currentIndex() == 1  # last month by default
    tab.set_month(MONTH)
    generate(qtbot, tab)
    report = tab.shown.report
    assert (report.date_from, report.date_to) == (date(2026, 10, 1), date(2026, 10, 31))
    expected = performance.build_report(db, supervisor, month=MONTH)
    assert report.totals == expected.totals
    assert tab.document.pageCount() == len(PdfReader(io.BytesIO(tab.shown.pdf)).pages) >= 3
    text = pdf_text(tab.shown.pdf)
    for name in OFFICERS:
        assert name in text
    assert f"diterima {report.totals.received}" in tab.status.text()
    assert tab.export_pdf_button.isEnabled() and tab.export_xlsx_button.isEnabled()


def test_an_officer_sees_no_names(qtbot, db, petugas, month):
    page = make_page(qtbot, db, petugas)
    tab = page.performance
    assert tab.names_note.isVisibleTo(page)
    tab.set_month(MONTH)
    generate(qtbot, tab)
    assert tab.shown.report.officers is None
    text = pdf_text(tab.shown.pdf)
    assert "Rincian per petugas hanya dimuat untuk supervisor." in text
    for name in ("Andi Wijaya", "Rina Marlina"):
        assert name not in text


def test_a_range_is_made_as_chosen(qtbot, db, supervisor, month):
    page = make_page(qtbot, db, supervisor)
    tab = page.performance
    tab.set_range(date(2026, 11, 2), date(2026, 11, 6))
    assert not tab.month.isEnabled() and tab.date_from.isEnabled()
    generate(qtbot, tab)
    report = tab.shown.report
    assert report.month is None and report.working_days == 5
    assert "Periode 2–6 November 2026 (5 hari kerja)" in pdf_text(tab.shown.pdf)


def test_export_pdf_and_excel(qtbot, db, supervisor, month, tmp_path, monkeypatch):
    page = make_page(qtbot, db, supervisor)
    tab = page.performance
    tab.set_month(MONTH)
    generate(qtbot, tab)
    asked: list[str] = []
    answers = iter([str(tmp_path / "kinerja"), str(tmp_path / "kinerja.xlsx")])

    def fake_dialog(parent, suggested):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        answer = next(answers)
        return answer if answer.endswith(Path(suggested).suffix) else answer + ".pdf"

    monkeypatch.setattr(tab_module, "ask_save_path", fake_dialog)
    qtbot.mouseClick(tab.export_pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "disimpan" in tab.status.text(), timeout=30_000)
    assert (tmp_path / "kinerja.pdf").read_bytes() == tab.shown.pdf
    qtbot.mouseClick(tab.export_xlsx_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "kinerja.xlsx" in tab.status.text(), timeout=30_000)
    assert asked == ["kinerja-2026-10.pdf", "kinerja-2026-10.xlsx"]
    wb = load_workbook(tmp_path / "kinerja.xlsx")
    summary = {r[0].value: r[1].value for r in wb["Ringkasan"].iter_rows(min_row=6)}
    assert summary["Permohonan diterima"] == tab.shown.report.totals.received
    with db.read() as session:
        files = [
            json.loads(d)["file"]
            for d in session.scalars(
                select(AuditEntry.detail).where(AuditEntry.action == "report.performance.export")
            )
        ]
    assert files == ["kinerja.pdf", "kinerja.xlsx"]


def test_an_export_refusal_is_shown(qtbot, db, supervisor, month, tmp_path, monkeypatch):
    page = make_page(qtbot, db, supervisor)
    tab = page.performance
    tab.set_month(MONTH)
    generate(qtbot, tab)
    shown: list[str] = []
    monkeypatch.setattr(tab_module, "ask_save_path", lambda p, s: str(tmp_path / "x" / "k.pdf"))
    monkeypatch.setattr(tab_module, "show_message", lambda p, t, text: shown.append(text))
    qtbot.mouseClick(tab.export_pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert "Folder tujuan tidak ada" in shown[0]
    assert tab.export_pdf_button.isEnabled()  # ready to try again


def test_print_goes_through_the_one_print_path(qtbot, db, supervisor, month, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrinter

    from desktop_app.gui.printing import PrintDocument, print_to_printer

    page = make_page(qtbot, db, supervisor)
    tab = page.performance
    tab.set_month(MONTH)
    generate(qtbot, tab)
    out = tmp_path / "cetak.pdf"
    jobs = []

    def fake_preview(parent, job, copies=1):  # type: ignore[no-untyped-def]
        jobs.append(job)
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        print_to_printer(printer, PrintDocument(job.preview_pdf, job.title))
        return 1

    monkeypatch.setattr(tab_module, "preview_and_print", fake_preview)
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    assert jobs and jobs[0].preview_pdf == tab.shown.pdf and not jobs[0].actual_size
    assert "Oktober 2026" in jobs[0].title
    assert len(PdfReader(out).pages) == tab.document.pageCount()
    assert "dikirim ke printer" in tab.status.text()


def test_the_legalization_clerk_has_no_such_tab(qtbot, db, legalisir):
    page = ReportPage(AppContext(db, legalisir))
    qtbot.addWidget(page)
    assert page.performance is None and page.tabs.count() == 1


def test_a_failure_is_told_not_raised(qtbot, db, supervisor, monkeypatch):
    page = make_page(qtbot, db, supervisor)
    tab = page.performance
    shown: list[str] = []
    monkeypatch.setattr(tab_module, "show_message", lambda p, t, text: shown.append(text))

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk")

    monkeypatch.setattr(tab_module.performance, "build_report", broken)
    qtbot.mouseClick(tab.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert "Menyusun laporan kinerja gagal: Terjadi kesalahan yang tidak terduga" in shown[0]
    assert tab.shown is None and tab.show_button.isEnabled()
