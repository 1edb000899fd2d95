# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'incident_person_dialog.ui'
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
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QRadioButton, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

from asm_assoc.gui.widgets.date_edit import OptionalDateEdit

class Ui_IncidentPersonDialog(object):
    def setupUi(self, IncidentPersonDialog):
        if not IncidentPersonDialog.objectName():
            IncidentPersonDialog.setObjectName(u"IncidentPersonDialog")
        IncidentPersonDialog.resize(600, 600)
        self.dialogLayout = QVBoxLayout(IncidentPersonDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.whoBox = QGroupBox(IncidentPersonDialog)
        self.whoBox.setObjectName(u"whoBox")
        self.whoForm = QFormLayout(self.whoBox)
        self.whoForm.setObjectName(u"whoForm")
        self.whoForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.whoRadios = QHBoxLayout()
        self.whoRadios.setObjectName(u"whoRadios")
        self.memberRadio = QRadioButton(self.whoBox)
        self.memberRadio.setObjectName(u"memberRadio")

        self.whoRadios.addWidget(self.memberRadio)

        self.otherRadio = QRadioButton(self.whoBox)
        self.otherRadio.setObjectName(u"otherRadio")

        self.whoRadios.addWidget(self.otherRadio)

        self.whoRadiosSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.whoRadios.addItem(self.whoRadiosSpacer)


        self.whoForm.setLayout(0, QFormLayout.ItemRole.SpanningRole, self.whoRadios)

        self.memberPanel = QWidget(self.whoBox)
        self.memberPanel.setObjectName(u"memberPanel")
        self.memberPanelLayout = QVBoxLayout(self.memberPanel)
        self.memberPanelLayout.setObjectName(u"memberPanelLayout")
        self.memberPanelLayout.setContentsMargins(0, 0, 0, 0)
        self.findRow = QHBoxLayout()
        self.findRow.setObjectName(u"findRow")
        self.findLabel = QLabel(self.memberPanel)
        self.findLabel.setObjectName(u"findLabel")

        self.findRow.addWidget(self.findLabel)

        self.findEdit = QLineEdit(self.memberPanel)
        self.findEdit.setObjectName(u"findEdit")
        self.findEdit.setClearButtonEnabled(True)

        self.findRow.addWidget(self.findEdit)


        self.memberPanelLayout.addLayout(self.findRow)

        self.memberList = QListWidget(self.memberPanel)
        self.memberList.setObjectName(u"memberList")
        self.memberList.setAlternatingRowColors(True)
        self.memberList.setMinimumSize(QSize(0, 140))

        self.memberPanelLayout.addWidget(self.memberList)

        self.memberMessage = QLabel(self.memberPanel)
        self.memberMessage.setObjectName(u"memberMessage")
        self.memberMessage.setText(u"")
        self.memberMessage.setWordWrap(True)

        self.memberPanelLayout.addWidget(self.memberMessage)


        self.whoForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.memberPanel)

        self.nameLabel = QLabel(self.whoBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.whoForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.whoBox)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(160)

        self.whoForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameMessage = QLabel(self.whoBox)
        self.nameMessage.setObjectName(u"nameMessage")
        self.nameMessage.setText(u"")
        self.nameMessage.setWordWrap(True)

        self.whoForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nameMessage)

        self.sexLabel = QLabel(self.whoBox)
        self.sexLabel.setObjectName(u"sexLabel")

        self.whoForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sexLabel)

        self.sexCombo = QComboBox(self.whoBox)
        self.sexCombo.setObjectName(u"sexCombo")

        self.whoForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sexCombo)

        self.sexMessage = QLabel(self.whoBox)
        self.sexMessage.setObjectName(u"sexMessage")
        self.sexMessage.setText(u"")
        self.sexMessage.setWordWrap(True)

        self.whoForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.sexMessage)

        self.workKindLabel = QLabel(self.whoBox)
        self.workKindLabel.setObjectName(u"workKindLabel")

        self.whoForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.workKindLabel)

        self.workKindCombo = QComboBox(self.whoBox)
        self.workKindCombo.setObjectName(u"workKindCombo")

        self.whoForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.workKindCombo)

        self.workKindMessage = QLabel(self.whoBox)
        self.workKindMessage.setObjectName(u"workKindMessage")
        self.workKindMessage.setText(u"")
        self.workKindMessage.setWordWrap(True)

        self.whoForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.workKindMessage)

        self.ageLabel = QLabel(self.whoBox)
        self.ageLabel.setObjectName(u"ageLabel")

        self.whoForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.ageLabel)

        self.ageSpin = QSpinBox(self.whoBox)
        self.ageSpin.setObjectName(u"ageSpin")
        self.ageSpin.setMinimum(0)
        self.ageSpin.setMaximum(120)
        self.ageSpin.setSpecialValueText(u"\u2014")

        self.whoForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.ageSpin)

        self.ageMessage = QLabel(self.whoBox)
        self.ageMessage.setObjectName(u"ageMessage")
        self.ageMessage.setText(u"")
        self.ageMessage.setWordWrap(True)

        self.whoForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.ageMessage)


        self.dialogLayout.addWidget(self.whoBox)

        self.outcomeBox = QGroupBox(IncidentPersonDialog)
        self.outcomeBox.setObjectName(u"outcomeBox")
        self.outcomeForm = QFormLayout(self.outcomeBox)
        self.outcomeForm.setObjectName(u"outcomeForm")
        self.outcomeForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.outcomeLabel = QLabel(self.outcomeBox)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.outcomeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeCombo = QComboBox(self.outcomeBox)
        self.outcomeCombo.setObjectName(u"outcomeCombo")

        self.outcomeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.outcomeCombo)

        self.bodyPartLabel = QLabel(self.outcomeBox)
        self.bodyPartLabel.setObjectName(u"bodyPartLabel")

        self.outcomeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.bodyPartLabel)

        self.bodyPartCombo = QComboBox(self.outcomeBox)
        self.bodyPartCombo.setObjectName(u"bodyPartCombo")

        self.outcomeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.bodyPartCombo)

        self.bodyPartMessage = QLabel(self.outcomeBox)
        self.bodyPartMessage.setObjectName(u"bodyPartMessage")
        self.bodyPartMessage.setText(u"")
        self.bodyPartMessage.setWordWrap(True)

        self.outcomeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.bodyPartMessage)

        self.natureLabel = QLabel(self.outcomeBox)
        self.natureLabel.setObjectName(u"natureLabel")

        self.outcomeForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.natureLabel)

        self.natureCombo = QComboBox(self.outcomeBox)
        self.natureCombo.setObjectName(u"natureCombo")

        self.outcomeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.natureCombo)

        self.natureMessage = QLabel(self.outcomeBox)
        self.natureMessage.setObjectName(u"natureMessage")
        self.natureMessage.setText(u"")
        self.natureMessage.setWordWrap(True)

        self.outcomeForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.natureMessage)

        self.daysAwayLabel = QLabel(self.outcomeBox)
        self.daysAwayLabel.setObjectName(u"daysAwayLabel")

        self.outcomeForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.daysAwayLabel)

        self.daysAwayRow = QHBoxLayout()
        self.daysAwayRow.setObjectName(u"daysAwayRow")
        self.daysAwaySpin = QSpinBox(self.outcomeBox)
        self.daysAwaySpin.setObjectName(u"daysAwaySpin")
        self.daysAwaySpin.setMaximum(9999)

        self.daysAwayRow.addWidget(self.daysAwaySpin)

        self.backOnLabel = QLabel(self.outcomeBox)
        self.backOnLabel.setObjectName(u"backOnLabel")

        self.daysAwayRow.addWidget(self.backOnLabel)

        self.backOnEdit = OptionalDateEdit(self.outcomeBox)
        self.backOnEdit.setObjectName(u"backOnEdit")

        self.daysAwayRow.addWidget(self.backOnEdit)

        self.daysAwaySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.daysAwayRow.addItem(self.daysAwaySpacer)


        self.outcomeForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.daysAwayRow)

        self.daysAwayMessage = QLabel(self.outcomeBox)
        self.daysAwayMessage.setObjectName(u"daysAwayMessage")
        self.daysAwayMessage.setText(u"")
        self.daysAwayMessage.setWordWrap(True)

        self.outcomeForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.daysAwayMessage)

        self.daysRestrictedLabel = QLabel(self.outcomeBox)
        self.daysRestrictedLabel.setObjectName(u"daysRestrictedLabel")

        self.outcomeForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.daysRestrictedLabel)

        self.daysRestrictedSpin = QSpinBox(self.outcomeBox)
        self.daysRestrictedSpin.setObjectName(u"daysRestrictedSpin")
        self.daysRestrictedSpin.setMaximum(9999)

        self.outcomeForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.daysRestrictedSpin)

        self.daysRestrictedMessage = QLabel(self.outcomeBox)
        self.daysRestrictedMessage.setObjectName(u"daysRestrictedMessage")
        self.daysRestrictedMessage.setText(u"")
        self.daysRestrictedMessage.setWordWrap(True)

        self.outcomeForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.daysRestrictedMessage)

        self.daysHelp = QLabel(self.outcomeBox)
        self.daysHelp.setObjectName(u"daysHelp")
        self.daysHelp.setText(u"")
        self.daysHelp.setWordWrap(True)

        self.outcomeForm.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.daysHelp)


        self.dialogLayout.addWidget(self.outcomeBox)

        self.personSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.personSpacer)

        self.summaryLabel = QLabel(IncidentPersonDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.buttonBox = QDialogButtonBox(IncidentPersonDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.findLabel.setBuddy(self.findEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.sexLabel.setBuddy(self.sexCombo)
        self.workKindLabel.setBuddy(self.workKindCombo)
        self.ageLabel.setBuddy(self.ageSpin)
        self.outcomeLabel.setBuddy(self.outcomeCombo)
        self.bodyPartLabel.setBuddy(self.bodyPartCombo)
        self.natureLabel.setBuddy(self.natureCombo)
        self.daysAwayLabel.setBuddy(self.daysAwaySpin)
        self.backOnLabel.setBuddy(self.backOnEdit)
        self.daysRestrictedLabel.setBuddy(self.daysRestrictedSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.memberRadio, self.otherRadio)
        QWidget.setTabOrder(self.otherRadio, self.findEdit)
        QWidget.setTabOrder(self.findEdit, self.memberList)
        QWidget.setTabOrder(self.memberList, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.sexCombo)
        QWidget.setTabOrder(self.sexCombo, self.workKindCombo)
        QWidget.setTabOrder(self.workKindCombo, self.ageSpin)
        QWidget.setTabOrder(self.ageSpin, self.outcomeCombo)
        QWidget.setTabOrder(self.outcomeCombo, self.bodyPartCombo)
        QWidget.setTabOrder(self.bodyPartCombo, self.natureCombo)
        QWidget.setTabOrder(self.natureCombo, self.daysAwaySpin)
        QWidget.setTabOrder(self.daysAwaySpin, self.backOnEdit)
        QWidget.setTabOrder(self.backOnEdit, self.daysRestrictedSpin)
        QWidget.setTabOrder(self.daysRestrictedSpin, self.buttonBox)

        self.retranslateUi(IncidentPersonDialog)

        QMetaObject.connectSlotsByName(IncidentPersonDialog)
    # setupUi

    def retranslateUi(self, IncidentPersonDialog):
        IncidentPersonDialog.setWindowTitle(QCoreApplication.translate("IncidentPersonDialog", u"Person in the incident", None))
        self.whoBox.setTitle(QCoreApplication.translate("IncidentPersonDialog", u"Who", None))
        self.memberRadio.setText(QCoreApplication.translate("IncidentPersonDialog", u"A &member of the register", None))
        self.otherRadio.setText(QCoreApplication.translate("IncidentPersonDialog", u"Someone &else (not a member)", None))
        self.findLabel.setText(QCoreApplication.translate("IncidentPersonDialog", u"&Find:", None))
        self.findEdit.setPlaceholderText(QCoreApplication.translate("IncidentPersonDialog", u"Name, member number or phone", None))
        self.nameLabel.setText(QCoreApplication.translate("IncidentPersonDialog", u"&Name:", None))
        self.sexLabel.setText(QCoreApplication.translate("IncidentPersonDialog", u"Se&x:", None))
        self.workKindLabel.setText(QCoreApplication.translate("IncidentPersonDialog", u"&Kind of work:", None))
        self.ageLabel.setText(QCoreApplication.translate("IncidentPersonDialog", u"A&ge:", None))
        self.outcomeBox.setTitle(QCoreApplication.translate("IncidentPersonDialog", u"What happened to them", None))
        self.outcomeLabel.setText(QCoreApplication.translate("IncidentPersonDialog", u"&Outcome:", None))
        self.bodyPartLabel.setText(QCoreApplication.translate("IncidentPersonDialog", u"&Part of the body:", None))
        self.natureLabel.setText(QCoreApplication.translate("IncidentPersonDialog", u"Nat&ure of the injury:", None))
        self.daysAwayLabel.setText(QCoreApplication.translate("IncidentPersonDialog", u"&Days away from work:", None))
        self.backOnLabel.setText(QCoreApplication.translate("IncidentPersonDialog", u"or back at wor&k on:", None))
        self.daysRestrictedLabel.setText(QCoreApplication.translate("IncidentPersonDialog", u"Days of &restricted work:", None))
    # retranslateUi

