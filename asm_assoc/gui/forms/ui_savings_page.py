# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'savings_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QTableWidget, QTableWidgetItem, QToolButton,
    QVBoxLayout, QWidget)

class Ui_SavingsPage(object):
    def setupUi(self, SavingsPage):
        if not SavingsPage.objectName():
            SavingsPage.setObjectName(u"SavingsPage")
        SavingsPage.resize(1000, 600)
        self.pageLayout = QHBoxLayout(SavingsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.groupColumn = QVBoxLayout()
        self.groupColumn.setObjectName(u"groupColumn")
        self.groupsLabel = QLabel(SavingsPage)
        self.groupsLabel.setObjectName(u"groupsLabel")

        self.groupColumn.addWidget(self.groupsLabel)

        self.groupList = QListWidget(SavingsPage)
        self.groupList.setObjectName(u"groupList")
        self.groupList.setAlternatingRowColors(True)
        self.groupList.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.groupList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.groupColumn.addWidget(self.groupList)

        self.newGroupButton = QPushButton(SavingsPage)
        self.newGroupButton.setObjectName(u"newGroupButton")

        self.groupColumn.addWidget(self.newGroupButton)


        self.pageLayout.addLayout(self.groupColumn)

        self.detailColumn = QVBoxLayout()
        self.detailColumn.setObjectName(u"detailColumn")
        self.titleLabel = QLabel(SavingsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"")
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setStyleSheet(u"font-weight: bold; font-size: 12pt;")

        self.detailColumn.addWidget(self.titleLabel)

        self.balancesLabel = QLabel(SavingsPage)
        self.balancesLabel.setObjectName(u"balancesLabel")
        self.balancesLabel.setText(u"")
        self.balancesLabel.setWordWrap(True)

        self.detailColumn.addWidget(self.balancesLabel)

        self.membersTable = QTableWidget(SavingsPage)
        self.membersTable.setObjectName(u"membersTable")
        self.membersTable.setAlternatingRowColors(True)
        self.membersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.membersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.detailColumn.addWidget(self.membersTable)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.meetingButton = QPushButton(SavingsPage)
        self.meetingButton.setObjectName(u"meetingButton")

        self.actionRow.addWidget(self.meetingButton)

        self.groupButton = QPushButton(SavingsPage)
        self.groupButton.setObjectName(u"groupButton")

        self.actionRow.addWidget(self.groupButton)

        self.openingButton = QPushButton(SavingsPage)
        self.openingButton.setObjectName(u"openingButton")

        self.actionRow.addWidget(self.openingButton)

        self.ledgerButton = QPushButton(SavingsPage)
        self.ledgerButton.setObjectName(u"ledgerButton")

        self.actionRow.addWidget(self.ledgerButton)

        self.shareoutButton = QPushButton(SavingsPage)
        self.shareoutButton.setObjectName(u"shareoutButton")

        self.actionRow.addWidget(self.shareoutButton)

        self.reportsButton = QToolButton(SavingsPage)
        self.reportsButton.setObjectName(u"reportsButton")
        self.reportsButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        self.actionRow.addWidget(self.reportsButton)


        self.detailColumn.addLayout(self.actionRow)


        self.pageLayout.addLayout(self.detailColumn)

        self.pageLayout.setStretch(0, 1)
        self.pageLayout.setStretch(1, 4)
#if QT_CONFIG(shortcut)
        self.groupsLabel.setBuddy(self.groupList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.groupList, self.newGroupButton)
        QWidget.setTabOrder(self.newGroupButton, self.membersTable)
        QWidget.setTabOrder(self.membersTable, self.meetingButton)
        QWidget.setTabOrder(self.meetingButton, self.groupButton)
        QWidget.setTabOrder(self.groupButton, self.openingButton)
        QWidget.setTabOrder(self.openingButton, self.ledgerButton)
        QWidget.setTabOrder(self.ledgerButton, self.shareoutButton)
        QWidget.setTabOrder(self.shareoutButton, self.reportsButton)

        self.retranslateUi(SavingsPage)

        QMetaObject.connectSlotsByName(SavingsPage)
    # setupUi

    def retranslateUi(self, SavingsPage):
        self.groupsLabel.setText(QCoreApplication.translate("SavingsPage", u"Savings &groups", None))
        self.newGroupButton.setText(QCoreApplication.translate("SavingsPage", u"&New group\u2026", None))
        self.meetingButton.setText(QCoreApplication.translate("SavingsPage", u"New &meeting\u2026", None))
        self.groupButton.setText(QCoreApplication.translate("SavingsPage", u"Group and &rules\u2026", None))
        self.openingButton.setText(QCoreApplication.translate("SavingsPage", u"&Opening balances\u2026", None))
        self.ledgerButton.setText(QCoreApplication.translate("SavingsPage", u"&Ledger\u2026", None))
        self.shareoutButton.setText(QCoreApplication.translate("SavingsPage", u"&Share-out\u2026", None))
        self.reportsButton.setText(QCoreApplication.translate("SavingsPage", u"&Print\u2026", None))
        pass
    # retranslateUi

