"""Inline validation: the message of each field shown under it, and a summary by the Save button.

Errors are red and block saving; warnings are amber and do not. A field's error is shown once the person
has touched that field (or pressed Save), so an empty new form does not open covered in red; the summary
always says what still has to be fixed before Save is possible.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QPushButton

from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import _, ngettext

# The one red of a problem, for every window: text (and labels' style sheets), and the tint of a table cell.
ERROR_COLOUR = QColor("#b3261e")
PROBLEM_TINT = QColor("#f9dedc")
ERROR_STYLE = f"color: {ERROR_COLOUR.name()};"
WARNING_STYLE = "color: #8a5300;"


def show_problems(label: QLabel, text: str) -> None:
    """A message label of a window: the text in the error colour, or empty."""
    label.setText(text)
    label.setStyleSheet(ERROR_STYLE if text else "")


class FieldMessages:
    def __init__(self, labels: Mapping[str, QLabel], summary: QLabel, save_button: QPushButton) -> None:
        self.labels = dict(labels)
        self.summary = summary
        self.save_button = save_button
        self.touched: set[str] = set()
        self.show_all = False
        for label in self.labels.values():
            label.setWordWrap(True)
            label.hide()
        summary.setWordWrap(True)

    def touch(self, *names: str) -> None:
        self.touched.update(names)

    def show(self, errors: Mapping[str, UserError], warnings: Mapping[str, Iterable[UserError]]) -> None:
        for name, label in self.labels.items():
            error = errors.get(name)
            if error is not None and (self.show_all or name in self.touched):
                self._set(label, error.text(), ERROR_STYLE)
            elif warnings.get(name):
                self._set(label, "\n".join("⚠ " + w.text() for w in warnings[name]), WARNING_STYLE)
            else:
                label.hide()
                label.clear()
        self.save_button.setEnabled(not errors)
        if errors:
            # The first problem in the order of the form, so the summary points where the eye goes next.
            order = {name: i for i, name in enumerate(self.labels)}
            first = min(errors, key=lambda name: order.get(name, len(order)))
            text = _("To save, first fix this: {problem}").format(problem=errors[first].text())
            more = len(errors) - 1
            if more:
                more_text = ngettext("(and {count} more problem)", "(and {count} more problems)", more)
                text += " " + more_text.format(count=more)
            self._set(self.summary, text, ERROR_STYLE)
        else:
            self.summary.hide()
            self.summary.clear()

    @staticmethod
    def _set(label: QLabel, text: str, style: str) -> None:
        label.setText(text)
        label.setStyleSheet(style)
        label.show()
