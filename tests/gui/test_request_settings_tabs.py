"""Settings tabs Layanan and Templat WhatsApp, and their registration in the settings page."""
# ruff: noqa: F811  (fixtures imported from rq_helpers are used as arguments)

from __future__ import annotations

from rq_helpers import QUIET_OFFSCREEN, ctx, sup_ctx  # noqa: F401

from desktop_app.core import requests as rq
from desktop_app.gui.pages.services_tab import ServicesTab
from desktop_app.gui.pages.templates_tab import TemplatesTab

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
    assert "Kode layanan" in tab.errors.text("code")  # under the field, which is marked
    assert tab.code.property("error") is True
    tab.code.setText("KTPEL")
    # Editing the field takes its red mark away at once (FieldErrors wires every form so).
    assert not tab.code.property("error") and "Kode layanan" in tab.errors.text("code")
    assert tab.save()
    assert tab.errors.text("code") == "" and not tab.code.property("error")
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


def test_settings_page_registers_both_tabs():
    from desktop_app.gui.pages import settings as settings_page

    classes = [settings_page.load_tab_class(t) for t in settings_page.EXTRA_TABS[:2]]
    assert classes == [ServicesTab, TemplatesTab]
