# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'incidents_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_IncidentsPage(object):
    def setupUi(self, IncidentsPage):
        if not IncidentsPage.objectName():
            IncidentsPage.setObjectName(u"IncidentsPage")
        IncidentsPage.resize(1000, 600)
        self.pageLayout = QVBoxLayout(IncidentsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.yearLabel = QLabel(IncidentsPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.filterRow.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(IncidentsPage)
        self.yearCombo.setObjectName(u"yearCombo")
        self.yearCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterRow.addWidget(self.yearCombo)

        self.yearGap = QSpacerItem(12, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.yearGap)

        self.statusLabel = QLabel(IncidentsPage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterRow.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(IncidentsPage)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterRow.addWidget(self.statusCombo)

        self.statusGap = QSpacerItem(12, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.statusGap)

        self.kindLabel = QLabel(IncidentsPage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.filterRow.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(IncidentsPage)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterRow.addWidget(self.kindCombo)

        self.filterStretch = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterStretch)

        self.countLabel = QLabel(IncidentsPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.filterRow.addWidget(self.countLabel)


        self.pageLayout.addLayout(self.filterRow)

        self.incidentsTable = QTableWidget(IncidentsPage)
        self.incidentsTable.setObjectName(u"incidentsTable")
        self.incidentsTable.setAlternatingRowColors(True)
        self.incidentsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.incidentsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.incidentsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.incidentsTable.setWordWrap(False)

        self.pageLayout.addWidget(self.incidentsTable)

        self.hintLabel = QLabel(IncidentsPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setText(u"")
        self.hintLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.hintLabel)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.newButton = QPushButton(IncidentsPage)
        self.newButton.setObjectName(u"newButton")

        self.actionRow.addWidget(self.newButton)

        self.openButton = QPushButton(IncidentsPage)
        self.openButton.setObjectName(u"openButton")

        self.actionRow.addWidget(self.openButton)

        self.hoursButton = QPushButton(IncidentsPage)
        self.hoursButton.setObjectName(u"hoursButton")

        self.actionRow.addWidget(self.hoursButton)

        self.actionStretch = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionStretch)

        self.logButton = QPushButton(IncidentsPage)
        self.logButton.setObjectName(u"logButton")

        self.actionRow.addWidget(self.logButton)

        self.summaryButton = QPushButton(IncidentsPage)
        self.summaryButton.setObjectName(u"summaryButton")

        self.actionRow.addWidget(self.summaryButton)

        self.blankFormButton = QPushButton(IncidentsPage)
        self.blankFormButton.setObjectName(u"blankFormButton")

        self.actionRow.addWidget(self.blankFormButton)

        self.exportButton = QPushButton(IncidentsPage)
        self.exportButton.setObjectName(u"exportButton")

        self.actionRow.addWidget(self.exportButton)


        self.pageLayout.addLayout(self.actionRow)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.kindLabel.setBuddy(self.kindCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.yearCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.incidentsTable)
        QWidget.setTabOrder(self.incidentsTable, self.newButton)
        QWidget.setTabOrder(self.newButton, self.openButton)
        QWidget.setTabOrder(self.openButton, self.hoursButton)
        QWidget.setTabOrder(self.hoursButton, self.logButton)
        QWidget.setTabOrder(self.logButton, self.summaryButton)
        QWidget.setTabOrder(self.summaryButton, self.blankFormButton)
        QWidget.setTabOrder(self.blankFormButton, self.exportButton)

        self.retranslateUi(IncidentsPage)

        QMetaObject.connectSlotsByName(IncidentsPage)
    # setupUi

    def retranslateUi(self, IncidentsPage):
        self.yearLabel.setText(QCoreApplication.translate("IncidentsPage", u"&Year:", None))
        self.statusLabel.setText(QCoreApplication.translate("IncidentsPage", u"S&tatus:", None))
        self.kindLabel.setText(QCoreApplication.translate("IncidentsPage", u"&Kind:", None))
        self.newButton.setText(QCoreApplication.translate("IncidentsPage", u"&New incident\u2026", None))
        self.openButton.setText(QCoreApplication.translate("IncidentsPage", u"&Open\u2026", None))
        self.hoursButton.setText(QCoreApplication.translate("IncidentsPage", u"Hours &worked\u2026", None))
        self.logButton.setText(QCoreApplication.translate("IncidentsPage", u"Print &log\u2026", None))
        self.summaryButton.setText(QCoreApplication.translate("IncidentsPage", u"Print s&ummary\u2026", None))
        self.blankFormButton.setText(QCoreApplication.translate("IncidentsPage", u"&Blank form\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("IncidentsPage", u"E&xport\u2026", None))
        pass
    # retranslateUi

