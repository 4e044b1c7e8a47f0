"""One engine factory and the schema check that runs before anything touches the database.

SQLite (the default, a file in the data directory) gets WAL, foreign keys, ``synchronous=NORMAL``
and a busy timeout; write transactions start with ``BEGIN IMMEDIATE`` so two counters writing at
once queue on the busy timeout instead of failing. Any SQLAlchemy URL may come from
``LOKET_DB_URL`` (PostgreSQL through ``postgresql+psycopg://``).
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from .errors import DatabaseError, LoketError
from .i18n import _

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 30_000


def sqlite_file(url: str) -> Path | None:
    """The file behind a SQLite URL (None for a server or an in-memory database)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database).absolute()


def default_url() -> str:
    """``LOKET_DB_URL`` if set, else the SQLite file in the data directory."""
    from desktop_app import paths

    url = os.environ.get("LOKET_DB_URL", "").strip()
    return url or f"sqlite:///{paths.database_file()}"


class Database:
    """An engine plus session factories. Create one per process with :meth:`open`."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.is_sqlite = engine.dialect.name == "sqlite"
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(
            engine.execution_options(loket_write=True), expire_on_commit=False
        )
        # The SQLite file this process opened: a write goes nowhere if it was replaced or
        # removed since (a restore from another process, a hand copy): checked before each.
        self._file_id = _file_id(self.sqlite_path) if self.sqlite_path else None
        from .changes import install

        install(self._write)  # every write bumps its topics' change counters (core/changes.py)

    @classmethod
    def open(cls, url: str | None = None) -> Database:
        url = url or default_url()
        try:
            parsed = make_url(url)
        except ArgumentError as exc:
            raise DatabaseError(
                _("Alamat basis data tidak dapat dibaca: {url}", url=_redact(url))
            ) from exc
        try:
            if parsed.get_backend_name() == "sqlite":
                engine = _sqlite_engine(url)
            else:
                # hide_parameters: a failed statement's NIKs and names never reach a message
                # or the log.
                engine = create_engine(url, pool_pre_ping=True, future=True, hide_parameters=True)
        except (NoSuchModuleError, ImportError) as exc:
            raise DatabaseError(
                _(
                    "Jenis basis data pada alamat {url} tidak didukung atau pustakanya belum "
                    "terpasang.",
                    url=_redact(url),
                )
            ) from exc
        db = cls(engine)
        db.check_connection()
        return db

    @property
    def location(self) -> str:
        """Where the data lives, for the status bar (password hidden)."""
        url = self.engine.url
        if self.is_sqlite:
            return url.database or ":memory:"
        return url.render_as_string(hide_password=True)

    @property
    def sqlite_path(self) -> Path | None:
        if self.is_sqlite and self.engine.url.database not in (None, "", ":memory:"):
            return Path(self.engine.url.database)
        return None

    def check_connection(self) -> None:
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except SQLAlchemyError as exc:
            raise DatabaseError(
                _(
                    "Tidak dapat membuka basis data {url}: {reason}",
                    url=self.location,
                    reason=_first_line(exc),
                )
            ) from exc

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed."""
        with self._read() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction: committed when the block ends, rolled back on any error.

        Refused (DatabaseGone) when the database file was replaced or removed since it was
        opened, checked before the transaction and again just before the commit; a full disk
        becomes DiskFull. Either way nothing was saved."""
        self.check_file()
        try:
            with self._write() as session, session.begin():
                yield session
                self.check_file()
        except SQLAlchemyError as exc:
            plain = plain_error(exc, self.location)
            if plain is None:
                raise
            raise plain from exc

    def file_problem(self) -> DatabaseGone | None:
        """Why writing here would be lost (the file was replaced or removed), or None."""
        path = self.sqlite_path
        if path is None or self._file_id is None:
            return None
        now = _file_id(path)
        if now is None:
            return DatabaseGone(path, removed=True)
        if now != self._file_id:
            return DatabaseGone(path, removed=False)
        return None

    def check_file(self) -> None:
        problem = self.file_problem()
        if problem is not None:
            log.error("database file %s was %s", problem.path, problem.what)
            raise problem

    def dispose(self) -> None:
        self.engine.dispose()


class DatabaseGone(DatabaseError):
    """The SQLite file was replaced or removed under this running process."""

    def __init__(self, path: Path, *, removed: bool) -> None:
        self.path = path
        self.what = "removed" if removed else "replaced"
        if removed:
            text_ = _(
                "Berkas basis data {path} telah dihapus saat aplikasi berjalan. Tidak ada yang "
                "disimpan. Tutup aplikasi, lalu buka lagi untuk memulihkan cadangan.",
                path=path,
            )
        else:
            text_ = _(
                "Berkas basis data {path} telah diganti saat aplikasi berjalan (misalnya "
                "dipulihkan dari cadangan oleh program lain). Tidak ada yang disimpan. Tutup "
                "aplikasi, lalu buka lagi.",
                path=path,
            )
        super().__init__(text_)


class DatabaseCorrupt(DatabaseError):
    """SQLite says the file is damaged (or is not a database at all)."""


def _file_id(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return None
    except OSError:
        return None
    return (info.st_dev, info.st_ino)


def is_corruption(exc: BaseException) -> bool:
    text_ = str(getattr(exc, "orig", None) or exc).lower()
    return any(
        marker in text_
        for marker in ("malformed", "file is not a database", "disk image", "file is encrypted")
    )


def plain_error(exc: BaseException, where: object = "") -> LoketError | None:
    """A database failure the user can act on, in plain Indonesian (disk full, damaged file,
    still locked after the busy timeout); None for anything else (a programming error, a
    constraint the caller handles)."""
    from .errors import DiskFull, disk_full_message, is_disk_full

    if is_disk_full(exc):
        return DiskFull(disk_full_message(where))
    if is_corruption(exc):
        return DatabaseCorrupt(
            _(
                "Basis data {where} rusak ({reason}). Tidak ada yang disimpan. Pulihkan cadangan "
                "terakhir yang baik (Pengaturan › Cadangan, atau loket restore BERKAS).",
                where=where,
                reason=_first_line(exc),
            )
        )
    text_ = str(getattr(exc, "orig", None) or exc).lower()
    if "database is locked" in text_ or "database is busy" in text_:
        return DatabaseError(
            _(
                "Basis data {where} sedang dikunci oleh program lain terlalu lama. Tidak ada yang "
                "disimpan; coba lagi sebentar lagi.",
                where=where,
            )
        )
    return None


def _sqlite_engine(url: str) -> Engine:
    from desktop_app.paths import create_private_file

    parsed = make_url(url)
    if parsed.database and parsed.database != ":memory:":
        path = Path(parsed.database)
        path.parent.mkdir(parents=True, exist_ok=True)
        # Created 0600 before SQLite opens it; SQLite gives -wal and -shm the same mode.
        create_private_file(path)
    engine = create_engine(
        url,
        future=True,
        hide_parameters=True,
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy emit BEGIN itself (pysqlite's own BEGIN handling is wrong for us).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: object) -> None:
        write = conn.get_execution_options().get("loket_write")  # type: ignore[attr-defined]
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")  # type: ignore[attr-defined]

    return engine


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy a live SQLite database consistently (online backup API), even while in use; the
    copy appears complete or not at all."""
    from . import fileio

    target.parent.mkdir(parents=True, exist_ok=True)
    with fileio.staged(target) as tmp:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    return target


def table_names(db: Database) -> set[str]:
    return set(inspect(db.engine).get_table_names())


def _redact(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url.split("@")[-1]


def _first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    return (str(orig).strip().splitlines() or [type(orig).__name__])[0]
