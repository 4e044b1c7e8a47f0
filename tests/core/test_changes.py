"""Change counters: each write bumps its topics in the same transaction, seen by another
connection (another PC) with one cheap read; on SQLite and PostgreSQL (LOKET_TEST_DB_URL)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from legal_helpers import entry_input, setup_office
from sqlalchemy import select

from desktop_app.core import changes, settings, users
from desktop_app.core import legalization as legal
from desktop_app.core import requests as rq
from desktop_app.core.errors import Conflict
from desktop_app.core.importer import import_file
from desktop_app.core.models import ChangeCounter
from desktop_app.core.schema import open_database

NIK = "3216064507880003"
DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture
def other_pc(db, db_url):
    """A second connection to the same database, as a second counter PC has."""
    second = open_database(db_url)
    yield second
    second.dispose()


def moved(before: dict[str, int], after: dict[str, int]) -> set[str]:
    return {topic for topic in after if after[topic] != before[topic]}


def test_every_topic_has_a_counter_from_the_migration(db):
    with db.read() as session:
        stored = set(session.scalars(select(ChangeCounter.topic)))
    assert stored == set(changes.TOPICS)


def test_a_request_written_here_is_seen_there_and_only_its_topic_moves(
    db, other_pc, supervisor, petugas
):
    before = changes.versions(other_pc)
    created = rq.create_request(
        db, petugas, channel="web", service_code="KK", name="Sri Wahyuni", nik=NIK
    )
    after = changes.versions(other_pc)
    assert moved(before, after) == {"requests"}
    # Whoever sees the new counter also sees the row (same transaction).
    assert rq.count_ids(other_pc, supervisor) == 1

    rq.change_status(other_pc, supervisor, created.id, created.version, "diproses")
    assert moved(after, changes.versions(db)) == {"requests"}


def test_a_refused_or_rolled_back_write_bumps_nothing(db, other_pc, supervisor, petugas):
    created = rq.create_request(
        db, petugas, channel="web", service_code="KK", name="Sri Wahyuni", nik=NIK
    )
    rq.change_status(db, petugas, created.id, created.version, "diproses")
    before = changes.versions(other_pc)
    with pytest.raises(Conflict):  # a stale version: nothing written
        rq.change_status(db, petugas, created.id, created.version, "selesai")
    assert changes.versions(other_pc) == before


def test_settings_users_and_legalization_have_their_own_topics(db, other_pc, supervisor, legalisir):
    before = changes.versions(other_pc)
    settings.set_value(db, supervisor, "idle_lock_minutes", 3)
    settings.set_holiday(db, supervisor, date(2026, 8, 17), "Hari Kemerdekaan RI")
    step = changes.versions(other_pc)
    assert moved(before, step) == {"settings"}
    assert step["settings"] == before["settings"] + 2

    budi = users.create_user(db, supervisor, "budi", "Budi", "petugas", "rahasia123")
    users.set_active(db, supervisor, budi.id, False)
    step2 = changes.versions(other_pc)
    assert moved(step, step2) == {"users"}

    official = setup_office(db)
    step3 = changes.versions(other_pc)
    legal.create_entry(db, legalisir, entry_input(official))
    assert moved(step3, changes.versions(other_pc)) == {"legal"}


def test_an_import_moves_the_requests_counter_once(db, other_pc, petugas):
    before = changes.versions(other_pc)
    result = import_file(db, petugas, DATA / "contoh_impor.csv")
    assert result.added > 1
    after = changes.versions(other_pc)
    assert moved(before, after) == {"requests"}
    assert after["requests"] == before["requests"] + 1  # one transaction, one bump


def test_a_topic_row_missing_is_created_on_first_write(db, other_pc, supervisor):
    with db.write() as session:
        session.delete(session.get(ChangeCounter, "settings"))
    assert changes.versions(other_pc)["settings"] == 0
    settings.set_value(db, supervisor, "idle_lock_minutes", 4)
    assert changes.versions(other_pc)["settings"] == 1


def test_tables_added_later_follow_their_prefix():
    assert changes.topic_of("legal_signing_keys") == "legal"
    assert changes.topic_of("request_attachments") == "requests"
    assert changes.topic_of("audit_log") is None
