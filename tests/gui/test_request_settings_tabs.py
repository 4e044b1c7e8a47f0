"""Settings tabs Layanan and Templat WhatsApp, and their registration in the settings page."""
# ruff: noqa: F811  (fixtures imported from rq_helpers are used as arguments)

from __future__ import annotations

from rq_helpers import QUIET_OFFSCREEN, ctx, sup_ctx  # noqa: F401

from desktop_app.core import requests as rq
from desktop_app.gui.pages.settings.services import ServicesTab
from desktop_app.gui.pages.settings.templates import TemplatesTab

pytestmark = QUIET_OFFSCREEN


def test_services_tab_edits_the_catalog(qtbot, sup_ctx):
    tab = ServicesTab(sup_ctx)
    qtbot.addWidget(tab)
    assert tab.table.rowCount() == len(rq.list_services(sup_ctx.db, include_inactive=True))
    tab.table.selectRow(0)
    assert tab.code.text() == "KK" and tab.code.isReadOnly()
    tab.target.setValue(3)
    with qtbot.waitSignal(sup_ctx.signals.settings_changed):
        assert tab.save()
    kk = next(s for s in rq.list_services(sup_ctx.db) if s.code == "KK")
    assert kk.target_days == 3
    tab.new_service()
    tab.code.setText("ktp el")
    tab.name.setText("KTP elektronik")
    assert not tab.save()
    assert "Kode layanan" in tab.field_errors.text("code")  # under the field, which is marked
    assert tab.code.property("error") is True
    tab.code.setText("KTPEL")
    # Editing the field takes its red mark away at once (FieldErrors wires every form so).
    assert not tab.code.property("error") and "Kode layanan" in tab.field_errors.text("code")
    assert tab.save()
    assert tab.field_errors.text("code") == "" and not tab.code.property("error")
    assert any(s.code == "KTPEL" for s in rq.list_services(sup_ctx.db))


def test_services_tab_is_read_only_for_petugas(qtbot, ctx):
    tab = ServicesTab(ctx)
    qtbot.addWidget(tab)
    assert not tab.save_button.isEnabledTo(tab)


def test_templates_tab_previews_and_saves(qtbot, sup_ctx):
    tab = TemplatesTab(sup_ctx)
    qtbot.addWidget(tab)
    assert tab.current == "baru"
    assert "Sri Wahyuni" in tab.preview.text()
    tab.body.setPlainText("Halo {nama}, tiket {tiket}: {tidak_ada}")
    assert "tidak_ada" in tab.error.text()
    assert tab.preview.text() == ""
    tab.body.setPlainText("Halo {nama}, tiket {tiket} sudah {status}.")
    assert tab.preview.text() == "Halo Sri Wahyuni, tiket KK-261128-0007 sudah Baru."
    assert tab.save()
    assert rq.list_templates(sup_ctx.db)["baru"] == "Halo {nama}, tiket {tiket} sudah {status}."
    tab.placeholders.setCurrentRow(0)
    tab.insert_placeholder(tab.placeholders.item(0))
    assert tab.body.toPlainText().count("{nama}") == 2  # inserted at the cursor


def test_a_new_service_with_an_existing_code_is_refused_not_overwritten(qtbot, sup_ctx):
    tab = ServicesTab(sup_ctx)
    qtbot.addWidget(tab)
    rq.save_service(sup_ctx.db, sup_ctx.actor, "KK", "Kartu Keluarga", 5)
    tab.load()
    tab.new_service()
    tab.code.setText("kk")
    tab.name.setText("Duplikat")
    assert not tab.save()
    assert "Kode KK sudah dipakai layanan Kartu Keluarga" in tab.field_errors.text("code")
    kk = next(s for s in rq.list_services(sup_ctx.db) if s.code == "KK")
    assert (kk.name, kk.target_days) == ("Kartu Keluarga", 5)
    tab.table.selectRow(0)  # editing the listed KK is still possible
    assert tab.code.text() == "KK" and tab.save()


def test_cancel_in_the_templates_prompt_keeps_list_and_editor_together(
    qtbot, sup_ctx, discard_answers
):
    from PySide6.QtCore import Qt

    tab = TemplatesTab(sup_ctx)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    tab.body.setPlainText("Halo {nama}, sedang diketik")

    def click_row(row):
        rect = tab.statuses.visualItemRect(tab.statuses.item(row))
        qtbot.mouseClick(tab.statuses.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    discard_answers.append(False)  # "Jangan tutup"
    click_row(2)
    qtbot.waitUntil(lambda: bool(discard_answers.asked))
    qtbot.wait(20)
    assert discard_answers.asked == ["Templat Baru"]
    assert tab.current == "baru"
    assert tab.statuses.currentRow() == 0
    assert [i.text() for i in tab.statuses.selectedItems()] == ["Baru"]  # not the clicked row
    assert tab.body.toPlainText() == "Halo {nama}, sedang diketik"
    click_row(2)  # this time "Buang isian"
    qtbot.waitUntil(lambda: tab.current == rq.STATUSES[2])
    assert tab.statuses.selectedItems()[0].text() == rq.status_label(rq.STATUSES[2])
    assert tab.body.toPlainText() == rq.list_templates(sup_ctx.db)[rq.STATUSES[2]]
