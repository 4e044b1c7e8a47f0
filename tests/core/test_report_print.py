"""The daily report as it comes off an office printer: grey-scale, boxes aligned, every font
embedded, read back with pdftotext."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.core import report
from desktop_app.core.report_pdf import render_daily_pdf

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import report_data  # noqa: E402
from report_data import DAY, EXPECTED  # noqa: E402
from test_pdf_foundation import unembedded_fonts  # noqa: E402
from test_report import OFFICE  # noqa: E402

pytestmark = pytest.mark.skipif(
    not (shutil.which("pdftoppm") and shutil.which("pdftotext")), reason="poppler-utils missing"
)
DPI = 100
STATE_LABELS = ("Baru,", "Sedang", "Menunggu", "Terlambat", "Sisa")
NEAR_BLACK = bytes(1 if v < 60 else 0 for v in range(256))  # grey levels counted as ink


@pytest.fixture
def first_page(db, petugas, legalisir, tmp_path):
    report_data.build_known_day(db)
    pdf = render_daily_pdf(report.summarize(db, DAY), OFFICE, "Budi Santoso")
    path = tmp_path / "rekap.pdf"
    path.write_bytes(pdf)
    return path


def state_labels(found: list) -> dict[str, tuple]:
    """The first word of each state box's label (the band under "Keadaan pukul 24.00 …")."""
    band_y = next(w[2] for w in found if w[0] == "Terlambat")
    return {w[0]: w for w in found if w[0] in STATE_LABELS and abs(w[2] - band_y) < 2}


def words(path: Path, page: int = 1) -> list[tuple[str, float, float, float, float]]:
    """(text, xMin, yMin, xMax, yMax) in points from the top-left, as pdftotext -bbox reads."""
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found = re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
        html,
    )
    return [(t, float(a), float(b), float(c), float(d)) for a, b, c, d, t in found]


def test_overdue_stands_out_in_grey_scale(first_page, tmp_path):
    """Printed in grey, the red "Terlambat" number looks like the blue ones; the box must still
    stand out: it has a heavy black frame and a warning sign, counted here as near-black ink
    around each state box."""
    from PIL import Image

    assert EXPECTED["overdue"] > 0
    subprocess.run(
        ["pdftoppm", "-r", str(DPI), "-gray", "-f", "1", "-l", "1", str(first_page),
         str(tmp_path / "grey")],
        check=True,
    )  # fmt: skip
    image = Image.open(next(tmp_path.glob("grey*.pgm")))
    px = DPI / 72
    labels = state_labels(words(first_page))
    assert set(labels) == set(STATE_LABELS)
    top = min(w[2] for w in labels.values()) - 32  # the numbers' row above the labels
    bottom = max(w[4] for w in labels.values()) + 16
    column = (595.28 - 2 * 51.02) / 5  # A4 minus 18 mm margins, five boxes
    dark = {}
    for label, (_t, x0, _y0, x1, _y1) in labels.items():
        centre = (x0 + x1) / 2
        left = 51.02 + column * int((centre - 51.02) // column)
        box = image.crop((round(left * px), round(top * px), round((left + column) * px),
                          round(bottom * px)))  # fmt: skip
        dark[label] = box.tobytes().translate(NEAR_BLACK).count(1)
    others = [n for label, n in dark.items() if label != "Terlambat"]
    print("dark pixels per state box:", dark)
    assert dark["Terlambat"] > 3 * max(others), dark


def test_numbers_line_up_when_a_label_wraps(first_page):
    found = words(first_page)
    labels = state_labels(found)
    band_top = min(w[2] for w in labels.values()) - 32
    numbers = [w for w in found if w[0].isdigit() and band_top < w[2] < band_top + 32]
    assert len(numbers) == 5  # 4 4 3 2 11
    assert max(w[4] for w in numbers) - min(w[4] for w in numbers) < 0.5
    # "Menunggu berkas pemohon" wraps to two lines, "Sedang diproses" does not: the labels
    # still start on one line
    assert max(w[2] for w in labels.values()) - min(w[2] for w in labels.values()) < 0.5


def test_every_page_reads_back_with_its_parts_and_embedded_fonts(first_page):
    text = subprocess.run(
        ["pdftotext", "-layout", str(first_page), "-"], capture_output=True, text=True, check=True
    ).stdout
    for part in (
        "PEMERINTAH KABUPATEN BEKASI",
        "Rekapitulasi Harian Layanan Administrasi Kependudukan",
        "Jumat, 27 November 2026",
        "Pada hari ini",
        "Keadaan pukul 24.00 WIB, 27 November 2026",
        "Mengetahui,",
        "Dibuat oleh,",
        "Dicetak oleh Budi Santoso pada",
    ):
        assert part in text, part
    pages = text.count("\f")
    for n in range(1, pages + 1):
        assert f"Halaman {n} dari {pages}" in text
    assert unembedded_fonts(first_page.read_bytes()) == []
    listing = subprocess.run(
        ["pdffonts", str(first_page)], capture_output=True, text=True, check=True
    ).stdout
    assert "Helvetica" not in listing and listing.count("yes yes yes") == 2


def test_only_the_overdue_box_has_a_black_frame(first_page, tmp_path):
    """The frame itself, not only the bold label: printed in grey, the overdue box is outlined
    in near-black on all four sides and no other state box is."""
    from PIL import Image

    subprocess.run(
        ["pdftoppm", "-r", str(DPI), "-gray", "-f", "1", "-l", "1", str(first_page),
         str(tmp_path / "grey")],
        check=True,
    )  # fmt: skip
    image = Image.open(next(tmp_path.glob("grey*.pgm")))
    px = DPI / 72
    labels = state_labels(words(first_page))
    top = round((min(w[2] for w in labels.values()) - 45) * px)
    bottom = round((max(w[4] for w in labels.values()) + 20) * px)
    column = (595.28 - 2 * 51.02) / 5

    def frame_sides(label: str) -> int:
        centre = (labels[label][1] + labels[label][3]) / 2
        left = 51.02 + column * int((centre - 51.02) // column)
        box = image.crop((round(left * px), top, round((left + column) * px), bottom))
        w, h = box.size
        dark = box.point(lambda v: 255 if v < 60 else 0).load()
        rows = [sum(1 for x in range(w) if dark[x, y]) for y in range(h)]
        cols = [sum(1 for y in range(h) if dark[x, y]) for x in range(w)]
        long_rows = [y for y, n in enumerate(rows) if n > 0.7 * w]
        long_cols = [x for x, n in enumerate(cols) if n > 0.5 * h]
        return sum(
            (
                any(y < h / 2 for y in long_rows),  # top edge
                any(y > h / 2 for y in long_rows),  # bottom edge
                any(x < w / 2 for x in long_cols),  # left edge
                any(x > w / 2 for x in long_cols),  # right edge
            )
        )

    sides = {label: frame_sides(label) for label in labels}
    assert sides["Terlambat"] == 4, sides
    # a neighbour's column may catch one side of the overdue frame, never a closed outline
    assert all(n <= 1 for label, n in sides.items() if label != "Terlambat"), sides
