# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'incident_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

from asm_assoc.gui.widgets.date_edit import OptionalDateEdit

class Ui_IncidentDialog(object):
    def setupUi(self, IncidentDialog):
        if not IncidentDialog.objectName():
            IncidentDialog.setObjectName(u"IncidentDialog")
        IncidentDialog.resize(1040, 720)
        self.dialogLayout = QVBoxLayout(IncidentDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tabs = QTabWidget(IncidentDialog)
        self.tabs.setObjectName(u"tabs")
        self.whatTab = QWidget()
        self.whatTab.setObjectName(u"whatTab")
        self.whatColumns = QHBoxLayout(self.whatTab)
        self.whatColumns.setObjectName(u"whatColumns")
        self.whenWhereForm = QFormLayout()
        self.whenWhereForm.setObjectName(u"whenWhereForm")
        self.whenWhereForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.occurredOnLabel = QLabel(self.whatTab)
        self.occurredOnLabel.setObjectName(u"occurredOnLabel")

        self.whenWhereForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.occurredOnLabel)

        self.occurredOnEdit = OptionalDateEdit(self.whatTab)
        self.occurredOnEdit.setObjectName(u"occurredOnEdit")

        self.whenWhereForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.occurredOnEdit)

        self.occurredOnMessage = QLabel(self.whatTab)
        self.occurredOnMessage.setObjectName(u"occurredOnMessage")
        self.occurredOnMessage.setText(u"")
        self.occurredOnMessage.setWordWrap(True)

        self.whenWhereForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.occurredOnMessage)

        self.occurredTimeLabel = QLabel(self.whatTab)
        self.occurredTimeLabel.setObjectName(u"occurredTimeLabel")

        self.whenWhereForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.occurredTimeLabel)

        self.occurredTimeEdit = QLineEdit(self.whatTab)
        self.occurredTimeEdit.setObjectName(u"occurredTimeEdit")
        self.occurredTimeEdit.setMaxLength(5)

        self.whenWhereForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.occurredTimeEdit)

        self.occurredTimeMessage = QLabel(self.whatTab)
        self.occurredTimeMessage.setObjectName(u"occurredTimeMessage")
        self.occurredTimeMessage.setText(u"")
        self.occurredTimeMessage.setWordWrap(True)

        self.whenWhereForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.occurredTimeMessage)

        self.kindLabel = QLabel(self.whatTab)
        self.kindLabel.setObjectName(u"kindLabel")

        self.whenWhereForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.whatTab)
        self.kindCombo.setObjectName(u"kindCombo")

        self.whenWhereForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.kindMessage = QLabel(self.whatTab)
        self.kindMessage.setObjectName(u"kindMessage")
        self.kindMessage.setText(u"")
        self.kindMessage.setWordWrap(True)

        self.whenWhereForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.kindMessage)

        self.hazardLabel = QLabel(self.whatTab)
        self.hazardLabel.setObjectName(u"hazardLabel")

        self.whenWhereForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.hazardLabel)

        self.hazardCombo = QComboBox(self.whatTab)
        self.hazardCombo.setObjectName(u"hazardCombo")

        self.whenWhereForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.hazardCombo)

        self.hazardMessage = QLabel(self.whatTab)
        self.hazardMessage.setObjectName(u"hazardMessage")
        self.hazardMessage.setText(u"")
        self.hazardMessage.setWordWrap(True)

        self.whenWhereForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.hazardMessage)

        self.siteLabel = QLabel(self.whatTab)
        self.siteLabel.setObjectName(u"siteLabel")

        self.whenWhereForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.siteLabel)

        self.siteEdit = QLineEdit(self.whatTab)
        self.siteEdit.setObjectName(u"siteEdit")
        self.siteEdit.setMaxLength(200)

        self.whenWhereForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.siteEdit)

        self.siteMessage = QLabel(self.whatTab)
        self.siteMessage.setObjectName(u"siteMessage")
        self.siteMessage.setText(u"")
        self.siteMessage.setWordWrap(True)

        self.whenWhereForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.siteMessage)

        self.aimagLabel = QLabel(self.whatTab)
        self.aimagLabel.setObjectName(u"aimagLabel")

        self.whenWhereForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.aimagLabel)

        self.aimagCombo = QComboBox(self.whatTab)
        self.aimagCombo.setObjectName(u"aimagCombo")

        self.whenWhereForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.aimagCombo)

        self.aimagMessage = QLabel(self.whatTab)
        self.aimagMessage.setObjectName(u"aimagMessage")
        self.aimagMessage.setText(u"")
        self.aimagMessage.setWordWrap(True)

        self.whenWhereForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.aimagMessage)

        self.soumLabel = QLabel(self.whatTab)
        self.soumLabel.setObjectName(u"soumLabel")

        self.whenWhereForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.soumLabel)

        self.soumCombo = QComboBox(self.whatTab)
        self.soumCombo.setObjectName(u"soumCombo")

        self.whenWhereForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.soumCombo)

        self.soumMessage = QLabel(self.whatTab)
        self.soumMessage.setObjectName(u"soumMessage")
        self.soumMessage.setText(u"")
        self.soumMessage.setWordWrap(True)

        self.whenWhereForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.soumMessage)

        self.baghLabel = QLabel(self.whatTab)
        self.baghLabel.setObjectName(u"baghLabel")

        self.whenWhereForm.setWidget(14, QFormLayout.ItemRole.LabelRole, self.baghLabel)

        self.baghEdit = QLineEdit(self.whatTab)
        self.baghEdit.setObjectName(u"baghEdit")
        self.baghEdit.setMaxLength(100)

        self.whenWhereForm.setWidget(14, QFormLayout.ItemRole.FieldRole, self.baghEdit)

        self.baghMessage = QLabel(self.whatTab)
        self.baghMessage.setObjectName(u"baghMessage")
        self.baghMessage.setText(u"")
        self.baghMessage.setWordWrap(True)

        self.whenWhereForm.setWidget(15, QFormLayout.ItemRole.FieldRole, self.baghMessage)

        self.placeLabel = QLabel(self.whatTab)
        self.placeLabel.setObjectName(u"placeLabel")

        self.whenWhereForm.setWidget(16, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(self.whatTab)
        self.placeEdit.setObjectName(u"placeEdit")
        self.placeEdit.setMaxLength(300)

        self.whenWhereForm.setWidget(16, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.placeMessage = QLabel(self.whatTab)
        self.placeMessage.setObjectName(u"placeMessage")
        self.placeMessage.setText(u"")
        self.placeMessage.setWordWrap(True)

        self.whenWhereForm.setWidget(17, QFormLayout.ItemRole.FieldRole, self.placeMessage)

        self.coordinatesLabel = QLabel(self.whatTab)
        self.coordinatesLabel.setObjectName(u"coordinatesLabel")

        self.whenWhereForm.setWidget(18, QFormLayout.ItemRole.LabelRole, self.coordinatesLabel)

        self.coordinatesRow = QHBoxLayout()
        self.coordinatesRow.setObjectName(u"coordinatesRow")
        self.latitudeEdit = QLineEdit(self.whatTab)
        self.latitudeEdit.setObjectName(u"latitudeEdit")
        self.latitudeEdit.setMaxLength(20)

        self.coordinatesRow.addWidget(self.latitudeEdit)

        self.longitudeEdit = QLineEdit(self.whatTab)
        self.longitudeEdit.setObjectName(u"longitudeEdit")
        self.longitudeEdit.setMaxLength(20)

        self.coordinatesRow.addWidget(self.longitudeEdit)


        self.whenWhereForm.setLayout(18, QFormLayout.ItemRole.FieldRole, self.coordinatesRow)

        self.latitudeMessage = QLabel(self.whatTab)
        self.latitudeMessage.setObjectName(u"latitudeMessage")
        self.latitudeMessage.setText(u"")
        self.latitudeMessage.setWordWrap(True)

        self.whenWhereForm.setWidget(19, QFormLayout.ItemRole.FieldRole, self.latitudeMessage)

        self.whatLeftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.whenWhereForm.setItem(20, QFormLayout.ItemRole.FieldRole, self.whatLeftSpacer)


        self.whatColumns.addLayout(self.whenWhereForm)

        self.storyForm = QFormLayout()
        self.storyForm.setObjectName(u"storyForm")
        self.storyForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.descriptionLabel = QLabel(self.whatTab)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.storyForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(self.whatTab)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.storyForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.descriptionMessage = QLabel(self.whatTab)
        self.descriptionMessage.setObjectName(u"descriptionMessage")
        self.descriptionMessage.setText(u"")
        self.descriptionMessage.setWordWrap(True)

        self.storyForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.descriptionMessage)

        self.immediateCausesLabel = QLabel(self.whatTab)
        self.immediateCausesLabel.setObjectName(u"immediateCausesLabel")

        self.storyForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.immediateCausesLabel)

        self.immediateCausesEdit = QPlainTextEdit(self.whatTab)
        self.immediateCausesEdit.setObjectName(u"immediateCausesEdit")
        self.immediateCausesEdit.setTabChangesFocus(True)

        self.storyForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.immediateCausesEdit)

        self.immediateCausesMessage = QLabel(self.whatTab)
        self.immediateCausesMessage.setObjectName(u"immediateCausesMessage")
        self.immediateCausesMessage.setText(u"")
        self.immediateCausesMessage.setWordWrap(True)

        self.storyForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.immediateCausesMessage)

        self.underlyingCausesLabel = QLabel(self.whatTab)
        self.underlyingCausesLabel.setObjectName(u"underlyingCausesLabel")

        self.storyForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.underlyingCausesLabel)

        self.underlyingCausesEdit = QPlainTextEdit(self.whatTab)
        self.underlyingCausesEdit.setObjectName(u"underlyingCausesEdit")
        self.underlyingCausesEdit.setTabChangesFocus(True)

        self.storyForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.underlyingCausesEdit)

        self.underlyingCausesMessage = QLabel(self.whatTab)
        self.underlyingCausesMessage.setObjectName(u"underlyingCausesMessage")
        self.underlyingCausesMessage.setText(u"")
        self.underlyingCausesMessage.setWordWrap(True)

        self.storyForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.underlyingCausesMessage)

        self.witnessesLabel = QLabel(self.whatTab)
        self.witnessesLabel.setObjectName(u"witnessesLabel")

        self.storyForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.witnessesLabel)

        self.witnessesEdit = QPlainTextEdit(self.whatTab)
        self.witnessesEdit.setObjectName(u"witnessesEdit")
        self.witnessesEdit.setTabChangesFocus(True)
        self.witnessesEdit.setMaximumSize(QSize(16777215, 70))

        self.storyForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.witnessesEdit)

        self.witnessesMessage = QLabel(self.whatTab)
        self.witnessesMessage.setObjectName(u"witnessesMessage")
        self.witnessesMessage.setText(u"")
        self.witnessesMessage.setWordWrap(True)

        self.storyForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.witnessesMessage)

        self.reportedByLabel = QLabel(self.whatTab)
        self.reportedByLabel.setObjectName(u"reportedByLabel")

        self.storyForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.reportedByLabel)

        self.reportedByEdit = QLineEdit(self.whatTab)
        self.reportedByEdit.setObjectName(u"reportedByEdit")
        self.reportedByEdit.setMaxLength(200)

        self.storyForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.reportedByEdit)

        self.reportedByMessage = QLabel(self.whatTab)
        self.reportedByMessage.setObjectName(u"reportedByMessage")
        self.reportedByMessage.setText(u"")
        self.reportedByMessage.setWordWrap(True)

        self.storyForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.reportedByMessage)

        self.privacyCheck = QCheckBox(self.whatTab)
        self.privacyCheck.setObjectName(u"privacyCheck")

        self.storyForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.privacyCheck)


        self.whatColumns.addLayout(self.storyForm)

        self.whatColumns.setStretch(0, 1)
        self.whatColumns.setStretch(1, 1)
        self.tabs.addTab(self.whatTab, "")
        self.peopleTab = QWidget()
        self.peopleTab.setObjectName(u"peopleTab")
        self.peopleLayout = QVBoxLayout(self.peopleTab)
        self.peopleLayout.setObjectName(u"peopleLayout")
        self.peopleHelp = QLabel(self.peopleTab)
        self.peopleHelp.setObjectName(u"peopleHelp")
        self.peopleHelp.setText(u"")
        self.peopleHelp.setWordWrap(True)

        self.peopleLayout.addWidget(self.peopleHelp)

        self.peopleTable = QTableWidget(self.peopleTab)
        self.peopleTable.setObjectName(u"peopleTable")
        self.peopleTable.setAlternatingRowColors(True)
        self.peopleTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.peopleTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.peopleTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.peopleTable.setTabKeyNavigation(False)

        self.peopleLayout.addWidget(self.peopleTable)

        self.peopleMessage = QLabel(self.peopleTab)
        self.peopleMessage.setObjectName(u"peopleMessage")
        self.peopleMessage.setText(u"")
        self.peopleMessage.setWordWrap(True)

        self.peopleLayout.addWidget(self.peopleMessage)

        self.peopleButtons = QHBoxLayout()
        self.peopleButtons.setObjectName(u"peopleButtons")
        self.addMemberButton = QPushButton(self.peopleTab)
        self.addMemberButton.setObjectName(u"addMemberButton")

        self.peopleButtons.addWidget(self.addMemberButton)

        self.addOtherButton = QPushButton(self.peopleTab)
        self.addOtherButton.setObjectName(u"addOtherButton")

        self.peopleButtons.addWidget(self.addOtherButton)

        self.editPersonButton = QPushButton(self.peopleTab)
        self.editPersonButton.setObjectName(u"editPersonButton")

        self.peopleButtons.addWidget(self.editPersonButton)

        self.removePersonButton = QPushButton(self.peopleTab)
        self.removePersonButton.setObjectName(u"removePersonButton")

        self.peopleButtons.addWidget(self.removePersonButton)

        self.peopleButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.peopleButtons.addItem(self.peopleButtonsSpacer)


        self.peopleLayout.addLayout(self.peopleButtons)

        self.tabs.addTab(self.peopleTab, "")
        self.reportsTab = QWidget()
        self.reportsTab.setObjectName(u"reportsTab")
        self.reportsLayout = QVBoxLayout(self.reportsTab)
        self.reportsLayout.setObjectName(u"reportsLayout")
        self.notifiedBox = QGroupBox(self.reportsTab)
        self.notifiedBox.setObjectName(u"notifiedBox")
        self.notifiedGrid = QGridLayout(self.notifiedBox)
        self.notifiedGrid.setObjectName(u"notifiedGrid")
        self.notifiedDateHeader = QLabel(self.notifiedBox)
        self.notifiedDateHeader.setObjectName(u"notifiedDateHeader")

        self.notifiedGrid.addWidget(self.notifiedDateHeader, 0, 1, 1, 1)

        self.notifiedTimeHeader = QLabel(self.notifiedBox)
        self.notifiedTimeHeader.setObjectName(u"notifiedTimeHeader")

        self.notifiedGrid.addWidget(self.notifiedTimeHeader, 0, 2, 1, 1)

        self.governorCheck = QCheckBox(self.notifiedBox)
        self.governorCheck.setObjectName(u"governorCheck")
        self.governorCheck.setText(u"governor")

        self.notifiedGrid.addWidget(self.governorCheck, 1, 0, 1, 1)

        self.governorDateEdit = OptionalDateEdit(self.notifiedBox)
        self.governorDateEdit.setObjectName(u"governorDateEdit")

        self.notifiedGrid.addWidget(self.governorDateEdit, 1, 1, 1, 1)

        self.governorTimeEdit = QLineEdit(self.notifiedBox)
        self.governorTimeEdit.setObjectName(u"governorTimeEdit")
        self.governorTimeEdit.setMaxLength(5)
        self.governorTimeEdit.setMaximumSize(QSize(90, 16777215))

        self.notifiedGrid.addWidget(self.governorTimeEdit, 1, 2, 1, 1)

        self.notifiedGovernorMessage = QLabel(self.notifiedBox)
        self.notifiedGovernorMessage.setObjectName(u"notifiedGovernorMessage")
        self.notifiedGovernorMessage.setText(u"")
        self.notifiedGovernorMessage.setWordWrap(True)

        self.notifiedGrid.addWidget(self.notifiedGovernorMessage, 2, 0, 1, 4)

        self.inspectionCheck = QCheckBox(self.notifiedBox)
        self.inspectionCheck.setObjectName(u"inspectionCheck")
        self.inspectionCheck.setText(u"inspection")

        self.notifiedGrid.addWidget(self.inspectionCheck, 3, 0, 1, 1)

        self.inspectionDateEdit = OptionalDateEdit(self.notifiedBox)
        self.inspectionDateEdit.setObjectName(u"inspectionDateEdit")

        self.notifiedGrid.addWidget(self.inspectionDateEdit, 3, 1, 1, 1)

        self.inspectionTimeEdit = QLineEdit(self.notifiedBox)
        self.inspectionTimeEdit.setObjectName(u"inspectionTimeEdit")
        self.inspectionTimeEdit.setMaxLength(5)
        self.inspectionTimeEdit.setMaximumSize(QSize(90, 16777215))

        self.notifiedGrid.addWidget(self.inspectionTimeEdit, 3, 2, 1, 1)

        self.notifiedInspectionMessage = QLabel(self.notifiedBox)
        self.notifiedInspectionMessage.setObjectName(u"notifiedInspectionMessage")
        self.notifiedInspectionMessage.setText(u"")
        self.notifiedInspectionMessage.setWordWrap(True)

        self.notifiedGrid.addWidget(self.notifiedInspectionMessage, 4, 0, 1, 4)

        self.policeCheck = QCheckBox(self.notifiedBox)
        self.policeCheck.setObjectName(u"policeCheck")
        self.policeCheck.setText(u"police")

        self.notifiedGrid.addWidget(self.policeCheck, 5, 0, 1, 1)

        self.policeDateEdit = OptionalDateEdit(self.notifiedBox)
        self.policeDateEdit.setObjectName(u"policeDateEdit")

        self.notifiedGrid.addWidget(self.policeDateEdit, 5, 1, 1, 1)

        self.policeTimeEdit = QLineEdit(self.notifiedBox)
        self.policeTimeEdit.setObjectName(u"policeTimeEdit")
        self.policeTimeEdit.setMaxLength(5)
        self.policeTimeEdit.setMaximumSize(QSize(90, 16777215))

        self.notifiedGrid.addWidget(self.policeTimeEdit, 5, 2, 1, 1)

        self.notifiedPoliceMessage = QLabel(self.notifiedBox)
        self.notifiedPoliceMessage.setObjectName(u"notifiedPoliceMessage")
        self.notifiedPoliceMessage.setText(u"")
        self.notifiedPoliceMessage.setWordWrap(True)

        self.notifiedGrid.addWidget(self.notifiedPoliceMessage, 6, 0, 1, 4)

        self.healthCheck = QCheckBox(self.notifiedBox)
        self.healthCheck.setObjectName(u"healthCheck")
        self.healthCheck.setText(u"health")

        self.notifiedGrid.addWidget(self.healthCheck, 7, 0, 1, 1)

        self.healthDateEdit = OptionalDateEdit(self.notifiedBox)
        self.healthDateEdit.setObjectName(u"healthDateEdit")

        self.notifiedGrid.addWidget(self.healthDateEdit, 7, 1, 1, 1)

        self.healthTimeEdit = QLineEdit(self.notifiedBox)
        self.healthTimeEdit.setObjectName(u"healthTimeEdit")
        self.healthTimeEdit.setMaxLength(5)
        self.healthTimeEdit.setMaximumSize(QSize(90, 16777215))

        self.notifiedGrid.addWidget(self.healthTimeEdit, 7, 2, 1, 1)

        self.notifiedHealthMessage = QLabel(self.notifiedBox)
        self.notifiedHealthMessage.setObjectName(u"notifiedHealthMessage")
        self.notifiedHealthMessage.setText(u"")
        self.notifiedHealthMessage.setWordWrap(True)

        self.notifiedGrid.addWidget(self.notifiedHealthMessage, 8, 0, 1, 4)

        self.notifiedSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.notifiedGrid.addItem(self.notifiedSpacer, 1, 3, 1, 1)

        self.notifiedHelp = QLabel(self.notifiedBox)
        self.notifiedHelp.setObjectName(u"notifiedHelp")
        self.notifiedHelp.setText(u"")
        self.notifiedHelp.setWordWrap(True)

        self.notifiedGrid.addWidget(self.notifiedHelp, 9, 0, 1, 4)


        self.reportsLayout.addWidget(self.notifiedBox)

        self.investigationRow = QHBoxLayout()
        self.investigationRow.setObjectName(u"investigationRow")
        self.actBox = QGroupBox(self.reportsTab)
        self.actBox.setObjectName(u"actBox")
        self.actForm = QFormLayout(self.actBox)
        self.actForm.setObjectName(u"actForm")
        self.actForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.actNoLabel = QLabel(self.actBox)
        self.actNoLabel.setObjectName(u"actNoLabel")

        self.actForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.actNoLabel)

        self.actNoEdit = QLineEdit(self.actBox)
        self.actNoEdit.setObjectName(u"actNoEdit")
        self.actNoEdit.setMaxLength(60)

        self.actForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.actNoEdit)

        self.actNoMessage = QLabel(self.actBox)
        self.actNoMessage.setObjectName(u"actNoMessage")
        self.actNoMessage.setText(u"")
        self.actNoMessage.setWordWrap(True)

        self.actForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.actNoMessage)

        self.actOnLabel = QLabel(self.actBox)
        self.actOnLabel.setObjectName(u"actOnLabel")

        self.actForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.actOnLabel)

        self.actOnEdit = OptionalDateEdit(self.actBox)
        self.actOnEdit.setObjectName(u"actOnEdit")

        self.actForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.actOnEdit)

        self.actOnMessage = QLabel(self.actBox)
        self.actOnMessage.setObjectName(u"actOnMessage")
        self.actOnMessage.setText(u"")
        self.actOnMessage.setWordWrap(True)

        self.actForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.actOnMessage)


        self.investigationRow.addWidget(self.actBox)

        self.statusBox = QGroupBox(self.reportsTab)
        self.statusBox.setObjectName(u"statusBox")
        self.statusLayout = QVBoxLayout(self.statusBox)
        self.statusLayout.setObjectName(u"statusLayout")
        self.statusValueLabel = QLabel(self.statusBox)
        self.statusValueLabel.setObjectName(u"statusValueLabel")
        self.statusValueLabel.setText(u"")
        self.statusValueLabel.setWordWrap(True)
        font = QFont()
        font.setBold(True)
        self.statusValueLabel.setFont(font)

        self.statusLayout.addWidget(self.statusValueLabel)

        self.statusHelp = QLabel(self.statusBox)
        self.statusHelp.setObjectName(u"statusHelp")
        self.statusHelp.setText(u"")
        self.statusHelp.setWordWrap(True)

        self.statusLayout.addWidget(self.statusHelp)

        self.statusButtons = QHBoxLayout()
        self.statusButtons.setObjectName(u"statusButtons")
        self.startInvestigationButton = QPushButton(self.statusBox)
        self.startInvestigationButton.setObjectName(u"startInvestigationButton")

        self.statusButtons.addWidget(self.startInvestigationButton)

        self.closeCaseButton = QPushButton(self.statusBox)
        self.closeCaseButton.setObjectName(u"closeCaseButton")

        self.statusButtons.addWidget(self.closeCaseButton)

        self.reopenButton = QPushButton(self.statusBox)
        self.reopenButton.setObjectName(u"reopenButton")

        self.statusButtons.addWidget(self.reopenButton)

        self.statusButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statusButtons.addItem(self.statusButtonsSpacer)


        self.statusLayout.addLayout(self.statusButtons)

        self.statusMessage = QLabel(self.statusBox)
        self.statusMessage.setObjectName(u"statusMessage")
        self.statusMessage.setText(u"")
        self.statusMessage.setWordWrap(True)

        self.statusLayout.addWidget(self.statusMessage)


        self.investigationRow.addWidget(self.statusBox)


        self.reportsLayout.addLayout(self.investigationRow)

        self.reportsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.reportsLayout.addItem(self.reportsSpacer)

        self.tabs.addTab(self.reportsTab, "")
        self.actionsTab = QWidget()
        self.actionsTab.setObjectName(u"actionsTab")
        self.actionsLayout = QVBoxLayout(self.actionsTab)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actionsHelp = QLabel(self.actionsTab)
        self.actionsHelp.setObjectName(u"actionsHelp")
        self.actionsHelp.setText(u"")
        self.actionsHelp.setWordWrap(True)

        self.actionsLayout.addWidget(self.actionsHelp)

        self.actionsTable = QTableWidget(self.actionsTab)
        self.actionsTable.setObjectName(u"actionsTable")
        self.actionsTable.setAlternatingRowColors(True)
        self.actionsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actionsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.actionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actionsTable.setTabKeyNavigation(False)

        self.actionsLayout.addWidget(self.actionsTable)

        self.actionsMessage = QLabel(self.actionsTab)
        self.actionsMessage.setObjectName(u"actionsMessage")
        self.actionsMessage.setText(u"")
        self.actionsMessage.setWordWrap(True)

        self.actionsLayout.addWidget(self.actionsMessage)

        self.actionButtons = QHBoxLayout()
        self.actionButtons.setObjectName(u"actionButtons")
        self.addActionButton = QPushButton(self.actionsTab)
        self.addActionButton.setObjectName(u"addActionButton")

        self.actionButtons.addWidget(self.addActionButton)

        self.editActionButton = QPushButton(self.actionsTab)
        self.editActionButton.setObjectName(u"editActionButton")

        self.actionButtons.addWidget(self.editActionButton)

        self.actionButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionButtons.addItem(self.actionButtonsSpacer)


        self.actionsLayout.addLayout(self.actionButtons)

        self.tabs.addTab(self.actionsTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.eventsTable = QTableWidget(self.historyTab)
        self.eventsTable.setObjectName(u"eventsTable")
        self.eventsTable.setAlternatingRowColors(True)
        self.eventsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.eventsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.eventsTable.setTabKeyNavigation(False)

        self.historyLayout.addWidget(self.eventsTable)

        self.historyButtons = QHBoxLayout()
        self.historyButtons.setObjectName(u"historyButtons")
        self.historyButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.historyButtons.addItem(self.historyButtonsSpacer)

        self.allChangesButton = QPushButton(self.historyTab)
        self.allChangesButton.setObjectName(u"allChangesButton")

        self.historyButtons.addWidget(self.allChangesButton)


        self.historyLayout.addLayout(self.historyButtons)

        self.tabs.addTab(self.historyTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.summaryLabel = QLabel(IncidentDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.printButton = QPushButton(IncidentDialog)
        self.printButton.setObjectName(u"printButton")

        self.bottomRow.addWidget(self.printButton)

        self.buttonBox = QDialogButtonBox(IncidentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.bottomRow.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.occurredOnLabel.setBuddy(self.occurredOnEdit)
        self.occurredTimeLabel.setBuddy(self.occurredTimeEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.hazardLabel.setBuddy(self.hazardCombo)
        self.siteLabel.setBuddy(self.siteEdit)
        self.aimagLabel.setBuddy(self.aimagCombo)
        self.soumLabel.setBuddy(self.soumCombo)
        self.baghLabel.setBuddy(self.baghEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.coordinatesLabel.setBuddy(self.latitudeEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.immediateCausesLabel.setBuddy(self.immediateCausesEdit)
        self.underlyingCausesLabel.setBuddy(self.underlyingCausesEdit)
        self.witnessesLabel.setBuddy(self.witnessesEdit)
        self.reportedByLabel.setBuddy(self.reportedByEdit)
        self.actNoLabel.setBuddy(self.actNoEdit)
        self.actOnLabel.setBuddy(self.actOnEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.occurredOnEdit)
        QWidget.setTabOrder(self.occurredOnEdit, self.occurredTimeEdit)
        QWidget.setTabOrder(self.occurredTimeEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.hazardCombo)
        QWidget.setTabOrder(self.hazardCombo, self.siteEdit)
        QWidget.setTabOrder(self.siteEdit, self.aimagCombo)
        QWidget.setTabOrder(self.aimagCombo, self.soumCombo)
        QWidget.setTabOrder(self.soumCombo, self.baghEdit)
        QWidget.setTabOrder(self.baghEdit, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.latitudeEdit)
        QWidget.setTabOrder(self.latitudeEdit, self.longitudeEdit)
        QWidget.setTabOrder(self.longitudeEdit, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.immediateCausesEdit)
        QWidget.setTabOrder(self.immediateCausesEdit, self.underlyingCausesEdit)
        QWidget.setTabOrder(self.underlyingCausesEdit, self.witnessesEdit)
        QWidget.setTabOrder(self.witnessesEdit, self.reportedByEdit)
        QWidget.setTabOrder(self.reportedByEdit, self.privacyCheck)
        QWidget.setTabOrder(self.privacyCheck, self.peopleTable)
        QWidget.setTabOrder(self.peopleTable, self.addMemberButton)
        QWidget.setTabOrder(self.addMemberButton, self.addOtherButton)
        QWidget.setTabOrder(self.addOtherButton, self.editPersonButton)
        QWidget.setTabOrder(self.editPersonButton, self.removePersonButton)
        QWidget.setTabOrder(self.removePersonButton, self.governorCheck)
        QWidget.setTabOrder(self.governorCheck, self.governorDateEdit)
        QWidget.setTabOrder(self.governorDateEdit, self.governorTimeEdit)
        QWidget.setTabOrder(self.governorTimeEdit, self.inspectionCheck)
        QWidget.setTabOrder(self.inspectionCheck, self.inspectionDateEdit)
        QWidget.setTabOrder(self.inspectionDateEdit, self.inspectionTimeEdit)
        QWidget.setTabOrder(self.inspectionTimeEdit, self.policeCheck)
        QWidget.setTabOrder(self.policeCheck, self.policeDateEdit)
        QWidget.setTabOrder(self.policeDateEdit, self.policeTimeEdit)
        QWidget.setTabOrder(self.policeTimeEdit, self.healthCheck)
        QWidget.setTabOrder(self.healthCheck, self.healthDateEdit)
        QWidget.setTabOrder(self.healthDateEdit, self.healthTimeEdit)
        QWidget.setTabOrder(self.healthTimeEdit, self.actNoEdit)
        QWidget.setTabOrder(self.actNoEdit, self.actOnEdit)
        QWidget.setTabOrder(self.actOnEdit, self.startInvestigationButton)
        QWidget.setTabOrder(self.startInvestigationButton, self.closeCaseButton)
        QWidget.setTabOrder(self.closeCaseButton, self.reopenButton)
        QWidget.setTabOrder(self.reopenButton, self.actionsTable)
        QWidget.setTabOrder(self.actionsTable, self.addActionButton)
        QWidget.setTabOrder(self.addActionButton, self.editActionButton)
        QWidget.setTabOrder(self.editActionButton, self.eventsTable)
        QWidget.setTabOrder(self.eventsTable, self.allChangesButton)
        QWidget.setTabOrder(self.allChangesButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.buttonBox)

        self.retranslateUi(IncidentDialog)

        QMetaObject.connectSlotsByName(IncidentDialog)
    # setupUi

    def retranslateUi(self, IncidentDialog):
        IncidentDialog.setWindowTitle(QCoreApplication.translate("IncidentDialog", u"Incident", None))
        self.occurredOnLabel.setText(QCoreApplication.translate("IncidentDialog", u"&Date:", None))
        self.occurredTimeLabel.setText(QCoreApplication.translate("IncidentDialog", u"T&ime:", None))
        self.occurredTimeEdit.setPlaceholderText(QCoreApplication.translate("IncidentDialog", u"hh:mm", None))
#if QT_CONFIG(tooltip)
        self.occurredTimeEdit.setToolTip(QCoreApplication.translate("IncidentDialog", u"Hours and minutes, for example 14:30. Leave empty when not known.", None))
#endif // QT_CONFIG(tooltip)
        self.kindLabel.setText(QCoreApplication.translate("IncidentDialog", u"&Kind:", None))
        self.hazardLabel.setText(QCoreApplication.translate("IncidentDialog", u"Ha&zard:", None))
        self.siteLabel.setText(QCoreApplication.translate("IncidentDialog", u"Mine &site or licence area:", None))
        self.aimagLabel.setText(QCoreApplication.translate("IncidentDialog", u"Ai&mag:", None))
        self.soumLabel.setText(QCoreApplication.translate("IncidentDialog", u"So&um:", None))
        self.baghLabel.setText(QCoreApplication.translate("IncidentDialog", u"Ba&gh:", None))
        self.placeLabel.setText(QCoreApplication.translate("IncidentDialog", u"Pla&ce:", None))
#if QT_CONFIG(tooltip)
        self.placeEdit.setToolTip(QCoreApplication.translate("IncidentDialog", u"Where exactly: the pit, shaft or tunnel, the processing place.", None))
#endif // QT_CONFIG(tooltip)
        self.coordinatesLabel.setText(QCoreApplication.translate("IncidentDialog", u"Coo&rdinates:", None))
        self.latitudeEdit.setPlaceholderText(QCoreApplication.translate("IncidentDialog", u"latitude", None))
#if QT_CONFIG(tooltip)
        self.latitudeEdit.setToolTip(QCoreApplication.translate("IncidentDialog", u"Decimal degrees north, for example 44.7503.", None))
#endif // QT_CONFIG(tooltip)
        self.longitudeEdit.setPlaceholderText(QCoreApplication.translate("IncidentDialog", u"longitude", None))
#if QT_CONFIG(tooltip)
        self.longitudeEdit.setToolTip(QCoreApplication.translate("IncidentDialog", u"Decimal degrees east, for example 100.8231.", None))
#endif // QT_CONFIG(tooltip)
        self.descriptionLabel.setText(QCoreApplication.translate("IncidentDialog", u"What &happened:", None))
#if QT_CONFIG(tooltip)
        self.descriptionEdit.setToolTip(QCoreApplication.translate("IncidentDialog", u"What the person was doing, what went wrong, what the injury was.", None))
#endif // QT_CONFIG(tooltip)
        self.immediateCausesLabel.setText(QCoreApplication.translate("IncidentDialog", u"Imm&ediate causes:", None))
#if QT_CONFIG(tooltip)
        self.immediateCausesEdit.setToolTip(QCoreApplication.translate("IncidentDialog", u"The unsafe act or condition right before the incident.", None))
#endif // QT_CONFIG(tooltip)
        self.underlyingCausesLabel.setText(QCoreApplication.translate("IncidentDialog", u"Under&lying causes:", None))
#if QT_CONFIG(tooltip)
        self.underlyingCausesEdit.setToolTip(QCoreApplication.translate("IncidentDialog", u"Why that act or condition existed: training, equipment, supervision, organisation of work.", None))
#endif // QT_CONFIG(tooltip)
        self.witnessesLabel.setText(QCoreApplication.translate("IncidentDialog", u"Wi&tnesses:", None))
        self.reportedByLabel.setText(QCoreApplication.translate("IncidentDialog", u"Reported &by:", None))
        self.privacyCheck.setText(QCoreApplication.translate("IncidentDialog", u"Pri&vacy case: hide the person's name in printed logs", None))
#if QT_CONFIG(tooltip)
        self.privacyCheck.setToolTip(QCoreApplication.translate("IncidentDialog", u"For a sexual assault, an illness the person wants kept private, or at their request. The name stays in the book; printed logs show \u201cPrivacy case\u201d.", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.whatTab), QCoreApplication.translate("IncidentDialog", u"&What happened", None))
        self.addMemberButton.setText(QCoreApplication.translate("IncidentDialog", u"Add a &member\u2026", None))
        self.addOtherButton.setText(QCoreApplication.translate("IncidentDialog", u"Add someone &else\u2026", None))
        self.editPersonButton.setText(QCoreApplication.translate("IncidentDialog", u"Ed&it\u2026", None))
        self.removePersonButton.setText(QCoreApplication.translate("IncidentDialog", u"&Remove", None))
        self.tabs.setTabText(self.tabs.indexOf(self.peopleTab), QCoreApplication.translate("IncidentDialog", u"&People", None))
        self.notifiedBox.setTitle(QCoreApplication.translate("IncidentDialog", u"Who was told, and when", None))
        self.notifiedDateHeader.setText(QCoreApplication.translate("IncidentDialog", u"Date", None))
        self.notifiedTimeHeader.setText(QCoreApplication.translate("IncidentDialog", u"Time", None))
        self.governorTimeEdit.setPlaceholderText(QCoreApplication.translate("IncidentDialog", u"hh:mm", None))
        self.inspectionTimeEdit.setPlaceholderText(QCoreApplication.translate("IncidentDialog", u"hh:mm", None))
        self.policeTimeEdit.setPlaceholderText(QCoreApplication.translate("IncidentDialog", u"hh:mm", None))
        self.healthTimeEdit.setPlaceholderText(QCoreApplication.translate("IncidentDialog", u"hh:mm", None))
        self.actBox.setTitle(QCoreApplication.translate("IncidentDialog", u"Investigation commission's act", None))
        self.actNoLabel.setText(QCoreApplication.translate("IncidentDialog", u"Act n&umber:", None))
        self.actOnLabel.setText(QCoreApplication.translate("IncidentDialog", u"Act &date:", None))
        self.statusBox.setTitle(QCoreApplication.translate("IncidentDialog", u"Status of the case", None))
        self.startInvestigationButton.setText(QCoreApplication.translate("IncidentDialog", u"&Start investigation", None))
        self.closeCaseButton.setText(QCoreApplication.translate("IncidentDialog", u"&Close the case", None))
        self.reopenButton.setText(QCoreApplication.translate("IncidentDialog", u"&Reopen\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.reportsTab), QCoreApplication.translate("IncidentDialog", u"&Notification and investigation", None))
        self.addActionButton.setText(QCoreApplication.translate("IncidentDialog", u"Add a&ction\u2026", None))
        self.editActionButton.setText(QCoreApplication.translate("IncidentDialog", u"&Edit action\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.actionsTab), QCoreApplication.translate("IncidentDialog", u"&Actions", None))
        self.allChangesButton.setText(QCoreApplication.translate("IncidentDialog", u"All &changes\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("IncidentDialog", u"Histor&y", None))
        self.printButton.setText(QCoreApplication.translate("IncidentDialog", u"Print f&orm\u2026", None))
    # retranslateUi

