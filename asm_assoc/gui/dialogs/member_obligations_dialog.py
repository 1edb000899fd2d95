"""What one member owes from when: the rows of core's `enrolments` ("owes from this month, declaring this
income" or "stops from this month"), a row added or one entered by mistake removed, and what that makes
due now for each obligation, so that the treasurer sees the effect at once."""

from __future__ import annotations

import datetime as dt
import sqlite3

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from asm_assoc.core import access, writes
from asm_assoc.core.errors import UserError, ValidationError
from asm_assoc.core.i18n import _, active
from asm_assoc.core.payments import dues, enrolments, months, obligations, people
from asm_assoc.core.payments.obligations import MAX_AMOUNT, WRITE
from asm_assoc.gui import settings
from asm_assoc.gui.widgets import tables
from asm_assoc.gui.widgets.field_messages import WARNING_STYLE, FieldMessages
from asm_assoc.gui.widgets.month_edit import MonthEdit
from asm_assoc.gui.widgets.payment_fields import tab_order, with_message

FIELDS = ("obligation", "from_month", "declared_income", "note")
WARNING_COLOUR = QColor("#8a5300")


def below_minimum_text(wage: int) -> str:
    return _("⚠ Below the minimum wage ({wage}): the amount is worked out on the minimum wage.").format(
        wage=active().money(wage))


class MemberObligationsDialog(QDialog):
    def __init__(self, conn: sqlite3.Connection, actor: writes.Actor, member_id: str,
                 parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.conn, self.actor, self.member_id = conn, actor, member_id
        self.today = today or dt.date.today()
        self.this_month = months.month_of(self.today)
        self.rates = obligations.load(conn)
        self.person = people.get(conn, member_id)
        self.writer = access.can(actor.role, WRITE)
        self.rows: list[enrolments.Enrolment] = []
        self.changed = False
        name = f"{self.person.member_no:04d} {self.person.name}" if self.person else ""
        self.setWindowTitle(_("Obligations of {member}").format(member=name))
        self.table = QTableWidget(self)
        tables.set_up(self.table, 5, stretch=4)
        self.table.setHorizontalHeaderLabels([_("Obligation"), _("From"), _("Owes or stopped"),
                                              _("Declared monthly income"), _("Note")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.remove_button = QPushButton(_("&Remove the chosen row…"), self)
        self.due_label = QLabel(self)
        self.due_label.setWordWrap(True)
        self.adding = self._adding_box()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(_("Each row holds from its month until the next row of the same obligation. A row "
                         "entered by mistake is removed; a change (a new income, stopping) is a new row."), self)
        intro.setWordWrap(True)
        if not self.writer:
            intro.setText(intro.text() + " " + _("Your role can read these obligations but not change them."))
        for widget in (intro, self.table, self.remove_button, self.due_label, self.adding, close):
            layout.addWidget(widget)
        self.remove_button.setVisible(self.writer)
        self.remove_button.clicked.connect(self.remove_chosen)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        settings.remember_geometry(self)
        self.resize(max(self.width(), 820), max(self.height(), 600))
        self.reload()
        (self.obligation_combo if self.writer else self.table).setFocus()

    def _adding_box(self) -> QGroupBox:
        box = QGroupBox(_("Add a row"), self)
        self.obligation_combo = QComboBox(box)
        for obligation in self.rates.obligations.values():
            self.obligation_combo.addItem(obligation.name(active().lang), obligation.id)
        self.from_edit = MonthEdit(box)
        self.from_edit.set_month(self.this_month)
        self.owes_radio = QRadioButton(_("&owes it, declaring a monthly income of"), box)
        self.stops_radio = QRadioButton(_("&stops owing it"), box)
        self.owes_radio.setChecked(True)
        self.income_spin = QSpinBox(box)
        self.income_spin.setRange(0, MAX_AMOUNT)
        self.income_spin.setGroupSeparatorShown(True)
        self.income_spin.setSingleStep(10_000)
        self.income_spin.setSuffix(" ₮")
        self.income_spin.setSpecialValueText("—")
        self.note_edit = QLineEdit(box)
        self.add_button = QPushButton(_("A&dd the row"), box)
        self.warning_label = QLabel(box)
        self.warning_label.setStyleSheet(WARNING_STYLE)
        self.warning_label.setWordWrap(True)
        self.messages = FieldMessages({name: QLabel(box) for name in FIELDS}, QLabel(box), self.add_button)
        labels = self.messages.labels
        choice = QWidget(box)
        line = QHBoxLayout(choice)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.owes_radio)
        line.addWidget(self.income_spin, 1)
        line.addWidget(self.stops_radio)
        choice.setFocusProxy(self.owes_radio)
        form = QFormLayout(box)
        form.addRow(_("O&bligation:"), with_message(self.obligation_combo, labels["obligation"]))
        form.addRow(_("&From the month:"), with_message(self.from_edit, labels["from_month"]))
        form.addRow(_("The member:"), with_message(choice, labels["declared_income"]))
        form.addRow("", self.warning_label)
        form.addRow(_("&Note:"), with_message(self.note_edit, labels["note"]))
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        form.addRow("", add_row)
        form.addRow("", self.messages.summary)
        for signal in (self.obligation_combo.currentIndexChanged, self.from_edit.isoChanged,
                       self.income_spin.valueChanged, self.owes_radio.toggled):
            signal.connect(lambda *_args: self._form_changed())
        self.add_button.clicked.connect(self.add_row)
        self.add_button.setDefault(True)  # Enter in a field of the row adds it
        tab_order(self.obligation_combo, self.from_edit, self.owes_radio, self.income_spin, self.stops_radio,
                  self.note_edit, self.add_button)
        box.setEnabled(self.writer)
        box.setVisible(self.writer)
        return box

    # Showing -------------------------------------------------------------------------------------

    def reload(self) -> None:
        tr, order = active(), list(self.rates.obligations)
        found = enrolments.for_member(self.conn, self.member_id)
        self.rows = sorted((r for r in found if r.obligation_id in self.rates.obligations),
                           key=lambda r: (order.index(r.obligation_id), r.from_month))
        self.table.setRowCount(len(self.rows))
        for row, e in enumerate(self.rows):
            warning = enrolments.income_below_minimum(self.rates, e) if e.active else None
            income = tr.money(e.declared_income) if e.declared_income else ""
            cells = [self.rates.obligations[e.obligation_id].name(tr.lang), tr.month(e.from_month),
                     _("owes") if e.active else _("stopped"), income,
                     below_minimum_text(int(warning)) if warning else e.note]
            tables.fill_row(self.table, row, cells, right=(3,), data=e.id)
            if warning:
                self.table.item(row, 4).setForeground(QBrush(WARNING_COLOUR))
                self.table.item(row, 4).setToolTip(e.note)
        self._show_due()
        self._form_changed()
        self._update_buttons()

    def _show_due(self) -> None:
        """What the member owes for the period of this month, per obligation, under the rows as they are."""
        tr, parts, total = active(), [], 0
        membership = self.person.months if self.person else (None, None)
        found = enrolments.histories(self.conn, self.member_id)
        for obligation in self.rates.obligations.values():
            history = found.get((self.member_id, obligation.id))
            if history is None:
                continue
            obligation_id = obligation.id
            start = months.period_start(self.this_month, obligation.period)
            due = dues.period_due(self.rates, history, obligation_id, start, membership)
            if due is None:
                continue
            period = tr.period(start, obligation.period)
            amount = _("an amount entered each time") if due.entered else tr.money(due.amount)
            parts.append(_("{obligation} for {period}: {amount}").format(
                obligation=obligation.name(tr.lang), period=period, amount=amount))
            total += 0 if due.entered else due.amount
        if parts:
            text = _("Due now: {list}. In all {total}.").format(list="; ".join(parts), total=tr.money(total))
        else:
            text = _("Nothing is due for {month}.").format(month=tr.month(self.this_month))
        self.due_label.setText(text)

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.writer and self.chosen() is not None)

    def chosen(self) -> enrolments.Enrolment | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) and self.table.selectedItems() else None

    # Adding and removing -------------------------------------------------------------------------

    def typed(self) -> enrolments.Enrolment:
        owes = self.owes_radio.isChecked()
        return enrolments.Enrolment("", self.member_id, self.obligation_combo.currentData() or "",
                                    self.from_edit.month(), owes, self.income_spin.value() or None if owes else None,
                                    self.note_edit.text())

    def _form_changed(self) -> None:
        """The income is asked only while the member owes; the minimum-wage warning shows as it is typed."""
        typed = self.typed()
        self.income_spin.setEnabled(typed.active)
        warning = None
        if typed.active and typed.declared_income and typed.from_month and typed.obligation_id:
            warning = enrolments.income_below_minimum(self.rates, typed)
        self.warning_label.setText(below_minimum_text(int(warning)) if warning else "")
        self.warning_label.setVisible(bool(warning))

    def add_row(self) -> None:
        typed = self.typed()
        self.messages.show_all = True
        try:
            enrolments.set_from(self.conn, self.actor, self.rates, member_id=self.member_id,
                                obligation_id=typed.obligation_id, from_month=typed.from_month,
                                active=typed.active, declared_income=typed.declared_income, note=typed.note)
        except ValidationError as exc:
            self.messages.show(exc.problems, {})
            self.add_button.setEnabled(True)
            return
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.text())
            return
        self.messages.show({}, {})
        self.note_edit.clear()
        self.changed = True
        self.reload()

    def remove_chosen(self) -> None:
        e = self.chosen()
        if e is None or not self.writer:
            return
        tr = active()
        question = _("Remove the row “{obligation} from {month}”? Use this only for a row entered by mistake: the "
                     "row before it applies again.").format(
            obligation=self.rates.obligations[e.obligation_id].name(tr.lang), month=tr.month(e.from_month))
        if QMessageBox.question(self, self.windowTitle(), question) != QMessageBox.StandardButton.Yes:
            return
        try:
            enrolments.remove(self.conn, self.actor, e.id)
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.text())
            return
        self.changed = True
        self.reload()
