"""The insider attacks of issue 13 (finding 2), replayed by someone who holds the database
(the SQLite file, or SQL access to the server) but not the key folder: each is caught.

1. Delete audit lines and recompute the chain (plain SHA-256, as the old chain was).
2. Roll the chain back to an earlier state (truncate the tail, put back an older head).
3. ``UPDATE users SET role='supervisor' WHERE username='budi'`` (and friends).
"""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import delete, select, text, update

from desktop_app.core import audit, audit_key, report, users
from desktop_app.core.audit_key import GENESIS
from desktop_app.core.errors import DatabaseError
from desktop_app.core.models import AuditEntry, Setting, User
from desktop_app.core.security import SYSTEM, Role

DAY = date(2026, 11, 28)


@pytest.fixture
def office(db, supervisor, petugas):
    for i in range(6):
        with db.write() as s:
            audit.record(s, supervisor, "test.action", "thing", i, note=f"entri {i}")
    return db


def entries(db) -> list[AuditEntry]:
    with db.read() as s:
        return list(s.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def recompute_without_key(db) -> None:
    """What the issue's insider did: rewrite every hash with plain SHA-256 and fix the head."""
    prev = GENESIS
    with db.write() as s:
        rows = list(s.scalars(select(AuditEntry).order_by(AuditEntry.id)))
        for row in rows:
            row.prev_hash = prev
            row.key_id = ""
            row.entry_hash = audit._digest(prev, row)
            prev = row.entry_hash
        head = s.get(Setting, audit.HEAD_KEY)
        head.value = json.dumps({"id": rows[-1].id, "hash": prev})


def test_an_intact_keyed_chain_verifies(office):
    report_ = audit.verify_chain(office)
    assert report_.ok and report_.checked == len(entries(office))
    assert {e.key_id for e in entries(office)} == {audit_key.local_keys()[0].key_id}


def test_deleted_lines_and_a_recomputed_chain_are_caught(office):
    ids = [e.id for e in entries(office)]
    with office.write() as s:
        s.execute(delete(AuditEntry).where(AuditEntry.id.in_(ids[2:5])))
    assert not audit.verify_chain(office).ok
    recompute_without_key(office)
    caught = audit.verify_chain(office)
    assert not caught.ok
    assert caught.broken_id == ids[0] and "tanpa kunci" in caught.reason


def test_a_chain_recomputed_with_a_guessed_key_is_caught(office):
    ids = [e.id for e in entries(office)]
    with office.write() as s:
        s.execute(delete(AuditEntry).where(AuditEntry.id == ids[3]))
    forged = audit_key.AuditKey("f" * 16, b"x" * 32, audit_key.local_keys()[0].created, 0, GENESIS)
    prev = GENESIS
    with office.write() as s:
        for row in s.scalars(select(AuditEntry).order_by(AuditEntry.id)):
            row.prev_hash = prev
            row.entry_hash = audit._keyed_digest(forged, prev, row)
            prev = row.entry_hash
    report_ = audit.verify_chain(office)
    assert not report_.ok and report_.broken_id == ids[0] and "diubah" in report_.reason


def test_a_rolled_back_chain_is_caught_by_the_daily_report_and_the_backup(
    office, supervisor, tmp_path, sqlite_only
):
    from desktop_app.core import backup

    with office.read() as s:
        older_head = s.get(Setting, audit.HEAD_KEY).value
    n_older = len(entries(office))
    for i in range(3):
        with office.write() as s:
            audit.record(s, supervisor, "test.later", "thing", i)
    pdf = tmp_path / "rekap.pdf"
    report.export_daily_pdf(office, SYSTEM, DAY, DAY, pdf, today=DAY)
    copy = backup.backup_now(office, SYSTEM, tmp_path / "cadangan.sqlite3")
    anchors = audit.anchors_in_file(pdf) + audit.anchors_in_file(copy)
    assert [a.count for a in anchors] == [n_older + 3, n_older + 4]
    assert audit.verify_chain(office, anchors).ok

    # The insider removes everything after the earlier state and puts its head back: the chain
    # and its head are genuine, so only the anchors can tell.
    with office.write() as s:
        s.execute(delete(AuditEntry).where(AuditEntry.id > entries(office)[n_older - 1].id))
        s.get(Setting, audit.HEAD_KEY).value = older_head
    assert audit.verify_chain(office).ok
    for anchor in anchors:
        caught = audit.verify_chain(office, [anchor])
        assert not caught.ok and "telah dihapus" in caught.reason, caught


def test_a_replaced_chain_does_not_pass_through_the_anchor(office, supervisor):
    anchor = audit.anchor(office)
    with office.write() as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        s.delete(last)
    with office.write() as s:
        # rolls the head back by hand, then a new genuine entry at the same position
        head = json.loads(s.get(Setting, audit.HEAD_KEY).value)
        rest = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        key = audit_key.load(head["key"])
        state = {"id": rest.id, "hash": rest.entry_hash, "count": head["count"] - 1}
        state.update(key=key.key_id)
        state["mac"] = audit._head_mac(key, state)
        s.get(Setting, audit.HEAD_KEY).value = json.dumps(state)
    with office.write() as s:
        audit.record(s, supervisor, "test.replacement", "thing", 1)
    caught = audit.verify_chain(office, [anchor])
    assert not caught.ok and "tidak sama" in caught.reason


def test_a_truncated_tail_with_the_head_fixed_by_hand_is_caught(office):
    with office.write() as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        s.delete(last)
        s.flush()
        rest = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        head = json.loads(s.get(Setting, audit.HEAD_KEY).value)
        head.update(id=rest.id, hash=rest.entry_hash, count=head["count"] - 1)
        s.get(Setting, audit.HEAD_KEY).value = json.dumps(head)  # old seal: no key to redo it
    assert not audit.verify_chain(office).ok


def test_a_role_changed_by_sql_is_refused_at_login_audited_and_shown(office, supervisor):
    with office.engine.begin() as conn:
        conn.execute(text("UPDATE users SET role='supervisor' WHERE username='budi'"))
    with pytest.raises(users.LoginFailed, match="diubah di luar aplikasi"):
        users.authenticate(office, "budi", "rahasia123")
    last = entries(office)[-1]
    assert last.action == "login.failed" and json.loads(last.detail)["reason"] == "tampered"
    assert users.tampered_accounts(office) == ["budi"]
    listed = {u.username: u for u in users.list_users(office, supervisor)}
    assert listed["budi"].tampered and not listed["kasi"].tampered
    # The supervisor sets the role through the app: sealed again, budi logs in as petugas.
    users.set_role(office, supervisor, listed["budi"].id, "petugas")
    assert users.authenticate(office, "budi", "rahasia123").role == Role.PETUGAS
    assert users.tampered_accounts(office) == []


@pytest.mark.parametrize(
    "change",
    [
        "UPDATE users SET active = {false} WHERE username = 'kasi'",
        "UPDATE users SET mac = NULL WHERE username = 'budi'",
        "UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE username = 'budi')"
        " WHERE username = 'kasi'",
        "UPDATE users SET role = 'root' WHERE username = 'budi'",
    ],
    ids=["re-enabled", "seal-removed", "password-copied", "unknown-role"],
)
def test_other_changes_by_sql_are_refused(office, change):
    false = "0" if office.is_sqlite else "false"
    with office.engine.begin() as conn:
        conn.execute(text(change.format(false=false)))
    name = "kasi" if "'kasi'" in change.split("WHERE")[-1] else "budi"
    with pytest.raises(users.LoginFailed, match="diubah di luar aplikasi"):
        users.authenticate(office, name, "rahasia123")
    assert name in users.tampered_accounts(office)


def test_a_database_without_its_key_refuses_to_record(office, petugas):
    (key,) = audit_key.local_keys()
    path = audit_key.key_path(key.key_id)
    saved = path.read_bytes()
    path.unlink()
    audit_key._cache.clear()
    with pytest.raises(DatabaseError, match="tidak ada di komputer ini") as exc:
        users.authenticate(office, "budi", "rahasia123")
    assert "loket audit key install" in exc.value.message
    report_ = audit.verify_chain(office)
    assert not report_.ok and report_.missing_key == key.key_id
    # installed again from a copy: everything works
    copy = path.parent.parent / "salinan.key"
    copy.write_bytes(saved)
    assert audit_key.install(copy) == (key, True)
    assert users.authenticate(office, "budi", "rahasia123").username == "budi"
    assert audit.verify_chain(office).ok


def test_a_file_that_is_not_a_key_is_refused(tmp_path):
    bogus = tmp_path / "kunci.key"
    bogus.write_text('{"format": "loket-audit-key", "version": 1, "secret": "AAAA"}')
    with pytest.raises(Exception, match="bukan kunci audit"):
        audit_key.install(bogus)


def test_key_files_are_private(office):
    import os
    import stat

    if os.name != "posix":
        pytest.skip("POSIX modes")
    (key,) = audit_key.local_keys()
    assert stat.S_IMODE(audit_key.key_path(key.key_id).stat().st_mode) == 0o600


def test_users_read_back_with_an_unknown_role_do_not_crash_the_list(office, supervisor):
    with office.write() as s:
        s.execute(update(User).where(User.username == "budi").values(role="root"))
    listed = {u.username: u for u in users.list_users(office, supervisor)}
    assert listed["budi"].tampered


def test_the_plain_part_of_an_upgraded_database_stays_guarded(tmp_path, sqlite_only):
    """A database from before keys: its old SHA-256 entries remain, the key takes over from
    there; turning the keyed part back into plain entries is caught."""
    import shutil
    from pathlib import Path

    from desktop_app.core.schema import open_database

    old = Path(__file__).parent.parent / "data" / "loket_rev0001.sqlite3"
    work = tmp_path / "lama.sqlite3"
    shutil.copy(old, work)
    db = open_database(f"sqlite:///{work}")
    try:
        users.authenticate(db, "kasi", "rahasia123")
        kinds = [bool(e.key_id) for e in entries(db)]
        assert kinds[0] is False and kinds[-1] is True and kinds == sorted(kinds)
        (key,) = audit_key.local_keys()
        assert key.start_count == kinds.count(False)
        assert audit.verify_chain(db).ok
        recompute_without_key(db)
        caught = audit.verify_chain(db)
        assert not caught.ok and "tanpa kunci" in caught.reason
    finally:
        db.dispose()


def test_users_of_the_revision_just_before_the_seals_are_sealed_when_upgraded(
    tmp_path, sqlite_only
):
    """The seal-on-upgrade runs for a database at ANY revision before the one adding
    ``users.mac`` — including the latest one before it, which moves whenever a migration lands
    before ours (a database at that revision would otherwise have every account refused)."""
    import shutil
    from pathlib import Path

    from alembic import command

    from desktop_app.core import schema
    from desktop_app.core.db import Database

    (adds_mac,) = [
        p
        for p in (schema.migrations_dir() / "versions").glob("*.py")
        # at a line's start: the next migration's 'down_revision = "…"' names it too
        if f'\nrevision = "{schema.SEALS_SINCE}"' in p.read_text(encoding="utf-8")
    ]
    assert '"mac"' in adds_mac.read_text(encoding="utf-8")  # SEALS_SINCE names that migration
    (before,) = schema.migration_graph()[schema.SEALS_SINCE]

    work = tmp_path / "lama.sqlite3"
    shutil.copy(Path(__file__).parent.parent / "data" / "loket_rev0001.sqlite3", work)
    old = Database.open(f"sqlite:///{work}")
    cfg = schema._config()
    with old.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, before)
    old.dispose()
    db = schema.open_database(f"sqlite:///{work}")
    try:
        assert schema.current_revision(db) != before
        users.authenticate(db, "kasi", "rahasia123")  # sealed, not refused as tampered
        assert not [u.username for u in users.list_users(db, SYSTEM) if u.tampered]
    finally:
        db.dispose()
