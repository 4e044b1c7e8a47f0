"""One way to tell an officer that something failed: plain Indonesian, never a raw exception.

:func:`describe_error` turns any exception into a sentence: the core's own refusals keep their
message; a full disk, a missing permission, a file in the way, a name Windows refuses … are said
in plain words naming the file or folder; anything unexpected becomes the general "something went
wrong, details are in the log" (and is logged with its traceback). :func:`show_error` shows it.
"""

from __future__ import annotations

import errno
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.core.errors import LoketError, disk_full_message, is_disk_full, os_reason

log = logging.getLogger(__name__)


def _where(exc: OSError) -> str:
    """The file or folder an OSError is about, as the officer knows it (the whole path)."""
    name = exc.filename2 or exc.filename
    return str(name) if name else ""


def describe_error(exc: BaseException, doing: str = "") -> str:
    """``exc`` in plain Indonesian. ``doing`` says what was being done ("Cadangan", "Ekspor")
    and starts the sentence of a failure that is not the core's own refusal."""
    if isinstance(exc, LoketError):
        return exc.message
    prefix = (
        QCoreApplication.translate("errors", "{doing} gagal: ").format(doing=doing) if doing else ""
    )
    if is_disk_full(exc):
        return prefix + disk_full_message(_where(exc) if isinstance(exc, OSError) else "")
    if isinstance(exc, OSError):
        return prefix + _os_error(exc)
    try:
        from sqlalchemy.exc import SQLAlchemyError
    except ImportError:  # pragma: no cover - SQLAlchemy is always installed
        SQLAlchemyError = ()  # type: ignore[assignment,misc]  # noqa: N806
    if isinstance(exc, SQLAlchemyError):
        log.error("database error shown to the user", exc_info=exc)
        return prefix + QCoreApplication.translate(
            "errors",
            "Basis data tidak dapat dipakai saat ini (sedang dipakai komputer lain atau "
            "sambungan terputus). Tidak ada yang disimpan; coba lagi sebentar lagi.",
        )
    log.error("unexpected error shown to the user", exc_info=exc)
    from desktop_app import paths

    return prefix + QCoreApplication.translate(
        "errors",
        "Terjadi kesalahan yang tidak terduga; tidak ada yang disimpan. Rinciannya dicatat di "
        "{log}.",
    ).format(log=paths.log_file())


def _os_error(exc: OSError) -> str:
    where = _where(exc)
    name = Path(where).name if where else ""
    if isinstance(exc, FileExistsError):
        return QCoreApplication.translate(
            "errors",
            '"{path}" sudah ada dan menghalangi: pindahkan atau ganti nama berkas itu, lalu coba '
            "lagi.",
        ).format(path=where)
    if isinstance(exc, PermissionError):
        return QCoreApplication.translate(
            "errors",
            'Tidak ada izin untuk menulis "{path}". Pilih folder lain (misalnya Dokumen), atau '
            "minta petugas TI memberi izin.",
        ).format(path=where)
    if isinstance(exc, IsADirectoryError):
        return QCoreApplication.translate(
            "errors", '"{path}" adalah folder, bukan berkas: pilih nama berkas.'
        ).format(path=where)
    if isinstance(exc, NotADirectoryError):
        return QCoreApplication.translate(
            "errors", 'Sebagian dari "{path}" adalah berkas, bukan folder: pilih folder lain.'
        ).format(path=where)
    if isinstance(exc, FileNotFoundError):
        return QCoreApplication.translate(
            "errors",
            'Folder atau berkas "{path}" tidak ditemukan (mungkin flashdisk dicabut atau folder '
            "dipindahkan).",
        ).format(path=where)
    if exc.errno == errno.EROFS:
        return QCoreApplication.translate(
            "errors", '"{path}" ada di media yang hanya dapat dibaca: pilih folder lain.'
        ).format(path=where)
    if exc.errno in (errno.ENAMETOOLONG, errno.EINVAL):
        return QCoreApplication.translate(
            "errors",
            'Nama berkas "{name}" tidak dapat dipakai (terlalu panjang atau memuat tanda yang '
            'tidak boleh): pakai nama yang lebih pendek tanpa tanda / \\ : * ? " < > |.',
        ).format(name=name or where)
    reason = os_reason(exc)
    if where:
        return QCoreApplication.translate(
            "errors", '"{path}" tidak dapat ditulis: {reason}.'
        ).format(path=where, reason=reason)
    return QCoreApplication.translate("errors", "Berkas tidak dapat ditulis: {reason}.").format(
        reason=reason
    )


def show_error(parent: QWidget | None, title: str, exc: BaseException, doing: str = "") -> str:
    """Show :func:`describe_error` in a warning box; returns the text shown."""
    text = describe_error(exc, doing)
    QMessageBox.warning(parent, title, text)
    return text
