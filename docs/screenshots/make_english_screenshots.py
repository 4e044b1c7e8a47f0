"""Screenshots of the English interface: the login dialog and the main window (Permohonan page)
at 100% scale, 1366x768.

Run from the repository root: ``PYTHONPATH=. python docs/screenshots/make_english_screenshots.py
docs/screenshots`` (offscreen, demo data and QSettings in a temporary folder)."""

import os
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
tmp = tempfile.mkdtemp()
os.environ["LOKET_DATA_DIR"] = tmp
os.environ["XDG_CONFIG_HOME"] = tmp  # fresh QSettings, never the user's own

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402

from desktop_app import APP_NAME  # noqa: E402
from desktop_app.gui import app as gui_app  # noqa: E402

QCoreApplication.setOrganizationName(gui_app.ORGANIZATION)
QCoreApplication.setApplicationName(APP_NAME)
QSettings().setValue("language", "en")  # as if chosen in Settings › General last time
app = gui_app.create_application([])

from desktop_app.core import demo, users  # noqa: E402
from desktop_app.core.schema import open_database  # noqa: E402
from desktop_app.gui.context import AppContext  # noqa: E402
from desktop_app.gui.dialogs import LoginDialog  # noqa: E402
from desktop_app.gui.main_window import MainWindow  # noqa: E402

out = sys.argv[1]
db = open_database(f"sqlite:///{tmp}/loket.sqlite3")
result = demo.fill_demo(db, days=30, seed=7)
login = LoginDialog(db)
login.show()
app.processEvents()
login.grab().save(f"{out}/login-en.png")
username, _role, password = next(x for x in result.logins if x[1] == "supervisor")
actor = users.authenticate(db, username, password)
window = MainWindow(AppContext(db, actor))
window.resize(1366, 768)
window.show_page("permohonan")
window.show()
app.processEvents()
window.grab().save(f"{out}/main-en.png")
print(actor.username, actor.role.value, login.size(), window.size())
