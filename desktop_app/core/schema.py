"""Bring the database schema to this version of the app (Alembic), safely.

Before an existing SQLite database is upgraded it is copied to the backup folder; a database
whose revision this app does not know (made by a newer version) is refused.
"""

from __future__ import annotations

import logging
from importlib.resources import files
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from .db import Database, backup_sqlite, timestamp
from .errors import DatabaseError
from .i18n import _

log = logging.getLogger(__name__)


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(files("desktop_app.core") / "migrations"))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> frozenset[str]:
    """Every schema revision this version of the app can open (and migrate forward)."""
    return frozenset(
        rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions()
    )


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def needs_upgrade(db: Database) -> bool:
    return current_revision(db) != head_revision()


def upgrade(db: Database, backup_dir: Path | None = None) -> Path | None:
    """Migrate to head. Returns the backup file made before upgrading an existing SQLite file."""
    script = ScriptDirectory.from_config(_config())
    current = current_revision(db)
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise DatabaseError(
            _(
                "Basis data ini dibuat oleh versi Loket Dukcapil yang lebih baru (skema {rev}). "
                "Pasang versi terbaru aplikasi; basis data tidak diubah.",
                rev=current,
            )
        )
    head = script.get_current_head()
    if current == head:
        return None
    backup = None
    if current is not None and db.sqlite_path is not None and db.sqlite_path.exists():
        from desktop_app import paths

        target_dir = backup_dir or paths.backup_dir()
        backup = backup_sqlite(
            db.sqlite_path, target_dir / f"sebelum-upgrade-{current}-{timestamp()}.sqlite3"
        )
        log.info("backed up %s to %s before upgrading", db.sqlite_path, backup)
    cfg = _config()
    with db.engine.connect() as conn:
        if db.is_sqlite:
            # Batch migrations recreate tables; foreign keys must be off meanwhile.
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        conn.commit()
        if db.is_sqlite:
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            problems = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
            if problems:
                raise DatabaseError(_("Pemeriksaan kunci asing gagal setelah pembaruan skema."))
    log.info("database upgraded from %s to %s", current, head)
    return backup


def open_database(url: str | None = None) -> Database:
    """Open the database and bring its schema up to date: what every front end calls first."""
    db = Database.open(url)
    upgrade(db)
    return db
