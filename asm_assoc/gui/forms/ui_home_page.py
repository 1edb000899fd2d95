# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'home_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_HomePage(object):
    def setupUi(self, HomePage):
        if not HomePage.objectName():
            HomePage.setObjectName(u"HomePage")
        HomePage.resize(1000, 600)
        self.homeLayout = QVBoxLayout(HomePage)
        self.homeLayout.setSpacing(14)
        self.homeLayout.setObjectName(u"homeLayout")
        self.homeLayout.setContentsMargins(24, 18, 24, 18)
        self.titleLabel = QLabel(HomePage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 15pt; font-weight: bold;")

        self.homeLayout.addWidget(self.titleLabel)

        self.figuresRow = QHBoxLayout()
        self.figuresRow.setSpacing(16)
        self.figuresRow.setObjectName(u"figuresRow")
        self.daysFrame = QFrame(HomePage)
        self.daysFrame.setObjectName(u"daysFrame")
        self.daysFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.daysLayout = QVBoxLayout(self.daysFrame)
        self.daysLayout.setObjectName(u"daysLayout")
        self.daysNumberLabel = QLabel(self.daysFrame)
        self.daysNumberLabel.setObjectName(u"daysNumberLabel")
        self.daysNumberLabel.setText(u"")
        self.daysNumberLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.daysNumberLabel.setStyleSheet(u"font-size: 34pt; font-weight: bold;")

        self.daysLayout.addWidget(self.daysNumberLabel)

        self.daysCaptionLabel = QLabel(self.daysFrame)
        self.daysCaptionLabel.setObjectName(u"daysCaptionLabel")
        self.daysCaptionLabel.setText(u"")
        self.daysCaptionLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.daysCaptionLabel.setWordWrap(True)
        self.daysCaptionLabel.setStyleSheet(u"font-size: 11pt;")

        self.daysLayout.addWidget(self.daysCaptionLabel)


        self.figuresRow.addWidget(self.daysFrame)

        self.openFrame = QFrame(HomePage)
        self.openFrame.setObjectName(u"openFrame")
        self.openFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.openLayout = QVBoxLayout(self.openFrame)
        self.openLayout.setObjectName(u"openLayout")
        self.openNumberLabel = QLabel(self.openFrame)
        self.openNumberLabel.setObjectName(u"openNumberLabel")
        self.openNumberLabel.setText(u"")
        self.openNumberLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.openNumberLabel.setStyleSheet(u"font-size: 34pt; font-weight: bold;")

        self.openLayout.addWidget(self.openNumberLabel)

        self.openCaptionLabel = QLabel(self.openFrame)
        self.openCaptionLabel.setObjectName(u"openCaptionLabel")
        self.openCaptionLabel.setText(u"")
        self.openCaptionLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.openCaptionLabel.setWordWrap(True)
        self.openCaptionLabel.setStyleSheet(u"font-size: 11pt;")

        self.openLayout.addWidget(self.openCaptionLabel)


        self.figuresRow.addWidget(self.openFrame)

        self.overdueFrame = QFrame(HomePage)
        self.overdueFrame.setObjectName(u"overdueFrame")
        self.overdueFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.overdueLayout = QVBoxLayout(self.overdueFrame)
        self.overdueLayout.setObjectName(u"overdueLayout")
        self.overdueNumberLabel = QLabel(self.overdueFrame)
        self.overdueNumberLabel.setObjectName(u"overdueNumberLabel")
        self.overdueNumberLabel.setText(u"")
        self.overdueNumberLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.overdueNumberLabel.setStyleSheet(u"font-size: 34pt; font-weight: bold;")

        self.overdueLayout.addWidget(self.overdueNumberLabel)

        self.overdueCaptionLabel = QLabel(self.overdueFrame)
        self.overdueCaptionLabel.setObjectName(u"overdueCaptionLabel")
        self.overdueCaptionLabel.setText(u"")
        self.overdueCaptionLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.overdueCaptionLabel.setWordWrap(True)
        self.overdueCaptionLabel.setStyleSheet(u"font-size: 11pt;")

        self.overdueLayout.addWidget(self.overdueCaptionLabel)


        self.figuresRow.addWidget(self.overdueFrame)


        self.homeLayout.addLayout(self.figuresRow)

        self.overdueTitleLabel = QLabel(HomePage)
        self.overdueTitleLabel.setObjectName(u"overdueTitleLabel")
        self.overdueTitleLabel.setStyleSheet(u"font-size: 12pt; font-weight: bold;")

        self.homeLayout.addWidget(self.overdueTitleLabel)

        self.overdueTable = QTableWidget(HomePage)
        self.overdueTable.setObjectName(u"overdueTable")
        self.overdueTable.setAlternatingRowColors(True)
        self.overdueTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.overdueTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.overdueTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overdueTable.setWordWrap(False)

        self.homeLayout.addWidget(self.overdueTable)

        self.overdueEmptyLabel = QLabel(HomePage)
        self.overdueEmptyLabel.setObjectName(u"overdueEmptyLabel")
        self.overdueEmptyLabel.setWordWrap(True)
        self.overdueEmptyLabel.setStyleSheet(u"font-size: 11pt;")

        self.homeLayout.addWidget(self.overdueEmptyLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.openButton = QPushButton(HomePage)
        self.openButton.setObjectName(u"openButton")

        self.buttonRow.addWidget(self.openButton)

        self.newButton = QPushButton(HomePage)
        self.newButton.setObjectName(u"newButton")

        self.buttonRow.addWidget(self.newButton)

        self.buttonStretch = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonStretch)


        self.homeLayout.addLayout(self.buttonRow)

        self.bottomStretch = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.homeLayout.addItem(self.bottomStretch)

        self.homeLayout.setStretch(3, 1)
        QWidget.setTabOrder(self.overdueTable, self.openButton)
        QWidget.setTabOrder(self.openButton, self.newButton)

        self.retranslateUi(HomePage)

        QMetaObject.connectSlotsByName(HomePage)
    # setupUi

    def retranslateUi(self, HomePage):
        self.titleLabel.setText(QCoreApplication.translate("HomePage", u"Safety", None))
        self.overdueTitleLabel.setText(QCoreApplication.translate("HomePage", u"Corrective actions past their due date", None))
        self.overdueEmptyLabel.setText(QCoreApplication.translate("HomePage", u"No corrective action is overdue.", None))
        self.openButton.setText(QCoreApplication.translate("HomePage", u"&Open the incident\u2026", None))
        self.newButton.setText(QCoreApplication.translate("HomePage", u"Record a &new incident\u2026", None))
        pass
    # retranslateUi

