"""Printing through the app's own print path (QPrinter, gui/printing.py) to a real CUPS queue.

The queue is CUPS with the virtual PDF printer (Debian ``cups`` + ``printer-driver-cups-pdf``),
which writes what a printer would receive as a PDF. ``.ci/run`` installs and starts it and sets
``LOKET_REQUIRE_CUPS=1``, so in CI these tests fail instead of skipping when the queue is missing.
Elsewhere they skip. Settings: ``LOKET_TEST_PRINTER`` (queue name, default ``PDF``) and
``LOKET_TEST_CUPS_OUT`` (cups-pdf's ``Out`` folder, default ``/var/spool/cups-pdf/out``).
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import time
import uuid
from pathlib import Path

import pytest
from legal_gui_support import setup_office
from legal_helpers import document_scan, entry_input, require_tools

from desktop_app.core import legal_print, settings
from desktop_app.core import legalization as legal
from desktop_app.core.legal_layout import MM, CopyOptions

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

QUEUE = os.environ.get("LOKET_TEST_PRINTER", "PDF")
OUT = Path(os.environ.get("LOKET_TEST_CUPS_OUT", "/var/spool/cups-pdf/out"))
PAPER_MM = {"A4": (210, 297), "F4": (215, 330)}
DPI = 254  # 10 pixels per millimetre when measuring
_printed: list[Path] = []  # the queue's output files of the running test


@pytest.fixture(autouse=True)
def _remove_queue_output():
    """Each job's PDF is read by its test, then removed: the spool folder does not grow."""
    yield
    while _printed:
        _printed.pop().unlink(missing_ok=True)


@pytest.fixture
def queue(qapp):
    """The CUPS queue, or a skip (a failure in CI) saying what is missing."""
    from PySide6.QtPrintSupport import QPrinterInfo

    missing = None
    if not shutil.which("lpstat") or not shutil.which("pdftoppm"):
        missing = "lpstat/pdftoppm not installed"
    elif QUEUE not in [p.printerName() for p in QPrinterInfo.availablePrinters()]:
        missing = f"no print queue {QUEUE!r} (CUPS with printer-driver-cups-pdf)"
    elif not OUT.is_dir():
        missing = f"cups-pdf output folder {OUT} missing"
    if missing:
        if os.environ.get("LOKET_REQUIRE_CUPS"):
            pytest.fail(f"CI needs a real print queue: {missing}")
        pytest.skip(missing)
    return QUEUE


def print_to_queue(data: bytes, *, copies: int = 1, actual_size: bool = True) -> Path:
    """Print ``data`` the way the app does and return the queue's output once CUPS says the
    job is complete."""
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    from desktop_app.gui import printing

    tag = f"loket-{uuid.uuid4().hex[:10]}"
    printer = QPrinter(QPrinterInfo.printerInfo(QUEUE), QPrinter.PrinterMode.HighResolution)
    printer.setDocName(tag)
    printer.setCopyCount(copies)
    printer.setCollateCopies(True)
    pages = printing.print_to_printer(printer, printing.PrintDocument(data, tag, actual_size))
    assert pages > 0
    return wait_for_output(tag)


def wait_for_output(tag: str, limit: float = 180) -> Path:
    """The cups-pdf file of the job titled ``tag``, after the job is listed as completed. The
    limit only stops a broken queue from hanging the run: a busy machine just waits longer."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        found = sorted(OUT.glob(f"{tag}*.pdf"))
        if found:
            job = found[0].stem.rsplit("job_", 1)[-1]
            done = subprocess.run(
                ["lpstat", "-W", "completed", "-o", QUEUE], capture_output=True, text=True
            ).stdout
            if any(line.split()[0] == f"{QUEUE}-{job}" for line in done.splitlines() if line):
                _printed.extend(found)
                return found[0]
        time.sleep(0.25)
    pytest.fail(f"the print queue wrote nothing for {tag} in {limit:.0f} s")


def render_gray(pdf: Path | bytes, tmp_path: Path, name: str, dpi: int = DPI) -> list:
    from PIL import Image

    path = pdf if isinstance(pdf, Path) else tmp_path / f"{name}.pdf"
    if not isinstance(pdf, Path):
        path.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-gray", str(path), str(tmp_path / name)], check=True
    )
    return [Image.open(p) for p in sorted(tmp_path.glob(f"{name}-*.pgm"))]


def ink_box_mm(image) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) in mm from the top-left corner of everything dark."""
    from PIL import ImageOps

    box = ImageOps.invert(image.point(lambda v: 0 if v < 128 else 255)).getbbox()
    assert box, "blank page"
    return tuple(v / (DPI / 25.4) for v in box)  # type: ignore[return-value]


def page_mm(path: Path) -> list[tuple[float, float]]:
    from pypdf import PdfReader

    return [
        (float(p.mediabox.width) / MM, float(p.mediabox.height) / MM)
        for p in PdfReader(str(path)).pages
    ]


@pytest.mark.parametrize(
    ("paper", "corner", "x", "y"), [("A4", "top-left", 30, 40), ("F4", "bottom-right", 15, 20)]
)
def test_endorsement_only_lands_where_configured(
    qtbot, queue, db, supervisor, legalisir, tmp_path, paper, corner, x, y
):
    official_id = setup_office(db)
    entry = legal.create_entry(db, legalisir, entry_input(official_id, copies=1))
    settings.set_value(db, supervisor, "legal_endorse_corner", corner)
    settings.set_value(db, supervisor, "legal_endorse_x_mm", x)
    settings.set_value(db, supervisor, "legal_endorse_y_mm", y)
    # the bytes a real print sends: the signed QR, counted as the entry's first print
    sheet = legal_print.print_entry(
        db, legalisir, entry.id, "endorsement", paper=paper, repeat_copies=False
    ).pdf
    out = print_to_queue(sheet)
    (width, height), *_rest = page_mm(out)
    assert abs(width - PAPER_MM[paper][0]) < 0.5 and abs(height - PAPER_MM[paper][1]) < 0.5
    printed = ink_box_mm(render_gray(out, tmp_path, "out")[0])
    drawn = ink_box_mm(render_gray(sheet, tmp_path, "src")[0])
    # the queue's page has the block exactly where the app drew it (100 %, not fitted)...
    offsets = [abs(a - b) for a, b in zip(printed, drawn, strict=True)]
    print(f"{paper}: block edges off by {max(offsets):.2f} mm at most ({printed} mm)")
    assert max(offsets) <= 0.5, (printed, drawn)
    # ...which is the configured box: x mm / y mm from the chosen corner, 140 × 66 mm
    box = legal_print.endorse_position(db).box((PAPER_MM[paper][0] * MM, PAPER_MM[paper][1] * MM))
    left, top = box.x / MM, PAPER_MM[paper][1] - box.top / MM
    right, bottom = left + box.w / MM, top + box.h / MM
    assert left - 0.5 <= printed[0] and printed[2] <= right + 0.5
    assert top - 0.5 <= printed[1] and printed[3] <= bottom + 0.5
    # and it fills that box: the QR (with its quiet zone) reaches close to its right side, the
    # signature to its bottom; the left part is the cap area (a light grey circle, not ink here)
    assert printed[0] - left < 25 and right - printed[2] < 5 and bottom - printed[3] < 6
    # the QR as the queue put it on paper decodes and verifies
    require_tools("zbarimg")
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", str(out), str(tmp_path / "qr")],
        check=True,
    )
    decoded = subprocess.run(
        ["zbarimg", "--raw", "-q", str(next(tmp_path.glob("qr*.png")))],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    assert legal.verify(db, legalisir, decoded).status == "valid"


def test_a_landscape_sheet_comes_out_turned_with_the_block_in_place(
    qtbot, queue, db, supervisor, legalisir, tmp_path
):
    """F4 landscape (the "Kertas mendatar" option): the printer takes the sheet portrait, so
    the queue's page is 215 × 330 mm with the whole sheet turned a quarter; turned back, the
    block is where the clerk set it, at 100 %."""
    official_id = setup_office(db)
    entry = legal.create_entry(db, legalisir, entry_input(official_id, copies=1))
    settings.set_value(db, supervisor, "legal_endorse_corner", "top-left")
    settings.set_value(db, supervisor, "legal_endorse_x_mm", 40)
    settings.set_value(db, supervisor, "legal_endorse_y_mm", 30)
    sheet = legal_print.print_entry(
        db, legalisir, entry.id, "endorsement", paper="F4", repeat_copies=False, landscape=True
    ).pdf
    out = print_to_queue(sheet)
    (width, height), *_rest = page_mm(out)
    assert abs(width - 215) < 0.5 and abs(height - 330) < 0.5  # fed portrait
    printed = render_gray(out, tmp_path, "out")[0]
    drawn = ink_box_mm(render_gray(sheet, tmp_path, "src")[0])
    turned_back = [ink_box_mm(printed.rotate(angle, expand=True)) for angle in (-90, 90)]
    offsets = min(max(abs(a - b) for a, b in zip(t, drawn, strict=True)) for t in turned_back)
    print(f"F4 landscape: block edges off by {offsets:.2f} mm at most")
    assert offsets <= 0.5, (turned_back, drawn)
    # ...inside the configured box on the landscape sheet: 40 mm from the left, 30 mm from the top
    box = legal_print.endorse_position(db).box((330 * MM, 215 * MM))
    left, top = box.x / MM, 215 - box.top / MM
    assert abs(left - 40) < 0.01 and abs(top - 30) < 0.01
    assert left - 0.5 <= drawn[0] and drawn[2] <= left + box.w / MM + 0.5
    assert top - 0.5 <= drawn[1] and drawn[3] <= top + box.h / MM + 0.5


def test_a_multi_page_copy_comes_out_in_order_with_every_copy(
    qtbot, queue, db, legalisir, tmp_path
):
    from PIL import ImageChops, ImageStat
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    # a 3-page scan, each page different, with room for the block on the front
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(210 * MM, 297 * MM))
    for n in range(1, 4):
        scan = document_scan(210, 297, dpi=100, ink_bottom_mm=80 + 25 * n, fmt="JPEG",
                             title=f"AKTA halaman {n}")  # fmt: skip
        c.drawImage(ImageReader(io.BytesIO(scan)), 0, 0, 210 * MM, 297 * MM)
        c.showPage()
    c.save()
    official_id = setup_office(db)
    data = entry_input(official_id, copies=2)
    data.documents = [
        legal.DocumentInput(
            "akta_lahir", "3216-LT-1", 2, scan=legal.check_scan(buf.getvalue(), "akta.pdf")
        )
    ]
    entry = legal.create_entry(db, legalisir, data)
    plan = legal_print.plan_copy(db, legalisir, entry.id, paper="A4")
    assert not plan.needs_choice
    one_set = legal_print.print_entry(
        db, legalisir, entry.id, "copy", paper="A4", repeat_copies=False, copy=CopyOptions()
    ).pdf
    out = print_to_queue(one_set, copies=2)
    printed = [im.resize((105, 148)) for im in render_gray(out, tmp_path, "out", 60)]
    source = [im.resize((105, 148)) for im in render_gray(one_set, tmp_path, "src", 60)]
    assert len(source) == 3 and len(printed) == 6  # 3 pages × 2 copies

    def nearest(image) -> int:
        diffs = [ImageStat.Stat(ImageChops.difference(image, s)).mean[0] for s in source]
        return diffs.index(min(diffs)) + 1

    assert [nearest(p) for p in printed] == [1, 2, 3, 1, 2, 3]  # collated sets, in order
