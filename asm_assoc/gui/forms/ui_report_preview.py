# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'report_preview.ui'
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
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFrame,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QToolButton, QVBoxLayout, QWidget)

class Ui_ReportPreviewDialog(object):
    def setupUi(self, ReportPreviewDialog):
        if not ReportPreviewDialog.objectName():
            ReportPreviewDialog.setObjectName(u"ReportPreviewDialog")
        ReportPreviewDialog.resize(1000, 750)
        self.dialogLayout = QVBoxLayout(ReportPreviewDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.toolRow = QHBoxLayout()
        self.toolRow.setObjectName(u"toolRow")
        self.languageLabel = QLabel(ReportPreviewDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.toolRow.addWidget(self.languageLabel)

        self.languageCombo = QComboBox(ReportPreviewDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.toolRow.addWidget(self.languageCombo)

        self.toolSeparator = QFrame(ReportPreviewDialog)
        self.toolSeparator.setObjectName(u"toolSeparator")
        self.toolSeparator.setFrameShape(QFrame.Shape.VLine)
        self.toolSeparator.setFrameShadow(QFrame.Shadow.Sunken)

        self.toolRow.addWidget(self.toolSeparator)

        self.zoomOutButton = QToolButton(ReportPreviewDialog)
        self.zoomOutButton.setObjectName(u"zoomOutButton")
        self.zoomOutButton.setText(u"\u2212")

        self.toolRow.addWidget(self.zoomOutButton)

        self.zoomLabel = QLabel(ReportPreviewDialog)
        self.zoomLabel.setObjectName(u"zoomLabel")
        self.zoomLabel.setMinimumSize(QSize(48, 0))
        self.zoomLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.toolRow.addWidget(self.zoomLabel)

        self.zoomInButton = QToolButton(ReportPreviewDialog)
        self.zoomInButton.setObjectName(u"zoomInButton")
        self.zoomInButton.setText(u"+")

        self.toolRow.addWidget(self.zoomInButton)

        self.fitWidthButton = QToolButton(ReportPreviewDialog)
        self.fitWidthButton.setObjectName(u"fitWidthButton")
        self.fitWidthButton.setCheckable(True)

        self.toolRow.addWidget(self.fitWidthButton)

        self.toolSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolRow.addItem(self.toolSpacer)

        self.pageLabel = QLabel(ReportPreviewDialog)
        self.pageLabel.setObjectName(u"pageLabel")

        self.toolRow.addWidget(self.pageLabel)


        self.dialogLayout.addLayout(self.toolRow)

        self.pdfView = QPdfView(ReportPreviewDialog)
        self.pdfView.setObjectName(u"pdfView")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.pdfView.sizePolicy().hasHeightForWidth())
        self.pdfView.setSizePolicy(sizePolicy)

        self.dialogLayout.addWidget(self.pdfView)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.statusLabel = QLabel(ReportPreviewDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.buttonRow.addWidget(self.statusLabel)

        self.printButton = QPushButton(ReportPreviewDialog)
        self.printButton.setObjectName(u"printButton")

        self.buttonRow.addWidget(self.printButton)

        self.savePdfButton = QPushButton(ReportPreviewDialog)
        self.savePdfButton.setObjectName(u"savePdfButton")
        self.savePdfButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.savePdfButton)

        self.closeButton = QPushButton(ReportPreviewDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.closeButton)

        self.buttonRow.setStretch(0, 1)

        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.languageCombo, self.zoomOutButton)
        QWidget.setTabOrder(self.zoomOutButton, self.zoomInButton)
        QWidget.setTabOrder(self.zoomInButton, self.fitWidthButton)
        QWidget.setTabOrder(self.fitWidthButton, self.pdfView)
        QWidget.setTabOrder(self.pdfView, self.printButton)
        QWidget.setTabOrder(self.printButton, self.savePdfButton)
        QWidget.setTabOrder(self.savePdfButton, self.closeButton)

        self.retranslateUi(ReportPreviewDialog)

        QMetaObject.connectSlotsByName(ReportPreviewDialog)
    # setupUi

    def retranslateUi(self, ReportPreviewDialog):
        ReportPreviewDialog.setWindowTitle(QCoreApplication.translate("ReportPreviewDialog", u"Report", None))
        self.languageLabel.setText(QCoreApplication.translate("ReportPreviewDialog", u"&Language of the report:", None))
#if QT_CONFIG(tooltip)
        self.zoomOutButton.setToolTip(QCoreApplication.translate("ReportPreviewDialog", u"Smaller (Ctrl+-)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.zoomInButton.setToolTip(QCoreApplication.translate("ReportPreviewDialog", u"Larger (Ctrl++)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.fitWidthButton.setToolTip(QCoreApplication.translate("ReportPreviewDialog", u"Fit the page to the width of the window (Ctrl+0)", None))
#endif // QT_CONFIG(tooltip)
        self.fitWidthButton.setText(QCoreApplication.translate("ReportPreviewDialog", u"Fit &width", None))
        self.printButton.setText(QCoreApplication.translate("ReportPreviewDialog", u"&Print\u2026", None))
        self.savePdfButton.setText(QCoreApplication.translate("ReportPreviewDialog", u"&Save as PDF\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("ReportPreviewDialog", u"Close", None))
    # retranslateUi

