"""Bring the database schema to this version of the app (Alembic), safely.

Before an existing SQLite database is upgraded it is copied to the backup folder; a database
whose revision this app does not know (made by a newer version) is refused.

Alembic (with Mako and the DDL layers of every dialect) is slow to import, and every start of the
app checks the schema. So the check reads ``alembic_version`` with plain SQL and compares it with
the head found by reading the ``revision``/``down_revision`` lines of the migration files; Alembic
is imported only when there is something to upgrade. A test keeps the two views in agreement.
"""

from __future__ import annotations

import ast
import logging
import re
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from . import clock
from .db import Database, backup_sqlite
from .errors import DatabaseError
from .i18n import _

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

VERSION_TABLE = "alembic_version"
_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*(?::[^=]+)?=\s*(.+?)\s*$", re.M)


def migrations_dir() -> Path:
    return Path(str(files("desktop_app.core") / "migrations"))


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return cfg


@cache
def migration_graph() -> dict[str, tuple[str, ...]]:
    """``{revision: (down revisions...)}`` read from the migration files without importing them
    (or Alembic)."""
    graph: dict[str, tuple[str, ...]] = {}
    for path in sorted((migrations_dir() / "versions").glob("*.py")):
        text_ = path.read_text(encoding="utf-8")
        found: dict[str, str] = {m[1]: m[2] for m in _ASSIGNMENT.finditer(text_)}
        if "revision" not in found:
            continue
        revision = ast.literal_eval(found["revision"])
        down = ast.literal_eval(found.get("down_revision", "None"))
        if down is None:
            downs: tuple[str, ...] = ()
        elif isinstance(down, str):
            downs = (down,)
        else:
            downs = tuple(down)
        graph[str(revision)] = downs
    return graph


def head_revision() -> str:
    graph = migration_graph()
    below = {down for downs in graph.values() for down in downs}
    heads = [rev for rev in graph if rev not in below]
    if len(heads) != 1:  # a branched history: let Alembic judge (and complain)
        from alembic.script import ScriptDirectory

        head = ScriptDirectory.from_config(_config()).get_current_head()
        assert head is not None
        return head
    return heads[0]


def known_revisions() -> frozenset[str]:
    """Every schema revision this version of the app can open (and migrate forward)."""
    return frozenset(migration_graph())


def current_revision(db: Database) -> str | None:
    """The revision stamped in the database (``None`` for an empty database)."""
    with db.engine.connect() as conn:
        if not inspect(conn).has_table(VERSION_TABLE):
            return None
        rows = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    if len(rows) > 1:  # several heads stamped: Alembic raises its own, precise error
        from alembic.runtime.migration import MigrationContext

        with db.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    return rows[0] if rows else None


def needs_upgrade(db: Database) -> bool:
    return current_revision(db) != head_revision()


def upgrade(db: Database, backup_dir: Path | None = None) -> Path | None:
    """Migrate to head. Returns the backup file made before upgrading an existing SQLite file."""
    current = current_revision(db)
    if current is not None and current not in known_revisions():
        raise DatabaseError(
            _(
                "Basis data ini dibuat oleh versi Loket Dukcapil yang lebih baru (skema {rev}). "
                "Pasang versi terbaru aplikasi; basis data tidak diubah.",
                rev=current,
            )
        )
    head = head_revision()
    if current == head:
        return None
    from alembic import command

    backup = None
    if current is not None and db.sqlite_path is not None and db.sqlite_path.exists():
        from desktop_app import paths

        target_dir = backup_dir or paths.backup_dir()
        backup = backup_sqlite(
            db.sqlite_path, target_dir / f"sebelum-upgrade-{current}-{clock.stamp()}.sqlite3"
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
    if current is not None and not db.is_sqlite:
        _vacuum_after_upgrade(db)
    if current is not None and _before(current, SEALS_SINCE):
        from . import users

        sealed = users.seal_unsealed(db)
        log.info("sealed %d user rows with the audit key", sealed)
    return backup


def _vacuum_after_upgrade(db: Database) -> None:
    """PostgreSQL: ``VACUUM (ANALYZE)`` once the migrations are committed. A migration that
    rewrote rows (0016: the backlog's) leaves their old versions behind each index entry, and
    no autovacuum comes for a fraction that small of ten million rows: the daily report read
    26,150 pages for its backlog instead of 1,927 (3.3 s more with a cold cache). VACUUM
    does not block the other counters; it cannot run inside a transaction."""
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM (ANALYZE) requests")
    log.info("vacuumed the requests after the upgrade")


# The revision that added user seals (users.mac): rows of older databases are sealed once, as
# they are upgraded; afterwards a row without a seal was changed outside the app.
SEALS_SINCE = "0008"


def _before(revision: str, later: str) -> bool:
    """True when ``later`` is not ``revision`` nor one of its ancestors."""
    graph = migration_graph()
    todo, seen = [revision], set()
    while todo:
        rev = todo.pop()
        if rev == later:
            return False
        if rev not in seen:
            seen.add(rev)
            todo.extend(graph.get(rev, ()))
    return True


# The window's start-up check reads the whole file: about 2 s per 250 MB on a busy 2-core PC
# (an office's year is a few MB). Above this the daily backup's full integrity check, whose
# failure is shown in the status bar and to the supervisor, is the safety net.
QUICK_CHECK_MAX_BYTES = 200_000_000


def open_database(
    url: str | None = None, *, integrity_check: bool = False, remember: bool = True
) -> Database:
    """Open the database and bring its schema up to date: what every front end calls first.

    A SQLite file this install has used before and that is now gone is not silently replaced
    by a new empty one (recovery.DatabaseMissing); a damaged one (SQLite says so, or the quick
    integrity check the window asks for finds it) raises DatabaseCorrupt naming the latest good
    backup. A file opened successfully is remembered, unless ``remember`` is false (a
    throw-away database such as ``loket selfcheck``'s, which must not be mourned when deleted)."""
    from sqlalchemy.exc import SQLAlchemyError

    from . import recovery
    from .db import default_url, is_corruption, sqlite_file

    url = url or default_url()
    path = sqlite_file(url)
    if path is not None:
        recovery.check_present(path)
        if path.exists() and path.stat().st_size == 0 and recovery.is_known(path):
            raise recovery.corrupt_error(path, _("berkasnya kosong"))
        if integrity_check and path.exists() and path.stat().st_size <= QUICK_CHECK_MAX_BYTES:
            problem = recovery.quick_check(path)
            if problem:
                raise recovery.corrupt_error(path, problem)
    try:
        db = Database.open(url)
        try:
            upgrade(db)
        except BaseException:
            db.dispose()
            raise
    except (DatabaseError, SQLAlchemyError) as exc:
        cause = exc.__cause__ if isinstance(exc, DatabaseError) else exc
        if path is not None and cause is not None and is_corruption(cause):
            raise recovery.corrupt_error(path, str(getattr(cause, "orig", cause))) from exc
        raise
    if path is not None and remember:
        recovery.remember(path)
    clock.use_zone_of(db)
    return db
