# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'legal_entry.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_LegalEntryDialog(object):
    def setupUi(self, LegalEntryDialog):
        if not LegalEntryDialog.objectName():
            LegalEntryDialog.setObjectName(u"LegalEntryDialog")
        LegalEntryDialog.resize(900, 640)
        self.mainLayout = QVBoxLayout(LegalEntryDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.heading = QLabel(LegalEntryDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setProperty(u"role", u"heading")

        self.mainLayout.addWidget(self.heading)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.formLayout.setHorizontalSpacing(12)
        self.applicantNameLabel = QLabel(LegalEntryDialog)
        self.applicantNameLabel.setObjectName(u"applicantNameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.applicantNameLabel)

        self.applicantName = QLineEdit(LegalEntryDialog)
        self.applicantName.setObjectName(u"applicantName")
        self.applicantName.setMaxLength(200)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.applicantName)

        self.nikLabel = QLabel(LegalEntryDialog)
        self.nikLabel.setObjectName(u"nikLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nikLabel)

        self.nikLayout = QHBoxLayout()
        self.nikLayout.setSpacing(8)
        self.nikLayout.setObjectName(u"nikLayout")
        self.nik = QLineEdit(LegalEntryDialog)
        self.nik.setObjectName(u"nik")
        self.nik.setMaxLength(32)
        self.nik.setMinimumWidth(190)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.nik.sizePolicy().hasHeightForWidth())
        self.nik.setSizePolicy(sizePolicy)

        self.nikLayout.addWidget(self.nik)

        self.nikInfo = QLabel(LegalEntryDialog)
        self.nikInfo.setObjectName(u"nikInfo")
        self.nikInfo.setProperty(u"role", u"hint")
        self.nikInfo.setWordWrap(True)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.nikInfo.sizePolicy().hasHeightForWidth())
        self.nikInfo.setSizePolicy(sizePolicy1)

        self.nikLayout.addWidget(self.nikInfo)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.nikLayout)

        self.phoneLabel = QLabel(LegalEntryDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneLayout = QHBoxLayout()
        self.phoneLayout.setSpacing(8)
        self.phoneLayout.setObjectName(u"phoneLayout")
        self.phone = QLineEdit(LegalEntryDialog)
        self.phone.setObjectName(u"phone")
        self.phone.setMaxLength(32)
        self.phone.setMinimumWidth(190)
        sizePolicy.setHeightForWidth(self.phone.sizePolicy().hasHeightForWidth())
        self.phone.setSizePolicy(sizePolicy)

        self.phoneLayout.addWidget(self.phone)

        self.phoneInfo = QLabel(LegalEntryDialog)
        self.phoneInfo.setObjectName(u"phoneInfo")
        self.phoneInfo.setProperty(u"role", u"hint")
        sizePolicy1.setHeightForWidth(self.phoneInfo.sizePolicy().hasHeightForWidth())
        self.phoneInfo.setSizePolicy(sizePolicy1)

        self.phoneLayout.addWidget(self.phoneInfo)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.phoneLayout)

        self.purposeLabel = QLabel(LegalEntryDialog)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purposeLayout = QHBoxLayout()
        self.purposeLayout.setSpacing(8)
        self.purposeLayout.setObjectName(u"purposeLayout")
        self.purpose = QComboBox(LegalEntryDialog)
        self.purpose.setObjectName(u"purpose")
        self.purpose.setMinimumWidth(190)

        self.purposeLayout.addWidget(self.purpose)

        self.purposeOther = QLineEdit(LegalEntryDialog)
        self.purposeOther.setObjectName(u"purposeOther")
        self.purposeOther.setMaxLength(120)

        self.purposeLayout.addWidget(self.purposeOther)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.purposeLayout)

        self.recruitmentNoLabel = QLabel(LegalEntryDialog)
        self.recruitmentNoLabel.setObjectName(u"recruitmentNoLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.recruitmentNoLabel)

        self.recruitmentNo = QLineEdit(LegalEntryDialog)
        self.recruitmentNo.setObjectName(u"recruitmentNo")
        self.recruitmentNo.setMaxLength(80)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.recruitmentNo)

        self.officialLabel = QLabel(LegalEntryDialog)
        self.officialLabel.setObjectName(u"officialLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.officialLabel)

        self.officialLayout = QHBoxLayout()
        self.officialLayout.setSpacing(8)
        self.officialLayout.setObjectName(u"officialLayout")
        self.official = QComboBox(LegalEntryDialog)
        self.official.setObjectName(u"official")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy2.setHorizontalStretch(1)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.official.sizePolicy().hasHeightForWidth())
        self.official.setSizePolicy(sizePolicy2)

        self.officialLayout.addWidget(self.official)

        self.officialHint = QLabel(LegalEntryDialog)
        self.officialHint.setObjectName(u"officialHint")
        self.officialHint.setProperty(u"role", u"error")
        self.officialHint.setWordWrap(True)
        sizePolicy3 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy3.setHorizontalStretch(2)
        sizePolicy3.setVerticalStretch(0)
        sizePolicy3.setHeightForWidth(self.officialHint.sizePolicy().hasHeightForWidth())
        self.officialHint.setSizePolicy(sizePolicy3)

        self.officialLayout.addWidget(self.officialHint)


        self.formLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.officialLayout)


        self.mainLayout.addLayout(self.formLayout)

        self.documentsHeaderLayout = QHBoxLayout()
        self.documentsHeaderLayout.setObjectName(u"documentsHeaderLayout")
        self.documentsLabel = QLabel(LegalEntryDialog)
        self.documentsLabel.setObjectName(u"documentsLabel")
        self.documentsLabel.setProperty(u"role", u"subheading")

        self.documentsHeaderLayout.addWidget(self.documentsLabel)

        self.documentsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.documentsHeaderLayout.addItem(self.documentsSpacer)

        self.addDocument = QPushButton(LegalEntryDialog)
        self.addDocument.setObjectName(u"addDocument")
        self.addDocument.setAutoDefault(False)

        self.documentsHeaderLayout.addWidget(self.addDocument)

        self.removeDocument = QPushButton(LegalEntryDialog)
        self.removeDocument.setObjectName(u"removeDocument")
        self.removeDocument.setAutoDefault(False)

        self.documentsHeaderLayout.addWidget(self.removeDocument)


        self.mainLayout.addLayout(self.documentsHeaderLayout)

        self.documents = QTableWidget(LegalEntryDialog)
        if (self.documents.columnCount() < 6):
            self.documents.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.documents.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.documents.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.documents.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.documents.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.documents.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.documents.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.documents.setObjectName(u"documents")
        self.documents.setColumnCount(6)
        self.documents.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.documents.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.documents.setTabKeyNavigation(False)
        self.documents.setAlternatingRowColors(False)
        self.documents.horizontalHeader().setStretchLastSection(True)
        self.documents.verticalHeader().setVisible(True)

        self.mainLayout.addWidget(self.documents)

        self.keyboardHint = QLabel(LegalEntryDialog)
        self.keyboardHint.setObjectName(u"keyboardHint")
        self.keyboardHint.setProperty(u"role", u"hint")
        self.keyboardHint.setWordWrap(True)

        self.mainLayout.addWidget(self.keyboardHint)

        self.errorLabel = QLabel(LegalEntryDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setProperty(u"role", u"error")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(LegalEntryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.applicantNameLabel.setBuddy(self.applicantName)
        self.nikLabel.setBuddy(self.nik)
        self.phoneLabel.setBuddy(self.phone)
        self.purposeLabel.setBuddy(self.purpose)
        self.recruitmentNoLabel.setBuddy(self.recruitmentNo)
        self.officialLabel.setBuddy(self.official)
        self.documentsLabel.setBuddy(self.documents)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.applicantName, self.nik)
        QWidget.setTabOrder(self.nik, self.phone)
        QWidget.setTabOrder(self.phone, self.purpose)
        QWidget.setTabOrder(self.purpose, self.purposeOther)
        QWidget.setTabOrder(self.purposeOther, self.recruitmentNo)
        QWidget.setTabOrder(self.recruitmentNo, self.official)
        QWidget.setTabOrder(self.official, self.addDocument)
        QWidget.setTabOrder(self.addDocument, self.removeDocument)
        QWidget.setTabOrder(self.removeDocument, self.documents)

        self.retranslateUi(LegalEntryDialog)

        QMetaObject.connectSlotsByName(LegalEntryDialog)
    # setupUi

    def retranslateUi(self, LegalEntryDialog):
        LegalEntryDialog.setWindowTitle(QCoreApplication.translate("LegalEntryDialog", u"Entri legalisir baru", None))
        self.heading.setText(QCoreApplication.translate("LegalEntryDialog", u"Entri legalisir baru", None))
        self.applicantNameLabel.setText(QCoreApplication.translate("LegalEntryDialog", u"&Nama pemohon", None))
        self.applicantName.setPlaceholderText(QCoreApplication.translate("LegalEntryDialog", u"Nama lengkap sesuai KTP", None))
        self.nikLabel.setText(QCoreApplication.translate("LegalEntryDialog", u"NI&K", None))
        self.nik.setPlaceholderText(QCoreApplication.translate("LegalEntryDialog", u"16 digit", None))
        self.phoneLabel.setText(QCoreApplication.translate("LegalEntryDialog", u"Nomor &WhatsApp", None))
        self.phone.setPlaceholderText(QCoreApplication.translate("LegalEntryDialog", u"0812-3456-7890", None))
        self.purposeLabel.setText(QCoreApplication.translate("LegalEntryDialog", u"Kep&erluan", None))
        self.purposeOther.setPlaceholderText(QCoreApplication.translate("LegalEntryDialog", u"Sebutkan keperluan lainnya", None))
        self.recruitmentNoLabel.setText(QCoreApplication.translate("LegalEntryDialog", u"No. pendaft&aran", None))
        self.recruitmentNo.setPlaceholderText(QCoreApplication.translate("LegalEntryDialog", u"Nomor pendaftaran seleksi TNI/Polri (jika ada)", None))
        self.officialLabel.setText(QCoreApplication.translate("LegalEntryDialog", u"&Penanda tangan", None))
        self.documentsLabel.setText(QCoreApplication.translate("LegalEntryDialog", u"&Dokumen yang dilegalisir", None))
        self.addDocument.setText(QCoreApplication.translate("LegalEntryDialog", u"&Tambah dokumen", None))
        self.removeDocument.setText(QCoreApplication.translate("LegalEntryDialog", u"&Hapus dokumen", None))
        ___qtablewidgetitem = self.documents.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("LegalEntryDialog", u"Jenis dokumen", None))
        ___qtablewidgetitem1 = self.documents.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("LegalEntryDialog", u"Nama dokumen (jika lainnya)", None))
        ___qtablewidgetitem2 = self.documents.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("LegalEntryDialog", u"Nomor dokumen", None))
        ___qtablewidgetitem3 = self.documents.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("LegalEntryDialog", u"Salinan", None))
        ___qtablewidgetitem4 = self.documents.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("LegalEntryDialog", u"Ber-TTE", None))
        ___qtablewidgetitem5 = self.documents.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("LegalEntryDialog", u"Pindaian (opsional)", None))
        self.keyboardHint.setText(QCoreApplication.translate("LegalEntryDialog", u"Ctrl+T menambah baris dokumen, Ctrl+Shift+Del menghapus baris yang sedang diisi. Pindaian: PDF, JPEG atau PNG.", None))
    # retranslateUi

