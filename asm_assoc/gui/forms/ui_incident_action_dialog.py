# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'incident_action_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

from asm_assoc.gui.widgets.date_edit import OptionalDateEdit

class Ui_IncidentActionDialog(object):
    def setupUi(self, IncidentActionDialog):
        if not IncidentActionDialog.objectName():
            IncidentActionDialog.setObjectName(u"IncidentActionDialog")
        IncidentActionDialog.resize(560, 480)
        self.dialogLayout = QVBoxLayout(IncidentActionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.actionForm = QFormLayout()
        self.actionForm.setObjectName(u"actionForm")
        self.actionForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.descriptionLabel = QLabel(IncidentActionDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.actionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(IncidentActionDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.actionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.descriptionMessage = QLabel(IncidentActionDialog)
        self.descriptionMessage.setObjectName(u"descriptionMessage")
        self.descriptionMessage.setText(u"")
        self.descriptionMessage.setWordWrap(True)

        self.actionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.descriptionMessage)

        self.ownerLabel = QLabel(IncidentActionDialog)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.actionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerEdit = QLineEdit(IncidentActionDialog)
        self.ownerEdit.setObjectName(u"ownerEdit")
        self.ownerEdit.setMaxLength(200)

        self.actionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ownerEdit)

        self.ownerMessage = QLabel(IncidentActionDialog)
        self.ownerMessage.setObjectName(u"ownerMessage")
        self.ownerMessage.setText(u"")
        self.ownerMessage.setWordWrap(True)

        self.actionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.ownerMessage)

        self.dueLabel = QLabel(IncidentActionDialog)
        self.dueLabel.setObjectName(u"dueLabel")

        self.actionForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.dueEdit = OptionalDateEdit(IncidentActionDialog)
        self.dueEdit.setObjectName(u"dueEdit")

        self.actionForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dueEdit)

        self.dueMessage = QLabel(IncidentActionDialog)
        self.dueMessage.setObjectName(u"dueMessage")
        self.dueMessage.setText(u"")
        self.dueMessage.setWordWrap(True)

        self.actionForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.dueMessage)

        self.statusLabel = QLabel(IncidentActionDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.actionForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(IncidentActionDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.actionForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.statusMessage = QLabel(IncidentActionDialog)
        self.statusMessage.setObjectName(u"statusMessage")
        self.statusMessage.setText(u"")
        self.statusMessage.setWordWrap(True)

        self.actionForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.statusMessage)

        self.doneLabel = QLabel(IncidentActionDialog)
        self.doneLabel.setObjectName(u"doneLabel")

        self.actionForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.doneLabel)

        self.doneEdit = OptionalDateEdit(IncidentActionDialog)
        self.doneEdit.setObjectName(u"doneEdit")

        self.actionForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.doneEdit)

        self.doneMessage = QLabel(IncidentActionDialog)
        self.doneMessage.setObjectName(u"doneMessage")
        self.doneMessage.setText(u"")
        self.doneMessage.setWordWrap(True)

        self.actionForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.doneMessage)

        self.noteLabel = QLabel(IncidentActionDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.actionForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(IncidentActionDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)
        self.noteEdit.setMaximumSize(QSize(16777215, 90))

        self.actionForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.actionForm)

        self.summaryLabel = QLabel(IncidentActionDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.buttonBox = QDialogButtonBox(IncidentActionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.ownerLabel.setBuddy(self.ownerEdit)
        self.dueLabel.setBuddy(self.dueEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.doneLabel.setBuddy(self.doneEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.descriptionEdit, self.ownerEdit)
        QWidget.setTabOrder(self.ownerEdit, self.dueEdit)
        QWidget.setTabOrder(self.dueEdit, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.doneEdit)
        QWidget.setTabOrder(self.doneEdit, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.buttonBox)

        self.retranslateUi(IncidentActionDialog)

        QMetaObject.connectSlotsByName(IncidentActionDialog)
    # setupUi

    def retranslateUi(self, IncidentActionDialog):
        IncidentActionDialog.setWindowTitle(QCoreApplication.translate("IncidentActionDialog", u"Corrective action", None))
        self.descriptionLabel.setText(QCoreApplication.translate("IncidentActionDialog", u"&What is to be done:", None))
        self.ownerLabel.setText(QCoreApplication.translate("IncidentActionDialog", u"Wh&o does it:", None))
        self.dueLabel.setText(QCoreApplication.translate("IncidentActionDialog", u"D&ue by:", None))
        self.statusLabel.setText(QCoreApplication.translate("IncidentActionDialog", u"&Status:", None))
        self.doneLabel.setText(QCoreApplication.translate("IncidentActionDialog", u"&Done on:", None))
        self.noteLabel.setText(QCoreApplication.translate("IncidentActionDialog", u"&Note:", None))
    # retranslateUi

