"""Where Loket Dukcapil keeps its files: one place, so tests and the IT staff can move it.

``LOKET_DATA_DIR`` puts everything (database, backups, logs, cache) under one folder;
otherwise the platform's user directories are used (platformdirs).
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

from desktop_app import APP_ID

_DIRS = PlatformDirs(APP_ID, appauthor=False)


def _override() -> Path | None:
    value = os.environ.get("LOKET_DATA_DIR", "").strip()
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    base = _override()
    return _ensure(base if base else Path(_DIRS.user_data_dir))


def log_dir() -> Path:
    base = _override()
    return _ensure(base / "logs" if base else Path(_DIRS.user_log_dir))


def cache_dir() -> Path:
    base = _override()
    return _ensure(base / "cache" if base else Path(_DIRS.user_cache_dir))


def key_dir() -> Path:
    """The legalization signing keys of this PC, outside the database: ``LOKET_KEY_DIR``, else
    ``keys/`` in the data folder (per user: %LOCALAPPDATA% on Windows). Owner-only on POSIX."""
    value = os.environ.get("LOKET_KEY_DIR", "").strip()
    path = Path(value).expanduser() if value else data_dir() / "keys"
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        try:
            path.chmod(0o700)
        except OSError:  # a folder the IT staff set up and own; its protection is theirs
            pass
    return path


def backup_dir() -> Path:
    return _ensure(data_dir() / "backups")


def database_file() -> Path:
    """The embedded SQLite database, used when ``LOKET_DB_URL`` is not set."""
    return data_dir() / "loket.sqlite3"


def log_file() -> Path:
    return log_dir() / "loket.log"


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path
