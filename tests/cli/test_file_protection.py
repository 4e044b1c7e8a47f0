"""The data folder is private to the OS account that runs the app (issue 13, finding 1): another
account on the PC could copy a 0644 database and read NIKs and password hashes."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def loket(*args: str, stdin: str = "", umask: int = 0o022) -> subprocess.CompletedProcess:
    def set_umask() -> None:
        os.umask(umask)

    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
        preexec_fn=set_umask,
    )


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def everything_under(folder: Path) -> list[Path]:
    return [folder, *folder.rglob("*")]


def test_a_fresh_install_is_private_even_with_a_permissive_umask(data_dir):
    data_dir.rmdir()  # LOKET_DATA_DIR names a folder that does not exist yet
    assert loket("init", "--admin", "kasi", stdin="rahasia123\n").returncode == 0
    made = loket("backup")
    assert made.returncode == 0, made.stderr
    out = data_dir / "ekspor.csv"
    exported = loket(
        "--user", "kasi", "export", "--from", "2026-01-01", "--to", "2026-01-02",
        "--out", str(out), stdin="rahasia123\n",
    )  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    files = everything_under(data_dir)
    names = {p.name for p in files}
    assert {"loket.sqlite3", "loket.log", "ekspor.csv"} <= names
    assert any(n.startswith("loket-manual-") for n in names)
    for path in files:
        expected = 0o700 if path.is_dir() else 0o600
        assert mode(path) == expected, f"{path}: {oct(mode(path))}"
    # Nothing was wrong, so nothing is announced.
    assert "Izin berkas diperketat" not in made.stderr


def test_an_old_install_is_repaired_at_start_with_a_message(data_dir):
    assert loket("init").returncode == 0
    db = data_dir / "loket.sqlite3"
    old_backup = data_dir / "backups" / "loket-20260101-080000.sqlite3"
    old_backup.parent.mkdir(exist_ok=True)
    old_backup.write_bytes(db.read_bytes())
    for path in everything_under(data_dir):
        os.chmod(path, 0o755 if path.is_dir() else 0o644)
    assert mode(db) == 0o644  # as an older version left it

    result = loket("audit", "verify")

    assert result.returncode == 0, result.stderr
    assert "Izin berkas diperketat" in result.stderr
    assert str(data_dir) in result.stderr
    for path in everything_under(data_dir):
        assert mode(path) == (0o700 if path.is_dir() else 0o600), path
    # Once repaired, the next start says nothing.
    assert "Izin berkas diperketat" not in loket("audit", "verify").stderr


def test_protection_leaves_symlinks_and_their_targets_alone(data_dir, tmp_path):
    from desktop_app import paths

    outside = tmp_path / "elsewhere.txt"
    outside.write_text("x")
    os.chmod(outside, 0o644)
    (data_dir / "link").symlink_to(outside)
    paths.protect_data_folder()
    assert mode(outside) == 0o644
