# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'association_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QFrame, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from asm_assoc.gui.widgets.date_edit import OptionalDateEdit

class Ui_AssociationDialog(object):
    def setupUi(self, AssociationDialog):
        if not AssociationDialog.objectName():
            AssociationDialog.setObjectName(u"AssociationDialog")
        AssociationDialog.resize(620, 560)
        self.dialogLayout = QVBoxLayout(AssociationDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.profileForm = QFormLayout()
        self.profileForm.setObjectName(u"profileForm")
        self.profileForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(AssociationDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.profileForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(AssociationDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.profileForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameMessage = QLabel(AssociationDialog)
        self.nameMessage.setObjectName(u"nameMessage")
        self.nameMessage.setText(u"")
        self.nameMessage.setWordWrap(True)

        self.profileForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameMessage)

        self.legalFormLabel = QLabel(AssociationDialog)
        self.legalFormLabel.setObjectName(u"legalFormLabel")

        self.profileForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.legalFormLabel)

        self.legalFormCombo = QComboBox(AssociationDialog)
        self.legalFormCombo.setObjectName(u"legalFormCombo")

        self.profileForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.legalFormCombo)

        self.legalFormMessage = QLabel(AssociationDialog)
        self.legalFormMessage.setObjectName(u"legalFormMessage")
        self.legalFormMessage.setText(u"")
        self.legalFormMessage.setWordWrap(True)

        self.profileForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.legalFormMessage)

        self.stateRegNoLabel = QLabel(AssociationDialog)
        self.stateRegNoLabel.setObjectName(u"stateRegNoLabel")

        self.profileForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.stateRegNoLabel)

        self.stateRegNoEdit = QLineEdit(AssociationDialog)
        self.stateRegNoEdit.setObjectName(u"stateRegNoEdit")
        self.stateRegNoEdit.setMaxLength(20)

        self.profileForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.stateRegNoEdit)

        self.stateRegNoMessage = QLabel(AssociationDialog)
        self.stateRegNoMessage.setObjectName(u"stateRegNoMessage")
        self.stateRegNoMessage.setText(u"")
        self.stateRegNoMessage.setWordWrap(True)

        self.profileForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.stateRegNoMessage)

        self.directorLabel = QLabel(AssociationDialog)
        self.directorLabel.setObjectName(u"directorLabel")

        self.profileForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.directorLabel)

        self.directorEdit = QLineEdit(AssociationDialog)
        self.directorEdit.setObjectName(u"directorEdit")
        self.directorEdit.setMaxLength(120)

        self.profileForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.directorEdit)

        self.phonesLabel = QLabel(AssociationDialog)
        self.phonesLabel.setObjectName(u"phonesLabel")

        self.profileForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.phonesLabel)

        self.phonesEdit = QLineEdit(AssociationDialog)
        self.phonesEdit.setObjectName(u"phonesEdit")
        self.phonesEdit.setMaxLength(120)

        self.profileForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.phonesEdit)

        self.aimagLabel = QLabel(AssociationDialog)
        self.aimagLabel.setObjectName(u"aimagLabel")

        self.profileForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.aimagLabel)

        self.aimagCombo = QComboBox(AssociationDialog)
        self.aimagCombo.setObjectName(u"aimagCombo")

        self.profileForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.aimagCombo)

        self.aimagMessage = QLabel(AssociationDialog)
        self.aimagMessage.setObjectName(u"aimagMessage")
        self.aimagMessage.setText(u"")
        self.aimagMessage.setWordWrap(True)

        self.profileForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.aimagMessage)

        self.soumLabel = QLabel(AssociationDialog)
        self.soumLabel.setObjectName(u"soumLabel")

        self.profileForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.soumLabel)

        self.soumCombo = QComboBox(AssociationDialog)
        self.soumCombo.setObjectName(u"soumCombo")

        self.profileForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.soumCombo)

        self.soumMessage = QLabel(AssociationDialog)
        self.soumMessage.setObjectName(u"soumMessage")
        self.soumMessage.setText(u"")
        self.soumMessage.setWordWrap(True)

        self.profileForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.soumMessage)

        self.baghLabel = QLabel(AssociationDialog)
        self.baghLabel.setObjectName(u"baghLabel")

        self.profileForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.baghLabel)

        self.baghEdit = QLineEdit(AssociationDialog)
        self.baghEdit.setObjectName(u"baghEdit")
        self.baghEdit.setMaxLength(80)

        self.profileForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.baghEdit)

        self.addressLabel = QLabel(AssociationDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.profileForm.setWidget(13, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(AssociationDialog)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(200)

        self.profileForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.foundedOnLabel = QLabel(AssociationDialog)
        self.foundedOnLabel.setObjectName(u"foundedOnLabel")

        self.profileForm.setWidget(14, QFormLayout.ItemRole.LabelRole, self.foundedOnLabel)

        self.foundedOnEdit = OptionalDateEdit(AssociationDialog)
        self.foundedOnEdit.setObjectName(u"foundedOnEdit")

        self.profileForm.setWidget(14, QFormLayout.ItemRole.FieldRole, self.foundedOnEdit)

        self.foundedOnMessage = QLabel(AssociationDialog)
        self.foundedOnMessage.setObjectName(u"foundedOnMessage")
        self.foundedOnMessage.setText(u"")
        self.foundedOnMessage.setWordWrap(True)

        self.profileForm.setWidget(15, QFormLayout.ItemRole.FieldRole, self.foundedOnMessage)

        self.logoLabel = QLabel(AssociationDialog)
        self.logoLabel.setObjectName(u"logoLabel")

        self.profileForm.setWidget(16, QFormLayout.ItemRole.LabelRole, self.logoLabel)

        self.logoRow = QHBoxLayout()
        self.logoRow.setObjectName(u"logoRow")
        self.logoPreview = QLabel(AssociationDialog)
        self.logoPreview.setObjectName(u"logoPreview")
        self.logoPreview.setMinimumSize(QSize(120, 120))
        self.logoPreview.setMaximumSize(QSize(120, 120))
        self.logoPreview.setFrameShape(QFrame.Shape.StyledPanel)
        self.logoPreview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logoPreview.setWordWrap(True)

        self.logoRow.addWidget(self.logoPreview)

        self.logoButtons = QVBoxLayout()
        self.logoButtons.setObjectName(u"logoButtons")
        self.chooseLogoButton = QPushButton(AssociationDialog)
        self.chooseLogoButton.setObjectName(u"chooseLogoButton")

        self.logoButtons.addWidget(self.chooseLogoButton)

        self.clearLogoButton = QPushButton(AssociationDialog)
        self.clearLogoButton.setObjectName(u"clearLogoButton")

        self.logoButtons.addWidget(self.clearLogoButton)

        self.logoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.logoButtons.addItem(self.logoSpacer)


        self.logoRow.addLayout(self.logoButtons)

        self.logoRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logoRow.addItem(self.logoRowSpacer)


        self.profileForm.setLayout(16, QFormLayout.ItemRole.FieldRole, self.logoRow)

        self.logoMessage = QLabel(AssociationDialog)
        self.logoMessage.setObjectName(u"logoMessage")
        self.logoMessage.setText(u"")
        self.logoMessage.setWordWrap(True)

        self.profileForm.setWidget(17, QFormLayout.ItemRole.FieldRole, self.logoMessage)


        self.dialogLayout.addLayout(self.profileForm)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.summaryLabel = QLabel(AssociationDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.buttonBox = QDialogButtonBox(AssociationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.legalFormLabel.setBuddy(self.legalFormCombo)
        self.stateRegNoLabel.setBuddy(self.stateRegNoEdit)
        self.directorLabel.setBuddy(self.directorEdit)
        self.phonesLabel.setBuddy(self.phonesEdit)
        self.aimagLabel.setBuddy(self.aimagCombo)
        self.soumLabel.setBuddy(self.soumCombo)
        self.baghLabel.setBuddy(self.baghEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.foundedOnLabel.setBuddy(self.foundedOnEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.legalFormCombo)
        QWidget.setTabOrder(self.legalFormCombo, self.stateRegNoEdit)
        QWidget.setTabOrder(self.stateRegNoEdit, self.directorEdit)
        QWidget.setTabOrder(self.directorEdit, self.phonesEdit)
        QWidget.setTabOrder(self.phonesEdit, self.aimagCombo)
        QWidget.setTabOrder(self.aimagCombo, self.soumCombo)
        QWidget.setTabOrder(self.soumCombo, self.baghEdit)
        QWidget.setTabOrder(self.baghEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.foundedOnEdit)
        QWidget.setTabOrder(self.foundedOnEdit, self.chooseLogoButton)
        QWidget.setTabOrder(self.chooseLogoButton, self.clearLogoButton)

        self.retranslateUi(AssociationDialog)

        QMetaObject.connectSlotsByName(AssociationDialog)
    # setupUi

    def retranslateUi(self, AssociationDialog):
        AssociationDialog.setWindowTitle(QCoreApplication.translate("AssociationDialog", u"Association profile", None))
        self.nameLabel.setText(QCoreApplication.translate("AssociationDialog", u"&Name:", None))
        self.legalFormLabel.setText(QCoreApplication.translate("AssociationDialog", u"&Legal form:", None))
        self.stateRegNoLabel.setText(QCoreApplication.translate("AssociationDialog", u"State re&gistration no.:", None))
        self.stateRegNoEdit.setPlaceholderText(QCoreApplication.translate("AssociationDialog", u"7 digits", None))
#if QT_CONFIG(tooltip)
        self.stateRegNoEdit.setToolTip(QCoreApplication.translate("AssociationDialog", u"The 7-digit number on the state registration certificate.", None))
#endif // QT_CONFIG(tooltip)
        self.directorLabel.setText(QCoreApplication.translate("AssociationDialog", u"&Director:", None))
        self.phonesLabel.setText(QCoreApplication.translate("AssociationDialog", u"&Phones:", None))
        self.aimagLabel.setText(QCoreApplication.translate("AssociationDialog", u"&Aimag:", None))
        self.soumLabel.setText(QCoreApplication.translate("AssociationDialog", u"S&oum:", None))
        self.baghLabel.setText(QCoreApplication.translate("AssociationDialog", u"Bag&h:", None))
        self.addressLabel.setText(QCoreApplication.translate("AssociationDialog", u"Add&ress:", None))
        self.foundedOnLabel.setText(QCoreApplication.translate("AssociationDialog", u"&Founded on:", None))
        self.logoLabel.setText(QCoreApplication.translate("AssociationDialog", u"Logo (printed on reports):", None))
        self.logoPreview.setText(QCoreApplication.translate("AssociationDialog", u"No logo", None))
        self.chooseLogoButton.setText(QCoreApplication.translate("AssociationDialog", u"Choose p&icture\u2026", None))
        self.clearLogoButton.setText(QCoreApplication.translate("AssociationDialog", u"Remo&ve picture", None))
    # retranslateUi

