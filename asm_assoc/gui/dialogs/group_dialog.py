"""A savings group: its name and meetings, its constitution and fines catalogue, and who is in it with which
office. Saved whole by core's `groups.save_group`; the rules are fixed once money moved in the cycle."""

from __future__ import annotations

import datetime as dt
import sqlite3

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QTableWidgetItem, QWidget

from asm_assoc.core import members, writes
from asm_assoc.core.collation import fold
from asm_assoc.core.errors import UserError, ValidationError
from asm_assoc.core.i18n import _, active
from asm_assoc.core.savings import constitution as rules
from asm_assoc.core.savings import groups
from asm_assoc.core.savings.constitution import Constitution, FineKind
from asm_assoc.gui import settings
from asm_assoc.gui.forms.ui_group_dialog import Ui_GroupDialog
from asm_assoc.gui.widgets import tables
from asm_assoc.gui.widgets.field_messages import show_problems

IN_GROUP, NUMBER, NAME, OFFICE = range(4)


class GroupDialog(QDialog):
    def __init__(self, conn: sqlite3.Connection, actor: writes.Actor, group_id: str | None,
                 parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_GroupDialog()
        self.ui.setupUi(self)
        self.conn, self.actor, self.group_id = conn, actor, group_id
        self.today = today or dt.date.today()
        settings.remember_geometry(self)
        self.cycle = groups.current_cycle(conn, group_id) if group_id else None
        self._fill_choices()
        self._setup_tables()
        ui = self.ui
        ui.addFineButton.clicked.connect(lambda: self._add_fine(FineKind("", 500)))
        ui.removeFineButton.clicked.connect(self._remove_fine)
        ui.searchEdit.textChanged.connect(self._filter_members)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self._retranslate()
        self._load()

    # Building --------------------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        ui = self.ui
        for combo, choices in ((ui.frequencyCombo, rules.FREQUENCIES), (ui.methodCombo, rules.CHARGE_METHODS),
                               (ui.policyCombo, rules.OUTSTANDING_POLICIES), (ui.leftoverCombo, rules.LEFTOVER_RULES)):
            for key, label in choices.items():
                combo.addItem(_(label), key)
        for unit in rules.ROUNDING_UNITS:
            ui.roundingCombo.addItem(active().money(unit), unit)

    def _setup_tables(self) -> None:
        tables.set_up(self.ui.finesTable, 2, stretch=0)
        tables.set_up(self.ui.membersTable, 4, stretch=NAME)

    def _retranslate(self) -> None:
        self.setWindowTitle(_("New savings group") if self.group_id is None else _("Savings group"))
        self.ui.finesTable.setHorizontalHeaderLabels([_("Fine"), _("Amount (₮)")])
        self.ui.membersTable.setHorizontalHeaderLabels([_("In the group"), _("No."), _("Member"), _("Office")])
        self.ui.membersHelp.setText(_("Tick the members of the association who belong to this group. A member "
                                      "may belong to several groups."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "cycle"):
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _load(self) -> None:
        ui = self.ui
        c = self.cycle.constitution if self.cycle else Constitution()
        if self.group_id:
            group = groups.get_group(self.conn, self.group_id)
            ui.nameEdit.setText(group.name)
            ui.frequencyCombo.setCurrentIndex(ui.frequencyCombo.findData(group.frequency))
            ui.startedEdit.set_iso(self.cycle.started_on)
            ui.startedEdit.setEnabled(False)
        else:
            ui.startedEdit.set_iso(self.today.isoformat())
        ui.sharePriceSpin.setValue(c.share_price)
        ui.minSharesSpin.setValue(c.min_shares)
        ui.maxSharesSpin.setValue(c.max_shares)
        ui.socialSpin.setValue(c.social_contribution)
        ui.multipleSpin.setValue(c.loan_multiple_tenths / 10)
        ui.monthsSpin.setValue(c.max_loan_months)
        ui.rateSpin.setValue(c.monthly_rate_bp / 100)
        ui.earlyCheck.setChecked(c.early_repayment_charged)
        for combo, value in ((ui.methodCombo, c.charge_method), (ui.policyCombo, c.outstanding_policy),
                             (ui.leftoverCombo, c.leftover_rule), (ui.roundingCombo, c.rounding_unit)):
            combo.setCurrentIndex(combo.findData(value))
        fines = groups.fine_kinds(self.conn, self.cycle.id) if self.cycle else [FineKind(_("Late"), 500)]
        for kind in fines:
            self._add_fine(kind)
        self._load_members()

    def _add_fine(self, kind: FineKind) -> None:
        table = self.ui.finesTable
        row = table.rowCount()
        table.insertRow(row)
        name = QTableWidgetItem(kind.name)
        name.setData(Qt.ItemDataRole.UserRole, kind.id)
        amount = QTableWidgetItem()
        amount.setData(Qt.ItemDataRole.EditRole, kind.amount)
        table.setItem(row, 0, name)
        table.setItem(row, 1, amount)
        if not kind.name:
            table.setCurrentCell(row, 0)
            table.editItem(name)

    def _remove_fine(self) -> None:
        if self.ui.finesTable.currentRow() >= 0:
            self.ui.finesTable.removeRow(self.ui.finesTable.currentRow())

    def _load_members(self) -> None:
        current = {m.member_id: m for m in groups.members_of(self.conn, self.group_id, include_left=True)
                   if not m.left_on} if self.group_id else {}
        people = [m for m in members.all_members(self.conn) if m.status == "active" or m.id in current]
        table = self.ui.membersTable
        table.setRowCount(len(people))
        for row, person in enumerate(people):
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            check.setCheckState(Qt.CheckState.Checked if person.id in current else Qt.CheckState.Unchecked)
            check.setData(Qt.ItemDataRole.UserRole, person.id)
            table.setItem(row, IN_GROUP, check)
            table.setItem(row, NUMBER, QTableWidgetItem(f"{person.member_no:04d}"))
            table.setItem(row, NAME, QTableWidgetItem(person.full_name))
            for column in (NUMBER, NAME):
                table.item(row, column).setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            office = QComboBox(table)
            office.addItem("", "")
            for key, (label, _most) in groups.OFFICES.items():
                office.addItem(_(label), key)
            office.setCurrentIndex(max(office.findData(current[person.id].office if person.id in current else ""),
                                       0))
            table.setCellWidget(row, OFFICE, office)

    def _filter_members(self, text: str) -> None:
        key = fold(text.strip())
        table = self.ui.membersTable
        for row in range(table.rowCount()):
            shown = not key or key in fold(table.item(row, NAME).text()) or key in table.item(row, NUMBER).text()
            table.setRowHidden(row, not shown)

    # Saving ----------------------------------------------------------------------------------------

    def constitution(self) -> Constitution:
        ui = self.ui
        return Constitution(
            share_price=ui.sharePriceSpin.value(), min_shares=ui.minSharesSpin.value(),
            max_shares=ui.maxSharesSpin.value(), social_contribution=ui.socialSpin.value(),
            loan_multiple_tenths=round(ui.multipleSpin.value() * 10), max_loan_months=ui.monthsSpin.value(),
            charge_method=ui.methodCombo.currentData(), monthly_rate_bp=round(ui.rateSpin.value() * 100),
            early_repayment_charged=ui.earlyCheck.isChecked(), outstanding_policy=ui.policyCombo.currentData(),
            leftover_rule=ui.leftoverCombo.currentData(), rounding_unit=ui.roundingCombo.currentData())

    def fines(self) -> list[FineKind]:
        table = self.ui.finesTable
        found = []
        for row in range(table.rowCount()):
            name, amount = table.item(row, 0), table.item(row, 1)
            try:
                value = int(amount.data(Qt.ItemDataRole.EditRole)) if amount else 0
            except (TypeError, ValueError):
                value = 0
            found.append(FineKind(name.text() if name else "", value,
                                  name.data(Qt.ItemDataRole.UserRole) if name else None))
        return found

    def offices(self) -> dict[str, str]:
        table = self.ui.membersTable
        return {table.item(row, IN_GROUP).data(Qt.ItemDataRole.UserRole): table.cellWidget(row, OFFICE).currentData()
                for row in range(table.rowCount())
                if table.item(row, IN_GROUP).checkState() == Qt.CheckState.Checked}

    def save(self) -> None:
        ui = self.ui
        started = ui.startedEdit.iso()
        try:
            self.group_id = groups.save_group(
                self.conn, self.actor, self.group_id, name=ui.nameEdit.text(),
                frequency=ui.frequencyCombo.currentData(),
                started_on=dt.date.fromisoformat(started) if started else self.today,
                constitution=self.constitution(), fines=self.fines(), offices=self.offices(), on=self.today)
        except ValidationError as exc:
            show_problems(ui.messageLabel, exc.text())
            tab = ui.groupTab if "name" in exc.problems or "frequency" in exc.problems else ui.rulesTab
            ui.tabs.setCurrentWidget(tab)
            return
        except UserError as exc:
            show_problems(ui.messageLabel, exc.text())
            return
        self.accept()
