# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QSizePolicy, QSpinBox,
    QVBoxLayout, QWidget)

from asm_assoc.gui.widgets.date_edit import OptionalDateEdit
from asm_assoc.gui.widgets.meeting_grid import MeetingGrid

class Ui_MeetingDialog(object):
    def setupUi(self, MeetingDialog):
        if not MeetingDialog.objectName():
            MeetingDialog.setObjectName(u"MeetingDialog")
        MeetingDialog.resize(1180, 700)
        self.dialogLayout = QVBoxLayout(MeetingDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dateRow = QHBoxLayout()
        self.dateRow.setObjectName(u"dateRow")
        self.dateLabel = QLabel(MeetingDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.dateRow.addWidget(self.dateLabel)

        self.dateEdit = OptionalDateEdit(MeetingDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.dateRow.addWidget(self.dateEdit)

        self.rulesLabel = QLabel(MeetingDialog)
        self.rulesLabel.setObjectName(u"rulesLabel")
        self.rulesLabel.setText(u"")
        self.rulesLabel.setWordWrap(True)

        self.dateRow.addWidget(self.rulesLabel)


        self.dialogLayout.addLayout(self.dateRow)

        self.helpLabel = QLabel(MeetingDialog)
        self.helpLabel.setObjectName(u"helpLabel")
        self.helpLabel.setText(u"")
        self.helpLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.helpLabel)

        self.grid = MeetingGrid(MeetingDialog)
        self.grid.setObjectName(u"grid")
        self.grid.setAlternatingRowColors(True)

        self.dialogLayout.addWidget(self.grid)

        self.totalsLabel = QLabel(MeetingDialog)
        self.totalsLabel.setObjectName(u"totalsLabel")
        self.totalsLabel.setText(u"")
        self.totalsLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.totalsLabel)

        self.cashForm = QFormLayout()
        self.cashForm.setObjectName(u"cashForm")
        self.cashForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.expectedLabel = QLabel(MeetingDialog)
        self.expectedLabel.setObjectName(u"expectedLabel")

        self.cashForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.expectedLabel)

        self.expectedValue = QLabel(MeetingDialog)
        self.expectedValue.setObjectName(u"expectedValue")
        self.expectedValue.setText(u"")
        self.expectedValue.setWordWrap(True)

        self.cashForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.expectedValue)

        self.countedLabel = QLabel(MeetingDialog)
        self.countedLabel.setObjectName(u"countedLabel")

        self.cashForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.countedLabel)

        self.countedSpin = QSpinBox(MeetingDialog)
        self.countedSpin.setObjectName(u"countedSpin")
        self.countedSpin.setMinimum(0)
        self.countedSpin.setMaximum(2000000000)
        self.countedSpin.setGroupSeparatorShown(True)
        self.countedSpin.setSuffix(u" \u20ae")

        self.cashForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.countedSpin)

        self.noteLabel = QLabel(MeetingDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.cashForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(MeetingDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.cashForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.confirmedLabel = QLabel(MeetingDialog)
        self.confirmedLabel.setObjectName(u"confirmedLabel")

        self.cashForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.confirmedLabel)

        self.confirmedCombo = QComboBox(MeetingDialog)
        self.confirmedCombo.setObjectName(u"confirmedCombo")

        self.cashForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.confirmedCombo)


        self.dialogLayout.addLayout(self.cashForm)

        self.problemsLabel = QLabel(MeetingDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setText(u"")
        self.problemsLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.problemsLabel)

        self.buttonBox = QDialogButtonBox(MeetingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.countedLabel.setBuddy(self.countedSpin)
        self.noteLabel.setBuddy(self.noteEdit)
        self.confirmedLabel.setBuddy(self.confirmedCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.grid)
        QWidget.setTabOrder(self.grid, self.countedSpin)
        QWidget.setTabOrder(self.countedSpin, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.confirmedCombo)

        self.retranslateUi(MeetingDialog)

        QMetaObject.connectSlotsByName(MeetingDialog)
    # setupUi

    def retranslateUi(self, MeetingDialog):
        MeetingDialog.setWindowTitle(QCoreApplication.translate("MeetingDialog", u"Meeting", None))
        self.dateLabel.setText(QCoreApplication.translate("MeetingDialog", u"Meeting &date:", None))
        self.expectedLabel.setText(QCoreApplication.translate("MeetingDialog", u"Cash expected in the box:", None))
        self.countedLabel.setText(QCoreApplication.translate("MeetingDialog", u"Cash &counted:", None))
        self.noteLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Why it differs:", None))
        self.confirmedLabel.setText(QCoreApplication.translate("MeetingDialog", u"Confirmed &by:", None))
    # retranslateUi

