"""The cheap start-up schema check agrees with Alembic, and Alembic stays unimported when the
database is already at head (it costs a fifth of the start-up time)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from desktop_app.core import schema
from desktop_app.core.db import Database

ROOT = Path(__file__).resolve().parents[2]
OLD_DB = ROOT / "tests" / "data" / "loket_rev0001.sqlite3"


def test_head_and_known_revisions_match_alembic():
    script = ScriptDirectory.from_config(schema._config())
    assert schema.head_revision() == script.get_current_head()
    assert schema.known_revisions() == {rev.revision for rev in script.walk_revisions()}
    for rev in script.walk_revisions():
        assert schema.migration_graph()[rev.revision] == tuple(rev._all_down_revisions)


def _alembic_current(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def test_current_revision_matches_alembic(db, tmp_path, sqlite_only):
    assert schema.current_revision(db) == _alembic_current(db) == schema.head_revision()
    old = tmp_path / "old.sqlite3"
    shutil.copy(OLD_DB, old)
    old_db = Database.open(f"sqlite:///{old}")
    assert schema.current_revision(old_db) == _alembic_current(old_db) == "0001"
    assert schema.needs_upgrade(old_db)
    empty = Database.open(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    assert schema.current_revision(empty) is None is _alembic_current(empty)
    for database in (old_db, empty):
        database.dispose()


def test_current_revision_on_the_test_database(db):
    """Also on PostgreSQL when LOKET_TEST_DB_URL is set."""
    assert schema.current_revision(db) == _alembic_current(db)
    assert not schema.needs_upgrade(db)


def _run(code: str, data_dir: Path) -> str:
    env = dict(os.environ, PYTHONPATH=str(ROOT), LOKET_DATA_DIR=str(data_dir))
    env.pop("LOKET_DB_URL", None)
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_opening_an_up_to_date_database_does_not_import_alembic(tmp_path, sqlite_only):
    code = (
        "import sys\n"
        "from desktop_app.core.schema import open_database\n"
        "open_database().dispose()\n"
        "print('alembic' in sys.modules)\n"
    )
    assert _run(code, tmp_path) == "True"  # first start: the schema is created by Alembic
    assert _run(code, tmp_path) == "False"  # every later start: plain SQL only


def test_migrations_give_the_models_schema(db):
    """Every column and index the models declare is what the migrations built (the name
    search's FTS tables and trigram index exist only in the migrations; SQLite keeps no
    VARCHAR lengths)."""
    from alembic.autogenerate import compare_metadata

    from desktop_app.core.models import Base

    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diffs = compare_metadata(context, Base.metadata)
    sqlite = db.engine.dialect.name == "sqlite"

    def expected(diff) -> bool:
        if isinstance(diff, tuple) and diff[0] == "remove_table":
            return diff[1].name.startswith("requests_fts")
        if isinstance(diff, tuple) and diff[0] == "remove_index":
            return diff[1].name in ("ix_requests_name_trgm", "ix_requests_name_block")
        if isinstance(diff, list) and diff and diff[0][0] == "modify_type" and sqlite:
            return all(str(d[-2]).startswith("VARCHAR") for d in diff)
        return False

    assert [d for d in diffs if not expected(d)] == []
