"""The treasurer's page: the association's savings groups, the chosen group's open cycle with each member's
shares, savings and loan, and the way into meetings, the group's rules, the ledger, the share-out and the
printouts. Every figure comes from core (balances are sums of ledger entries)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QListWidgetItem, QMenu, QWidget

from asm_assoc.core import access, writes
from asm_assoc.core.i18n import _, active
from asm_assoc.core.progress import Progress
from asm_assoc.core.savings import groups, ledger, meetings
from asm_assoc.gui.forms.ui_savings_page import Ui_SavingsPage
from asm_assoc.gui.pages.database_page import DatabasePage
from asm_assoc.gui.widgets import tables


class SavingsPage(DatabasePage):
    def __init__(self, conn: sqlite3.Connection, actor: writes.Actor, parent: QWidget | None = None, *,
                 report_lang: Callable[[], str] | None = None) -> None:
        super().__init__(conn, actor, parent)
        self.ui = Ui_SavingsPage()
        self.ui.setupUi(self)
        self.report_lang = report_lang or (lambda: active().lang)
        self.group: groups.Group | None = None
        self.cycle: groups.Cycle | None = None
        table = self.ui.membersTable
        tables.set_up(table, 6, stretch=1)
        ui = self.ui
        ui.groupList.currentRowChanged.connect(self._group_chosen)
        ui.newGroupButton.clicked.connect(self.new_group)
        ui.groupButton.clicked.connect(self.edit_group)
        ui.meetingButton.clicked.connect(self.new_meeting)
        ui.openingButton.clicked.connect(self.opening_balances)
        ui.ledgerButton.clicked.connect(self.show_ledger)
        ui.shareoutButton.clicked.connect(self.share_out)
        self.reports_menu = QMenu(self)
        ui.reportsButton.setMenu(self.reports_menu)
        self._retranslate()
        self.reload()
        self.finish_setup()

    # Language ----------------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.ui.membersTable.setHorizontalHeaderLabels(
            [_("No."), _("Member"), _("Office"), _("Shares"), _("Savings"), _("Loan owed")])
        self.reports_menu.clear()
        for text, handler in ((_("Meeting summary (last meeting)"), self.print_meeting),
                              (_("Passbook of the chosen member"), self.print_passbook),
                              (_("Loan register"), self.print_loans), (_("Cycle summary"), self.print_cycle),
                              (_("Share-out sheet"), self.print_shareout),
                              (_("Indicators of all groups"), self.print_indicators)):
            action = QAction(text, self.reports_menu)
            action.triggered.connect(lambda _checked=False, h=handler: h())
            self.reports_menu.addAction(action)
        self.reports_menu.addSeparator()
        for text, handler in ((_("Export the ledger of this cycle…"), self.export_ledger),
                              (_("Export the data sheet of all groups…"), self.export_datasheet)):
            action = QAction(text, self.reports_menu)
            action.triggered.connect(lambda _checked=False, h=handler: h())
            self.reports_menu.addAction(action)

    def redraw(self) -> None:
        self.show_group()

    def connection_changed(self) -> None:
        self.reload()

    # Showing -----------------------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        """Read the groups again, keeping (or moving to) the chosen one."""
        keep = select or (self.group.id if self.group else None)
        found = groups.groups(self.conn)
        lst = self.ui.groupList
        lst.blockSignals(True)
        lst.clear()
        for group in found:
            item = QListWidgetItem(group.name)
            item.setData(Qt.ItemDataRole.UserRole, group.id)
            lst.addItem(item)
        ids = [g.id for g in found]
        lst.setCurrentRow(ids.index(keep) if keep in ids else (0 if ids else -1))
        lst.blockSignals(False)
        self._group_chosen(lst.currentRow())

    def _group_chosen(self, row: int) -> None:
        item = self.ui.groupList.item(row) if row >= 0 else None
        self.group = groups.get_group(self.conn, item.data(Qt.ItemDataRole.UserRole)) if item else None
        self.cycle = groups.current_cycle(self.conn, self.group.id) if self.group else None
        self.show_group()

    def show_group(self) -> None:
        if self.conn is None:
            return
        ui, tr = self.ui, active()
        writer = access.can(self.actor.role, "savings.write")
        ui.newGroupButton.setEnabled(writer)
        for button in (ui.meetingButton, ui.groupButton, ui.openingButton, ui.shareoutButton):
            button.setEnabled(writer and self.cycle is not None)
        ui.ledgerButton.setEnabled(self.cycle is not None)
        ui.reportsButton.setEnabled(self.cycle is not None)
        table = ui.membersTable
        if self.group is None or self.cycle is None:
            ui.titleLabel.setText(_("No savings group yet") if not ui.groupList.count() else "")
            ui.balancesLabel.setText(_("Add the association's first savings group with “New group…”.")
                                     if writer and not ui.groupList.count() else "")
            table.setRowCount(0)
            return
        cycle = self.cycle
        meetings_held = meetings.meetings_held(self.conn, cycle.id)
        ui.titleLabel.setText(_("{group} · cycle {number}, from {date} · {count} meetings").format(
            group=self.group.name, number=cycle.number, date=tr.date(cycle.started_on), count=meetings_held))
        totals = ledger.cycle_totals(self.conn, cycle.id)
        ui.balancesLabel.setText(_(
            "Loan fund cash {cash} · lent out {loans} · savings {savings} ({shares} shares) · social fund "
            "{social} · in the box {box}").format(cash=tr.money(totals.cash), loans=tr.money(totals.loans),
                                                  savings=tr.money(totals.savings),
                                                  shares=tr.number(totals.shares), social=tr.money(totals.social),
                                                  box=tr.money(totals.box)))
        ui.openingButton.setEnabled(ui.openingButton.isEnabled() and not totals.by_kind)
        people = groups.members_of(self.conn, self.group.id, on=max(dt.date.today(),
                                                                    dt.date.fromisoformat(cycle.started_on)))
        per = ledger.member_totals(self.conn, cycle.id)
        table.setRowCount(len(people))
        for row, member in enumerate(people):
            t = per.get(member.member_id, ledger.Totals())
            office = _(groups.OFFICES[member.office][0]) if member.office else ""
            cells = [f"{member.member_no:04d}", member.name, office, tr.number(t.shares), tr.money(t.savings),
                     tr.money(t.loans) if t.loans else ""]
            tables.fill_row(table, row, cells, right=(0, 3, 4, 5), data=member.member_id)

    def chosen_member(self) -> str | None:
        item = self.ui.membersTable.item(self.ui.membersTable.currentRow(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    # Actions -----------------------------------------------------------------------------------------

    def new_group(self) -> None:
        from asm_assoc.gui.dialogs.group_dialog import GroupDialog

        dialog = GroupDialog(self.conn, self.actor, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload(select=dialog.group_id)

    def edit_group(self) -> None:
        from asm_assoc.gui.dialogs.group_dialog import GroupDialog

        if self.group and GroupDialog(self.conn, self.actor, self.group.id, self).exec():
            self.reload()

    def new_meeting(self) -> None:
        from asm_assoc.gui.dialogs.meeting_dialog import MeetingDialog

        if self.cycle and MeetingDialog(self.conn, self.actor, self.cycle, self).exec():
            self.reload()

    def opening_balances(self) -> None:
        from asm_assoc.gui.dialogs.opening_dialog import OpeningDialog

        if self.cycle and OpeningDialog(self.conn, self.actor, self.cycle, self).exec():
            self.reload()

    def show_ledger(self) -> None:
        from asm_assoc.gui.dialogs.ledger_dialog import LedgerDialog

        if self.cycle:
            LedgerDialog(self.conn, self.actor, self.cycle, self).exec()
            self.reload()

    def share_out(self) -> None:
        from asm_assoc.gui.dialogs.shareout_dialog import ShareoutDialog

        if self.cycle and ShareoutDialog(self.conn, self.actor, self.cycle, self).exec():
            self.reload()

    # Exports ---------------------------------------------------------------------------------------------

    def _export(self, title: str, stem: str, write: Callable[[Path], int], done: str) -> None:
        from asm_assoc.gui.export_path import export_to

        export_to(self, title, stem, write, done)

    def export_ledger(self) -> None:
        from asm_assoc.core.savings import exports

        cycle = self.cycle
        if cycle is None:
            return
        self._export(_("Export the ledger"), _("ledger"), lambda path: exports.export_ledger(
            self.conn, path, actor=self.actor, cycle_id=cycle.id, lang=active().lang),
            _("{count} entries written to {file}."))

    def export_datasheet(self) -> None:
        from asm_assoc.core.savings import exports

        self._export(_("Export the data sheet"), _("savings-groups"), lambda path: exports.export_datasheet(
            self.conn, path, actor=self.actor, lang=active().lang), _("{count} groups written to {file}."))

    # Printouts ---------------------------------------------------------------------------------------

    def _preview(self, title: str, render: Callable[[str, Path, Progress], Path]) -> None:
        from asm_assoc.gui.dialogs.report_preview import show_report_preview

        show_report_preview(title, render, self, self.report_lang())

    def print_meeting(self) -> None:
        from asm_assoc.core.reports.savings_meeting import meetings_of, render_meeting_pdf

        held = [m for m in meetings_of(self.conn, self.cycle.id) if m[2] == "meeting"] if self.cycle else []
        if not held:
            return
        meeting_id = held[-1][0]
        self._preview(_("Meeting summary"), lambda lang, out, _p: render_meeting_pdf(
            self.conn, out, actor=self.actor, meeting_id=meeting_id, lang=lang))

    def print_passbook(self) -> None:
        from asm_assoc.core.reports.passbook import render_passbook_pdf

        member_id, cycle = self.chosen_member(), self.cycle
        if member_id is None or cycle is None:
            return
        self._preview(_("Passbook statement"), lambda lang, out, _p: render_passbook_pdf(
            self.conn, out, actor=self.actor, cycle_id=cycle.id, member_id=member_id, lang=lang))

    def print_loans(self) -> None:
        from asm_assoc.core.reports.loan_register import render_loan_register_pdf

        cycle = self.cycle
        self._preview(_("Loan register"), lambda lang, out, _p: render_loan_register_pdf(
            self.conn, out, actor=self.actor, cycle_id=cycle.id, lang=lang))

    def print_cycle(self) -> None:
        from asm_assoc.core.reports.cycle_summary import render_cycle_summary_pdf

        cycle = self.cycle
        self._preview(_("Cycle summary"), lambda lang, out, _p: render_cycle_summary_pdf(
            self.conn, out, actor=self.actor, cycle_id=cycle.id, lang=lang))

    def print_shareout(self) -> None:
        from asm_assoc.core.reports.shareout_sheet import render_shareout_pdf

        cycle = self.cycle
        self._preview(_("Share-out sheet"), lambda lang, out, _p: render_shareout_pdf(
            self.conn, out, actor=self.actor, cycle_id=cycle.id, lang=lang))

    def print_indicators(self) -> None:
        from asm_assoc.core.reports.savings_indicators import render_indicators_pdf

        self._preview(_("Savings group indicators"), lambda lang, out, progress: render_indicators_pdf(
            self.conn, out, actor=self.actor, lang=lang, progress=progress))
