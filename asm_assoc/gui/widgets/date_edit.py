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
SEPARATORS = ".-/, "
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
        self._advanced_by_qt = False
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
        text = event.text()
        if event.key() == Qt.Key.Key_Delete and not event.modifiers():
            self.clear_date()
            event.accept()
            return
        if text.isdigit():
            if self.is_empty():
                # Start from a real date with the year selected, so the typed digits replace it part by
                # part (Qt moves on to the month by itself once the year has four digits).
                self.setDate(QDate.currentDate())
                self.setCurrentSectionIndex(0)
                self._select_current_section()
            section = self.currentSectionIndex()
            super().keyPressEvent(event)
            # When Qt moved on by itself, a separator typed next must not move on a second time.
            self._advanced_by_qt = self.currentSectionIndex() != section
            return
        if text and text in SEPARATORS and not self.is_empty():
            # Any of . - / or a space moves on to the next part, whatever the display format uses.
            if not self._advanced_by_qt and self.currentSectionIndex() + 1 < self.sectionCount():
                self.setCurrentSectionIndex(self.currentSectionIndex() + 1)
                self._select_current_section()
            self._advanced_by_qt = False
            event.accept()
            return
        self._advanced_by_qt = False
        super().keyPressEvent(event)

    def _select_current_section(self) -> None:
        text = self.lineEdit().text()
        starts = [0] + [i + 1 for i, ch in enumerate(text) if not ch.isdigit()]
        ends = [i for i, ch in enumerate(text) if not ch.isdigit()] + [len(text)]
        index = self.currentSectionIndex()
        if index < len(starts):
            self.lineEdit().setSelection(starts[index], ends[index] - starts[index])

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        was_empty = self.is_empty()
        super().mousePressEvent(event)
        calendar = self.calendarWidget()
        if was_empty and self.calendarPopup() and calendar.isVisible():
            # The calendar of an empty field would open in the year 1800: show this month instead, quietly,
            # so that opening the calendar fills in no date the person did not pick.
            calendar.blockSignals(True)
            calendar.setSelectedDate(QDate.currentDate())
            calendar.blockSignals(False)
