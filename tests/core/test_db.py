"""Engine settings, schema migrations and their safety nets."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop_app.core import schema
from desktop_app.core.db import Database
from desktop_app.core.errors import DatabaseError

OLD_DB = Path(__file__).parent.parent / "data" / "loket_rev0001.sqlite3"


def test_sqlite_engine_settings(db, sqlite_only):
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 30_000


def test_write_transaction_rolls_back_on_error(db):
    from desktop_app.core.models import Setting

    with pytest.raises(RuntimeError), db.write() as session:
        session.add(Setting(key="x", value="1"))
        session.flush()
        raise RuntimeError("boom")
    with db.read() as session:
        assert session.get(Setting, "x") is None


def test_fresh_database_is_at_head(db):
    assert schema.current_revision(db) == schema.head_revision()
    assert not schema.needs_upgrade(db)


def test_open_is_idempotent(db_url):
    first = schema.open_database(db_url)
    first.dispose()
    again = Database.open(db_url)
    assert schema.upgrade(again) is None  # nothing to do, no backup taken
    again.dispose()


def test_bad_url_is_refused_with_a_message():
    with pytest.raises(DatabaseError, match="tidak dapat dibaca"):
        Database.open("this is not a url")
    with pytest.raises(DatabaseError, match="Tidak dapat membuka basis data"):
        Database.open("postgresql+psycopg://nobody@127.0.0.1:1/none")


def test_newer_database_is_refused(tmp_path, sqlite_only):
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    db = schema.open_database(url)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(DatabaseError, match="lebih baru"):
        schema.upgrade(db)
    with db.engine.connect() as conn:  # untouched
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            "9999_future"
        )


def test_old_database_file_is_migrated_forward_with_a_backup(tmp_path, sqlite_only):
    """A database written by the first release (revision 0001) upgrades and keeps its data."""
    work = tmp_path / "old.sqlite3"
    shutil.copy(OLD_DB, work)
    backups = tmp_path / "backups"
    db = Database.open(f"sqlite:///{work}")
    assert schema.current_revision(db) == "0001"
    backup = schema.upgrade(db, backup_dir=backups)
    assert schema.current_revision(db) == schema.head_revision()
    assert backup is not None and backup.parent == backups
    with sqlite3.connect(backup) as conn:  # the backup is the untouched old database
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    from desktop_app.core import users
    from desktop_app.core.audit import verify_chain

    assert users.authenticate(db, "kasi", "rahasia123").username == "kasi"
    assert verify_chain(db).ok
    with db.engine.connect() as conn:
        tables = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master"))}
    assert {"requests", "legal_entries", "services"} <= tables
    db.dispose()


def test_migration_history_is_one_line():
    """Several engineers add migrations at once: two files with the same ``down_revision`` would
    leave two heads and every database would refuse to upgrade. One root, one head, no merge
    points, and file names numbered in chain order."""
    from desktop_app.core.schema import migration_graph, migrations_dir

    graph = migration_graph()
    below = [down for downs in graph.values() for down in downs]
    heads = sorted(rev for rev in graph if rev not in below)
    roots = sorted(rev for rev, downs in graph.items() if not downs)
    assert len(heads) == 1, f"migrations branch: heads {heads}; renumber the later one"
    assert len(roots) == 1, f"several first migrations: {roots}"
    assert len(below) == len(set(below)), "two migrations share a down_revision"
    assert all(len(downs) <= 1 for downs in graph.values()), "merge migrations are not used"
    chain = [heads[0]]
    while graph[chain[-1]]:
        chain.append(graph[chain[-1]][0])
    assert len(chain) == len(graph)
    files = sorted(p.name for p in (migrations_dir() / "versions").glob("[0-9]*.py"))
    numbers = [name.split("_", 1)[0] for name in files]
    assert numbers == [f"{n:04d}" for n in range(1, len(files) + 1)], files
