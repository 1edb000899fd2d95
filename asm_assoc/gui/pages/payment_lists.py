"""The parts of the payments page that only show: the balance held per authority, the receipts and the
remittances of the year, and the choice of authority and months for a summary."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from asm_assoc.core.i18n import _, active
from asm_assoc.core.payments import collections, ledger, months, obligations, people, remittances
from asm_assoc.gui.widgets import tables
from asm_assoc.gui.widgets.field_messages import ERROR_COLOUR
from asm_assoc.gui.widgets.month_edit import MonthEdit

HELD_COLOUR = "#8a5300"
REVERSAL_COLOUR = QColor("#707070")
AMOUNT_COLUMN = 3


class BalancePanel(QFrame):
    """Per authority: collected from members, passed on, and, large, what the association still holds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("balancePanel")
        self.setStyleSheet("#balancePanel { background: #fbf7ee; }")
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(24)
        self.side = QVBoxLayout()  # the way to pass the money on, beside it
        row = QHBoxLayout(self)
        row.addLayout(self.grid)
        row.addStretch(1)
        row.addLayout(self.side)
        self.held_labels: dict[str, QLabel] = {}  # by authority

    def show(self, rates: obligations.Rates, balances: list[ledger.Balance]) -> None:  # type: ignore[override]
        while self.grid.count():
            self.grid.takeAt(0).widget().deleteLater()
        self.held_labels.clear()
        tr = active()
        headings = ["", _("Collected from members"), _("Passed on"), _("Still held, to pass on")]
        for column, text in enumerate(headings):
            self._add(text, 0, column, right=column > 0)
        big = QFont(self.font())
        big.setBold(True)
        big.setPointSizeF(big.pointSizeF() * 1.35)
        for row, b in enumerate(balances, start=1):
            authority = rates.authorities.get(b.authority_id)
            self._add(authority.name(tr.lang) if authority else "", row, 0, bold=True)
            self._add(tr.money(b.collected), row, 1, right=True)
            self._add(tr.money(b.remitted), row, 2, right=True)
            kept = authority is not None and authority.keeps
            held = self._add(_("kept by the association") if kept else tr.money(b.held), row, 3, right=True)
            self.held_labels[b.authority_id] = held
            if not kept:
                held.setFont(big)
                held.setStyleSheet(f"color: {HELD_COLOUR};" if b.held else "")
        if not balances:
            self._add(_("Nothing has been collected yet."), 1, 0)

    def _add(self, text: str, row: int, column: int, *, right: bool = False, bold: bool = False) -> QLabel:
        label = QLabel(text, self)
        if right:
            label.setAlignment(tables.RIGHT)
        if bold:
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        self.grid.addWidget(label, row, column)
        return label


def list_table(parent: QWidget) -> QTableWidget:
    table = QTableWidget(parent)
    tables.set_up(table, 6, stretch=2)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    return table


def _fill(table: QTableWidget, rows: list[tuple[list[str], object, bool, bool]]) -> None:
    """Rows of (cells, entry, is a reversal, was reversed): a reversal in grey, a cancelled mark in red."""
    keep = table.selectedItems()[0].data(Qt.ItemDataRole.UserRole) if table.selectedItems() else None
    table.setRowCount(len(rows))
    for row, (cells, entry, reversal, reversed_) in enumerate(rows):
        tables.fill_row(table, row, cells, right=(AMOUNT_COLUMN,), data=entry,
                        foreground=QBrush(REVERSAL_COLOUR) if reversal else None)
        if reversed_:
            table.item(row, len(cells) - 1).setForeground(QBrush(ERROR_COLOUR))
        if keep is not None and getattr(keep, "id", None) == getattr(entry, "id", None):
            table.selectRow(row)


def fill_receipts(table: QTableWidget, shown: list[collections.Collection], every: list[collections.Collection],
                  persons: dict[str, people.Person]) -> None:
    tr, numbers = active(), {c.id: c.receipt_no for c in every}
    rows = []
    for c in shown:
        person = persons.get(c.member_id)
        if c.reverses:
            state = _("reverses {number}").format(number=numbers.get(c.reverses, ""))
        else:
            state = _("✗ cancelled") if c.reversed_by else ""
        rows.append(([c.receipt_no, tr.date(c.paid_on), f"{person.member_no:04d} {person.name}" if person else "",
                      tr.money(c.amount), _(collections.METHODS.get(c.method, c.method)), state],
                     c, c.reverses is not None, c.reversed_by is not None))
    _fill(table, rows)


def fill_remittances(table: QTableWidget, shown: list[remittances.Remittance], rates: obligations.Rates) -> None:
    tr = active()
    rows = []
    for r in shown:
        authority = rates.authorities.get(r.authority_id)
        state = _("reversal") if r.reverses else _("✗ cancelled") if r.reversed_by else ""
        rows.append(([tr.date(r.paid_on), authority.name(tr.lang) if authority else "", r.receipt_no,
                      tr.money(r.amount), _(collections.METHODS.get(r.method, r.method)), state],
                     r, r.reverses is not None, r.reversed_by is not None))
    _fill(table, rows)


class SummaryChoice(QDialog):
    """The authority of a summary and its months: one month, or the whole year chosen on the page."""

    def __init__(self, title: str, rates: obligations.Rates, year: int, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.year = year
        self.authority = QComboBox(self)
        for authority in rates.authorities.values():
            if not authority.keeps:
                self.authority.addItem(authority.name(active().lang), authority.id)
        self.month_radio = QRadioButton(_("One &month:"), self)
        self.year_radio = QRadioButton(_("The whole &year {year}").format(year=year), self)
        self.year_radio.setChecked(True)
        self.month_edit = MonthEdit(self)
        self.month_edit.set_month(months.add(months.month_of(today), -1) if year == today.year else f"{year}-12")
        self.month_edit.isoChanged.connect(lambda _m: self.month_radio.setChecked(True))
        form = QFormLayout()
        form.addRow(_("&Authority:"), self.authority)
        form.addRow(self.year_radio)
        form.addRow(self.month_radio, self.month_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def choice(self) -> tuple[str, str, str]:
        if self.month_radio.isChecked() and self.month_edit.month():
            month = self.month_edit.month()
            return self.authority.currentData(), month, month
        return self.authority.currentData(), f"{self.year:04d}-01", f"{self.year:04d}-12"
