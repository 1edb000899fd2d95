"""The member list as a Qt table model, after Anki's browser.

`member_list.MemberIndex.query_ids` returns the ids of the matching members, in order (never rows).
The view asks only for the rows on screen; those are fetched from the database in blocks around the row
asked for and kept in a small LRU cache, so 100,000 members cost one id query, not 100,000 row reads.
Sorting by a header click runs a new query; there is no QSortFilterProxyModel.
"""

from __future__ import annotations

import sqlite3
from collections import OrderedDict
from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from asm_assoc.core import member_list, members, reference, writes
from asm_assoc.core.i18n import N_, _, active
from asm_assoc.core.member_list import MemberFilter

HEADERS = {
    "member_no": N_("No."),
    "name": N_("Name"),
    "regnum": N_("Registration no."),
    "sex": N_("Sex"),
    "phones": N_("Phones"),
    "soum_code": N_("Soum"),
    "role": N_("Role"),
    "status": N_("Status"),
}
COLUMNS = member_list.COLUMNS
# Rows kept in memory: a few screens' worth in each direction of travel.
CACHE_ROWS = 4000
# Rows fetched around a missing one: one query fills the screen and the next page of scrolling.
BLOCK_BEFORE, BLOCK_AFTER = 40, 160
ID_ROLE = Qt.ItemDataRole.UserRole
INACTIVE_COLOUR = QColor("#707070")
# data() runs for every role of every visible cell at each repaint; Qt passes the role as a plain int,
# and comparing ints is much cheaper than comparing with the enum members.
_DISPLAY, _FOREGROUND = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ForegroundRole)
_ALIGN, _ID = int(Qt.ItemDataRole.TextAlignmentRole), int(ID_ROLE)
_NUMBER_COLUMN = COLUMNS.index("member_no")
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

Index = QModelIndex | QPersistentModelIndex


class MemberTableModel(QAbstractTableModel):
    def __init__(self, conn: sqlite3.Connection, actor: writes.Actor, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.conn, self.actor = conn, actor
        self.member_index = member_list.MemberIndex(conn, actor)
        self.filter = MemberFilter()
        self.ids: tuple[str, ...] = ()
        # member id -> (cells as shown, inactive?): formatted once when fetched, not at every repaint.
        self._rows: OrderedDict[str, tuple[tuple[str, ...], bool]] = OrderedDict()
        self._rows_lang = active()
        self.fetches = 0  # database round trips for rows (tests use it to prove rows load lazily)
        # While a background job holds the connection (or it is closed for a restore), nothing is read;
        # the page refreshes when the job ends.
        self.paused = False

    # Queries.

    def set_connection(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.member_index = member_list.MemberIndex(conn, self.actor)
        self.refresh()

    def set_filter(self, f: MemberFilter) -> None:
        self.filter = f
        if self.paused:
            return
        self.beginResetModel()
        self.ids = self.member_index.query_ids(f)
        self.endResetModel()

    def refresh(self) -> None:
        """Query again and forget cached rows (after a member was added, changed or archived)."""
        self._rows.clear()
        self.set_filter(self.filter)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or self.paused:
            return
        self.layoutAboutToBeChanged.emit()
        self.filter = replace(self.filter, sort=COLUMNS[column],
                              descending=order == Qt.SortOrder.DescendingOrder)
        self.ids = self.member_index.query_ids(self.filter)
        self.layoutChanged.emit()

    def member_id(self, row: int) -> str | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def row_of(self, member_id: str) -> int:
        try:
            return self.ids.index(member_id)
        except ValueError:
            return -1

    # Lazy rows.

    def _row(self, row: int) -> tuple[tuple[str, ...], bool] | None:
        if self._rows_lang is not active():  # rows were formatted in another language
            self._rows.clear()
            self._rows_lang = active()
        member_id = self.ids[row]
        found = self._rows.get(member_id)
        if found is not None:
            self._rows.move_to_end(member_id)
            return found
        if self.paused:
            return None
        block = [i for i in self.ids[max(0, row - BLOCK_BEFORE):row + BLOCK_AFTER] if i not in self._rows]
        self.fetches += 1
        for member_id_, values in member_list.fetch_rows(self.conn, block, self.actor).items():
            self._rows[member_id_] = (tuple(display_text(c, values) for c in COLUMNS),
                                      values[8] in ("left", "deceased"))
        while len(self._rows) > CACHE_ROWS:
            self._rows.popitem(last=False)
        return self._rows.get(member_id)

    # Qt model interface.

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _(HEADERS[COLUMNS[section]]) if 0 <= section < len(COLUMNS) else None
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> object:
        if role == _DISPLAY or role == _FOREGROUND:
            row = index.row()
            shown = self._row(row) if 0 <= row < len(self.ids) else None
            if shown is None:  # archived or changed by another window since the query; refresh drops it
                return None
            if role == _DISPLAY:
                return shown[0][index.column()]
            return INACTIVE_COLOUR if shown[1] else None
        if role == _ALIGN:
            return _RIGHT if index.column() == _NUMBER_COLUMN else None
        if role == _ID:
            row = index.row()
            return self.ids[row] if 0 <= row < len(self.ids) else None
        return None

    def retranslate(self) -> None:
        """Labels (sex, role, status, soum names) and headers in the newly chosen language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ids) - 1, len(COLUMNS) - 1))


def display_text(column: str, row: tuple) -> str:
    """One cell of a `member_list.fetch_rows` row, as shown (labels translated, soum by name)."""
    member_no, family, given, regnum, sex, phones, soum_code, role, status = row
    if column == "member_no":
        return str(member_no)
    if column == "name":
        return f"{family} {given}".strip()
    if column == "regnum":
        return regnum or ""
    if column == "sex":
        return _(members.SEXES[sex]) if sex in members.SEXES else ""
    if column == "phones":
        return phones or ""
    if column == "soum_code":
        return reference.unit_name(soum_code, active().lang)
    if column == "role":
        return _(members.ROLES.get(role, role or ""))
    if column == "status":
        return _(members.STATUSES.get(status, status or ""))
    return ""
