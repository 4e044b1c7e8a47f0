"""``loket gui``, ``loket init`` and ``loket audit verify``."""

from __future__ import annotations

import argparse
import sys

from desktop_app.cli.common import EXIT_OK, EXIT_REFUSED, open_db, read_secret
from desktop_app.core.i18n import _


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("gui", help=_("buka aplikasi desktop (bawaan)"))
    p.set_defaults(func=cmd_gui)

    p = sub.add_parser("init", help=_("buat atau perbarui basis data"))
    p.add_argument(
        "--admin",
        metavar=_("NAMA_PENGGUNA"),
        help=_("buat akun supervisor pertama dengan nama pengguna ini"),
    )
    p.add_argument("--nama", default="", help=_("nama lengkap supervisor pertama"))
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("audit", help=_("log audit"))
    audit_sub = p.add_subparsers(dest="audit_command", metavar=_("PERINTAH"), required=True)
    v = audit_sub.add_parser("verify", help=_("periksa keutuhan rantai log audit"))
    v.set_defaults(func=cmd_audit_verify)


def cmd_gui(args: argparse.Namespace) -> int:
    from desktop_app.gui.app import run

    return run()


def cmd_init(args: argparse.Namespace) -> int:
    from desktop_app.core import schema, users

    db = open_db()
    print(
        _(
            "Basis data siap: {where} (skema {rev}).",
            where=db.location,
            rev=schema.current_revision(db),
        )
    )
    if args.admin:
        if users.has_users(db):
            print(_("Akun sudah ada; tidak ada yang diubah."))
            return EXIT_OK
        password = read_secret(_("Kata sandi untuk {user}: ", user=args.admin), confirm=True)
        actor = users.create_first_supervisor(db, args.admin, args.nama or args.admin, password)
        print(_("Supervisor {user} dibuat.", user=actor.username))
    return EXIT_OK


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from desktop_app.core.audit import verify_chain

    db = open_db()
    report = verify_chain(db)
    if report.ok:
        print(_("Log audit utuh: {n} entri diperiksa.", n=report.checked))
        return EXIT_OK
    print(
        _(
            "Log audit RUSAK pada entri nomor {id}: {reason}.",
            id=report.broken_id,
            reason=report.reason,
        ),
        file=sys.stderr,
    )
    return EXIT_REFUSED
