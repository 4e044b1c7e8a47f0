"""Writing an exported file so that a reader never sees half of it."""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import ValidationError
from ..i18n import _


def write_file_atomic(path: str | Path, data: bytes) -> Path:
    """Write to a temporary file beside ``path`` then rename it: a reader never sees half."""
    if "\x00" in str(path):
        raise ValidationError(
            _("Nama berkas tujuan memuat karakter yang tidak sah."), [("out", _("tidak sah"))]
        )
    target = Path(path).expanduser()
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ValidationError(
            _("Folder tujuan {folder} tidak ada; buat dulu foldernya.", folder=folder),
            [("out", _("folder tidak ada"))],
        )
    tmp = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ValidationError(
            _("Berkas {path} tidak dapat ditulis: {reason}", path=target, reason=exc.strerror),
            [("out", _("tidak dapat ditulis"))],
        ) from exc
    return target
