# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'request_intake.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

from desktop_app.gui.widgets import DateTimeEdit

class Ui_RequestIntakeDialog(object):
    def setupUi(self, RequestIntakeDialog):
        if not RequestIntakeDialog.objectName():
            RequestIntakeDialog.setObjectName(u"RequestIntakeDialog")
        RequestIntakeDialog.resize(1040, 640)
        RequestIntakeDialog.setSizeGripEnabled(True)
        self.mainLayout = QVBoxLayout(RequestIntakeDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setSpacing(18)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.channelLabel = QLabel(RequestIntakeDialog)
        self.channelLabel.setObjectName(u"channelLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channel = QComboBox(RequestIntakeDialog)
        self.channel.setObjectName(u"channel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.channel)

        self.serviceLabel = QLabel(RequestIntakeDialog)
        self.serviceLabel.setObjectName(u"serviceLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.serviceLabel)

        self.service = QComboBox(RequestIntakeDialog)
        self.service.setObjectName(u"service")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.service)

        self.receivedLabel = QLabel(RequestIntakeDialog)
        self.receivedLabel.setObjectName(u"receivedLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.receivedLabel)

        self.received = DateTimeEdit(RequestIntakeDialog)
        self.received.setObjectName(u"received")
        self.received.setDisplayFormat(u"dd/MM/yyyy HH:mm")
        self.received.setCalendarPopup(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.received)

        self.nameLabel = QLabel(RequestIntakeDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(RequestIntakeDialog)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(200)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.name)

        self.nikLabel = QLabel(RequestIntakeDialog)
        self.nikLabel.setObjectName(u"nikLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.nikLabel)

        self.nikLayout = QVBoxLayout()
        self.nikLayout.setSpacing(2)
        self.nikLayout.setObjectName(u"nikLayout")
        self.nik = QLineEdit(RequestIntakeDialog)
        self.nik.setObjectName(u"nik")
        self.nik.setMaxLength(40)

        self.nikLayout.addWidget(self.nik)

        self.nikInfo = QLabel(RequestIntakeDialog)
        self.nikInfo.setObjectName(u"nikInfo")
        self.nikInfo.setWordWrap(True)

        self.nikLayout.addWidget(self.nikInfo)


        self.formLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.nikLayout)

        self.kkLabel = QLabel(RequestIntakeDialog)
        self.kkLabel.setObjectName(u"kkLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.kkLabel)

        self.kkLayout = QVBoxLayout()
        self.kkLayout.setSpacing(2)
        self.kkLayout.setObjectName(u"kkLayout")
        self.kk = QLineEdit(RequestIntakeDialog)
        self.kk.setObjectName(u"kk")
        self.kk.setMaxLength(40)

        self.kkLayout.addWidget(self.kk)

        self.kkInfo = QLabel(RequestIntakeDialog)
        self.kkInfo.setObjectName(u"kkInfo")
        self.kkInfo.setWordWrap(True)

        self.kkLayout.addWidget(self.kkInfo)


        self.formLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.kkLayout)

        self.phoneLabel = QLabel(RequestIntakeDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneLayout = QVBoxLayout()
        self.phoneLayout.setSpacing(2)
        self.phoneLayout.setObjectName(u"phoneLayout")
        self.phone = QLineEdit(RequestIntakeDialog)
        self.phone.setObjectName(u"phone")
        self.phone.setMaxLength(40)

        self.phoneLayout.addWidget(self.phone)

        self.phoneInfo = QLabel(RequestIntakeDialog)
        self.phoneInfo.setObjectName(u"phoneInfo")
        self.phoneInfo.setWordWrap(True)

        self.phoneLayout.addWidget(self.phoneInfo)


        self.formLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.phoneLayout)

        self.emailLabel = QLabel(RequestIntakeDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.email = QLineEdit(RequestIntakeDialog)
        self.email.setObjectName(u"email")
        self.email.setMaxLength(200)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.email)

        self.notesLabel = QLabel(RequestIntakeDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(RequestIntakeDialog)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumSize(QSize(16777215, 90))

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notes)

        self.externalRefLabel = QLabel(RequestIntakeDialog)
        self.externalRefLabel.setObjectName(u"externalRefLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.externalRefLabel)

        self.externalRef = QLineEdit(RequestIntakeDialog)
        self.externalRef.setObjectName(u"externalRef")
        self.externalRef.setMaxLength(100)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.externalRef)


        self.columnsLayout.addLayout(self.formLayout)

        self.pasteBox = QGroupBox(RequestIntakeDialog)
        self.pasteBox.setObjectName(u"pasteBox")
        self.pasteBox.setMinimumSize(QSize(300, 0))
        self.pasteBox.setMaximumSize(QSize(360, 16777215))
        self.pasteLayout = QVBoxLayout(self.pasteBox)
        self.pasteLayout.setObjectName(u"pasteLayout")
        self.pasteHint = QLabel(self.pasteBox)
        self.pasteHint.setObjectName(u"pasteHint")
        self.pasteHint.setWordWrap(True)
        self.pasteHint.setProperty(u"role", u"hint")

        self.pasteLayout.addWidget(self.pasteHint)

        self.pasteText = QPlainTextEdit(self.pasteBox)
        self.pasteText.setObjectName(u"pasteText")
        self.pasteText.setTabChangesFocus(True)

        self.pasteLayout.addWidget(self.pasteText)

        self.pasteFill = QPushButton(self.pasteBox)
        self.pasteFill.setObjectName(u"pasteFill")
        self.pasteFill.setAutoDefault(False)

        self.pasteLayout.addWidget(self.pasteFill)

        self.pasteResult = QLabel(self.pasteBox)
        self.pasteResult.setObjectName(u"pasteResult")
        self.pasteResult.setWordWrap(True)
        self.pasteResult.setProperty(u"role", u"hint")

        self.pasteLayout.addWidget(self.pasteResult)


        self.columnsLayout.addWidget(self.pasteBox)


        self.mainLayout.addLayout(self.columnsLayout)

        self.formError = QLabel(RequestIntakeDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setProperty(u"role", u"error")

        self.mainLayout.addWidget(self.formError)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.keyHint = QLabel(RequestIntakeDialog)
        self.keyHint.setObjectName(u"keyHint")
        self.keyHint.setProperty(u"role", u"hint")

        self.buttonLayout.addWidget(self.keyHint)

        self.buttons = QDialogButtonBox(RequestIntakeDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.buttonLayout.addWidget(self.buttons)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.channelLabel.setBuddy(self.channel)
        self.serviceLabel.setBuddy(self.service)
        self.receivedLabel.setBuddy(self.received)
        self.nameLabel.setBuddy(self.name)
        self.nikLabel.setBuddy(self.nik)
        self.kkLabel.setBuddy(self.kk)
        self.phoneLabel.setBuddy(self.phone)
        self.emailLabel.setBuddy(self.email)
        self.notesLabel.setBuddy(self.notes)
        self.externalRefLabel.setBuddy(self.externalRef)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.channel, self.service)
        QWidget.setTabOrder(self.service, self.received)
        QWidget.setTabOrder(self.received, self.name)
        QWidget.setTabOrder(self.name, self.nik)
        QWidget.setTabOrder(self.nik, self.kk)
        QWidget.setTabOrder(self.kk, self.phone)
        QWidget.setTabOrder(self.phone, self.email)
        QWidget.setTabOrder(self.email, self.notes)
        QWidget.setTabOrder(self.notes, self.externalRef)
        QWidget.setTabOrder(self.externalRef, self.pasteText)
        QWidget.setTabOrder(self.pasteText, self.pasteFill)
        QWidget.setTabOrder(self.pasteFill, self.buttons)

        self.retranslateUi(RequestIntakeDialog)

        QMetaObject.connectSlotsByName(RequestIntakeDialog)
    # setupUi

    def retranslateUi(self, RequestIntakeDialog):
        RequestIntakeDialog.setWindowTitle(QCoreApplication.translate("RequestIntakeDialog", u"Permohonan baru", None))
        self.channelLabel.setText(QCoreApplication.translate("RequestIntakeDialog", u"&Kanal", None))
#if QT_CONFIG(accessibility)
        self.channel.setAccessibleName(QCoreApplication.translate("RequestIntakeDialog", u"Kanal", None))
#endif // QT_CONFIG(accessibility)
        self.serviceLabel.setText(QCoreApplication.translate("RequestIntakeDialog", u"&Layanan", None))
#if QT_CONFIG(accessibility)
        self.service.setAccessibleName(QCoreApplication.translate("RequestIntakeDialog", u"Layanan", None))
#endif // QT_CONFIG(accessibility)
        self.receivedLabel.setText(QCoreApplication.translate("RequestIntakeDialog", u"&Diterima", None))
#if QT_CONFIG(accessibility)
        self.received.setAccessibleName(QCoreApplication.translate("RequestIntakeDialog", u"Waktu diterima", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("RequestIntakeDialog", u"&Nama", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("RequestIntakeDialog", u"Nama pemohon", None))
#endif // QT_CONFIG(accessibility)
        self.name.setPlaceholderText(QCoreApplication.translate("RequestIntakeDialog", u"Nama sesuai KTP/KK", None))
        self.nikLabel.setText(QCoreApplication.translate("RequestIntakeDialog", u"N&IK", None))
#if QT_CONFIG(accessibility)
        self.nik.setAccessibleName(QCoreApplication.translate("RequestIntakeDialog", u"NIK", None))
#endif // QT_CONFIG(accessibility)
        self.nik.setPlaceholderText(QCoreApplication.translate("RequestIntakeDialog", u"16 angka", None))
#if QT_CONFIG(accessibility)
        self.nikInfo.setAccessibleName(QCoreApplication.translate("RequestIntakeDialog", u"Keterangan NIK", None))
#endif // QT_CONFIG(accessibility)
        self.kkLabel.setText(QCoreApplication.translate("RequestIntakeDialog", u"N&omor KK", None))
#if QT_CONFIG(accessibility)
        self.kk.setAccessibleName(QCoreApplication.translate("RequestIntakeDialog", u"Nomor KK", None))
#endif // QT_CONFIG(accessibility)
        self.kk.setPlaceholderText(QCoreApplication.translate("RequestIntakeDialog", u"16 angka (boleh kosong)", None))
#if QT_CONFIG(accessibility)
        self.kkInfo.setAccessibleName(QCoreApplication.translate("RequestIntakeDialog", u"Keterangan nomor KK", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("RequestIntakeDialog", u"No. &WhatsApp", None))
#if QT_CONFIG(accessibility)
        self.phone.setAccessibleName(QCoreApplication.translate("RequestIntakeDialog", u"Nomor WhatsApp", None))
#endif // QT_CONFIG(accessibility)
        self.phone.setPlaceholderText(QCoreApplication.translate("RequestIntakeDialog", u"0812-3456-7890", None))
#if QT_CONFIG(accessibility)
        self.phoneInfo.setAccessibleName(QCoreApplication.translate("RequestIntakeDialog", u"Keterangan nomor WhatsApp", None))
#endif // QT_CONFIG(accessibility)
        self.emailLabel.setText(QCoreApplication.translate("RequestIntakeDialog", u"&E-mail", None))
#if QT_CONFIG(accessibility)
        self.email.setAccessibleName(QCoreApplication.translate("RequestIntakeDialog", u"E-mail", None))
#endif // QT_CONFIG(accessibility)
        self.email.setPlaceholderText(QCoreApplication.translate("RequestIntakeDialog", u"boleh kosong", None))
        self.notesLabel.setText(QCoreApplication.translate("RequestIntakeDialog", u"Ke&terangan", None))
#if QT_CONFIG(accessibility)
        self.notes.setAccessibleName(QCoreApplication.translate("RequestIntakeDialog", u"Keterangan", None))
#endif // QT_CONFIG(accessibility)
        self.notes.setPlaceholderText(QCoreApplication.translate("RequestIntakeDialog", u"Isi permohonan singkat", None))
        self.externalRefLabel.setText(QCoreApplication.translate("RequestIntakeDialog", u"&Referensi", None))
#if QT_CONFIG(accessibility)
        self.externalRef.setAccessibleName(QCoreApplication.translate("RequestIntakeDialog", u"Referensi", None))
#endif // QT_CONFIG(accessibility)
        self.externalRef.setPlaceholderText(QCoreApplication.translate("RequestIntakeDialog", u"Nomor registrasi e-SIAK atau ID pesan WhatsApp", None))
        self.pasteBox.setTitle(QCoreApplication.translate("RequestIntakeDialog", u"Tempel dari WhatsApp", None))
        self.pasteHint.setText(QCoreApplication.translate("RequestIntakeDialog", u"Tempel pesan pemohon di sini (Ctrl+Shift+V dari jendela utama); layanan, NIK, nomor KK, nomor HP, nama dan waktu pesan diisikan otomatis.", None))
#if QT_CONFIG(accessibility)
        self.pasteText.setAccessibleName(QCoreApplication.translate("RequestIntakeDialog", u"Pesan WhatsApp pemohon", None))
#endif // QT_CONFIG(accessibility)
        self.pasteText.setPlaceholderText(QCoreApplication.translate("RequestIntakeDialog", u"Contoh: Nama saya Sri Wahyuni, NIK 3216064507880003, mau ubah KK\u2026", None))
        self.pasteFill.setText(QCoreApplication.translate("RequestIntakeDialog", u"Isi dari &pesan", None))
        self.keyHint.setText(QCoreApplication.translate("RequestIntakeDialog", u"Enter atau Ctrl+Enter: simpan \u00b7 Esc: tutup", None))
    # retranslateUi

