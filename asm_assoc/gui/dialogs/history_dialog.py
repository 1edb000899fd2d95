"""A record's History: every change in plain words, filtered by who made it and between which dates,
printable (core's `audit.history` and `reports.history`)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from asm_assoc.core import audit, history_text, writes
from asm_assoc.core.i18n import _, active
from asm_assoc.core.progress import Progress
from asm_assoc.gui import settings
from asm_assoc.gui.forms.ui_history_dialog import Ui_HistoryDialog


class HistoryDialog(QDialog):
    def __init__(self, conn: sqlite3.Connection, actor: writes.Actor, table: str, row_id: str, subject: str,
                 parent: QWidget | None = None, *, report_lang: str | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HistoryDialog()
        self.ui.setupUi(self)
        self.conn, self.actor, self.table, self.row_id, self.subject = conn, actor, table, row_id, subject
        self.report_lang = report_lang or active().lang
        self.items: list[audit.HistoryItem] = []
        settings.remember_geometry(self)
        grid = self.ui.historyTable
        grid.setColumnCount(4)
        grid.verticalHeader().setVisible(False)
        header = grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.ui.userCombo.addItem("", None)
        for name in audit.history_users(conn, table, row_id):
            self.ui.userCombo.addItem(name, name)
        self.ui.userCombo.currentIndexChanged.connect(self.reload)
        self.ui.sinceEdit.isoChanged.connect(self.reload)
        self.ui.untilEdit.isoChanged.connect(self.reload)
        self.ui.printButton.clicked.connect(self.print_history)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._retranslate()
        self.reload()

    def _retranslate(self) -> None:
        self.setWindowTitle(_("History: {subject}").format(subject=self.subject))
        self.ui.titleLabel.setText(self.subject)
        self.ui.userCombo.setItemText(0, _("everyone"))
        self.ui.historyTable.setHorizontalHeaderLabels([_("When"), _("By"), _("What"), _("Changes")])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "items"):
            self.ui.retranslateUi(self)
            self._retranslate()
            self.reload()
        super().changeEvent(event)

    def history_filter(self) -> audit.HistoryFilter:
        since, until = self.ui.sinceEdit.iso(), self.ui.untilEdit.iso()
        return audit.HistoryFilter(
            user_name=self.ui.userCombo.currentData(),
            since=dt.date.fromisoformat(since) if since else None,
            until=dt.date.fromisoformat(until) if until else None,
        )

    def reload(self) -> None:
        tr = active()
        self.items = audit.history(self.conn, self.actor, self.table, self.row_id, self.history_filter())
        grid = self.ui.historyTable
        grid.setRowCount(len(self.items))
        for row, item in enumerate(reversed(self.items)):  # newest first on screen
            cells = (f"{tr.date(item.at.date())} {item.at:%H:%M}", item.user_name, history_text.op_text(item, tr),
                     "\n".join(history_text.change_lines(self.table, item, tr)))
            for column, text in enumerate(cells):
                grid.setItem(row, column, QTableWidgetItem(text))
        grid.resizeRowsToContents()
        self.ui.printButton.setEnabled(bool(self.items))

    def print_history(self) -> None:
        from asm_assoc.core.reports.history import render_history_pdf
        from asm_assoc.gui.dialogs.report_preview import show_report_preview

        f = self.history_filter()

        def render(lang: str, out: Path, progress: Progress) -> Path:
            return render_history_pdf(self.conn, out, actor=self.actor, table=self.table, row_id=self.row_id,
                                      subject=self.subject, f=f, lang=lang, progress=progress)

        show_report_preview(_("History of changes"), render, self, self.report_lang)
