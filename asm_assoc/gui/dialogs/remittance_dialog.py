"""Pass money on to an authority: what the association collected from members and still holds for it,
member by member, each period ticked to go (all at first), and the authority's receipt number (core's
`remittances.record`)."""

from __future__ import annotations

import datetime as dt
import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asm_assoc.core import association, writes
from asm_assoc.core.errors import UserError, ValidationError
from asm_assoc.core.i18n import _, active
from asm_assoc.core.payments import collections, months, obligations, people, remittances
from asm_assoc.gui import settings
from asm_assoc.gui.widgets import tables
from asm_assoc.gui.widgets.date_edit import OptionalDateEdit
from asm_assoc.gui.widgets.field_messages import ERROR_COLOUR
from asm_assoc.gui.widgets.month_edit import MonthEdit
from asm_assoc.gui.widgets.payment_fields import field_messages, method_combo, save_buttons, tab_order, with_message

FIELDS = ("authority", "period", "paid_on", "receipt_no", "method", "note", "items")
ITEM_ROLE = Qt.ItemDataRole.UserRole


class RemittanceDialog(QDialog):
    def __init__(self, conn: sqlite3.Connection, actor: writes.Actor, parent: QWidget | None = None, *,
                 authority_id: str | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.conn, self.actor = conn, actor
        self.today = today or dt.date.today()
        self.rates = obligations.load(conn, with_archived=True)  # money held for one set aside is still passed on
        self.association_id = association.current_id(conn)
        self.members = people.of_association(conn, self.association_id)
        self.remittance_id: str | None = None
        self.setWindowTitle(_("Pass money on to an authority"))
        lang = active().lang
        self.authority_combo = QComboBox(self)
        for authority in self.rates.authorities.values():
            if not authority.keeps:
                self.authority_combo.addItem(authority.name(lang), authority.id)
        self.authority_combo.setCurrentIndex(max(0, self.authority_combo.findData(authority_id)))
        self.first_edit, self.last_edit = MonthEdit(self), MonthEdit(self)
        self.last_edit.set_month(months.month_of(self.today))
        self.date_edit = OptionalDateEdit(self)
        self.date_edit.set_iso(self.today.isoformat())
        self.receipt_edit, self.note_edit = QLineEdit(self), QLineEdit(self)
        self.receipt_edit.setPlaceholderText(_("As written on the receipt the office gave"))
        self.method_combo = method_combo(self, collections.BANK)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([_("Member, obligation and period"), _("Amount")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.total_label = QLabel(self)
        font = self.total_label.font()
        font.setBold(True)
        self.total_label.setFont(font)
        buttons = save_buttons(self, self.save, _("&Save the remittance"))
        self.messages = field_messages(self, FIELDS, buttons)
        self._lay_out(buttons)
        tab_order(self.authority_combo, self.first_edit, self.last_edit, self.date_edit, self.receipt_edit,
                  self.method_combo, self.note_edit, self.tree, buttons)
        self.authority_combo.currentIndexChanged.connect(lambda _i: self.load_items())
        self.first_edit.isoChanged.connect(lambda _m: self.load_items())
        self.last_edit.isoChanged.connect(lambda _m: self.load_items())
        self.date_edit.isoChanged.connect(lambda _d: self.load_items())  # only what was collected by then
        self.tree.itemChanged.connect(lambda _item, _column: self._show_total())
        settings.remember_geometry(self)
        self.resize(max(self.width(), 680), max(self.height(), 600))
        self.load_items()
        self.receipt_edit.setFocus()

    def _lay_out(self, buttons) -> None:  # type: ignore[no-untyped-def]
        labels = self.messages.labels
        period = QWidget(self)
        row = QHBoxLayout(period)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.first_edit)
        row.addWidget(QLabel("–", self))
        row.addWidget(self.last_edit)
        row.addStretch(1)
        period.setFocusProxy(self.first_edit)
        form = QFormLayout()
        for text, field, name in ((_("&Authority:"), self.authority_combo, "authority"),
                                  (_("For the &periods:"), period, "period"),
                                  (_("&Date paid:"), self.date_edit, "paid_on"),
                                  (_("Office's &receipt no.:"), self.receipt_edit, "receipt_no"),
                                  (_("Paid &by:"), self.method_combo, "method"),
                                  (_("N&ote:"), self.note_edit, "note")):
            form.addRow(text, with_message(field, labels[name]))
        what = QLabel(_("&What is passed on: everything held is ticked; untick what is not paid this time "
                        "(Space)."), self)
        what.setWordWrap(True)
        what.setBuddy(self.tree)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for widget in (what, self.tree, self.total_label, labels["items"], self.messages.summary, buttons):
            layout.addWidget(widget)

    def authority_id(self) -> str | None:
        return self.authority_combo.currentData()

    def load_items(self) -> None:
        """What is held for the authority in the periods chosen, grouped by member, all ticked."""
        authority_id, tr = self.authority_id(), active()
        found = remittances.held_for(self.conn, self.rates, authority_id, self.association_id,
                                     first=self.first_edit.month() or None,
                                     last=self.last_edit.month() or None,
                                     paid_by=self.date_edit.iso() or None) if authority_id else []
        self.tree.blockSignals(True)
        self.tree.clear()
        parent = None
        for item in found:
            person = self.members[item.member_id]
            if parent is None or parent.data(0, ITEM_ROLE) != item.member_id:
                parent = QTreeWidgetItem(self.tree, [f"{person.member_no:04d} {person.name}", ""])
                parent.setData(0, ITEM_ROLE, item.member_id)
                parent.setFlags(parent.flags() | Qt.ItemFlag.ItemIsAutoTristate | Qt.ItemFlag.ItemIsUserCheckable)
                parent.setExpanded(True)
            obligation = self.rates.obligations[item.obligation_id]
            text = f"{obligation.name(tr.lang)} · {tr.period(item.period, obligation.period)}"
            child = QTreeWidgetItem(parent, [text, tr.money(item.amount)])
            child.setData(0, ITEM_ROLE, item)
            child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            child.setCheckState(0, Qt.CheckState.Checked)
            child.setTextAlignment(1, tables.RIGHT)
        self.tree.blockSignals(False)
        self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._show_total()

    def _children(self) -> list[QTreeWidgetItem]:
        return [top.child(i) for t in range(self.tree.topLevelItemCount())
                for top in [self.tree.topLevelItem(t)] for i in range(top.childCount())]

    def chosen(self) -> list[tuple[QTreeWidgetItem, remittances.Item]]:
        return [(child, child.data(0, ITEM_ROLE)) for child in self._children()
                if child.checkState(0) == Qt.CheckState.Checked]

    def _show_total(self) -> None:
        """Each member's ticked total on their line, and the ticked total of all."""
        tr = active()
        self.tree.blockSignals(True)
        for t in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(t)
            items = [top.child(i) for i in range(top.childCount())]
            top.setText(1, tr.money(sum(c.data(0, ITEM_ROLE).amount for c in items
                                        if c.checkState(0) == Qt.CheckState.Checked)))
            top.setTextAlignment(1, tables.RIGHT)
        self.tree.blockSignals(False)
        held = sum(child.data(0, ITEM_ROLE).amount for child in self._children())
        chosen = sum(item.amount for _child, item in self.chosen())
        self.total_label.setText(_("To pass on: {chosen} of {held} held for these periods.").format(
            chosen=tr.money(chosen), held=tr.money(held)) if held else
            _("Nothing is held for this authority in these periods."))

    def save(self) -> None:
        self.messages.show_all = True
        chosen = self.chosen()
        for child in self._children():
            child.setForeground(0, QBrush())
            child.setToolTip(0, "")
        try:
            self.remittance_id = remittances.record(
                self.conn, self.actor, self.rates, association_id=self.association_id,
                authority_id=self.authority_id() or "", paid_on=self.date_edit.iso(),
                receipt_no=self.receipt_edit.text(), items=[item for _child, item in chosen],
                method=self.method_combo.currentData() or "", note=self.note_edit.text(), today=self.today)
        except ValidationError as exc:
            fields = {}
            for key, problem in exc.problems.items():
                if key.startswith("items."):
                    child = chosen[int(key[6:])][0]
                    child.setForeground(0, QBrush(ERROR_COLOUR))
                    child.setToolTip(0, problem.text())
                    fields.setdefault("items", problem)
                else:
                    fields[key] = problem
            self.messages.show(fields, {})
            self.messages.save_button.setEnabled(True)
            return
        except UserError as exc:
            QMessageBox.warning(self, _("The remittance was not saved"), exc.text())
            return
        self.accept()
