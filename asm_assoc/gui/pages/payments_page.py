"""Tax and insurance payments: what the association holds for each authority (always in sight: it is money
to pass on), the members with what they owe and paid, the receipts and remittances of the year, and the ways
into recording a payment, a member's obligations, passing money on, the rates, the printouts and the export.

Everything shown comes from core; the page is read when first shown, not when the window starts."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from asm_assoc.core import access, association, writes
from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import _, active, ngettext
from asm_assoc.core.payments import collections, figures, ledger, obligations, people, remittances
from asm_assoc.gui.models.payment_members import ID_ROLE, PaymentMembersModel, member_rows
from asm_assoc.gui.pages.database_page import DatabasePage
from asm_assoc.gui.pages.payment_lists import BalancePanel, fill_receipts, fill_remittances, list_table
from asm_assoc.gui.pages.payment_printouts import PaymentPrintouts
from asm_assoc.gui.widgets.payment_fields import ask_reason

WRITE, PRINT = "payments.write", "reports.print"


class _BuiltInCode:
    """DatabasePage retranslates a Designer form; this page is built in code and `_retranslate` does it all."""

    def retranslateUi(self, _page: QWidget) -> None:  # noqa: N802 - the name DatabasePage calls
        pass


class PaymentsPage(PaymentPrintouts, DatabasePage):
    def __init__(self, conn: sqlite3.Connection, actor: writes.Actor, parent: QWidget | None = None, *,
                 report_lang: Callable[[], str] | None = None, today: dt.date | None = None) -> None:
        super().__init__(conn, actor, parent)
        self.ui = _BuiltInCode()
        self.report_lang = report_lang or (lambda: active().lang)
        self._today = today
        self._stale = True
        self.rates: obligations.Rates | None = None
        self.receipts: list[collections.Collection] = []
        self.remitted: list[remittances.Remittance] = []
        self.balances = BalancePanel(self)
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(2000, self.today.year + 1)
        self.year_spin.setValue(self.today.year)
        self.year_label, self.find_label = QLabel(self), QLabel(self)
        self.year_label.setBuddy(self.year_spin)
        self.find_edit = QLineEdit(self)
        self.find_edit.setClearButtonEnabled(True)
        self.find_label.setBuddy(self.find_edit)
        self.count_label = QLabel(self)
        self.model = PaymentMembersModel(self)
        self.members = QTableView(self)
        self.members.setModel(self.model)
        self.members.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.members.setSortingEnabled(True)
        self.members.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.members.verticalHeader().setVisible(False)
        self.members.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)  # as the register
        self.members.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.members.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.receipt_table, self.remittance_table = list_table(self), list_table(self)
        self.lists = QTabWidget(self)
        self.buttons = {key: QPushButton(self) for key in (
            "pay", "obligations", "remit", "rates", "print", "export", "reverse_receipt", "reverse_remittance")}
        self.print_menu, self.export_menu = QMenu(self), QMenu(self)
        self.buttons["print"].setMenu(self.print_menu)
        self.buttons["export"].setMenu(self.export_menu)
        self._lay_out()
        self.year_spin.valueChanged.connect(lambda _year: self.reload())
        self.find_edit.textChanged.connect(self._find)
        self.members.activated.connect(lambda _index: self.record_payment())
        self.members.selectionModel().selectionChanged.connect(lambda *_args: self._update_buttons())
        self.receipt_table.itemSelectionChanged.connect(self._update_buttons)
        self.remittance_table.itemSelectionChanged.connect(self._update_buttons)
        for key, handler in (("pay", self.record_payment), ("obligations", self.member_obligations),
                             ("remit", self.pass_on), ("rates", self.edit_rates),
                             ("reverse_receipt", self.reverse_receipt),
                             ("reverse_remittance", self.reverse_remittance)):
            self.buttons[key].clicked.connect(handler)
        self._retranslate()
        self._update_buttons()
        self.finish_setup()

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def _lay_out(self) -> None:
        b = self.buttons
        self.balances.side.addStretch(1)
        self.balances.side.addWidget(b["remit"])
        bar = QHBoxLayout()
        for widget in (self.year_label, self.year_spin, self.find_label):
            bar.addWidget(widget)
        bar.addWidget(self.find_edit, 1)
        bar.addWidget(self.count_label)
        member_buttons = QHBoxLayout()
        for key in ("pay", "obligations"):
            member_buttons.addWidget(b[key])
        member_buttons.addStretch(1)
        for key in ("print", "export", "rates"):
            member_buttons.addWidget(b[key])
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.members)
        upper_layout.addLayout(member_buttons)
        for table, key in ((self.receipt_table, "reverse_receipt"), (self.remittance_table, "reverse_remittance")):
            tab = QWidget(self)
            tab_layout = QVBoxLayout(tab)
            tab_layout.addWidget(table)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(b[key])
            tab_layout.addLayout(row)
            self.lists.addTab(tab, "")
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(upper)
        splitter.addWidget(self.lists)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.balances)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

    # Language ----------------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        b, year = self.buttons, self.year_spin.value()
        self.year_label.setText(_("&Year:"))
        self.find_label.setText(_("Fi&nd:"))
        self.find_edit.setPlaceholderText(_("Name or member number"))
        for key, text in (("pay", _("Record a &payment…")), ("obligations", _("Member's o&bligations…")),
                          ("remit", _("Pass &on to an authority…")), ("rates", _("Rates and minimum &wage…")),
                          ("print", _("Prin&touts")), ("export", _("E&xport")),
                          ("reverse_receipt", _("Re&verse the receipt…")),
                          ("reverse_remittance", _("Reverse the remittan&ce…"))):
            b[key].setText(text)
        self.lists.setTabText(0, _("Receipts of {year}").format(year=year))
        self.lists.setTabText(1, _("Passed on in {year}").format(year=year))
        self.receipt_table.setHorizontalHeaderLabels(
            [_("Receipt no."), _("Date"), _("Member"), _("Amount"), _("How paid"), _("Reversed")])
        self.remittance_table.setHorizontalHeaderLabels(
            [_("Date"), _("Authority"), _("Office's receipt no."), _("Amount"), _("How paid"), _("Reversed")])
        self._fill_menus()

    def _fill_menus(self) -> None:
        for menu, entries in (
                (self.print_menu, ((_("Arrears list"), self.print_arrears),
                                   (_("Summary for an authority…"), self.print_summary),
                                   (_("Yearly contribution by sex"), self.print_contribution),
                                   (_("Statement of the chosen member"), self.print_statement),
                                   (_("Receipt of the chosen payment"), self.print_receipt))),
                (self.export_menu, ((_("Receipts of the year…"), lambda: self.export("collections")),
                                    (_("Remittances of the year…"), lambda: self.export("remittances")),
                                    (_("Arrears…"), lambda: self.export("arrears")),
                                    (_("Summary for an authority…"), lambda: self.export("summary"))))):
            menu.clear()
            for text, handler in entries:
                action = QAction(text, menu)
                action.triggered.connect(lambda _checked=False, h=handler: h())
                menu.addAction(action)

    def redraw(self) -> None:
        if not self._stale:
            self.reload()

    def connection_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.reload()

    # Showing -----------------------------------------------------------------------------------------

    def reload(self) -> None:
        if self.conn is None:
            return
        self._stale = False
        keep_member, year = self.member_id(), self.year_spin.value()
        conn, tr = self.conn, active()
        self.rates = rates = obligations.load(conn)
        association_id = association.current_id(conn)
        persons = people.of_association(conn, association_id)
        self.receipts = collections.listing(conn, association_id)
        arrears = figures.arrears(conn, rates, association_id, self.today)
        self.model.load(member_rows(persons, arrears, self.receipts, year), year)
        self.balances.show(rates, ledger.balances(conn, rates, association_id))
        self.remitted = remittances.listing(conn, association_id, year=year)
        of_year = [c for c in self.receipts if c.paid_on.startswith(f"{year:04d}-")]
        fill_receipts(self.receipt_table, of_year, self.receipts, persons)
        fill_remittances(self.remittance_table, self.remitted, rates)
        self.lists.setTabText(0, _("Receipts of {year} ({count})").format(year=year, count=tr.number(len(of_year))))
        self.lists.setTabText(1, _("Passed on in {year} ({count})").format(year=year,
                                                                          count=tr.number(len(self.remitted))))
        self._find(self.find_edit.text(), keep_member)

    def _find(self, text: str, keep: str | None = None) -> None:
        keep = keep or self.member_id()
        self.model.set_filter(text)
        row = self.model.row_of(keep)
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.members.selectRow(row)
            self.members.scrollTo(self.model.index(row, 0))
        count = self.model.rowCount()
        self.count_label.setText(ngettext("{count} member", "{count} members", count).format(
            count=active().number(count)))
        self._update_buttons()

    def member_id(self) -> str | None:
        rows = self.members.selectionModel().selectedRows() if self.members.selectionModel() else []
        return self.model.data(rows[0], ID_ROLE) if rows else None

    @staticmethod
    def _chosen(table) -> object | None:  # type: ignore[no-untyped-def]
        items = table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def receipt(self) -> collections.Collection | None:
        return self._chosen(self.receipt_table)  # type: ignore[return-value]

    def remittance(self) -> remittances.Remittance | None:
        return self._chosen(self.remittance_table)  # type: ignore[return-value]

    def _update_buttons(self) -> None:
        attached = self.conn is not None
        writer = attached and access.can(self.actor.role, WRITE)
        member = self.member_id() is not None
        receipt, remittance = self.receipt(), self.remittance()
        b = self.buttons
        b["pay"].setEnabled(writer)
        b["remit"].setEnabled(writer)
        b["obligations"].setEnabled(attached and member)  # a reader sees them; only a writer changes them
        b["rates"].setEnabled(attached)
        b["print"].setEnabled(attached and access.can(self.actor.role, PRINT))
        b["export"].setEnabled(attached and access.can(self.actor.role, PRINT))
        b["reverse_receipt"].setEnabled(writer and receipt is not None and receipt.reverses is None
                                        and receipt.reversed_by is None)
        b["reverse_remittance"].setEnabled(writer and remittance is not None and remittance.reverses is None
                                           and remittance.reversed_by is None)
        tip = "" if writer or not attached else _("Your role can read the payments but not record them.")
        for key in ("pay", "remit", "reverse_receipt", "reverse_remittance"):
            b[key].setToolTip(tip)

    # Writing -----------------------------------------------------------------------------------------

    def _run(self, dialog: QDialog) -> bool:
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def record_payment(self) -> None:
        from asm_assoc.gui.dialogs.payment_dialog import PaymentDialog

        if self.conn is None or not access.can(self.actor.role, WRITE):
            return
        dialog = PaymentDialog(self.conn, self.actor, self.member_id(), self, today=self._today)
        saved = dialog.collection if self._run(dialog) else None
        if saved is None:
            return
        self.reload()
        tr, person = active(), people.get(self.conn, saved.member_id)
        question = _("Receipt {number} is saved: {amount} from {name}. Open the receipt to print it?").format(
            number=saved.receipt_no, amount=tr.money(saved.amount), name=person.name if person else "")
        if QMessageBox.question(self, _("Payment recorded"), question) == QMessageBox.StandardButton.Yes:
            self._print_receipt(saved.id)

    def member_obligations(self) -> None:
        from asm_assoc.gui.dialogs.member_obligations_dialog import MemberObligationsDialog

        member_id = self.member_id()
        if self.conn is not None and member_id is not None:
            self._run(MemberObligationsDialog(self.conn, self.actor, member_id, self, today=self._today))
            self.reload()

    def pass_on(self) -> None:
        from asm_assoc.gui.dialogs.remittance_dialog import RemittanceDialog

        if self.conn is not None and access.can(self.actor.role, WRITE):
            if self._run(RemittanceDialog(self.conn, self.actor, self, today=self._today)):
                self.reload()

    def edit_rates(self) -> None:
        from asm_assoc.gui.dialogs.rates_dialog import RatesDialog

        if self.conn is not None:
            self._run(RatesDialog(self.conn, self.actor, self, today=self._today))
            self.reload()

    def _reverse(self, title: str, question: str, undo: Callable[[str], object]) -> None:
        reason = ask_reason(self, title, question)
        if reason is None:
            return
        try:
            undo(reason)
        except UserError as exc:
            QMessageBox.warning(self, title, exc.text())
            return
        self.reload()

    def reverse_receipt(self) -> None:
        c = self.receipt()
        if self.conn is None or c is None:
            return
        person = people.get(self.conn, c.member_id)
        question = _("Why is receipt {number} ({amount}, {name}) reversed?\nThe receipt stays in the books, "
                     "marked cancelled.").format(number=c.receipt_no, amount=active().money(c.amount),
                                                 name=person.name if person else "")
        self._reverse(_("Reverse a receipt"), question, lambda reason: collections.reverse(
            self.conn, self.actor, c.id, reason, today=self._today))

    def reverse_remittance(self) -> None:
        r = self.remittance()
        if self.conn is None or r is None:
            return
        question = _("Why is the remittance of {date} ({amount}, receipt {number}) reversed?\nThe money shows "
                     "as held again.").format(date=active().date(r.paid_on), amount=active().money(r.amount),
                                           number=r.receipt_no)
        self._reverse(_("Reverse a remittance"), question, lambda reason: remittances.reverse(
            self.conn, self.actor, r.id, reason, today=self._today))
