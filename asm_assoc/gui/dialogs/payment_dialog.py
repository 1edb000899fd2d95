"""Record a member's payment: one numbered receipt (core's `collections.record`).

The grid lists what the member still owes, period by period, through this month (and, on request, months
ahead, paid in advance). A period is ticked to be paid; its amount starts at what is still owed and may be
lowered for a partial payment. Core checks the whole payment on Save; each problem is shown at its field or
in its line, and nothing is written until there are none."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from asm_assoc.core import association, writes
from asm_assoc.core.errors import UserError, ValidationError
from asm_assoc.core.i18n import N_, _, active
from asm_assoc.core.payments import collections, months, obligations, people
from asm_assoc.core.payments.obligations import MAX_AMOUNT
from asm_assoc.gui import settings
from asm_assoc.gui.widgets import tables
from asm_assoc.gui.widgets.date_edit import OptionalDateEdit
from asm_assoc.gui.widgets.field_messages import ERROR_COLOUR, PROBLEM_TINT
from asm_assoc.gui.widgets.meeting_grid import MeetingGrid, figure_editor
from asm_assoc.gui.widgets.payment_fields import field_messages, method_combo, save_buttons, with_message

Index = QModelIndex | QPersistentModelIndex
PAY, OBLIGATION, PERIOD, DUE, PAID, AMOUNT, PROBLEM = range(7)
HEADINGS = (N_("Pay"), N_("Obligation"), N_("Period"), N_("Owed"), N_("Paid before"), N_("Amount paid"),
            N_("Problem"))
FIELDS = ("member", "paid_on", "method", "reference", "note", "lines")
AHEAD_COLOUR = "#4a6a8a"


@dataclass
class GridLine:
    open: collections.OpenPeriod
    checked: bool
    amount: int | None  # None: nothing typed yet (an amount entered each time starts so)
    problem: str = ""

    @property
    def key(self) -> tuple[str, str]:
        return self.open.obligation_id, self.open.period


class LinesModel(QAbstractTableModel):
    """The periods the member can pay: a tick and the amount are the treasurer's, the rest is core's."""

    edited = Signal()

    def __init__(self, rates: obligations.Rates, this_month: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rates, self.this_month = rates, this_month
        self.lines: list[GridLine] = []

    def load(self, lines: list[GridLine]) -> None:
        self.beginResetModel()
        self.lines = lines
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(HEADINGS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _(HEADINGS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == PAY:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif index.column() == AMOUNT:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def is_ahead(self, line: GridLine) -> bool:
        period = self.rates.obligations[line.open.obligation_id].period
        return line.open.period > months.period_start(self.this_month, period)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        line, column, tr = self.lines[index.row()], index.column(), active()
        if role == Qt.ItemDataRole.CheckStateRole and column == PAY:
            return Qt.CheckState.Checked if line.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.EditRole and column == AMOUNT:
            return line.amount or 0
        if role == Qt.ItemDataRole.DisplayRole:
            obligation = self.rates.obligations[line.open.obligation_id]
            if column == OBLIGATION:
                return obligation.name(tr.lang)
            if column == PERIOD:
                text = tr.period(line.open.period, obligation.period)
                return _("{period} (in advance)").format(period=text) if self.is_ahead(line) else text
            if column == DUE:
                return _("any amount") if line.open.due is None else tr.money(line.open.due)
            if column == PAID:
                return tr.money(line.open.paid) if line.open.paid else ""
            if column == AMOUNT:
                return "" if line.amount is None else tr.number(line.amount)
            if column == PROBLEM:
                return line.problem
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (DUE, PAID, AMOUNT):
            return int(tables.RIGHT)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == PROBLEM:
                return QBrush(ERROR_COLOUR)
            if column == PERIOD and self.is_ahead(line):
                return QBrush(AHEAD_COLOUR)
        if role == Qt.ItemDataRole.BackgroundRole and line.problem and column == AMOUNT:
            return QBrush(PROBLEM_TINT)
        if role == Qt.ItemDataRole.ToolTipRole:
            if line.problem:
                return line.problem
            if column == DUE and line.open.due is None:
                return _("Nothing is worked out for this obligation: enter what the member pays.")
        if role == Qt.ItemDataRole.FontRole and column == AMOUNT and line.checked:
            bold = QFont()
            bold.setBold(True)
            return bold
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802
        line = self.lines[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == PAY:
            line.checked = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role == Qt.ItemDataRole.EditRole and index.column() == AMOUNT:
            line.amount = int(value) if value else None
            line.checked = bool(line.amount)  # typing an amount pays the period; 0 takes it off the receipt
        else:
            return False
        line.problem = ""
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), PROBLEM))
        self.edited.emit()
        return True

    def toggle(self, row: int) -> None:
        if 0 <= row < len(self.lines):
            state = Qt.CheckState.Unchecked if self.lines[row].checked else Qt.CheckState.Checked
            self.setData(self.index(row, PAY), state, Qt.ItemDataRole.CheckStateRole)

    def chosen(self) -> list[tuple[int, GridLine]]:
        return [(row, line) for row, line in enumerate(self.lines) if line.checked]

    def show_problems(self, by_row: dict[int, str]) -> None:
        for row, line in enumerate(self.lines):
            line.problem = by_row.get(row, "")
        if self.lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, PROBLEM))


class AmountDelegate(QStyledItemDelegate):
    """Amounts are typed as whole tögrög; typing replaces the figure, as in a spreadsheet."""

    def createEditor(self, parent: QWidget, option, index: Index) -> QWidget:  # type: ignore[no-untyped-def]  # noqa: N802
        return figure_editor(parent, MAX_AMOUNT)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))  # type: ignore[attr-defined]
        editor.selectAll()  # type: ignore[attr-defined]

    def setModelData(self, editor: QWidget, model, index: Index) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        editor.interpretText()  # type: ignore[attr-defined]
        model.setData(index, editor.value())  # type: ignore[attr-defined]


class LinesGrid(MeetingGrid):
    """The meeting grid's keys (typing edits, Enter goes down, Tab goes to the next amount); Space ticks or
    unticks the period of the row wherever the cursor is in it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(AmountDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Space and self.state() != QAbstractItemView.State.EditingState:
            self.model().toggle(self.currentIndex().row())  # type: ignore[attr-defined]
            return
        super().keyPressEvent(event)


class PaymentDialog(QDialog):
    def __init__(self, conn: sqlite3.Connection, actor: writes.Actor, member_id: str | None,
                 parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.conn, self.actor = conn, actor
        self.today = today or dt.date.today()
        self.rates = obligations.load(conn)
        self.this_month = months.month_of(self.today)
        self.ahead = 0
        self.collection: collections.Collection | None = None
        self.setWindowTitle(_("Record a payment"))
        self.member_combo = self._member_combo(member_id)
        self.date_edit = OptionalDateEdit(self)
        self.date_edit.set_iso(self.today.isoformat())
        self.method_combo = method_combo(self)
        self.reference_edit, self.note_edit = QLineEdit(self), QLineEdit(self)
        self.reference_edit.setPlaceholderText(_("Bank transfer number, or the savings group that paid it"))
        self.model = LinesModel(self.rates, self.this_month, self)
        self.grid = LinesGrid(self)
        self.grid.setModel(self.model)
        self.grid.setWordWrap(True)
        # Each line as tall as its wrapped problem, measured at the widths on screen.
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.grid.verticalHeader().setMinimumSectionSize(self.fontMetrics().height() + 8)
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)  # names and months whole; the room left to amounts or problems
        self.ahead_button = QPushButton(_("Add a month &ahead"), self)
        self.ahead_button.setToolTip(_("Show the next month too, to be paid in advance."))
        self.ahead_button.setAutoDefault(False)  # Enter in a field saves the receipt, whatever had the focus
        self.total_label = QLabel(self)
        font = self.total_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.total_label.setFont(font)
        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)
        buttons = save_buttons(self, self.save, _("&Save the receipt"))
        self.messages = field_messages(self, FIELDS, buttons)
        self._lay_out(buttons)
        self.model.edited.connect(self._edited)
        self.member_combo.currentIndexChanged.connect(lambda _index: self._member_chosen())
        self.ahead_button.clicked.connect(self.add_month_ahead)
        for name, signal in (("paid_on", self.date_edit.isoChanged), ("method", self.method_combo.currentIndexChanged),
                             ("reference", self.reference_edit.textEdited), ("note", self.note_edit.textEdited)):
            signal.connect(lambda *_args, name=name: self._edited(name))
        settings.remember_geometry(self)
        self.resize(max(self.width(), 860), max(self.height(), 620))
        self._member_chosen()
        if self.member_id() and self.model.rowCount():
            self.grid.setFocus()
            self.grid.setCurrentIndex(self.model.index(0, AMOUNT))
        else:
            self.member_combo.setFocus()

    def _member_combo(self, member_id: str | None) -> QComboBox:
        """Every member of the register, found by typing any part of the name or number."""
        combo = QComboBox(self)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        found = people.of_association(self.conn, association.current_id(self.conn))
        for person in sorted(found.values(), key=lambda p: p.member_no):
            if not person.archived or person.id == member_id:
                combo.addItem(f"{person.member_no:04d} {person.name}", person.id)
        completer = combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCurrentIndex(combo.findData(member_id) if member_id else -1)
        combo.lineEdit().editingFinished.connect(self._member_typed)
        combo.setMinimumContentsLength(28)
        return combo

    def _lay_out(self, buttons) -> None:  # type: ignore[no-untyped-def]
        labels = self.messages.labels
        form = QFormLayout()
        for text, field, name in ((_("&Member:"), self.member_combo, "member"),
                                  (_("&Date paid:"), self.date_edit, "paid_on"),
                                  (_("Paid &by:"), self.method_combo, "method"),
                                  (_("&Reference:"), self.reference_edit, "reference"),
                                  (_("N&ote:"), self.note_edit, "note")):
            form.addRow(text, with_message(field, labels[name]))
        what = QLabel(_("&What is paid: tick each period paid (Space) and lower its amount when less is paid; "
                        "Ctrl+Enter saves."), self)
        what.setBuddy(self.grid)
        what.setWordWrap(True)
        under = QHBoxLayout()
        under.addWidget(self.ahead_button)
        under.addStretch(1)
        under.addWidget(self.total_label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for widget in (what, self.hint_label, self.grid):
            layout.addWidget(widget)
        layout.addLayout(under)
        layout.addWidget(labels["lines"])
        layout.addWidget(self.messages.summary)
        layout.addWidget(buttons)

    # The member and the periods ------------------------------------------------------------------

    def member_id(self) -> str | None:
        combo = self.member_combo
        index = combo.findText(combo.currentText().strip(), Qt.MatchFlag.MatchFixedString)
        return combo.itemData(index) if index >= 0 else None

    def _member_typed(self) -> None:
        """Text typed without picking from the list: the one member it names, if it names exactly one."""
        combo = self.member_combo
        if self.member_id() is None and combo.currentText().strip():
            text = combo.currentText().strip().casefold()
            matches = [i for i in range(combo.count()) if text in combo.itemText(i).casefold()]
            if len(matches) == 1:
                combo.setCurrentIndex(matches[0])
        self._edited("member")

    def _member_chosen(self) -> None:
        self.ahead = 0
        self._load_periods(keep={})

    def _load_periods(self, keep: dict[tuple[str, str], GridLine]) -> None:
        member_id = self.member_id()
        found = collections.open_periods(self.conn, self.rates, member_id, self.this_month,
                                         self.ahead) if member_id else []
        lines = []
        for period in found:
            before = keep.get((period.obligation_id, period.period))
            if before is not None:
                lines.append(GridLine(period, before.checked, before.amount))
            else:  # what is owed through this month is ticked; months ahead wait to be chosen
                line = GridLine(period, False, period.open or None)
                line.checked = bool(line.amount) and not self.model.is_ahead(line)
                lines.append(line)
        self.model.load(lines)
        self._problem_column(False)
        self.ahead_button.setEnabled(member_id is not None)
        if member_id is None:
            hint = _("Choose the member who pays: type a part of the name or the member number.")
        elif not lines:
            hint = _("This member owes nothing now. To pay in advance, add a month ahead; to make the member owe "
                     "an obligation, use “Member's obligations…” on the payments page.")
        else:
            hint = ""
        self.hint_label.setText(hint)
        self.hint_label.setVisible(bool(hint))
        self._show_total()

    def _problem_column(self, shown: bool) -> None:
        """The problems of lines, wrapped, take the room left; without them the amounts do."""
        header = self.grid.horizontalHeader()
        self.grid.setColumnHidden(PROBLEM, not shown)
        header.setStretchLastSection(not shown)
        header.setSectionResizeMode(PROBLEM, QHeaderView.ResizeMode.Stretch if shown
                                    else QHeaderView.ResizeMode.ResizeToContents)

    def add_month_ahead(self) -> None:
        """One more month of each obligation, ticked, to be paid in advance."""
        keep = {line.key: line for line in self.model.lines}
        self.ahead += 1
        self._load_periods(keep)
        for row, line in enumerate(self.model.lines):
            if line.key not in keep and line.amount:
                self.model.setData(self.model.index(row, PAY), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)

    # Checking and saving -------------------------------------------------------------------------

    def _show_total(self) -> None:
        chosen = self.model.chosen()
        total = sum(line.amount or 0 for _row, line in chosen)
        self.total_label.setText(_("Total: {amount}").format(amount=active().money(total)))

    def _edited(self, name: str = "lines") -> None:
        self._show_total()
        self.messages.touch(name)
        if self.messages.show_all:  # after a Save that was refused, problems go as they are fixed
            self.validate()

    def payment(self) -> tuple[collections.Payment, list[int]]:
        """The payment as typed, and the grid row of each of its lines."""
        chosen = self.model.chosen()
        lines = [collections.Line(line.open.obligation_id, line.open.period, line.amount or 0) for _r, line in chosen]
        payment = collections.Payment(self.member_id() or "", self.date_edit.iso(), lines,
                                      self.method_combo.currentData() or "", self.reference_edit.text(),
                                      self.note_edit.text())
        return payment, [row for row, _line in chosen]

    def _show_problems(self, problems: dict[str, UserError], rows: list[int]) -> None:
        by_row = {rows[int(key[6:])]: p.text() for key, p in problems.items() if key.startswith("lines.")}
        fields = {key: p for key, p in problems.items() if not key.startswith("lines.")}
        if by_row and "lines" not in fields:
            fields["lines"] = UserError(N_("Correct the lines marked in red."))
        self.model.show_problems(by_row)
        self._problem_column(bool(by_row))
        self.messages.show(fields, {})
        self.messages.save_button.setEnabled(True)  # Save shows every problem rather than being greyed

    def validate(self) -> bool:
        payment, rows = self.payment()
        try:
            collections.check(self.conn, self.rates, payment, today=self.today)
        except ValidationError as exc:
            self._show_problems(exc.problems, rows)
            return False
        self._show_problems({}, rows)
        return True

    def save(self) -> None:
        editor = self.grid.indexWidget(self.grid.currentIndex())
        if editor is not None:  # Ctrl+Enter while an amount is being typed: the amount counts
            self.grid.commitData(editor)
        self.messages.show_all = True
        payment, rows = self.payment()
        try:
            self.collection = collections.record(self.conn, self.actor, self.rates, payment, today=self.today)
        except ValidationError as exc:
            self._show_problems(exc.problems, rows)
            return
        except UserError as exc:
            QMessageBox.warning(self, _("The payment was not saved"), exc.text())
            return
        self.accept()
