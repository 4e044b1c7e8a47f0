"""Open windows follow what another PC writes (a second database connection): counts and rows,
selection and scroll kept; settings take effect at once here and at the next poll elsewhere.
Runs on SQLite and, with LOKET_TEST_DB_URL, on PostgreSQL."""
# ruff: noqa: F811  (fixtures imported from rq_helpers are used as arguments)

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from rq_helpers import QUIET_OFFSCREEN, ctx, make_request  # noqa: F401

from desktop_app.core import requests as rq
from desktop_app.core import settings, users
from desktop_app.core.schema import open_database
from desktop_app.gui import changes as gui_changes
from desktop_app.gui.changes import ChangeWatcher
from desktop_app.gui.context import AppContext
from desktop_app.gui.pages.requests import QUEUE_ORDER, RequestsPage

pytestmark = QUIET_OFFSCREEN


@pytest.fixture
def other_pc(db_url, db):
    second = open_database(db_url)
    yield second
    second.dispose()


@pytest.fixture
def page(ctx, qtbot):
    watcher = ChangeWatcher(ctx, poll_ms=60_000)  # polled by hand: events, not seconds
    widget = RequestsPage(ctx)
    qtbot.addWidget(widget)
    widget.watcher = watcher  # kept alive with the page
    widget.resize(1366, 768)
    widget.show()
    return widget


def queue_text(page, key) -> str:
    return page.queues.item(QUEUE_ORDER.index(key)).text()


def tickets(page) -> list[str]:
    return [page.model.row_data(r).ticket for r in range(page.model.rowCount())]


def test_the_poll_is_frequent_enough_for_five_seconds():
    assert gui_changes.POLL_MS <= 2500


def test_a_status_changed_elsewhere_leaves_the_baru_list_at_the_next_poll(
    page, ctx, db, other_pc, supervisor
):
    first = make_request(db, ctx.actor, name="Sri Wahyuni")
    second = make_request(db, ctx.actor, nik="3216071203910002", name="Dedi Kurniawan")
    page.refresh()
    assert sorted(tickets(page)) == sorted([first.ticket, second.ticket])
    boss = users.authenticate(other_pc, "kasi", "rahasia123")
    rq.change_status(other_pc, boss, first.id, first.version, "diproses")
    assert tickets(page) != [second.ticket]  # nothing polled yet: still the old rows
    assert page.watcher.poll() == ["requests"]
    assert tickets(page) == [second.ticket]  # the row left "Baru"
    assert "(1)" in queue_text(page, "baru") and "(1)" in queue_text(page, "diproses")
    assert page.watcher.poll() == []  # nothing new: no reload


def test_counts_and_rows_agree_after_an_import_elsewhere(page, ctx, db, other_pc, tmp_path):
    from desktop_app.core.importer import import_file

    make_request(db, ctx.actor)
    page.refresh()
    rows = ["diterima,kanal,layanan,nik,nama,ref"]
    start = datetime(2026, 11, 2, 8, 0)
    for i in range(300):
        at = (start + timedelta(minutes=i)).strftime("%Y-%m-%d %H:%M")
        rows.append(f"{at},web,KK,3216064507880003,Warga {i},WA-{i:05d}")
    path = tmp_path / "impor.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    officer = users.authenticate(other_pc, "budi", "rahasia123")
    import_file(other_pc, officer, path)
    page.watcher.poll()
    assert page.model.rowCount() == 301
    assert "(301)" in queue_text(page, "baru")


def test_selection_and_scroll_position_are_kept(page, ctx, db, other_pc, qtbot):
    made = [make_request(db, ctx.actor, name=f"Warga {i}", minutes_ago=10 + i) for i in range(60)]
    page.refresh()
    bar = page.table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # laid out
    target = made[40]
    assert page.select_request(target.id)
    bar.setValue(1)  # the officer scrolled back up: the selected row is out of sight
    position = bar.value()
    officer = users.authenticate(other_pc, "budi", "rahasia123")
    rq.create_request(
        other_pc,
        officer,
        channel="web",
        service_code="KK",
        name="Baru Sekali",
        nik="3216064507880003",
        received_at=datetime.now(UTC) - timedelta(days=3),
    )  # fmt: skip  (sorted last: the rows above do not move)
    page.watcher.poll()
    assert page.model.rowCount() == 61
    assert page.selected_id() == target.id
    qtbot.wait(50)  # any deferred scrolling would happen now
    assert bar.value() == position


def test_the_timer_polls_by_itself(ctx, qtbot):
    watcher = ChangeWatcher(ctx, poll_ms=50)
    qtbot.waitUntil(lambda: watcher.polls >= 2, timeout=10_000)
    watcher.stop()


def test_a_change_made_in_this_session_is_not_reported_again(ctx, db, qtbot):
    watcher = ChangeWatcher(ctx, poll_ms=60_000)
    seen = []
    ctx.signals.changed_elsewhere.connect(seen.append)
    make_request(db, ctx.actor)
    ctx.signals.requests_changed.emit()  # what the intake does after saving
    assert watcher.poll() == []
    assert seen == []


def test_new_idle_time_applies_at_once_here_and_at_the_next_poll_elsewhere(
    qtbot, db, other_pc, supervisor
):
    from desktop_app.gui.main_window import MainWindow

    here = MainWindow(AppContext(db, supervisor))
    qtbot.addWidget(here)
    boss_there = users.authenticate(other_pc, "kasi", "rahasia123")
    there = MainWindow(AppContext(other_pc, boss_there))
    qtbot.addWidget(there)
    for window in (here, there):
        window.watcher.timer.stop()  # polled by hand below
    assert here.idle.interval_ms == 10 * 60_000

    settings_page = here.show_page("pengaturan")
    settings_page.general_tab.idle_minutes.setValue(1)
    assert settings_page.general_tab.save()
    assert here.idle.interval_ms == 60_000  # at once, on the PC that changed it
    assert there.idle.interval_ms == 10 * 60_000
    there.watcher.poll()
    assert there.idle.interval_ms == 60_000  # within one poll on the others
    assert settings.get_value(other_pc, "idle_lock_minutes") == 1
    here.close()
    there.close()


def test_settings_tabs_show_other_pcs_changes_unless_being_edited(qtbot, db, other_pc, supervisor):
    from desktop_app.gui.pages.settings import SettingsPage

    ctx_here = AppContext(db, supervisor)
    watcher = ChangeWatcher(ctx_here, poll_ms=60_000)
    page = SettingsPage(ctx_here)
    qtbot.addWidget(page)
    page.officials_tab.table.setFocus()
    page.templates_tab.body.setPlainText("Sedang diketik {nama}")  # unsaved typing
    boss_there = users.authenticate(other_pc, "kasi", "rahasia123")
    settings.set_value(other_pc, boss_there, "idle_lock_minutes", 33)
    rq.save_template(other_pc, boss_there, "baru", "Dari PC lain {nama}")
    watcher.poll()
    assert page.general_tab.idle_minutes.value() == 33
    assert page.templates_tab.body.toPlainText() == "Sedang diketik {nama}"  # kept


def test_an_open_request_window_follows_another_pc_unless_typing(qtbot, ctx, db, other_pc):
    from desktop_app.gui.request_detail import RequestDetailDialog

    watcher = ChangeWatcher(ctx, poll_ms=60_000)
    req = make_request(db, ctx.actor, name="Sri Wahyuni")
    detail = RequestDetailDialog(ctx, req.id)
    qtbot.addWidget(detail)
    detail.show()
    boss = users.authenticate(other_pc, "kasi", "rahasia123")
    d = rq.update_request(other_pc, boss, req.id, req.version, name="Sri Wahyuni S.")
    watcher.poll()
    assert detail.name.text() == "Sri Wahyuni S."  # the other PC's change shows
    detail.notes.setPlainText("sedang diketik")
    rq.change_status(other_pc, boss, req.id, d.version, "diproses")
    watcher.poll()
    assert detail.notes.toPlainText() == "sedang diketik"  # typing is never replaced
    assert detail.detail.status == "baru"
