"""What the payment windows share: a field with its message under it, the Save and Cancel buttons with
Ctrl+Enter, the payment methods list, and the question asked before a reversal or a removal."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from asm_assoc.core.payments import collections
from asm_assoc.gui.widgets.field_messages import FieldMessages
from asm_assoc.gui.widgets.place_combos import fill_choices


def with_message(field: QWidget, message: QLabel) -> QWidget:
    """The field and, under it, the label its problem is shown in; the label of the row focuses the field."""
    box = QWidget(field.parentWidget())
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(message)
    box.setFocusProxy(field)
    return box


def field_messages(dialog: QDialog, names: Iterable[str], buttons: QDialogButtonBox) -> FieldMessages:
    """One (hidden) message label per field, in the order of the form, and a summary by the buttons."""
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    return FieldMessages({name: QLabel(dialog) for name in names}, QLabel(dialog), save)


def save_buttons(dialog: QDialog, save: Callable[[], None], save_text: str | None = None) -> QDialogButtonBox:
    """Save (also Ctrl+Enter, from any field) and Cancel."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                               dialog)
    button = buttons.button(QDialogButtonBox.StandardButton.Save)
    button.setDefault(True)
    if save_text:
        button.setText(save_text)
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        QShortcut(QKeySequence(keys), dialog, save)
    return buttons


def method_combo(parent: QWidget, chosen: str = collections.CASH) -> QComboBox:
    combo = QComboBox(parent)
    fill_choices(combo, collections.METHODS)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))
    return combo


def ask_reason(parent: QWidget, title: str, question: str) -> str | None:
    """The reason typed for a reversal (None when the person cancelled); core refuses an empty one."""
    text, ok = QInputDialog.getText(parent, title, question, QLineEdit.EchoMode.Normal, "")
    return text if ok else None


def tab_order(*widgets: QWidget) -> None:
    """Tab goes through `widgets` in the order the form shows them (fields wrapped with their message labels
    after the buttons were made would otherwise come last)."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)
