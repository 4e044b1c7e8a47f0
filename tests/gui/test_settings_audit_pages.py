"""Settings page (office, officials, holidays, users, general) and the audit page."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QSettings, Qt

from desktop_app.core import audit, settings, users
from desktop_app.gui.pages import audit as audit_page
from desktop_app.gui.pages.audit import AuditPage
from desktop_app.gui.pages.settings import SettingsPage


@pytest.fixture
def page(qtbot, make_ctx, supervisor):
    widget = SettingsPage(make_ctx(supervisor))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_tabs(page):
    assert page.tab_titles() == [
        "Profil kantor",
        "Pejabat penandatangan",
        "Hari libur",
        "Pengguna",
        "Umum",
        "Layanan",
        "Templat WhatsApp",
        "Legalisir",
        "Cadangan",
    ]


def test_office_edit_is_saved_and_audited(page, qtbot, db, supervisor, tmp_path):
    tab = page.office_tab
    form = tab.form.form
    qtbot.keyClicks(form.name, "Disdukcapil Kabupaten Bekasi")
    qtbot.keyClicks(form.regencyCode, "3216")
    qtbot.keyClicks(form.city, "Cikarang")
    logo = tmp_path / "logo.png"
    from PySide6.QtGui import QColor, QImage

    image = QImage(32, 32, QImage.Format.Format_RGB32)
    image.fill(QColor("#1d5fa8"))
    assert image.save(str(logo))
    assert tab.form.load_logo_file(logo)
    assert not tab.form.form.logoPreview.pixmap().isNull()  # the preview shows the logo
    with qtbot.waitSignal(page.ctx.signals.settings_changed):
        tab.save_button.click()
    assert tab.notice.text() == "✓ Profil kantor tersimpan."
    assert tab.notice.property("role") == "success"
    office = settings.get_office(db)
    assert office.name == "Disdukcapil Kabupaten Bekasi"
    assert office.regency == "Kabupaten Bekasi"
    assert office.logo_bytes().startswith(b"\x89PNG")
    rows, _total = audit.list_entries(db, supervisor, action_prefix="settings.office")
    assert rows and rows[0].username == "kasi" and rows[0].detail["city"] == "Cikarang"


def test_office_bad_input_is_shown_under_fields(page, db, tmp_path):
    tab = page.office_tab
    tab.form.form.website.setText("bukan situs")
    tab.save_button.click()
    assert tab.form.errors.text("name") == "Nama kantor wajib diisi."
    assert tab.form.errors.text("website") == "Alamat situs web tidak valid."
    not_image = tmp_path / "logo.png"
    not_image.write_text("halo")
    assert not tab.form.load_logo_file(not_image)
    assert tab.form.errors.text("logo_png") == "Logo harus berkas PNG atau JPEG."
    assert not settings.get_office(db).configured


def test_officials_add_edit_disable(page, db):
    tab = page.officials_tab
    dialog = tab.open_dialog(None)
    dialog.name.setText("Drs. H. Ahmad Sobari, M.Si.")
    dialog.title.setText("Kepala Bidang Pelayanan Pendaftaran Penduduk")
    dialog.rank.setText("Pembina (IV/a)")
    dialog.nip.setText("1968041119930310")  # 16 digits: refused
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert "18" in dialog.errors.text("nip")
    dialog.nip.setText("19680411 199303 1 009")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert tab.table.rowCount() == 1
    assert tab.table.item(0, 3).text() == "19680411 199303 1 009"
    tab.table.selectRow(0)
    edit = tab.open_dialog(tab.selected())
    edit.rank.setText("Pembina Tingkat I (IV/b)")
    edit.ok_button.click()
    assert settings.list_officials(db)[0].rank == "Pembina Tingkat I (IV/b)"
    tab.table.selectRow(0)
    tab.toggle_button.click()
    assert settings.list_officials(db) == []
    assert tab.table.item(0, 4).text() == "Nonaktif"


def test_report_signer_is_chosen_among_active_officials(page, db, supervisor):
    from desktop_app.core import report

    kasi = settings.save_official(
        db, supervisor, name="Siti Aminah, S.H.", title="Kepala Seksi Pelayanan",
        rank="Penata (III/c)", nip="198001012005012003",
    )  # fmt: skip
    kabid = settings.save_official(
        db, supervisor, name="Drs. Ahmad Suryana", title="Kabid Pelayanan",
        rank="Pembina (IV/a)", nip="196804111993031009",
    )  # fmt: skip
    tab = page.officials_tab
    tab.load()
    combo = tab.report_signer
    assert combo.count() == 3 and combo.currentData() is None  # automatic by default
    assert report.report_signer(db).id == kasi.id  # title starts with "Kepala"
    combo.setCurrentIndex(combo.findData(kabid.id))
    combo.activated.emit(combo.currentIndex())
    assert settings.get_value(db, "report_signer_id") == kabid.id
    assert report.report_signer(db).id == kabid.id
    assert tab.notice.text() == "✓ Penanda tangan laporan harian tersimpan."
    rows, _total = audit.list_entries(db, supervisor, action_prefix="settings.change")
    assert rows[0].entity_id == "report_signer_id" and rows[0].detail["new"] == kabid.id
    tab.load()
    assert combo.currentData() == kabid.id


def test_holidays_add_and_remove(page, db):
    tab = page.holidays_tab
    tab.calendar.setSelectedDate(QDate(2026, 8, 17))
    tab.name.setText("Hari Kemerdekaan RI")
    tab.add_button.click()
    assert [(h.day, h.name) for h in settings.list_holidays(db, 2026)] == [
        (date(2026, 8, 17), "Hari Kemerdekaan RI")
    ]
    assert tab.table.item(0, 0).text() == "Senin, 17 Agustus 2026"
    tab.table.selectRow(0)
    tab.remove_button.click()
    assert settings.list_holidays(db, 2026) == []
    assert tab.table.rowCount() == 0


def test_a_holiday_entered_twice_asks_and_a_saturday_is_refused(
    page, db, confirm_answers, monkeypatch
):
    refused = []
    monkeypatch.setattr(
        "desktop_app.gui.widgets.QMessageBox.warning", lambda *a: refused.append(a[2])
    )
    tab = page.holidays_tab
    tab.calendar.setSelectedDate(QDate(2026, 8, 17))
    tab.name.setText("Hari Kemerdekaan RI")
    tab.add_button.click()
    tab.name.setText("Libur lain")
    confirm_answers.append(False)
    tab.add_button.click()
    assert confirm_answers.asked == [
        '17 Agustus 2026 sudah hari libur: "Hari Kemerdekaan RI". Ganti keterangannya menjadi '
        '"Libur lain"?'
    ]
    assert [h.name for h in settings.list_holidays(db, 2026)] == ["Hari Kemerdekaan RI"]
    assert tab.name.text() == "Libur lain"  # kept for another try
    tab.add_button.click()  # "Ganti keterangan"
    assert [h.name for h in settings.list_holidays(db, 2026)] == ["Libur lain"]
    assert tab.notice.text() == "✓ Keterangan hari libur 17 Agustus 2026 diganti."
    tab.calendar.setSelectedDate(QDate(2026, 8, 15))  # a Saturday
    tab.name.setText("Sabtu")
    tab.add_button.click()
    assert refused and "Sabtu dan Minggu" in refused[0]
    assert len(settings.list_holidays(db, 2026)) == 1


def test_user_management(page, db, supervisor):
    tab = page.users_tab
    dialog = tab.open_new_user()
    dialog.username.setText("Budi Santoso")  # a space: refused by the core
    dialog.full_name.setText("Budi Santoso")
    dialog.password.setText("rahasia123")
    dialog.repeat.setText("rahasia123")
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.errors.text("username") == "tidak valid"
    dialog.username.setText("budi")
    dialog.role.setCurrentIndex(dialog.role.findData("legalisir"))
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert users.authenticate(db, "budi", "rahasia123").role == "legalisir"

    tab.select_username("budi")
    tab.toggle_button.click()
    with pytest.raises(users.LoginFailed):
        users.authenticate(db, "budi", "rahasia123")
    assert "Nonaktif" in tab.table.item(tab.table.currentRow(), 4).text()
    tab.select_username("budi")
    assert tab.toggle_button.text() == "Aktifkan"
    tab.toggle_button.click()

    tab.select_username("budi")
    reset = tab.open_reset_password()
    reset.password.setText("sandi-baru-1")
    reset.repeat.setText("sandi-baru-1")
    reset.ok_button.click()
    assert users.authenticate(db, "budi", "sandi-baru-1").username == "budi"

    tab.select_username("budi")
    role = tab.open_change_role()
    role.role.setCurrentIndex(role.role.findData("petugas"))
    role.ok_button.click()
    assert [u.role for u in users.list_users(db, supervisor) if u.username == "budi"] == ["petugas"]


def test_disabling_asks_first_and_the_buttons_stay_put(page, db, confirm_answers):
    tab = page.users_tab
    dialog = tab.open_new_user()
    dialog.username.setText("budi")
    dialog.full_name.setText("Budi Santoso")
    dialog.password.setText("rahasia123")
    dialog.repeat.setText("rahasia123")
    dialog.ok_button.click()
    tab.select_username("budi")
    before = [b.geometry() for b in (tab.toggle_button, tab.reset_button, tab.role_button)]
    confirm_answers.append(False)  # Batal
    tab.toggle_button.click()
    assert "Nonaktifkan Budi Santoso (budi)?" in confirm_answers.asked[0]
    assert users.authenticate(db, "budi", "rahasia123")  # still active
    tab.toggle_button.click()  # Nonaktifkan
    with pytest.raises(users.LoginFailed):
        users.authenticate(db, "budi", "rahasia123")
    tab.select_username("budi")
    assert tab.toggle_button.text() == "Aktifkan"
    after = [b.geometry() for b in (tab.toggle_button, tab.reset_button, tab.role_button)]
    assert after == before  # the shorter text moved nothing
    tab.toggle_button.click()  # enabling asks nothing
    assert len(confirm_answers.asked) == 2


def test_password_limit_is_stated_before_typing(page):
    dialog = page.users_tab.open_new_user()
    assert "minimal 8 karakter" in dialog.intro.text()
    assert dialog.password.placeholderText() == "minimal 8 karakter"
    dialog.username.setText("budi")
    dialog.full_name.setText("Budi")
    dialog.password.setText("pendek")
    dialog.repeat.setText("pendek")
    dialog.ok_button.click()
    assert dialog.errors.text("password") == "terlalu pendek: minimal 8 karakter"


def test_cannot_disable_own_account(page, monkeypatch):
    shown = []
    monkeypatch.setattr(
        "desktop_app.gui.widgets.QMessageBox.warning", lambda *a: shown.append(a[2])
    )
    tab = page.users_tab
    tab.select_username("kasi")
    tab.toggle_button.click()
    assert shown == ["Anda tidak dapat menonaktifkan akun Anda sendiri."]


def test_general_tab_saves_idle_minutes_and_language(page, db):
    tab = page.general_tab
    tab.idle_minutes.setValue(25)
    tab.language.setCurrentIndex(tab.language.findData("en"))
    tab.save_button.click()
    assert settings.get_value(db, "idle_lock_minutes") == 25
    assert QSettings().value("language") == "en"


def test_general_tab_sets_the_office_time_zone_for_every_time_shown(page, db, tmp_path):
    from datetime import UTC, datetime

    from desktop_app.core import clock
    from desktop_app.gui.formatting import format_datetime

    tab = page.general_tab
    assert tab.office_zone.currentData() == "WIB"
    tab.office_zone.setCurrentIndex(tab.office_zone.findData("WITA"))
    tab.save_button.click()
    assert settings.get_value(db, "office_timezone") == "WITA"
    assert clock.zone_name() == "WITA"  # applied at once in this window
    assert format_datetime(datetime(2026, 11, 25, 20, 30, tzinfo=UTC)) == "26/11/2026 04.30 WITA"
    page.tabs.setCurrentWidget(tab)
    tab.grab().save(str(tmp_path / "general-tab.png"))


def test_audit_page_lists_filters_and_verifies(qtbot, make_ctx, db, supervisor, petugas):
    for _ in range(3):
        with pytest.raises(users.LoginFailed):
            users.authenticate(db, "budi", "salah-sekali")
    monkeypatch_batch = 2
    audit_page.BATCH, old = monkeypatch_batch, audit_page.BATCH
    try:
        page = AuditPage(make_ctx(supervisor))
        qtbot.addWidget(page)
        page.show()
        model = page.model
        assert model.rows[0].id > model.rows[1].id  # newest first
        assert model.total > 5 and len(model.rows) == 2  # fetched page by page
        model.fetchMore(model.index(-1, -1))
        assert len(model.rows) == 4
        page.action_filter.setCurrentIndex(page.action_filter.findData("login"))
        page.action_filter.activated.emit(page.action_filter.currentIndex())
        page.user_filter.setCurrentIndex(page.user_filter.findData("budi"))
        assert model.total == 4  # the fixture's login plus three failures
        assert {r.action for r in model.rows} <= {"login", "login.failed"}
        assert model.data(model.index(0, 2)) == "Budi"  # the officer's name, login in the tip
        assert model.data(model.index(0, 2), Qt.ItemDataRole.ToolTipRole) == "Login: budi"
        # Words, not codes; the code stays available to a supervisor in the tool tip.
        assert model.data(model.index(0, 3)) == "Gagal masuk"
        tip = model.data(model.index(0, 3), Qt.ItemDataRole.ToolTipRole)
        assert tip == "Kode tindakan: login.failed"
        assert model.data(model.index(0, 4)) == "Akun Budi"
        assert model.data(model.index(0, 5)) == "Alasan: kata sandi salah"
    finally:
        audit_page.BATCH = old

    page.verify_button.click()
    qtbot.waitUntil(lambda: page.verify_button.isEnabled(), timeout=5000)
    assert page.result.text().startswith("Log audit utuh:")

    from sqlalchemy import update

    from desktop_app.core.models import AuditEntry

    with db.write() as session:
        session.execute(update(AuditEntry).where(AuditEntry.id == 2).values(detail="{}"))
    page.verify_button.click()
    qtbot.waitUntil(lambda: page.verify_button.isEnabled(), timeout=5000)
    assert "TIDAK utuh: entri nomor 2" in page.result.text()


def test_audit_page_shows_a_status_change_in_words(qtbot, make_ctx, db, supervisor, petugas):
    from datetime import UTC, datetime

    from desktop_app.core import requests as rq

    req = rq.create_request(
        db, petugas, channel="web", service_code="KK", name="Sri Wahyuni",
        nik="3216064507880003", received_at=datetime.now(UTC),
    )  # fmt: skip
    rq.change_status(db, petugas, req.id, req.version, "diproses")
    page = AuditPage(make_ctx(supervisor))
    qtbot.addWidget(page)
    model = page.model
    row = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert row[2:] == [
        "Budi",
        "Status permohonan diubah",
        f"Permohonan {req.ticket}",
        "Status: Baru → Diproses",
    ]  # was "request.status", "request 1", "old=baru, new=diproses, reason=None, ..."
    tip = model.data(model.index(0, 5), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Status: Baru → Diproses\n\nData tercatat:\n") and '"new"' in tip


def test_users_tab_records_the_officers_nip(page, db, supervisor):
    """The NIP printed under an officer's name is entered here: on a new account and later."""
    tab = page.users_tab
    assert tab.table.horizontalHeaderItem(2).text() == "NIP"
    dialog = tab.open_new_user()
    dialog.username.setText("budi")
    dialog.full_name.setText("Budi Santoso")
    dialog.nip.setText("19850312 201001 0 005")  # sex digit 0: refused
    dialog.password.setText("rahasia123")
    dialog.repeat.setText("rahasia123")
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.errors.text("NIP")
    assert "budi" not in [u.username for u in users.list_users(db, supervisor)]  # nothing written
    dialog.nip.setText("198503122010011005")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    budi = next(u for u in users.list_users(db, supervisor) if u.username == "budi")
    assert users.nip_of(db, budi.id) == "198503122010011005"
    tab.select_username("budi")
    assert tab.table.item(tab.table.currentRow(), 2).text() == "19850312 201001 1 005"

    edit = tab.open_change_nip()
    assert edit.nip.text() == "19850312 201001 1 005"  # starts from the stored one
    edit.nip.setText("19850312201001100")  # 17 digits
    edit.ok_button.click()
    assert edit.isVisible() and edit.errors.text("NIP")
    assert users.nip_of(db, budi.id) == "198503122010011005"
    edit.nip.setText("198503122010012005")
    edit.ok_button.click()
    assert not edit.isVisible() and tab.notice.text() == "✓ NIP budi disimpan."
    assert users.nip_of(db, budi.id) == "198503122010012005"

    tab.select_username("budi")
    cleared = tab.open_change_nip()
    cleared.nip.setText("")
    cleared.ok_button.click()
    assert tab.notice.text() == "✓ NIP budi dikosongkan."
    assert users.nip_of(db, budi.id) == ""
    rows, _total = audit.list_entries(db, supervisor, action_prefix="user.set_nip")
    assert len(rows) == 3
