"""Backups of the SQLite database and restoring one (docs/design.md#storage).

A backup is a consistent copy made with SQLite's online backup API while the app runs. One is
made automatically at the first start of each day (the last 14 are kept); supervisors and the
IT staff make others on demand. Restoring checks that the file really is a Loket database,
keeps a copy of the data it replaces and swaps the file atomically. PostgreSQL servers are
backed up by their own tools (``pg_dump``/``pg_restore``), not by the app.
"""

from __future__ import annotations

import logging
import re
import shutil
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import make_url

from . import audit, clock, fileio, recovery
from .db import Database, backup_sqlite
from .errors import DatabaseError, LoketError, PermissionDenied, is_disk_full, os_reason
from .i18n import _
from .security import SYSTEM, Actor, Permission

log = logging.getLogger(__name__)

KEEP_AUTOMATIC = 14
AUTO_PREFIX = "loket-"
MANUAL_PREFIX = "loket-manual-"
PRE_RESTORE_PREFIX = "sebelum-pulih-"
PRE_UPGRADE_PREFIX = "sebelum-upgrade-"
SUFFIX = ".sqlite3"
SQLITE_HEADER = b"SQLite format 3\x00"
# Only files with exactly this shape are automatic backups and may be pruned.
_AUTO_NAME = re.compile(r"^loket-(\d{8})-(\d{6})(?:-\d+)?\.sqlite3$")
_STAMP = re.compile(r"(\d{8})-(\d{6})")
# Tables every revision of the schema has (0001_foundation).
FOUNDATION_TABLES = frozenset({"users", "audit_log", "settings", "officials", "holidays"})

KIND_AUTOMATIC = "otomatis"
KIND_MANUAL = "manual"
KIND_PRE_UPGRADE = "sebelum pembaruan"
KIND_PRE_RESTORE = "sebelum pemulihan"
KIND_OTHER = "lain"


class BackupError(LoketError):
    """A backup or restore could not be done; nothing was changed."""


def postgres_message(location: str = "") -> str:
    """What the IT staff must do instead, on a PostgreSQL server."""
    return _(
        "Basis data berada di server PostgreSQL{where}; pencadangan dan pemulihan dilakukan oleh "
        "staf TI dengan alat PostgreSQL, bukan oleh aplikasi. Cadangkan: "
        'pg_dump --format=custom --file=loket-TANGGAL.dump "postgresql://PENGGUNA@SERVER/loket". '
        "Pulihkan (tutup semua aplikasi Loket dahulu): "
        'pg_restore --clean --if-exists --no-owner --dbname="postgresql://PENGGUNA@SERVER/loket" '
        "loket-TANGGAL.dump",
        where=f" ({location})" if location else "",
    )


# --- listing -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime  # office time (naive), from the name (else the file's modification time)
    size: int
    kind: str  # one of the KIND_* labels (Indonesian)


def backup_kind(name: str) -> str:
    if _AUTO_NAME.match(name):
        return KIND_AUTOMATIC
    if name.startswith(MANUAL_PREFIX):
        return KIND_MANUAL
    if name.startswith(PRE_UPGRADE_PREFIX):
        return KIND_PRE_UPGRADE
    if name.startswith(PRE_RESTORE_PREFIX):
        return KIND_PRE_RESTORE
    return KIND_OTHER


def list_backups(folder: Path | None = None) -> list[BackupInfo]:
    """The backup files in the backup folder, newest first."""
    from desktop_app import paths

    folder = folder or paths.backup_dir()
    found = []
    for path in folder.glob(f"*{SUFFIX}"):
        try:
            stat = path.stat()
        except OSError:
            continue  # removed meanwhile
        if not path.is_file():
            continue
        found.append(
            BackupInfo(
                path, _created(path.name, stat.st_mtime), stat.st_size, backup_kind(path.name)
            )
        )
    found.sort(key=lambda info: (info.created, info.path.name), reverse=True)
    return found


def _created(name: str, mtime: float) -> datetime:
    match = _STAMP.search(name)
    if match:
        try:
            return datetime.strptime(match.group(1) + match.group(2), "%Y%m%d%H%M%S")
        except ValueError:
            pass
    return clock.to_office(datetime.fromtimestamp(mtime, UTC)).replace(tzinfo=None)


# --- making backups ----------------------------------------------------------------------------


def backup_now(db: Database, actor: Actor, out: Path | None = None) -> Path:
    """A backup on demand (``loket backup``, the *Cadangkan sekarang* button); audited.

    Without ``out`` it goes to the backup folder as ``loket-manual-<time>.sqlite3``, which the
    daily clean-up never deletes.
    """
    audit.require(db, actor, Permission.BACKUP, "backup.create")
    source = _sqlite_source(db)
    if out is None:
        from desktop_app import paths

        target = _unique(paths.backup_dir() / f"{MANUAL_PREFIX}{clock.stamp()}{SUFFIX}")
    else:
        target = Path(out).expanduser().absolute()
        if target.exists() and target.is_dir():
            target = _unique(target / f"{MANUAL_PREFIX}{clock.stamp()}{SUFFIX}")
        if target.exists() and _same_file(target, source):
            raise BackupError(_("Cadangan tidak boleh menimpa basis data yang sedang dipakai."))
    made = _make_backup(source, target)
    recovery.clear_backup_failure()
    with db.write() as session:
        audit.record(
            session,
            actor,
            "backup.create",
            "backup",
            made.name,
            file=str(made),
            size=made.stat().st_size,
            kind=KIND_MANUAL,
            audit_anchor=_anchor_text(made),
        )
    log.info("backup made: %s", made)
    return made


def auto_backup_if_due(db: Database, folder: Path | None = None) -> Path | None:
    """The daily automatic backup, called at app start: cheap (one folder listing) when today's
    backup exists; keeps the last :data:`KEEP_AUTOMATIC`. Does nothing on PostgreSQL.

    Raises :class:`BackupError` if the copy fails (disk full, folder not writable); the app should
    warn and carry on.
    """
    source = db.sqlite_path
    if not db.is_sqlite or source is None or not source.exists():
        return None
    from desktop_app import paths

    folder = folder or paths.backup_dir()
    today = clock.today().strftime("%Y%m%d")
    if any(_AUTO_NAME.match(p.name) for p in folder.glob(f"{AUTO_PREFIX}{today}-*{SUFFIX}")):
        return None
    try:
        made = _make_backup(source, _unique(folder / f"{AUTO_PREFIX}{clock.stamp()}{SUFFIX}"))
    except BackupError as exc:
        # Shown in the status bar and to the next supervisor until a backup succeeds.
        recovery.record_backup_failure(exc.message)
        raise
    recovery.clear_backup_failure()
    removed = prune_automatic(folder)
    with db.write() as session:
        audit.record(
            session,
            SYSTEM,
            "backup.auto",
            "backup",
            made.name,
            file=str(made),
            size=made.stat().st_size,
            removed=[p.name for p in removed],
            audit_anchor=_anchor_text(made),
        )
    log.info("daily backup made: %s (%d old ones removed)", made, len(removed))
    return made


def _anchor_text(made: Path) -> str:
    """The audit head the backup carries (``loket audit verify --against`` checks it)."""
    from . import audit

    try:
        return audit.anchors_in_file(made)[0].text
    except LoketError as exc:
        return exc.message


def prune_automatic(folder: Path, keep: int = KEEP_AUTOMATIC) -> list[Path]:
    """Delete all but the newest ``keep`` automatic backups; other backups are never touched."""
    automatic = sorted(
        p for p in folder.glob(f"{AUTO_PREFIX}*{SUFFIX}") if _AUTO_NAME.match(p.name)
    )
    doomed = automatic[:-keep] if keep > 0 else automatic
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


def _make_backup(source: Path, target: Path) -> Path:
    """Copy with the online backup API, then prove the copy is sound before keeping it."""
    try:
        made = backup_sqlite(source, target)
    except (OSError, sqlite3.Error, fileio.FileWriteError) as exc:
        raise BackupError(
            _("Cadangan gagal dibuat di {path}: {reason}", path=target, reason=_reason(exc))
        ) from exc
    problem = _integrity_problem(made)
    if problem:
        made.unlink(missing_ok=True)
        raise BackupError(
            _(
                "salinan basis data tidak lolos pemeriksaan keutuhan ({reason}), jadi basis "
                "data itu sendiri kemungkinan rusak. Salinan yang rusak dihapus; cadangan lama "
                "tetap ada. Pulihkan cadangan terakhir yang baik (Pengaturan › Cadangan).",
                reason=problem,
            )
        )
    return made


def _sqlite_source(db: Database) -> Path:
    if not db.is_sqlite:
        raise BackupError(postgres_message(db.location))
    source = db.sqlite_path
    if source is None or not source.exists():
        raise BackupError(
            _("Basis data ini tidak berada dalam berkas; tidak ada yang dicadangkan.")
        )
    return source


def _unique(path: Path) -> Path:
    """Two backups within one second must not overwrite each other."""
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.name.removesuffix(SUFFIX)}-{n}{SUFFIX}")
    return candidate


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:
        return False


# --- checking a backup file --------------------------------------------------------------------


@dataclass(frozen=True)
class BackupCheck:
    """What a backup file holds: shown before the user confirms a restore."""

    path: Path
    revision: str
    row_counts: dict[str, int] = field(default_factory=dict)


def check_backup(path: Path, name: str = "") -> BackupCheck:
    """Refuse (BackupError, Indonesian) anything that is not a sound database of this app.

    Opened with ``immutable=1``: nothing is written beside the file, and read-only media work.
    ``name`` is the file name shown in messages (the user's, when checking a staged copy).
    """
    from . import schema

    path = Path(path)
    name = name or path.name
    not_ours = _("Berkas {name} bukan cadangan basis data Loket Dukcapil", name=name)
    if not path.is_file():
        raise BackupError(_("Berkas cadangan tidak ditemukan: {path}", path=path))
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise BackupError(
            _("Berkas {name} tidak dapat dibaca: {reason}", name=name, reason=exc)
        ) from exc
    if header != SQLITE_HEADER:
        raise BackupError(not_ours + _(" (bukan berkas SQLite)."))
    problem = _integrity_problem(path)
    if problem:
        raise BackupError(
            _(
                "Berkas {name} rusak (pemeriksaan keutuhan SQLite: {reason}); tidak dipulihkan.",
                name=name,
                reason=problem,
            )
        )
    try:
        conn = _open_immutable(path)
        try:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "alembic_version" not in tables:
                raise BackupError(not_ours + _(" (tidak ada versi skema)."))
            rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
            counts = {
                t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                for t in sorted(tables)
                if not t.startswith("sqlite_")
            }
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise BackupError(not_ours + _(" ({reason}).", reason=exc)) from exc
    if len(rows) != 1:
        raise BackupError(not_ours + _(" (versi skema tidak jelas)."))
    revision = rows[0][0]
    if revision not in schema.known_revisions():
        raise BackupError(
            _(
                "Cadangan {name} dibuat oleh versi Loket Dukcapil yang lebih baru atau tidak "
                "dikenal (skema {rev}); pasang versi terbaru aplikasi untuk memulihkannya.",
                name=name,
                rev=revision,
            )
        )
    missing = _expected_tables(revision) - tables
    if missing:
        raise BackupError(
            not_ours + _(" (tabel tidak ada: {tables}).", tables=", ".join(sorted(missing)))
        )
    return BackupCheck(path, revision, counts)


def _expected_tables(revision: str) -> set[str]:
    from . import schema
    from .models import Base

    if revision == schema.head_revision():
        return set(Base.metadata.tables)
    return set(FOUNDATION_TABLES)


def _has_wal(path: Path) -> bool:
    """A copied live database (file plus a non-empty -wal) keeps recent changes in the WAL."""
    side = path.with_name(path.name + "-wal")
    try:
        return side.stat().st_size > 0
    except OSError:
        return False


def _open_immutable(path: Path) -> sqlite3.Connection:
    """Read-only without touching anything beside the file, unless a -wal holds part of it."""
    mode = "mode=ro" if _has_wal(path) else "immutable=1"
    return sqlite3.connect(f"{path.absolute().as_uri()}?{mode}", uri=True)


def _stage(source: Path, staged: Path) -> None:
    """A byte-exact copy; with the online backup API if the source has a -wal to fold in."""
    if not _has_wal(source):
        shutil.copyfile(source, staged)
        return
    src = _open_immutable(source)
    try:
        dst = sqlite3.connect(staged)
        try:
            src.backup(dst)
        finally:
            dst.close()
    except sqlite3.Error as exc:
        raise BackupError(
            _("Berkas {name} tidak dapat dibaca: {reason}", name=source.name, reason=exc)
        ) from exc
    finally:
        src.close()


def _integrity_problem(path: Path) -> str:
    """'' when ``PRAGMA integrity_check`` says ok, else its first complaint."""
    return recovery.first_complaint(lambda: _open_immutable(path), "integrity_check")


# --- restoring ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class RestoreResult:
    database: Path
    restored_from: Path
    previous_copy: Path | None  # the replaced data, kept as sebelum-pulih-<time>.sqlite3
    revision_in_backup: str
    revision: str  # after migrating, if the backup was older
    audit_ok: bool


def restore(
    db_path_or_url: Database | Path | str, backup_file: Path, actor: Actor
) -> RestoreResult:
    """Replace the SQLite database with ``backup_file``.

    Order matters: check the file (on a private copy beside the database) before anything is
    touched; keep a copy of the current data; close every connection, checkpoint and drop the
    -wal/-shm files (a stale WAL applied to another file would corrupt it); ``os.replace``.
    The restore itself is recorded at the end of the restored audit chain, and an older backup
    is migrated to this version. Callers holding a :class:`Database` on the same file must
    treat it as closed afterwards (the GUI quits).
    """
    from desktop_app import paths

    from . import schema

    target = restore_target(db_path_or_url)
    backup_file = Path(backup_file).expanduser().absolute()
    if target.exists() and _same_file(target, backup_file):
        raise BackupError(_("Berkas cadangan adalah basis data yang sedang dipakai."))
    require_restore_permission(target, actor)
    if not backup_file.is_file():
        raise BackupError(_("Berkas cadangan tidak ditemukan: {path}", path=backup_file))

    target.parent.mkdir(parents=True, exist_ok=True)
    # The staged copy beside the database is what goes live when the block ends.
    with fileio.staged(target) as staged:
        _stage(backup_file, staged)
        # Checked is what goes live: the staged copy, not only the file that was named.
        check = check_backup(staged, name=backup_file.name)
        previous = None
        if target.exists():
            previous = _keep_previous(
                target, _unique(paths.backup_dir() / f"{PRE_RESTORE_PREFIX}{clock.stamp()}{SUFFIX}")
            )
        if isinstance(db_path_or_url, Database):
            db_path_or_url.dispose()
        _quiesce(target)
    log.info("restored %s from %s (previous data kept in %s)", target, backup_file, previous)
    recovery.remember(target)
    audit.forget_active()  # the restored accounts may differ from the ones just checked

    db = Database.open(f"sqlite:///{target}")
    try:
        schema.upgrade(db)
        with db.write() as session:
            audit.record(
                session,
                _actor_in(session, actor),
                "backup.restore",
                "backup",
                backup_file.name,
                file=str(backup_file),
                previous=str(previous) if previous else "",
                revision=check.revision,
            )
        revision = schema.current_revision(db) or ""
        audit_ok = audit.verify_chain(db).ok
    finally:
        db.dispose()
    return RestoreResult(target, backup_file, previous, check.revision, revision, audit_ok)


def restore_target(where: Database | Path | str) -> Path:
    """The SQLite file a restore would replace; refuses PostgreSQL with the pg_restore advice."""
    if isinstance(where, Database):
        if not where.is_sqlite:
            raise BackupError(postgres_message(where.location))
        if where.sqlite_path is None:
            raise BackupError(_("Basis data ini tidak berada dalam berkas."))
        return where.sqlite_path.absolute()
    if isinstance(where, str) and "://" in where:
        url = make_url(where)
        if url.get_backend_name() != "sqlite":
            raise BackupError(postgres_message(url.render_as_string(hide_password=True)))
        if url.database in (None, "", ":memory:"):
            raise BackupError(_("Basis data ini tidak berada dalam berkas."))
        return Path(url.database).absolute()
    return Path(where).expanduser().absolute()


def require_restore_permission(target: Path, actor: Actor) -> None:
    """Checked (and a refusal audited) against the database about to be replaced, when it can
    still be opened (a damaged one often is the reason for the restore)."""
    if actor.can(Permission.RESTORE):
        return
    if target.exists():
        try:
            current = Database.open(f"sqlite:///{target}")
        except LoketError:
            current = None
        if current is not None:
            try:
                audit.require(current, actor, Permission.RESTORE, "backup.restore")
            except PermissionDenied:
                raise
            except Exception:  # noqa: BLE001 - damaged: the refusal below still stands
                log.warning("refused restore could not be audited in %s", target)
            finally:
                current.dispose()
    raise audit.refusal(actor)


def restore_login(target: Path, backup_file: Path, username: str, password: str) -> Actor:
    """Log in for a restore: against the database about to be replaced; when that one is
    missing or cannot be opened (often the reason for the restore), against the backup itself,
    read-only (its user rows must carry a valid seal: a file made up elsewhere cannot bring its
    own supervisor)."""
    from sqlalchemy.exc import SQLAlchemyError

    from . import schema, users

    current = None
    if target.exists():
        try:
            current = schema.open_database(f"sqlite:///{target}")
            has_users = users.has_users(current)
        except (LoketError, SQLAlchemyError, sqlite3.Error):
            has_users = False
        if current is not None and has_users:
            try:
                return users.authenticate(current, username, password)
            finally:
                current.dispose()
        if current is not None:
            current.dispose()
    return users.authenticate_offline(Path(backup_file), username, password)


def _actor_in(session, actor: Actor) -> Actor:  # type: ignore[no-untyped-def]
    """The restored data may not know the restoring user (made after the backup): then the
    entry names them without a user id, which would otherwise break the foreign key."""
    from .models import User

    if actor.user_id is None:
        return actor
    user = session.scalar(select(User).where(User.id == actor.user_id))
    if user is not None and user.username == actor.username:
        return actor
    return Actor(None, actor.username, actor.role, actor.full_name)


def _keep_previous(target: Path, copy: Path) -> Path:
    """Keep the data about to be replaced. A damaged database (often the reason for a restore)
    cannot go through the backup API: then its files are copied byte for byte."""
    try:
        return backup_sqlite(target, copy)
    except (OSError, sqlite3.Error, fileio.FileWriteError) as exc:
        log.warning("online backup of %s failed (%s); copying the files as they are", target, exc)
    try:
        for side in _sidecars(target):
            if side.exists():
                side_copy = copy.with_name(copy.name + side.name[len(target.name) :])
                with fileio.staged(side_copy) as tmp:
                    shutil.copyfile(side, tmp)
        with fileio.staged(copy) as tmp:
            shutil.copyfile(target, tmp)
    except (OSError, fileio.FileWriteError) as exc:
        raise BackupError(
            _(
                "Data saat ini tidak dapat disalin ke {path}: {reason}; pemulihan dibatalkan.",
                path=copy,
                reason=_reason(exc),
            )
        ) from exc
    return copy


IN_USE_WAIT_S = 2.0  # how long a restore waits for another program to let go of the file


def _quiesce(target: Path) -> None:
    """Take the database for ourselves, fold the WAL into the file and remove -wal/-shm; refuse
    while any other process (or connection) has it open, even idle: an exclusive lock in WAL
    mode is refused while another connection holds the shared memory index. A damaged file
    (often the reason for the restore) is replaced anyway; its copy was kept."""
    if not target.exists():
        for side in _sidecars(target):
            side.unlink(missing_ok=True)
        return
    conn = sqlite3.connect(target, timeout=IN_USE_WAIT_S, isolation_level=None)
    try:
        conn.execute("PRAGMA locking_mode=EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise _in_use() from exc
        log.warning("checkpoint of %s failed before restore: %s", target, exc)
    except sqlite3.DatabaseError as exc:
        log.warning("checkpoint of %s failed before restore: %s", target, exc)
    finally:
        conn.close()
    for side in _sidecars(target):
        side.unlink(missing_ok=True)


def _in_use() -> DatabaseError:
    return DatabaseError(
        _(
            "Basis data sedang dipakai oleh aplikasi Loket lain. Tutup semua jendela Loket "
            "(juga di komputer lain yang memakai berkas ini), lalu coba lagi."
        )
    )


def _sidecars(target: Path) -> Iterable[Path]:
    return (target.with_name(target.name + s) for s in ("-wal", "-shm", "-journal"))


def _reason(exc: BaseException) -> str:
    """The short reason of a failed copy, in Indonesian where the operating system gave one."""
    if is_disk_full(exc):
        return _("disk penuh")
    if isinstance(exc, fileio.FileWriteError) and exc.problems:
        return exc.problems[0][1]
    if isinstance(exc, OSError):
        return os_reason(exc)
    return str(exc)
