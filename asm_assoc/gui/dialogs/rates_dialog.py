"""The rates set by law and the minimum wage, as the association keeps them (core's `obligations`): each
obligation with the versions of its rate (from which month, in which parts, worked out how), a new rate
from a month when the law changes, a version entered by mistake removed, a new obligation, one set aside,
and the minimum wage from a month. Earlier months always keep the rate that applied then."""

from __future__ import annotations

import datetime as dt
import decimal
import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from asm_assoc.core import access, writes
from asm_assoc.core.errors import UserError, ValidationError
from asm_assoc.core.i18n import N_, _, active
from asm_assoc.core.payments import months, obligations, seed
from asm_assoc.core.payments.obligations import ENTERED, FIXED, INCOME, MAX_AMOUNT, WRITE, RatePart, RateVersion
from asm_assoc.gui import settings
from asm_assoc.gui.dialogs.hours_dialog import parse_count
from asm_assoc.gui.widgets import tables
from asm_assoc.gui.widgets.field_messages import FieldMessages
from asm_assoc.gui.widgets.month_edit import MonthEdit
from asm_assoc.gui.widgets.payment_fields import field_messages, save_buttons, tab_order, with_message
from asm_assoc.gui.widgets.place_combos import fill_choices, select_code

SET_ASIDE_COLOUR = QColor("#8a8a8a")
NEW_FIELDS = ("name_mn", "name_en", "authority", "period", "effective_from", "parts")
# Core's problems of one part are shown under the parts.
PART_FIELDS = ("parts", "basis", "percent", "amount")


def rate_text(part: RatePart) -> str:
    """One part of a rate as a person says it: "13.5 % of declared income, at least the minimum wage"."""
    tr = active()
    # Hundredths of a percent: as many decimals as the rate has (2 %, 13.5 %, 0.25 %), written by Babel.
    percent = tr.percent(part.percent_bp / 10_000, 0 if part.percent_bp % 100 == 0 else
                         1 if part.percent_bp % 10 == 0 else 2)
    if part.basis == INCOME:
        text = _("{percent} of the declared income").format(percent=percent)
        return _("{rate}, at least the minimum wage").format(rate=text) if part.floor_min_wage else text
    if part.basis == FIXED:
        return _("{amount} a period").format(amount=tr.money(part.amount))
    if part.basis == ENTERED:
        return _("entered each time")
    return _("{percent} of the minimum wage").format(percent=percent)


class PartRow:
    """The fields of one part of a rate, on a line of the parts grid."""

    def __init__(self, parent: QWidget, part: RatePart) -> None:
        self.part, self.basis = QComboBox(parent), QComboBox(parent)
        fill_choices(self.part, obligations.PARTS)
        self.part.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.part.setMinimumContentsLength(22)  # the long name of a part shows whole in its list
        fill_choices(self.basis, obligations.BASES)
        select_code(self.part, part.part)
        select_code(self.basis, part.basis)
        self.value = QLineEdit(parent)
        self.value.setAlignment(Qt.AlignmentFlag.AlignRight)
        if part.basis == FIXED:
            self.value.setText(active().number(part.amount))
        elif part.basis != ENTERED and part.percent_bp:
            self.value.setText(str(part.percent_bp / 100).removesuffix(".0"))
        self.floor = QCheckBox(_("at least the minimum wage"), parent)
        self.floor.setChecked(part.floor_min_wage)
        self.basis.currentIndexChanged.connect(lambda _i: self._basis_changed())
        self._basis_changed()

    def widgets(self) -> list[QWidget]:
        return [self.part, self.basis, self.value, self.floor]

    def _basis_changed(self) -> None:
        basis = self.basis.currentData()
        self.value.setEnabled(basis != ENTERED)
        self.value.setPlaceholderText(_("tögrög") if basis == FIXED else "" if basis == ENTERED else "%")
        self.floor.setEnabled(basis == INCOME)

    def read(self) -> RatePart:
        """The part as typed; ValueError when the figure is not a number."""
        basis, text = self.basis.currentData(), self.value.text().strip()
        percent = amount = 0
        if basis == FIXED:
            amount = parse_count(text) or 0
        elif basis != ENTERED:
            try:
                percent = seed.percent_bp(text.replace(",", ".").replace("%", "").strip() or "0")
            except (ValueError, decimal.InvalidOperation):
                raise ValueError(text) from None
        return RatePart(self.part.currentData() or "", basis, percent, amount,
                        self.floor.isChecked() and basis == INCOME)


class ObligationForm(QDialog):
    """A rate from a month for an obligation; with `obligation` None, a new obligation with its first rate."""

    def __init__(self, conn: sqlite3.Connection, actor: writes.Actor, rates: obligations.Rates,
                 obligation: obligations.Obligation | None, parent: QWidget | None = None, *,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.conn, self.actor, self.rates, self.obligation = conn, actor, rates, obligation
        this_month = months.month_of(today or dt.date.today())
        lang = active().lang
        self.setWindowTitle(_("New obligation") if obligation is None else
                            _("Rate of {obligation} from a month").format(obligation=obligation.name(lang)))
        buttons = save_buttons(self, self.save)
        self.messages = field_messages(self, NEW_FIELDS, buttons)
        labels = self.messages.labels
        form = QFormLayout()
        if obligation is None:
            self.name_mn, self.name_en = QLineEdit(self), QLineEdit(self)
            self.authority, self.period = QComboBox(self), QComboBox(self)
            for authority in rates.authorities.values():
                self.authority.addItem(authority.name(lang), authority.id)
            fill_choices(self.period, months.PERIODS)
            for text, field, name in ((_("Name in &Mongolian:"), self.name_mn, "name_mn"),
                                      (_("Name in &English:"), self.name_en, "name_en"),
                                      (_("Paid &to:"), self.authority, "authority"),
                                      (_("Paid &how often:"), self.period, "period")):
                form.addRow(text, with_message(field, labels[name]))
        self.from_edit = MonthEdit(self)
        self.from_edit.set_month(months.add(this_month, 1) if obligation else this_month)
        form.addRow(_("&From the month:"), with_message(self.from_edit, labels["effective_from"]))
        current = rates.version(obligation.id, "9999-12") if obligation else None
        self.grid = QGridLayout()
        for column, heading in enumerate((_("Part"), _("How it is worked out"), _("Rate or amount"))):
            self.grid.addWidget(QLabel(f"<b>{heading}</b>", self), 0, column)
        self.rows: list[PartRow] = []
        for part in current.parts if current else (RatePart("", obligations.MIN_WAGE),):
            self.add_part(part)
        more, fewer = QPushButton(_("Add a &part"), self), QPushButton(_("Remo&ve the last part"), self)
        more.clicked.connect(lambda: self.add_part(RatePart("pension", INCOME)))
        fewer.clicked.connect(self.remove_part)
        row = QHBoxLayout()
        for widget in (more, fewer):
            row.addWidget(widget)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(_("The rate, in one part or in several (the parts of social insurance):"), self))
        layout.addLayout(self.grid)
        layout.addLayout(row)
        for widget in (labels["parts"], self.messages.summary, buttons):
            layout.addWidget(widget)
        self.tail = [more, fewer, *buttons.buttons()]
        self._order_tabs()
        (self.name_mn if obligation is None else self.from_edit).setFocus()

    def add_part(self, part: RatePart) -> None:
        row = PartRow(self, part)
        for column, widget in enumerate(row.widgets()):
            self.grid.addWidget(widget, len(self.rows) + 1, column)
        self.rows.append(row)
        if hasattr(self, "tail"):
            self._order_tabs()
            row.part.setFocus()

    def _order_tabs(self) -> None:
        names = [self.name_mn, self.name_en, self.authority, self.period] if self.obligation is None else []
        tab_order(*names, self.from_edit, *(w for row in self.rows for w in row.widgets()), *self.tail)

    def remove_part(self) -> None:
        if len(self.rows) > 1:
            for widget in self.rows.pop().widgets():
                widget.deleteLater()

    def save(self) -> None:
        self.messages.show_all = True
        try:
            version = RateVersion(self.from_edit.month(), tuple(row.read() for row in self.rows))
        except ValueError:
            self._refused({"parts": UserError(N_("Write a percentage like 13.5 and an amount in whole tögrög."))})
            return
        try:
            if self.obligation is None:
                obligations.add_obligation(self.conn, self.actor, name_mn=self.name_mn.text(),
                                           name_en=self.name_en.text(), authority_id=self.authority.currentData(),
                                           period=self.period.currentData(), first_version=version)
            else:
                obligations.set_version(self.conn, self.actor, self.obligation.id, version)
        except ValidationError as exc:
            self._refused(exc.problems)
            return
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.text())
            return
        self.accept()

    def _refused(self, problems: dict[str, UserError]) -> None:
        shown = {("parts" if key in PART_FIELDS else key): p for key, p in problems.items()}
        self.messages.show(shown, {})
        self.messages.save_button.setEnabled(True)


class RatesDialog(QDialog):
    def __init__(self, conn: sqlite3.Connection, actor: writes.Actor, parent: QWidget | None = None, *,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.conn, self.actor, self.today = conn, actor, today or dt.date.today()
        self.writer = access.can(actor.role, WRITE)
        self.rates = obligations.load(conn, with_archived=True)
        self.changed = False
        self.setWindowTitle(_("Rates and minimum wage"))
        self.obligation_list = QListWidget(self)
        self.about_label = QLabel(self)
        self.about_label.setWordWrap(True)
        self.versions = QTableWidget(self)
        tables.set_up(self.versions, 3, stretch=2)
        self.versions.setHorizontalHeaderLabels([_("From"), _("Part"), _("Rate")])
        self.versions.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.versions.setWordWrap(True)
        self.versions.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.wages = QTableWidget(self)
        tables.set_up(self.wages, 2, stretch=1)
        self.wages.setHorizontalHeaderLabels([_("From"), _("Minimum wage a month")])
        for table in (self.versions, self.wages):
            table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.buttons = {key: QPushButton(text, self) for key, text in (
            ("new", _("&New obligation…")), ("rate", _("&Set a rate from a month…")),
            ("remove", _("&Remove the chosen rate…")), ("aside", _("Set the obligation &aside")),
            ("wage", _("Set the &minimum wage")), ("remove_wage", _("Remove the chosen minimum &wage…")))}
        self.wage_month, self.wage_amount = MonthEdit(self), QSpinBox(self)
        self.wage_month.set_month(months.month_of(self.today))
        self.wage_amount.setRange(0, MAX_AMOUNT)
        self.wage_amount.setGroupSeparatorShown(True)
        self.wage_amount.setSingleStep(1000)
        self.wage_amount.setSuffix(" ₮")
        self.wage_messages = FieldMessages({"effective_from": QLabel(self), "amount": QLabel(self)}, QLabel(self),
                                           self.buttons["wage"])
        self._lay_out()
        b = self.buttons
        tab_order(self.obligation_list, b["new"], b["aside"], self.versions, b["rate"], b["remove"], self.wages,
                  b["remove_wage"], self.wage_month, self.wage_amount, b["wage"])
        self.obligation_list.currentRowChanged.connect(lambda _row: self.show_obligation())
        self.versions.itemSelectionChanged.connect(self._update_buttons)
        self.wages.itemSelectionChanged.connect(self._update_buttons)
        for key, handler in (("new", self.new_obligation), ("rate", self.set_rate), ("remove", self.remove_rate),
                             ("aside", self.set_aside), ("wage", self.set_wage), ("remove_wage", self.remove_wage)):
            self.buttons[key].clicked.connect(handler)
        settings.remember_geometry(self)
        self.resize(max(self.width(), 900), max(self.height(), 620))
        self.reload()
        self.obligation_list.setFocus()

    def _lay_out(self) -> None:
        b = self.buttons
        left = QVBoxLayout()
        for widget in (self.obligation_list, b["new"], b["aside"]):
            left.addWidget(widget)
        self.obligation_list.setMinimumWidth(220)
        right = QVBoxLayout()
        right.addWidget(self.about_label)
        right.addWidget(self.versions)
        row = QHBoxLayout()
        for key in ("rate", "remove"):
            row.addWidget(b[key])
        row.addStretch(1)
        right.addLayout(row)
        top = QHBoxLayout()
        top.addLayout(left, 2)
        top.addLayout(right, 5)
        wage_box = QGroupBox(_("Minimum wage"), self)
        wage_form = QFormLayout()
        labels = self.wage_messages.labels
        wage_form.addRow(_("From the mont&h:"), with_message(self.wage_month, labels["effective_from"]))
        wage_form.addRow(_("Am&ount a month:"), with_message(self.wage_amount, labels["amount"]))
        wage_form.addRow("", b["wage"])
        wage_form.addRow("", self.wage_messages.summary)
        wage_side = QVBoxLayout()
        wage_side.addWidget(self.wages)
        wage_side.addWidget(b["remove_wage"])
        wage_row = QHBoxLayout(wage_box)
        wage_row.addLayout(wage_side, 1)
        wage_row.addLayout(wage_form, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if not self.writer:
            layout.addWidget(QLabel(_("Your role can read the rates but not change them."), self))
        layout.addLayout(top, 3)
        layout.addWidget(wage_box, 2)
        layout.addWidget(close)

    # Showing -------------------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        self.rates = obligations.load(self.conn, with_archived=True)
        keep = select or self.obligation_id()
        lang = active().lang
        self.obligation_list.blockSignals(True)
        self.obligation_list.clear()
        for obligation in self.rates.obligations.values():
            text = obligation.name(lang)
            item = QListWidgetItem(_("{name} (set aside)").format(name=text) if obligation.archived else text)
            item.setData(Qt.ItemDataRole.UserRole, obligation.id)
            if obligation.archived:
                item.setForeground(QBrush(SET_ASIDE_COLOUR))
            self.obligation_list.addItem(item)
        ids = list(self.rates.obligations)
        self.obligation_list.setCurrentRow(ids.index(keep) if keep in ids else 0)
        self.obligation_list.blockSignals(False)
        tr = active()
        self.wages.setRowCount(len(self.rates.minimum_wages))
        for row, (start, amount) in enumerate(reversed(self.rates.minimum_wages)):
            tables.fill_row(self.wages, row, [tr.month(start), tr.money(amount)], right=(1,), data=start)
        if self.rates.minimum_wages and not self.wage_amount.value():
            self.wage_amount.setValue(self.rates.minimum_wages[-1][1])  # a new wage is typed over the last one
        self.show_obligation()

    def obligation_id(self) -> str | None:
        item = self.obligation_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def show_obligation(self) -> None:
        tr, ob_id = active(), self.obligation_id()
        obligation = self.rates.obligations.get(ob_id) if ob_id else None
        found = self.rates.versions.get(ob_id, []) if ob_id else []
        if obligation is not None:
            authority = self.rates.authorities.get(obligation.authority_id)
            self.about_label.setText(_("{name} ({other}) · paid to {authority} · {period}").format(
                name=obligation.name(tr.lang), other=obligation.name("en" if tr.lang == "mn" else "mn"),
                authority=authority.name(tr.lang) if authority else "", period=_(months.PERIODS[obligation.period])))
        rows = [(v.effective_from, i, p) for v in reversed(found) for i, p in enumerate(v.parts)]
        self.versions.setRowCount(len(rows))
        for row, (start, i, part) in enumerate(rows):
            tables.fill_row(self.versions, row, [tr.month(start) if i == 0 else "", _(obligations.PARTS.get(
                part.part, part.part)), rate_text(part)], data=start)
        self.versions.setCurrentCell(0 if rows else -1, 0)
        self.buttons["aside"].setText(_("Use the obligation &again") if obligation and obligation.archived
                                      else _("Set the obligation &aside"))
        self._update_buttons()

    def chosen_version(self) -> str | None:
        items = self.versions.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def chosen_wage(self) -> str | None:
        items = self.wages.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _update_buttons(self) -> None:
        chosen = self.obligation_id() is not None
        for key, enabled in (("new", True), ("rate", chosen), ("aside", chosen), ("wage", True),
                             ("remove", chosen and self.chosen_version() is not None),
                             ("remove_wage", self.chosen_wage() is not None)):
            self.buttons[key].setEnabled(self.writer and enabled)
        for widget in (self.wage_month, self.wage_amount):
            widget.setEnabled(self.writer)

    # Changing ------------------------------------------------------------------------------------

    def _done(self, write, select: str | None = None) -> bool:  # type: ignore[no-untyped-def]
        """Run a change; a refusal is shown, a success read back."""
        try:
            write()
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.text())
            return False
        self.changed = True
        self.reload(select)
        return True

    def _ask(self, question: str) -> bool:
        return QMessageBox.question(self, self.windowTitle(), question) == QMessageBox.StandardButton.Yes

    def _open_form(self, obligation: obligations.Obligation | None) -> None:
        form = ObligationForm(self.conn, self.actor, self.rates, obligation, self, today=self.today)
        try:
            if form.exec() == QDialog.DialogCode.Accepted:
                self.changed = True
                self.reload()
        finally:
            form.deleteLater()

    def new_obligation(self) -> None:
        self._open_form(None)

    def set_rate(self) -> None:
        ob_id = self.obligation_id()
        if ob_id:
            self._open_form(self.rates.obligations[ob_id])

    def remove_rate(self) -> None:
        ob_id, start = self.obligation_id(), self.chosen_version()
        if ob_id and start and self._ask(_("Remove the rate from {month}? Use this only for a rate entered by "
                                           "mistake: the rate before it applies again.").format(
                                               month=active().month(start))):
            self._done(lambda: obligations.remove_version(self.conn, self.actor, ob_id, start))

    def set_aside(self) -> None:
        ob_id = self.obligation_id()
        if ob_id:
            archived = not self.rates.obligations[ob_id].archived
            self._done(lambda: obligations.set_obligation_archived(self.conn, self.actor, ob_id, archived), ob_id)

    def set_wage(self) -> None:
        self.wage_messages.show_all = True
        month, amount = self.wage_month.month(), self.wage_amount.value()
        try:
            obligations.set_minimum_wage(self.conn, self.actor, month, amount)
        except ValidationError as exc:
            self.wage_messages.show(exc.problems, {})
            self.buttons["wage"].setEnabled(True)
            return
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.text())
            return
        self.wage_messages.show({}, {})
        self.changed = True
        self.reload()

    def remove_wage(self) -> None:
        start = self.chosen_wage()
        if start and self._ask(_("Remove the minimum wage from {month}? The one before it applies again.").format(
                month=active().month(start))):
            self._done(lambda: obligations.remove_minimum_wage(self.conn, self.actor, start))
