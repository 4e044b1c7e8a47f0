"""The counter loop, counted: how many actions an officer needs, driving the real widgets.

    PYTHONPATH=. python bench/counter_bench.py                 # 20 requests
    PYTHONPATH=. python bench/counter_bench.py --requests 50

The real main window (1366×768, offscreen, the app's style sheet and Indonesian texts) on a
fresh SQLite database in a temporary folder, logged in as a petugas. Every step is a QTest key
or mouse event sent to the widget that has the keyboard (or the button clicked); an *action* is
one key chord, one click, or typing one field. Copying the citizen's chat in WhatsApp Web (the
clipboard) is the paste and is not counted. Each step's outcome is checked (saved, reply on the
clipboard, status), so a broken loop stops the run instead of printing a figure.

(a) a WhatsApp chat on the clipboard → saved request with its acknowledgement copied:
    keyboard (Ctrl+Shift+V, Ctrl+Enter, Enter) and mouse only (menu, Simpan, Salin balasan);
(b) baru → diproses → selesai from the list (open, Proses, Selesai…, document number, OK,
    close): the "sedang diproses" and "selesai" replies copied (with the acknowledgement of
    (a), the request's three replies);
(c) the same with "menunggu berkas" between them (one missing document ticked): four replies;
(d) wall time per request for (a)+(b), averaged over ``--requests`` requests (the figure
    depends on the machine's load; the action counts do not).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_tmp = tempfile.TemporaryDirectory(prefix="loket-counter-bench-")
os.environ["LOKET_DATA_DIR"] = _tmp.name

import shiboken6  # noqa: E402
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QAction, QGuiApplication  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, _tmp.name)

from desktop_app.core import requests as rq  # noqa: E402
from desktop_app.core import users  # noqa: E402
from desktop_app.core.schema import open_database  # noqa: E402
from desktop_app.core.security import SYSTEM  # noqa: E402
from desktop_app.gui import app as gui_app  # noqa: E402
from desktop_app.gui import editing  # noqa: E402
from desktop_app.gui.context import AppContext  # noqa: E402
from desktop_app.gui.main_window import MainWindow  # noqa: E402
from desktop_app.gui.request_detail import RequestDetailDialog  # noqa: E402
from desktop_app.gui.request_intake import RequestIntakeDialog  # noqa: E402

CTRL, SHIFT, ALT = (
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.ShiftModifier,
    Qt.KeyboardModifier.AltModifier,
)
FIRST = ("Ahmad", "Siti", "Dewi", "Budi", "Rina", "Agus", "Wati", "Joko", "Nur", "Eko")
LAST = ("Fauzi", "Aminah", "Lestari", "Hartono", "Susanti", "Saputra", "Rahayu", "Wibowo")


def chat(i: int) -> str:
    nik = f"321606290868{i + 1:04d}"  # one citizen per chat: no duplicate to question
    spaced = " ".join(nik[j : j + 4] for j in range(0, 16, 4))
    return (
        f"[09.{i % 60:02d}, 29/11/2026] +62 857-1100-{2000 + i:04d}: Assalamualaikum min, "
        f"saya mau bikin akta kelahiran anak saya\n"
        f"[09.{i % 60:02d}, 29/11/2026] +62 857-1100-{2000 + i:04d}: "
        f"nama {FIRST[i % 10]} {LAST[i // 10 % 8]}, NIK {spaced}"
    )


class Counter:
    """Sends the officer's actions as real key and mouse events and counts them."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.actions = 0

    def settle(self, until: Callable[[], bool] | None = None, rounds: int = 500) -> None:
        """Process events until ``until()`` holds. A mnemonic (Alt+letter) presses its button
        the way a click looks (``animateClick``: released after 100 ms), so this waits in
        short slices, at most ``rounds`` of them."""
        for _ in range(rounds):
            QTest.qWait(5)
            if until is None or until():
                return
        if until is not None:
            raise RuntimeError("the loop did not reach the expected state")

    def target(self) -> QWidget:
        widget = self.app.focusWidget() or self.app.activeWindow()
        if widget is None:
            raise RuntimeError("no window has the keyboard")
        return widget

    def key(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
        self.actions += 1
        QTest.keyClick(self.target(), key, modifiers)

    def type(self, text: str) -> None:
        self.actions += 1
        QTest.keyClicks(self.target(), text)

    def click(self, widget: QWidget, pos: QPoint | None = None) -> None:
        self.actions += 1
        if pos is None:
            QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
        else:
            QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0), pos)

    def pick_menu_item(self, window: MainWindow, action: QAction) -> None:
        """Two clicks: the menu's title in the menu bar, then its item."""
        bar = window.menuBar()
        menu = next(m.menu() for m in bar.actions() if m.menu() and action in m.menu().actions())
        self.click(bar, bar.actionGeometry(menu.menuAction()).center())
        self.settle(lambda: menu.isVisible())
        self.click(menu, menu.actionGeometry(action).center())

    def in_modal(self, steps: Callable[[], None]) -> None:
        """Run ``steps`` once the modal dialog the next action opens has the keyboard."""

        def attempt(left: int = 1000) -> None:
            modal = self.app.activeModalWidget()
            if modal is not None and modal.isVisible() and self.app.activeWindow() is modal:
                steps()
            elif left:
                QTimer.singleShot(5, lambda: attempt(left - 1))

        QTimer.singleShot(5, attempt)


def paste_and_save(c: Counter, window: MainWindow, text: str, *, mouse: bool) -> rq.RequestInfo:
    """(a): from the main window to a saved request with its acknowledgement copied."""
    QGuiApplication.clipboard().setText(text)  # the paste (copied in WhatsApp): not counted
    page = window.pages["permohonan"]
    if mouse:
        c.pick_menu_item(window, window.paste_request_action)
    else:
        c.key(Qt.Key.Key_V, CTRL | SHIFT)
    c.settle(lambda: isinstance(editing.open_window("intake"), RequestIntakeDialog))
    intake = editing.open_window("intake")
    assert isinstance(intake, RequestIntakeDialog)
    c.settle(lambda: QApplication.activeWindow() is intake)
    if mouse:
        c.click(intake.save_button)
    else:
        c.key(Qt.Key.Key_Return, CTRL)
    created = intake.created
    if created is None:
        raise SystemExit(f"not saved: {intake.error_text}")
    c.settle(lambda: page.reply_bar.isVisible())
    before = QGuiApplication.clipboard().text()
    if mouse:
        c.click(page.reply_bar.copy_button)
    else:
        c.settle(lambda: QApplication.focusWidget() is page.reply_bar.copy_button)
        c.key(Qt.Key.Key_Return)
    reply = QGuiApplication.clipboard().text()
    if reply == before or created.ticket not in reply:
        raise SystemExit("the acknowledgement was not copied")
    c.settle(lambda: page.table.hasFocus() and page.selected_id() == created.id)
    return created


def to_done(c: Counter, window: MainWindow, request_id: int, *, waiting: bool) -> list[str]:
    """(b)/(c): from the selected row in the list to "selesai", each reply copied."""
    page = window.pages["permohonan"]
    c.settle(lambda: page.table.hasFocus() and page.selected_id() == request_id)
    replies: list[str] = []
    c.key(Qt.Key.Key_Return)  # open the selected request
    c.settle(lambda: isinstance(QApplication.activeWindow(), RequestDetailDialog))
    detail = QApplication.activeWindow()
    assert isinstance(detail, RequestDetailDialog) and detail.detail.id == request_id

    def copied(status: str) -> None:
        c.settle(lambda: detail.detail.status == status)
        if QApplication.activeWindow() is None:
            # The offscreen platform has no window manager to give the keyboard back to the
            # window under a closed modal dialog; a desktop does that by itself.
            detail.activateWindow()
        c.settle(lambda: QApplication.activeWindow() is detail)
        text = QGuiApplication.clipboard().text()
        if replies and text == replies[-1]:
            raise SystemExit("no new reply on the clipboard")
        replies.append(text)

    c.key(Qt.Key.Key_P, ALT)  # Proses: nothing to ask, the reply is copied
    copied("diproses")
    if waiting:

        def tick_and_ok() -> None:
            c.key(Qt.Key.Key_Space)  # tick the first common document
            c.key(Qt.Key.Key_Return, CTRL)

        c.in_modal(tick_and_ok)
        c.key(Qt.Key.Key_M, ALT)  # Menunggu berkas…
        copied("menunggu_berkas")

    def number_and_ok() -> None:
        c.type(f"3216-LU-29112026-{request_id:04d}")
        c.key(Qt.Key.Key_Return)

    c.in_modal(number_and_ok)
    c.key(Qt.Key.Key_S, ALT)  # Selesai…
    copied("selesai")
    c.key(Qt.Key.Key_Escape)  # close the window
    c.settle(lambda: not shiboken6.isValid(detail) or not detail.isVisible())
    if QApplication.activeWindow() is None:
        window.activateWindow()  # as a window manager would, see ``copied``
    c.settle(lambda: QApplication.activeWindow() is window)
    return replies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=20)
    args = parser.parse_args()

    app = gui_app.create_application(["counter-bench"])
    db = open_database(f"sqlite:///{Path(_tmp.name) / 'loket.sqlite3'}")
    users.create_first_supervisor(db, "kasi", "Kepala Seksi", "rahasia123")
    users.create_user(db, SYSTEM, "budi", "Budi Santoso", "petugas", "rahasia123")
    actor = users.authenticate(db, "budi", "rahasia123")
    window = MainWindow(AppContext(db, actor), idle_ms=3_600_000)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    c = Counter(app)
    c.settle(lambda: QApplication.activeWindow() is window)
    window.show_page("permohonan")
    c.settle()

    c.actions = 0
    first = paste_and_save(c, window, chat(0), mouse=False)
    keyboard_a = c.actions
    c.actions = 0
    replies_b = to_done(c, window, first.id, waiting=False)
    actions_b = c.actions
    c.actions = 0
    paste_and_save(c, window, chat(1), mouse=True)
    mouse_a = c.actions
    second = paste_and_save(c, window, chat(2), mouse=False)
    c.actions = 0
    replies_c = to_done(c, window, second.id, waiting=True)
    actions_c = c.actions
    for i, text in enumerate(replies_b + replies_c):
        if not text.strip():
            raise SystemExit(f"reply {i + 1} is empty")

    started = time.perf_counter()
    for i in range(args.requests):
        c.actions = 0
        created = paste_and_save(c, window, chat(10 + i), mouse=False)
        to_done(c, window, created.id, waiting=False)
    per_request = (time.perf_counter() - started) / max(args.requests, 1)

    print("Loket Dukcapil — counter benchmark (real widgets, offscreen, 1366×768)")
    print(
        f"(a) chat on the clipboard → saved, acknowledgement copied, actions besides the "
        f"paste: {keyboard_a}   target ≤ 3"
    )
    print(f"    keyboard-only (Ctrl+Shift+V, Ctrl+Enter, Enter):          {keyboard_a}")
    print(f"    mouse-only (Berkas, Permohonan dari WhatsApp, Simpan, Salin balasan): {mouse_a}")
    print(
        f"(b) baru → diproses → selesai, 2 replies copied (+ the acknowledgement = 3): "
        f"{actions_b} actions   target ≤ 8"
    )
    print("    (Enter open, Alt+P, Alt+S, type the document number, Enter, Esc close)")
    print(f"(c) baru → diproses → menunggu berkas → selesai, 3 replies copied: {actions_c} actions")
    print("    (Enter open, Alt+P, Alt+M, Space tick, Ctrl+Enter, Alt+S, number, Enter, Esc)")
    print(
        f"(d) time per request, (a) + (b), {args.requests} requests: "
        f"{per_request * 1000:.0f} ms (wall, this machine's load)"
    )
    window.close()
    db.dispose()


if __name__ == "__main__":
    main()
