"""When the SQLite database is not what the app left: missing, damaged, or its backups failing.

The app remembers every database file it has used (a small list in the data folder), so a
deleted database is never silently replaced by a new empty one: opening refuses with
:class:`DatabaseMissing` and the window offers to restore a backup, to choose the file, or to
start anew on purpose. A quick integrity check at start finds a damaged file
(:class:`DatabaseCorrupt`) and points at the latest backup that passes its own check. A failed
daily backup is remembered until the next good one, for the status bar and the next supervisor.
Temporary files of a restore, backup or key write killed halfway are removed at the next start.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .db import DatabaseCorrupt
from .errors import DatabaseError
from .i18n import _

log = logging.getLogger(__name__)

KNOWN_FILE = "basis-data-dikenal.json"
BACKUP_STATUS_FILE = "status-cadangan.json"


# --- the databases this install has used -----------------------------------------------------


def _state_file(name: str) -> Path:
    from desktop_app import paths

    return paths.data_dir() / name


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_json(path: Path, data: dict[str, Any]) -> None:
    """Small state files: written whole (private, atomically) or not at all."""
    from . import fileio

    try:
        fileio.write_bytes(path, json.dumps(data, ensure_ascii=False, indent=1).encode())
    except fileio.FileWriteError as exc:
        raise OSError(exc.message) from exc


def _key(path: Path) -> str:
    return os.path.normcase(str(Path(path).absolute()))


def known_databases() -> set[str]:
    return set(_read_json(_state_file(KNOWN_FILE)).get("databases", []))


def remember(path: Path) -> None:
    """Note that ``path`` holds this install's data (cheap when already noted)."""
    known = known_databases()
    if _key(path) in known:
        return
    try:
        _write_json(_state_file(KNOWN_FILE), {"databases": sorted(known | {_key(path)})})
    except OSError as exc:  # a read-only data folder must not stop the app
        log.warning("could not remember the database %s: %s", path, exc)


def forget(path: Path) -> None:
    """Start anew on purpose: the next open may create an empty database at ``path``."""
    known = known_databases() - {_key(path)}
    _write_json(_state_file(KNOWN_FILE), {"databases": sorted(known)})


def is_known(path: Path) -> bool:
    return _key(path) in known_databases()


class DatabaseMissing(DatabaseError):
    """A database this install has used is gone; a new empty one is not made in its place."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.latest_backup = latest_good_backup()
        if self.latest_backup is not None:
            hint = _(
                "Pulihkan cadangan terbaru: loket --user NAMA_SUPERVISOR restore {backup}",
                backup=self.latest_backup.path,
            )
        else:
            hint = _("Tidak ada cadangan di folder cadangan; pulihkan dari salinan lain bila ada.")
        super().__init__(
            _(
                "Basis data {path} tidak ditemukan, padahal aplikasi ini sudah pernah memakainya. "
                "Basis data kosong tidak dibuat sebagai penggantinya. {hint} Atau, bila memang "
                "ingin mulai dari awal: loket init --new-database.",
                path=path,
                hint=hint,
            )
        )


def check_present(path: Path) -> None:
    """Refuse (DatabaseMissing) to open ``path`` when it is gone but was used before."""
    if not path.exists() and is_known(path):
        raise DatabaseMissing(path)


# --- damage ----------------------------------------------------------------------------------


def first_complaint(connect: Callable[[], sqlite3.Connection], pragma: str) -> str:
    """'' when SQLite's check ``pragma`` (``quick_check(1)``, ``integrity_check``) says ok on
    the connection ``connect`` opens, else its first complaint (or why it could not open)."""
    try:
        conn = connect()
        try:
            rows = conn.execute(f"PRAGMA {pragma}").fetchall()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return str(exc)
    if rows == [("ok",)]:
        return ""
    return str(rows[0][0]) if rows else "?"


def quick_check(path: Path) -> str:
    """'' when SQLite's ``PRAGMA quick_check`` finds the file sound, else its first complaint.
    Read-only (the WAL, if any, is read as well)."""
    uri = f"{Path(path).absolute().as_uri()}?mode=ro"
    return first_complaint(lambda: sqlite3.connect(uri, uri=True, timeout=30), "quick_check(1)")


def corrupt_error(path: Path, problem: str) -> DatabaseCorrupt:
    latest = latest_good_backup()
    where = (
        _("Cadangan terakhir yang baik: {backup}.", backup=latest.path)
        if latest is not None
        else _("Tidak ada cadangan yang baik di folder cadangan.")
    )
    error = DatabaseCorrupt(
        _(
            "Basis data {path} rusak (pemeriksaan SQLite: {problem}). {where} Pulihkan dengan: "
            "loket --user NAMA_SUPERVISOR restore BERKAS",
            path=path,
            problem=problem,
            where=where,
        )
    )
    error.path = path  # type: ignore[attr-defined]
    error.latest_backup = latest  # type: ignore[attr-defined]
    return error


def latest_good_backup(folder: Path | None = None):  # type: ignore[no-untyped-def]
    """The newest backup in the backup folder that passes its integrity check (BackupInfo)."""
    from .backup import BackupError, check_backup, list_backups

    for info in list_backups(folder):
        try:
            check_backup(info.path)
        except BackupError:
            continue
        return info
    return None


# --- the daily backup's failures --------------------------------------------------------------


@dataclass(frozen=True)
class BackupFailure:
    at: datetime
    reason: str

    @property
    def message(self) -> str:
        from .formatting import long_datetime

        return _(
            "Cadangan harian gagal pada {at}: {reason}",
            at=long_datetime(self.at),
            reason=self.reason,
        )


def record_backup_failure(reason: str) -> None:
    try:
        _write_json(
            _state_file(BACKUP_STATUS_FILE),
            {"failed_at": datetime.now(UTC).isoformat(), "reason": reason},
        )
    except OSError as exc:
        log.error("could not record the backup failure: %s", exc)


def clear_backup_failure() -> None:
    _state_file(BACKUP_STATUS_FILE).unlink(missing_ok=True)


def last_backup_failure() -> BackupFailure | None:
    data = _read_json(_state_file(BACKUP_STATUS_FILE))
    try:
        return BackupFailure(datetime.fromisoformat(data["failed_at"]), str(data["reason"]))
    except (KeyError, ValueError, TypeError):
        return None


# --- temporary files left by a killed process -------------------------------------------------

# Temporaries of core/fileio.py carry their writer's process id (``.loket-tmp-<pid>-….tmp``);
# older versions left ``.loket-pulih-….tmp`` (restore) and ``….part`` (backup) without one.
_PID = re.compile(r"^\.loket-tmp-(\d+)-")
OLD_TEMP_PATTERNS = (".loket-pulih-*.tmp", "*.sqlite3.part")
ORPHAN_AGE_S = 3600.0  # a temporary without a process id: removed once this old


def _pid_in(name: str) -> int | None:
    match = _PID.match(name)
    return int(match.group(1)) if match else None


def pid_alive(pid: int) -> bool:
    """Is process ``pid`` still running? (Windows: OpenProcess; untested here, Linux CI.)"""
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - Windows only
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clear_stale_temps(folders: list[Path]) -> list[Path]:
    """Remove the temporaries of restores, backups and other atomic writes whose process is no
    longer running (killed halfway), at once; a running writer's files are left alone. Ones
    without a process id (older versions) go when an hour old."""
    from .fileio import TEMP_GLOB, is_temp_name

    removed = []
    for folder in folders:
        if not folder.is_dir():
            continue
        candidates = [p for p in folder.glob(TEMP_GLOB) if is_temp_name(p.name)]
        for pattern in OLD_TEMP_PATTERNS:
            candidates += folder.glob(pattern)
        for path in candidates:
            pid = _pid_in(path.name)
            try:
                if pid is None:
                    if time.time() - path.stat().st_mtime < ORPHAN_AGE_S:
                        continue
                elif pid == os.getpid() or pid_alive(pid):
                    continue
                path.unlink()
            except OSError:
                continue  # removed meanwhile, or held open (Windows)
            removed.append(path)
    if removed:
        log.info("removed %d temporary files left by stopped processes", len(removed))
    return removed


def start_anew(path: Path) -> Path | None:
    """Begin again with an empty database at ``path``, on purpose: a damaged file there is moved
    to the backup folder first (``rusak-<time>.sqlite3``, returned), never deleted. A sound
    database is not replaced this way (restore a backup instead)."""
    from desktop_app import paths

    from . import clock

    kept = None
    if path.exists() and path.stat().st_size > 0:
        problem = quick_check(path)
        if not problem:
            raise DatabaseError(
                _(
                    "Basis data {path} masih utuh; tidak diganti dengan basis data baru. Untuk "
                    "mengganti isinya, pulihkan cadangan.",
                    path=path,
                )
            )
        kept = paths.backup_dir() / f"rusak-{clock.stamp()}.sqlite3"
        os.replace(path, kept)
        for suffix in ("-wal", "-shm", "-journal"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                os.replace(side, kept.with_name(kept.name + suffix))
        log.warning("damaged database %s moved to %s to start anew", path, kept)
    elif path.exists():
        path.unlink()
    forget(path)
    return kept


def temp_folders(db_path: Path | None = None) -> list[Path]:
    """Where this app's temporaries can be left: the data, backup and key folders, and the
    database's own folder."""
    from desktop_app import paths

    folders = paths.app_folders()  # only those that exist; nothing is created here
    folders += [f / "backups" for f in folders[:1] if (f / "backups").is_dir()]
    if db_path is not None and db_path.parent not in folders:
        folders.append(db_path.parent)
    return folders
