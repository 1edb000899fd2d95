"""The members of the payments page: what each owes now (periods that have ended unpaid), what each paid in
the chosen year and when they last paid, found as the treasurer types a part of a name or a number."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from asm_assoc.core.collation import fold, sort_key
from asm_assoc.core.i18n import N_, _, active
from asm_assoc.core.payments import collections, figures, people
from asm_assoc.gui.widgets import tables
from asm_assoc.gui.widgets.field_messages import ERROR_COLOUR

Index = QModelIndex | QPersistentModelIndex
NUMBER, NAME, OWED, PAID, LAST = range(5)
HEADINGS = (N_("No."), N_("Name"), N_("Owed now"), N_("Paid in {year}"), N_("Last payment"))
ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class MemberRow:
    member_id: str
    member_no: int
    name: str
    owed: int
    paid: int
    last_paid_on: str

    @property
    def search(self) -> str:
        return fold(f"{self.member_no:04d} {self.member_no} {self.name}")


def member_rows(persons: dict[str, people.Person], arrears: list[figures.Arrears],
                receipts: list[collections.Collection], year: int) -> list[MemberRow]:
    """Members of the register, and anyone who left but owes or paid: by member number."""
    owed = {a.person.id: a.amount for a in arrears}
    paid: dict[str, int] = {}
    last: dict[str, str] = {}
    for c in receipts:
        if c.paid_on.startswith(f"{year:04d}-"):
            paid[c.member_id] = paid.get(c.member_id, 0) + c.amount  # a reversal takes its amount back
        if c.reverses is None and c.reversed_by is None:
            last[c.member_id] = max(last.get(c.member_id, ""), c.paid_on)
    return [MemberRow(p.id, p.member_no, p.name, owed.get(p.id, 0), paid.get(p.id, 0), last.get(p.id, ""))
            for p in sorted(persons.values(), key=lambda p: p.member_no)
            if not p.archived or p.id in owed or p.id in last]


SORT_KEYS = {NUMBER: lambda r: r.member_no, NAME: lambda r: (sort_key(r.name), r.member_no),
             OWED: lambda r: (r.owed, r.member_no), PAID: lambda r: (r.paid, r.member_no),
             LAST: lambda r: (r.last_paid_on, r.member_no)}


class PaymentMembersModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.all: list[MemberRow] = []
        self.rows: list[MemberRow] = []
        self.year = 0
        self.text = ""
        self.order = (NUMBER, Qt.SortOrder.AscendingOrder)

    def load(self, rows: list[MemberRow], year: int) -> None:
        self.all, self.year = rows, year
        self._refilter()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, PAID, PAID)

    def set_filter(self, text: str) -> None:
        self.text = text
        self._refilter()

    def _refilter(self) -> None:
        words = fold(self.text).split()
        found = [r for r in self.all if all(w in r.search for w in words)]
        column, order = self.order
        found.sort(key=SORT_KEYS[column], reverse=order == Qt.SortOrder.DescendingOrder)
        self.beginResetModel()
        self.rows = found
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.order = (column, order)
        self._refilter()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(HEADINGS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _(HEADINGS[section]).format(year=self.year)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            tr = active()
            if column == NUMBER:
                return f"{row.member_no:04d}"
            if column == NAME:
                return row.name
            if column == OWED:
                return tr.money(row.owed) if row.owed else ""
            if column == PAID:
                return tr.money(row.paid) if row.paid else ""
            return tr.date(row.last_paid_on)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (NUMBER, OWED, PAID):
            return int(tables.RIGHT)
        if role == Qt.ItemDataRole.ForegroundRole and column == OWED:
            return QBrush(ERROR_COLOUR)
        if role == ID_ROLE:
            return row.member_id
        return None

    def row_of(self, member_id: str | None) -> int:
        return next((i for i, r in enumerate(self.rows) if r.member_id == member_id), -1)
