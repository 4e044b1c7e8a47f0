"""The office-profile form (Designer form ``ui/office_profile.ui``), shared by the setup wizard
and the *Profil kantor* tab of the settings page."""

from __future__ import annotations

import base64
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget

from desktop_app.core import regions
from desktop_app.core.errors import LoketError, ValidationError
from desktop_app.core.formatting import phone_display
from desktop_app.core.settings import MAX_LOGO_BYTES, OfficeProfile
from desktop_app.gui.errors import describe_error
from desktop_app.gui.forms.ui_office_profile import Ui_OfficeProfileForm
from desktop_app.gui.qt import layout_of
from desktop_app.gui.widgets import FieldErrors, label_form_fields


class OfficeProfileForm(QWidget):
    """Edits an :class:`OfficeProfile`; validation happens in the core when it is saved."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = Ui_OfficeProfileForm()
        self.form.setupUi(self)
        f = self.form
        f.regencyCode.setMinimumWidth(f.regencyCode.fontMetrics().horizontalAdvance("0000") * 2)
        self._logo_b64 = ""
        general = QLabel()
        self.errors = FieldErrors(
            f.formLayout,
            {
                "name": f.name,
                "regency": f.regency,
                "regency_code": f.regencyCode,
                "city": f.city,
                "address": f.address,
                "phone": f.phone,
                "whatsapp": f.whatsapp,
                "website": f.website,
                "email": f.email,
                "logo_png": f.logoPreview,
            },
            general=general,
        )
        label_form_fields(f.formLayout)
        layout_of(self).addWidget(general)
        general.setProperty("role", "error")
        general.setWordWrap(True)
        f.regencyCode.textChanged.connect(self._regency_code_changed)
        f.chooseLogoButton.clicked.connect(self._choose_logo)
        f.clearLogoButton.clicked.connect(lambda: self.set_logo(""))
        for edit in (
            f.name,
            f.regency,
            f.regencyCode,
            f.city,
            f.address,
            f.phone,
            f.whatsapp,
            f.website,
            f.email,
        ):
            edit.textEdited.connect(self.changed)
        self.set_logo("")
        self._regency_code_changed("")

    # --- data ---------------------------------------------------------------------------------

    def profile(self) -> OfficeProfile:
        f = self.form
        return OfficeProfile(
            name=f.name.text(),
            regency=f.regency.text(),
            regency_code=f.regencyCode.text().strip(),
            address=f.address.text(),
            phone=f.phone.text(),
            whatsapp=f.whatsapp.text(),
            website=f.website.text(),
            email=f.email.text(),
            city=f.city.text(),
            logo_png=self._logo_b64,
        )

    def set_profile(self, profile: OfficeProfile) -> None:
        f = self.form
        f.name.setText(profile.name)
        f.regency.setText(profile.regency)
        f.regencyCode.setText(profile.regency_code)
        f.address.setText(profile.address)
        # Stored as +62...; shown as people write it (the core normalizes it again on saving).
        f.phone.setText(phone_display(profile.phone))
        f.whatsapp.setText(phone_display(profile.whatsapp))
        f.website.setText(profile.website)
        f.email.setText(profile.email)
        f.city.setText(profile.city)
        self.set_logo(profile.logo_png)
        self.errors.clear()

    def show_problems(self, exc: LoketError) -> None:
        self.errors.show(exc)

    # --- regency code -------------------------------------------------------------------------

    def _regency_code_changed(self, code: str) -> None:
        code = code.strip()
        name_label = self.form.regencyName
        if not code:
            name_label.setText(self.tr("4 digit, misalnya 3216 untuk Kabupaten Bekasi"))
            return
        if len(code) != 4 or not code.isdigit():
            name_label.setText(self.tr("Kode harus 4 digit."))
            return
        name = regions.regency_name(code)
        if name is None:
            name_label.setText(
                self.tr("Kode {code} tidak ada di daftar wilayah.").format(code=code)
            )
            return
        name_label.setText(name)
        if not self.form.regency.text().strip():
            self.form.regency.setText(name)

    # --- logo ---------------------------------------------------------------------------------

    def _choose_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Pilih logo kantor"),
            "",
            self.tr("Gambar PNG atau JPEG (*.png *.jpg *.jpeg)"),
        )
        if path:
            self.load_logo_file(Path(path))

    def load_logo_file(self, path: Path) -> bool:
        """Read a PNG/JPEG file as the logo; a wrong file is explained under the logo field."""
        try:
            raw = path.read_bytes()
        except OSError as exc:
            self.errors.show(
                ValidationError(
                    describe_error(exc),
                    [
                        (
                            "logo_png",
                            self.tr("Berkas tidak dapat dibaca: {name}").format(name=path.name),
                        )
                    ],
                )
            )
            return False
        if len(raw) > MAX_LOGO_BYTES:
            self.errors.show(
                ValidationError("", [("logo_png", self.tr("Logo terlalu besar (maksimal 1 MB)."))])
            )
            return False
        if not (raw.startswith(b"\x89PNG\r\n\x1a\n") or raw.startswith(b"\xff\xd8\xff")):
            self.errors.show(
                ValidationError("", [("logo_png", self.tr("Logo harus berkas PNG atau JPEG."))])
            )
            return False
        self.errors.clear()
        self.set_logo(base64.b64encode(raw).decode("ascii"))
        self.changed.emit()
        return True

    def set_logo(self, logo_b64: str) -> None:
        self._logo_b64 = logo_b64
        preview = self.form.logoPreview
        pixmap = QPixmap()
        if logo_b64:
            pixmap.loadFromData(QByteArray(base64.b64decode(logo_b64)))
        if pixmap.isNull():
            preview.setPixmap(QPixmap())
            preview.setText(self.tr("(tanpa logo)"))
        else:
            preview.setPixmap(
                pixmap.scaled(
                    preview.maximumSize(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.form.clearLogoButton.setEnabled(bool(logo_b64))
