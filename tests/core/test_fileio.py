"""The one atomic write helper: a target is never half-written, an old file survives a failed
write, new files are private, Windows' briefly locked targets are retried."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop_app.core import fileio
from desktop_app.core.fileio import FileWriteError

ROOT = Path(__file__).resolve().parents[2]

# The child acknowledges each chunk on stdout, then waits for "go" on stdin before the next one:
# the parent kills it after exactly N acknowledged chunks (an event count, not a delay).
CHUNK_WRITER = textwrap.dedent(
    """
    import sys
    from desktop_app.core import fileio

    with fileio.open_atomic(sys.argv[1]) as fh:
        for i in range(int(sys.argv[2])):
            fh.write(b"%05d" % i * 1000)
            fh.flush()
            print(i, flush=True)
            sys.stdin.readline()
    print("done", flush=True)
    sys.stdin.readline()
    """
)

# Whole versions one after another, acknowledged once each write has returned; no pause.
VERSION_WRITER = textwrap.dedent(
    """
    import sys
    from desktop_app.core import fileio

    for v in range(1, 100000):
        fileio.write_bytes(sys.argv[1], (b"v%06d;" % v) * 20000)
        print(v, flush=True)
    """
)


@pytest.fixture
def out(tmp_path):
    """An empty folder of its own (``tmp_path`` also holds the test's data folder)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _child(script: str, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )


def _kill(proc: subprocess.Popen[str]) -> None:
    proc.kill()
    proc.wait(timeout=60)
    for stream in (proc.stdin, proc.stdout):
        if stream:
            stream.close()


@pytest.mark.parametrize("acks", [0, 1, 7, 19])
def test_killed_mid_write_leaves_the_old_file_whole(out, acks):
    target = out / "rekap.pdf"
    target.write_bytes(b"old report")
    proc = _child(CHUNK_WRITER, str(target), "20")
    try:
        for i in range(acks + 1):
            assert proc.stdout.readline().strip() == str(i)
            if i < acks:
                proc.stdin.write("go\n")
                proc.stdin.flush()
        # chunk number `acks` is written and flushed; the child waits: kill it now
    finally:
        _kill(proc)
    assert target.read_bytes() == b"old report"
    leftovers = [p for p in out.iterdir() if p != target]
    assert len(leftovers) == 1 and fileio.is_temp_name(leftovers[0].name)
    assert leftovers[0].stat().st_size == (acks + 1) * 5000  # really killed mid-write
    assert fileio.clear_stale_temp_files(out, min_age_s=3600) == []  # may still be live
    assert fileio.clear_stale_temp_files(out, min_age_s=0) == leftovers
    assert sorted(out.iterdir()) == [target]


def test_a_completed_block_replaces_the_target(out):
    target = out / "rekap.pdf"
    proc = _child(CHUNK_WRITER, str(target), "3")
    try:
        for i in range(3):
            assert proc.stdout.readline().strip() == str(i)
            assert not target.exists()  # nothing visible before the block ends
            proc.stdin.write("go\n")
            proc.stdin.flush()
        assert proc.stdout.readline().strip() == "done"
    finally:
        _kill(proc)
    assert target.read_bytes() == b"".join(b"%05d" % i * 1000 for i in range(3))
    assert sorted(out.iterdir()) == [target]


@pytest.mark.parametrize("acks", [1, 5, 23])
def test_killed_between_whole_writes_the_target_is_one_complete_version(out, acks):
    target = out / "ekspor.csv"
    proc = _child(VERSION_WRITER, str(target))
    try:
        for v in range(1, acks + 1):
            assert proc.stdout.readline().strip() == str(v)
    finally:
        _kill(proc)
    data = target.read_bytes()
    version = data[:8]
    assert data == version * 20000  # never a mix, never short
    assert int(version[1:7]) >= acks  # nothing acknowledged is lost
    fileio.clear_stale_temp_files(out, min_age_s=0)
    assert sorted(out.iterdir()) == [target]


def test_write_bytes_round_trip_and_private_mode(out):
    old_umask = os.umask(0o022)
    try:
        target = out / "a.pdf"
        assert fileio.write_bytes(target, b"abc") == target
        assert target.read_bytes() == b"abc"
        if os.name == "posix":
            assert target.stat().st_mode & 0o777 == 0o600
            target.chmod(0o644)
            fileio.write_bytes(target, b"def")  # a rewrite is private again
            assert target.stat().st_mode & 0o777 == 0o600
    finally:
        os.umask(old_umask)
    assert sorted(out.iterdir()) == [target]


def test_text_mode_keeps_the_callers_encoding_and_newlines(out):
    target = out / "x.csv"
    with fileio.open_atomic(target, "w", encoding="utf-8-sig", newline="") as fh:
        fh.write("nik;nama\r\n1;Sri Rahayu\r\n")
    assert target.read_bytes() == "\ufeffnik;nama\r\n1;Sri Rahayu\r\n".encode()


def test_an_error_in_the_block_keeps_the_old_file_and_leaves_no_temporary(out):
    target = out / "a.csv"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), fileio.open_atomic(target) as fh:
        fh.write(b"half")
        raise RuntimeError("boom")
    assert target.read_bytes() == b"old"
    assert sorted(out.iterdir()) == [target]


def test_disk_full_says_so_in_indonesian_and_keeps_the_old_file(out, monkeypatch):
    target = out / "a.pdf"
    target.write_bytes(b"old")

    def full(src, dst):  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(fileio.os, "replace", full)
    with pytest.raises(FileWriteError, match="Disk penuh") as caught:
        fileio.write_bytes(target, b"new")
    assert caught.value.problems == [("out", "disk penuh")]
    assert target.read_bytes() == b"old"
    assert sorted(out.iterdir()) == [target]


def test_an_unwritable_folder_is_a_message_not_a_traceback(out, monkeypatch):
    def denied(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(fileio.os, "open", denied)
    with pytest.raises(FileWriteError, match="tidak ada izin"):
        fileio.write_bytes(out / "a.pdf", b"x")
    assert list(out.iterdir()) == []


def test_windows_retries_a_briefly_locked_target(out, monkeypatch):
    target = out / "a.pdf"
    target.write_bytes(b"old")
    real_replace = os.replace
    calls = []

    def locked_twice(src, dst):  # type: ignore[no-untyped-def]
        calls.append(dst)
        if len(calls) <= 2:
            raise PermissionError(errno.EACCES, "The process cannot access the file")
        real_replace(src, dst)

    monkeypatch.setattr(fileio, "_WINDOWS", True)
    monkeypatch.setattr(fileio, "REPLACE_PAUSE_S", 0)
    monkeypatch.setattr(fileio.os, "replace", locked_twice)
    fileio.write_bytes(target, b"new")
    assert target.read_bytes() == b"new" and len(calls) == 3

    calls.clear()

    def locked(src, dst):  # type: ignore[no-untyped-def]
        calls.append(dst)
        raise PermissionError(errno.EACCES, "The process cannot access the file")

    monkeypatch.setattr(fileio.os, "replace", locked)
    with pytest.raises(FileWriteError, match="tidak ada izin"):
        fileio.write_bytes(target, b"newer")
    assert len(calls) == fileio.REPLACE_ATTEMPTS
    assert target.read_bytes() == b"new"
    assert sorted(out.iterdir()) == [target]


def test_posix_does_not_retry_a_permission_error(out, monkeypatch):
    calls = []

    def denied(src, dst):  # type: ignore[no-untyped-def]
        calls.append(dst)
        raise PermissionError(errno.EACCES, "denied")

    monkeypatch.setattr(fileio, "_WINDOWS", False)
    monkeypatch.setattr(fileio.os, "replace", denied)
    with pytest.raises(FileWriteError):
        fileio.write_bytes(out / "a.pdf", b"x")
    assert len(calls) == 1


def test_windows_skips_the_folder_fsync(out, monkeypatch):
    opened = []
    real_open = os.open
    monkeypatch.setattr(fileio, "_WINDOWS", True)

    def recording_open(path, *args):  # type: ignore[no-untyped-def]
        opened.append(Path(path))
        return real_open(path, *args)

    monkeypatch.setattr(fileio.os, "open", recording_open)
    fileio.write_bytes(out / "a.pdf", b"x")
    assert out not in opened
    monkeypatch.setattr(fileio, "_WINDOWS", False)
    fileio.write_bytes(out / "b.pdf", b"x")
    assert out in opened


def test_staged_gives_a_file_name_for_writers_that_need_one(out):
    import sqlite3

    target = out / "copy.sqlite3"
    with fileio.staged(target) as tmp:
        assert fileio.is_temp_name(tmp.name) and tmp.parent == out
        with sqlite3.connect(tmp) as conn:
            conn.execute("CREATE TABLE t (x)")
        conn.close()
        assert not target.exists()
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT count(*) FROM t").fetchone() == (0,)
    conn.close()
    assert sorted(out.iterdir()) == [target]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "tidak-ada" / "r.pdf", "Folder tujuan tidak ada"),
        (lambda d: (d / "f.pdf").mkdir() or d / "f.pdf", "bukan berkas"),
        (lambda d: d / ("x" * 300 + ".pdf"), "terlalu panjang"),
        (lambda d: str(d / "a\x00.pdf"), "tidak sah"),
    ],
    ids=["no-folder", "folder", "long-name", "nul"],
)
def test_check_target_refuses_in_indonesian(out, make, message):
    with pytest.raises(FileWriteError, match=message):
        fileio.check_target(make(out))


def test_stale_temp_files_are_recognised_by_name_only():
    assert fileio.is_temp_name(".loket-tmp-123-0a1b2c3d.tmp")
    assert fileio.is_temp_name(".loket-tmp-123-0a1b2c3d.tmp-journal")
    for name in ("loket-tmp-1-0a1b2c3d.tmp", ".loket-tmp-1-0a1b2c3d.tmpx", "rekap.pdf",
                 ".loket-tmp-x-0a1b2c3d.tmp", "loket-20261128-080000.sqlite3"):  # fmt: skip
        assert not fileio.is_temp_name(name)


def test_clearing_leaves_other_files_alone(out):
    keep = [out / "rekap.pdf", out / ".loket-tmp-notes.txt", out / "x.tmp"]
    for p in keep:
        p.write_text("x")
    stale = out / ".loket-tmp-99-deadbeef.tmp"
    stale.write_text("x")
    assert fileio.clear_stale_temp_files(out, min_age_s=0) == [stale]
    assert sorted(out.iterdir()) == sorted(keep)
