"""Start-up stays fast: the login window needs none of the heavy libraries, and the database is
opened behind it (bench/startup_bench.py measures the time)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = (
    "sqlalchemy",
    "alembic",
    "reportlab",
    "openpyxl",
    "pypdf",
    "PIL",
    "phonenumbers",
    "PySide6.QtPdf",
    "PySide6.QtSvg",
    "importlib.metadata",
)


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        LOKET_DATA_DIR=str(tmp_path / "data"),
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        **extra,
    )
    env.pop("LOKET_DB_URL", None)
    return env


def test_login_window_shows_without_heavy_imports(tmp_path):
    code = (
        "import sys\n"
        "from desktop_app.gui.app import create_application\n"
        "from desktop_app.gui.login import LoginDialog\n"
        "app = create_application()\n"
        "dialog = LoginDialog(None)\n"
        "dialog.show()\n"
        "app.processEvents()\n"
        "assert not dialog.login_button.isEnabled()  # no database yet\n"
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=_env(tmp_path), capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_startup_probe_reports_when_the_login_can_be_used(tmp_path):
    """The whole start: window, database opened in the background, login enabled."""
    env = _env(tmp_path)
    init = subprocess.run(
        [sys.executable, "-m", "desktop_app", "init", "--admin", "kasi"],
        input="rahasia123\n",
        env=env,
        capture_output=True,
        text=True,
    )
    assert init.returncode == 0, init.stderr
    for stage in ("1", "login"):
        done = subprocess.run(
            [sys.executable, "-m", "desktop_app", "gui"],
            env=dict(env, LOKET_STARTUP_PROBE=stage),
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        marker, value = done.stdout.split()
        assert marker == "LOKET_READY" and float(value) > 0


def test_database_opener_hands_errors_to_the_gui_thread(qapp, monkeypatch):
    import pytest

    from desktop_app.core import schema
    from desktop_app.core.errors import DatabaseError
    from desktop_app.gui.app import DatabaseOpener

    def broken(url=None, **options):
        raise DatabaseError("Tidak dapat membuka basis data: disk penuh")

    monkeypatch.setattr(schema, "open_database", broken)
    opener = DatabaseOpener()
    with pytest.raises(DatabaseError, match="disk penuh"):
        opener.wait()


def test_database_opener_opens_once(qapp, db_url):
    from desktop_app.gui.app import DatabaseOpener

    opener = DatabaseOpener(db_url)
    opener.start()
    db = opener.wait()
    opener.start()  # a second start does nothing
    assert opener.wait() is db
    db.dispose()
