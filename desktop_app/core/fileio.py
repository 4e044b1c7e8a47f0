"""Writing a file the user keeps (report, export, printed PDF, backup): whole or not at all.

Every writer goes through here (docs/design.md#files). The data goes to a temporary
file in the target's folder, is flushed and fsynced, then renamed over the target in one step
(``os.replace``) and the folder is fsynced, so a reader, a crash or a full disk never leaves a
half-written target and an existing file survives a failed write. New files are private to the
OS account (0600 on POSIX). On Windows a folder cannot be fsynced, and a rename onto a file that
an antivirus or the search indexer holds open for a moment fails: it is retried briefly.

Temporary files are named ``.loket-tmp-<pid>-<8 hex>.tmp`` (:data:`TEMP_GLOB`); one left by a
killed process is recognised by :func:`is_temp_name` and removed by
:func:`clear_stale_temp_files`.
"""

from __future__ import annotations

import errno
import logging
import os
import re
import secrets
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from .errors import ValidationError, disk_full_message, is_disk_full, os_reason
from .i18n import _

log = logging.getLogger(__name__)

TEMP_PREFIX = ".loket-tmp-"
TEMP_SUFFIX = ".tmp"
TEMP_GLOB = f"{TEMP_PREFIX}*{TEMP_SUFFIX}*"
# SQLite may leave its own side files (-journal, -wal, -shm) next to a temporary database.
_TEMP_NAME = re.compile(r"^\.loket-tmp-\d+-[0-9a-f]{8}\.tmp(?:-journal|-wal|-shm)?$")
FILE_MODE = 0o600
MAX_NAME_BYTES = 255  # one path component, on every file system the offices use
WINDOWS_MAX_PATH = 259  # without the long-path opt-in
_WINDOWS = os.name == "nt"
# A replace that fails because another program holds the target open (Windows): attempts and
# the pause before each retry, growing (about 2 s in all).
REPLACE_ATTEMPTS = 12
REPLACE_PAUSE_S = 0.03
_OPEN_FLAGS = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_BINARY", 0)  # Windows: no newline translation below Python's io
    | getattr(os, "O_NOINHERIT", 0)
    | getattr(os, "O_NOFOLLOW", 0)
)


class FileWriteError(ValidationError):
    """The file could not be written; the target is as it was (absent, or the old file)."""


def check_target(path: str | os.PathLike[str], field: str = "out") -> Path:
    """The destination, refused with an Indonesian message before any work if it cannot be
    written: bad characters, a name too long, a missing or read-only folder, a folder in the
    way, a read-only file. Callers check their own extensions first."""
    if "\x00" in os.fspath(path):
        raise FileWriteError(
            _("Nama berkas tujuan memuat karakter yang tidak sah."), [(field, _("tidak sah"))]
        )
    target = Path(path).expanduser()
    if len(os.fsencode(target.name)) > MAX_NAME_BYTES:
        raise FileWriteError(
            _("Nama berkas tujuan terlalu panjang (maksimal {n} karakter).", n=MAX_NAME_BYTES),
            [(field, _("nama terlalu panjang"))],
        )
    if _WINDOWS and len(str(target.absolute())) > WINDOWS_MAX_PATH:
        raise FileWriteError(
            _("Lokasi berkas tujuan terlalu panjang; pilih folder yang lebih dekat."),
            [(field, _("lokasi terlalu panjang"))],
        )
    folder = _folder(target)
    if not folder.is_dir():
        raise FileWriteError(
            _("Folder tujuan tidak ada: {folder}", folder=folder),
            [(field, _("folder tidak ada"))],
        )
    if target.is_dir():
        raise FileWriteError(
            _("Tujuan adalah sebuah folder, bukan berkas: {path}", path=target),
            [(field, _("tujuan berupa folder"))],
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise FileWriteError(
            _("Folder tujuan tidak dapat ditulis: {folder}", folder=folder),
            [(field, _("folder tidak dapat ditulis"))],
        )
    if target.exists() and not os.access(target, os.W_OK):
        raise FileWriteError(
            _("Berkas tujuan tidak dapat ditimpa: {path}", path=target),
            [(field, _("berkas tidak dapat ditimpa"))],
        )
    return target


def write_bytes(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically; returns the path written."""
    with open_atomic(path) as fh:
        fh.write(data)
    return Path(path).expanduser()


@contextmanager
def open_atomic(
    path: str | os.PathLike[str], mode: str = "wb", **open_args: Any
) -> Iterator[IO[Any]]:
    """``with open_atomic(p, "w", encoding="utf-8", newline="") as fh:`` — the file object of a
    temporary file; the target appears, complete, only when the block ends without an error."""
    if mode not in ("wb", "w"):
        raise ValueError(f"open_atomic writes a new file: mode 'w' or 'wb', not {mode!r}")
    with staged(path) as tmp:
        fh = open(tmp, mode, **open_args)  # noqa: SIM115 (closed below, before the rename)
        try:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        finally:
            fh.close()


@contextmanager
def staged(path: str | os.PathLike[str]) -> Iterator[Path]:
    """A private, empty temporary file beside ``path`` for a writer that wants a file name
    (openpyxl, SQLite's backup API). When the block ends it is fsynced and renamed over
    ``path``; if the block raises, it is removed and the target is untouched.

    An ``OSError`` (also from inside the block) becomes a :class:`FileWriteError` naming the
    target and the reason in Indonesian.
    """
    target = Path(path).expanduser()
    try:
        tmp = _create_temp(_folder(target))
    except OSError as exc:
        raise _write_error(target, exc) from exc
    try:
        yield tmp
        _fsync_file(tmp)
        replace(tmp, target)
    except OSError as exc:
        _discard(tmp)
        raise _write_error(target, exc) from exc
    except BaseException:
        _discard(tmp)
        raise


def replace(source: Path, target: Path) -> None:
    """``os.replace`` then fsync the folder; on Windows a briefly locked target is retried."""
    for attempt in range(1, REPLACE_ATTEMPTS + 1):
        try:
            os.replace(source, target)
            break
        except PermissionError:
            if not _WINDOWS or attempt == REPLACE_ATTEMPTS:
                raise
            time.sleep(REPLACE_PAUSE_S * attempt)
    fsync_folder(_folder(target))


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable. Windows cannot open a folder for this (NTFS journals
    the rename itself); some network file systems refuse it, which is not an error here."""
    if _WINDOWS:
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError as exc:
        log.warning("folder not opened for fsync (%s)", exc.strerror)
        return
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF, errno.EACCES):
            raise
    finally:
        os.close(fd)


def is_temp_name(name: str) -> bool:
    """True for a temporary file of :func:`staged` (or SQLite's side file next to one)."""
    return bool(_TEMP_NAME.match(name))


def clear_stale_temp_files(folder: Path, min_age_s: float = 3600.0) -> list[Path]:
    """Remove temporary files in ``folder`` left by a killed writer: untouched for
    ``min_age_s`` (a live writer keeps its file's time moving). Returns what was removed."""
    removed: list[Path] = []
    now = time.time()
    try:
        candidates = list(folder.glob(TEMP_GLOB))
    except OSError:
        return removed
    for path in candidates:
        if not is_temp_name(path.name):
            continue
        try:
            if now - path.stat().st_mtime < min_age_s or not path.is_file():
                continue
            path.unlink()
        except OSError:
            continue  # in use (Windows) or removed meanwhile
        removed.append(path)
    return removed


# --- internals ----------------------------------------------------------------------------------


def _folder(target: Path) -> Path:
    return target.parent if str(target.parent) else Path(".")


def _create_temp(folder: Path) -> Path:
    for _attempt in range(100):
        tmp = folder / f"{TEMP_PREFIX}{os.getpid()}-{secrets.token_hex(4)}{TEMP_SUFFIX}"
        try:
            fd = os.open(tmp, _OPEN_FLAGS, FILE_MODE)
        except FileExistsError:
            continue
        os.close(fd)
        return tmp
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(folder))


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _discard(tmp: Path) -> None:
    for side in (tmp, *(tmp.with_name(tmp.name + s) for s in ("-journal", "-wal", "-shm"))):
        try:
            side.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("temporary file not removed (%s)", exc.strerror)


def _write_error(target: Path, exc: OSError) -> FileWriteError:
    reason = os_reason(exc)
    if is_disk_full(exc):
        message = disk_full_message(target)
    else:
        message = _(
            "Berkas {path} tidak dapat disimpan: {reason}. Tidak ada yang ditulis.",
            path=target,
            reason=reason,
        )
    return FileWriteError(message, [("out", reason)])
