"""``loket import``, ``loket export`` and ``loket demo``."""

from __future__ import annotations

import argparse
import sys

from desktop_app.cli.common import (
    EXIT_OK,
    EXIT_REFUSED,
    actor_for,
    add_date_range,
    open_db,
)
from desktop_app.core.errors import ValidationError
from desktop_app.core.i18n import _


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help=_("impor permohonan dari berkas CSV atau XLSX"))
    p.add_argument("file", metavar=_("BERKAS"), help=_("berkas .csv atau .xlsx"))
    p.add_argument(
        "--skip-invalid",
        action="store_true",
        help=_(
            "impor baris yang valid dan laporkan sisanya (bawaan: semua atau tidak sama sekali)"
        ),
    )
    p.add_argument("--json", action="store_true", help=_("cetak hasil sebagai JSON"))
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", help=_("ekspor permohonan ke CSV atau XLSX"))
    add_date_range(p, required=True)
    p.add_argument("--out", required=True, metavar=_("BERKAS"), help=_("berkas .csv atau .xlsx"))
    p.add_argument(
        "--full-nik",
        action="store_true",
        help=_("tampilkan NIK dan Nomor KK lengkap (hanya supervisor; dicatat di log audit)"),
    )
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("demo", help=_("isi basis data dengan data contoh yang realistis"))
    p.add_argument("--days", type=int, default=30, metavar="N", help=_("jumlah hari (bawaan 30)"))
    p.add_argument("--seed", type=int, default=None, help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_demo)


def cmd_import(args: argparse.Namespace) -> int:
    from desktop_app.cli.common import print_json
    from desktop_app.core.importer import ImportRejected, import_file

    db = open_db()
    actor = actor_for(args, db)
    try:
        result = import_file(db, actor, args.file, skip_invalid=args.skip_invalid)
    except ImportRejected as exc:
        print(exc.message, file=sys.stderr)
        for line in exc.errors:
            print(line, file=sys.stderr)
        return EXIT_REFUSED
    if args.json:
        print_json(result.__dict__)
    else:
        print(
            _(
                "Impor {file}: {added} permohonan ditambahkan, {skipped} dilewati (sudah ada), "
                "{invalid} baris tidak valid.",
                file=result.file_name,
                added=result.added,
                skipped=result.skipped,
                invalid=result.invalid,
            )
        )
    for line in result.errors:
        print(line, file=sys.stderr)
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from desktop_app.core.exporter import export_requests

    db = open_db()
    actor = actor_for(args, db)
    if args.date_to < args.date_from:
        raise ValidationError(
            _(
                "Tanggal --to ({to}) sebelum tanggal --from ({start}).",
                to=args.date_to.isoformat(),
                start=args.date_from.isoformat(),
            )
        )
    result = export_requests(
        db, actor, args.date_from, args.date_to, args.out, unmask=args.full_nik
    )
    print(
        _(
            "{n} permohonan diekspor ke {path}{full}.",
            n=result.rows,
            path=result.path,
            full=_(" (NIK lengkap)") if result.unmasked else "",
        )
    )
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop_app.core.demo import fill_demo

    if not 1 <= args.days <= 365:
        raise ValidationError(_("--days harus antara 1 dan 365."))
    db = open_db()
    refuse_demo_in_office_data(db)
    result = fill_demo(db, days=args.days, seed=args.seed)
    print(
        _(
            "Data contoh ditambahkan: {n} permohonan selama {days} hari terakhir.",
            n=result.requests_added,
            days=args.days,
        )
    )
    if result.office_set:
        print(_("Profil kantor contoh dipasang (Disdukcapil Kabupaten Bekasi)."))
    print(_("Akun contoh (kata sandi sama untuk semua):"))
    for username, role, password in result.logins:
        print(f"  {username:<6} {role:<11} {password}")
    return EXIT_OK


def refuse_demo_in_office_data(db) -> None:  # type: ignore[no-untyped-def]
    """Demo data (and accounts with a published password) only go into a new or a demo
    database: in an office's real data they would be a supervisor account anyone can use."""
    from sqlalchemy import select

    from desktop_app.core.demo import DEMO_USERS
    from desktop_app.core.models import User

    with db.read() as session:
        names = set(session.scalars(select(User.username)))
    others = sorted(names - {username for username, _name, _role in DEMO_USERS})
    if others:
        raise ValidationError(
            _(
                "Basis data ini sudah berisi akun kantor ({names}); data contoh hanya untuk "
                "basis data baru atau basis data contoh.",
                names=", ".join(others[:5]),
            )
        )
