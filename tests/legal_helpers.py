"""Shared builders for the legalization tests (office profile, official, entries, bad scans)."""

from __future__ import annotations

import io
import os
import random
import shutil
from datetime import date

import pytest

from desktop_app.core import legalization as legal
from desktop_app.core import settings
from desktop_app.core.identity import generate_nik
from desktop_app.core.security import SYSTEM

NIP = "196804111993031009"


def require_tools(*names: str) -> None:
    """Skip a test whose system tools (chromium, zbarimg, pdftoppm) are missing on a developer's
    PC — but fail it in CI, which installs them and sets ``LOKET_REQUIRE_TOOLS=1`` (.ci/run)."""
    missing = [name for name in names if not tool_path(name)]
    if not missing:
        return
    text = f"needs {', '.join(missing)} (Debian: chromium, zbar-tools, poppler-utils)"
    if os.environ.get("LOKET_REQUIRE_TOOLS"):
        pytest.fail(f"CI must install the tools these tests use: {text}")
    pytest.skip(text)


def tool_path(name: str) -> str | None:
    """The program's path; ``chromium`` is also found as ``chromium-browser``."""
    found = shutil.which(name)
    if found is None and name == "chromium":
        found = shutil.which("chromium-browser")
    return found


VERIFY_URL = "https://dukcapil.bekasikab.go.id/v/"


def setup_office(db, *, key: bool = True) -> int:
    """Office profile, verification address, one signing official and (unless ``key`` is
    False) the office's signing key on this PC; returns the official's id."""
    settings.save_office(
        db,
        SYSTEM,
        settings.OfficeProfile(
            name="Dinas Kependudukan dan Pencatatan Sipil",
            regency="Kabupaten Bekasi",
            regency_code="3216",
            address="Jl. Teuku Umar No. 1, Cikarang Barat",
            city="Cikarang",
            phone="021-8900123",
        ),
    )
    official = settings.save_official(
        db,
        SYSTEM,
        name="Drs. H. Ahmad Suryana, M.Si.",
        title="Kepala Bidang Pelayanan Pencatatan Sipil",
        rank="Pembina Tk. I (IV/b)",
        nip=NIP,
    )
    settings.set_value(db, SYSTEM, "legal_verify_url", VERIFY_URL)
    if key and not legal.list_keys(db, SYSTEM):
        legal.create_key(db, SYSTEM)
    return official.id


def nik(seed: int = 1) -> str:
    return generate_nik(random.Random(seed), "321601", date(2004, 5, 17), "L")


def entry_input(official_id: int, *, seed: int = 1, scan=None, copies: int = 2) -> legal.EntryInput:
    return legal.EntryInput(
        applicant_name="Rizky Pratama",
        nik=nik(seed),
        purpose="tni_ad",
        official_id=official_id,
        phone="0812-3456-7890",
        recruitment_no="REG-TNIAD-2026-00123",
        documents=[
            legal.DocumentInput("kk", "3216012345678901", copies, scan=scan),
            legal.DocumentInput("akta_lahir", "3216-LT-17052004-0042", 1),
        ],
    )


def png_bytes(width: int = 600, height: int = 850, color=(235, 240, 250)) -> bytes:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (width, height), color)
    draw = ImageDraw.Draw(img)
    draw.rectangle([20, 20, width - 20, 120], outline=(0, 0, 0), width=4)
    draw.text((40, 50), "KARTU KELUARGA  No. 3216012345678901", fill=(0, 0, 0))
    for y in range(160, height - 40, 40):
        draw.line([40, y, width - 40, y], fill=(120, 120, 120), width=2)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def pdf_bytes(pages: int = 2, size=(595, 842), encrypt: str | None = None) -> bytes:
    """A small vector PDF with ``pages`` pages (optionally password-protected)."""
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    kwargs = {}
    if encrypt:
        from reportlab.lib.pdfencrypt import StandardEncryption

        kwargs["encrypt"] = StandardEncryption(encrypt, canPrint=0)
    c = canvas.Canvas(buf, pagesize=size, **kwargs)
    for n in range(1, pages + 1):
        c.setFont("Helvetica-Bold", 28)
        c.drawString(60, size[1] - 100, f"AKTA KELAHIRAN - halaman {n}")
        c.rect(40, 40, size[0] - 80, size[1] - 80)
        c.showPage()
    c.save()
    return buf.getvalue()


def make_legacy(db, entry_id: int) -> legal.EntryInfo:
    """Turn a saved entry into one of the older scheme (an HMAC code, no signature), as entries
    made before migration 0006 are."""
    from sqlalchemy import select

    from desktop_app.core.legalization import codes
    from desktop_app.core.models import LegalDocument, LegalEntry

    with db.write() as session:
        entry = session.get(LegalEntry, entry_id)
        docs = list(
            session.scalars(
                select(LegalDocument)
                .where(LegalDocument.entry_id == entry_id)
                .order_by(LegalDocument.position)
            )
        )
        entry.verification_code = codes.entry_code(codes.load_secret(session), entry, docs)
        entry.scheme, entry.key_id, entry.payload, entry.signed_at = "hmac", None, None, None
        entry.format_index = None
        for d in docs:
            d.payload = None
    return legal.get_entry(db, SYSTEM, entry_id)


def document_scan(
    width_mm: float = 297,
    height_mm: float = 210,
    dpi: int | None = 150,
    ink_bottom_mm: float = 80,
    fmt: str = "PNG",
    title: str = "KARTU KELUARGA  No. 3216012345678901",
) -> bytes:
    """A scan as a flatbed makes it: ``width_mm`` × ``height_mm`` at ``dpi`` (None: no
    resolution in the file), printed matter from the top down to ``ink_bottom_mm`` above the
    bottom edge, blank paper below."""
    from PIL import Image, ImageDraw

    px = 150 if dpi is None else dpi
    w, h = round(width_mm / 25.4 * px), round(height_mm / 25.4 * px)
    img = Image.new("RGB", (w, h), (246, 246, 240))
    draw = ImageDraw.Draw(img)

    def at(mm_x: float, mm_y: float) -> tuple[int, int]:
        return round(mm_x / 25.4 * px), round(mm_y / 25.4 * px)

    draw.rectangle([at(15, 12), at(width_mm - 15, 30)], outline=(20, 20, 20), width=4)
    draw.text(at(20, 18), title, fill=(0, 0, 0))
    y = 38.0
    while y < height_mm - ink_bottom_mm:
        draw.line([at(15, y), at(width_mm - 15, y)], fill=(60, 60, 60), width=2)
        y += 8
    buf = io.BytesIO()
    kwargs = {"dpi": (dpi, dpi)} if dpi else {}
    img.save(buf, fmt, **kwargs)
    return buf.getvalue()
