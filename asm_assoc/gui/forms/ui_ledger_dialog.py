# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ledger_dialog.ui'
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
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_LedgerDialog(object):
    def setupUi(self, LedgerDialog):
        if not LedgerDialog.objectName():
            LedgerDialog.setObjectName(u"LedgerDialog")
        LedgerDialog.resize(980, 560)
        self.dialogLayout = QVBoxLayout(LedgerDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.memberLabel = QLabel(LedgerDialog)
        self.memberLabel.setObjectName(u"memberLabel")

        self.filterRow.addWidget(self.memberLabel)

        self.memberCombo = QComboBox(LedgerDialog)
        self.memberCombo.setObjectName(u"memberCombo")

        self.filterRow.addWidget(self.memberCombo)


        self.dialogLayout.addLayout(self.filterRow)

        self.entriesTable = QTableWidget(LedgerDialog)
        self.entriesTable.setObjectName(u"entriesTable")
        self.entriesTable.setAlternatingRowColors(True)
        self.entriesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entriesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.dialogLayout.addWidget(self.entriesTable)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.reverseButton = QPushButton(LedgerDialog)
        self.reverseButton.setObjectName(u"reverseButton")

        self.bottomRow.addWidget(self.reverseButton)

        self.buttonBox = QDialogButtonBox(LedgerDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.bottomRow.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.memberLabel.setBuddy(self.memberCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.memberCombo, self.entriesTable)
        QWidget.setTabOrder(self.entriesTable, self.reverseButton)

        self.retranslateUi(LedgerDialog)

        QMetaObject.connectSlotsByName(LedgerDialog)
    # setupUi

    def retranslateUi(self, LedgerDialog):
        LedgerDialog.setWindowTitle(QCoreApplication.translate("LedgerDialog", u"Ledger", None))
        self.memberLabel.setText(QCoreApplication.translate("LedgerDialog", u"&Member:", None))
        self.reverseButton.setText(QCoreApplication.translate("LedgerDialog", u"&Reverse the entry\u2026", None))
    # retranslateUi

