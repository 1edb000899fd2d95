"""A month field (payments are owed per month): the date field without its day, typed as year and month."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from asm_assoc.core.i18n import _, active
from asm_assoc.gui.widgets.date_edit import OptionalDateEdit

DISPLAY_FORMATS = {"mn": "yyyy.MM", "en": "yyyy-MM"}


class MonthEdit(OptionalDateEdit):
    """`month()` is "" when empty, else YYYY-MM; typing `202703` fills 2027-03."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(False)  # a calendar picks days; a month is quicker typed

    def _retranslate(self) -> None:
        self.setDisplayFormat(DISPLAY_FORMATS.get(active().lang, "yyyy-MM"))
        self.setToolTip(_("Type the month as year and month, for example 2026-03. Delete empties the field."))

    def month(self) -> str:
        return self.iso()[:7]

    def set_month(self, month: str | None) -> None:
        self.set_iso(f"{month}-01" if month else "")
