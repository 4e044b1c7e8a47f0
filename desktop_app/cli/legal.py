"""``loket legalisir list|pdf|buku`` and ``loket verify``: the legalization register for the IT
staff and for scripts."""

from __future__ import annotations

import argparse
import sys

from desktop_app.cli.common import EXIT_OK, EXIT_REFUSED, actor_for, open_db, parse_day, print_json
from desktop_app.core.errors import ValidationError
from desktop_app.core.i18n import _


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("legalisir", help=_("register legalisir TNI/Polri"))
    legal_sub = p.add_subparsers(dest="legal_command", metavar=_("PERINTAH"), required=True)

    lst = legal_sub.add_parser("list", help=_("daftar entri register"))
    lst.add_argument("--date", type=parse_day, help=_("hanya tanggal ini (bawaan: semua)"))
    lst.add_argument("--json", action="store_true", help=_("keluaran JSON"))
    lst.set_defaults(func=cmd_list)

    pdf = legal_sub.add_parser("pdf", help=_("ekspor ulang lembar pengesahan sebuah entri"))
    pdf.add_argument("register_no", metavar=_("NOMOR_REGISTER"))
    pdf.add_argument("--out", required=True, metavar=_("BERKAS.pdf"))
    pdf.add_argument(
        "--jenis",
        choices=("endorsement", "copy", "receipt"),
        default="endorsement",
        help=_("endorsement (blok saja, bawaan), copy (salinan berpindaian) atau receipt"),
    )
    pdf.add_argument("--kertas", choices=("A4", "F4"), help=_("ukuran kertas (bawaan: pengaturan)"))
    pdf.add_argument("--alasan", default="ekspor", help=_("alasan cetak ulang (bawaan: ekspor)"))
    pdf.add_argument(
        "--penempatan",
        choices=("otomatis", "belakang", "perkecil"),
        default="otomatis",
        help=_(
            "salinan: blok di ruang kosong pada ukuran asli (otomatis, bawaan), di halaman "
            "belakang, atau salinan diperkecil bila tidak muat"
        ),
    )
    pdf.add_argument(
        "--dpi",
        type=float,
        metavar="N",
        help=_("salinan: resolusi pindaian gambar yang tidak menyimpan resolusinya"),
    )
    pdf.add_argument(
        "--mendatar",
        action="store_true",
        default=None,
        help=_("blok saja: kertas mendatar (bawaan: pengaturan)"),
    )
    pdf.set_defaults(func=cmd_pdf)

    book = legal_sub.add_parser("buku", help=_("ekspor buku register (.pdf atau .xlsx)"))
    book.add_argument("--from", dest="date_from", type=parse_day, required=True)
    book.add_argument("--to", dest="date_to", type=parse_day, required=True)
    book.add_argument("--out", required=True, metavar=_("BERKAS"))
    book.add_argument("--kertas", choices=("A4", "F4"))
    book.add_argument("--lengkap", action="store_true", help=_("NIK lengkap (supervisor)"))
    book.set_defaults(func=cmd_book)

    v = sub.add_parser("verify", help=_("periksa keaslian legalisir dari kode atau isi QR"))
    v.add_argument("text", metavar=_("KODE_ATAU_TEKS_QR"), nargs="+")
    v.add_argument("--json", action="store_true", help=_("keluaran JSON"))
    v.set_defaults(func=cmd_verify)


def cmd_list(args: argparse.Namespace) -> int:
    from desktop_app.core import legalization as legal

    db = open_db()
    actor = actor_for(args, db)
    entries, _total = legal.list_entries(
        db, actor, date_from=args.date, date_to=args.date, limit=None
    )
    if args.json:
        print_json(
            [
                {
                    "register_no": e.register_no,
                    "date": e.entry_date.isoformat(),
                    "name": e.applicant_name,
                    "nik": e.nik_masked,
                    "purpose": e.purpose_label,
                    "documents": [
                        {"type": d.label, "number": d.doc_number, "copies": d.copies}
                        for d in e.documents
                    ],
                    "copies": e.total_copies,
                    "official": e.official.name,
                    "status": e.status,
                    "code": e.code_display,
                    "prints": e.print_count,
                    "reprints": e.reprint_count,
                }
                for e in entries
            ]
        )
        return EXIT_OK
    if not entries:
        print(_("Tidak ada entri legalisir."))
        return EXIT_OK
    for e in entries:
        print(
            f"{e.register_no}\t{e.entry_date:%d-%m-%Y}\t{e.applicant_name}\t{e.nik_masked}\t"
            f"{e.purpose_label}\t{e.total_copies}\t{e.status}"
        )
    print(_("{n} entri.", n=len(entries)))
    return EXIT_OK


def cmd_pdf(args: argparse.Namespace) -> int:
    from desktop_app.core import legal_print
    from desktop_app.core import legalization as legal

    db = open_db()
    actor = actor_for(args, db)
    from desktop_app.core.legal_layout import CopyOptions

    entry = legal.find_entry(db, actor, args.register_no)
    placement = {"otomatis": "auto", "belakang": "back", "perkecil": "shrink"}[args.penempatan]
    dpi = {d.position: args.dpi for d in entry.documents} if args.dpi else {}
    result = legal_print.print_entry(
        db,
        actor,
        entry.id,
        args.jenis,
        kind="export",
        reason=args.alasan,
        paper=args.kertas,
        out=args.out,
        landscape=args.mendatar,
        copy=CopyOptions(placement, dpi),
    )
    print(
        _(
            "Lembar {no} ditulis ke {path} (cetak ulang ke-{n}).",
            no=entry.register_no,
            path=result.path,
            n=result.record.reprint_no,
        )
    )
    return EXIT_OK


def cmd_book(args: argparse.Namespace) -> int:
    from desktop_app.core import legal_print

    db = open_db()
    actor = actor_for(args, db)
    path = legal_print.export_register(
        db, actor, args.date_from, args.date_to, args.out, paper=args.kertas, unmask=args.lengkap
    )
    print(_("Buku register ditulis ke {path}.", path=path))
    return EXIT_OK


STATUS_TEXT = {
    "valid": "SAH",
    "revoked": "DICABUT",
    "unknown": "TIDAK DIKENAL",
    "tampered": "TIDAK SAH (DIUBAH)",
}


def cmd_verify(args: argparse.Namespace) -> int:
    from desktop_app.core import legalization as legal
    from desktop_app.core.formatting import long_date

    text = " ".join(args.text)
    if not text.strip():
        raise ValidationError(_("Kode verifikasi kosong."))
    db = open_db()
    actor = actor_for(args, db)
    result = legal.verify(db, actor, text)
    if args.json:
        print_json(
            {
                "status": result.status,
                "message": result.message,
                "register_no": result.register_no,
                "date": result.entry_date.isoformat() if result.entry_date else None,
                "name": result.applicant_name,
                "nik": result.nik_masked,
                "documents": [
                    {"type": t, "number": n, "copies": c} for t, n, c in result.documents
                ],
                "copies": result.total_copies,
            }
        )
    else:
        out = sys.stdout if result.ok else sys.stderr
        print(result.message, file=out)
        if result.register_no:
            print(_("Status      : {s}", s=_(STATUS_TEXT[result.status])), file=out)
            print(_("No. register: {v}", v=result.register_no), file=out)
            if result.entry_date:
                print(_("Tanggal     : {v}", v=long_date(result.entry_date)), file=out)
            print(_("Nama        : {v}", v=result.applicant_name), file=out)
            print(_("NIK         : {v}", v=result.nik_masked), file=out)
            for label, number, copies in result.documents:
                print(
                    _("Dokumen     : {d} No. {n} ({c} salinan)", d=label, n=number, c=copies),
                    file=out,
                )
            print(_("Jumlah      : {v} salinan", v=result.total_copies), file=out)
    return EXIT_OK if result.ok else EXIT_REFUSED
