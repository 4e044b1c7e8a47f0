"""Helpers shared by the command modules: argument parsing in Indonesian, database and actor."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from datetime import date, datetime
from typing import Any, NoReturn

from desktop_app.core.errors import LoketError, ValidationError
from desktop_app.core.i18n import _

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2

# argparse's own messages, by their English templates (argparse looks them up through
# ``gettext`` before it fills in what the user typed, so a value is never rewritten).
_ARGPARSE_ID = {
    "usage: ": "pemakaian: ",
    "positional arguments": "argumen",
    "options": "opsi",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "show program's version number and exit": "tampilkan versi lalu keluar",
    "%(prog)s: error: %(message)s\n": "%(prog)s: kesalahan: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "argumen berikut wajib diisi: %s",
    "one of the arguments %s is required": "salah satu argumen %s wajib diisi",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "pilihan tidak valid: %(value)r (pilih dari %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "nilai tidak valid: %(value)r",
    "expected one argument": "memerlukan satu nilai",
    "expected at least one argument": "memerlukan paling sedikit satu nilai",
    "expected at most one argument": "memerlukan paling banyak satu nilai",
    "expected %s argument": "memerlukan %s nilai",
    "expected %s arguments": "memerlukan %s nilai",
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
    "ambiguous option: %(option)s could match %(matches)s": (
        "opsi %(option)s ambigu: bisa berarti %(matches)s"
    ),
    "ignored explicit argument %r": "nilai %r diabaikan",
    "can't open '%(filename)s': %(error)s": "tidak dapat membuka '%(filename)s': %(error)s",
}


def _argparse_gettext(message: str) -> str:
    indonesian = _ARGPARSE_ID.get(message)
    return _(indonesian) if indonesian is not None else message


def _argparse_ngettext(singular: str, plural: str, n: int) -> str:
    return _argparse_gettext(singular if n == 1 else plural)


# argparse calls the module-level names ``_`` and ``ngettext`` (CPython 3.11-3.14).
argparse._ = _argparse_gettext  # type: ignore[attr-defined]
argparse.ngettext = _argparse_ngettext  # type: ignore[attr-defined]

# Dates on the command line: the forms the README promises, and nothing that overflows later.
_DAY_FORMATS = ("%Y-%m-%d", "%d-%m-%Y")
MIN_YEAR, MAX_YEAR = 1900, 2999


def parse_day(text: str) -> date:
    """``YYYY-MM-DD`` or ``DD-MM-YYYY`` (``/`` or ``.`` also accepted as separators): the one
    date parser of every command; an impossible date is a usage error (exit 2) naming it."""
    value = text.strip().replace("/", "-").replace(".", "-")
    for fmt in _DAY_FORMATS:
        try:
            day = datetime.strptime(value, fmt).date()
        except ValueError:
            continue
        if not MIN_YEAR <= day.year <= MAX_YEAR:
            raise argparse.ArgumentTypeError(
                _(
                    "tanggal {text} di luar rentang tahun {low}\u2013{high}",
                    text=text,
                    low=MIN_YEAR,
                    high=MAX_YEAR,
                )
            )
        return day
    raise argparse.ArgumentTypeError(
        _(
            "tanggal {text} tidak valid; tulis TTTT-BB-HH atau HH-BB-TTTT, misalnya 2026-11-28 "
            "atau 28-11-2026",
            text=text,
        )
    )


def add_date_range(
    parser: argparse.ArgumentParser,
    start_group: argparse._MutuallyExclusiveGroup | None = None,
    *,
    required: bool = False,
) -> None:
    """``--from``/``--to`` (``date_from``/``date_to``), declared alike by every command;
    ``--from`` goes into ``start_group`` when it excludes another start (``--date``,
    ``--month``). Optional ends default to today in the command itself."""
    (start_group or parser).add_argument(
        "--from",
        dest="date_from",
        type=parse_day,
        required=required,
        metavar=_("TANGGAL"),
        help=_("awal rentang (TTTT-BB-HH atau HH-BB-TTTT)"),
    )
    parser.add_argument(
        "--to",
        dest="date_to",
        type=parse_day,
        required=required,
        metavar=_("TANGGAL"),
        help=_("akhir rentang (TTTT-BB-HH atau HH-BB-TTTT)")
        if required
        else _("akhir rentang; bawaan: hari ini"),
    )


class LoketArgumentParser(argparse.ArgumentParser):
    """argparse with Indonesian messages; a usage error exits 2."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(
            EXIT_USAGE,
            _argparse_gettext("%(prog)s: error: %(message)s\n")
            % {
                "prog": self.prog,
                "message": message,
            },
        )


def fail(message: str, exc: BaseException | None = None) -> int:
    print(message, file=sys.stderr)
    if isinstance(exc, ValidationError):
        shown = set(message.splitlines())
        for _field, problem in exc.problems:
            if problem not in shown:
                print(problem, file=sys.stderr)
    return EXIT_REFUSED


def protect_files() -> None:
    """Data folder 0700, files 0600 (POSIX), saying so on stderr when an older install is
    fixed; temporaries of a restore or backup killed halfway are removed."""
    from desktop_app import paths
    from desktop_app.core import recovery
    from desktop_app.core.db import default_url, sqlite_file

    changed = paths.protect_data_folder()
    if changed:
        print(protection_notice(len(changed)), file=sys.stderr)
    recovery.clear_stale_temps(recovery.temp_folders(sqlite_file(default_url())))


def protection_notice(count: int) -> str:
    from desktop_app import paths

    return _(
        "Izin berkas diperketat: {n} berkas dan folder di {folder} kini hanya dapat dibuka oleh "
        "akun komputer ini.",
        n=count,
        folder=paths.data_dir(),
    )


def open_db():  # type: ignore[no-untyped-def]
    """The database, migrated to this version (backup first); DatabaseError becomes exit 1."""
    from desktop_app.core.schema import open_database

    return open_database()


def read_secret(prompt: str, confirm: bool = False) -> str:
    """A password: asked (twice if ``confirm``) on a terminal, else the first line of stdin."""
    if sys.stdin is not None and sys.stdin.isatty():
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass(_("Ulangi kata sandi: ")) != first:
            raise ValidationError(_("Kedua kata sandi tidak sama."))
        return first
    line = sys.stdin.readline() if sys.stdin is not None else ""
    return line.rstrip("\r\n")


def actor_for(args: argparse.Namespace, db: Any):  # type: ignore[no-untyped-def]
    """``--user`` logs in (password from LOKET_PASSWORD or stdin); otherwise the system account,
    which may do only what needs no password (see ``security.COMMAND_LINE``)."""
    from desktop_app.core import users
    from desktop_app.core.security import COMMAND_LINE

    username = getattr(args, "user", None)
    if not username:
        return COMMAND_LINE
    return users.authenticate(db, username, user_password(username))


def user_password(username: str) -> str:
    """The ``--user``'s password: ``LOKET_PASSWORD``, else asked on a terminal or read from
    stdin."""
    password = os.environ.get("LOKET_PASSWORD")
    if password is None:
        password = read_secret(_("Kata sandi {user}: ", user=username))
    return password


def login_hint() -> str:
    return _(
        "Jalankan dengan --user NAMA_PENGGUNA (akun yang berwenang); kata sandinya dibaca dari "
        "LOKET_PASSWORD atau stdin."
    )


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def refuse(message: str) -> NoReturn:
    raise LoketError(message)
