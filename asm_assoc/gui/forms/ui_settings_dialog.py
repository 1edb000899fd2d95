# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(560, 360)
        self.dialogLayout = QVBoxLayout(SettingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.languageGroup = QGroupBox(SettingsDialog)
        self.languageGroup.setObjectName(u"languageGroup")
        self.languageForm = QFormLayout(self.languageGroup)
        self.languageForm.setObjectName(u"languageForm")
        self.languageForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.languageLabel = QLabel(self.languageGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.languageForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.languageGroup)
        self.languageCombo.setObjectName(u"languageCombo")

        self.languageForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.reportLanguageLabel = QLabel(self.languageGroup)
        self.reportLanguageLabel.setObjectName(u"reportLanguageLabel")

        self.languageForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reportLanguageLabel)

        self.reportLanguageCombo = QComboBox(self.languageGroup)
        self.reportLanguageCombo.setObjectName(u"reportLanguageCombo")

        self.languageForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reportLanguageCombo)

        self.languageNote = QLabel(self.languageGroup)
        self.languageNote.setObjectName(u"languageNote")
        self.languageNote.setWordWrap(True)

        self.languageForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.languageNote)


        self.dialogLayout.addWidget(self.languageGroup)

        self.securityGroup = QGroupBox(SettingsDialog)
        self.securityGroup.setObjectName(u"securityGroup")
        self.securityForm = QFormLayout(self.securityGroup)
        self.securityForm.setObjectName(u"securityForm")
        self.idleLockLabel = QLabel(self.securityGroup)
        self.idleLockLabel.setObjectName(u"idleLockLabel")

        self.securityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.idleLockLabel)

        self.idleLockSpin = QSpinBox(self.securityGroup)
        self.idleLockSpin.setObjectName(u"idleLockSpin")
        self.idleLockSpin.setMinimum(1)
        self.idleLockSpin.setMaximum(240)

        self.securityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.idleLockSpin)

        self.idleLockNote = QLabel(self.securityGroup)
        self.idleLockNote.setObjectName(u"idleLockNote")
        self.idleLockNote.setWordWrap(True)

        self.securityForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.idleLockNote)


        self.dialogLayout.addWidget(self.securityGroup)

        self.filesGroup = QGroupBox(SettingsDialog)
        self.filesGroup.setObjectName(u"filesGroup")
        self.filesForm = QFormLayout(self.filesGroup)
        self.filesForm.setObjectName(u"filesForm")
        self.filesForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.dataFolderLabel = QLabel(self.filesGroup)
        self.dataFolderLabel.setObjectName(u"dataFolderLabel")

        self.filesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dataFolderLabel)

        self.dataFolderValue = QLabel(self.filesGroup)
        self.dataFolderValue.setObjectName(u"dataFolderValue")
        self.dataFolderValue.setText(u"")
        self.dataFolderValue.setWordWrap(True)
        self.dataFolderValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.filesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dataFolderValue)

        self.databaseLabel = QLabel(self.filesGroup)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.filesForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.databaseValue = QLabel(self.filesGroup)
        self.databaseValue.setObjectName(u"databaseValue")
        self.databaseValue.setText(u"")
        self.databaseValue.setWordWrap(True)
        self.databaseValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.filesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.databaseValue)

        self.logFileLabel = QLabel(self.filesGroup)
        self.logFileLabel.setObjectName(u"logFileLabel")

        self.filesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.logFileLabel)

        self.logFileValue = QLabel(self.filesGroup)
        self.logFileValue.setObjectName(u"logFileValue")
        self.logFileValue.setText(u"")
        self.logFileValue.setWordWrap(True)
        self.logFileValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.filesForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.logFileValue)


        self.dialogLayout.addWidget(self.filesGroup)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.reportLanguageLabel.setBuddy(self.reportLanguageCombo)
        self.idleLockLabel.setBuddy(self.idleLockSpin)
        self.dataFolderLabel.setBuddy(self.dataFolderValue)
        self.databaseLabel.setBuddy(self.databaseValue)
        self.logFileLabel.setBuddy(self.logFileValue)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.languageCombo, self.reportLanguageCombo)
        QWidget.setTabOrder(self.reportLanguageCombo, self.idleLockSpin)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Preferences", None))
        self.languageGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Language", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Language of the program:", None))
        self.reportLanguageLabel.setText(QCoreApplication.translate("SettingsDialog", u"Language of printed &reports:", None))
        self.languageNote.setText(QCoreApplication.translate("SettingsDialog", u"A new language takes effect at once, in every open window.", None))
        self.securityGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Security", None))
        self.idleLockLabel.setText(QCoreApplication.translate("SettingsDialog", u"Lock the window after &idle:", None))
        self.idleLockSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" min", None))
        self.idleLockNote.setText(QCoreApplication.translate("SettingsDialog", u"For everyone who uses this database; only the director can change it.", None))
        self.filesGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Where your data is kept", None))
        self.dataFolderLabel.setText(QCoreApplication.translate("SettingsDialog", u"Data folder:", None))
        self.databaseLabel.setText(QCoreApplication.translate("SettingsDialog", u"Database:", None))
        self.logFileLabel.setText(QCoreApplication.translate("SettingsDialog", u"Log file:", None))
    # retranslateUi

