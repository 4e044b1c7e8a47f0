# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'office_profile.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFormLayout, QFrame, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_OfficeProfileForm(object):
    def setupUi(self, OfficeProfileForm):
        if not OfficeProfileForm.objectName():
            OfficeProfileForm.setObjectName(u"OfficeProfileForm")
        OfficeProfileForm.resize(560, 420)
        self.mainLayout = QVBoxLayout(OfficeProfileForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameLabel = QLabel(OfficeProfileForm)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(OfficeProfileForm)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(200)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.regencyLabel = QLabel(OfficeProfileForm)
        self.regencyLabel.setObjectName(u"regencyLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.regencyLabel)

        self.regency = QLineEdit(OfficeProfileForm)
        self.regency.setObjectName(u"regency")
        self.regency.setMaxLength(120)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.regency)

        self.regencyCodeLabel = QLabel(OfficeProfileForm)
        self.regencyCodeLabel.setObjectName(u"regencyCodeLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.regencyCodeLabel)

        self.regencyCodeLayout = QHBoxLayout()
        self.regencyCodeLayout.setObjectName(u"regencyCodeLayout")
        self.regencyCode = QLineEdit(OfficeProfileForm)
        self.regencyCode.setObjectName(u"regencyCode")
        self.regencyCode.setMaxLength(4)
        self.regencyCode.setPlaceholderText(u"3216")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.regencyCode.sizePolicy().hasHeightForWidth())
        self.regencyCode.setSizePolicy(sizePolicy)

        self.regencyCodeLayout.addWidget(self.regencyCode)

        self.regencyName = QLabel(OfficeProfileForm)
        self.regencyName.setObjectName(u"regencyName")
        self.regencyName.setProperty(u"role", u"hint")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.regencyName.sizePolicy().hasHeightForWidth())
        self.regencyName.setSizePolicy(sizePolicy1)

        self.regencyCodeLayout.addWidget(self.regencyName)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.regencyCodeLayout)

        self.cityLabel = QLabel(OfficeProfileForm)
        self.cityLabel.setObjectName(u"cityLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.cityLabel)

        self.city = QLineEdit(OfficeProfileForm)
        self.city.setObjectName(u"city")
        self.city.setMaxLength(80)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.city)

        self.addressLabel = QLabel(OfficeProfileForm)
        self.addressLabel.setObjectName(u"addressLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.address = QLineEdit(OfficeProfileForm)
        self.address.setObjectName(u"address")
        self.address.setMaxLength(300)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.address)

        self.phoneLabel = QLabel(OfficeProfileForm)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(OfficeProfileForm)
        self.phone.setObjectName(u"phone")
        self.phone.setMaxLength(40)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phone)

        self.whatsappLabel = QLabel(OfficeProfileForm)
        self.whatsappLabel.setObjectName(u"whatsappLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.whatsappLabel)

        self.whatsapp = QLineEdit(OfficeProfileForm)
        self.whatsapp.setObjectName(u"whatsapp")
        self.whatsapp.setMaxLength(40)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.whatsapp)

        self.websiteLabel = QLabel(OfficeProfileForm)
        self.websiteLabel.setObjectName(u"websiteLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.websiteLabel)

        self.website = QLineEdit(OfficeProfileForm)
        self.website.setObjectName(u"website")
        self.website.setMaxLength(200)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.website)

        self.emailLabel = QLabel(OfficeProfileForm)
        self.emailLabel.setObjectName(u"emailLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.email = QLineEdit(OfficeProfileForm)
        self.email.setObjectName(u"email")
        self.email.setMaxLength(200)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.email)

        self.logoLabel = QLabel(OfficeProfileForm)
        self.logoLabel.setObjectName(u"logoLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.logoLabel)

        self.logoLayout = QHBoxLayout()
        self.logoLayout.setObjectName(u"logoLayout")
        self.logoPreview = QLabel(OfficeProfileForm)
        self.logoPreview.setObjectName(u"logoPreview")
        self.logoPreview.setMinimumSize(QSize(72, 72))
        self.logoPreview.setMaximumSize(QSize(72, 72))
        self.logoPreview.setFrameShape(QFrame.Shape.StyledPanel)
        self.logoPreview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logoPreview.setWordWrap(True)

        self.logoLayout.addWidget(self.logoPreview)

        self.logoButtons = QVBoxLayout()
        self.logoButtons.setObjectName(u"logoButtons")
        self.chooseLogoButton = QPushButton(OfficeProfileForm)
        self.chooseLogoButton.setObjectName(u"chooseLogoButton")
        self.chooseLogoButton.setAutoDefault(False)

        self.logoButtons.addWidget(self.chooseLogoButton)

        self.clearLogoButton = QPushButton(OfficeProfileForm)
        self.clearLogoButton.setObjectName(u"clearLogoButton")
        self.clearLogoButton.setAutoDefault(False)

        self.logoButtons.addWidget(self.clearLogoButton)

        self.logoHint = QLabel(OfficeProfileForm)
        self.logoHint.setObjectName(u"logoHint")
        self.logoHint.setProperty(u"role", u"hint")

        self.logoButtons.addWidget(self.logoHint)


        self.logoLayout.addLayout(self.logoButtons)

        self.logoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logoLayout.addItem(self.logoSpacer)


        self.formLayout.setLayout(9, QFormLayout.ItemRole.FieldRole, self.logoLayout)


        self.mainLayout.addLayout(self.formLayout)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.regencyLabel.setBuddy(self.regency)
        self.regencyCodeLabel.setBuddy(self.regencyCode)
        self.cityLabel.setBuddy(self.city)
        self.addressLabel.setBuddy(self.address)
        self.phoneLabel.setBuddy(self.phone)
        self.whatsappLabel.setBuddy(self.whatsapp)
        self.websiteLabel.setBuddy(self.website)
        self.emailLabel.setBuddy(self.email)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.regency)
        QWidget.setTabOrder(self.regency, self.regencyCode)
        QWidget.setTabOrder(self.regencyCode, self.city)
        QWidget.setTabOrder(self.city, self.address)
        QWidget.setTabOrder(self.address, self.phone)
        QWidget.setTabOrder(self.phone, self.whatsapp)
        QWidget.setTabOrder(self.whatsapp, self.website)
        QWidget.setTabOrder(self.website, self.email)
        QWidget.setTabOrder(self.email, self.chooseLogoButton)
        QWidget.setTabOrder(self.chooseLogoButton, self.clearLogoButton)

        self.retranslateUi(OfficeProfileForm)

        QMetaObject.connectSlotsByName(OfficeProfileForm)
    # setupUi

    def retranslateUi(self, OfficeProfileForm):
        self.nameLabel.setText(QCoreApplication.translate("OfficeProfileForm", u"&Nama kantor", None))
        self.name.setPlaceholderText(QCoreApplication.translate("OfficeProfileForm", u"Dinas Kependudukan dan Pencatatan Sipil Kabupaten Bekasi", None))
        self.regencyLabel.setText(QCoreApplication.translate("OfficeProfileForm", u"&Kabupaten/kota", None))
        self.regency.setPlaceholderText(QCoreApplication.translate("OfficeProfileForm", u"Kabupaten Bekasi", None))
        self.regencyCodeLabel.setText(QCoreApplication.translate("OfficeProfileForm", u"Kode wila&yah", None))
        self.cityLabel.setText(QCoreApplication.translate("OfficeProfileForm", u"Kota &penandatanganan", None))
        self.city.setPlaceholderText(QCoreApplication.translate("OfficeProfileForm", u"Cikarang", None))
        self.addressLabel.setText(QCoreApplication.translate("OfficeProfileForm", u"&Alamat", None))
        self.address.setPlaceholderText(QCoreApplication.translate("OfficeProfileForm", u"Jl. ...", None))
        self.phoneLabel.setText(QCoreApplication.translate("OfficeProfileForm", u"&Telepon", None))
        self.phone.setPlaceholderText(QCoreApplication.translate("OfficeProfileForm", u"021-...", None))
        self.whatsappLabel.setText(QCoreApplication.translate("OfficeProfileForm", u"&WhatsApp", None))
        self.whatsapp.setPlaceholderText(QCoreApplication.translate("OfficeProfileForm", u"0812-...", None))
        self.websiteLabel.setText(QCoreApplication.translate("OfficeProfileForm", u"&Situs web", None))
        self.website.setPlaceholderText(QCoreApplication.translate("OfficeProfileForm", u"disdukcapil.bekasikab.go.id", None))
        self.emailLabel.setText(QCoreApplication.translate("OfficeProfileForm", u"&E-mail", None))
        self.email.setPlaceholderText(QCoreApplication.translate("OfficeProfileForm", u"disdukcapil@bekasikab.go.id", None))
        self.logoLabel.setText(QCoreApplication.translate("OfficeProfileForm", u"Logo", None))
        self.logoPreview.setText(QCoreApplication.translate("OfficeProfileForm", u"(tanpa logo)", None))
        self.chooseLogoButton.setText(QCoreApplication.translate("OfficeProfileForm", u"Pilih &logo\u2026", None))
        self.clearLogoButton.setText(QCoreApplication.translate("OfficeProfileForm", u"Hapus logo", None))
        self.logoHint.setText(QCoreApplication.translate("OfficeProfileForm", u"PNG atau JPEG, paling besar 1 MB.", None))
        pass
    # retranslateUi

