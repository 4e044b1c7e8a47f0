"""Errors the core raises on purpose. Their message is for the user, in Indonesian."""

from __future__ import annotations


class LoketError(Exception):
    """A refusal the user must read: validation, permission, conflict. Exit code 1 on the CLI."""

    exit_code = 1

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""


class ValidationError(LoketError):
    """Input that breaks a rule; ``problems`` holds (field, message) pairs if several."""

    def __init__(self, message: str, problems: list[tuple[str, str]] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


class PermissionDenied(LoketError):
    """The actor's role does not allow the operation (the refusal is audited)."""


class NotFound(LoketError):
    """The record named by the user does not exist."""


class Conflict(LoketError):
    """Someone else changed the record since it was read; nothing was overwritten."""


class DatabaseError(LoketError):
    """The database cannot be opened or used (wrong URL, newer schema, locked, ...)."""


class DiskFull(LoketError):
    """The disk (or the database's quota) is full; the transaction was rolled back."""


def os_reason(exc: OSError) -> str:
    """Why a file operation failed, in plain Indonesian (``strerror`` is English on most PCs;
    Windows error codes are mapped to these errno values by Python)."""
    import errno

    from .i18n import _

    reasons = {
        errno.ENOSPC: _("disk penuh"),
        getattr(errno, "EDQUOT", -1): _("kuota disk habis"),
        errno.EACCES: _("tidak ada izin"),
        errno.EPERM: _("tidak ada izin"),
        errno.ENAMETOOLONG: _("nama berkas terlalu panjang"),
        errno.ENOENT: _("berkas atau folder tidak ditemukan"),
        errno.ENOTDIR: _("bagian jalurnya bukan folder"),
        errno.EISDIR: _("tujuannya sebuah folder"),
        errno.EROFS: _("media hanya dapat dibaca"),
        errno.EEXIST: _("berkas sudah ada"),
        errno.EBUSY: _("sedang dipakai program lain"),
        errno.EIO: _("kesalahan baca/tulis pada disk"),
        errno.EINVAL: _("nama berkas tidak sah"),
        errno.EMFILE: _("terlalu banyak berkas terbuka"),
    }
    return reasons.get(exc.errno or 0, _("kesalahan sistem berkas ({code})", code=exc.errno))


def is_disk_full(exc: BaseException) -> bool:
    """An OSError ENOSPC/EDQUOT, or SQLite's / PostgreSQL's "disk is full", anywhere in the
    exception's chain."""
    import errno

    full = (errno.ENOSPC, getattr(errno, "EDQUOT", -1))
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno in full:
            return True
        text = str(current).lower()
        if "database or disk is full" in text or "no space left on device" in text:
            return True
        if getattr(current, "sqlite_errorcode", None) == 13:  # SQLITE_FULL
            return True
        if getattr(current, "sqlstate", None) in ("53100", "53400"):  # disk_full, PG quota
            return True
        current = getattr(current, "orig", None) or current.__cause__ or current.__context__
    return False


def disk_full_message(where: object = "") -> str:
    from .i18n import _

    if where:
        return _(
            "Disk penuh: {where} tidak dapat ditulis; tidak ada yang disimpan. Kosongkan ruang "
            "disk (hapus berkas yang tidak perlu), lalu coba lagi.",
            where=where,
        )
    return _(
        "Disk penuh: tidak ada yang disimpan. Kosongkan ruang disk (hapus berkas yang tidak "
        "perlu), lalu coba lagi."
    )
