"""The English interface complete: real plurals (Qt's %n forms), values translated (backup
kinds, import rows, history notes), decimal marks as the language writes them."""
# ruff: noqa: F811  (fixtures imported from rq_helpers are used as arguments)

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from rq_helpers import QUIET_OFFSCREEN, ctx, make_request, sup_ctx  # noqa: F401

from desktop_app.core import requests as rq
from desktop_app.gui import app as gui_app

pytestmark = QUIET_OFFSCREEN


@pytest.fixture
def english(qapp):
    gui_app.install_translator(qapp, "en")
    yield
    gui_app.install_translator(qapp, "id")


def test_plurals_follow_the_number(english, qtbot, sup_ctx):
    from desktop_app.gui.pages.settings.general import GeneralTab
    from desktop_app.gui.pages.settings.services import ServicesTab

    services = ServicesTab(sup_ctx)
    qtbot.addWidget(services)
    services.target.setValue(1)
    assert services.target.text() == "1 working day"
    services.target.setValue(5)
    assert services.target.text() == "5 working days"
    general = GeneralTab(sup_ctx)
    qtbot.addWidget(general)
    general.idle_minutes.setValue(1)
    assert general.idle_minutes.text() == "1 minute"
    general.idle_minutes.setValue(10)
    assert general.idle_minutes.text() == "10 minutes"


def test_plurals_stay_right_in_indonesian(qtbot, sup_ctx):
    from desktop_app.gui.pages.settings.services import ServicesTab

    services = ServicesTab(sup_ctx)
    qtbot.addWidget(services)
    services.target.setValue(1)
    assert services.target.text() == "1 hari kerja"


def test_request_count_has_its_plural_and_thousands(english, qtbot, ctx, db):
    from desktop_app.gui.pages.requests import RequestsPage

    make_request(db, ctx.actor)
    page = RequestsPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert page.total_label.text() == "1 request"
    make_request(db, ctx.actor, nik="3216071203910002", name="Dedi")
    page.refresh()
    assert page.total_label.text() == "2 requests"
    assert QCoreApplication.translate("RequestsPage", "%Ln permohonan", "", 20011) == (
        "20,011 requests"
    )


def test_backup_kinds_and_sizes_in_the_interface_language(english, qtbot, db, supervisor):
    from desktop_app.core import backup
    from desktop_app.gui.pages.settings import backups as tab_module

    assert (
        QCoreApplication.translate("BackupTab", tab_module.KIND_TEXTS[backup.KIND_AUTOMATIC])
        == "automatic"
    )
    assert (
        QCoreApplication.translate("BackupTab", tab_module.KIND_TEXTS[backup.KIND_PRE_RESTORE])
        == "before a restore"
    )
    assert tab_module.human_size(int(18.5 * 1024 * 1024)) == "18.5 MB"
    assert QLocale().toString(50.0, "f", 1) == "50.0"  # the mm spin boxes beside it agree


def test_sizes_use_the_indonesian_decimal_comma(qapp):
    from desktop_app.gui.pages.settings import backups as tab_module

    assert tab_module.human_size(int(18.5 * 1024 * 1024)) == "18,5 MB"
    assert tab_module.human_size(512) == "512 B"


def test_history_notes_written_by_the_app_are_translated(english, ctx, db, supervisor):
    req = make_request(db, ctx.actor)
    rq.update_request(db, ctx.actor, req.id, req.version, notes="baru", email="a@b.id")
    d = rq.change_status(db, ctx.actor, req.id, req.version + 1, "diproses")
    notes = [rq.show_note(e.note) for e in d.events if e.kind in ("edit", "assign")]
    assert "Changed: E-mail, Description" in notes
    assert "Handled by whoever processes it" in notes  # not left in Indonesian
    # What is stored stays the office's Indonesian record, field labels not field names.
    stored = [e.note for e in d.events if e.kind == "edit"]
    assert stored == ["Diubah: E-mail, Keterangan"]
    # Histories written before this change held raw field names: shown as labels too.
    assert rq.show_note("Diubah: notes, phone") == "Changed: Description, Mobile number"
    assert rq.show_note("catatan petugas") == "catatan petugas"  # typed text untouched


def test_import_errors_name_the_row_in_english(english, tmp_path, db, petugas):
    from desktop_app.core.importer import ImportRejected, import_file

    path = tmp_path / "impor.csv"
    path.write_text(
        "diterima,kanal,layanan,nik,nama\n2026-11-23 08:05,web,KK,123,Sri\n", encoding="utf-8"
    )
    with pytest.raises(ImportRejected) as refused:
        import_file(db, petugas, path)
    assert refused.value.errors[0].startswith("row 2: nik: ")
    assert "baris" not in " ".join(refused.value.errors)


def test_status_change_notes_are_shown_in_english(english):
    """The record keeps Indonesian; every generated line of a status note is translated."""
    note = "Nomor dokumen: 3216-KK-0001, 3216-KK-0002\nDiserahkan: Diambil di kantor\nibunya"
    assert rq.show_note(note).splitlines() == [
        "Document number: 3216-KK-0001, 3216-KK-0002",
        "Handed over: Collected at the office",
        "ibunya",
    ]
    assert rq.show_note("Berkas kurang: Surat domisili") == "Missing documents: Surat domisili"


def test_settings_tab_titles_in_english(english, qtbot, make_ctx, supervisor):
    from desktop_app.gui.pages.settings import SettingsPage

    page = SettingsPage(make_ctx(supervisor))
    qtbot.addWidget(page)
    assert page.tab_titles() == [
        "Office profile", "Signing officials", "Holidays", "Users", "General", "Services",
        "WhatsApp templates", "Legalization", "Backups",
    ]  # fmt: skip


def test_a_form_dialog_grows_to_show_its_errors(english, qtbot, make_ctx, supervisor):
    """An error row under a field must not squeeze the wrapped intro above it: in English the
    NIP dialog's intro lost its first line's top after a wrong NIP."""
    from desktop_app.gui.pages.settings import SettingsPage

    page = SettingsPage(make_ctx(supervisor))
    qtbot.addWidget(page)
    page.users_tab.select_username("kasi")
    dialog = page.users_tab.open_change_nip()
    qtbot.waitExposed(dialog)
    dialog.nip.setText("1985")
    dialog.ok_button.click()
    assert dialog.errors.text("NIP")
    assert dialog.intro.height() >= dialog.intro.heightForWidth(dialog.intro.width())
    dialog.reject()


@pytest.mark.parametrize(("language", "shown"), [("id", "10.002.260"), ("en", "10,002,260")])
def test_queue_badges_group_their_thousands_as_the_language_writes_them(
    qapp, qtbot, ctx, monkeypatch, language, shown
):
    """Ten million requests read as 10.002.260 in Indonesian, not 10002260 (Python's ``:n``
    follows the C locale)."""
    from desktop_app.gui.pages.requests import QUEUE_ORDER, RequestsPage

    monkeypatch.setattr(rq, "queue_counts", lambda _db, _actor: {"baru": 14_994})
    monkeypatch.setattr(rq, "count_ids", lambda _db, _actor: 10_002_260)
    gui_app.install_translator(qapp, language)
    try:
        page = RequestsPage(ctx)
        qtbot.addWidget(page)
        page.refresh_counts()
        every = page.queues.item(QUEUE_ORDER.index(None)).text()
        new = page.queues.item(QUEUE_ORDER.index("baru")).text()
    finally:
        gui_app.install_translator(qapp, "id")
    assert every.endswith(f"({shown})") and new.endswith(f"(14{shown[2]}994)")
