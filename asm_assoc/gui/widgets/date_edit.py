"""A date field that may be left empty (birth date unknown, not left yet).

QDateEdit cannot hold "no date", so the lowest date it allows stands for empty and is shown as a dash
(Qt's "special value text"). Typing a digit into an empty field first puts a date there, so typing
`19850314` fills 1985-03-14 without touching the mouse; Delete empties the field again.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

from asm_assoc.core.i18n import _, active

EMPTY = QDate(1800, 1, 1)
DISPLAY_FORMATS = {"mn": "yyyy.MM.dd", "en": "yyyy-MM-dd"}


class OptionalDateEdit(QDateEdit):
    """`iso()` is "" when empty, else YYYY-MM-DD; `set_iso("")` empties the field."""

    isoChanged = Signal(str)  # noqa: N815 - Qt signal naming

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(EMPTY)
        self.setMaximumDate(QDate(2100, 12, 31))
        self.setSpecialValueText("—")
        self.setDate(EMPTY)
        self.setCurrentSection(QDateEdit.Section.YearSection)
        self._retranslate()
        self.dateChanged.connect(lambda _date: self.isoChanged.emit(self.iso()))

    def _retranslate(self) -> None:
        self.setDisplayFormat(DISPLAY_FORMATS.get(active().lang, "yyyy-MM-dd"))
        self.setToolTip(_("Type the date as year, month, day. Delete empties the field."))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == event.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def is_empty(self) -> bool:
        return self.date() == EMPTY

    def iso(self) -> str:
        return "" if self.is_empty() else self.date().toString(Qt.DateFormat.ISODate)

    def set_iso(self, value: str | None) -> None:
        if not value:
            self.setDate(EMPTY)
            return
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            self.setDate(EMPTY)
            return
        self.setDate(QDate(day.year, day.month, day.day))

    def clear_date(self) -> None:
        self.setDate(EMPTY)
        self.setCurrentSection(QDateEdit.Section.YearSection)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Delete,) and not event.modifiers():
            self.clear_date()
            event.accept()
            return
        if self.is_empty() and event.text().isdigit():
            # Start from a real date with the year selected, so the typed digits replace it section by
            # section (Qt moves on to the month once the year has four digits).
            self.setDate(QDate.currentDate())
            self.setCurrentSection(QDateEdit.Section.YearSection)
            self.lineEdit().setSelection(0, 4)
        super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        # The calendar of an empty field would open in the year 1800; open it at today instead.
        if self.is_empty() and self.calendarPopup():
            self.calendarWidget().setSelectedDate(QDate.currentDate())
        super().mousePressEvent(event)
