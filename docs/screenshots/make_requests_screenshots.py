"""Screenshots of the Permohonan page (in the real main window), the intake form and a request.

Run from the repository root: ``PYTHONPATH=. python docs/screenshots/make_requests_screenshots.py
docs/screenshots`` (offscreen, demo data in a temporary folder)."""
import os, sys, tempfile
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
tmp = tempfile.mkdtemp()
os.environ["LOKET_DATA_DIR"] = tmp
os.environ["XDG_CONFIG_HOME"] = tmp  # fresh QSettings: the default language (Indonesian)
from desktop_app.gui.app import create_application
app = create_application([])
from desktop_app.core.schema import open_database
from desktop_app.core import demo, users
out = sys.argv[1]
db = open_database(f"sqlite:///{tmp}/loket.sqlite3")
res = demo.fill_demo(db, days=30, seed=7)
actor = users.authenticate(db, "budi", res.logins[0][2])
from desktop_app.gui.context import AppContext
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.request_intake import RequestIntakeDialog
from desktop_app.gui.request_detail import RequestDetailDialog
ctx = AppContext(db, actor)
win = MainWindow(ctx)
win.resize(1366, 768)
page = win.show_page("permohonan")
win.show(); app.processEvents()
page.set_queue(None); app.processEvents()
win.grab().save(f"{out}/requests-list.png")
page.set_queue("overdue"); app.processEvents()
win.grab().save(f"{out}/requests-overdue.png")
dlg = RequestIntakeDialog(ctx, win)
dlg.show(); app.processEvents()
dlg.form.pasteText.setPlainText("Assalamualaikum min, saya Sri Wahyuni mau ubah KK krn anak lahir. NIK 3216064507880003 KK 3216062201150009 no hp 0812-8877-1203")
dlg.fill_from_message(); app.processEvents()
dlg.grab().save(f"{out}/intake.png")
det = RequestDetailDialog(ctx, page.model.request_id(0), win)
det.show(); app.processEvents()
det.grab().save(f"{out}/request-detail.png")
print(win.size(), dlg.size(), det.size())
