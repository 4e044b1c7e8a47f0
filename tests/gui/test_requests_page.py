"""The Permohonan page: queues and counts, filters, search, refresh, import and export."""
# ruff: noqa: F811  (fixtures imported from rq_helpers are used as arguments)

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog
from rq_helpers import (  # noqa: F401
    NIK_DEDI,
    NIK_SRI,
    QUIET_OFFSCREEN,
    MessageBoxSpy,
    ctx,
    make_request,
    sup_ctx,
)
from sqlalchemy import event

from desktop_app.core import requests as rq
from desktop_app.gui import request_transfer
from desktop_app.gui.models.request_table import COLUMNS, RequestTableModel
from desktop_app.gui.pages.requests import QUEUE_ORDER, RequestsPage
from desktop_app.gui.request_transfer import ExportDialog, ImportSummaryDialog

pytestmark = QUIET_OFFSCREEN
DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture
def page(ctx, qtbot):
    widget = RequestsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    return widget


def shown_tickets(page) -> list[str]:
    return [page.model.row_data(r).ticket for r in range(page.model.rowCount())]


def queue_text(page, key) -> str:
    return page.queues.item(QUEUE_ORDER.index(key)).text()


def reading_requests(db, work):
    """``work()``'s result, and the statements that read the requests table meanwhile."""
    reads = []

    def record(_conn, _cursor, statement, *_args):
        if "FROM requests" in statement:
            reads.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        return work(), reads
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


@pytest.fixture
def three(ctx, db, supervisor):
    a = make_request(db, ctx.actor, name="Sri Wahyuni", phone="0812-8877-1203")
    b = make_request(db, ctx.actor, nik=NIK_DEDI, service="LAHIR", name="Dedi Kurniawan",
                     channel="web", external_ref="ESIAK-2611-00017")  # fmt: skip
    c = make_request(db, ctx.actor, nik="3216155602990004", service="ADUAN",
                     name="Nur'aini Hasibuan", phone="0857-1100-2345")  # fmt: skip
    b = rq.change_status(db, ctx.actor, b.id, b.version, "diproses")
    return a, b, c


def test_queues_show_live_counts_and_filter_the_list(page, ctx, three, qtbot):
    a, b, c = three
    page.refresh()
    assert queue_text(page, "baru").endswith("(2)")
    assert queue_text(page, "diproses").endswith("(1)")
    assert queue_text(page, "mine").endswith("(1)")  # processing took b for Budi
    assert queue_text(page, None).endswith("(3)")
    assert sorted(shown_tickets(page)) == sorted([a.ticket, c.ticket])  # starts on "Baru"
    page.set_queue("diproses")
    assert shown_tickets(page) == [b.ticket]
    page.set_queue(None)
    assert page.model.rowCount() == 3
    assert "3 permohonan" in page.total_label.text()


def test_counts_refresh_on_timer_to_see_other_counters(page, ctx, db, supervisor, qtbot):
    page.refresh()
    assert queue_text(page, "baru").endswith("(0)")
    make_request(db, supervisor)  # another PC: no signal reaches this window
    page.counts_timer.timeout.emit()
    assert queue_text(page, "baru").endswith("(1)")


def test_overdue_queue(page, ctx, db):
    old = make_request(db, ctx.actor, minutes_ago=60 * 24 * 10)
    page.refresh()
    assert queue_text(page, "overdue").endswith("(1)")
    page.set_queue("overdue")
    assert shown_tickets(page) == [old.ticket]
    assert page.model.row_data(0).overdue


def test_search_finds_ticket_nik_phone_exactly_and_names_by_part(page, three, qtbot):
    a, b, c = three
    page.set_queue(None)

    def search(text):
        page.search.setText(text)
        qtbot.waitUntil(lambda: page._search_timer.isActive() is False, timeout=2000)
        return shown_tickets(page)

    assert search(b.ticket.lower()) == [b.ticket]
    assert search("3216 0645 0788 0003") == [a.ticket]
    assert search("3216 0645 0788 000") == []  # NIK only exactly
    assert search("0812-8877-1203") == [a.ticket]
    assert search("aini") == [c.ticket]
    assert search("ESIAK-2611-00017") == [b.ticket]
    assert search("") and len(shown_tickets(page)) == 3


def test_search_is_debounced(page, three, qtbot):
    page.set_queue(None)
    calls = []
    original = page.model.reload
    page.model.reload = lambda: (calls.append(1), original())[1]
    for ch in "Dedi":
        page.search.setText(page.search.text() + ch)
    assert calls == []
    qtbot.waitUntil(lambda: calls == [1], timeout=2000)
    assert len(shown_tickets(page)) == 1


def test_filters_by_service_channel_status_officer_and_dates(page, ctx, three):
    a, b, c = three
    page.set_queue(None)
    page.service_filter.setCurrentIndex(page.service_filter.findData("ADUAN"))
    assert shown_tickets(page) == [c.ticket]
    page.reset_filters()
    page.channel_filter.setCurrentIndex(page.channel_filter.findData("web"))
    assert shown_tickets(page) == [b.ticket]
    page.reset_filters()
    page.status_filter.setCurrentIndex(page.status_filter.findData("baru"))
    assert sorted(shown_tickets(page)) == sorted([a.ticket, c.ticket])
    page.reset_filters()
    page.officer_filter.setCurrentIndex(page.officer_filter.findData(ctx.actor.user_id))
    assert shown_tickets(page) == [b.ticket]
    page.reset_filters()
    page.use_dates.setChecked(True)
    yesterday = page.date_to.date().addDays(-2)
    page.date_to.setDate(yesterday)
    assert shown_tickets(page) == []


def test_requests_changed_reloads_and_keeps_selection(page, ctx, db, three):
    page.set_queue(None)
    a = three[0]
    assert page.select_request(a.id)
    new = make_request(db, ctx.actor, nik=NIK_DEDI, service="KIA", minutes_ago=1)
    ctx.signals.requests_changed.emit()
    assert new.ticket in shown_tickets(page)
    assert page.selected_id() == a.id
    assert queue_text(page, None).endswith("(4)")


def test_header_click_sorts_in_sql(page, three):
    page.set_queue(None)
    name_col = [
        c.key
        for c in __import__("desktop_app.gui.models.request_table", fromlist=["COLUMNS"]).COLUMNS
    ].index("name")
    from PySide6.QtCore import Qt

    page.table.horizontalHeader().setSortIndicator(name_col, Qt.SortOrder.AscendingOrder)
    names = [page.model.row_data(r).name for r in range(3)]
    assert names == ["Dedi Kurniawan", "Nur'aini Hasibuan", "Sri Wahyuni"]


# --- import and export -----------------------------------------------------------------------


@pytest.fixture
def summaries(monkeypatch):
    seen: list[tuple] = []
    answer = {"skip": False}

    def ask(cls, title, summary, errors, offer, parent=None):
        seen.append((title, summary, list(errors), offer))
        return answer["skip"]

    monkeypatch.setattr(ImportSummaryDialog, "ask", classmethod(ask))
    return seen, answer


def pick_file(monkeypatch, path):
    monkeypatch.setattr(
        request_transfer.QFileDialog,
        "getOpenFileName",
        staticmethod(lambda *a, **k: (str(path), "")),
    )


def test_import_through_the_gui(page, ctx, monkeypatch, summaries, qtbot):
    seen, _answer = summaries
    pick_file(monkeypatch, DATA / "contoh_impor.csv")
    with open(DATA / "contoh_impor.csv", encoding="utf-8-sig") as fh:
        rows = sum(1 for _ in csv.DictReader(fh))
    page.set_queue(None)
    page.import_file()
    qtbot.waitUntil(lambda: page.last_import.finished, timeout=20000)
    assert seen and seen[0][0] == "Impor selesai"
    assert f"Ditambahkan: {rows}" in seen[0][1]
    assert page.model.rowCount() == rows  # the page reloaded
    # The same file again adds nothing.
    page.import_file()
    qtbot.waitUntil(lambda: page.last_import.finished, timeout=20000)
    assert "Ditambahkan: 0" in seen[1][1]
    assert f"Sudah ada (dilewati): {rows}" in seen[1][1]


def test_bad_file_lists_row_errors_and_can_import_valid_rows(
    page, ctx, monkeypatch, summaries, qtbot, tmp_path
):
    seen, answer = summaries
    bad = tmp_path / "rusak.csv"
    bad.write_text(
        "diterima;kanal;layanan;nik;nama;no_hp\n"
        "2026-11-23 08:05;wa;KK;3216064507880003;Sri Wahyuni;0812-8877-1203\n"
        "2026-11-23 08:06;merpati;KK;3216071203910002;Dedi;0812\n"
        "2026-11-23 08:07;web;LAHIR;123;Agus;\n",
        encoding="utf-8",
    )
    pick_file(monkeypatch, bad)
    page.import_file()
    qtbot.waitUntil(lambda: page.last_import.finished, timeout=20000)
    title, summary, errors, offer = seen[0]
    assert title == "Impor ditolak" and offer
    assert "Tidak ada yang disimpan" in summary
    assert any(e.startswith("baris 3: ") and "kanal" in e for e in errors)
    assert any(e.startswith("baris 4: ") and "nik" in e for e in errors)
    assert rq.count_ids(ctx.db, ctx.actor) == 0

    answer["skip"] = True  # "Impor baris yang valid saja"
    page.import_file()
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=20000)
    assert seen[2][0] == "Impor selesai"
    assert "Ditambahkan: 1" in seen[2][1]
    assert rq.count_ids(ctx.db, ctx.actor) == 1


def test_summary_dialog_shows_errors_in_a_scrollable_box(qtbot):
    dialog = ImportSummaryDialog("Impor ditolak", "x", ["baris 2: nik: salah"] * 50, True)
    qtbot.addWidget(dialog)
    assert dialog.errors.toPlainText().count("baris 2") == 50
    assert dialog.errors.isReadOnly()
    dialog.skip_button.click()
    assert dialog.wants_skip_invalid


def test_export_masks_nik_for_petugas(page, ctx, three, monkeypatch, qtbot, tmp_path):
    out = tmp_path / "ekspor.csv"
    today = datetime.now(UTC).date()
    monkeypatch.setattr(
        ExportDialog, "ask", classmethod(lambda cls, c, p=None: (today - timedelta(days=1),
                                                                today + timedelta(days=1),
                                                                "csv", False))
    )  # fmt: skip
    monkeypatch.setattr(
        request_transfer.QFileDialog, "getSaveFileName",
        staticmethod(lambda *a, **k: (str(out), "")),
    )  # fmt: skip
    boxes = MessageBoxSpy()
    monkeypatch.setattr(request_transfer, "QMessageBox", boxes)
    page.export_file()
    qtbot.waitUntil(lambda: page.last_export.finished, timeout=20000)
    assert page.last_export.result.rows == 3
    text = out.read_text(encoding="utf-8-sig")
    assert NIK_SRI not in text and "321606******0003" in text
    assert "3 permohonan diekspor" in boxes.texts("information")[0]


def test_full_nik_option_only_for_supervisors_and_confirmed(qtbot, ctx, sup_ctx, monkeypatch):
    petugas_dialog = ExportDialog(ctx)
    qtbot.addWidget(petugas_dialog)
    assert petugas_dialog.unmask.isHidden()
    boxes = MessageBoxSpy(answer=MessageBoxSpy.StandardButton.No)
    monkeypatch.setattr(request_transfer, "QMessageBox", boxes)
    dialog = ExportDialog(sup_ctx)
    qtbot.addWidget(dialog)
    assert not dialog.unmask.isHidden()
    dialog.unmask.setChecked(True)
    assert "audit" in boxes.texts("question")[0]
    assert not dialog.unmask.isChecked()  # declined
    boxes.answer = MessageBoxSpy.StandardButton.Yes
    dialog.unmask.setChecked(True)
    assert dialog.choice()[3] is True


def test_file_dialog_cancel_does_nothing(page, monkeypatch):
    monkeypatch.setattr(
        request_transfer.QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", ""))
    )
    page.import_file()
    assert page.last_import.path is None
    assert QFileDialog is request_transfer.QFileDialog


def search_now(page, qtbot, text):
    page.search.setText(text)
    qtbot.waitUntil(lambda: page._search_timer.isActive() is False, timeout=2000)
    return shown_tickets(page)


def test_search_looks_in_every_queue_and_rows_say_their_status(page, three, qtbot):
    a, b, c = three
    assert page.queue == "baru"
    assert b.ticket not in shown_tickets(page)  # b is being processed
    assert search_now(page, qtbot, b.ticket) == [b.ticket]
    assert "semua antrean" in page.total_label.text()
    status_column = next(i for i, col in enumerate(COLUMNS) if col.key == "status")
    assert page.model.index(0, status_column).data() == "Diproses"
    assert page.queues.selectedItems() == []  # no queue is highlighted while searching
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert page.search.text() == ""
    assert sorted(shown_tickets(page)) == sorted([a.ticket, c.ticket])
    assert page.queues.selectedItems()[0].text().startswith("Baru")


def test_choosing_a_queue_ends_the_search(page, three, qtbot):
    a, b, c = three
    search_now(page, qtbot, "Sri")
    item = page.queues.item(QUEUE_ORDER.index("diproses"))
    page.queues.itemPressed.emit(item)
    page.set_queue("diproses")
    assert page.search.text() == "" and shown_tickets(page) == [b.ticket]


def test_a_search_hidden_by_filters_says_so_and_offers_to_drop_them(page, three, qtbot):
    a, b, c = three
    page.status_filter.setCurrentIndex(page.status_filter.findData("selesai"))
    assert search_now(page, qtbot, a.ticket) == []
    hint = page.total_label.text()
    assert "tanpa saringan ada 1 permohonan" in hint
    page.total_label.linkActivated.emit("unfilter")
    assert page.search.text() == a.ticket
    assert shown_tickets(page) == [a.ticket]


def test_after_saving_the_new_row_is_selected_and_has_the_keyboard(page, qtbot, three):
    page.set_queue("diproses")  # a new request is not in this queue
    with qtbot.waitExposed(page):
        page.show()
    intake = page.new_request()
    f = intake.form
    f.name.setText("Ahmad Fauzi")
    f.nik.setText("3216071203910010")
    f.phone.setText("0812-1111-2222")
    f.service.setCurrentIndex(f.service.findData("LAHIR"))
    intake.save()
    created = intake.created
    assert created is not None and not intake.isVisible()
    assert page.selected_id() == created.id
    # The bar above the list offers the acknowledgement; Enter copies it, then the keyboard
    # is on the list with the new row current.
    assert page.reply_bar.isVisible() and created.ticket in page.reply_bar.text.text()
    assert page.reply_bar.copy_button.hasFocus()
    qtbot.keyClick(page.reply_bar.copy_button, Qt.Key.Key_Return)
    copied = QGuiApplication.clipboard().text()
    assert created.ticket in copied and "Ahmad Fauzi" in copied
    assert page.table.hasFocus() and page.selected_id() == created.id
    assert boxes_shown() == []  # nothing modal on the way


def boxes_shown():
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isModal()]


def test_short_and_very_common_name_parts_say_what_the_list_shows(
    page, ctx, db, three, qtbot, monkeypatch
):
    """One letter searches nothing and asks for a second; a name part matching very many
    requests shows the newest of them and says there are more (thresholds lowered: the real
    ones are thousands)."""
    from desktop_app.core.requests import listing

    for i in range(6):
        make_request(db, ctx.actor, name=f"Siti Aminah {chr(65 + i)}", minutes_ago=20 + i)
    monkeypatch.setattr(listing, "SMALL_LIST", 2)
    monkeypatch.setattr(listing, "NAME_CAP", 4)
    page.set_queue(None)
    page.search.setText("s")
    page._search_now()
    assert page.model.rowCount() == 0
    assert page.total_label.text() == "Ketik paling sedikit 2 huruf untuk mencari nama."
    page.search.setText("siti")
    page._search_now()
    # The four most recently recorded (C … F were saved last), newest received first.
    assert [page.model.row_data(r).name for r in range(4)] == [
        "Siti Aminah C", "Siti Aminah D", "Siti Aminah E", "Siti Aminah F",
    ]  # fmt: skip
    assert page.total_label.text().startswith("4 permohonan terakhir dicatat dari 6 yang cocok")
    monkeypatch.setattr(listing, "MATCH_COUNT_CAP", 5)
    page._search_now()
    assert page.total_label.text().startswith(
        "4 permohonan terakhir dicatat dari lebih dari 5 yang cocok"
    )
    page.search.setText("si")  # two letters: the start of a word
    page._search_now()
    assert page.model.rowCount() == 4 and page._list.truncated
    page.search.setText("aminah b")
    page._search_now()
    assert shown_tickets(page) == [page.model.row_data(0).ticket] and not page._list.truncated


@pytest.fixture
def held_reads(monkeypatch):
    """A handful of rows gathers (thresholds lowered), and the page's reads ahead are held:
    the test runs each job and hands its result to the page (``finish``) when it chooses."""
    from desktop_app.core.requests import listing
    from desktop_app.gui.pages import requests as requests_page

    monkeypatch.setattr(listing, "SMALL_LIST", 2)
    monkeypatch.setattr(listing, "GATHER_SLOW", 2)
    monkeypatch.setattr(listing, "_NEAR", 0)
    jobs = []
    monkeypatch.setattr(
        requests_page, "start_task", lambda fn, done, _failed: jobs.append((fn, done))
    )
    return jobs


def finish(job) -> None:
    """A held read ahead run, and its end reported to the page as the pool would."""
    fn, done = job
    done(fn(None))


def test_a_deep_jump_before_the_ids_are_read_shows_loading_rows_and_never_waits(
    page, ctx, db, three, monkeypatch, held_reads
):
    """A big list filtered by dates and sorted by name has no tally to place its rows: a
    jump deep inside needs its ids, which a worker reads as soon as the list shows (seconds at
    millions of rows). Filtered by service instead the sort buckets place it, and the count
    line says nothing. Until the ids are in, the count line says that rows far down are
    loading, and a jump there shows its rows as "memuat…" at once, reading nothing and
    holding nothing; they are painted when the read is in. A read that failed is done by the
    jump itself, under the wait pointer (thresholds lowered: the real list is 20,000 rows)."""
    jobs = held_reads
    for i in range(6):
        make_request(db, ctx.actor, name=f"Ani {chr(65 + i)}", minutes_ago=30 + i)
    page.set_queue(None)
    name_col = [c.key for c in COLUMNS].index("name")
    page.table.horizontalHeader().setSortIndicator(name_col, Qt.SortOrder.AscendingOrder)
    page.service_filter.setCurrentIndex(page.service_filter.findData("KK"))
    assert page.model.rowCount() > 2 and page._list.placement == "segments"
    assert page.total_label.text() == f"{page.model.rowCount()} permohonan" and not jobs
    page.service_filter.setCurrentIndex(0)
    page.use_dates.setChecked(True)
    gathering, count = page._list, page.model.rowCount()
    assert gathering.placement == "gather" and count > 6 and len(jobs) == 1
    assert page.total_label.text() == (
        f"{count} permohonan · baris jauh di bawah pada urutan ini sedang dimuat; urutkan "
        "menurut Diterima agar cepat"
    )
    monkeypatch.setattr(RequestTableModel, "ID_CHUNK", 2)  # chunks of two rows: the third
    monkeypatch.setattr(RequestTableModel, "PAGE_SIZE", 2)  # is deep, next to none read
    page.model.reload()  # a reload of the same list takes the read over: not a second one
    assert page._list is not gathering and len(jobs) == 1
    gathering, deep = page._list, 5
    (shown, loading), reads = reading_requests(
        db,
        lambda: (
            page.model.data(page.model.index(deep, 0)),
            page.model.loading(deep) and page.model.row_data(deep) is None,
        ),
    )
    assert shown == "memuat…" and loading and reads == []
    assert QGuiApplication.overrideCursor() is None
    finish(jobs[-1])
    assert gathering._gathered is not None and not page.model.loading(deep)
    names = [page.model.row_data(r).name for r in range(count)]
    assert names == sorted(names, key=rq.fold_name)
    assert page.model.data(page.model.index(deep, 0)) == page.model.row_data(deep).ticket
    assert page.total_label.text() == f"{count} permohonan"
    # Sorted by time the tallies place it: no notice, nothing read ahead.
    received_col = [c.key for c in COLUMNS].index("received_at")
    page.table.horizontalHeader().setSortIndicator(received_col, Qt.SortOrder.DescendingOrder)
    assert page._list.placement != "gather" and page._ahead is None
    assert page.total_label.text() == f"{page.model.rowCount()} permohonan"
    # A read ahead that failed: the jump reads the ids itself, under the wait pointer.
    page.table.horizontalHeader().setSortIndicator(name_col, Qt.SortOrder.DescendingOrder)
    failing = page._list
    assert page._ahead is not None
    page._ahead.failed = True
    cursors = []
    read = failing.ids
    monkeypatch.setattr(
        failing, "ids", lambda *a: (cursors.append(QGuiApplication.overrideCursor()), read(*a))[1]
    )
    ids = page._fetch_ids("name", True, 1, 5)
    assert cursors[0] is not None and cursors[0].shape() == Qt.CursorShape.WaitCursor
    assert QGuiApplication.overrideCursor() is None  # put back after the read
    assert failing._gathered is not None and ids == failing._gathered[5:6].tolist()


def test_a_gathering_list_reads_its_ids_on_a_worker_while_its_first_page_shows(
    page, ctx, db, three, qtbot, monkeypatch
):
    """A list filtered by dates and sorted by name gathers its ids: the page has them read on
    a worker thread as soon as the first page shows. The count line says the first deep jump
    takes seconds until they are in, and nothing after; a deep jump then reads no row. A list
    replaced meanwhile (another sort) has its read cancelled (thresholds lowered)."""
    from desktop_app.core.requests import listing

    for i in range(6):
        make_request(db, ctx.actor, name=f"Ani {chr(70 - i)}", minutes_ago=30 + i)
    monkeypatch.setattr(listing, "SMALL_LIST", 2)
    monkeypatch.setattr(listing, "GATHER_SLOW", 2)
    monkeypatch.setattr(listing, "_NEAR", 0)
    page.set_queue(None)
    name_col = [c.key for c in COLUMNS].index("name")
    page.table.horizontalHeader().setSortIndicator(name_col, Qt.SortOrder.AscendingOrder)
    assert page._ahead is None  # not a gathering list: nothing read ahead
    page.use_dates.setChecked(True)
    lst, ahead = page._list, page._ahead
    count = page.model.rowCount()
    assert lst.placement == "gather" and ahead is not None and count > 4
    assert page.total_label.text() == (
        f"{count} permohonan · baris jauh di bawah pada urutan ini sedang dimuat; urutkan "
        "menurut Diterima agar cepat"
    )
    qtbot.waitUntil(lambda: lst._gathered is not None, timeout=30_000)
    assert page.total_label.text() == f"{count} permohonan"
    deep, reads = reading_requests(db, lambda: page._fetch_ids("name", False, 1, 3))
    assert deep == lst._gathered[3:4].tolist() and reads == []
    names = [page.model.row_data(r).name for r in range(count)]
    assert names == sorted(names, key=rq.fold_name)
    # Another sort replaces the list before the worker begins: the read is cancelled, and
    # the job, when its turn comes, reads nothing.
    from desktop_app.gui.pages import requests as requests_page

    jobs = []
    monkeypatch.setattr(requests_page, "start_task", lambda fn, *_a: jobs.append(fn))
    page.reload()
    pending = page._ahead
    assert pending is not None and page._list is not lst and len(jobs) == 1
    received_col = [c.key for c in COLUMNS].index("received_at")
    page.table.horizontalHeader().setSortIndicator(received_col, Qt.SortOrder.DescendingOrder)
    assert page._ahead is None and pending.cancelled() and len(jobs) == 1
    _, reads = reading_requests(db, lambda: jobs[0](None))
    assert reads == [] and pending.ids is None


def test_a_gathering_list_reloaded_after_a_change_jumps_at_once_and_is_read_once(
    page, ctx, db, three, held_reads
):
    """The page makes its list again after every change, here or on another PC. A gathering
    list's reload jumps at once in the ids read before (no row read, no notice in the count
    line) while its own are read; a change that comes while they are being read does not
    start a second read beside it: when that read ends, its ids serve meanwhile and one
    fresh read follows, after which the new request is in its place (thresholds lowered)."""
    jobs = held_reads
    for i in range(6):
        make_request(db, ctx.actor, name=f"Ani {chr(70 - i)}", minutes_ago=30 + i)

    page.set_queue(None)
    name_col = [c.key for c in COLUMNS].index("name")
    page.table.horizontalHeader().setSortIndicator(name_col, Qt.SortOrder.AscendingOrder)
    page.use_dates.setChecked(True)
    first = page._list
    assert first.placement == "gather" and len(jobs) == 1 and page._jump_hint()
    finish(jobs[0])
    assert first._gathered is not None and page._ahead is None and not page._jump_hint()

    make_request(db, ctx.actor, name="Ani Baru", minutes_ago=1)
    ctx.signals.requests_changed.emit()
    second = page._list
    assert second is not first and len(jobs) == 2 and page._ahead is not None
    count = page.model.rowCount()
    assert page.total_label.text() == f"{count} permohonan"  # no wait to announce
    deep, reads = reading_requests(db, lambda: page._fetch_ids("name", False, 1, 3))
    assert reads == [] and deep == first._gathered[3:4].tolist()

    # Another change while the read is under way: carried over, not doubled.
    running = page._ahead
    running._began = True  # the worker has begun: it reads the data from before the change
    make_request(db, ctx.actor, name="Ani Cepat", minutes_ago=1)
    ctx.signals.requests_changed.emit()
    third = page._list
    assert third is not second and page._ahead is running and len(jobs) == 2
    finish(jobs[1])
    assert third._gathered is None and third._interim is running.ids
    assert len(jobs) == 3 and page._ahead is not None and page._ahead is not running
    finish(jobs[2])
    assert third._gathered is not None and page._ahead is None
    names = [page.model.row_data(r).name for r in range(page.model.rowCount())]
    assert "Ani Cepat" in names and names == sorted(names, key=rq.fold_name)
    ids = third.ids(0, third.count())
    assert page.model.request_id(names.index("Ani Cepat")) == ids[names.index("Ani Cepat")]
