"""``loket legalisir list|pdf|buku|kunci``, ``loket verify`` and ``loket verify-page``: the
legalization register, its signing keys and its verification page, for the IT staff and for
scripts."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from desktop_app.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    actor_for,
    add_date_range,
    open_db,
    parse_day,
    print_json,
    read_secret,
)
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
        "--tanda-tangan-ulang",
        dest="resign",
        action="store_true",
        help=_("tanda tangani ulang dengan kunci kantor (entri skema lama, atau kuncinya dicabut)"),
    )
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
    add_date_range(book, required=True)
    book.add_argument("--out", required=True, metavar=_("BERKAS"))
    book.add_argument("--kertas", choices=("A4", "F4"))
    book.add_argument("--lengkap", action="store_true", help=_("NIK lengkap (supervisor)"))
    book.set_defaults(func=cmd_book)

    _register_keys(legal_sub)

    page = sub.add_parser(
        "verify-page", help=_("tulis halaman verifikasi (index.html) untuk diterbitkan kantor")
    )
    page.add_argument("--out", required=True, metavar=_("FOLDER"))
    page.set_defaults(func=cmd_verify_page)

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
    unlock_signing_key(db)
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
        resign=args.resign,
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
                "verdict": result.verdict,
                "status": result.status,
                "reason": result.reason,
                "scheme": result.scheme,
                "key": legal.key_label(result.key_id) if result.key_id is not None else None,
                "message": result.message,
                "register_no": result.register_no,
                "date": result.entry_date.isoformat() if result.entry_date else None,
                "name": result.applicant_name,
                "nik": result.nik_masked,
                "documents": [
                    {"type": t, "number": n, "copies": c} for t, n, c in result.documents
                ],
                "copies": result.total_copies,
                "revoked_at": result.revoked_at.isoformat() if result.revoked_at else None,
                "revoke_reason": result.revoke_reason or None,
                "notes": list(result.notes),
            }
        )
    else:
        out = sys.stdout if result.ok else sys.stderr
        print(result.verdict, file=out)
        print(result.message, file=out)
        if result.register_no:
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
        for note in result.notes:
            print(_("Catatan     : {v}", v=note), file=out)
    return EXIT_OK if result.ok else EXIT_REFUSED


def cmd_verify_page(args: argparse.Namespace) -> int:
    from desktop_app.core.legalization import verify_page

    db = open_db()
    actor = actor_for(args, db)
    unlock_signing_key(db)
    result = verify_page.build_page(db, actor, args.out)
    if result.previous_unreadable:
        print(
            _(
                "Peringatan: index.html yang lama di folder itu bukan halaman bertanda tangan "
                "kunci kantor; pencabutan di dalamnya tidak dibawa."
            ),
            file=sys.stderr,
        )
    print(
        _(
            "Halaman verifikasi ditulis ke {path}: {k} kunci, {e} legalisir dicabut, {rk} kunci "
            "dicabut. Terbitkan isi folder itu di alamat verifikasi kantor.",
            path=result.path,
            k=result.keys,
            e=result.revoked_entries,
            rk=result.revoked_keys,
        )
    )
    return EXIT_OK


# --- keys ----------------------------------------------------------------------------------------


def _register_keys(legal_sub: argparse._SubParsersAction) -> None:
    k = legal_sub.add_parser("kunci", help=_("kunci penandatangan legalisir kantor (supervisor)"))
    ks = k.add_subparsers(dest="key_command", metavar=_("PERINTAH"), required=True)
    ks.add_parser("daftar", help=_("daftar kunci dan statusnya di PC ini")).set_defaults(
        func=cmd_key_list
    )
    c = ks.add_parser("buat", help=_("buat kunci pertama kantor di PC ini"))
    c.add_argument(
        "--frasa-sandi",
        dest="protect",
        action="store_true",
        help=_("lindungi berkas kunci dengan frasa sandi (dari LOKET_KEY_PASSPHRASE atau stdin)"),
    )
    c.add_argument(
        "--ganti-yang-hilang",
        dest="replace_lost",
        action="store_true",
        help=_(
            "kunci lama hilang tanpa cadangan: buat kunci baru (PC lain memasang kunci publiknya)"
        ),
    )
    c.set_defaults(func=cmd_key_create)
    r = ks.add_parser("ganti", help=_("rotasi: kunci baru untuk tanda tangan berikutnya"))
    r.add_argument("--frasa-sandi", dest="protect", action="store_true")
    r.set_defaults(func=cmd_key_rotate)
    e = ks.add_parser("ekspor-publik", help=_("tulis kunci publik (PEM)"))
    e.add_argument("key_id", metavar=_("ID_KUNCI"))
    e.add_argument("--out", required=True, metavar=_("BERKAS.pem"))
    e.set_defaults(func=cmd_key_export)
    b = ks.add_parser(
        "cadangkan",
        help=_("salin kunci privat ke berkas berfrasa sandi (LOKET_BACKUP_PASSPHRASE atau stdin)"),
    )
    b.add_argument("key_id", metavar=_("ID_KUNCI"))
    b.add_argument("--out", required=True, metavar=_("BERKAS"))
    b.set_defaults(func=cmd_key_backup)
    i = ks.add_parser(
        "pasang",
        help=_(
            "pasang cadangan kunci di PC ini (frasa sandi dari LOKET_BACKUP_PASSPHRASE atau stdin)"
        ),
    )
    i.add_argument("file", metavar=_("BERKAS"))
    i.add_argument("--frasa-sandi", dest="protect", action="store_true")
    i.set_defaults(func=cmd_key_install)
    ip = ks.add_parser("pasang-publik", help=_("percayai kunci publik kantor di PC verifikasi"))
    ip.add_argument("file", metavar=_("BERKAS.pem"))
    ip.set_defaults(func=cmd_key_install_public)
    rv = ks.add_parser("cabut", help=_("cabut kunci (hilang, dicuri, pemegangnya pindah)"))
    rv.add_argument("key_id", metavar=_("ID_KUNCI"))
    rv.add_argument("--alasan", required=True)
    rv.set_defaults(func=cmd_key_revoke)


def _key_id(text: str) -> int:
    try:
        value = int(text.strip(), 16)
    except ValueError:
        value = -1
    if not 0 <= value <= 255:
        raise ValidationError(
            _("ID kunci adalah dua angka/huruf heksadesimal, misalnya 3A."), [("key_id", "")]
        )
    return value


def _passphrase(env: str, prompt: str, *, confirm: bool = False) -> str:
    value = os.environ.get(env)
    return value if value is not None else read_secret(prompt, confirm=confirm)


def unlock_signing_key(db: Any) -> None:
    """If this PC's signing key has a passphrase, ask it (LOKET_KEY_PASSPHRASE or stdin)."""
    from desktop_app.core.legalization import keys

    try:
        keys.signing_key(db)
    except keys.KeyLocked as exc:
        keys.unlock(exc.key_id, _passphrase("LOKET_KEY_PASSPHRASE", _("Frasa sandi kunci: ")))
    except keys.KeyUnavailable:
        pass  # the command itself says what is missing, if it needs the key


def _print_key(info: Any) -> None:
    from desktop_app.core.clock import office_date
    from desktop_app.core.formatting import long_date

    state = []
    if info.current:
        state.append(_("dipakai"))
    if info.revoked_at:
        state.append(_("dicabut {d}", d=long_date(office_date(info.revoked_at))))
    state.append(_("tepercaya") if info.trusted else _("TIDAK tepercaya di PC ini"))
    state.append(_("ada di PC ini") if info.here else _("tidak ada di PC ini"))
    if info.protected:
        state.append(_("berfrasa sandi"))
    print(f"{info.label}\t{info.fingerprint}\t{', '.join(state)}")


def cmd_key_list(args: argparse.Namespace) -> int:
    from desktop_app.core import legalization as legal

    db = open_db()
    actor = actor_for(args, db)
    infos = legal.list_keys(db, actor)
    if not infos:
        print(_("Kantor belum memiliki kunci penandatangan legalisir."))
    for info in infos:
        _print_key(info)
    ok, why = legal.can_sign(db)
    print(_("PC ini dapat menandatangani.") if ok else why)
    return EXIT_OK


def cmd_key_create(args: argparse.Namespace) -> int:
    from desktop_app.core import legalization as legal

    db = open_db()
    actor = actor_for(args, db)
    secret = (
        _passphrase("LOKET_KEY_PASSPHRASE", _("Frasa sandi kunci baru: "), confirm=True)
        if args.protect
        else ""
    )
    info = legal.create_key(db, actor, secret, replace_lost=args.replace_lost)
    print(
        _(
            "Kunci {id} dibuat (sidik jari {fp}). Cadangkan sekarang.",
            id=info.label,
            fp=info.fingerprint,
        )
    )
    return EXIT_OK


def cmd_key_rotate(args: argparse.Namespace) -> int:
    from desktop_app.core import legalization as legal

    db = open_db()
    actor = actor_for(args, db)
    unlock_signing_key(db)
    secret = (
        _passphrase("LOKET_NEW_KEY_PASSPHRASE", _("Frasa sandi kunci baru: "), confirm=True)
        if args.protect
        else ""
    )
    info = legal.rotate_key(db, actor, secret)
    print(
        _(
            "Kunci {id} dibuat (sidik jari {fp}) dan dipakai untuk tanda tangan berikutnya. "
            "Cadangkan, pasang di PC legalisir lain, dan terbitkan ulang halaman verifikasi.",
            id=info.label,
            fp=info.fingerprint,
        )
    )
    return EXIT_OK


def cmd_key_export(args: argparse.Namespace) -> int:
    from desktop_app.core import legalization as legal

    db = open_db()
    actor = actor_for(args, db)
    path = legal.export_public(db, actor, _key_id(args.key_id), args.out)
    print(_("Kunci publik ditulis ke {path}.", path=path))
    return EXIT_OK


def cmd_key_backup(args: argparse.Namespace) -> int:
    from desktop_app.core import legalization as legal
    from desktop_app.core.legalization import keys

    db = open_db()
    actor = actor_for(args, db)
    key_id = _key_id(args.key_id)
    secret = _passphrase("LOKET_BACKUP_PASSPHRASE", _("Frasa sandi cadangan: "), confirm=True)
    try:
        path = legal.backup_key(db, actor, key_id, args.out, secret)
    except keys.KeyLocked:
        keys.unlock(key_id, _passphrase("LOKET_KEY_PASSPHRASE", _("Frasa sandi kunci: ")))
        path = legal.backup_key(db, actor, key_id, args.out, secret)
    print(
        _(
            "Cadangan kunci {id} ditulis ke {path}. Simpan terpisah dari frasa sandinya.",
            id=args.key_id.upper(),
            path=path,
        )
    )
    return EXIT_OK


def cmd_key_install(args: argparse.Namespace) -> int:
    from desktop_app.core import legalization as legal

    db = open_db()
    actor = actor_for(args, db)
    secret = _passphrase("LOKET_BACKUP_PASSPHRASE", _("Frasa sandi cadangan: "))
    local = (
        _passphrase("LOKET_KEY_PASSPHRASE", _("Frasa sandi kunci di PC ini: "), confirm=True)
        if args.protect
        else ""
    )
    info = legal.install_key(db, actor, args.file, secret, local)
    print(
        _("Kunci {id} terpasang di PC ini (sidik jari {fp}).", id=info.label, fp=info.fingerprint)
    )
    return EXIT_OK


def cmd_key_install_public(args: argparse.Namespace) -> int:
    from desktop_app.core import legalization as legal

    db = open_db()
    actor = actor_for(args, db)
    info = legal.install_public(db, actor, args.file)
    print(
        _(
            "Kunci publik {id} dipercaya di PC ini (sidik jari {fp}).",
            id=info.label,
            fp=info.fingerprint,
        )
    )
    return EXIT_OK


def cmd_key_revoke(args: argparse.Namespace) -> int:
    from desktop_app.core import legalization as legal

    db = open_db()
    actor = actor_for(args, db)
    unlock_signing_key(db)
    info = legal.revoke_key(db, actor, _key_id(args.key_id), args.alasan)
    print(
        _(
            "Kunci {id} dicabut: tanda tangannya tidak sah lagi. Terbitkan ulang halaman "
            "verifikasi; cetak ulang legalisir yang masih berlaku dengan tanda tangan baru.",
            id=info.label,
        )
    )
    return EXIT_OK
