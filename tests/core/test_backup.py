"""Backups and restore: the copy is exact, pruning spares what it must, bad files are refused."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select

from desktop_app import paths
from desktop_app.core import audit, backup, clock, fileio, schema, settings, users
from desktop_app.core.db import Database
from desktop_app.core.errors import DatabaseError, PermissionDenied
from desktop_app.core.models import AuditEntry
from desktop_app.core.security import SYSTEM

OLD_DB = Path(__file__).parent.parent / "data" / "loket_rev0001.sqlite3"


def table_contents(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, in a stable order: what 'the same data' means."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {n: sorted(conn.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}
    finally:
        conn.close()


def fill(db, actor, tag: str) -> None:
    users.create_user(db, actor, f"user{tag}", f"Pengguna {tag}", "petugas", "rahasia123")
    settings.set_value(db, actor, "legal_register_format", f"{tag}/{{seq}}/{{year}}")
    settings.set_holiday(db, actor, date(2026, 12, 25), f"Natal {tag}", replace=True)
    with db.write() as session:
        audit.record(session, actor, "uji.isi", "uji", tag)


def pg_database() -> Database:
    """A PostgreSQL Database object; nothing here connects to it."""
    return Database(create_engine("postgresql+psycopg://loket@127.0.0.1:1/loket"))


# --- backup_now -------------------------------------------------------------------------------


def test_backup_now_copies_everything_and_is_audited(db, supervisor, sqlite_only):
    fill(db, supervisor, "a")
    made = backup.backup_now(db, supervisor)
    assert made.parent == paths.backup_dir()
    assert made.name.startswith("loket-manual-") and made.suffix == ".sqlite3"
    assert backup.backup_kind(made.name) == backup.KIND_MANUAL
    copy = table_contents(made)
    live = table_contents(db.sqlite_path)
    assert copy["users"] == live["users"] and len(copy["users"]) == 2
    assert copy["holidays"] == live["holidays"]
    # the audit line for the backup itself comes after the copy
    with db.read() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert last.action == "backup.create" and last.entity_id == made.name
    assert len(live["audit_log"]) == len(copy["audit_log"]) + 1
    assert backup.check_backup(made).revision == schema.head_revision()


def test_backup_now_to_a_chosen_file_and_twice_in_a_second(db, supervisor, tmp_path, sqlite_only):
    out = tmp_path / "usb" / "kantor.sqlite3"
    assert backup.backup_now(db, supervisor, out) == out
    assert out.read_bytes()[:16] == backup.SQLITE_HEADER
    first = backup.backup_now(db, supervisor)
    second = backup.backup_now(db, supervisor)
    assert first != second and first.exists() and second.exists()


def test_backup_refuses_to_overwrite_the_live_database(db, supervisor, sqlite_only):
    with pytest.raises(backup.BackupError, match="menimpa"):
        backup.backup_now(db, supervisor, db.sqlite_path)
    assert users.authenticate(db, "kasi", "rahasia123")


def test_backup_needs_the_backup_permission(db, petugas, sqlite_only):
    with pytest.raises(PermissionDenied):
        backup.backup_now(db, petugas)
    assert list(paths.backup_dir().glob("loket-manual-*")) == []
    with db.read() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert last.action == "permission.denied" and last.username == "budi"


def test_postgresql_is_pointed_to_pg_dump():
    with pytest.raises(backup.BackupError, match="pg_dump --format=custom"):
        backup.backup_now(pg_database(), SYSTEM)
    with pytest.raises(backup.BackupError, match="pg_restore --clean"):
        backup.restore("postgresql+psycopg://loket@server/loket", OLD_DB, SYSTEM)
    with pytest.raises(backup.BackupError, match="pg_restore"):
        backup.restore(pg_database(), OLD_DB, SYSTEM)
    assert backup.auto_backup_if_due(pg_database()) is None


# --- automatic backups ------------------------------------------------------------------------


def test_auto_backup_once_a_day_keeping_fourteen(db, supervisor, sqlite_only):
    folder = paths.backup_dir()
    today = clock.today()
    for n in range(1, 20):  # 19 automatic backups of earlier days
        day = (today - timedelta(days=n)).strftime("%Y%m%d")
        (folder / f"loket-{day}-080000.sqlite3").write_bytes(b"old")
    spared = [
        folder / "loket-manual-20200101-080000.sqlite3",
        folder / "sebelum-upgrade-0001-20200101-080000.sqlite3",
        folder / "sebelum-pulih-20200101-080000.sqlite3",
        folder / "loket-kantor-lama.sqlite3",
    ]
    for path in spared:
        path.write_bytes(b"keep")

    made = backup.auto_backup_if_due(db)
    assert made is not None and made.name.startswith(f"loket-{today:%Y%m%d}-")
    assert backup.check_backup(made).row_counts["users"] == 1
    automatic = sorted(p.name for p in folder.iterdir() if backup.backup_kind(p.name) == "otomatis")
    assert len(automatic) == backup.KEEP_AUTOMATIC
    assert automatic[-1] == made.name  # the newest survive, the oldest went
    assert automatic[0] == f"loket-{today - timedelta(days=13):%Y%m%d}-080000.sqlite3"
    assert all(p.exists() for p in spared)

    assert backup.auto_backup_if_due(db) is None  # due again only tomorrow
    assert len(list(folder.glob("loket-2*.sqlite3"))) == backup.KEEP_AUTOMATIC
    with db.read() as session:
        actions = session.scalars(select(AuditEntry.action)).all()
    assert actions.count("backup.auto") == 1


def test_listing_shows_kind_date_and_size(db, supervisor, sqlite_only):
    made = backup.backup_now(db, supervisor)
    (paths.backup_dir() / "sebelum-upgrade-0001-20250102-030405.sqlite3").write_bytes(b"x" * 10)
    listed = backup.list_backups()
    assert [b.path for b in listed][0] == made  # newest first
    old = listed[-1]
    assert old.kind == backup.KIND_PRE_UPGRADE and old.size == 10
    assert (old.created.year, old.created.month, old.created.second) == (2025, 1, 5)


# --- restore ----------------------------------------------------------------------------------


def test_restore_gives_back_exactly_the_backup(db, supervisor, sqlite_only):
    fill(db, supervisor, "a")
    made = backup.backup_now(db, supervisor)
    expected = table_contents(made)
    fill(db, supervisor, "b")  # changes after the backup: these must disappear
    users.create_user(db, supervisor, "baru", "Pengguna Baru", "legalisir", "rahasia123")
    settings.remove_holiday(db, supervisor, date(2026, 12, 25))
    target = db.sqlite_path

    result = backup.restore(db, made, supervisor)

    assert result.database == target.absolute()
    assert result.revision == result.revision_in_backup == schema.head_revision()
    assert result.audit_ok
    restored = table_contents(target)
    assert restored.keys() == expected.keys()
    for table in expected:
        if table in ("audit_log", "settings"):
            continue
        assert restored[table] == expected[table], table
    # the audit log is the backup's plus one line recording the restore
    assert restored["audit_log"][: len(expected["audit_log"])] == expected["audit_log"]
    assert len(restored["audit_log"]) == len(expected["audit_log"]) + 1
    assert [r for r in restored["settings"] if r[0] != "audit.head"] == [
        r for r in expected["settings"] if r[0] != "audit.head"
    ]
    # the replaced data is kept, complete (it was partly still in the WAL)
    previous = table_contents(result.previous_copy)
    assert result.previous_copy.name.startswith("sebelum-pulih-")
    assert {r[1] for r in previous["users"]} == {"kasi", "usera", "userb", "baru"}
    assert not target.with_name(target.name + "-wal").exists() or (
        target.with_name(target.name + "-wal").stat().st_size == 0
    )

    again = schema.open_database(f"sqlite:///{target}")
    try:
        assert {u.username for u in users.list_users(again, SYSTEM)} == {"kasi", "usera"}
        assert settings.get_value(again, "legal_register_format") == "a/{seq}/{year}"
        assert audit.verify_chain(again).ok
        with again.read() as session:
            last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert last.action == "backup.restore" and last.username == "kasi"
    finally:
        again.dispose()


def test_restore_by_a_user_the_backup_does_not_know(db, supervisor, sqlite_only):
    made = backup.backup_now(db, supervisor)
    users.create_user(db, supervisor, "kasi2", "Kasi Baru", "supervisor", "rahasia123")
    newcomer = users.authenticate(db, "kasi2", "rahasia123")
    result = backup.restore(db, made, newcomer)
    assert result.audit_ok
    with sqlite3.connect(result.database) as conn:
        user_id, username = conn.execute(
            "SELECT user_id, username FROM audit_log ORDER BY id DESC LIMIT 1"
        ).fetchone()
    assert (user_id, username) == (None, "kasi2")


def test_restore_an_old_backup_migrates_it(db, supervisor, tmp_path, sqlite_only):
    old = tmp_path / "cadangan-lama.sqlite3"
    shutil.copy(OLD_DB, old)
    db.dispose()  # a restore refuses while any connection has the file open
    result = backup.restore(db.sqlite_path, old, SYSTEM)
    assert result.revision_in_backup == "0001"
    assert result.revision == schema.head_revision()
    again = Database.open(f"sqlite:///{result.database}")
    try:
        assert users.authenticate(again, "kasi", "rahasia123").username == "kasi"
        assert audit.verify_chain(again).ok
    finally:
        again.dispose()
    assert OLD_DB.read_bytes() == old.read_bytes()  # the backup file itself is untouched


def corrupt_copy(source: Path, target: Path) -> Path:
    data = bytearray(source.read_bytes())
    page = 4096
    for offset in range(2 * page, len(data), page):  # keep the header page, garble the rest
        data[offset + 8 : offset + 200] = b"\xa5" * 192
    target.write_bytes(bytes(data))
    return target


def foreign_sqlite(path: Path) -> Path:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE foto (id INTEGER PRIMARY KEY, nama TEXT)")
    return path


def newer_backup(db, path: Path) -> Path:
    backup.backup_now(db, SYSTEM, path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_masa_depan'")
    return path


def without_users_table(db, path: Path) -> Path:
    backup.backup_now(db, SYSTEM, path)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("DROP TABLE audit_log")
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda db, p: (p.write_text("nik;nama\n"), p)[1], "bukan berkas SQLite"),
        (lambda db, p: foreign_sqlite(p), "tidak ada versi skema"),
        (lambda db, p: newer_backup(db, p), "lebih baru"),
        (lambda db, p: without_users_table(db, p), "tabel tidak ada: audit_log"),
        (lambda db, p: corrupt_copy(backup.backup_now(db, SYSTEM), p), "rusak"),
        (lambda db, p: p.with_name("tidak-ada.sqlite3"), "tidak ditemukan"),
    ],
    ids=["text", "foreign", "newer", "missing-table", "corrupt", "missing-file"],
)
def test_restore_refuses_what_is_not_a_sound_loket_backup(
    db, supervisor, tmp_path, sqlite_only, make, message
):
    fill(db, supervisor, "a")
    for _ in range(30):  # a few pages, so the corruption lands in table data
        fill_audit(db)
    bad = make(db, tmp_path / "kiriman.sqlite3")
    before = table_contents(db.sqlite_path)
    with pytest.raises(backup.BackupError, match=message):
        backup.restore(db, bad, supervisor)
    assert table_contents(db.sqlite_path) == before
    assert list(paths.backup_dir().glob("sebelum-pulih-*")) == []
    assert not list(db.sqlite_path.parent.glob(fileio.TEMP_GLOB))


def fill_audit(db) -> None:
    with db.write() as session:
        audit.record(session, SYSTEM, "uji.isi", "uji", "x", catatan="isi " * 100)


def test_restore_needs_the_backup_permission(db, petugas, sqlite_only):
    made = backup.backup_now(db, SYSTEM)
    with pytest.raises(PermissionDenied):
        backup.restore(db.sqlite_path, made, petugas)
    with db.read() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert (last.action, last.username) == ("permission.denied", "budi")


def test_restore_refuses_while_another_program_reads(db, supervisor, sqlite_only, monkeypatch):
    made = backup.backup_now(db, supervisor)
    fill(db, supervisor, "b")
    monkeypatch.setattr(backup, "IN_USE_WAIT_S", 0.2)
    reader = sqlite3.connect(db.sqlite_path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM users").fetchone()  # holds a snapshot in the WAL
    try:
        with pytest.raises(DatabaseError, match="sedang dipakai"):
            backup.restore(db.sqlite_path, made, supervisor)
    finally:
        reader.close()
    assert "userb" in {r[1] for r in table_contents(db.sqlite_path)["users"]}


def test_restore_a_copied_live_database_with_its_wal(db, supervisor, tmp_path, sqlite_only):
    """Someone copied loket.sqlite3 and loket.sqlite3-wal while the app ran: both count."""
    fill(db, supervisor, "a")
    held = sqlite3.connect(db.sqlite_path)  # keeps the WAL from being folded in on close
    held.execute("SELECT 1").fetchone()
    fill(db, supervisor, "wal")
    copy = tmp_path / "salinan.sqlite3"
    shutil.copyfile(db.sqlite_path, copy)
    shutil.copyfile(db.sqlite_path.with_name(db.sqlite_path.name + "-wal"), Path(f"{copy}-wal"))
    held.close()
    assert Path(f"{copy}-wal").stat().st_size > 0
    assert backup.check_backup(copy).row_counts["users"] == 3
    fill(db, supervisor, "later")
    backup.restore(db, copy, supervisor)
    names = {r[1] for r in table_contents(db.sqlite_path)["users"]}
    assert names == {"kasi", "usera", "userwal"}


def test_the_pg_dump_and_pg_restore_commands_we_document(db, db_url, supervisor, tmp_path):
    """The README's PostgreSQL instructions, run for real: dump, change, restore, same data."""
    if db.is_sqlite or not (shutil.which("pg_dump") and shutil.which("pg_restore")):
        pytest.skip("needs PostgreSQL and its client tools")
    import subprocess

    from sqlalchemy.engine import make_url

    libpq = make_url(db_url).set(drivername="postgresql").render_as_string(hide_password=False)
    dump = tmp_path / "loket-20261128.dump"
    fill(db, supervisor, "a")
    subprocess.run(["pg_dump", "--format=custom", f"--file={dump}", libpq], check=True)
    fill(db, supervisor, "b")
    db.dispose()  # "close every Loket window first"
    subprocess.run(
        ["pg_restore", "--clean", "--if-exists", "--no-owner", f"--dbname={libpq}", str(dump)],
        check=True,
    )
    again = schema.open_database(db_url)
    try:
        assert {u.username for u in users.list_users(again, SYSTEM)} == {"kasi", "usera"}
        assert audit.verify_chain(again).ok
        users.create_user(again, SYSTEM, "sesudah", "Sesudah Pulih", "petugas", "rahasia123")
    finally:
        again.dispose()
