"""Saving a file the officer names: one save dialog for every export, with a safe default name.

A suggested name is built from data ("474/0050/Disdukcapil/XI/2026 — pengesahan saja"): its
slashes would become folders and Windows refuses ``< > : " / \\ | ? *``, names like ``CON`` or
``LPT1`` and names ending in a dot or a space. :func:`safe_file_name` makes any such text a name
every office PC accepts; :func:`ask_save_path` proposes it in the folder used last (else
Documents), adds the extension and checks the target before anything is written.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

WINDOWS_FORBIDDEN = '<>:"/\\|?*'
WINDOWS_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"COM{n}" for n in "123456789¹²³"}
    | {f"LPT{n}" for n in "123456789¹²³"}
)
MAX_NAME = 120  # characters: leaves room for the folder within Windows' 260-character paths
_LAST_FOLDER = "files/last_folder"
_RUNS = re.compile(r"-{2,}")


def safe_file_name(text: str, fallback: str = "dokumen") -> str:
    """``text`` as a file name (without folder) that Windows, macOS and Linux all accept.

    Forbidden and control characters become "-", runs of "-" and spaces collapse, leading and
    trailing dots, spaces and dashes go, a reserved device name gets "_" in front, and the name
    is cut to ``MAX_NAME`` characters (its extension, if any, kept)."""
    text = unicodedata.normalize("NFC", text)
    cleaned = "".join(
        "-" if ch in WINDOWS_FORBIDDEN or unicodedata.category(ch)[0] == "C" else ch for ch in text
    )
    cleaned = _RUNS.sub("-", " ".join(cleaned.split()))
    cleaned = cleaned.strip(" .-")
    if not cleaned:
        return fallback
    stem, dot, suffix = cleaned.rpartition(".")
    if not dot or not stem or " " in suffix or len(suffix) > 5:
        stem, suffix = cleaned, ""
    if stem.split(".")[0].upper().strip() in WINDOWS_RESERVED:
        stem = "_" + stem
    room = MAX_NAME - (len(suffix) + 1 if suffix else 0)
    stem = stem[:room].rstrip(" .-") or fallback
    return f"{stem}.{suffix}" if suffix else stem


def default_folder() -> Path:
    """The folder the officer saved to last (on this PC), else Documents, else home."""
    last = QSettings().value(_LAST_FOLDER, "")
    if isinstance(last, str) and last and Path(last).is_dir():
        return Path(last)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def ask_save_path(
    parent: QWidget | None, title: str, suggested: str, file_filter: str, suffix: str
) -> Path | None:
    """Ask where to save; ``suggested`` may be any text (made safe here). Returns the chosen
    path with ``suffix`` (".pdf") ensured, or None when cancelled or the target cannot be
    written (then the officer has been told why, in Indonesian)."""
    name = safe_file_name(suggested)
    if not name.lower().endswith(suffix.lower()):
        name += suffix
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, title, str(default_folder() / name), file_filter
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != suffix.lower():
        path = path.with_name(path.name + suffix)
    from desktop_app.core import fileio
    from desktop_app.core.errors import LoketError
    from desktop_app.gui.widgets import show_refusal

    try:
        fileio.check_target(path)
    except LoketError as exc:
        show_refusal(parent, exc, QCoreApplication.translate("files", "Tidak dapat disimpan"))
        return None
    QSettings().setValue(_LAST_FOLDER, str(path.parent))
    return path
