"""The database under the app's feet (issue 13, findings 6, 7 and 12).

6. ``loket restore --yes`` swapped the file under a running process, which kept confirming saves
   that ended up in neither database; deleting the file did the same.
7. A deleted database became a new empty one silently; a damaged one said only "malformed";
   a failing daily backup was only in the log.
12. A killed restore or backup left its temporary files behind.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.core import backup, recovery, users
from desktop_app.core import requests as rq
from desktop_app.core.db import DatabaseCorrupt, DatabaseGone
from desktop_app.core.schema import open_database
from desktop_app.core.security import SYSTEM

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.usefixtures("sqlite_only")


def new_request(db, n: int = 1):
    return rq.create_request(
        db, SYSTEM, channel="web", service_code="KK", name=f"Siti Aminah {n}",
        nik="3216014101900001", external_ref=f"WA-{n}",
    )  # fmt: skip


def swap_in(copy: Path, path: Path) -> None:
    """Replace the database file by hand, as a careless restore would (its stale -wal/-shm
    removed too, so they are not replayed onto the new file)."""
    os.replace(copy, path)
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def count_requests(path: Path) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT count(*) FROM requests").fetchone()[0]


@pytest.fixture
def office(data_dir):
    db = open_database()
    users.create_first_supervisor(db, "kasi", "Kepala Seksi", "rahasia123")
    new_request(db, 1)
    return db


# --- 6: replaced or removed under a running process --------------------------------------------


def test_a_replaced_file_stops_the_next_write(office, tmp_path):
    path = office.sqlite_path
    other = backup.backup_now(office, SYSTEM, tmp_path / "lain.sqlite3")
    swap_in(other, path)  # what a restore by another program (or a hand copy) does
    with pytest.raises(DatabaseGone, match="telah diganti") as exc:
        new_request(office, 2)
    assert "Tidak ada yang disimpan" in exc.value.message
    office.dispose()
    assert count_requests(path) == 1


def test_a_file_replaced_during_the_transaction_is_not_committed(office, tmp_path):
    path = office.sqlite_path
    other = backup.backup_now(office, SYSTEM, tmp_path / "lain.sqlite3")
    with pytest.raises(DatabaseGone):
        with office.write() as session:
            session.execute(rq_insert_probe())
            swap_in(other, path)
    office.dispose()
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT count(*) FROM settings WHERE key='probe'").fetchone() == (0,)


def rq_insert_probe():
    from sqlalchemy import text

    return text("INSERT INTO settings (key, value, updated_at) VALUES ('probe', '1', '2026-11-29')")


def test_a_removed_file_stops_the_next_write(office):
    for side in office.sqlite_path.parent.glob("loket.sqlite3*"):
        side.unlink()
    with pytest.raises(DatabaseGone, match="telah dihapus"):
        new_request(office, 2)


CHILD = """
import sys
from desktop_app.core.schema import open_database
from desktop_app.core import requests as rq
from desktop_app.core.security import SYSTEM
db = open_database()
for line in sys.stdin:
    try:
        d = rq.create_request(db, SYSTEM, channel="web", service_code="KK", name="Budi Santoso",
                              nik="3216014101900001", external_ref=line.strip())
        print("SAVED", d.ticket, flush=True)
    except Exception as exc:
        print("REFUSED", getattr(exc, "message", exc), flush=True)
"""


def test_restore_refuses_while_another_process_has_the_database_open(office, tmp_path):
    """The issue's run: a counter keeps the app open while the IT staff restore."""
    copy = backup.backup_now(office, SYSTEM, tmp_path / "cadangan.sqlite3")
    office.dispose()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LOKET_PASSWORD": "rahasia123"}
    counter = subprocess.Popen(
        [sys.executable, "-c", CHILD], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        text=True, env=env,
    )  # fmt: skip
    try:
        counter.stdin.write("A1\n")
        counter.stdin.flush()
        assert counter.stdout.readline().startswith("SAVED")  # idle from here on
        restore = subprocess.run(
            [sys.executable, "-m", "desktop_app", "--user", "kasi", "restore", str(copy), "--yes"],
            capture_output=True, text=True, env=env, timeout=120,
        )  # fmt: skip
        assert restore.returncode == 1, restore.stdout
        assert "sedang dipakai" in restore.stderr
        counter.stdin.write("A2\n")
        counter.stdin.flush()
        assert counter.stdout.readline().startswith("SAVED")  # its database is still the live one
    finally:
        counter.stdin.close()
        counter.wait(timeout=60)
    assert count_requests(office.sqlite_path) == 3


def test_a_running_process_refuses_after_a_hand_replacement(office, tmp_path):
    copy = backup.backup_now(office, SYSTEM, tmp_path / "cadangan.sqlite3")
    office.dispose()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    counter = subprocess.Popen(
        [sys.executable, "-c", CHILD], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        text=True, env=env,
    )  # fmt: skip
    try:
        counter.stdin.write("B1\n")
        counter.stdin.flush()
        assert counter.stdout.readline().startswith("SAVED")
        swap_in(copy, office.sqlite_path)
        counter.stdin.write("B2\n")
        counter.stdin.flush()
        answer = counter.stdout.readline()
        assert answer.startswith("REFUSED") and "telah diganti" in answer
    finally:
        counter.stdin.close()
        counter.wait(timeout=60)
    assert count_requests(office.sqlite_path) == 1  # the replaced file, untouched


# --- 7: missing, damaged, backups failing ------------------------------------------------------


def test_a_deleted_database_is_not_silently_replaced(office, capsys, tmp_path):
    path = office.sqlite_path
    made = backup.backup_now(office, SYSTEM)
    office.dispose()
    for side in path.parent.glob("loket.sqlite3*"):
        side.unlink()
    with pytest.raises(recovery.DatabaseMissing) as exc:
        open_database()
    assert exc.value.latest_backup.path == made
    assert not path.exists()
    # The command line: it used to say "0 permohonan diekspor", exit 0.
    out = tmp_path / "ekspor.csv"
    assert main(["export", "--from", "2026-01-01", "--to", "2026-12-31", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "tidak ditemukan" in err and made.name in err and "--new-database" in err
    assert not path.exists() and not out.exists()
    # Starting anew is a deliberate act.
    assert main(["init", "--new-database"]) == 0
    assert count_requests(path) == 0


def test_the_latest_backup_is_restored_when_the_database_is_gone(office, monkeypatch):
    path = office.sqlite_path
    backup.backup_now(office, SYSTEM)
    office.dispose()
    path.unlink()
    latest = recovery.latest_good_backup()
    actor = backup.restore_login(path, latest.path, "kasi", "rahasia123")
    backup.restore(path, latest.path, actor)
    db = open_database()
    assert count_requests(path) == 1
    db.dispose()


def flip_table_page(path: Path) -> None:
    """Garble the page header of the requests table's root page: the file still opens and
    small queries work, but SQLite's integrity check finds it."""
    with closing(sqlite3.connect(path)) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='requests'").fetchone()
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    with path.open("r+b") as fh:
        fh.seek((root[0] - 1) * page_size + 3)
        fh.write(b"\xff\xff")


def test_a_damaged_database_is_found_at_start_with_the_latest_good_backup(office):
    path = office.sqlite_path
    good = backup.backup_now(office, SYSTEM)
    office.dispose()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    flip_table_page(path)
    open_database().dispose()  # without the check it still opens: that was the problem
    with pytest.raises(DatabaseCorrupt) as exc:
        open_database(integrity_check=True)
    assert good.name in exc.value.message and "rusak" in exc.value.message


def test_a_truncated_database_is_damaged_not_malformed_only(office):
    path = office.sqlite_path
    backup.backup_now(office, SYSTEM)
    office.dispose()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with path.open("r+b") as fh:
        fh.truncate(path.stat().st_size // 2)
    with pytest.raises(DatabaseCorrupt, match="Cadangan terakhir yang baik"):
        open_database(integrity_check=True)


def test_a_failing_daily_backup_is_remembered_until_one_succeeds(office, tmp_path):
    path = office.sqlite_path
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    healthy = tmp_path / "sehat.sqlite3"
    shutil.copy(path, healthy)
    flip_table_page(path)
    with pytest.raises(backup.BackupError):
        backup.auto_backup_if_due(office)
    failure = recovery.last_backup_failure()
    assert failure is not None and "kemungkinan rusak" in failure.message
    assert not list(backup.list_backups())  # the bad copy was not kept
    shutil.copy(healthy, path)
    backup.backup_now(office, SYSTEM)
    assert recovery.last_backup_failure() is None


def test_start_anew_keeps_the_damaged_file(office):
    path = office.sqlite_path
    office.dispose()
    with pytest.raises(Exception, match="masih utuh"):
        recovery.start_anew(path)
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    flip_table_page(path)
    kept = recovery.start_anew(path)
    assert kept.name.startswith("rusak-") and kept.exists() and not path.exists()
    open_database().dispose()  # forgotten on purpose: a new one may be made


# --- 12: killed halfway ------------------------------------------------------------------------

KILLED_RESTORE = """
import sys
from pathlib import Path
from desktop_app.core import backup
from desktop_app.core.security import SYSTEM

def stop_here(target):
    print("STAGED", flush=True)   # the checked copy sits beside the database now
    sys.stdin.read()              # ... until killed
backup._quiesce = stop_here
backup.restore(Path(sys.argv[1]), Path(sys.argv[2]), SYSTEM)
"""

KILLED_BACKUP = """
import os, sys
from pathlib import Path
import desktop_app.core.db as db
import desktop_app.core.fileio as fileio

class Stop:
    def __getattr__(self, name):
        return getattr(os, name)
    def replace(self, src, dst):
        print("COPIED", flush=True)   # the temporary copy is complete, not yet renamed
        sys.stdin.read()
fileio.os = Stop()
db.backup_sqlite(Path(sys.argv[1]), Path(sys.argv[2]))
"""


def run_until(script: str, marker: str, *args: str) -> None:
    """Run ``script`` and SIGKILL it as soon as it reports ``marker`` (an event, not a delay)."""
    child = subprocess.Popen(
        [sys.executable, "-c", script, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        text=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    try:
        assert child.stdout.readline().strip() == marker
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_temporaries_of_a_killed_restore_and_backup_are_cleared_at_start(office, tmp_path):
    path = office.sqlite_path
    copy = backup.backup_now(office, SYSTEM, tmp_path / "cadangan.sqlite3")
    new_request(office, 2)
    office.dispose()
    run_until(KILLED_RESTORE, "STAGED", str(path), str(copy))
    run_until(KILLED_BACKUP, "COPIED", str(path), str(path.parent / "backups" / "x.sqlite3"))
    left = sorted(p for p in path.parent.rglob(".loket-tmp-*"))
    assert len(left) == 2, left
    assert {p.parent.name for p in left} == {path.parent.name, "backups"}
    assert main(["audit", "verify"]) == 0  # any start
    assert not list(path.parent.rglob(".loket-tmp-*"))
    assert count_requests(path) == 2  # the database was never touched


def test_a_running_writers_temporaries_are_left_alone(tmp_path):
    live = tmp_path / f".loket-tmp-{os.getpid()}-0123abcd.tmp"
    other = tmp_path / f".loket-tmp-{os.getppid()}-0123abcd.tmp"
    old = tmp_path / ".loket-pulih-x1y2z3.tmp"  # an older version's, no process id: kept an hour
    for path in (live, other, old):
        path.write_bytes(b"x")
    assert recovery.clear_stale_temps([tmp_path]) == []
    assert live.exists() and other.exists() and old.exists()
    os.utime(old, (1, 1))
    assert recovery.clear_stale_temps([tmp_path]) == [old]
