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

from .errors import DatabaseError
from .i18n import _

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 30_000


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
        """A write transaction: committed when the block ends, rolled back on any error."""
        with self._write() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


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
