# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'users_dialog.ui'
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
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_UsersDialog(object):
    def setupUi(self, UsersDialog):
        if not UsersDialog.objectName():
            UsersDialog.setObjectName(u"UsersDialog")
        UsersDialog.resize(760, 420)
        self.dialogLayout = QVBoxLayout(UsersDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(UsersDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.mainRow = QHBoxLayout()
        self.mainRow.setObjectName(u"mainRow")
        self.usersTable = QTableWidget(UsersDialog)
        self.usersTable.setObjectName(u"usersTable")
        self.usersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.usersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.usersTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.usersTable.setAlternatingRowColors(True)

        self.mainRow.addWidget(self.usersTable)

        self.buttonColumn = QVBoxLayout()
        self.buttonColumn.setObjectName(u"buttonColumn")
        self.addButton = QPushButton(UsersDialog)
        self.addButton.setObjectName(u"addButton")

        self.buttonColumn.addWidget(self.addButton)

        self.roleButton = QPushButton(UsersDialog)
        self.roleButton.setObjectName(u"roleButton")

        self.buttonColumn.addWidget(self.roleButton)

        self.switchButton = QPushButton(UsersDialog)
        self.switchButton.setObjectName(u"switchButton")

        self.buttonColumn.addWidget(self.switchButton)

        self.passwordButton = QPushButton(UsersDialog)
        self.passwordButton.setObjectName(u"passwordButton")

        self.buttonColumn.addWidget(self.passwordButton)

        self.recoveryButton = QPushButton(UsersDialog)
        self.recoveryButton.setObjectName(u"recoveryButton")

        self.buttonColumn.addWidget(self.recoveryButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.buttonColumn.addItem(self.buttonSpacer)


        self.mainRow.addLayout(self.buttonColumn)


        self.dialogLayout.addLayout(self.mainRow)

        self.buttonBox = QDialogButtonBox(UsersDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.usersTable, self.addButton)
        QWidget.setTabOrder(self.addButton, self.roleButton)
        QWidget.setTabOrder(self.roleButton, self.switchButton)
        QWidget.setTabOrder(self.switchButton, self.passwordButton)
        QWidget.setTabOrder(self.passwordButton, self.recoveryButton)

        self.retranslateUi(UsersDialog)

        QMetaObject.connectSlotsByName(UsersDialog)
    # setupUi

    def retranslateUi(self, UsersDialog):
        UsersDialog.setWindowTitle(QCoreApplication.translate("UsersDialog", u"Users", None))
        self.introLabel.setText(QCoreApplication.translate("UsersDialog", u"Everyone who uses the program has their own login. Accounts are never deleted (their name stays on every change they made): switch off the account of someone who left.", None))
        self.addButton.setText(QCoreApplication.translate("UsersDialog", u"&Add\u2026", None))
        self.roleButton.setText(QCoreApplication.translate("UsersDialog", u"Change the &role\u2026", None))
        self.switchButton.setText(QCoreApplication.translate("UsersDialog", u"Switch &off", None))
        self.passwordButton.setText(QCoreApplication.translate("UsersDialog", u"Give a new &password\u2026", None))
        self.recoveryButton.setText(QCoreApplication.translate("UsersDialog", u"New recovery &code\u2026", None))
    # retranslateUi

