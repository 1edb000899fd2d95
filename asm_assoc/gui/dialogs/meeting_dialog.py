"""A meeting as the treasurer enters it at the table: the grid of members, totals as she types, every broken
rule named with the member's figures, the cash-box count, and Save, which closes the meeting for good
(core's `meetings.close_meeting`; corrections afterwards are reversals)."""

from __future__ import annotations

import datetime as dt
import sqlite3

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QMessageBox, QWidget

from asm_assoc.core import writes
from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import _, active
from asm_assoc.core.savings import groups, meetings
from asm_assoc.core.savings.groups import Cycle
from asm_assoc.gui import settings
from asm_assoc.gui.forms.ui_meeting_dialog import Ui_MeetingDialog
from asm_assoc.gui.models.meeting_model import MeetingModel
from asm_assoc.gui.widgets.field_messages import show_problems

NOT_COUNTED = -1  # the count box's value before the cash is counted (shown as a dash)
SHOWN_PROBLEMS = 6


class MeetingDialog(QDialog):
    def __init__(self, conn: sqlite3.Connection, actor: writes.Actor, cycle: Cycle, parent: QWidget | None = None,
                 *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MeetingDialog()
        self.ui.setupUi(self)
        self.conn, self.actor, self.cycle = conn, actor, cycle
        self.today = today or dt.date.today()
        self.context: meetings.MeetingContext | None = None
        self.plan: meetings.MeetingPlan | None = None
        self.meeting_id: str | None = None
        self.model = MeetingModel(self)
        self.ui.grid.setModel(self.model)
        header = self.ui.grid.horizontalHeader()
        # Every column as wide as its content: names never wrap (a wider grid scrolls sideways instead).
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)  # no empty band at the right of a short (English) grid
        self.ui.grid.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        settings.remember_geometry(self)
        ui = self.ui
        ui.countedSpin.setMinimum(NOT_COUNTED)
        ui.countedSpin.setSpecialValueText("—")
        ui.countedSpin.setValue(NOT_COUNTED)
        self.model.edited.connect(self.replan)
        ui.countedSpin.valueChanged.connect(self.replan)
        ui.noteEdit.textChanged.connect(self.replan)
        ui.confirmedCombo.currentIndexChanged.connect(self.replan)
        ui.dateEdit.isoChanged.connect(self._date_changed)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self._fill_officers()
        self._retranslate()
        ui.dateEdit.set_iso(self.today.isoformat())
        self._date_changed()
        ui.grid.setFocus()
        if self.model.rowCount():
            ui.grid.setCurrentIndex(self.model.index(0, 3))  # the first member's shares

    def _fill_officers(self) -> None:
        combo = self.ui.confirmedCombo
        combo.addItem("", None)
        for officer in groups.officers(self.conn, self.cycle.group_id):
            combo.addItem(f"{officer.name} ({_(groups.OFFICES[officer.office][0])})", officer.member_id)

    def _retranslate(self) -> None:
        group = groups.get_group(self.conn, self.cycle.group_id)
        self.setWindowTitle(_("Meeting of {group}").format(group=group.name))
        c, tr = self.cycle.constitution, active()
        self.ui.rulesLabel.setText(_(
            "Shares: {low}–{high} a meeting at {price} · social fund {social} · loans up to {multiple} × savings "
            "for up to {months} months").format(low=c.min_shares, high=c.max_shares, price=tr.money(c.share_price),
                                               social=tr.money(c.social_contribution),
                                               multiple=tr.number(c.loan_multiple_tenths / 10),
                                               months=c.max_loan_months))
        self.ui.helpLabel.setText(_("Type in a cell to change it; Enter goes down to the next member, Tab across. "
                                    "Cells in red break a rule: point at one to read which."))
        self.ui.confirmedCombo.setItemText(0, _("(nobody)"))
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText(_("&Close the meeting"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "model"):
            self.ui.retranslateUi(self)
            self._retranslate()
            self.replan()
        super().changeEvent(event)

    def held_on(self) -> dt.date:
        iso = self.ui.dateEdit.iso()
        return dt.date.fromisoformat(iso) if iso else self.today

    def _date_changed(self) -> None:
        """Members are those in the group on the meeting's day: read again, keeping what was typed."""
        day = self.held_on()
        self.context = meetings.context(self.conn, self.cycle.id, day, today=self.today)
        typed = {line.member_id: line for line in self.model.lines}
        rules = self.cycle.constitution
        lines = [typed.get(m.member_id) or meetings.Line(m.member_id, shares=rules.min_shares,
                                                         social=rules.social_contribution)
                 for m in self.context.members]
        self.model.load(self.context.members, lines, groups.fine_kinds(self.conn, self.cycle.id))
        self.replan()

    def meeting_input(self) -> meetings.MeetingInput:
        counted = self.ui.countedSpin.value()
        return meetings.MeetingInput(self.held_on(), self.model.lines,
                                     cash_counted=None if counted == NOT_COUNTED else counted,
                                     cash_note=self.ui.noteEdit.text(),
                                     confirmed_by=self.ui.confirmedCombo.currentData())

    def replan(self) -> None:
        if self.context is None:
            return
        self.plan = plan = self.context.plan(self.meeting_input())
        self.model.set_plan(plan)
        tr = active()
        there = sum(1 for p in plan.lines if p.line.attendance != "absent")
        self.ui.totalsLabel.setText(_(
            "Present {there} of {count} · shares {shares} ({savings}) · social fund {social} · fines {fines} · "
            "repaid {repaid} (service charge {charge}, principal {principal}) · loans given {loans}").format(
            there=there, count=len(plan.lines), shares=tr.number(plan.total("shares")),
            savings=tr.money(plan.total("shares_value")), social=tr.money(plan.total("social")),
            fines=tr.money(plan.total("fines")), repaid=tr.money(plan.total("repayment")),
            charge=tr.money(plan.total("charge")), principal=tr.money(plan.total("principal")),
            loans=tr.money(plan.total("loan"))))
        self.ui.expectedValue.setText(_("{box} (loan fund {cash}, social fund {social})").format(
            box=tr.money(plan.cash_expected), cash=tr.money(plan.cash_after), social=tr.money(plan.social_after)))
        differs = plan.difference != 0
        for widget in (self.ui.noteEdit, self.ui.confirmedCombo, self.ui.noteLabel, self.ui.confirmedLabel):
            widget.setEnabled(differs)
        problems = [p.text() for p in plan.problems]
        more = len(problems) - SHOWN_PROBLEMS
        shown = problems[:SHOWN_PROBLEMS] + ([_("… and {count} more").format(count=more)] if more > 0 else [])
        show_problems(self.ui.problemsLabel, "\n".join(shown))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setEnabled(plan.ok)

    def save(self) -> None:
        try:
            self.meeting_id = meetings.close_meeting(self.conn, self.actor, self.cycle.id, self.meeting_input(),
                                                     today=self.today)
        except UserError as exc:
            QMessageBox.warning(self, _("The meeting was not saved"), exc.text())
            self.replan()
            return
        self.accept()
