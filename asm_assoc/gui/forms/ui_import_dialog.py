# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QDialog,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QTableView,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(860, 620)
        self.dialogLayout = QVBoxLayout(ImportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.stepLabel = QLabel(ImportDialog)
        self.stepLabel.setObjectName(u"stepLabel")
        self.stepLabel.setStyleSheet(u"font-size: 13pt; font-weight: bold;")
        self.stepLabel.setText(u"Step")

        self.dialogLayout.addWidget(self.stepLabel)

        self.pages = QStackedWidget(ImportDialog)
        self.pages.setObjectName(u"pages")
        self.filePage = QWidget()
        self.filePage.setObjectName(u"filePage")
        self.filePageLayout = QVBoxLayout(self.filePage)
        self.filePageLayout.setObjectName(u"filePageLayout")
        self.fileIntro = QLabel(self.filePage)
        self.fileIntro.setObjectName(u"fileIntro")
        self.fileIntro.setWordWrap(True)

        self.filePageLayout.addWidget(self.fileIntro)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileLabel = QLabel(self.filePage)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileRow.addWidget(self.fileLabel)

        self.filePathEdit = QLineEdit(self.filePage)
        self.filePathEdit.setObjectName(u"filePathEdit")
        self.filePathEdit.setReadOnly(True)

        self.fileRow.addWidget(self.filePathEdit)

        self.chooseFileButton = QPushButton(self.filePage)
        self.chooseFileButton.setObjectName(u"chooseFileButton")

        self.fileRow.addWidget(self.chooseFileButton)


        self.filePageLayout.addLayout(self.fileRow)

        self.fileMessage = QLabel(self.filePage)
        self.fileMessage.setObjectName(u"fileMessage")
        self.fileMessage.setWordWrap(True)
        self.fileMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.filePageLayout.addWidget(self.fileMessage)

        self.templateRow = QHBoxLayout()
        self.templateRow.setObjectName(u"templateRow")
        self.templateHint = QLabel(self.filePage)
        self.templateHint.setObjectName(u"templateHint")
        self.templateHint.setWordWrap(True)

        self.templateRow.addWidget(self.templateHint)

        self.templateButton = QPushButton(self.filePage)
        self.templateButton.setObjectName(u"templateButton")

        self.templateRow.addWidget(self.templateButton)


        self.filePageLayout.addLayout(self.templateRow)

        self.fileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.filePageLayout.addItem(self.fileSpacer)

        self.pages.addWidget(self.filePage)
        self.mappingPage = QWidget()
        self.mappingPage.setObjectName(u"mappingPage")
        self.mappingPageLayout = QVBoxLayout(self.mappingPage)
        self.mappingPageLayout.setObjectName(u"mappingPageLayout")
        self.mappingIntro = QLabel(self.mappingPage)
        self.mappingIntro.setObjectName(u"mappingIntro")
        self.mappingIntro.setWordWrap(True)

        self.mappingPageLayout.addWidget(self.mappingIntro)

        self.mappingTable = QTableWidget(self.mappingPage)
        if (self.mappingTable.columnCount() < 3):
            self.mappingTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.mappingTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.mappingTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.mappingTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.mappingTable.setObjectName(u"mappingTable")
        self.mappingTable.setTabKeyNavigation(False)
        self.mappingTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.mappingTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mappingTable.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.mappingTable.horizontalHeader().setStretchLastSection(True)
        self.mappingTable.verticalHeader().setVisible(False)

        self.mappingPageLayout.addWidget(self.mappingTable)

        self.mappingMessage = QLabel(self.mappingPage)
        self.mappingMessage.setObjectName(u"mappingMessage")
        self.mappingMessage.setWordWrap(True)

        self.mappingPageLayout.addWidget(self.mappingMessage)

        self.optionsRow = QHBoxLayout()
        self.optionsRow.setObjectName(u"optionsRow")
        self.knownGroup = QGroupBox(self.mappingPage)
        self.knownGroup.setObjectName(u"knownGroup")
        self.knownLayout = QVBoxLayout(self.knownGroup)
        self.knownLayout.setObjectName(u"knownLayout")
        self.skipKnownRadio = QRadioButton(self.knownGroup)
        self.skipKnownRadio.setObjectName(u"skipKnownRadio")
        self.skipKnownRadio.setChecked(True)

        self.knownLayout.addWidget(self.skipKnownRadio)

        self.updateKnownRadio = QRadioButton(self.knownGroup)
        self.updateKnownRadio.setObjectName(u"updateKnownRadio")

        self.knownLayout.addWidget(self.updateKnownRadio)


        self.optionsRow.addWidget(self.knownGroup)

        self.modeGroup = QGroupBox(self.mappingPage)
        self.modeGroup.setObjectName(u"modeGroup")
        self.modeLayout = QVBoxLayout(self.modeGroup)
        self.modeLayout.setObjectName(u"modeLayout")
        self.validOnlyRadio = QRadioButton(self.modeGroup)
        self.validOnlyRadio.setObjectName(u"validOnlyRadio")
        self.validOnlyRadio.setChecked(True)

        self.modeLayout.addWidget(self.validOnlyRadio)

        self.allOrNothingRadio = QRadioButton(self.modeGroup)
        self.allOrNothingRadio.setObjectName(u"allOrNothingRadio")

        self.modeLayout.addWidget(self.allOrNothingRadio)


        self.optionsRow.addWidget(self.modeGroup)


        self.mappingPageLayout.addLayout(self.optionsRow)

        self.pages.addWidget(self.mappingPage)
        self.previewPage = QWidget()
        self.previewPage.setObjectName(u"previewPage")
        self.previewPageLayout = QVBoxLayout(self.previewPage)
        self.previewPageLayout.setObjectName(u"previewPageLayout")
        self.countsLabel = QLabel(self.previewPage)
        self.countsLabel.setObjectName(u"countsLabel")
        self.countsLabel.setStyleSheet(u"font-weight: bold;")
        self.countsLabel.setWordWrap(True)

        self.previewPageLayout.addWidget(self.countsLabel)

        self.previewMessage = QLabel(self.previewPage)
        self.previewMessage.setObjectName(u"previewMessage")
        self.previewMessage.setWordWrap(True)

        self.previewPageLayout.addWidget(self.previewMessage)

        self.problemsOnlyCheck = QCheckBox(self.previewPage)
        self.problemsOnlyCheck.setObjectName(u"problemsOnlyCheck")

        self.previewPageLayout.addWidget(self.problemsOnlyCheck)

        self.previewTable = QTableView(self.previewPage)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setAlternatingRowColors(False)
        self.previewTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.previewTable.setWordWrap(True)
        self.previewTable.horizontalHeader().setStretchLastSection(True)
        self.previewTable.verticalHeader().setVisible(False)

        self.previewPageLayout.addWidget(self.previewTable)

        self.pages.addWidget(self.previewPage)
        self.donePage = QWidget()
        self.donePage.setObjectName(u"donePage")
        self.donePageLayout = QVBoxLayout(self.donePage)
        self.donePageLayout.setObjectName(u"donePageLayout")
        self.doneLabel = QLabel(self.donePage)
        self.doneLabel.setObjectName(u"doneLabel")
        self.doneLabel.setWordWrap(True)
        self.doneLabel.setStyleSheet(u"font-weight: bold;")

        self.donePageLayout.addWidget(self.doneLabel)

        self.summaryText = QPlainTextEdit(self.donePage)
        self.summaryText.setObjectName(u"summaryText")
        self.summaryText.setReadOnly(True)

        self.donePageLayout.addWidget(self.summaryText)

        self.pages.addWidget(self.donePage)

        self.dialogLayout.addWidget(self.pages)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.backButton = QPushButton(ImportDialog)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.backButton)

        self.nextButton = QPushButton(ImportDialog)
        self.nextButton.setObjectName(u"nextButton")

        self.buttonRow.addWidget(self.nextButton)

        self.importButton = QPushButton(ImportDialog)
        self.importButton.setObjectName(u"importButton")

        self.buttonRow.addWidget(self.importButton)

        self.closeButton = QPushButton(ImportDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.chooseFileButton)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.chooseFileButton, self.skipKnownRadio)
        QWidget.setTabOrder(self.skipKnownRadio, self.updateKnownRadio)
        QWidget.setTabOrder(self.updateKnownRadio, self.validOnlyRadio)
        QWidget.setTabOrder(self.validOnlyRadio, self.allOrNothingRadio)
        QWidget.setTabOrder(self.allOrNothingRadio, self.problemsOnlyCheck)
        QWidget.setTabOrder(self.problemsOnlyCheck, self.previewTable)
        QWidget.setTabOrder(self.previewTable, self.summaryText)
        QWidget.setTabOrder(self.summaryText, self.backButton)
        QWidget.setTabOrder(self.backButton, self.nextButton)
        QWidget.setTabOrder(self.nextButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.closeButton)

        self.retranslateUi(ImportDialog)

        self.pages.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Import members from a file", None))
        self.fileIntro.setText(QCoreApplication.translate("ImportDialog", u"Choose an Excel workbook (.xlsx) or a CSV file with one member on each row. The first row holds the column headings, for example \u041e\u0432\u043e\u0433, \u041d\u044d\u0440, \u0420\u0435\u0433\u0438\u0441\u0442\u0440\u0438\u0439\u043d \u0434\u0443\u0433\u0430\u0430\u0440.\n"
"\n"
"Nothing is saved until you press Import at the last step.", None))
        self.fileLabel.setText(QCoreApplication.translate("ImportDialog", u"File:", None))
        self.filePathEdit.setPlaceholderText(QCoreApplication.translate("ImportDialog", u"No file chosen yet", None))
        self.chooseFileButton.setText(QCoreApplication.translate("ImportDialog", u"&Choose a file\u2026", None))
        self.templateHint.setText(QCoreApplication.translate("ImportDialog", u"No list yet? Save an empty template with the right column headings, fill it in with Excel, then choose it here.", None))
        self.templateButton.setText(QCoreApplication.translate("ImportDialog", u"Save an empty &template\u2026", None))
        self.mappingIntro.setText(QCoreApplication.translate("ImportDialog", u"Check what each column of the file holds. A column set to \u201c\u2014 ignore \u2014\u201d is not imported.", None))
        ___qtablewidgetitem = self.mappingTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ImportDialog", u"Column in the file", None))
        ___qtablewidgetitem1 = self.mappingTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ImportDialog", u"First values", None))
        ___qtablewidgetitem2 = self.mappingTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ImportDialog", u"Member field", None))
        self.knownGroup.setTitle(QCoreApplication.translate("ImportDialog", u"When a registration number is already in the register", None))
        self.skipKnownRadio.setText(QCoreApplication.translate("ImportDialog", u"&Skip the row (the member stays as it is)", None))
        self.updateKnownRadio.setText(QCoreApplication.translate("ImportDialog", u"&Update the member from the file", None))
        self.modeGroup.setTitle(QCoreApplication.translate("ImportDialog", u"When some rows have errors", None))
        self.validOnlyRadio.setText(QCoreApplication.translate("ImportDialog", u"Import the &valid rows, leave out the rows with errors", None))
        self.allOrNothingRadio.setText(QCoreApplication.translate("ImportDialog", u"Import &nothing if any row has an error", None))
        self.problemsOnlyCheck.setText(QCoreApplication.translate("ImportDialog", u"Show only the rows with &problems", None))
        self.backButton.setText(QCoreApplication.translate("ImportDialog", u"< &Back", None))
        self.nextButton.setText(QCoreApplication.translate("ImportDialog", u"&Next >", None))
        self.importButton.setText(QCoreApplication.translate("ImportDialog", u"&Import", None))
        self.closeButton.setText(QCoreApplication.translate("ImportDialog", u"Close", None))
    # retranslateUi

