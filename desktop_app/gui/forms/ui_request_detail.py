# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'request_detail.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

from desktop_app.gui.widgets import DateTimeEdit

class Ui_RequestDetailDialog(object):
    def setupUi(self, RequestDetailDialog):
        if not RequestDetailDialog.objectName():
            RequestDetailDialog.setObjectName(u"RequestDetailDialog")
        RequestDetailDialog.resize(1100, 660)
        RequestDetailDialog.setSizeGripEnabled(True)
        self.mainLayout = QVBoxLayout(RequestDetailDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headLayout = QHBoxLayout()
        self.headLayout.setObjectName(u"headLayout")
        self.title = QLabel(RequestDetailDialog)
        self.title.setObjectName(u"title")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setProperty(u"role", u"heading")

        self.headLayout.addWidget(self.title)

        self.statusBadge = QLabel(RequestDetailDialog)
        self.statusBadge.setObjectName(u"statusBadge")

        self.headLayout.addWidget(self.statusBadge)

        self.headSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headLayout.addItem(self.headSpacer)


        self.mainLayout.addLayout(self.headLayout)

        self.facts = QLabel(RequestDetailDialog)
        self.facts.setObjectName(u"facts")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.facts)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setSpacing(12)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.fieldsBox = QGroupBox(RequestDetailDialog)
        self.fieldsBox.setObjectName(u"fieldsBox")
        self.formLayout = QFormLayout(self.fieldsBox)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setVerticalSpacing(4)
        self.channelLabel = QLabel(self.fieldsBox)
        self.channelLabel.setObjectName(u"channelLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channel = QComboBox(self.fieldsBox)
        self.channel.setObjectName(u"channel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.channel)

        self.serviceLabel = QLabel(self.fieldsBox)
        self.serviceLabel.setObjectName(u"serviceLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.serviceLabel)

        self.service = QComboBox(self.fieldsBox)
        self.service.setObjectName(u"service")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.service)

        self.receivedLabel = QLabel(self.fieldsBox)
        self.receivedLabel.setObjectName(u"receivedLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.receivedLabel)

        self.received = DateTimeEdit(self.fieldsBox)
        self.received.setObjectName(u"received")
        self.received.setDisplayFormat(u"dd/MM/yyyy HH:mm")
        self.received.setCalendarPopup(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.received)

        self.nameLabel = QLabel(self.fieldsBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(self.fieldsBox)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(200)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.name)

        self.nikLabel = QLabel(self.fieldsBox)
        self.nikLabel.setObjectName(u"nikLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.nikLabel)

        self.nikLayout = QVBoxLayout()
        self.nikLayout.setSpacing(1)
        self.nikLayout.setObjectName(u"nikLayout")
        self.nik = QLineEdit(self.fieldsBox)
        self.nik.setObjectName(u"nik")
        self.nik.setMaxLength(40)

        self.nikLayout.addWidget(self.nik)

        self.nikInfo = QLabel(self.fieldsBox)
        self.nikInfo.setObjectName(u"nikInfo")
        self.nikInfo.setWordWrap(True)

        self.nikLayout.addWidget(self.nikInfo)


        self.formLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.nikLayout)

        self.kkLabel = QLabel(self.fieldsBox)
        self.kkLabel.setObjectName(u"kkLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.kkLabel)

        self.kkLayout = QVBoxLayout()
        self.kkLayout.setSpacing(1)
        self.kkLayout.setObjectName(u"kkLayout")
        self.kk = QLineEdit(self.fieldsBox)
        self.kk.setObjectName(u"kk")
        self.kk.setMaxLength(40)

        self.kkLayout.addWidget(self.kk)

        self.kkInfo = QLabel(self.fieldsBox)
        self.kkInfo.setObjectName(u"kkInfo")
        self.kkInfo.setWordWrap(True)

        self.kkLayout.addWidget(self.kkInfo)


        self.formLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.kkLayout)

        self.phoneLabel = QLabel(self.fieldsBox)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneLayout = QVBoxLayout()
        self.phoneLayout.setSpacing(1)
        self.phoneLayout.setObjectName(u"phoneLayout")
        self.phone = QLineEdit(self.fieldsBox)
        self.phone.setObjectName(u"phone")
        self.phone.setMaxLength(40)

        self.phoneLayout.addWidget(self.phone)

        self.phoneInfo = QLabel(self.fieldsBox)
        self.phoneInfo.setObjectName(u"phoneInfo")
        self.phoneInfo.setWordWrap(True)

        self.phoneLayout.addWidget(self.phoneInfo)


        self.formLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.phoneLayout)

        self.emailLabel = QLabel(self.fieldsBox)
        self.emailLabel.setObjectName(u"emailLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.email = QLineEdit(self.fieldsBox)
        self.email.setObjectName(u"email")
        self.email.setMaxLength(200)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.email)

        self.notesLabel = QLabel(self.fieldsBox)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(self.fieldsBox)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumSize(QSize(16777215, 72))

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notes)

        self.externalRefLabel = QLabel(self.fieldsBox)
        self.externalRefLabel.setObjectName(u"externalRefLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.externalRefLabel)

        self.externalRef = QLineEdit(self.fieldsBox)
        self.externalRef.setObjectName(u"externalRef")
        self.externalRef.setMaxLength(100)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.externalRef)

        self.editError = QLabel(self.fieldsBox)
        self.editError.setObjectName(u"editError")
        self.editError.setWordWrap(True)
        self.editError.setProperty(u"role", u"error")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.SpanningRole, self.editError)

        self.saveChanges = QPushButton(self.fieldsBox)
        self.saveChanges.setObjectName(u"saveChanges")
        self.saveChanges.setAutoDefault(False)

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.saveChanges)


        self.columnsLayout.addWidget(self.fieldsBox)

        self.rightLayout = QVBoxLayout()
        self.rightLayout.setObjectName(u"rightLayout")
        self.actionsBox = QGroupBox(RequestDetailDialog)
        self.actionsBox.setObjectName(u"actionsBox")
        self.actionsLayout = QVBoxLayout(self.actionsBox)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.statusRow = QHBoxLayout()
        self.statusRow.setObjectName(u"statusRow")
        self.toDiproses = QPushButton(self.actionsBox)
        self.toDiproses.setObjectName(u"toDiproses")
        self.toDiproses.setAutoDefault(False)

        self.statusRow.addWidget(self.toDiproses)

        self.toMenungguBerkas = QPushButton(self.actionsBox)
        self.toMenungguBerkas.setObjectName(u"toMenungguBerkas")
        self.toMenungguBerkas.setAutoDefault(False)

        self.statusRow.addWidget(self.toMenungguBerkas)

        self.toSelesai = QPushButton(self.actionsBox)
        self.toSelesai.setObjectName(u"toSelesai")
        self.toSelesai.setAutoDefault(False)

        self.statusRow.addWidget(self.toSelesai)

        self.toDitolak = QPushButton(self.actionsBox)
        self.toDitolak.setObjectName(u"toDitolak")
        self.toDitolak.setAutoDefault(False)

        self.statusRow.addWidget(self.toDitolak)

        self.statusSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statusRow.addItem(self.statusSpacer)


        self.actionsLayout.addLayout(self.statusRow)

        self.assignRow = QHBoxLayout()
        self.assignRow.setObjectName(u"assignRow")
        self.takeButton = QPushButton(self.actionsBox)
        self.takeButton.setObjectName(u"takeButton")
        self.takeButton.setAutoDefault(False)

        self.assignRow.addWidget(self.takeButton)

        self.officer = QComboBox(self.actionsBox)
        self.officer.setObjectName(u"officer")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.officer.sizePolicy().hasHeightForWidth())
        self.officer.setSizePolicy(sizePolicy)

        self.assignRow.addWidget(self.officer)

        self.assignButton = QPushButton(self.actionsBox)
        self.assignButton.setObjectName(u"assignButton")
        self.assignButton.setAutoDefault(False)

        self.assignRow.addWidget(self.assignButton)


        self.actionsLayout.addLayout(self.assignRow)


        self.rightLayout.addWidget(self.actionsBox)

        self.tabs = QTabWidget(RequestDetailDialog)
        self.tabs.setObjectName(u"tabs")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.history = QTableWidget(self.historyTab)
        if (self.history.columnCount() < 4):
            self.history.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.history.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.history.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.history.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.history.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.history.setObjectName(u"history")
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.setWordWrap(False)
        self.history.setTabKeyNavigation(False)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.verticalHeader().setVisible(False)

        self.historyLayout.addWidget(self.history)

        self.eventText = QPlainTextEdit(self.historyTab)
        self.eventText.setObjectName(u"eventText")
        self.eventText.setReadOnly(True)
        self.eventText.setTabChangesFocus(True)
        self.eventText.setMaximumSize(QSize(16777215, 110))

        self.historyLayout.addWidget(self.eventText)

        self.tabs.addTab(self.historyTab, "")
        self.replyTab = QWidget()
        self.replyTab.setObjectName(u"replyTab")
        self.replyLayout = QVBoxLayout(self.replyTab)
        self.replyLayout.setObjectName(u"replyLayout")
        self.message = QPlainTextEdit(self.replyTab)
        self.message.setObjectName(u"message")
        self.message.setTabChangesFocus(True)

        self.replyLayout.addWidget(self.message)

        self.replyButtons = QHBoxLayout()
        self.replyButtons.setObjectName(u"replyButtons")
        self.copyButton = QPushButton(self.replyTab)
        self.copyButton.setObjectName(u"copyButton")
        self.copyButton.setAutoDefault(False)

        self.replyButtons.addWidget(self.copyButton)

        self.openWaButton = QPushButton(self.replyTab)
        self.openWaButton.setObjectName(u"openWaButton")
        self.openWaButton.setAutoDefault(False)

        self.replyButtons.addWidget(self.openWaButton)

        self.waNote = QLabel(self.replyTab)
        self.waNote.setObjectName(u"waNote")
        self.waNote.setWordWrap(True)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.waNote.sizePolicy().hasHeightForWidth())
        self.waNote.setSizePolicy(sizePolicy1)
        self.waNote.setProperty(u"role", u"hint")

        self.replyButtons.addWidget(self.waNote)


        self.replyLayout.addLayout(self.replyButtons)

        self.tabs.addTab(self.replyTab, "")

        self.rightLayout.addWidget(self.tabs)


        self.columnsLayout.addLayout(self.rightLayout)

        self.columnsLayout.setStretch(0, 4)
        self.columnsLayout.setStretch(1, 6)

        self.mainLayout.addLayout(self.columnsLayout)

        self.buttons = QDialogButtonBox(RequestDetailDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttons)

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
        QWidget.setTabOrder(self.externalRef, self.saveChanges)
        QWidget.setTabOrder(self.saveChanges, self.toDiproses)
        QWidget.setTabOrder(self.toDiproses, self.toMenungguBerkas)
        QWidget.setTabOrder(self.toMenungguBerkas, self.toSelesai)
        QWidget.setTabOrder(self.toSelesai, self.toDitolak)
        QWidget.setTabOrder(self.toDitolak, self.takeButton)
        QWidget.setTabOrder(self.takeButton, self.officer)
        QWidget.setTabOrder(self.officer, self.assignButton)
        QWidget.setTabOrder(self.assignButton, self.tabs)
        QWidget.setTabOrder(self.tabs, self.history)
        QWidget.setTabOrder(self.history, self.eventText)
        QWidget.setTabOrder(self.eventText, self.message)
        QWidget.setTabOrder(self.message, self.copyButton)
        QWidget.setTabOrder(self.copyButton, self.openWaButton)
        QWidget.setTabOrder(self.openWaButton, self.buttons)

        self.retranslateUi(RequestDetailDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(RequestDetailDialog)
    # setupUi

    def retranslateUi(self, RequestDetailDialog):
        RequestDetailDialog.setWindowTitle(QCoreApplication.translate("RequestDetailDialog", u"Permohonan", None))
#if QT_CONFIG(accessibility)
        self.statusBadge.setAccessibleName(QCoreApplication.translate("RequestDetailDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.fieldsBox.setTitle(QCoreApplication.translate("RequestDetailDialog", u"Data permohonan", None))
        self.channelLabel.setText(QCoreApplication.translate("RequestDetailDialog", u"&Kanal", None))
#if QT_CONFIG(accessibility)
        self.channel.setAccessibleName(QCoreApplication.translate("RequestDetailDialog", u"Kanal", None))
#endif // QT_CONFIG(accessibility)
        self.serviceLabel.setText(QCoreApplication.translate("RequestDetailDialog", u"La&yanan", None))
#if QT_CONFIG(accessibility)
        self.service.setAccessibleName(QCoreApplication.translate("RequestDetailDialog", u"Layanan", None))
#endif // QT_CONFIG(accessibility)
        self.receivedLabel.setText(QCoreApplication.translate("RequestDetailDialog", u"&Diterima", None))
#if QT_CONFIG(accessibility)
        self.received.setAccessibleName(QCoreApplication.translate("RequestDetailDialog", u"Waktu diterima", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("RequestDetailDialog", u"&Nama", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("RequestDetailDialog", u"Nama pemohon", None))
#endif // QT_CONFIG(accessibility)
        self.nikLabel.setText(QCoreApplication.translate("RequestDetailDialog", u"N&IK", None))
#if QT_CONFIG(accessibility)
        self.nik.setAccessibleName(QCoreApplication.translate("RequestDetailDialog", u"NIK", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.nikInfo.setAccessibleName(QCoreApplication.translate("RequestDetailDialog", u"Keterangan NIK", None))
#endif // QT_CONFIG(accessibility)
        self.kkLabel.setText(QCoreApplication.translate("RequestDetailDialog", u"N&omor KK", None))
#if QT_CONFIG(accessibility)
        self.kk.setAccessibleName(QCoreApplication.translate("RequestDetailDialog", u"Nomor KK", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.kkInfo.setAccessibleName(QCoreApplication.translate("RequestDetailDialog", u"Keterangan nomor KK", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("RequestDetailDialog", u"No. W&hatsApp", None))
#if QT_CONFIG(accessibility)
        self.phone.setAccessibleName(QCoreApplication.translate("RequestDetailDialog", u"Nomor WhatsApp", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.phoneInfo.setAccessibleName(QCoreApplication.translate("RequestDetailDialog", u"Keterangan nomor WhatsApp", None))
#endif // QT_CONFIG(accessibility)
        self.emailLabel.setText(QCoreApplication.translate("RequestDetailDialog", u"&E-mail", None))
#if QT_CONFIG(accessibility)
        self.email.setAccessibleName(QCoreApplication.translate("RequestDetailDialog", u"E-mail", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("RequestDetailDialog", u"Keteran&gan", None))
#if QT_CONFIG(accessibility)
        self.notes.setAccessibleName(QCoreApplication.translate("RequestDetailDialog", u"Keterangan", None))
#endif // QT_CONFIG(accessibility)
        self.externalRefLabel.setText(QCoreApplication.translate("RequestDetailDialog", u"&Referensi", None))
#if QT_CONFIG(accessibility)
        self.externalRef.setAccessibleName(QCoreApplication.translate("RequestDetailDialog", u"Referensi", None))
#endif // QT_CONFIG(accessibility)
        self.saveChanges.setText(QCoreApplication.translate("RequestDetailDialog", u"Simpan perub&ahan", None))
#if QT_CONFIG(tooltip)
        self.saveChanges.setToolTip(QCoreApplication.translate("RequestDetailDialog", u"Simpan data yang diubah (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.actionsBox.setTitle(QCoreApplication.translate("RequestDetailDialog", u"Tindakan", None))
        self.toDiproses.setText(QCoreApplication.translate("RequestDetailDialog", u"&Proses", None))
        self.toMenungguBerkas.setText(QCoreApplication.translate("RequestDetailDialog", u"&Menunggu berkas\u2026", None))
        self.toSelesai.setText(QCoreApplication.translate("RequestDetailDialog", u"&Selesai\u2026", None))
        self.toDitolak.setText(QCoreApplication.translate("RequestDetailDialog", u"&Tolak\u2026", None))
        self.takeButton.setText(QCoreApplication.translate("RequestDetailDialog", u"Tangani sendiri", None))
#if QT_CONFIG(tooltip)
        self.takeButton.setToolTip(QCoreApplication.translate("RequestDetailDialog", u"Jadikan permohonan ini tugas Anda", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.officer.setAccessibleName(QCoreApplication.translate("RequestDetailDialog", u"Petugas yang ditugaskan", None))
#endif // QT_CONFIG(accessibility)
        self.assignButton.setText(QCoreApplication.translate("RequestDetailDialog", u"Tugaskan", None))
#if QT_CONFIG(tooltip)
        self.assignButton.setToolTip(QCoreApplication.translate("RequestDetailDialog", u"Serahkan permohonan ini kepada petugas yang dipilih", None))
#endif // QT_CONFIG(tooltip)
        ___qtablewidgetitem = self.history.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("RequestDetailDialog", u"Waktu", None))
        ___qtablewidgetitem1 = self.history.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("RequestDetailDialog", u"Oleh", None))
        ___qtablewidgetitem2 = self.history.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("RequestDetailDialog", u"Kejadian", None))
        ___qtablewidgetitem3 = self.history.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("RequestDetailDialog", u"Catatan", None))
#if QT_CONFIG(accessibility)
        self.history.setAccessibleName(QCoreApplication.translate("RequestDetailDialog", u"Riwayat permohonan", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.eventText.setAccessibleName(QCoreApplication.translate("RequestDetailDialog", u"Isi lengkap kejadian yang dipilih", None))
#endif // QT_CONFIG(accessibility)
        self.eventText.setPlaceholderText(QCoreApplication.translate("RequestDetailDialog", u"Pilih baris riwayat untuk membaca catatan atau pesan lengkapnya.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("RequestDetailDialog", u"Ri&wayat", None))
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("RequestDetailDialog", u"Balasan untuk pemohon", None))
#endif // QT_CONFIG(accessibility)
        self.copyButton.setText(QCoreApplication.translate("RequestDetailDialog", u"Sa&lin balasan", None))
        self.openWaButton.setText(QCoreApplication.translate("RequestDetailDialog", u"&Buka WhatsApp", None))
        self.tabs.setTabText(self.tabs.indexOf(self.replyTab), QCoreApplication.translate("RequestDetailDialog", u"Balasan untuk pemohon", None))
    # retranslateUi

