# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'hours_dialog.ui'
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
    QDialogButtonBox, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_HoursDialog(object):
    def setupUi(self, HoursDialog):
        if not HoursDialog.objectName():
            HoursDialog.setObjectName(u"HoursDialog")
        HoursDialog.resize(940, 660)
        self.dialogLayout = QVBoxLayout(HoursDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(HoursDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setText(u"")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.yearRow = QHBoxLayout()
        self.yearRow.setObjectName(u"yearRow")
        self.yearLabel = QLabel(HoursDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.yearRow.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(HoursDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.yearRow.addWidget(self.yearSpin)

        self.yearStretch = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.yearRow.addItem(self.yearStretch)


        self.dialogLayout.addLayout(self.yearRow)

        self.monthsTable = QTableWidget(HoursDialog)
        self.monthsTable.setObjectName(u"monthsTable")
        self.monthsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.monthsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.monthsTable.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed|QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)

        self.dialogLayout.addWidget(self.monthsTable)

        self.totalsLabel = QLabel(HoursDialog)
        self.totalsLabel.setObjectName(u"totalsLabel")
        self.totalsLabel.setText(u"")
        self.totalsLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.totalsLabel)

        self.estimateBox = QGroupBox(HoursDialog)
        self.estimateBox.setObjectName(u"estimateBox")
        self.estimateBox.setTitle(u"")
        self.estimateGrid = QGridLayout(self.estimateBox)
        self.estimateGrid.setObjectName(u"estimateGrid")
        self.estimateHelpLabel = QLabel(self.estimateBox)
        self.estimateHelpLabel.setObjectName(u"estimateHelpLabel")
        self.estimateHelpLabel.setWordWrap(True)

        self.estimateGrid.addWidget(self.estimateHelpLabel, 0, 0, 1, 8)

        self.estimateWorkersLabel = QLabel(self.estimateBox)
        self.estimateWorkersLabel.setObjectName(u"estimateWorkersLabel")

        self.estimateGrid.addWidget(self.estimateWorkersLabel, 1, 0, 1, 1)

        self.estimateWorkersSpin = QSpinBox(self.estimateBox)
        self.estimateWorkersSpin.setObjectName(u"estimateWorkersSpin")
        self.estimateWorkersSpin.setMaximum(100000)
        self.estimateWorkersSpin.setGroupSeparatorShown(True)

        self.estimateGrid.addWidget(self.estimateWorkersSpin, 1, 1, 1, 1)

        self.estimateDaysLabel = QLabel(self.estimateBox)
        self.estimateDaysLabel.setObjectName(u"estimateDaysLabel")

        self.estimateGrid.addWidget(self.estimateDaysLabel, 1, 2, 1, 1)

        self.estimateDaysSpin = QSpinBox(self.estimateBox)
        self.estimateDaysSpin.setObjectName(u"estimateDaysSpin")
        self.estimateDaysSpin.setMaximum(31)

        self.estimateGrid.addWidget(self.estimateDaysSpin, 1, 3, 1, 1)

        self.estimateHoursLabel = QLabel(self.estimateBox)
        self.estimateHoursLabel.setObjectName(u"estimateHoursLabel")

        self.estimateGrid.addWidget(self.estimateHoursLabel, 1, 4, 1, 1)

        self.estimateHoursSpin = QSpinBox(self.estimateBox)
        self.estimateHoursSpin.setObjectName(u"estimateHoursSpin")
        self.estimateHoursSpin.setMaximum(24)
        self.estimateHoursSpin.setValue(8)

        self.estimateGrid.addWidget(self.estimateHoursSpin, 1, 5, 1, 1)

        self.estimateResultLabel = QLabel(self.estimateBox)
        self.estimateResultLabel.setObjectName(u"estimateResultLabel")
        self.estimateResultLabel.setText(u"")

        self.estimateGrid.addWidget(self.estimateResultLabel, 1, 6, 1, 1)

        self.estimateButton = QPushButton(self.estimateBox)
        self.estimateButton.setObjectName(u"estimateButton")

        self.estimateGrid.addWidget(self.estimateButton, 1, 7, 1, 1)


        self.dialogLayout.addWidget(self.estimateBox)

        self.messageLabel = QLabel(HoursDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(HoursDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Save|QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
        self.estimateWorkersLabel.setBuddy(self.estimateWorkersSpin)
        self.estimateDaysLabel.setBuddy(self.estimateDaysSpin)
        self.estimateHoursLabel.setBuddy(self.estimateHoursSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.yearSpin, self.monthsTable)
        QWidget.setTabOrder(self.monthsTable, self.estimateWorkersSpin)
        QWidget.setTabOrder(self.estimateWorkersSpin, self.estimateDaysSpin)
        QWidget.setTabOrder(self.estimateDaysSpin, self.estimateHoursSpin)
        QWidget.setTabOrder(self.estimateHoursSpin, self.estimateButton)

        self.retranslateUi(HoursDialog)

        QMetaObject.connectSlotsByName(HoursDialog)
    # setupUi

    def retranslateUi(self, HoursDialog):
        HoursDialog.setWindowTitle(QCoreApplication.translate("HoursDialog", u"Hours worked", None))
        self.yearLabel.setText(QCoreApplication.translate("HoursDialog", u"&Year:", None))
        self.estimateHelpLabel.setText(QCoreApplication.translate("HoursDialog", u"Without time sheets, estimate the month: the people who worked, the days they worked and their usual working day.", None))
        self.estimateWorkersLabel.setText(QCoreApplication.translate("HoursDialog", u"Wor&kers:", None))
        self.estimateDaysLabel.setText(QCoreApplication.translate("HoursDialog", u"&Days worked:", None))
        self.estimateHoursLabel.setText(QCoreApplication.translate("HoursDialog", u"Hours a d&ay:", None))
        self.estimateButton.setText(QCoreApplication.translate("HoursDialog", u"&Use this estimate", None))
    # retranslateUi

