# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'member_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

from asm_assoc.gui.widgets.date_edit import OptionalDateEdit

class Ui_MemberDialog(object):
    def setupUi(self, MemberDialog):
        if not MemberDialog.objectName():
            MemberDialog.setObjectName(u"MemberDialog")
        MemberDialog.resize(860, 560)
        self.dialogLayout = QVBoxLayout(MemberDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.personGroup = QGroupBox(MemberDialog)
        self.personGroup.setObjectName(u"personGroup")
        self.personForm = QFormLayout(self.personGroup)
        self.personForm.setObjectName(u"personForm")
        self.personForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.memberNoLabel = QLabel(self.personGroup)
        self.memberNoLabel.setObjectName(u"memberNoLabel")

        self.personForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.memberNoLabel)

        self.memberNoSpin = QSpinBox(self.personGroup)
        self.memberNoSpin.setObjectName(u"memberNoSpin")
        self.memberNoSpin.setMinimum(1)
        self.memberNoSpin.setMaximum(999999)

        self.personForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.memberNoSpin)

        self.memberNoMessage = QLabel(self.personGroup)
        self.memberNoMessage.setObjectName(u"memberNoMessage")
        self.memberNoMessage.setText(u"")
        self.memberNoMessage.setWordWrap(True)

        self.personForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.memberNoMessage)

        self.familyNameLabel = QLabel(self.personGroup)
        self.familyNameLabel.setObjectName(u"familyNameLabel")

        self.personForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.familyNameLabel)

        self.familyNameEdit = QLineEdit(self.personGroup)
        self.familyNameEdit.setObjectName(u"familyNameEdit")
        self.familyNameEdit.setMaxLength(80)

        self.personForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.familyNameEdit)

        self.familyNameMessage = QLabel(self.personGroup)
        self.familyNameMessage.setObjectName(u"familyNameMessage")
        self.familyNameMessage.setText(u"")
        self.familyNameMessage.setWordWrap(True)

        self.personForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.familyNameMessage)

        self.givenNameLabel = QLabel(self.personGroup)
        self.givenNameLabel.setObjectName(u"givenNameLabel")

        self.personForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.givenNameLabel)

        self.givenNameEdit = QLineEdit(self.personGroup)
        self.givenNameEdit.setObjectName(u"givenNameEdit")
        self.givenNameEdit.setMaxLength(80)

        self.personForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.givenNameEdit)

        self.givenNameMessage = QLabel(self.personGroup)
        self.givenNameMessage.setObjectName(u"givenNameMessage")
        self.givenNameMessage.setText(u"")
        self.givenNameMessage.setWordWrap(True)

        self.personForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.givenNameMessage)

        self.regnumLabel = QLabel(self.personGroup)
        self.regnumLabel.setObjectName(u"regnumLabel")

        self.personForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.regnumLabel)

        self.regnumEdit = QLineEdit(self.personGroup)
        self.regnumEdit.setObjectName(u"regnumEdit")
        self.regnumEdit.setMaxLength(20)
        self.regnumEdit.setPlaceholderText(u"\u0423\u041199032218")

        self.personForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.regnumEdit)

        self.regnumMessage = QLabel(self.personGroup)
        self.regnumMessage.setObjectName(u"regnumMessage")
        self.regnumMessage.setText(u"")
        self.regnumMessage.setWordWrap(True)

        self.personForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.regnumMessage)

        self.sexLabel = QLabel(self.personGroup)
        self.sexLabel.setObjectName(u"sexLabel")

        self.personForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.sexLabel)

        self.sexCombo = QComboBox(self.personGroup)
        self.sexCombo.setObjectName(u"sexCombo")

        self.personForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.sexCombo)

        self.sexMessage = QLabel(self.personGroup)
        self.sexMessage.setObjectName(u"sexMessage")
        self.sexMessage.setText(u"")
        self.sexMessage.setWordWrap(True)

        self.personForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.sexMessage)

        self.birthDateLabel = QLabel(self.personGroup)
        self.birthDateLabel.setObjectName(u"birthDateLabel")

        self.personForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.birthDateLabel)

        self.birthDateEdit = OptionalDateEdit(self.personGroup)
        self.birthDateEdit.setObjectName(u"birthDateEdit")

        self.personForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.birthDateEdit)

        self.birthDateMessage = QLabel(self.personGroup)
        self.birthDateMessage.setObjectName(u"birthDateMessage")
        self.birthDateMessage.setText(u"")
        self.birthDateMessage.setWordWrap(True)

        self.personForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.birthDateMessage)

        self.phonesLabel = QLabel(self.personGroup)
        self.phonesLabel.setObjectName(u"phonesLabel")

        self.personForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.phonesLabel)

        self.phonesEdit = QLineEdit(self.personGroup)
        self.phonesEdit.setObjectName(u"phonesEdit")
        self.phonesEdit.setMaxLength(120)
        self.phonesEdit.setPlaceholderText(u"99112233, 88112233")

        self.personForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.phonesEdit)

        self.phonesMessage = QLabel(self.personGroup)
        self.phonesMessage.setObjectName(u"phonesMessage")
        self.phonesMessage.setText(u"")
        self.phonesMessage.setWordWrap(True)

        self.personForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.phonesMessage)


        self.leftColumn.addWidget(self.personGroup)

        self.addressGroup = QGroupBox(MemberDialog)
        self.addressGroup.setObjectName(u"addressGroup")
        self.addressForm = QFormLayout(self.addressGroup)
        self.addressForm.setObjectName(u"addressForm")
        self.addressForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.aimagLabel = QLabel(self.addressGroup)
        self.aimagLabel.setObjectName(u"aimagLabel")

        self.addressForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.aimagLabel)

        self.aimagCombo = QComboBox(self.addressGroup)
        self.aimagCombo.setObjectName(u"aimagCombo")

        self.addressForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.aimagCombo)

        self.aimagMessage = QLabel(self.addressGroup)
        self.aimagMessage.setObjectName(u"aimagMessage")
        self.aimagMessage.setText(u"")
        self.aimagMessage.setWordWrap(True)

        self.addressForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.aimagMessage)

        self.soumLabel = QLabel(self.addressGroup)
        self.soumLabel.setObjectName(u"soumLabel")

        self.addressForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.soumLabel)

        self.soumCombo = QComboBox(self.addressGroup)
        self.soumCombo.setObjectName(u"soumCombo")

        self.addressForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.soumCombo)

        self.soumMessage = QLabel(self.addressGroup)
        self.soumMessage.setObjectName(u"soumMessage")
        self.soumMessage.setText(u"")
        self.soumMessage.setWordWrap(True)

        self.addressForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.soumMessage)

        self.baghLabel = QLabel(self.addressGroup)
        self.baghLabel.setObjectName(u"baghLabel")

        self.addressForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.baghLabel)

        self.baghEdit = QLineEdit(self.addressGroup)
        self.baghEdit.setObjectName(u"baghEdit")
        self.baghEdit.setMaxLength(80)

        self.addressForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.baghEdit)


        self.leftColumn.addWidget(self.addressGroup)

        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftSpacer)


        self.columns.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.householdGroup = QGroupBox(MemberDialog)
        self.householdGroup.setObjectName(u"householdGroup")
        self.householdForm = QFormLayout(self.householdGroup)
        self.householdForm.setObjectName(u"householdForm")
        self.householdForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.headOfHouseholdCheck = QCheckBox(self.householdGroup)
        self.headOfHouseholdCheck.setObjectName(u"headOfHouseholdCheck")

        self.householdForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.headOfHouseholdCheck)

        self.singleParentCheck = QCheckBox(self.householdGroup)
        self.singleParentCheck.setObjectName(u"singleParentCheck")

        self.householdForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.singleParentCheck)

        self.disabilityCheck = QCheckBox(self.householdGroup)
        self.disabilityCheck.setObjectName(u"disabilityCheck")

        self.householdForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.disabilityCheck)

        self.dependantsLabel = QLabel(self.householdGroup)
        self.dependantsLabel.setObjectName(u"dependantsLabel")

        self.householdForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dependantsLabel)

        self.dependantsSpin = QSpinBox(self.householdGroup)
        self.dependantsSpin.setObjectName(u"dependantsSpin")
        self.dependantsSpin.setMinimum(0)
        self.dependantsSpin.setMaximum(30)

        self.householdForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dependantsSpin)

        self.dependantsMessage = QLabel(self.householdGroup)
        self.dependantsMessage.setObjectName(u"dependantsMessage")
        self.dependantsMessage.setText(u"")
        self.dependantsMessage.setWordWrap(True)

        self.householdForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dependantsMessage)


        self.rightColumn.addWidget(self.householdGroup)

        self.membershipGroup = QGroupBox(MemberDialog)
        self.membershipGroup.setObjectName(u"membershipGroup")
        self.membershipForm = QFormLayout(self.membershipGroup)
        self.membershipForm.setObjectName(u"membershipForm")
        self.membershipForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.workKindLabel = QLabel(self.membershipGroup)
        self.workKindLabel.setObjectName(u"workKindLabel")

        self.membershipForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.workKindLabel)

        self.workKindCombo = QComboBox(self.membershipGroup)
        self.workKindCombo.setObjectName(u"workKindCombo")

        self.membershipForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.workKindCombo)

        self.workKindMessage = QLabel(self.membershipGroup)
        self.workKindMessage.setObjectName(u"workKindMessage")
        self.workKindMessage.setText(u"")
        self.workKindMessage.setWordWrap(True)

        self.membershipForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.workKindMessage)

        self.roleLabel = QLabel(self.membershipGroup)
        self.roleLabel.setObjectName(u"roleLabel")

        self.membershipForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(self.membershipGroup)
        self.roleCombo.setObjectName(u"roleCombo")

        self.membershipForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.roleMessage = QLabel(self.membershipGroup)
        self.roleMessage.setObjectName(u"roleMessage")
        self.roleMessage.setText(u"")
        self.roleMessage.setWordWrap(True)

        self.membershipForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.roleMessage)

        self.statusLabel = QLabel(self.membershipGroup)
        self.statusLabel.setObjectName(u"statusLabel")

        self.membershipForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(self.membershipGroup)
        self.statusCombo.setObjectName(u"statusCombo")

        self.membershipForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.statusMessage = QLabel(self.membershipGroup)
        self.statusMessage.setObjectName(u"statusMessage")
        self.statusMessage.setText(u"")
        self.statusMessage.setWordWrap(True)

        self.membershipForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.statusMessage)

        self.joinedOnLabel = QLabel(self.membershipGroup)
        self.joinedOnLabel.setObjectName(u"joinedOnLabel")

        self.membershipForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.joinedOnLabel)

        self.joinedOnEdit = OptionalDateEdit(self.membershipGroup)
        self.joinedOnEdit.setObjectName(u"joinedOnEdit")

        self.membershipForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.joinedOnEdit)

        self.joinedOnMessage = QLabel(self.membershipGroup)
        self.joinedOnMessage.setObjectName(u"joinedOnMessage")
        self.joinedOnMessage.setText(u"")
        self.joinedOnMessage.setWordWrap(True)

        self.membershipForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.joinedOnMessage)

        self.leftOnLabel = QLabel(self.membershipGroup)
        self.leftOnLabel.setObjectName(u"leftOnLabel")

        self.membershipForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.leftOnLabel)

        self.leftOnEdit = OptionalDateEdit(self.membershipGroup)
        self.leftOnEdit.setObjectName(u"leftOnEdit")

        self.membershipForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.leftOnEdit)

        self.leftOnMessage = QLabel(self.membershipGroup)
        self.leftOnMessage.setObjectName(u"leftOnMessage")
        self.leftOnMessage.setText(u"")
        self.leftOnMessage.setWordWrap(True)

        self.membershipForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.leftOnMessage)

        self.leftReasonLabel = QLabel(self.membershipGroup)
        self.leftReasonLabel.setObjectName(u"leftReasonLabel")

        self.membershipForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.leftReasonLabel)

        self.leftReasonEdit = QLineEdit(self.membershipGroup)
        self.leftReasonEdit.setObjectName(u"leftReasonEdit")
        self.leftReasonEdit.setMaxLength(200)

        self.membershipForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.leftReasonEdit)

        self.notesLabel = QLabel(self.membershipGroup)
        self.notesLabel.setObjectName(u"notesLabel")

        self.membershipForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.membershipGroup)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 80))

        self.membershipForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.rightColumn.addWidget(self.membershipGroup)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightSpacer)


        self.columns.addLayout(self.rightColumn)


        self.dialogLayout.addLayout(self.columns)

        self.summaryLabel = QLabel(MemberDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.buttonBox = QDialogButtonBox(MemberDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.memberNoLabel.setBuddy(self.memberNoSpin)
        self.familyNameLabel.setBuddy(self.familyNameEdit)
        self.givenNameLabel.setBuddy(self.givenNameEdit)
        self.regnumLabel.setBuddy(self.regnumEdit)
        self.sexLabel.setBuddy(self.sexCombo)
        self.birthDateLabel.setBuddy(self.birthDateEdit)
        self.phonesLabel.setBuddy(self.phonesEdit)
        self.aimagLabel.setBuddy(self.aimagCombo)
        self.soumLabel.setBuddy(self.soumCombo)
        self.baghLabel.setBuddy(self.baghEdit)
        self.dependantsLabel.setBuddy(self.dependantsSpin)
        self.workKindLabel.setBuddy(self.workKindCombo)
        self.roleLabel.setBuddy(self.roleCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.joinedOnLabel.setBuddy(self.joinedOnEdit)
        self.leftOnLabel.setBuddy(self.leftOnEdit)
        self.leftReasonLabel.setBuddy(self.leftReasonEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.memberNoSpin, self.familyNameEdit)
        QWidget.setTabOrder(self.familyNameEdit, self.givenNameEdit)
        QWidget.setTabOrder(self.givenNameEdit, self.regnumEdit)
        QWidget.setTabOrder(self.regnumEdit, self.sexCombo)
        QWidget.setTabOrder(self.sexCombo, self.birthDateEdit)
        QWidget.setTabOrder(self.birthDateEdit, self.phonesEdit)
        QWidget.setTabOrder(self.phonesEdit, self.aimagCombo)
        QWidget.setTabOrder(self.aimagCombo, self.soumCombo)
        QWidget.setTabOrder(self.soumCombo, self.baghEdit)
        QWidget.setTabOrder(self.baghEdit, self.headOfHouseholdCheck)
        QWidget.setTabOrder(self.headOfHouseholdCheck, self.singleParentCheck)
        QWidget.setTabOrder(self.singleParentCheck, self.disabilityCheck)
        QWidget.setTabOrder(self.disabilityCheck, self.dependantsSpin)
        QWidget.setTabOrder(self.dependantsSpin, self.workKindCombo)
        QWidget.setTabOrder(self.workKindCombo, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.joinedOnEdit)
        QWidget.setTabOrder(self.joinedOnEdit, self.leftOnEdit)
        QWidget.setTabOrder(self.leftOnEdit, self.leftReasonEdit)
        QWidget.setTabOrder(self.leftReasonEdit, self.notesEdit)

        self.retranslateUi(MemberDialog)

        QMetaObject.connectSlotsByName(MemberDialog)
    # setupUi

    def retranslateUi(self, MemberDialog):
        MemberDialog.setWindowTitle(QCoreApplication.translate("MemberDialog", u"Member", None))
        self.personGroup.setTitle(QCoreApplication.translate("MemberDialog", u"Person", None))
        self.memberNoLabel.setText(QCoreApplication.translate("MemberDialog", u"&Member no.:", None))
#if QT_CONFIG(tooltip)
        self.memberNoSpin.setToolTip(QCoreApplication.translate("MemberDialog", u"The member's number in the register; the next free number is filled in.", None))
#endif // QT_CONFIG(tooltip)
        self.familyNameLabel.setText(QCoreApplication.translate("MemberDialog", u"&Family name (\u043e\u0432\u043e\u0433):", None))
        self.givenNameLabel.setText(QCoreApplication.translate("MemberDialog", u"&Given name (\u043d\u044d\u0440):", None))
        self.regnumLabel.setText(QCoreApplication.translate("MemberDialog", u"&Registration no. (\u0420\u0414):", None))
#if QT_CONFIG(tooltip)
        self.regnumEdit.setToolTip(QCoreApplication.translate("MemberDialog", u"Two Cyrillic letters and eight digits. Sex and birth date are filled from it when empty.", None))
#endif // QT_CONFIG(tooltip)
        self.sexLabel.setText(QCoreApplication.translate("MemberDialog", u"Se&x:", None))
        self.birthDateLabel.setText(QCoreApplication.translate("MemberDialog", u"&Birth date:", None))
        self.phonesLabel.setText(QCoreApplication.translate("MemberDialog", u"&Phones:", None))
        self.addressGroup.setTitle(QCoreApplication.translate("MemberDialog", u"Lives in", None))
        self.aimagLabel.setText(QCoreApplication.translate("MemberDialog", u"&Aimag:", None))
        self.soumLabel.setText(QCoreApplication.translate("MemberDialog", u"S&oum:", None))
        self.baghLabel.setText(QCoreApplication.translate("MemberDialog", u"Bag&h:", None))
        self.householdGroup.setTitle(QCoreApplication.translate("MemberDialog", u"Household", None))
        self.headOfHouseholdCheck.setText(QCoreApplication.translate("MemberDialog", u"Head of hous&ehold", None))
        self.singleParentCheck.setText(QCoreApplication.translate("MemberDialog", u"S&ingle parent", None))
        self.disabilityCheck.setText(QCoreApplication.translate("MemberDialog", u"Has a disabilit&y", None))
        self.dependantsLabel.setText(QCoreApplication.translate("MemberDialog", u"N&umber of dependants:", None))
        self.membershipGroup.setTitle(QCoreApplication.translate("MemberDialog", u"Membership", None))
        self.workKindLabel.setText(QCoreApplication.translate("MemberDialog", u"&Kind of work:", None))
        self.roleLabel.setText(QCoreApplication.translate("MemberDialog", u"Ro&le:", None))
        self.statusLabel.setText(QCoreApplication.translate("MemberDialog", u"Sta&tus:", None))
        self.joinedOnLabel.setText(QCoreApplication.translate("MemberDialog", u"Date &joined:", None))
        self.leftOnLabel.setText(QCoreApplication.translate("MemberDialog", u"&Date left:", None))
        self.leftReasonLabel.setText(QCoreApplication.translate("MemberDialog", u"Reason for lea&ving:", None))
        self.notesLabel.setText(QCoreApplication.translate("MemberDialog", u"&Notes:", None))
    # retranslateUi

