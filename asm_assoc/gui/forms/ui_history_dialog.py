# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'history_dialog.ui'
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

from asm_assoc.gui.widgets.date_edit import OptionalDateEdit

class Ui_HistoryDialog(object):
    def setupUi(self, HistoryDialog):
        if not HistoryDialog.objectName():
            HistoryDialog.setObjectName(u"HistoryDialog")
        HistoryDialog.resize(820, 520)
        self.dialogLayout = QVBoxLayout(HistoryDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.titleLabel = QLabel(HistoryDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"")
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setStyleSheet(u"font-weight: bold;")

        self.dialogLayout.addWidget(self.titleLabel)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.userLabel = QLabel(HistoryDialog)
        self.userLabel.setObjectName(u"userLabel")

        self.filterRow.addWidget(self.userLabel)

        self.userCombo = QComboBox(HistoryDialog)
        self.userCombo.setObjectName(u"userCombo")

        self.filterRow.addWidget(self.userCombo)

        self.sinceLabel = QLabel(HistoryDialog)
        self.sinceLabel.setObjectName(u"sinceLabel")

        self.filterRow.addWidget(self.sinceLabel)

        self.sinceEdit = OptionalDateEdit(HistoryDialog)
        self.sinceEdit.setObjectName(u"sinceEdit")

        self.filterRow.addWidget(self.sinceEdit)

        self.untilLabel = QLabel(HistoryDialog)
        self.untilLabel.setObjectName(u"untilLabel")

        self.filterRow.addWidget(self.untilLabel)

        self.untilEdit = OptionalDateEdit(HistoryDialog)
        self.untilEdit.setObjectName(u"untilEdit")

        self.filterRow.addWidget(self.untilEdit)


        self.dialogLayout.addLayout(self.filterRow)

        self.historyTable = QTableWidget(HistoryDialog)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyTable.setAlternatingRowColors(True)
        self.historyTable.setWordWrap(True)

        self.dialogLayout.addWidget(self.historyTable)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.printButton = QPushButton(HistoryDialog)
        self.printButton.setObjectName(u"printButton")

        self.bottomRow.addWidget(self.printButton)

        self.buttonBox = QDialogButtonBox(HistoryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.bottomRow.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.userLabel.setBuddy(self.userCombo)
        self.sinceLabel.setBuddy(self.sinceEdit)
        self.untilLabel.setBuddy(self.untilEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.userCombo, self.sinceEdit)
        QWidget.setTabOrder(self.sinceEdit, self.untilEdit)
        QWidget.setTabOrder(self.untilEdit, self.historyTable)
        QWidget.setTabOrder(self.historyTable, self.printButton)

        self.retranslateUi(HistoryDialog)

        QMetaObject.connectSlotsByName(HistoryDialog)
    # setupUi

    def retranslateUi(self, HistoryDialog):
        HistoryDialog.setWindowTitle(QCoreApplication.translate("HistoryDialog", u"History", None))
        self.userLabel.setText(QCoreApplication.translate("HistoryDialog", u"&By:", None))
        self.sinceLabel.setText(QCoreApplication.translate("HistoryDialog", u"&From:", None))
        self.untilLabel.setText(QCoreApplication.translate("HistoryDialog", u"&To:", None))
        self.printButton.setText(QCoreApplication.translate("HistoryDialog", u"&Print\u2026", None))
    # retranslateUi

