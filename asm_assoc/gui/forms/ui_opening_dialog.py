# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'opening_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QSizePolicy, QSpinBox, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

from asm_assoc.gui.widgets.date_edit import OptionalDateEdit

class Ui_OpeningDialog(object):
    def setupUi(self, OpeningDialog):
        if not OpeningDialog.objectName():
            OpeningDialog.setObjectName(u"OpeningDialog")
        OpeningDialog.resize(860, 600)
        self.dialogLayout = QVBoxLayout(OpeningDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(OpeningDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setText(u"")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.dateRow = QHBoxLayout()
        self.dateRow.setObjectName(u"dateRow")
        self.dateLabel = QLabel(OpeningDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.dateRow.addWidget(self.dateLabel)

        self.dateEdit = OptionalDateEdit(OpeningDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.dateRow.addWidget(self.dateEdit)


        self.dialogLayout.addLayout(self.dateRow)

        self.balancesTable = QTableWidget(OpeningDialog)
        self.balancesTable.setObjectName(u"balancesTable")
        self.balancesTable.setAlternatingRowColors(True)

        self.dialogLayout.addWidget(self.balancesTable)

        self.fundsForm = QFormLayout()
        self.fundsForm.setObjectName(u"fundsForm")
        self.fundsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.cashLabel = QLabel(OpeningDialog)
        self.cashLabel.setObjectName(u"cashLabel")

        self.fundsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.cashLabel)

        self.cashSpin = QSpinBox(OpeningDialog)
        self.cashSpin.setObjectName(u"cashSpin")
        self.cashSpin.setMinimum(0)
        self.cashSpin.setMaximum(2000000000)
        self.cashSpin.setGroupSeparatorShown(True)
        self.cashSpin.setSuffix(u" \u20ae")

        self.fundsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.cashSpin)

        self.socialFundLabel = QLabel(OpeningDialog)
        self.socialFundLabel.setObjectName(u"socialFundLabel")

        self.fundsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.socialFundLabel)

        self.socialFundSpin = QSpinBox(OpeningDialog)
        self.socialFundSpin.setObjectName(u"socialFundSpin")
        self.socialFundSpin.setMinimum(0)
        self.socialFundSpin.setMaximum(2000000000)
        self.socialFundSpin.setGroupSeparatorShown(True)
        self.socialFundSpin.setSuffix(u" \u20ae")

        self.fundsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.socialFundSpin)


        self.dialogLayout.addLayout(self.fundsForm)

        self.messageLabel = QLabel(OpeningDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(OpeningDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Cancel)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.cashLabel.setBuddy(self.cashSpin)
        self.socialFundLabel.setBuddy(self.socialFundSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.balancesTable)
        QWidget.setTabOrder(self.balancesTable, self.cashSpin)
        QWidget.setTabOrder(self.cashSpin, self.socialFundSpin)

        self.retranslateUi(OpeningDialog)

        QMetaObject.connectSlotsByName(OpeningDialog)
    # setupUi

    def retranslateUi(self, OpeningDialog):
        OpeningDialog.setWindowTitle(QCoreApplication.translate("OpeningDialog", u"Opening balances", None))
        self.dateLabel.setText(QCoreApplication.translate("OpeningDialog", u"Balances &as of:", None))
        self.cashLabel.setText(QCoreApplication.translate("OpeningDialog", u"Loan fund &cash in the box:", None))
        self.socialFundLabel.setText(QCoreApplication.translate("OpeningDialog", u"&Social fund cash:", None))
    # retranslateUi

