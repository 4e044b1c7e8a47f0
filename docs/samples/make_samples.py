"""Regenerate docs/samples/: one page image of each printed document, at 150 dpi, from the
current code (generated files: never edit the PNGs by hand).

Run from the repository root (needs ``pdftoppm`` from poppler-utils)::

    PYTHONPATH=. python docs/samples/make_samples.py [--out FOLDER] [--keep-pdf]

Everything is made on throw-away databases: the demo office (with its placeholder logo), the
day of known activity the report tests use (Friday 27 November 2026), a few legalization
entries with made-up scans, and the month the performance-report tests use (November 2026).
The README shows these images.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DPI = 150


def scanned_pdf(pages: list[bytes], size_mm: tuple[float, float]) -> bytes:
    """A scanner's PDF: each JPEG page stored as it is (DCTDecode), filling the page."""
    from reportlab import rl_config
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    rl_config.useA85 = 0
    try:
        c = Canvas(buf, pagesize=(size_mm[0] * mm, size_mm[1] * mm))
        for jpeg in pages:
            c.drawImage(ImageReader(io.BytesIO(jpeg)), 0, 0, size_mm[0] * mm, size_mm[1] * mm)
            c.showPage()
        c.save()
    finally:
        rl_config.useA85 = 1
    return buf.getvalue()


def build(out: Path, keep_pdf: bool) -> list[Path]:
    tmp = Path(tempfile.mkdtemp(prefix="loket-samples-"))
    os.environ["LOKET_DATA_DIR"] = str(tmp / "data")
    (tmp / "data").mkdir()
    sys.path.insert(0, str(ROOT / "tests"))
    import report_data
    from legal_helpers import NIP, document_scan, nik

    from desktop_app.core import legal_print as lp
    from desktop_app.core import legalization as legal
    from desktop_app.core import report, settings, users
    from desktop_app.core.demo import demo_office
    from desktop_app.core.legal_layout import CopyOptions
    from desktop_app.core.schema import open_database
    from desktop_app.core.security import SYSTEM

    db = open_database(f"sqlite:///{tmp / 'data' / 'samples.sqlite3'}")
    users.create_first_supervisor(db, "kasi", "Hendra Gunawan, S.IP.", "contoh-1234")
    users.create_user(db, SYSTEM, "sari", "Sari Wulandari", "legalisir", "contoh-1234")
    report_data.build_known_day(db)  # its officers budi, andi, kasi
    from sqlalchemy import func, select

    from desktop_app.core.models import LegalCounter, LegalEntry

    with db.write() as session:  # the known day writes register rows without the counter
        last = session.scalar(select(func.max(LegalEntry.seq)).where(LegalEntry.year == 2026))
        session.merge(LegalCounter(year=2026, last_seq=last or 0))
    sari = users.authenticate(db, "sari", "contoh-1234")
    settings.save_office(db, SYSTEM, demo_office())
    settings.set_value(db, SYSTEM, "legal_verify_url", "https://dukcapil.example.go.id/v/")  # demo
    legal.create_key(db, SYSTEM)  # prints carry the QR signed with this PC's key
    official = settings.save_official(
        db,
        SYSTEM,
        name="Drs. H. Ahmad Suryana, M.Si.",
        title="Kepala Bidang Pelayanan Pencatatan Sipil",
        rank="Pembina Tk. I (IV/b)",
        nip=NIP,
    )
    kk = document_scan(297, 210, dpi=150, ink_bottom_mm=80, fmt="JPEG")
    akta = [
        document_scan(210, 297, dpi=150, ink_bottom_mm=24, fmt="JPEG",
                      title=f"AKTA KELAHIRAN  No. 3216-LT-17052004-0042  halaman {n}")
        for n in (1, 2)
    ]  # fmt: skip
    data = legal.EntryInput(
        applicant_name="Rizky Pratama",
        nik=nik(3),
        purpose="tni_ad",
        official_id=official.id,
        phone="0812-3456-7890",
        recruitment_no="REG-TNIAD-2026-00123",
        documents=[
            legal.DocumentInput("kk", "3216012345678901", 2, scan=legal.check_scan(kk, "kk.jpg")),
            legal.DocumentInput(
                "akta_lahir",
                "3216-LT-17052004-0042",
                1,
                scan=legal.check_scan(scanned_pdf(akta, (210, 297)), "akta.pdf"),
            ),
        ],
    )
    entry = legal.create_entry(db, sari, data, now=datetime(2026, 11, 28, 2, 15, tzinfo=UTC))
    for n, (name, purpose, hour) in enumerate(
        (("Dewi Lestari", "polri", 3), ("Bagus Saputra", "tni_al", 5)), start=4
    ):
        legal.create_entry(
            db,
            sari,
            legal.EntryInput(
                applicant_name=name,
                nik=nik(n),
                purpose=purpose,
                official_id=official.id,
                documents=[
                    legal.DocumentInput("kk", f"32160123456789{n:02d}", 2),
                    legal.DocumentInput("akta_lahir", f"3216-LT-0101200{n}-00{n}", 1),
                ],
            ),
            now=datetime(2026, 11, 28, hour, 40, tzinfo=UTC),
        )
    printed = datetime(2026, 11, 28, 7, 5, tzinfo=UTC)
    from desktop_app.core import clock

    clock.now = lambda: printed  # "Dicetak ..." on the receipt: the same afternoon, every run
    head = users.authenticate(db, "kasi", "contoh-1234")
    users.set_nip(db, head, sari.user_id, "199203152015032004")  # under her name on the receipt
    documents: dict[str, tuple[bytes, tuple[int, ...]]] = {}

    # the register book of the first three entries (one page, signatures included), before
    # the entries made below for the endorsement samples
    book = lp.register_book_pdf(
        db, sari, date(2026, 11, 28), date(2026, 11, 29), printed_at=printed
    )
    others = iter(
        [("Putri Ayu Wulandari", 6), ("Ahmad Fauzi", 7), ("Siti Nurhaliza", 8),
         ("Dimas Anggara", 9), ("Nur Aisyah", 10)]
    )  # fmt: skip

    def as_printed(what: str, **options: object) -> bytes:
        """What the printer gets (the QR signed with the office key). The receipt is the first
        entry's; each endorsing sample is the first print of an entry of its own (a second
        print of one entry would say "CETAK ULANG")."""
        target = entry
        if what != "receipt":
            name, seed = next(others)
            target = legal.create_entry(
                db, sari, replace(data, applicant_name=name, nik=nik(seed)),
                now=datetime(2026, 11, 28, 6, 5 * seed, tzinfo=UTC),
            )  # fmt: skip
        return lp.print_entry(db, sari, target.id, what, **options).pdf

    day = report.summarize(db, report_data.DAY)
    from desktop_app.core.report_pdf import render_daily_pdf, report_maker
    from desktop_app.core.security import Actor, Role

    signer = settings.list_officials(db)[0]
    with db.read() as session:
        from desktop_app.core.models import User

        budi_id = session.scalar(select(User.id).where(User.username == "budi"))
    budi = Actor(budi_id, "budi", Role.PETUGAS, "Budi Santoso")
    daily = render_daily_pdf(
        day, settings.get_office(db), "Budi Santoso", signer=signer, maker=report_maker(budi),
        generated_at=datetime(2026, 11, 27, 16, 5, tzinfo=UTC),
    )  # fmt: skip
    documents["rekap-harian"] = (daily, (1, -1))
    week = report.summarize(db, date(2026, 11, 21), report_data.DAY)
    documents["rekap-rentang"] = (
        render_daily_pdf(week, settings.get_office(db), "Budi Santoso", signer=signer,
                         generated_at=printed),
        (1,),
    )  # fmt: skip
    documents["tanda-terima"] = (as_printed("receipt"), (1,))
    documents["pengesahan-a4"] = (
        as_printed("endorsement", paper="A4", repeat_copies=False),
        (1,),
    )
    documents["pengesahan-f4-mendatar"] = (
        as_printed("endorsement", paper="F4", repeat_copies=False, landscape=True),
        (1,),
    )
    documents["salinan-kk"] = (
        as_printed("copy", paper="A4", repeat_copies=False,
                      documents=[0]),
        (1,),
    )  # fmt: skip
    documents["salinan-akta-belakang"] = (
        as_printed("copy", paper="A4", repeat_copies=False,
                      documents=[1], copy=CopyOptions("back")),
        (1, 2),
    )  # fmt: skip
    documents["salinan-akta-diperkecil"] = (
        as_printed("copy", paper="A4", repeat_copies=False,
                      documents=[1], copy=CopyOptions("shrink")),
        (1,),
    )  # fmt: skip
    documents["kalibrasi-a4"] = (lp.calibration_pdf(db, paper="A4"), (1,))
    documents["buku-register"] = (book, (1,))

    documents["kinerja"] = (_performance_month(tmp), (1, 2))
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, (pdf, pages) in documents.items():
        path = tmp / f"{name}.pdf"
        path.write_bytes(pdf)
        if keep_pdf:
            shutil.copy(path, out / path.name)
        count = int(
            next(
                line.split()[-1]
                for line in subprocess.run(
                    ["pdfinfo", str(path)], capture_output=True, text=True, check=True
                ).stdout.splitlines()
                if line.startswith("Pages:")
            )
        )
        for page in pages:
            number = count if page == -1 else page
            stem = f"{name}-hal{number}" if len(pages) > 1 else name
            subprocess.run(
                ["pdftoppm", "-r", str(DPI), "-png", "-singlefile", "-f", str(number), "-l",
                 str(number), str(path), str(out / stem)],
                check=True,
            )  # fmt: skip
            written.append(_shrink(out / f"{stem}.png"))
    db.dispose()
    shutil.rmtree(tmp, ignore_errors=True)
    return written


def _performance_month(tmp: Path) -> bytes:
    """The monthly performance report of November 2026, from the performance tests' month."""
    import performance_data

    from desktop_app.core import performance, settings, users
    from desktop_app.core.demo import demo_office
    from desktop_app.core.schema import open_database
    from desktop_app.core.security import SYSTEM

    db = open_database(f"sqlite:///{tmp / 'data' / 'kinerja.sqlite3'}")
    try:
        head = users.create_first_supervisor(db, "kasi", "Hendra Gunawan, S.IP.", "contoh-1234")
        performance_data.build_month(db)
        settings.save_office(db, SYSTEM, demo_office())
        report = performance.build_report(db, head, month="2026-11", today=date(2026, 12, 1))
        return performance.render(
            db, head, report, ".pdf", generated_at=datetime(2026, 12, 1, 1, 30, tzinfo=UTC)
        )
    finally:
        db.dispose()


def _shrink(path: Path) -> Path:
    """The same 150-dpi page in at most 128 colours: a quarter of the bytes, same to the eye."""
    from PIL import Image

    with Image.open(path) as image:
        small = image.convert("RGB").quantize(128, dither=Image.Dither.NONE)
    small.save(path, optimize=True)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE, help="folder for the PNG files")
    parser.add_argument("--keep-pdf", action="store_true", help="copy the PDFs there too")
    args = parser.parse_args(argv)
    if not shutil.which("pdftoppm"):
        print("pdftoppm (poppler-utils) is needed", file=sys.stderr)
        return 1
    for path in build(args.out, args.keep_pdf):
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
