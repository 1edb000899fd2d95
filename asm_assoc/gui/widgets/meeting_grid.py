"""The meeting grid: a table the treasurer types into like a spreadsheet. Typing in a cell starts editing
it; Enter keeps the figure and goes down to the next member; Tab goes across, skipping the columns core
works out. Attendance and fine are chosen from lists, by typing their first letter too."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from asm_assoc.core.i18n import _, active
from asm_assoc.core.savings import meetings
from asm_assoc.gui.models.meeting_model import KEYS, MeetingModel

Index = QModelIndex | QPersistentModelIndex
MOST = 1_000_000_000  # no tögrög figure of a savings group comes near this: the cap only stops a slip


def figure_editor(parent: QWidget, most: int) -> QSpinBox:
    """The editor of a whole number in a grid cell: grouped digits, right-aligned, no arrows (typed, not
    clicked)."""
    spin = QSpinBox(parent)
    spin.setRange(0, most)
    spin.setGroupSeparatorShown(True)
    spin.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    return spin


class MeetingDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        key = KEYS[index.column()]
        model: MeetingModel = index.model()  # type: ignore[assignment]
        if key == "attendance":
            box = QComboBox(parent)
            for value, label in meetings.ATTENDANCE.items():
                box.addItem(_(label), value)
            return box
        if key == "fine":
            box = QComboBox(parent)
            box.addItem("—", "")
            for kind in model.fines:
                box.addItem(f"{kind.name} ({active().money(kind.amount)})", kind.id)
            return box
        return figure_editor(parent, MOST)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value or 0))
            editor.selectAll()  # typing replaces the figure, as in a spreadsheet

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value())


class MeetingGrid(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(MeetingDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setTabKeyNavigation(True)
        self.verticalHeader().setVisible(False)

    def _editable(self, index: QModelIndex) -> bool:
        return bool(index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEditable)

    def moveCursor(self, action: QAbstractItemView.CursorAction,  # noqa: N802 - Qt override
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """Tab and Shift+Tab skip the columns core works out (and wrap to the next or previous member)."""
        index = super().moveCursor(action, modifiers)
        if action not in (QAbstractItemView.CursorAction.MoveNext, QAbstractItemView.CursorAction.MovePrevious):
            return index
        model, start = self.model(), index
        for _step in range(model.columnCount() * 2):
            if self._editable(index):
                return index
            self.setCurrentIndex(index)
            index = super().moveCursor(action, modifiers)
            if index == start:
                break
        return index

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt override
        """Enter on a cell not being edited goes down a row (Qt would do nothing)."""
        editing = self.state() == QAbstractItemView.State.EditingState
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not editing:
            self._go_down()
            return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:  # noqa: N802
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter (not Tab, Esc or a click away)
            self._go_down()

    def _go_down(self) -> None:
        current = self.currentIndex()
        if current.isValid() and current.row() + 1 < self.model().rowCount():
            self.setCurrentIndex(current.siblingAtRow(current.row() + 1))
