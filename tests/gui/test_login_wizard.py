"""Setup wizard and login dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from desktop_app.core import settings, users
from desktop_app.gui.login import LoginDialog
from desktop_app.gui.wizard import SetupWizard


def _fill_office(qtbot, form, **values):
    defaults = {
        "name": "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Bekasi",
        "regencyCode": "3216",
        "city": "Cikarang",
        "phone": "021-89970000",
        "whatsapp": "0812-3456-7890",
        "email": "disdukcapil@bekasikab.go.id",
    }
    defaults.update(values)
    for name, text in defaults.items():
        edit = getattr(form, name)
        edit.clear()
        qtbot.keyClicks(edit, text)


def test_wizard_creates_supervisor_and_office(qtbot, db):
    wizard = SetupWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    form = wizard.office_page.office.form
    _fill_office(qtbot, form)
    # The regency name is looked up from the code and filled in.
    assert form.regencyName.text() == "Kabupaten Bekasi"
    assert form.regency.text() == "Kabupaten Bekasi"
    wizard.next()
    assert wizard.currentPage() is wizard.supervisor_page
    page = wizard.supervisor_page
    qtbot.keyClicks(page.username, "kasi")
    qtbot.keyClicks(page.full_name, "Kepala Seksi Pelayanan")
    qtbot.keyClicks(page.password, "rahasia123")
    qtbot.keyClicks(page.repeat, "rahasia123")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.actor is not None and wizard.actor.role == "supervisor"
    office = settings.get_office(db)
    assert office.regency == "Kabupaten Bekasi"
    assert office.whatsapp == "+6281234567890"
    assert users.authenticate(db, "kasi", "rahasia123").full_name == "Kepala Seksi Pelayanan"


def test_wizard_shows_field_messages_and_stays(qtbot, db):
    wizard = SetupWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    office = wizard.office_page.office
    _fill_office(qtbot, office.form, phone="12", whatsapp="021-89970000", email="bukan-email")
    wizard.next()
    assert wizard.currentPage() is wizard.office_page
    assert office.errors.text("phone")  # the core's Indonesian message, under the field
    assert "seluler" in office.errors.text("whatsapp")
    assert "e-mail" in office.errors.text("email")
    assert office.form.phone.property("error") is True
    _fill_office(qtbot, office.form)
    wizard.next()
    page = wizard.supervisor_page
    qtbot.keyClicks(page.username, "kasi")
    qtbot.keyClicks(page.full_name, "Kepala Seksi")
    qtbot.keyClicks(page.password, "rahasia123")
    qtbot.keyClicks(page.repeat, "rahasia999")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.isVisible()
    assert "tidak sama" in page.errors.text("password2")
    assert not users.has_users(db)
    page.password.setText("pendek")
    page.repeat.setText("pendek")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert "minimal 8" in page.general.text() or page.errors.text("password")
    assert not users.has_users(db)


def test_wizard_keeps_open_when_office_save_fails(qtbot, db, monkeypatch):
    from desktop_app.core.errors import ValidationError

    wizard = SetupWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    _fill_office(qtbot, wizard.office_page.office.form)
    wizard.next()
    page = wizard.supervisor_page
    for edit, text in (
        (page.username, "kasi"),
        (page.full_name, "Kasi"),
        (page.password, "rahasia123"),
        (page.repeat, "rahasia123"),
    ):
        edit.setText(text)
    calls = []

    def failing_save(db_, actor, profile):
        calls.append(actor.username)
        if len(calls) == 1:
            raise ValidationError("Disk penuh.")
        return settings.save_office.__wrapped__(db_, actor, profile)

    real = settings.save_office
    failing_save.__wrapped__ = real  # type: ignore[attr-defined]
    monkeypatch.setattr(settings, "save_office", failing_save)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.isVisible() and "Disk penuh" in page.general.text()
    assert users.has_users(db)  # the supervisor exists ...
    wizard.button(QWizard.WizardButton.FinishButton).click()  # ... and is not created twice
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert calls == ["kasi", "kasi"]
    assert settings.get_office(db).configured


def test_login_right_and_wrong_password(qtbot, db, supervisor):
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "kasi")
    qtbot.keyClicks(dialog.password, "salah-sekali")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.error_text == "Nama pengguna atau kata sandi salah."
    assert dialog.password.text() == ""
    assert dialog.actor is None
    qtbot.keyClicks(dialog.password, "rahasia123")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert dialog.actor.username == "kasi"


def test_login_lockout_after_five_failures(qtbot, db, supervisor):
    dialog = LoginDialog(db, "kasi")
    qtbot.addWidget(dialog)
    for _ in range(5):
        dialog.password.setText("salah-sekali")
        dialog.login_button.click()
    assert "dikunci selama 15 menit" in dialog.error_text
    dialog.password.setText("rahasia123")  # even the right password is refused now
    dialog.login_button.click()
    assert "terkunci" in dialog.error_text
    assert dialog.actor is None


def test_login_disabled_account(qtbot, db, supervisor, petugas):
    users.set_active(db, supervisor, petugas.user_id, False)
    dialog = LoginDialog(db, "budi")
    qtbot.addWidget(dialog)
    dialog.password.setText("rahasia123")
    dialog.login_button.click()
    assert dialog.error_text == "Akun ini dinonaktifkan. Hubungi supervisor."
    assert dialog.actor is None


def test_login_asks_for_username(qtbot, db, supervisor):
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    dialog.login_button.click()
    assert dialog.error_text == "Isi nama pengguna."


def test_office_form_labels_have_room_and_name_their_fields(qtbot):
    """ "Telepon" was drawn as "Telepor": QLabel clips its text to its size hint, and the last
    letter's ink reaches past the advance width. Every label also names and reaches its field."""
    from desktop_app.gui.office_form import OfficeProfileForm

    form = OfficeProfileForm()
    qtbot.addWidget(form)
    form.show()
    f = form.form
    phone_label = f.phoneLabel
    text = phone_label.text().replace("&", "")
    assert phone_label.width() > phone_label.fontMetrics().horizontalAdvance(text)
    assert phone_label.buddy() is f.phone
    assert f.phone.accessibleName() == text
    for edit in (f.name, f.regency, f.regencyCode, f.city, f.address, f.whatsapp, f.email):
        assert edit.accessibleName(), edit.objectName()


def test_login_inputs_are_named(qtbot, db):
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.username.accessibleName() == "Nama pengguna"
    assert dialog.password.accessibleName() == "Kata sandi"
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.username.setFocus()
    order = [dialog.focusWidget()]
    for _ in range(3):  # Tab order: name, password, the default button, then Close
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        order.append(dialog.focusWidget())
    assert order == [dialog.username, dialog.password, dialog.login_button, dialog.cancel_button]


def test_a_two_line_login_error_leaves_the_office_name_whole(styled_app, qtbot, db, supervisor):
    from desktop_app.core.security import SYSTEM

    long_name = "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Bekasi Provinsi Jawa Barat"
    settings.save_office(
        db,
        SYSTEM,
        settings.OfficeProfile(
            name=long_name, regency="Kabupaten Bekasi", regency_code="3216",
            address="Jl. Teuku Umar No. 1, Cikarang Barat", city="Cikarang", phone="021-8900123",
        ),
    )  # fmt: skip
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    before = dialog.office_label.height()
    dialog._fail("Akun terkunci karena 5 kali salah kata sandi. " * 2, dialog.password)
    qtbot.waitUntil(lambda: dialog.error_label.height() > dialog.fontMetrics().height())
    for label in (dialog.office_label, dialog.error_label):
        assert label.height() >= label.heightForWidth(label.width()), label.text()
    assert dialog.office_label.height() == before
