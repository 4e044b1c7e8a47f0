"""``loket gui``, ``loket init`` and ``loket audit verify``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

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
    p.add_argument(
        "--new-database",
        action="store_true",
        help=_(
            "mulai dengan basis data kosong bila basis data yang dulu dipakai hilang atau rusak "
            "(berkas yang rusak disimpan di folder cadangan)"
        ),
    )
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("audit", help=_("log audit"))
    audit_sub = p.add_subparsers(dest="audit_command", metavar=_("PERINTAH"), required=True)
    v = audit_sub.add_parser("verify", help=_("periksa keutuhan rantai log audit"))
    v.add_argument(
        "--against",
        metavar=_("BERKAS"),
        action="append",
        default=[],
        type=Path,
        help=_(
            "bandingkan juga dengan jejak audit di laporan harian (PDF) atau cadangan ini "
            "(boleh diulang)"
        ),
    )
    v.set_defaults(func=cmd_audit_verify)
    k = audit_sub.add_parser("key", help=_("kunci audit kantor (di luar basis data)"))
    key_sub = k.add_subparsers(dest="key_command", metavar=_("PERINTAH"), required=True)
    show = key_sub.add_parser("show", help=_("kunci yang dipakai basis data ini dan letaknya"))
    show.set_defaults(func=cmd_key_show)
    inst = key_sub.add_parser(
        "install", help=_("pasang berkas kunci audit dari komputer lain di komputer ini")
    )
    inst.add_argument("file", metavar=_("BERKAS"), type=Path)
    inst.set_defaults(func=cmd_key_install)


def cmd_gui(args: argparse.Namespace) -> int:
    from desktop_app.gui.app import run

    return run()


def cmd_init(args: argparse.Namespace) -> int:
    from desktop_app.core import recovery, schema, users
    from desktop_app.core.db import default_url, sqlite_file

    path = sqlite_file(default_url())
    if args.new_database and path is not None:
        kept = recovery.start_anew(path)
        if kept is not None:
            print(_("Basis data yang rusak disimpan di {path}.", path=kept))
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
    from desktop_app.core.audit import anchors_in_file, verify_chain

    anchors = [a for path in args.against for a in anchors_in_file(path)]
    db = open_db()
    report = verify_chain(db, anchors)
    if report.ok:
        print(_("Log audit utuh: {n} entri diperiksa.", n=report.checked))
        for anchor in anchors:
            print(
                _(
                    "Cocok dengan {source}: {anchor}.",
                    source=anchor.source,
                    anchor=anchor.text,
                )
            )
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


def cmd_key_show(args: argparse.Namespace) -> int:
    """Which key this database is chained with, and whether this PC has it."""
    import json

    from desktop_app import paths
    from desktop_app.core import audit_key
    from desktop_app.core.audit import HEAD_KEY
    from desktop_app.core.models import Setting

    db = open_db()
    with db.read() as session:
        row = session.get(Setting, HEAD_KEY)
    key_id = json.loads(row.value).get("key") if row is not None else None
    if not key_id:
        print(
            _(
                "Basis data ini belum memakai kunci audit; kunci dibuat saat tindakan pertama "
                "dicatat. Folder kunci: {folder}",
                folder=paths.key_dir(),
            )
        )
        return EXIT_OK
    path = audit_key.key_path(key_id)
    if audit_key.load(key_id) is None:
        print(
            _(
                "Kunci audit {key} TIDAK ADA di komputer ini (seharusnya {path}). Salin berkas "
                "itu dari komputer yang memakai basis data ini, lalu: loket audit key install "
                "BERKAS",
                key=key_id,
                path=path,
            ),
            file=sys.stderr,
        )
        return EXIT_REFUSED
    print(_("Kunci audit {key}: {path}", key=key_id, path=path))
    print(
        _(
            "Setiap komputer yang memakai basis data ini memerlukan salinan berkas itu (pasang "
            "dengan: loket audit key install BERKAS). Simpan juga satu salinan di tempat aman: "
            "tanpa kunci ini rantai audit tidak dapat diperiksa."
        )
    )
    return EXIT_OK


def cmd_key_install(args: argparse.Namespace) -> int:
    from desktop_app.core import audit_key

    key, new = audit_key.install(args.file)
    if new:
        print(
            _(
                "Kunci audit {key} dipasang: {path}",
                key=key.key_id,
                path=audit_key.key_path(key.key_id),
            )
        )
    else:
        print(_("Kunci audit {key} sudah terpasang; tidak ada yang diubah.", key=key.key_id))
    return EXIT_OK
