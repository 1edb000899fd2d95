"""The ledger of a cycle: every entry in order, with the reversals next to what they undo. A mistake in a
closed meeting is corrected here by reversing the entry (core's `ledger.reverse`): the original stays."""

from __future__ import annotations

import datetime as dt
import sqlite3

from PySide6.QtCore import QEvent
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QWidget

from asm_assoc.core import access, writes
from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import _, active
from asm_assoc.core.reports.savings_meeting import meetings_of
from asm_assoc.core.savings import groups, ledger
from asm_assoc.core.savings.groups import Cycle
from asm_assoc.gui import settings
from asm_assoc.gui.forms.ui_ledger_dialog import Ui_LedgerDialog
from asm_assoc.gui.widgets import tables

UNDONE = QColor("#8a8a8a")


class LedgerDialog(QDialog):
    def __init__(self, conn: sqlite3.Connection, actor: writes.Actor, cycle: Cycle,
                 parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LedgerDialog()
        self.ui.setupUi(self)
        self.conn, self.actor, self.cycle = conn, actor, cycle
        self.today = today or dt.date.today()
        self.entries: list[ledger.Entry] = []
        settings.remember_geometry(self)
        self.people = {m.member_id: m for m in groups.members_of(conn, cycle.group_id, include_left=True)}
        table = self.ui.entriesTable
        tables.set_up(table, 7, last_stretches=True)
        self.ui.memberCombo.addItem("", None)
        for member in self.people.values():
            self.ui.memberCombo.addItem(f"{member.member_no:04d} {member.name}", member.member_id)
        self.ui.memberCombo.currentIndexChanged.connect(self.reload)
        table.itemSelectionChanged.connect(self._update_button)
        self.ui.reverseButton.clicked.connect(self.reverse_chosen)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._retranslate()
        self.reload()

    def _retranslate(self) -> None:
        group = groups.get_group(self.conn, self.cycle.group_id)
        self.setWindowTitle(_("Ledger of {group}, cycle {number}").format(group=group.name, number=self.cycle.number))
        self.ui.memberCombo.setItemText(0, _("everyone"))
        self.ui.entriesTable.setHorizontalHeaderLabels(
            [_("Date"), _("Meeting"), _("Member"), _("What"), _("Shares"), _("Amount"), _("Note")])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "entries"):
            self.ui.retranslateUi(self)
            self._retranslate()
            self.reload()
        super().changeEvent(event)

    def reload(self) -> None:
        tr = active()
        self.entries = ledger.entries(self.conn, self.cycle.id, member_id=self.ui.memberCombo.currentData())
        undone = ledger.reversed_ids(self.conn, self.cycle.id)
        numbers = {m[0]: m[1] for m in meetings_of(self.conn, self.cycle.id)}
        table = self.ui.entriesTable
        table.setRowCount(len(self.entries))
        for row, e in enumerate(self.entries):
            person = self.people.get(e.member_id) if e.member_id else None
            what = _(ledger.KIND_LABELS[e.kind])
            if e.reverses:
                what = _("Reversal: {what}").format(what=what)
            elif e.id in undone:
                what = _("{what} (reversed)").format(what=what)
            cells = [tr.date(e.entered_on), str(numbers.get(e.meeting_id, "")), person.name if person else "",
                     what, tr.number(e.shares) if e.shares else "", tr.money(e.amount), e.note or ""]
            tables.fill_row(table, row, cells, right=(1, 4, 5),
                            foreground=QBrush(UNDONE) if e.id in undone or e.reverses else None)
        self._update_button()

    def chosen(self) -> ledger.Entry | None:
        row = self.ui.entriesTable.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _update_button(self) -> None:
        entry = self.chosen()
        self.ui.reverseButton.setEnabled(
            entry is not None and access.can(self.actor.role, "savings.write") and self.cycle.is_open
            and not entry.reverses and entry.kind not in ledger.NOT_REVERSIBLE)

    def reverse_chosen(self) -> None:
        entry = self.chosen()
        if entry is None:
            return
        tr = active()
        reason, ok = QInputDialog.getText(self, _("Reverse the entry"), _(
            "“{what}”, {amount}, of {date} will be undone by a reversing entry; both stay in the ledger.\n"
            "Why is it reversed?").format(what=_(ledger.KIND_LABELS[entry.kind]), amount=tr.money(entry.amount),
                                          date=tr.date(entry.entered_on)))
        if not ok:
            return
        try:
            ledger.reverse(self.conn, self.actor, entry.id, reason=reason, on=self.today)
        except UserError as exc:
            QMessageBox.warning(self, _("The entry was not reversed"), exc.text())
            return
        self.reload()
