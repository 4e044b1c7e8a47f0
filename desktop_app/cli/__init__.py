"""The ``loket`` command line: the desktop app by default, plus the commands the IT
staff use to install, schedule and back it up.

Exit codes: 0 done, 1 refused (validation, permission, conflict; Indonesian message on stderr,
nothing written), 2 usage error. No traceback reaches the terminal; it goes to the log.
"""

from __future__ import annotations

import logging
import sys
from types import SimpleNamespace
from typing import TYPE_CHECKING

from desktop_app import __version__
from desktop_app.core.errors import LoketError, PermissionDenied
from desktop_app.core.i18n import _

if TYPE_CHECKING:
    import argparse

    from desktop_app.cli.common import LoketArgumentParser

# argparse and the command modules (desktop_app.cli.common) are imported only for commands:
# ``loket`` / ``loket gui`` goes straight to the login window.

log = logging.getLogger(__name__)

# Each module has register(subparsers); its subcommands set ``func(args) -> int``.
COMMAND_MODULES = ("admin", "requests", "legal", "report", "settings", "backup", "selfcheck")


def build_parser() -> LoketArgumentParser:
    from desktop_app.cli.common import LoketArgumentParser

    parser = LoketArgumentParser(
        prog="loket",
        description=_("Loket Dukcapil: layanan administrasi kependudukan di meja depan."),
    )
    parser.add_argument("--version", action="version", version=f"Loket Dukcapil {__version__}")
    parser.add_argument(
        "--user",
        metavar=_("NAMA_PENGGUNA"),
        help=_(
            "bertindak sebagai pengguna ini (kata sandi dari LOKET_PASSWORD atau stdin); "
            "tanpa opsi ini perintah berjalan sebagai akun sistem"
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar=_("PERINTAH"))
    import importlib

    for name in COMMAND_MODULES:
        importlib.import_module(f"desktop_app.cli.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv in ([], ["gui"]):
        # The desktop app: skip importing every command module to build the parser.
        args: argparse.Namespace | SimpleNamespace = SimpleNamespace(command="gui", func=_run_gui)
    else:
        args = build_parser().parse_args(argv)
        if args.command is None:
            args.command = "gui"
            args.func = _run_gui
    try:
        if args.command != "gui":  # the desktop app sets it up once its window is on screen
            from desktop_app.applog import setup_logging
            from desktop_app.cli.common import protect_files

            protect_files()
            setup_logging()
    except OSError as exc:
        from desktop_app.core.errors import os_reason

        return _fail(_("Folder data tidak dapat ditulis: {reason}", reason=os_reason(exc)))
    try:
        code = int(args.func(args) or 0)
        sys.stdout.flush()  # a closed pipe shows here, not as noise at exit
        return code
    except PermissionDenied as exc:
        if getattr(args, "user", None):
            return _fail(exc.message, exc)
        from desktop_app.cli.common import login_hint

        return _fail(f"{exc.message}\n{login_hint()}", exc)
    except LoketError as exc:
        return _fail(exc.message, exc)
    except KeyboardInterrupt:
        return _fail(_("Dibatalkan."))
    except BrokenPipeError:
        # The reader stopped early (``loket legalisir list --json | head``): nothing to say.
        _silence_stdout()
        return 0
    except Exception as exc:  # noqa: BLE001 - last line of defence: log it, explain it
        return _unexpected(args, exc)


def _unexpected(args: object, exc: Exception) -> int:
    """An error no code path expected: a plain message (disk full, a file the system refused),
    the details in the log. Only the command's name is logged: its arguments may name people."""
    from desktop_app import paths
    from desktop_app.core.db import plain_error
    from desktop_app.core.errors import disk_full_message, is_disk_full, os_reason

    command = getattr(args, "command", "?")
    if is_disk_full(exc):
        log.error("disk full in 'loket %s' (%s)", command, type(exc).__name__)
        return _fail(disk_full_message())
    plain = plain_error(exc)
    if plain is not None:
        log.error("'loket %s' refused: %s", command, type(exc).__name__)
        return _fail(plain.message)
    if isinstance(exc, OSError):
        log.error("'loket %s': %s", command, exc.strerror or type(exc).__name__)
        return _fail(
            _(
                "Berkas {name} tidak dapat dipakai: {reason}. Tidak ada yang diubah.",
                name=exc.filename if exc.filename is not None else "-",
                reason=os_reason(exc),
            )
        )
    log.exception("unexpected error in 'loket %s'", command)
    print(
        _(
            "Terjadi kesalahan yang tidak terduga ({kind}). Rinciannya dicatat di {log}.",
            kind=type(exc).__name__,
            log=paths.log_file(),
        ),
        file=sys.stderr,
    )
    return _fail(None)


def _silence_stdout() -> None:
    """Point stdout at the null device, so flushing it at exit raises nothing more."""
    import os

    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError):
        pass


def _run_gui(args: object) -> int:
    from desktop_app.gui.app import run

    return run()


def main_gui() -> int:
    """Entry point of the windowed executable."""
    return main(["gui"])


def _fail(message: str | None, exc: BaseException | None = None) -> int:
    """Print a refusal (unless already printed) and return exit code 1."""
    from desktop_app.cli.common import EXIT_REFUSED, fail

    return fail(message, exc) if message is not None else EXIT_REFUSED
