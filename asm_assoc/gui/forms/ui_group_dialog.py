# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'group_dialog.ui'
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
    QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTabWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

from asm_assoc.gui.widgets.date_edit import OptionalDateEdit

class Ui_GroupDialog(object):
    def setupUi(self, GroupDialog):
        if not GroupDialog.objectName():
            GroupDialog.setObjectName(u"GroupDialog")
        GroupDialog.resize(980, 620)
        self.dialogLayout = QVBoxLayout(GroupDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tabs = QTabWidget(GroupDialog)
        self.tabs.setObjectName(u"tabs")
        self.groupTab = QWidget()
        self.groupTab.setObjectName(u"groupTab")
        self.groupTabLayout = QVBoxLayout(self.groupTab)
        self.groupTabLayout.setObjectName(u"groupTabLayout")
        self.groupForm = QFormLayout()
        self.groupForm.setObjectName(u"groupForm")
        self.groupForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(self.groupTab)
        self.nameLabel.setObjectName(u"nameLabel")

        self.groupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.groupTab)
        self.nameEdit.setObjectName(u"nameEdit")

        self.groupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameMessage = QLabel(self.groupTab)
        self.nameMessage.setObjectName(u"nameMessage")
        self.nameMessage.setText(u"")
        self.nameMessage.setWordWrap(True)

        self.groupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameMessage)

        self.frequencyLabel = QLabel(self.groupTab)
        self.frequencyLabel.setObjectName(u"frequencyLabel")

        self.groupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.frequencyLabel)

        self.frequencyCombo = QComboBox(self.groupTab)
        self.frequencyCombo.setObjectName(u"frequencyCombo")

        self.groupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.frequencyCombo)

        self.startedLabel = QLabel(self.groupTab)
        self.startedLabel.setObjectName(u"startedLabel")

        self.groupForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.startedLabel)

        self.startedEdit = OptionalDateEdit(self.groupTab)
        self.startedEdit.setObjectName(u"startedEdit")

        self.groupForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.startedEdit)


        self.groupTabLayout.addLayout(self.groupForm)

        self.groupSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.groupTabLayout.addItem(self.groupSpacer)

        self.tabs.addTab(self.groupTab, "")
        self.rulesTab = QWidget()
        self.rulesTab.setObjectName(u"rulesTab")
        self.rulesTabLayout = QVBoxLayout(self.rulesTab)
        self.rulesTabLayout.setObjectName(u"rulesTabLayout")
        self.rulesRow = QHBoxLayout()
        self.rulesRow.setObjectName(u"rulesRow")
        self.rulesForm = QFormLayout()
        self.rulesForm.setObjectName(u"rulesForm")
        self.rulesForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.sharePriceLabel = QLabel(self.rulesTab)
        self.sharePriceLabel.setObjectName(u"sharePriceLabel")

        self.rulesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sharePriceLabel)

        self.sharePriceSpin = QSpinBox(self.rulesTab)
        self.sharePriceSpin.setObjectName(u"sharePriceSpin")
        self.sharePriceSpin.setMinimum(1)
        self.sharePriceSpin.setMaximum(1000000)
        self.sharePriceSpin.setGroupSeparatorShown(True)
        self.sharePriceSpin.setSuffix(u" \u20ae")

        self.rulesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sharePriceSpin)

        self.minSharesLabel = QLabel(self.rulesTab)
        self.minSharesLabel.setObjectName(u"minSharesLabel")

        self.rulesForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.minSharesLabel)

        self.minSharesSpin = QSpinBox(self.rulesTab)
        self.minSharesSpin.setObjectName(u"minSharesSpin")
        self.minSharesSpin.setMinimum(0)
        self.minSharesSpin.setMaximum(20)
        self.minSharesSpin.setGroupSeparatorShown(True)

        self.rulesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.minSharesSpin)

        self.maxSharesLabel = QLabel(self.rulesTab)
        self.maxSharesLabel.setObjectName(u"maxSharesLabel")

        self.rulesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.maxSharesLabel)

        self.maxSharesSpin = QSpinBox(self.rulesTab)
        self.maxSharesSpin.setObjectName(u"maxSharesSpin")
        self.maxSharesSpin.setMinimum(1)
        self.maxSharesSpin.setMaximum(20)
        self.maxSharesSpin.setGroupSeparatorShown(True)

        self.rulesForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.maxSharesSpin)

        self.socialLabel = QLabel(self.rulesTab)
        self.socialLabel.setObjectName(u"socialLabel")

        self.rulesForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.socialLabel)

        self.socialSpin = QSpinBox(self.rulesTab)
        self.socialSpin.setObjectName(u"socialSpin")
        self.socialSpin.setMinimum(0)
        self.socialSpin.setMaximum(1000000)
        self.socialSpin.setGroupSeparatorShown(True)
        self.socialSpin.setSuffix(u" \u20ae")

        self.rulesForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.socialSpin)

        self.multipleLabel = QLabel(self.rulesTab)
        self.multipleLabel.setObjectName(u"multipleLabel")

        self.rulesForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.multipleLabel)

        self.multipleSpin = QDoubleSpinBox(self.rulesTab)
        self.multipleSpin.setObjectName(u"multipleSpin")
        self.multipleSpin.setMinimum(0.000000000000000)
        self.multipleSpin.setMaximum(10.000000000000000)
        self.multipleSpin.setDecimals(1)
        self.multipleSpin.setSingleStep(0.500000000000000)
        self.multipleSpin.setSuffix(u" \u00d7")

        self.rulesForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.multipleSpin)

        self.monthsLabel = QLabel(self.rulesTab)
        self.monthsLabel.setObjectName(u"monthsLabel")

        self.rulesForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.monthsLabel)

        self.monthsSpin = QSpinBox(self.rulesTab)
        self.monthsSpin.setObjectName(u"monthsSpin")
        self.monthsSpin.setMinimum(1)
        self.monthsSpin.setMaximum(24)
        self.monthsSpin.setGroupSeparatorShown(True)

        self.rulesForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.monthsSpin)

        self.methodLabel = QLabel(self.rulesTab)
        self.methodLabel.setObjectName(u"methodLabel")

        self.rulesForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.methodCombo = QComboBox(self.rulesTab)
        self.methodCombo.setObjectName(u"methodCombo")

        self.rulesForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.methodCombo)

        self.rateLabel = QLabel(self.rulesTab)
        self.rateLabel.setObjectName(u"rateLabel")

        self.rulesForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.rateLabel)

        self.rateSpin = QDoubleSpinBox(self.rulesTab)
        self.rateSpin.setObjectName(u"rateSpin")
        self.rateSpin.setMinimum(0.000000000000000)
        self.rateSpin.setMaximum(30.000000000000000)
        self.rateSpin.setDecimals(2)
        self.rateSpin.setSingleStep(0.500000000000000)
        self.rateSpin.setSuffix(u" %")

        self.rulesForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.rateSpin)

        self.earlyCheck = QCheckBox(self.rulesTab)
        self.earlyCheck.setObjectName(u"earlyCheck")

        self.rulesForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.earlyCheck)

        self.policyLabel = QLabel(self.rulesTab)
        self.policyLabel.setObjectName(u"policyLabel")

        self.rulesForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.policyLabel)

        self.policyCombo = QComboBox(self.rulesTab)
        self.policyCombo.setObjectName(u"policyCombo")

        self.rulesForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.policyCombo)

        self.leftoverLabel = QLabel(self.rulesTab)
        self.leftoverLabel.setObjectName(u"leftoverLabel")

        self.rulesForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.leftoverLabel)

        self.leftoverCombo = QComboBox(self.rulesTab)
        self.leftoverCombo.setObjectName(u"leftoverCombo")

        self.rulesForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.leftoverCombo)

        self.roundingLabel = QLabel(self.rulesTab)
        self.roundingLabel.setObjectName(u"roundingLabel")

        self.rulesForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.roundingLabel)

        self.roundingCombo = QComboBox(self.rulesTab)
        self.roundingCombo.setObjectName(u"roundingCombo")

        self.rulesForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.roundingCombo)

        self.rulesMessage = QLabel(self.rulesTab)
        self.rulesMessage.setObjectName(u"rulesMessage")
        self.rulesMessage.setText(u"")
        self.rulesMessage.setWordWrap(True)

        self.rulesForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.rulesMessage)


        self.rulesRow.addLayout(self.rulesForm)

        self.finesBox = QGroupBox(self.rulesTab)
        self.finesBox.setObjectName(u"finesBox")
        self.finesLayout = QVBoxLayout(self.finesBox)
        self.finesLayout.setObjectName(u"finesLayout")
        self.finesTable = QTableWidget(self.finesBox)
        self.finesTable.setObjectName(u"finesTable")
        self.finesTable.setAlternatingRowColors(True)

        self.finesLayout.addWidget(self.finesTable)

        self.fineButtons = QHBoxLayout()
        self.fineButtons.setObjectName(u"fineButtons")
        self.addFineButton = QPushButton(self.finesBox)
        self.addFineButton.setObjectName(u"addFineButton")

        self.fineButtons.addWidget(self.addFineButton)

        self.removeFineButton = QPushButton(self.finesBox)
        self.removeFineButton.setObjectName(u"removeFineButton")

        self.fineButtons.addWidget(self.removeFineButton)


        self.finesLayout.addLayout(self.fineButtons)


        self.rulesRow.addWidget(self.finesBox)


        self.rulesTabLayout.addLayout(self.rulesRow)

        self.tabs.addTab(self.rulesTab, "")
        self.membersTab = QWidget()
        self.membersTab.setObjectName(u"membersTab")
        self.membersTabLayout = QVBoxLayout(self.membersTab)
        self.membersTabLayout.setObjectName(u"membersTabLayout")
        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.searchLabel = QLabel(self.membersTab)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchRow.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(self.membersTab)
        self.searchEdit.setObjectName(u"searchEdit")

        self.searchRow.addWidget(self.searchEdit)


        self.membersTabLayout.addLayout(self.searchRow)

        self.membersHelp = QLabel(self.membersTab)
        self.membersHelp.setObjectName(u"membersHelp")
        self.membersHelp.setText(u"")
        self.membersHelp.setWordWrap(True)

        self.membersTabLayout.addWidget(self.membersHelp)

        self.membersTable = QTableWidget(self.membersTab)
        self.membersTable.setObjectName(u"membersTable")
        self.membersTable.setAlternatingRowColors(True)

        self.membersTabLayout.addWidget(self.membersTable)

        self.tabs.addTab(self.membersTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.messageLabel = QLabel(GroupDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(GroupDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.frequencyLabel.setBuddy(self.frequencyCombo)
        self.startedLabel.setBuddy(self.startedEdit)
        self.sharePriceLabel.setBuddy(self.sharePriceSpin)
        self.minSharesLabel.setBuddy(self.minSharesSpin)
        self.maxSharesLabel.setBuddy(self.maxSharesSpin)
        self.socialLabel.setBuddy(self.socialSpin)
        self.multipleLabel.setBuddy(self.multipleSpin)
        self.monthsLabel.setBuddy(self.monthsSpin)
        self.methodLabel.setBuddy(self.methodCombo)
        self.rateLabel.setBuddy(self.rateSpin)
        self.policyLabel.setBuddy(self.policyCombo)
        self.leftoverLabel.setBuddy(self.leftoverCombo)
        self.roundingLabel.setBuddy(self.roundingCombo)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.frequencyCombo)
        QWidget.setTabOrder(self.frequencyCombo, self.startedEdit)

        self.retranslateUi(GroupDialog)

        QMetaObject.connectSlotsByName(GroupDialog)
    # setupUi

    def retranslateUi(self, GroupDialog):
        GroupDialog.setWindowTitle(QCoreApplication.translate("GroupDialog", u"Savings group", None))
        self.nameLabel.setText(QCoreApplication.translate("GroupDialog", u"&Name:", None))
        self.frequencyLabel.setText(QCoreApplication.translate("GroupDialog", u"&Meets:", None))
        self.startedLabel.setText(QCoreApplication.translate("GroupDialog", u"Cycle &started on:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.groupTab), QCoreApplication.translate("GroupDialog", u"Group", None))
        self.sharePriceLabel.setText(QCoreApplication.translate("GroupDialog", u"Share &price:", None))
        self.minSharesLabel.setText(QCoreApplication.translate("GroupDialog", u"Least shares per meeting:", None))
        self.maxSharesLabel.setText(QCoreApplication.translate("GroupDialog", u"Most shares per meeting:", None))
        self.socialLabel.setText(QCoreApplication.translate("GroupDialog", u"Social fund contribution:", None))
        self.multipleLabel.setText(QCoreApplication.translate("GroupDialog", u"Loan limit (times savings):", None))
        self.monthsLabel.setText(QCoreApplication.translate("GroupDialog", u"Longest loan (months):", None))
        self.methodLabel.setText(QCoreApplication.translate("GroupDialog", u"Service charge worked out:", None))
        self.rateLabel.setText(QCoreApplication.translate("GroupDialog", u"Service charge a month:", None))
        self.earlyCheck.setText(QCoreApplication.translate("GroupDialog", u"Charge the rest of the term when a loan is paid off early", None))
        self.policyLabel.setText(QCoreApplication.translate("GroupDialog", u"Loans still out at share-out:", None))
        self.leftoverLabel.setText(QCoreApplication.translate("GroupDialog", u"T\u00f6gr\u00f6g left over after rounding:", None))
        self.roundingLabel.setText(QCoreApplication.translate("GroupDialog", u"Round payouts down to:", None))
        self.finesBox.setTitle(QCoreApplication.translate("GroupDialog", u"Fines catalogue", None))
        self.addFineButton.setText(QCoreApplication.translate("GroupDialog", u"&Add fine", None))
        self.removeFineButton.setText(QCoreApplication.translate("GroupDialog", u"Remove fine", None))
        self.tabs.setTabText(self.tabs.indexOf(self.rulesTab), QCoreApplication.translate("GroupDialog", u"Constitution", None))
        self.searchLabel.setText(QCoreApplication.translate("GroupDialog", u"&Find:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.membersTab), QCoreApplication.translate("GroupDialog", u"Members and officers", None))
    # retranslateUi

