"""The small read-and-edit tables of dialogs (QTableWidget): set up alike, filled a row at a time."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def set_up(table: QTableWidget, columns: int, *, stretch: int | None = None, last_stretches: bool = False) -> None:
    """No row numbers; columns as wide as their content, except `stretch` (or the last) taking the rest."""
    table.setColumnCount(columns)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(last_stretches)


def fill_row(table: QTableWidget, row: int, cells: Sequence[str], *, right: Collection[int] = (),
             data: object = None, foreground: QBrush | None = None) -> None:
    """Put read-only texts in a row: figures (`right`) aligned right, `data` kept on every cell."""
    for column, text in enumerate(cells):
        item = QTableWidgetItem(text)
        if column in right:
            item.setTextAlignment(RIGHT)
        if data is not None:
            item.setData(Qt.ItemDataRole.UserRole, data)
        if foreground is not None:
            item.setForeground(foreground)
        table.setItem(row, column, item)
