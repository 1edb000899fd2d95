"""Opening balances of a group that starts using the program mid-cycle, copied from its paper books: each
member's shares and any loan still owed with its due date, and the cash of both funds
(core's `opening.enter_opening_balances`)."""

from __future__ import annotations

import datetime as dt
import sqlite3

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QTableWidgetItem, QWidget

from asm_assoc.core import writes
from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import _, active
from asm_assoc.core.savings import groups
from asm_assoc.core.savings.groups import Cycle
from asm_assoc.core.savings.opening import OpeningLine, OpeningLoan, enter_opening_balances
from asm_assoc.gui import settings
from asm_assoc.gui.forms.ui_opening_dialog import Ui_OpeningDialog
from asm_assoc.gui.widgets import tables
from asm_assoc.gui.widgets.date_edit import OptionalDateEdit
from asm_assoc.gui.widgets.field_messages import show_problems

NUMBER, NAME, SHARES, OWED, DUE = range(5)


class OpeningDialog(QDialog):
    def __init__(self, conn: sqlite3.Connection, actor: writes.Actor, cycle: Cycle,
                 parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OpeningDialog()
        self.ui.setupUi(self)
        self.conn, self.actor, self.cycle = conn, actor, cycle
        self.today = today or dt.date.today()
        settings.remember_geometry(self)
        self.members = groups.members_of(conn, cycle.group_id, on=self.today)
        table = self.ui.balancesTable
        tables.set_up(table, 5, stretch=NAME)
        table.setRowCount(len(self.members))
        for row, member in enumerate(self.members):
            for column, value in ((NUMBER, f"{member.member_no:04d}"), (NAME, member.name)):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                table.setItem(row, column, item)
            for column in (SHARES, OWED):
                item = QTableWidgetItem()
                item.setData(Qt.ItemDataRole.EditRole, 0)
                table.setItem(row, column, item)
            table.setCellWidget(row, DUE, OptionalDateEdit(table))
        self.ui.dateEdit.set_iso(self.today.isoformat())
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(_("Opening balances of {group}").format(
            group=groups.get_group(self.conn, self.cycle.group_id).name))
        self.ui.introLabel.setText(_(
            "For a group that starts using the program in the middle of its cycle: copy from the paper books "
            "each member's shares so far ({price} each) and any loan still owed with its due date. The service "
            "charge of those loans counts from this day. This can be done once, before the first meeting.").format(
            price=active().money(self.cycle.constitution.share_price)))
        self.ui.balancesTable.setHorizontalHeaderLabels(
            [_("No."), _("Member"), _("Shares held"), _("Loan owed (₮)"), _("Loan due on")])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "members"):
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _number(self, row: int, column: int) -> int:
        try:
            return int(self.ui.balancesTable.item(row, column).data(Qt.ItemDataRole.EditRole) or 0)
        except (TypeError, ValueError):
            return -1

    def lines(self) -> list[OpeningLine]:
        found = []
        for row, member in enumerate(self.members):
            line = OpeningLine(member.member_id, self._number(row, SHARES))
            owed = self._number(row, OWED)
            due: OptionalDateEdit = self.ui.balancesTable.cellWidget(row, DUE)  # type: ignore[assignment]
            if owed:
                if due.is_empty():
                    raise UserError(_("Enter when {name}'s loan falls due.").format(name=member.name))
                line.loans.append(OpeningLoan(owed, dt.date.fromisoformat(due.iso())))
            found.append(line)
        return found

    def save(self) -> None:
        ui = self.ui
        try:
            day = dt.date.fromisoformat(ui.dateEdit.iso()) if ui.dateEdit.iso() else self.today
            enter_opening_balances(self.conn, self.actor, self.cycle.id, day, self.lines(),
                                   cash=ui.cashSpin.value(), social=ui.socialFundSpin.value())
        except UserError as exc:
            show_problems(ui.messageLabel, exc.text())
            return
        self.accept()
