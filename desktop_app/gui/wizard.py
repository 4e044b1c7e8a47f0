"""First start: the office profile and the first supervisor account.

Finish creates the supervisor first, then saves the office profile as that supervisor, so the
audit log shows who configured the office. If the office cannot be saved the wizard stays open
(the supervisor already exists and is not created twice).
"""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget, QWizard, QWizardPage

from desktop_app.core import settings, users
from desktop_app.core.db import Database
from desktop_app.core.errors import LoketError, ValidationError
from desktop_app.core.security import Actor
from desktop_app.gui.dialogs import check_repeat, password_edit
from desktop_app.gui.office_form import OfficeProfileForm
from desktop_app.gui.widgets import FieldErrors, label, label_form_fields


class OfficePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Profil kantor"))
        self.setSubTitle(self.tr("Data ini dicetak pada kop laporan harian dan lembar legalisir."))
        layout = QVBoxLayout(self)
        self.office = OfficeProfileForm(self)
        layout.addWidget(self.office)

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        try:
            settings.validate_office(self.office.profile())
        except ValidationError as exc:
            self.office.show_problems(exc)
            return False
        self.office.errors.clear()
        return True


class SupervisorPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Supervisor pertama"))
        self.setSubTitle(
            self.tr(
                "Supervisor mengelola pengguna dan pengaturan. Akun petugas dibuat kemudian "
                "di Pengaturan › Pengguna."
            )
        )
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.username = QLineEdit()
        self.username.setMaxLength(32)
        self.username.setPlaceholderText(self.tr("misalnya kasi.pelayanan"))
        self.full_name = QLineEdit()
        self.full_name.setMaxLength(120)
        self.password = password_edit()
        self.repeat = password_edit()
        form.addRow(self.tr("&Nama pengguna"), self.username)
        form.addRow(self.tr("Nama &lengkap"), self.full_name)
        form.addRow(self.tr("&Kata sandi"), self.password)
        form.addRow(self.tr("&Ulangi kata sandi"), self.repeat)
        label_form_fields(form)
        layout.addLayout(form)
        layout.addWidget(label(self.tr("Kata sandi minimal 8 karakter."), "hint"))
        self.general = label("", "error")
        layout.addWidget(self.general)
        layout.addStretch(1)
        self.errors = FieldErrors(
            form,
            {
                "username": self.username,
                "full_name": self.full_name,
                "password": self.password,
                "password2": self.repeat,
            },
            general=self.general,
        )

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        return wizard.finish()


class SetupWizard(QWizard):
    """``actor`` is the new supervisor once the wizard is accepted."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Penyiapan Loket Dukcapil"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, QIcon(":/icons/app.svg").pixmap(64, 64))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Lanjut >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Kembali"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Selesai"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Batal"))
        self.office_page = OfficePage()
        self.supervisor_page = SupervisorPage()
        self.addPage(self.office_page)
        self.addPage(self.supervisor_page)
        self.resize(self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().height() * 42)

    def finish(self) -> bool:
        """Create the supervisor, then save the office as that supervisor."""
        page = self.supervisor_page
        page.errors.clear()
        if self.actor is None:
            try:
                check_repeat(page.password.text(), page.repeat.text())
                self.actor = users.create_first_supervisor(
                    self.db, page.username.text(), page.full_name.text(), page.password.text()
                )
            except LoketError as exc:
                page.errors.show(exc)
                return False
            for edit in (page.username, page.full_name, page.password, page.repeat):
                edit.setReadOnly(True)
        try:
            settings.save_office(self.db, self.actor, self.office_page.office.profile())
        except LoketError as exc:
            page.errors.show(
                ValidationError(
                    self.tr(
                        "Akun supervisor sudah dibuat, tetapi profil kantor belum tersimpan: "
                        "{reason} Periksa halaman sebelumnya lalu tekan Selesai lagi."
                    ).format(reason=exc.message)
                )
            )
            self.office_page.office.show_problems(exc)
            return False
        return True
