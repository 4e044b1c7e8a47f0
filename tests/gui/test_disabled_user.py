"""A petugas disabled by a supervisor while logged in: the next action on the Permohonan page is
refused by the core and the page shows the Indonesian message (no traceback, no stale rows)."""
# ruff: noqa: F811  (fixtures imported from rq_helpers are used as arguments)

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from rq_helpers import NIK_SRI, QUIET_OFFSCREEN, MessageBoxSpy, ctx, make_request  # noqa: F401

from desktop_app.core import requests as rq
from desktop_app.core import users
from desktop_app.gui import request_detail, request_intake
from desktop_app.gui.models.request_table import RequestTableModel
from desktop_app.gui.pages import requests as requests_page
from desktop_app.gui.pages.requests import RequestsPage
from desktop_app.gui.request_intake import RequestIntakeDialog

pytestmark = QUIET_OFFSCREEN
DISABLED = "Akun Anda telah dinonaktifkan oleh supervisor; hubungi supervisor."


@pytest.fixture
def boxes(monkeypatch):
    spy = MessageBoxSpy()
    for module in (requests_page, request_detail, request_intake):
        monkeypatch.setattr(module, "QMessageBox", spy)
    return spy


@pytest.fixture
def page(ctx, qtbot, boxes, monkeypatch):
    # One row per page and one page cached: scrolling to another row asks the core again.
    monkeypatch.setattr(RequestTableModel, "PAGE_SIZE", 1)
    monkeypatch.setattr(RequestTableModel, "CACHE_PAGES", 1)
    for minutes in (10, 20, 30):
        make_request(ctx.db, ctx.actor, minutes_ago=minutes, name=f"Pemohon {minutes}")
    widget = RequestsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_search_after_being_disabled_shows_the_refusal(page, ctx, db, supervisor, boxes, qtbot):
    assert page.model.rowCount() == 3 and boxes.calls == []
    users.set_active(db, supervisor, ctx.actor.user_id, False)
    page.search.setText("Pemohon")
    page.search.returnPressed.emit()
    assert boxes.texts("warning") == [DISABLED]
    assert page.model.rowCount() == 3  # the refused query left the list as it was


def test_scrolling_after_being_disabled_shows_the_refusal_once(
    page, ctx, db, supervisor, boxes, qtbot
):
    model = page.model
    assert model.row_data(0) is not None  # page 0 cached, the others not
    users.set_active(db, supervisor, ctx.actor.user_id, False)
    assert model.data(model.index(2, 0)) is None  # refused inside data(): a blank cell
    assert model.data(model.index(1, 0)) is None
    page.table.scrollToBottom()
    page.table.viewport().repaint()  # the view fetches rows while painting
    qtbot.waitUntil(lambda: boxes.calls != [], timeout=2000)
    QCoreApplication.processEvents()
    assert boxes.texts("warning") == [DISABLED]  # one message, not one per row
    assert model.rowCount() == 0  # nothing left to fetch while the message shows


def test_opening_a_request_after_being_disabled_shows_the_refusal(page, ctx, db, supervisor, boxes):
    request_id = page.model.request_id(0)
    users.set_active(db, supervisor, ctx.actor.user_id, False)
    page.open_request(request_id)
    assert boxes.texts("warning") == [DISABLED]


def test_saving_a_new_request_after_being_disabled_is_refused(ctx, db, supervisor, boxes, qtbot):
    dialog = RequestIntakeDialog(ctx)
    qtbot.addWidget(dialog)
    f = dialog.form
    f.service.setCurrentIndex(f.service.findData("KK"))
    f.name.setText("Sri Wahyuni")
    f.nik.setText(NIK_SRI)
    users.set_active(db, supervisor, ctx.actor.user_id, False)
    dialog.save()
    assert boxes.texts("warning") == [DISABLED]
    assert dialog.created is None
    assert rq.count_ids(db, supervisor) == 0
