"""Every settings tab over one base class: load / validate / save, one "saved" feedback."""

from __future__ import annotations

import pytest

from desktop_app.core import requests as rq
from desktop_app.core import settings
from desktop_app.gui.pages.settings import SettingsPage, SettingsTab

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def page(qtbot, make_ctx, supervisor):
    widget = SettingsPage(make_ctx(supervisor))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_every_tab_is_a_settings_tab_in_its_own_module(page):
    modules = set()
    for index in range(page.tabs.count()):
        tab = page.tabs.widget(index)
        assert isinstance(tab, SettingsTab)
        assert tab.tab_title() == page.tabs.tabText(index)
        assert type(tab).load is not SettingsTab.load, type(tab).__name__
        modules.add(type(tab).__module__)
    assert len(modules) == page.tabs.count()  # one file per tab


def _assert_saved(tab, text):
    assert tab.notice.text() == "✓ " + text
    assert tab.notice.property("role") == "success"
    assert not tab.notice.isHidden()


def test_saving_says_so_in_green_on_every_form_tab(page, db):
    general = page.general_tab
    general.idle_minutes.setValue(7)
    assert general.save()
    _assert_saved(general, "Pengaturan umum tersimpan.")
    assert settings.get_value(db, "idle_lock_minutes") == 7

    templates = page.templates_tab
    templates.body.setPlainText("Halo {nama}, tiket {tiket}.")
    assert templates.save()
    # It used to say "Templat disimpan." in the red error label.
    _assert_saved(templates, "Templat Baru tersimpan.")
    assert templates.error.text() == ""

    services = page.services_tab
    services.table.selectRow(0)
    services.target.setValue(4)
    assert services.save()
    _assert_saved(services, "Layanan KK tersimpan.")

    legal = page.legal_tab
    legal.x_mm.setValue(22)
    assert legal.save()
    _assert_saved(legal, "Pengaturan legalisir tersimpan.")


def test_a_refusal_is_red_and_names_nothing_saved(page, db):
    legal = page.legal_tab
    legal.register_format.setText("474/{seq}")
    legal.x_mm.setValue(22)
    assert not legal.save()
    assert legal.notice.property("role") == "error"
    assert "{year}" in legal.field_errors.text("legal_register_format")
    assert settings.get_value(db, "legal_endorse_x_mm") == 15  # validate before any write


def test_editing_again_hides_the_old_saved_notice(page, qtbot):
    general = page.general_tab
    assert general.save()
    assert general.notice.succeeded
    general.idle_minutes.setValue(9)
    assert not general.notice.succeeded
    assert general.has_unsaved_changes()
    assert page.unsaved_tabs() == [general]
    assert general.save()
    assert page.unsaved_tabs() == []


def test_immediate_actions_report_through_the_same_notice(page, db):
    from PySide6.QtCore import QDate

    holidays = page.holidays_tab
    holidays.calendar.setSelectedDate(QDate(2026, 8, 17))
    holidays.name.setText("Hari Kemerdekaan RI")
    holidays.add_button.click()
    _assert_saved(holidays, "17 Agustus 2026 ditandai sebagai hari libur.")

    users_tab = page.users_tab
    dialog = users_tab.open_new_user()
    dialog.username.setText("budi")
    dialog.full_name.setText("Budi Santoso")
    dialog.password.setText("rahasia123")
    dialog.repeat.setText("rahasia123")
    dialog.ok_button.click()
    _assert_saved(users_tab, "Pengguna budi dibuat.")
    assert rq.list_services(db)  # the catalogue is untouched by all this
