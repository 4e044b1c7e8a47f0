"""The one printing path: core PDF -> QtPdf render on white -> QPrinter (PDF file offscreen)."""

from __future__ import annotations

import pytest
from legal_gui_support import add_entry, pdf_bytes, setup_office
from pypdf import PdfReader
from PySide6.QtCore import QSize, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from desktop_app.core import legal_print
from desktop_app.gui import printing

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

PAPER_MM = {"A4": (210, 297), "F4": (215, 330)}


def pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def page_sizes_mm(path) -> list[tuple[float, float]]:
    return [
        (float(p.mediabox.width) * 25.4 / 72, float(p.mediabox.height) * 25.4 / 72)
        for p in PdfReader(str(path)).pages
    ]


@pytest.mark.parametrize("paper", ["A4", "F4"])
def test_core_endorsement_prints_with_its_page_count_and_size(
    qtbot, db, legalisir, tmp_path, paper
):
    entry = add_entry(db, legalisir, setup_office(db))
    data = legal_print.render_pdf(db, legalisir, entry.id, "endorsement", paper=paper)
    out = tmp_path / f"{paper}.pdf"
    pages = printing.print_to_printer(pdf_printer(out), printing.PrintDocument(data, "x", True))
    assert pages == entry.total_copies == 3  # one block per copy of each document
    sizes = page_sizes_mm(out)
    assert len(sizes) == 3
    width, height = PAPER_MM[paper]
    for w, h in sizes:
        assert abs(w - width) < 0.5 and abs(h - height) < 0.5


def dark_at(pdf_path, x_mm: float, y_mm: float) -> bool:
    """Is the printed output dark at (x, y) mm from the top-left corner?"""
    pages = printing.PdfPages(pdf_path.read_bytes())
    w, h = pages.page_size_mm(0)
    image = pages.render_on_white(0, QSize(round(w * 4), round(h * 4)))  # 4 px per mm
    pages.close()
    return image.pixelColor(round(x_mm * 4), round(y_mm * 4)).lightness() < 80


@pytest.mark.parametrize("paper", ["A4", "F4"])
def test_endorsement_only_lands_at_100_percent(qtbot, tmp_path, paper):
    size = PAPER_MM[paper]
    source = pdf_bytes(size, box_mm=(150, 260, 12, 12))  # near the bottom-right corner
    out = tmp_path / "out.pdf"
    printer = pdf_printer(out)
    printing.print_to_printer(printer, printing.PrintDocument(source, "x", actual_size=True))
    assert printer.fullPage()
    assert dark_at(out, 156, 266)  # centre of the box, where the source put it
    assert not dark_at(out, 148, 258) and not dark_at(out, 164, 274)


def test_rendered_pages_are_painted_on_white(qtbot):
    pages = printing.PdfPages(pdf_bytes((210, 297)))
    image = pages.render_on_white(0, QSize(105, 148))
    pages.close()
    assert image.pixelColor(50, 50).name() == "#ffffff"  # QtPdf alone gives transparent


def test_f4_is_not_snapped_to_a_standard_size():
    size = printing.page_size_for(215, 330).size(printing.QPageSize.Unit.Millimeter)
    assert (round(size.width()), round(size.height())) == (215, 330)


class FakePreviewDialog:
    """Stands in for QPrintPreviewDialog: the user presses print, the printer is a PDF file."""

    output = None
    exec_result = 1

    def __init__(self, printer, parent=None):
        self.printer = printer
        self.handlers = []
        self.paintRequested = self

    def connect(self, handler):
        self.handlers.append(handler)

    def setWindowTitle(self, title):
        self.title = title

    def exec(self):
        if self.exec_result:
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(FakePreviewDialog.output))
            for handler in self.handlers:
                handler(self.printer)
        return self.exec_result


def test_preview_commits_once_and_prints_the_committed_bytes(qtbot, tmp_path, monkeypatch):
    FakePreviewDialog.output = tmp_path / "printed.pdf"
    monkeypatch.setattr(printing, "QPrintPreviewDialog", FakePreviewDialog)
    calls = []

    def commit(printer):
        calls.append(printer.copyCount())
        return pdf_bytes((215, 330), pages=2)

    job = printing.PrintJob("Uji", pdf_bytes((215, 330), pages=1), True, commit)
    assert printing.preview_and_print(None, job, copies=2) == 2
    assert calls == [2]
    assert len(PdfReader(str(FakePreviewDialog.output)).pages) == 2  # the committed PDF


def test_real_preview_dialog_never_commits(qtbot):
    """The preview's own thumbnails use the preview engine: nothing is counted until printing."""
    calls = []
    job = printing.PrintJob("Uji", pdf_bytes(), False, lambda p: calls.append(p) or b"")
    seen = {}

    def close_preview():
        dialog = QApplication.activeModalWidget()
        seen["title"] = dialog.windowTitle() if dialog else None
        if dialog:
            dialog.reject()

    QTimer.singleShot(300, close_preview)
    assert printing.preview_and_print(None, job) is None
    assert seen["title"] == "Uji"
    assert calls == []


def test_qr_still_decodes_after_the_qt_print_path(qtbot, db, legalisir, tmp_path):
    import shutil
    import subprocess

    if not (shutil.which("zbarimg") and shutil.which("pdftoppm")):
        pytest.skip("zbarimg/pdftoppm not installed")
    from desktop_app.core import legalization as legal

    entry = add_entry(db, legalisir, setup_office(db))
    data = legal_print.render_pdf(db, legalisir, entry.id, "endorsement", paper="F4")
    out = tmp_path / "printed.pdf"
    printing.print_to_printer(pdf_printer(out), printing.PrintDocument(data, "x", True))
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", str(out), str(tmp_path / "p")],
        check=True,
    )
    image = next(tmp_path.glob("p*.png"))
    decoded = subprocess.run(
        ["zbarimg", "-q", "--raw", str(image)], capture_output=True, text=True
    ).stdout.strip()
    assert decoded == legal.qr_text(db, entry, entry.documents[0])


def test_a_landscape_page_in_a_portrait_job_is_turned_not_shrunk(qtbot, tmp_path):
    """A copy job may mix a landscape KK with a portrait akta: the landscape page is turned a
    quarter onto the portrait sheet at 100 %, as it comes out of an office printer."""
    import io

    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(210 * mm, 297 * mm))
    c.showPage()
    c.setPageSize((297 * mm, 210 * mm))
    c.rect(20 * mm, 160 * mm, 40 * mm, 30 * mm, stroke=0, fill=1)  # near the top-left corner
    c.showPage()
    c.save()
    out = tmp_path / "mixed.pdf"
    printing.print_to_printer(pdf_printer(out), printing.PrintDocument(buf.getvalue(), "x", True))
    sizes = page_sizes_mm(out)
    assert all(abs(w - 210) < 0.5 and abs(h - 297) < 0.5 for w, h in sizes)
    pages = printing.PdfPages(out.read_bytes())
    image = pages.render_on_white(1, QSize(210 * 2, 297 * 2))  # 2 px per mm
    pages.close()
    dark = [
        (x / 2, y / 2)
        for y in range(0, 297 * 2, 2)
        for x in range(0, 210 * 2, 2)
        if image.pixelColor(x, y).lightness() < 80
    ]
    xs, ys = [p[0] for p in dark], [p[1] for p in dark]
    # turned clockwise: the box, 40 × 30 mm at 20 mm from the left and top, is now 30 × 40 mm,
    # 20 mm from the top and the right edge
    assert abs(max(xs) - min(xs) - 30) < 1.5 and abs(max(ys) - min(ys) - 40) < 1.5
    assert abs(210 - max(xs) - 20) < 1.5 and abs(min(ys) - 20) < 1.5


def test_the_preview_renders_pages_at_screen_resolution(qtbot, monkeypatch):
    """The real print gets 300 dpi; the preview's thumbnails 150 dpi (a quarter of the pixels),
    so a long copy's preview opens quickly."""
    sizes = []
    real = printing.PdfPages.render_on_white

    def recording(self, index, pixels):
        sizes.append((pixels.width(), pixels.height()))
        return real(self, index, pixels)

    monkeypatch.setattr(printing.PdfPages, "render_on_white", recording)
    job = printing.PrintJob("Uji", pdf_bytes((210, 297), pages=2), True)

    def close_preview():
        dialog = QApplication.activeModalWidget()
        if dialog:
            dialog.reject()

    QTimer.singleShot(300, close_preview)
    printing.preview_and_print(None, job)
    assert sizes and all(w == round(210 / 25.4 * 150) for w, _h in sizes)
