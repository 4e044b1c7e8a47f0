"""Same-size copies, the endorsement-only position checked against the paper and the printable
margin, and the calibration page."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from datetime import UTC, datetime

import pytest
from legal_helpers import document_scan, entry_input, pdf_bytes, setup_office
from pypdf import PdfReader

from desktop_app.core import legal_layout as layout
from desktop_app.core import legal_print as lp
from desktop_app.core import legalization as legal
from desktop_app.core import settings
from desktop_app.core.errors import ValidationError
from desktop_app.core.legal_layout import MM, CopyOptions, EndorsePosition

WHEN = datetime(2026, 11, 28, 3, tzinfo=UTC)
BLOCK = (lp.BLOCK_W, lp.BLOCK_H)


def make_entry(db, actor, *scans):
    """An entry whose documents carry ``scans`` (bytes, file name) in order."""
    official_id = setup_office(db)
    data = entry_input(official_id, copies=1)
    data.documents = [
        legal.DocumentInput("kk" if n == 0 else "akta_lahir", f"3216-{n}", 1,
                            scan=legal.check_scan(raw, name))
        for n, (raw, name) in enumerate(scans)
    ]  # fmt: skip
    return legal.create_entry(db, actor, data, now=WHEN)


def image_boxes(pdf: bytes) -> list[list[tuple[float, float, float, float]]]:
    """Per page, the (x, y, w, h) in points of each scan image ReportLab drew (not the QR
    code's form)."""
    out = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        content = page.get_contents().get_data().decode("latin-1")
        found = re.findall(
            r"([-\d.]+) 0 0 ([-\d.]+) ([-\d.]+) ([-\d.]+) cm\s*/FormXob\.(?!LoketQR)\w+ Do",
            content,
        )
        out.append([(float(x), float(y), float(w), float(h)) for w, h, x, y in found])
    return out


def page_sizes_mm(pdf: bytes) -> list[tuple[int, int]]:
    return [
        (round(float(p.mediabox.width) / MM), round(float(p.mediabox.height) / MM))
        for p in PdfReader(io.BytesIO(pdf)).pages
    ]


def text(pdf: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]


# --- same size -----------------------------------------------------------------------------------


def test_a_landscape_kk_prints_landscape_at_its_real_size_with_the_block_in_blank_space(
    db, legalisir
):
    kk = document_scan(297, 210, dpi=150, ink_bottom_mm=80)  # 80 mm of blank paper below
    entry = make_entry(db, legalisir, (kk, "kk.png"))
    plan = lp.plan_copy(db, legalisir, entry.id, paper="A4")
    ((_doc, scan, page),) = plan.pages
    assert page.fits and page.scale == 1.0 and page.landscape and not plan.needs_choice
    assert abs(scan.size[0] / MM - 297) < 0.5 and abs(scan.size[1] / MM - 210) < 0.5
    # the block sits in the blank band, away from every inked cell of the scan
    ink = [layout.Box(page.scan.x + b.x, page.scan.y + b.y, b.w, b.h) for b in scan.ink.boxes()]
    block = page.block
    assert all(
        b.right <= block.x or b.x >= block.right or b.top <= block.y or b.y >= block.top
        for b in ink
    )
    assert block.inside(layout.printable_area(page.page, 5))
    pdf = lp.render_pdf(db, legalisir, entry.id, "copy", paper="A4", repeat_copies=False)
    assert page_sizes_mm(pdf) == [(297, 210)]  # A4 turned
    ((x, y, w, h),) = image_boxes(pdf)[0]
    assert abs(w / MM - 297) < 0.2 and abs(h / MM - 210) < 0.2  # 100 %, not fitted
    assert "SESUAI DENGAN ASLINYA" in text(pdf)[0]
    assert "diperkecil" not in text(pdf)[0]


def test_a_scan_without_room_for_the_block_makes_the_clerk_choose(db, legalisir):
    akta = document_scan(210, 297, dpi=200, ink_bottom_mm=25, fmt="JPEG", title="AKTA")
    entry = make_entry(db, legalisir, (akta, "akta.jpg"))
    plan = lp.plan_copy(db, legalisir, entry.id, paper="A4")
    assert plan.needs_choice and not plan.too_big
    with pytest.raises(ValidationError) as refused:
        lp.render_pdf(db, legalisir, entry.id, "copy", paper="A4")
    assert refused.value.problems[0][0] == "placement"
    assert "halaman belakang" in refused.value.message and "diperkecil" in refused.value.message
    # on the back: the copy stays 100 %, each sheet is followed by its back with the block
    back = lp.render_pdf(
        db, legalisir, entry.id, "copy", paper="A4", repeat_copies=False,
        copy=CopyOptions("back"),
    )  # fmt: skip
    pages = text(back)
    assert len(pages) == 2 and "SESUAI DENGAN ASLINYA" not in pages[0]
    assert "SESUAI DENGAN ASLINYA" in pages[1] and "di balik lembar ini" in pages[1]
    ((x, y, w, h),) = image_boxes(back)[0]
    assert abs(w / MM - 210) < 0.2 and abs(h / MM - 297) < 0.2
    # shrunk: the percentage is printed on the page
    shrunk = lp.render_pdf(
        db, legalisir, entry.id, "copy", paper="A4", repeat_copies=False,
        copy=CopyOptions("shrink"),
    )  # fmt: skip
    percent = lp.plan_copy(
        db, legalisir, entry.id, paper="A4", options=CopyOptions("shrink")
    ).smallest_scale
    assert 0.5 < percent < 1
    assert f"diperkecil menjadi {percent * 100:.0f} % dari ukuran asli" in text(shrunk)[0]
    ((x, y, w, h),) = image_boxes(shrunk)[0]
    assert abs(w / MM - 210 * percent) < 0.5


def test_an_image_without_a_resolution_is_asked_for(db, legalisir):
    phone = document_scan(210, 297, dpi=None, ink_bottom_mm=120)
    entry = make_entry(db, legalisir, (phone, "foto.png"))
    plan = lp.plan_copy(db, legalisir, entry.id)
    assert [d.position for d in plan.missing_dpi] == [0]
    with pytest.raises(ValidationError) as refused:
        lp.render_pdf(db, legalisir, entry.id, "copy")
    assert refused.value.problems[0][0] == "dpi" and "foto.png" in refused.value.message
    answered = lp.plan_copy(db, legalisir, entry.id, options=CopyOptions(dpi={0: 150}))
    ((_d, scan, page),) = answered.pages
    assert round(scan.size[0] / MM) == 210 and page.fits
    with pytest.raises(ValidationError, match="antara 60 dan 1600 dpi"):
        lp.plan_copy(db, legalisir, entry.id, options=CopyOptions(dpi={0: 0}))


def test_an_unbelievable_resolution_is_asked_for_too():
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (2480, 3508), "white").save(buf, "JPEG", dpi=(72, 72))  # "875 mm" wide
    (page,) = layout.scan_pages(buf.getvalue(), "image/jpeg")
    assert page.size is None
    (page,) = layout.scan_pages(buf.getvalue(), "image/jpeg", dpi=300)
    assert round(page.size[0] / MM) == 210


def test_a_document_larger_than_the_paper_can_only_shrink(db, legalisir):
    f4 = document_scan(215, 330, dpi=150, ink_bottom_mm=6)
    entry = make_entry(db, legalisir, (f4, "f4.png"))
    on_a4 = lp.plan_copy(db, legalisir, entry.id, paper="A4")
    assert on_a4.too_big and on_a4.needs_choice
    shrunk = lp.plan_copy(db, legalisir, entry.id, paper="A4", options=CopyOptions("shrink"))
    assert shrunk.smallest_scale < 0.85


def test_a_scanned_pdf_is_read_for_its_blank_space(db, legalisir):
    """A scanner's PDF (one JPEG per page) is analysed like an image: its own page size is
    the real size, and the block goes where the page is blank."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    jpeg = document_scan(210, 297, dpi=150, ink_bottom_mm=110, fmt="JPEG", title="AKTA")
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(210 * MM, 297 * MM))
    c.drawImage(ImageReader(io.BytesIO(jpeg)), 0, 0, 210 * MM, 297 * MM)
    c.showPage()
    c.save()
    entry = make_entry(db, legalisir, (buf.getvalue(), "akta.pdf"))
    ((_d, scan, page),) = lp.plan_copy(db, legalisir, entry.id).pages
    assert scan.ink is not None and page.fits and page.block.top < 110 * MM
    # a vector PDF is not analysed: no blank space is assumed
    vector = make_entry(db, legalisir, (pdf_bytes(1), "akta2.pdf"))
    ((_d, scan, page),) = lp.plan_copy(db, legalisir, vector.id).pages
    assert scan.ink is None and not page.fits


def test_a_small_document_leaves_room_beside_it(db, legalisir):
    card = document_scan(110, 70, dpi=300, ink_bottom_mm=5, title="KIA")
    entry = make_entry(db, legalisir, (card, "kia.png"))
    ((_d, _scan, page),) = lp.plan_copy(db, legalisir, entry.id).pages
    assert page.fits and not page.landscape  # a card goes on portrait paper, block below
    assert page.block.top <= page.scan.y + 0.5 * MM or page.block.y >= page.scan.top


# --- the endorsement-only position ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("corner", "x", "y", "field", "words"),
    [
        ("top-left", 150, 300, "legal_endorse_x_mm", "Paling besar 65 mm"),  # 210 - 140 - 5
        ("bottom-right", 150, 20, "legal_endorse_x_mm", "terlalu besar"),
        ("top-left", 20, 300, "legal_endorse_y_mm", "Paling besar 226 mm"),
        ("bottom-left", 0, 0, "legal_endorse_x_mm", "tidak dapat dicetak printer"),
        ("bottom-left", 10, 2, "legal_endorse_y_mm", "Paling kecil 5 mm"),
    ],
)
def test_positions_outside_the_printable_paper_are_refused(corner, x, y, field, words):
    with pytest.raises(ValidationError) as refused:
        layout.check_position(EndorsePosition(corner, x, y), "A4", lp.PAPERS["A4"], 5, block=BLOCK)
    fields = [f for f, _m in refused.value.problems]
    assert field in fields
    assert words in refused.value.message


def test_a_position_valid_on_landscape_paper_and_on_f4():
    position = EndorsePosition("top-left", 150, 20)
    layout.check_position(position, "A4", layout.oriented(lp.PAPERS["A4"], True), 5, block=BLOCK)
    layout.check_position(
        EndorsePosition("top-left", 20, 250), "F4", lp.PAPERS["F4"], 5, block=BLOCK
    )
    with pytest.raises(ValidationError):  # but not on portrait A4
        layout.check_position(position, "A4", lp.PAPERS["A4"], 5, block=BLOCK)


def test_an_endorsement_at_an_impossible_position_is_refused_before_counting(
    db, supervisor, legalisir
):
    entry = make_entry(db, legalisir, (pdf_bytes(1), "akta.pdf"))
    settings.set_value(db, supervisor, "legal_endorse_corner", "top-left")
    settings.set_value(db, supervisor, "legal_endorse_x_mm", 150)
    settings.set_value(db, supervisor, "legal_endorse_y_mm", 300)
    with pytest.raises(ValidationError, match="Jarak mendatar 150 mm terlalu besar"):
        lp.print_entry(db, legalisir, entry.id, "endorsement", paper="A4")
    assert legal.get_entry(db, legalisir, entry.id).print_count == 0
    # turned, A4 takes it horizontally but not 300 mm down a 210 mm high sheet
    with pytest.raises(ValidationError, match="Jarak tegak 300 mm"):
        lp.render_pdf(db, legalisir, entry.id, "endorsement", paper="A4", landscape=True)
    settings.set_value(db, supervisor, "legal_endorse_y_mm", 100)
    turned = lp.render_pdf(db, legalisir, entry.id, "endorsement", paper="A4", landscape=True)
    assert page_sizes_mm(turned)[0] == (297, 210)
    with pytest.raises(ValidationError):
        settings.set_value(db, supervisor, "print_margin_mm", 40)
    with pytest.raises(ValidationError):
        settings.set_value(db, supervisor, "legal_endorse_orientation", "ya")
    settings.set_value(db, supervisor, "legal_endorse_orientation", "landscape")
    assert (
        lp.sheet_for(db).landscape and lp.sheet_for(db, landscape=False).endorsement_page[0] < 600
    )


# --- calibration ---------------------------------------------------------------------------------


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="pdftoppm missing")
@pytest.mark.parametrize(("paper", "landscape"), [("A4", False), ("F4", False), ("A4", True)])
def test_calibration_stays_inside_the_printable_area(db, tmp_path, paper, landscape):
    from PIL import Image

    pdf = lp.calibration_pdf(db, paper=paper, landscape=landscape)
    words = " ".join(text(pdf))
    assert "100 mm (ukur: harus tepat 100 mm)" in words
    assert "batas area cetak, 5 mm dari tepi kertas" in words
    assert "Cetak dari aplikasi dengan skala 100%" in words
    path = tmp_path / "k.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "100", "-gray", str(path), str(tmp_path / "k")], check=True)
    image = Image.open(next(tmp_path.glob("k*.pgm")))
    w, h = image.size
    edge = round(4.5 / 25.4 * 100)  # just inside the 5 mm margin
    strips = [
        image.crop((0, 0, w, edge)),
        image.crop((0, h - edge, w, h)),
        image.crop((0, 0, edge, h)),
        image.crop((w - edge, 0, w, h)),
    ]
    assert all(strip.getextrema()[0] > 200 for strip in strips)  # nothing printed there
    # the two 100 mm bars: one horizontal, one vertical, each 100 mm between its end ticks
    bars = _bar_lengths_mm(image, 100)
    assert any(abs(length - 100) < 0.6 for length in bars["h"])
    assert any(abs(length - 100) < 0.6 for length in bars["v"])


def _bar_lengths_mm(image, dpi: int) -> dict[str, list[float]]:
    """Lengths of long dark runs in rows and columns (the 1.4 pt bars)."""
    px = image.load()
    w, h = image.size
    out: dict[str, list[float]] = {"h": [], "v": []}
    for axis, outer, inner in (("h", h, w), ("v", w, h)):
        for a in range(outer):
            run = 0
            for b in range(inner):
                value = px[b, a] if axis == "h" else px[a, b]
                if value < 90:
                    run += 1
                    continue
                if run > 300:
                    out[axis].append(run / dpi * 25.4)
                run = 0
    return out
