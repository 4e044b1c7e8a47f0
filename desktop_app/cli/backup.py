"""``loket backup`` and ``loket restore``: what the IT staff schedule and use after a disaster."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app.cli.common import EXIT_OK, EXIT_REFUSED, actor_for, open_db
from desktop_app.core.i18n import _

CONFIRM_WORD = "YA"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help=_("buat cadangan basis data sekarang"))
    p.add_argument(
        "--out",
        metavar=_("BERKAS"),
        type=Path,
        help=_("simpan cadangan ke berkas (atau folder) ini; bawaan: folder cadangan"),
    )
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help=_("pulihkan basis data dari berkas cadangan"))
    p.add_argument("file", metavar=_("BERKAS"), type=Path, help=_("berkas cadangan (.sqlite3)"))
    p.add_argument("--yes", action="store_true", help=_("jangan tanya konfirmasi"))
    p.set_defaults(func=cmd_restore)


def cmd_backup(args: argparse.Namespace) -> int:
    from desktop_app.core import backup

    db = open_db()
    try:
        actor = actor_for(args, db)
        made = backup.backup_now(db, actor, args.out)
    finally:
        db.dispose()
    print(_("Cadangan dibuat: {path} ({size}).", path=made, size=human_size(made.stat().st_size)))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    """The database is not migrated or even required to open first: restoring is what one does
    when it is damaged or gone."""
    from desktop_app.cli.common import user_password
    from desktop_app.core import backup
    from desktop_app.core.db import default_url
    from desktop_app.core.security import COMMAND_LINE

    target = backup.restore_target(default_url())
    username = getattr(args, "user", None)
    if not username:
        backup.require_restore_permission(target, COMMAND_LINE)  # refused there, and audited
    assert username, "the command line itself never holds Permission.RESTORE"
    check = backup.check_backup(args.file)
    actor = backup.restore_login(target, args.file, username, user_password(username))
    counts = check.row_counts
    print(
        _(
            "Cadangan {file}: skema {rev}; {users} pengguna, {requests} permohonan, "
            "{legal} entri legalisir, {audit} entri audit.",
            file=args.file,
            rev=check.revision,
            users=counts.get("users", 0),
            requests=counts.get("requests", 0),
            legal=counts.get("legal_entries", 0),
            audit=counts.get("audit_log", 0),
        )
    )
    if not args.yes and not confirm(target):
        return EXIT_REFUSED
    result = backup.restore(target, args.file, actor)
    if result.previous_copy:
        print(_("Data sebelumnya disimpan di {path}.", path=result.previous_copy))
    if result.revision != result.revision_in_backup:
        print(
            _(
                "Skema diperbarui dari {old} ke {new}.",
                old=result.revision_in_backup,
                new=result.revision,
            )
        )
    print(_("Basis data {path} dipulihkan dari {file}.", path=result.database, file=args.file))
    if not result.audit_ok:
        print(_("PERINGATAN: rantai log audit cadangan ini tidak utuh."), file=sys.stderr)
    return EXIT_OK


def confirm(target: Path) -> bool:
    """Ask on a terminal; without one, refuse (a script must say --yes explicitly)."""
    if sys.stdin is None or not sys.stdin.isatty():
        print(
            _(
                "Pemulihan mengganti seluruh data di {path}. Tidak ada terminal untuk "
                "konfirmasi: jalankan ulang dengan --yes.",
                path=target,
            ),
            file=sys.stderr,
        )
        return False
    print(
        _(
            "Seluruh data di {path} akan DIGANTI dengan isi cadangan ini. Salinan data saat ini "
            "disimpan di folder cadangan.",
            path=target,
        )
    )
    sys.stdout.write(_("Ketik {word} untuk melanjutkan: ", word=CONFIRM_WORD))
    sys.stdout.flush()
    if sys.stdin.readline().strip() != CONFIRM_WORD:
        print(_("Dibatalkan; tidak ada yang diubah."), file=sys.stderr)
        return False
    return True


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}".replace(".", ",")
        value /= 1024
    return f"{size} B"
