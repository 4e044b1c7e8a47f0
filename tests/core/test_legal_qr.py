"""The printed QR code survives what happens to paper: a 100 dpi photocopy (1-pixel blur, black
and white) and the official stamp pressed on its marked place — or where the old layout had it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from legal_helpers import entry_input, require_tools, setup_office
from PIL import Image, ImageDraw, ImageFilter

from desktop_app.core import legal_print as lp
from desktop_app.core import legalization as legal
from desktop_app.core import settings
from desktop_app.core.legalization import endorsement, qrcode
from desktop_app.core.security import SYSTEM


@pytest.fixture(autouse=True)
def _tools():
    require_tools("pdftoppm", "zbarimg")


MM = 25.4


@pytest.fixture
def printed(db, legalisir, tmp_path):
    """An endorsement with long texts (the densest code), rendered at 100 dpi."""
    setup_office(db)
    long_official = settings.save_official(
        db, SYSTEM, name="Dr. Ir. H. Bambang Sutrisno Hadiwijoyo, M.M., M.Si., Ph.D.",
        title="Kepala Bidang Pelayanan Pendaftaran Penduduk dan Pencatatan Sipil",
        rank="Pembina Utama Muda (IV/c)", nip="196804111993031009",
    )  # fmt: skip
    data = entry_input(long_official.id)
    data.applicant_name = "Andi Muhammad Fadhil Ramadhan Syahputra Wijayakusuma"
    data.documents[1].doc_number = "AL.700.0123456/2015/KEL-BKS/0001"
    entry = legal.create_entry(db, legalisir, data)
    pdf = tmp_path / "blok.pdf"
    pdf.write_bytes(lp.render_pdf(db, legalisir, entry.id, "endorsement", repeat_copies=False))
    pages = ["-f", "2", "-l", "2"]
    subprocess.run(
        ["pdftoppm", "-r", "100", "-gray", "-png", *pages, str(pdf), str(tmp_path / "p")],
        check=True,
    )
    image = Image.open(next(tmp_path.glob("p*.png"))).convert("L")
    origin = lp.endorse_position(db).origin(lp.PAPERS["A4"])  # points, from the bottom-left
    return db, entry, image, origin


def _zbar(image: Image.Image, path: Path) -> str:
    image.save(path)
    done = subprocess.run(["zbarimg", "--raw", "-q", str(path)], capture_output=True, text=True)
    return done.stdout.strip()


def _photocopy(image: Image.Image) -> Image.Image:
    return image.filter(ImageFilter.GaussianBlur(1)).point(lambda v: 255 if v > 128 else 0)


def _stamp(image: Image.Image, origin, centre_mm: tuple[float, float]) -> Image.Image:
    """A 40 mm disc, solid, centred ``centre_mm`` from the block's bottom-left corner."""
    stamped = image.copy()
    dpi = 100
    cx = (origin[0] / 72 * MM + centre_mm[0]) / MM * dpi
    cy = stamped.height - (origin[1] / 72 * MM + centre_mm[1]) / MM * dpi
    r = 20 / MM * dpi
    ImageDraw.Draw(stamped).ellipse([cx - r, cy - r, cx + r, cy + r], fill=40)
    return stamped


def test_code_is_version_7_or_less_with_0_8_mm_modules(printed):
    db, entry, image, origin = printed
    text = legal.qr_text(db, entry, entry.documents[1])
    plan = qrcode.plan(qrcode.qr_url(lp.verify_url(db)), entry.documents[1].payload, 7)
    assert plan.version <= 7 and plan.side_mm() <= 45
    # measured on the page: the dark modules span (17 + 4 v) × 0.8 mm
    dpi = 100
    left = (origin[0] / 72 * MM + endorsement.QR_X / 72 * MM) / MM * dpi
    bottom = image.height - (origin[1] / 72 * MM + endorsement.QR_Y / 72 * MM) / MM * dpi
    side = endorsement.QR_SIDE / 72 * MM / MM * dpi
    box = image.crop((int(left), int(bottom - side), int(left + side), int(bottom)))
    dark = box.point(lambda v: 255 if v < 128 else 0).getbbox()
    assert dark is not None
    width_mm = (dark[2] - dark[0]) / dpi * MM
    assert abs(width_mm - plan.modules * 0.8) < 0.6, width_mm
    assert text.startswith("HTTPS://")


def test_code_reads_after_a_100_dpi_photocopy(printed, tmp_path):
    db, entry, image, _origin = printed
    expected = legal.qr_text(db, entry, entry.documents[1])
    assert _zbar(_photocopy(image), tmp_path / "fotokopi.png") == expected


@pytest.mark.parametrize(
    "centre",
    [endorsement.CAP_CENTER, (40 * 72 / MM, 33 * 72 / MM)],
    ids=["on the marked cap area", "where the old layout had it (40 mm from the left)"],
)
def test_code_reads_with_the_stamp_pressed(printed, tmp_path, centre):
    db, entry, image, origin = printed
    expected = legal.qr_text(db, entry, entry.documents[1])
    centre_mm = (centre[0] / 72 * MM, centre[1] / 72 * MM)
    stamped = _stamp(image, origin, centre_mm)
    assert _zbar(stamped, tmp_path / "cap.png") == expected
    assert _zbar(_photocopy(stamped), tmp_path / "cap-fotokopi.png") == expected
