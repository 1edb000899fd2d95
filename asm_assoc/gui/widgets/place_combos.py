"""Choice lists filled from core's code -> label tables, and the aimag -> soum pair of lists.

Combo boxes hold the code as item data and show the label in the current language, so a language switch
only relabels them and the chosen code stays.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox

from asm_assoc.core import reference
from asm_assoc.core.collation import sort_key
from asm_assoc.core.i18n import _, active


def fill_choices(combo: QComboBox, labels: Mapping[str, str], *, empty: str | None = None) -> None:
    """Fill `combo` with `labels` (code -> untranslated label); an optional first empty choice has code ""."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if empty is not None:
        combo.addItem(empty, "")
    for code, label in labels.items():
        combo.addItem(_(label), code)
    combo.blockSignals(False)
    select_code(combo, current if current is not None else "")


def select_code(combo: QComboBox, code: str | None) -> None:
    index = combo.findData(code or "")
    combo.setCurrentIndex(max(index, 0))


def code_of(combo: QComboBox) -> str:
    return combo.currentData() or ""


def units_by_name(units: tuple[reference.Unit, ...], lang: str) -> list[reference.Unit]:
    """Units in the alphabetical order of the language shown (Mongolian order for mn)."""
    return sorted(units, key=lambda u: sort_key(u.name(lang)))


class PlaceCombos(QObject):
    """Keeps a soum list showing the soums of the aimag chosen in the aimag list."""

    changed = Signal()

    def __init__(self, aimag: QComboBox, soum: QComboBox) -> None:
        super().__init__(aimag)
        self.aimag, self.soum = aimag, soum
        self.retranslate()
        aimag.currentIndexChanged.connect(self._aimag_changed)
        soum.currentIndexChanged.connect(lambda _index: self.changed.emit())

    def retranslate(self) -> None:
        """(Re)fill both lists in the current language, keeping the chosen codes."""
        aimag_code, soum_code = self.aimag_code(), self.soum_code()
        lang = active().lang
        self.aimag.blockSignals(True)
        self.aimag.clear()
        self.aimag.addItem(_("(not chosen)"), "")
        for unit in units_by_name(reference.aimags(), lang):
            self.aimag.addItem(unit.name(lang), unit.code)
        select_code(self.aimag, aimag_code)
        self.aimag.blockSignals(False)
        self._fill_soums(soum_code)

    def _fill_soums(self, soum_code: str = "") -> None:
        lang = active().lang
        self.soum.blockSignals(True)
        self.soum.clear()
        self.soum.addItem(_("(not chosen)"), "")
        for unit in units_by_name(reference.soums(self.aimag_code()), lang):
            self.soum.addItem(unit.name(lang), unit.code)
        select_code(self.soum, soum_code)
        self.soum.setEnabled(bool(self.aimag_code()))
        self.soum.blockSignals(False)

    def _aimag_changed(self, _index: int) -> None:
        self._fill_soums()
        self.changed.emit()

    def aimag_code(self) -> str:
        return code_of(self.aimag)

    def soum_code(self) -> str:
        return code_of(self.soum)

    def set_codes(self, aimag_code: str, soum_code: str) -> None:
        self.aimag.blockSignals(True)
        select_code(self.aimag, aimag_code)
        self.aimag.blockSignals(False)
        self._fill_soums(soum_code)
        self.changed.emit()
