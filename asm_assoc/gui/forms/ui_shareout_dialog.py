# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'shareout_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

from asm_assoc.gui.widgets.date_edit import OptionalDateEdit

class Ui_ShareoutDialog(object):
    def setupUi(self, ShareoutDialog):
        if not ShareoutDialog.objectName():
            ShareoutDialog.setObjectName(u"ShareoutDialog")
        ShareoutDialog.resize(980, 620)
        self.dialogLayout = QVBoxLayout(ShareoutDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dateRow = QHBoxLayout()
        self.dateRow.setObjectName(u"dateRow")
        self.dateLabel = QLabel(ShareoutDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.dateRow.addWidget(self.dateLabel)

        self.dateEdit = OptionalDateEdit(ShareoutDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.dateRow.addWidget(self.dateEdit)

        self.nextLabel = QLabel(ShareoutDialog)
        self.nextLabel.setObjectName(u"nextLabel")

        self.dateRow.addWidget(self.nextLabel)

        self.nextEdit = OptionalDateEdit(ShareoutDialog)
        self.nextEdit.setObjectName(u"nextEdit")

        self.dateRow.addWidget(self.nextEdit)


        self.dialogLayout.addLayout(self.dateRow)

        self.summaryLabel = QLabel(ShareoutDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.payoutTable = QTableWidget(ShareoutDialog)
        self.payoutTable.setObjectName(u"payoutTable")
        self.payoutTable.setAlternatingRowColors(True)
        self.payoutTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.payoutTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.dialogLayout.addWidget(self.payoutTable)

        self.problemsLabel = QLabel(ShareoutDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setText(u"")
        self.problemsLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.problemsLabel)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.printButton = QPushButton(ShareoutDialog)
        self.printButton.setObjectName(u"printButton")

        self.bottomRow.addWidget(self.printButton)

        self.buttonBox = QDialogButtonBox(ShareoutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Ok|QDialogButtonBox.StandardButton.Cancel)

        self.bottomRow.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.nextLabel.setBuddy(self.nextEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.nextEdit)
        QWidget.setTabOrder(self.nextEdit, self.payoutTable)
        QWidget.setTabOrder(self.payoutTable, self.printButton)

        self.retranslateUi(ShareoutDialog)

        QMetaObject.connectSlotsByName(ShareoutDialog)
    # setupUi

    def retranslateUi(self, ShareoutDialog):
        ShareoutDialog.setWindowTitle(QCoreApplication.translate("ShareoutDialog", u"Share-out", None))
        self.dateLabel.setText(QCoreApplication.translate("ShareoutDialog", u"Share-out &date:", None))
        self.nextLabel.setText(QCoreApplication.translate("ShareoutDialog", u"&Next cycle starts:", None))
        self.printButton.setText(QCoreApplication.translate("ShareoutDialog", u"&Print the sheet\u2026", None))
    # retranslateUi

