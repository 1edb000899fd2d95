"""The share-out: the pool, each member's payout and what they take home, checked by core; OK shares out,
closes the cycle and opens the next (core's `shareout.close_cycle`), after the treasurer confirms."""

from __future__ import annotations

import datetime as dt
import sqlite3

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from asm_assoc.core import writes
from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import _, active
from asm_assoc.core.savings import constitution, groups, shareout
from asm_assoc.core.savings.groups import Cycle
from asm_assoc.gui import settings
from asm_assoc.gui.forms.ui_shareout_dialog import Ui_ShareoutDialog
from asm_assoc.gui.widgets import tables
from asm_assoc.gui.widgets.field_messages import show_problems


class ShareoutDialog(QDialog):
    def __init__(self, conn: sqlite3.Connection, actor: writes.Actor, cycle: Cycle,
                 parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ShareoutDialog()
        self.ui.setupUi(self)
        self.conn, self.actor, self.cycle = conn, actor, cycle
        self.today = today or dt.date.today()
        self.plan: shareout.ShareoutPlan | None = None
        self.new_cycle_id: str | None = None
        settings.remember_geometry(self)
        table = self.ui.payoutTable
        tables.set_up(table, 7, stretch=1)
        self.ui.dateEdit.set_iso(self.today.isoformat())
        self.ui.nextEdit.set_iso(self.today.isoformat())
        self.ui.dateEdit.isoChanged.connect(self.replan)
        self.ui.printButton.clicked.connect(self.print_sheet)
        self.ui.buttonBox.accepted.connect(self.share_out)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._retranslate()
        self.replan()

    def _retranslate(self) -> None:
        group = groups.get_group(self.conn, self.cycle.group_id)
        self.setWindowTitle(_("Share-out of {group}, cycle {number}").format(group=group.name,
                                                                            number=self.cycle.number))
        self.ui.payoutTable.setHorizontalHeaderLabels([_("No."), _("Member"), _("Shares"), _("Savings"),
                                                       _("Payout"), _("Loan netted"), _("In hand")])
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(_("&Share out and close the cycle"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "plan"):
            self.ui.retranslateUi(self)
            self._retranslate()
            self.replan()
        super().changeEvent(event)

    def _day(self, edit) -> dt.date:  # type: ignore[no-untyped-def]
        return dt.date.fromisoformat(edit.iso()) if edit.iso() else self.today

    def replan(self) -> None:
        tr, rules = active(), self.cycle.constitution
        self.plan = plan = shareout.plan_shareout(self.conn, self.cycle.id, self._day(self.ui.dateEdit))
        value = plan.value_per_share
        self.ui.summaryLabel.setText(_(
            "Pool {pool} = loan fund cash {cash} + loans netted {netted}. {shares} shares: one share is worth "
            "{value}; payouts are rounded down to {unit}. Paid out {paid}; left over {left} ({rule}). Social "
            "fund carried to the next cycle: {social}.").format(
            pool=tr.money(plan.pool), cash=tr.money(plan.cash_before), netted=tr.money(plan.netted),
            shares=tr.number(plan.total_shares), value=tr.money_fraction(value) if value is not None else "–",
            unit=tr.money(rules.rounding_unit), paid=tr.money(plan.paid_out),
            left=tr.money(plan.allocation.leftover), rule=_(constitution.LEFTOVER_RULES[rules.leftover_rule]),
            social=tr.money(plan.social_after)))
        table = self.ui.payoutTable
        table.setRowCount(len(plan.lines))
        for row, line in enumerate(plan.lines):
            cells = [f"{line.member.member_no:04d}", line.member.name, tr.number(line.shares), tr.money(line.savings),
                     tr.money(line.payout), tr.money(line.netted) if line.netted else "", tr.money(line.in_hand)]
            tables.fill_row(table, row, cells, right=(0, 2, 3, 4, 5, 6))
        show_problems(self.ui.problemsLabel, "\n".join(p.text() for p in plan.problems))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(plan.ok and self.cycle.is_open)

    def print_sheet(self) -> None:
        from asm_assoc.core.reports.shareout_sheet import render_shareout_pdf
        from asm_assoc.gui.dialogs.report_preview import show_report_preview

        day = self._day(self.ui.dateEdit)
        show_report_preview(_("Share-out sheet"), lambda lang, out, _p: render_shareout_pdf(
            self.conn, out, actor=self.actor, cycle_id=self.cycle.id, held_on=day, lang=lang), self, active().lang)

    def share_out(self) -> None:
        answer = QMessageBox.question(self, _("Share out"), _(
            "Pay out {paid} and close cycle {number}? This is final: the cycle's entries cannot be reversed "
            "afterwards.").format(paid=active().money(self.plan.paid_out if self.plan else 0),
                                  number=self.cycle.number))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.new_cycle_id = shareout.close_cycle(self.conn, self.actor, self.cycle.id,
                                                     self._day(self.ui.dateEdit),
                                                     next_started_on=self._day(self.ui.nextEdit))
        except UserError as exc:
            QMessageBox.warning(self, _("The share-out was not made"), exc.text())
            self.replan()
            return
        self.accept()
