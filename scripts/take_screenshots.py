"""Screenshots of the login and main window in Indonesian and English at 100 % and 150 %
scaling, for docs/screenshots/ and for checking the style sheet by eye.

    PYTHONPATH=. xvfb-run -a -s "-screen 0 1920x1200x24" python scripts/take_screenshots.py

Each language/scale pair runs in its own process (QT_SCALE_FACTOR is read once per process) on
a demo database in a temporary folder; QSettings go there too.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
CASES = [(lang, scale) for scale in (100, 150) for lang in ("id", "en")]


def prepare(folder: Path) -> None:
    """A month of demo data (requests, legalization) so the main window shows real lists."""
    from desktop_app.core.demo import fill_demo
    from desktop_app.core.schema import open_database

    db = open_database(f"sqlite:///{folder / 'loket.sqlite3'}")
    fill_demo(db, days=30, seed=7)
    db.dispose()


def shoot(lang: str, scale: int, folder: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "qs"))
    app = QApplication(sys.argv[:1])
    from desktop_app.gui import app as gui_app

    app.setOrganizationName(gui_app.ORGANIZATION)
    app.setApplicationName("Loket Dukcapil")
    QSettings().setValue("language", lang)
    gui_app.create_application()

    from desktop_app.core import users
    from desktop_app.core.schema import open_database
    from desktop_app.gui.context import AppContext
    from desktop_app.gui.dialogs import LoginDialog
    from desktop_app.gui.main_window import MainWindow

    db = open_database(f"sqlite:///{folder / 'loket.sqlite3'}")
    login = LoginDialog(db, "kasi")
    login.show()
    for _ in range(5):
        app.processEvents()
    login.grab().save(str(OUT / f"login-{lang}-{scale}.png"))
    login.close()

    actor = users.authenticate(db, "kasi", "demo1234")
    window = MainWindow(AppContext(db, actor), idle_ms=600_000)
    window.resize(1200, 720)
    window.show()
    window.show_page("permohonan")
    for _ in range(20):
        app.processEvents()
    window.grab().save(str(OUT / f"main-{lang}-{scale}.png"))
    window.close()
    db.dispose()


def main() -> int:
    if len(sys.argv) == 4:  # child: lang scale folder
        shoot(sys.argv[1], int(sys.argv[2]), Path(sys.argv[3]))
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="loket-shots-") as tmp:
        folder = Path(tmp)
        os.environ["LOKET_DATA_DIR"] = str(folder)
        prepare(folder)
        for lang, scale in CASES:
            env = dict(os.environ, QT_SCALE_FACTOR=str(scale / 100))
            subprocess.run(
                [sys.executable, __file__, lang, str(scale), str(folder)], env=env, check=True
            )
            print(f"login-{lang}-{scale}.png, main-{lang}-{scale}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
