"""Shared fixtures. Qt runs offscreen; the database is SQLite in a temporary folder, or a fresh
PostgreSQL database per test when ``LOKET_TEST_DB_URL`` names a server (``.ci/run`` does that)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("LOKET_DB_URL", None)

PG_URL = os.environ.get("LOKET_TEST_DB_URL", "")


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    """Every test gets its own data folder, so nothing touches the user's real data."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("LOKET_DATA_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def automatic_collection_outside_the_gui_tests(request):
    """The GUI tests collect reference cycles on the GUI thread only, as the app does
    (tests/gui/conftest.py); every other test runs with Python's automatic collection."""
    import gc

    if "gui" not in request.path.parts[-2:-1]:
        gc.enable()


@pytest.fixture(autouse=True)
def office_zone():
    """Every test starts in a WIB office (the process-wide office clock, core/clock.py)."""
    from desktop_app.core import clock

    clock.use_zone(clock.DEFAULT_ZONE)
    yield
    clock.use_zone(clock.DEFAULT_ZONE)


@pytest.fixture
def db_url(data_dir) -> Iterator[str]:
    if not PG_URL:
        yield f"sqlite:///{data_dir / 'loket.sqlite3'}"
        return
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"loket_t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = :n AND pid <> pg_backend_pid()"
                ),
                {"n": name},
            )
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


@pytest.fixture
def db(db_url):
    """A migrated database (SQLite file or a fresh PostgreSQL database)."""
    from desktop_app.core.schema import open_database

    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def downgrade(db):
    """Take ``db`` back to an older schema revision (a test then upgrades it again)."""

    def run(target: str) -> None:
        from alembic import command

        from desktop_app.core import schema

        cfg = schema._config()
        with db.engine.connect() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, target)
            conn.commit()

    return run


@pytest.fixture
def sqlite_only():
    if PG_URL:
        pytest.skip("SQLite-specific test")


def _make_user(db, role: str, username: str):
    from desktop_app.core import users
    from desktop_app.core.security import SYSTEM

    info = users.create_user(db, SYSTEM, username, username.title(), role, "rahasia123")
    return users.authenticate(db, info.username, "rahasia123")


@pytest.fixture
def supervisor(db):
    """The office's first supervisor (created the way the setup wizard does)."""
    from desktop_app.core import users

    return users.create_first_supervisor(db, "kasi", "Kepala Seksi", "rahasia123")


@pytest.fixture
def petugas(db, supervisor):
    return _make_user(db, "petugas", "budi")


@pytest.fixture
def legalisir(db, supervisor):
    return _make_user(db, "legalisir", "sari")
