"""Where Loket Dukcapil keeps its files: one place, so tests and the IT staff can move it.

``LOKET_DATA_DIR`` puts everything (database, backups, logs, cache, keys) under one folder;
otherwise the platform's user directories are used (platformdirs). ``LOKET_KEY_DIR`` moves the
key folder on its own (e.g. to a drive that is not copied with the data).

Everything here is private to the OS account that runs the app: on POSIX the folders are made
0700 and the files 0600 (:func:`protect_data_folder` repairs an older install at start). On
Windows the per-user profile folders platformdirs gives are already private to the account.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from platformdirs import PlatformDirs

from desktop_app import APP_ID

_DIRS = PlatformDirs(APP_ID, appauthor=False)

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
POSIX = os.name == "posix"


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


def backup_dir() -> Path:
    return _ensure(data_dir() / "backups")


def key_dir() -> Path:
    """Keys and secrets that must not live in the database (the audit key, the legalization
    signing key): a copy of the database file alone does not carry them."""
    value = os.environ.get("LOKET_KEY_DIR", "").strip()
    if value:
        return _ensure(Path(value).expanduser())
    base = _override()
    return _ensure(base / "keys" if base else Path(_DIRS.user_config_dir) / "keys")


def database_file() -> Path:
    """The embedded SQLite database, used when ``LOKET_DB_URL`` is not set."""
    return data_dir() / "loket.sqlite3"


def log_file() -> Path:
    return log_dir() / "loket.log"


def _ensure(path: Path) -> Path:
    """Create ``path`` and any missing parent 0700 (``mkdir(parents=True)`` would give the
    parents the default mode, e.g. the LOKET_DATA_DIR folder itself 0755)."""
    missing = []
    folder = path
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    for folder in reversed(missing):
        folder.mkdir(mode=PRIVATE_DIR_MODE, exist_ok=True)
    return path


# --- file protection ---------------------------------------------------------------------------


def create_private_file(path: Path) -> None:
    """Create ``path`` empty with mode 0600 if it does not exist (before SQLite or a writer
    opens it, so it is never readable by others, not even for a moment)."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE)
    except FileExistsError:
        return
    os.close(fd)


def make_private(path: Path) -> bool:
    """Restrict an existing file (0600) or folder (0700) to its owner; True if it changed.
    Does nothing on Windows (the profile folders carry the account's ACL) or to a symlink."""
    if not POSIX:
        return False
    try:
        info = os.lstat(path)
    except OSError:
        return False
    if stat.S_ISLNK(info.st_mode) or info.st_uid != os.geteuid():
        return False
    wanted = PRIVATE_DIR_MODE if stat.S_ISDIR(info.st_mode) else PRIVATE_FILE_MODE
    if stat.S_IMODE(info.st_mode) == wanted:
        return False
    try:
        os.chmod(path, wanted)
    except OSError:
        return False
    return True


def app_folders() -> list[Path]:
    """The folders the app owns that exist, each once (they nest under ``LOKET_DATA_DIR``);
    nothing is created here."""
    base = _override()
    keys = os.environ.get("LOKET_KEY_DIR", "").strip()
    if base:
        candidates = [base, base / "logs", base / "cache", base / "keys"]
    else:
        candidates = [
            Path(_DIRS.user_data_dir),
            Path(_DIRS.user_log_dir),
            Path(_DIRS.user_cache_dir),
            Path(_DIRS.user_config_dir) / "keys",
        ]
    if keys:
        candidates.append(Path(keys).expanduser())
    folders: list[Path] = []
    for folder in candidates:
        if folder.is_dir() and not any(folder == f or f in folder.parents for f in folders):
            folders.append(folder)
    return folders


def protect_data_folder() -> list[Path]:
    """Make every app folder 0700 and every file in it 0600 (POSIX). Returns what was changed:
    an install made by an older version (folders 0755, files 0644) is repaired at start."""
    changed: list[Path] = []
    if not POSIX:
        return changed
    for folder in app_folders():
        if make_private(folder):
            changed.append(folder)
        for root, dirs, files in os.walk(folder):
            for name in [*dirs, *files]:
                path = Path(root, name)
                if make_private(path):
                    changed.append(path)
    return changed
