# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recovery_code_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_RecoveryCodeDialog(object):
    def setupUi(self, RecoveryCodeDialog):
        if not RecoveryCodeDialog.objectName():
            RecoveryCodeDialog.setObjectName(u"RecoveryCodeDialog")
        RecoveryCodeDialog.resize(520, 320)
        self.dialogLayout = QVBoxLayout(RecoveryCodeDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(RecoveryCodeDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.codeLabel = QLabel(RecoveryCodeDialog)
        self.codeLabel.setObjectName(u"codeLabel")
        self.codeLabel.setText(u"")
        self.codeLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.codeLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.codeLabel.setStyleSheet(u"font-size: 18pt; font-family: monospace; padding: 12px; border: 1px solid #9a9a9a;")

        self.dialogLayout.addWidget(self.codeLabel)

        self.printRow = QHBoxLayout()
        self.printRow.setObjectName(u"printRow")
        self.printRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.printRow.addItem(self.printRowSpacer)

        self.printButton = QPushButton(RecoveryCodeDialog)
        self.printButton.setObjectName(u"printButton")

        self.printRow.addWidget(self.printButton)


        self.dialogLayout.addLayout(self.printRow)

        self.keptCheck = QCheckBox(RecoveryCodeDialog)
        self.keptCheck.setObjectName(u"keptCheck")

        self.dialogLayout.addWidget(self.keptCheck)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(RecoveryCodeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.printButton, self.keptCheck)

        self.retranslateUi(RecoveryCodeDialog)

        QMetaObject.connectSlotsByName(RecoveryCodeDialog)
    # setupUi

    def retranslateUi(self, RecoveryCodeDialog):
        RecoveryCodeDialog.setWindowTitle(QCoreApplication.translate("RecoveryCodeDialog", u"Recovery code", None))
        self.introLabel.setText(QCoreApplication.translate("RecoveryCodeDialog", u"This is the recovery code of the director's account. It is the only way to set a new password if the director's is forgotten, and it is shown only now. Print it or write it down, and keep it locked away with the association's stamp.", None))
        self.printButton.setText(QCoreApplication.translate("RecoveryCodeDialog", u"&Print the code\u2026", None))
        self.keptCheck.setText(QCoreApplication.translate("RecoveryCodeDialog", u"I have &printed or written down the recovery code", None))
    # retranslateUi

