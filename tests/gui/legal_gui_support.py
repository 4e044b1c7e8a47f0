"""Builders shared by the legalization GUI tests: an office with a signing official, an
AppContext for a given actor, and register entries made through the core."""

from __future__ import annotations

import io
import random
from datetime import date

from legal_helpers import NIP, png_bytes, setup_office  # noqa: F401 - re-exported for GUI tests

from desktop_app.core import legalization as legal
from desktop_app.core.identity import generate_nik


def make_ctx(db, actor):
    from desktop_app.gui.context import AppContext

    return AppContext(db=db, actor=actor)


def nik(seed: int = 1, sex: str = "L") -> str:
    return generate_nik(random.Random(seed), "321601", date(2004, 5, 17), sex)


NAMES = ("Rizky Pratama", "Dewi Lestari", "Ahmad Fauzi", "Putri Ayu Wulandari", "Bagus Saputra")
PURPOSES = ("tni_ad", "polri", "tni_al", "tni_au", "polri")


def add_entry(db, actor, official_id: int, seed: int = 1, scan=None) -> legal.EntryInfo:
    return legal.create_entry(
        db,
        actor,
        legal.EntryInput(
            applicant_name=NAMES[seed % len(NAMES)],
            nik=nik(seed, "P" if seed % 2 else "L"),
            purpose=PURPOSES[seed % len(PURPOSES)],
            official_id=official_id,
            phone=f"0812-3456-78{seed:02d}",
            recruitment_no=f"REG-2026-{seed:05d}",
            documents=[
                legal.DocumentInput("kk", f"32160123456789{seed:02d}", 2, scan=scan),
                legal.DocumentInput("akta_lahir", f"3216-LT-17052004-{seed:04d}", 1),
            ],
        ),
    )


def pdf_bytes(size_mm=(210, 297), pages: int = 1, box_mm=None) -> bytes:
    """A vector PDF; ``box_mm`` = (x, y, w, h) from the top-left corner draws a black box."""
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas

    width, height = size_mm
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(width * mm, height * mm))
    for _ in range(pages):
        if box_mm:
            x, y, w, h = box_mm
            c.rect(x * mm, (height - y - h) * mm, w * mm, h * mm, stroke=0, fill=1)
        c.showPage()
    c.save()
    return buf.getvalue()
