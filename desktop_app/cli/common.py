"""Helpers shared by the command modules: argument parsing in Indonesian, database and actor."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from typing import Any, NoReturn

from desktop_app.core.errors import LoketError, ValidationError
from desktop_app.core.i18n import _

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2

# argparse writes its own English; the messages people meet most are given in Indonesian.
_ARGPARSE_ID = [
    ("the following arguments are required", "argumen berikut wajib diisi"),
    ("unrecognized arguments", "argumen tidak dikenal"),
    ("invalid choice", "pilihan tidak valid"),
    ("expected one argument", "memerlukan satu nilai"),
    ("argument", "argumen"),
    ("invalid", "tidak valid"),
    ("value", "nilai"),
    ("choose from", "pilih dari"),
]


class LoketArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        for english, indonesian in _ARGPARSE_ID:
            message = message.replace(english, indonesian)
        self.print_usage(sys.stderr)
        print(_("{prog}: kesalahan: {message}", prog=self.prog, message=message), file=sys.stderr)
        raise SystemExit(EXIT_USAGE)

    def format_usage(self) -> str:
        return super().format_usage().replace("usage:", _("pemakaian:"))

    def format_help(self) -> str:
        text = super().format_help()
        return (
            text.replace("usage:", _("pemakaian:"))
            .replace("positional arguments:", _("argumen:"))
            .replace("options:", _("opsi:"))
            .replace("show this help message and exit", _("tampilkan bantuan ini lalu keluar"))
            .replace("show program's version number and exit", _("tampilkan versi lalu keluar"))
        )


def fail(message: str, exc: BaseException | None = None) -> int:
    print(message, file=sys.stderr)
    if isinstance(exc, ValidationError):
        shown = set(message.splitlines())
        for _field, problem in exc.problems:
            if problem not in shown:
                print(problem, file=sys.stderr)
    return EXIT_REFUSED


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
    """``--user`` logs in (password from LOKET_PASSWORD or stdin); otherwise the system account."""
    from desktop_app.core import users
    from desktop_app.core.security import SYSTEM

    username = getattr(args, "user", None)
    if not username:
        return SYSTEM
    password = os.environ.get("LOKET_PASSWORD")
    if password is None:
        password = read_secret(_("Kata sandi {user}: ", user=username))
    return users.authenticate(db, username, password)


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def refuse(message: str) -> NoReturn:
    raise LoketError(message)
