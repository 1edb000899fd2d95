"""Hours worked per month of one year: the exposure the safety rates are measured against (core's
`incidents.hours`). Each month is saved on its own: a month core refuses keeps its message in its row and
nothing of it is written, while the other months are saved."""

from __future__ import annotations

import datetime as dt
import sqlite3

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from asm_assoc.core import access, writes
from asm_assoc.core.errors import UserError, ValidationError
from asm_assoc.core.i18n import N_, _, active, ngettext
from asm_assoc.core.incidents import hours
from asm_assoc.core.incidents import vocabulary as v
from asm_assoc.gui import settings
from asm_assoc.gui.forms.ui_hours_dialog import Ui_HoursDialog
from asm_assoc.gui.widgets import tables
from asm_assoc.gui.widgets.field_messages import ERROR_COLOUR, ERROR_STYLE, PROBLEM_TINT

MONTH, HOURS, WORKERS, METHOD, NOTE, PROBLEM = range(6)
# Where each of core's field names is shown in a month's row.
FIELD_COLUMNS = {"month": MONTH, "hours": HOURS, "workers": WORKERS, "method": METHOD, "note": NOTE}
FUTURE_COLOUR = QColor("#8a8a8a")
_SEPARATORS = str.maketrans("", "", ", \u00a0\u202f'")


def month_name(number: int) -> str:
    """The month's name in the language on screen (January, Нэгдүгээр сар)."""
    return active().locale.months["stand-alone"]["wide"][number]


def parse_count(text: str) -> int | None:
    """A whole number as typed ("1,760", "1 760"); None for an empty cell; ValueError otherwise."""
    text = (text or "").strip().translate(_SEPARATORS)
    if not text:
        return None
    if not text.lstrip("-").isdigit():
        raise ValueError(text)
    return int(text)


class HoursDialog(QDialog):
    def __init__(self, conn: sqlite3.Connection, actor: writes.Actor, parent: QWidget | None = None, *,
                 year: int | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HoursDialog()
        self.ui.setupUi(self)
        self.conn, self.actor = conn, actor
        self.today = today or dt.date.today()
        self.writer = access.can(actor.role, "incidents.write")
        self.loaded: dict[str, hours.MonthHours] = {}
        self.problems: dict[int, dict[str, UserError]] = {}  # row -> field -> message
        self._filling = False
        settings.remember_geometry(self)
        table = self.ui.monthsTable
        tables.set_up(table, 6, stretch=NOTE)
        table.horizontalHeader().setSectionResizeMode(PROBLEM, QHeaderView.ResizeMode.Stretch)
        table.setWordWrap(True)
        # Twelve rows: each as tall as its wrapped message, measured at the widths on screen.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setRowCount(12)
        for row in range(12):
            combo = QComboBox(table)
            for key in v.HOURS_METHODS:
                combo.addItem("", key)
            combo.currentIndexChanged.connect(lambda _index, r=row: self._row_edited(r))
            table.setCellWidget(row, METHOD, combo)
        ui = self.ui
        ui.yearSpin.setMaximum(self.today.year)
        ui.yearSpin.setValue(min(year or self.today.year, self.today.year))
        self._year = ui.yearSpin.value()
        ui.yearSpin.valueChanged.connect(self._year_chosen)
        table.itemChanged.connect(lambda item: self._row_edited(item.row()))
        table.currentCellChanged.connect(lambda row, *_rest: self._month_chosen(row))
        for spin in (ui.estimateWorkersSpin, ui.estimateDaysSpin, ui.estimateHoursSpin):
            spin.valueChanged.connect(self._show_estimate)
        ui.estimateButton.clicked.connect(self.use_estimate)
        self.save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.clicked.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self.save_button.setVisible(self.writer)
        ui.estimateBox.setVisible(self.writer)
        self._retranslate()
        self.load()

    # Language ----------------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        ui = self.ui
        intro = _("The safety rates of the incident summary (recordable cases per 200,000 hours, lost-time "
                  "injuries and days away per 1,000,000 hours) are worked out from these hours, and the summary "
                  "says which months were estimated. For each month enter the hours worked, counted from time "
                  "sheets or shift lists, and how many people worked.")
        if not self.writer:
            intro += " " + _("Your role can read these hours but not change them.")
        ui.introLabel.setText(intro)
        ui.monthsTable.setHorizontalHeaderLabels(
            [_("Month"), _("Hours worked"), _("Workers"), _("Counted or estimated"), _("Note"), _("Problem")])
        for row in range(12):
            combo = self._method_combo(row)
            for index in range(combo.count()):
                combo.setItemText(index, _(v.HOURS_METHODS[combo.itemData(index)]))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "loaded"):
            self.ui.retranslateUi(self)
            self._retranslate()
            for row in range(12):
                self.ui.monthsTable.item(row, MONTH).setText(self._month_label(row))
            self._show_totals()
            self._month_chosen(self.ui.monthsTable.currentRow())
        super().changeEvent(event)

    # Months ------------------------------------------------------------------------------------------

    def month_of(self, row: int) -> str:
        return f"{self._year:04d}-{row + 1:02d}"

    def _month_label(self, row: int) -> str:
        return f"{month_name(row + 1)} {self._year}"

    def is_editable(self, row: int) -> bool:
        """A writer may fill in a month that has begun; months still to come wait."""
        return self.writer and self.month_of(row) <= self.today.strftime("%Y-%m")

    def _method_combo(self, row: int) -> QComboBox:
        return self.ui.monthsTable.cellWidget(row, METHOD)  # type: ignore[return-value]

    def load(self) -> None:
        """Show the year's months as saved."""
        first, last = self.month_of(0), self.month_of(11)
        self.loaded = {m.month: m for m in hours.months(self.conn, first, last)}
        self.problems.clear()
        table, tr = self.ui.monthsTable, active()
        self._filling = True
        for row in range(12):
            saved = self.loaded.get(self.month_of(row))
            editable = self.is_editable(row)
            month = QTableWidgetItem(self._month_label(row))
            month.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            table.setItem(row, MONTH, month)
            values = {HOURS: tr.number(saved.hours) if saved else "",
                      WORKERS: tr.number(saved.workers) if saved else "", NOTE: saved.note if saved else "",
                      PROBLEM: ""}
            for column, text in values.items():
                item = QTableWidgetItem(text)
                if column in (HOURS, WORKERS):
                    item.setTextAlignment(tables.RIGHT)
                if not editable or column == PROBLEM:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                table.setItem(row, column, item)
            combo = self._method_combo(row)
            combo.setCurrentIndex(max(0, combo.findData(saved.method if saved else v.COUNTED)))
            combo.setEnabled(editable)
            if not self.month_of(row) <= self.today.strftime("%Y-%m"):
                for column in (MONTH, HOURS, WORKERS, NOTE):
                    table.item(row, column).setForeground(QBrush(FUTURE_COLOUR))
                month.setToolTip(_("This month has not begun: its hours can be entered once it has."))
        self._filling = False
        self._show_problems()
        self._show_totals()
        this_month = self.today.month - 1 if self._year == self.today.year else 0
        table.setCurrentCell(this_month, HOURS)
        self._month_chosen(this_month)

    def _year_chosen(self, year: int) -> None:
        if year == self._year:
            return
        if self.changed_rows() and not self._agrees_to_discard():
            self.ui.yearSpin.blockSignals(True)
            self.ui.yearSpin.setValue(self._year)
            self.ui.yearSpin.blockSignals(False)
            return
        self._year = year
        self.ui.messageLabel.clear()
        self.load()

    def _agrees_to_discard(self) -> bool:
        answer = QMessageBox.question(self, self.windowTitle(), _("The hours typed for {year} are not saved yet. "
                                                                  "Leave them unsaved?").format(year=self._year))
        return answer == QMessageBox.StandardButton.Yes

    # Reading the table -------------------------------------------------------------------------------

    def _text(self, row: int, column: int) -> str:
        item = self.ui.monthsTable.item(row, column)
        return item.text() if item else ""

    def read_row(self, row: int) -> hours.MonthHours | dict[str, UserError] | None:
        """The month as typed; its problems when a figure is not a whole number; None when left empty."""
        found: dict[str, UserError] = {}
        values: dict[str, int | None] = {}
        for name, column in (("hours", HOURS), ("workers", WORKERS)):
            try:
                values[name] = parse_count(self._text(row, column))
            except ValueError:
                found[name] = UserError(N_("Write the hours and the workers as whole numbers."))
        note = self._text(row, NOTE).strip()
        method = self._method_combo(row).currentData()
        if found:
            return found
        if values["hours"] is None and values["workers"] is None and not note:
            return None
        if values["hours"] is None:
            return {"hours": UserError(N_("Enter the hours worked this month (0 if nobody worked)."))}
        return hours.MonthHours(self.month_of(row), values["hours"], values["workers"] or 0, method, note)

    def changed_rows(self) -> list[int]:
        """The months typed into that differ from what is saved."""
        changed = []
        for row in range(12):
            if not self.is_editable(row):
                continue
            typed, saved = self.read_row(row), self.loaded.get(self.month_of(row))
            if isinstance(typed, dict):
                changed.append(row)
            elif typed is None:
                if saved is not None:
                    changed.append(row)  # emptied: refused below (a saved month keeps its hours)
            elif saved is None or (typed.hours, typed.workers, typed.method, typed.note) != (
                    saved.hours, saved.workers, saved.method, saved.note):
                changed.append(row)
        return changed

    # Editing -----------------------------------------------------------------------------------------

    def _row_edited(self, row: int) -> None:
        if self._filling:
            return
        if self.problems.pop(row, None) is not None:
            self._show_problems()
        self._show_totals()

    def _month_chosen(self, row: int) -> None:
        ui = self.ui
        usable = 0 <= row < 12 and self.is_editable(row)
        if 0 <= row < 12:
            ui.estimateBox.setTitle(_("Estimate the hours of {month}").format(month=self._month_label(row)))
            typed = self.read_row(row)
            if isinstance(typed, hours.MonthHours) and typed.workers:
                ui.estimateWorkersSpin.setValue(typed.workers)
            ui.estimateDaysSpin.setMaximum(hours.days_in(self.month_of(row)))
        for widget in (ui.estimateWorkersSpin, ui.estimateDaysSpin, ui.estimateHoursSpin, ui.estimateButton):
            widget.setEnabled(usable)
        self._show_estimate()

    def estimated_hours(self) -> int:
        ui = self.ui
        return hours.estimate(ui.estimateWorkersSpin.value(), ui.estimateDaysSpin.value(),
                              ui.estimateHoursSpin.value())

    def _show_estimate(self) -> None:
        self.ui.estimateResultLabel.setText(_("= {hours} hours").format(hours=active().number(self.estimated_hours())))

    def use_estimate(self) -> None:
        """Put the estimate into the chosen month and mark the month estimated."""
        ui, row = self.ui, self.ui.monthsTable.currentRow()
        if not (0 <= row < 12 and self.is_editable(row)):
            return
        tr = active()
        workers, days, a_day = ui.estimateWorkersSpin.value(), ui.estimateDaysSpin.value(), ui.estimateHoursSpin.value()
        table = ui.monthsTable
        table.item(row, HOURS).setText(tr.number(self.estimated_hours()))
        table.item(row, WORKERS).setText(tr.number(workers))
        combo = self._method_combo(row)
        combo.setCurrentIndex(combo.findData(v.ESTIMATED))
        if not self._text(row, NOTE).strip():
            table.item(row, NOTE).setText(_("{workers} workers × {days} days × {hours} hours a day").format(
                workers=tr.number(workers), days=days, hours=a_day))

    # Showing what is wrong and what is there ---------------------------------------------------------

    def _show_problems(self) -> None:
        table = self.ui.monthsTable
        self._filling = True  # colouring a cell is no edit of the month
        for row in range(12):
            found = self.problems.get(row, {})
            columns = {FIELD_COLUMNS.get(name, MONTH) for name in found}
            text = "\n".join(p.text() for p in found.values())
            for column in (MONTH, HOURS, WORKERS, NOTE, PROBLEM):
                item = table.item(row, column)
                if item is None:
                    continue
                item.setBackground(QBrush(PROBLEM_TINT) if column in columns or (found and column == PROBLEM)
                                   else QBrush())
                item.setToolTip(text if found else "")
            problem = table.item(row, PROBLEM)
            if problem is not None:
                problem.setText(text)
                problem.setForeground(QBrush(ERROR_COLOUR))
            self._method_combo(row).setStyleSheet(f"background: {PROBLEM_TINT.name()};" if METHOD in columns
                                                  else "")
        self._filling = False
        table.setColumnHidden(PROBLEM, not self.problems)

    def _show_totals(self) -> None:
        tr, total, entered, estimated, missing = active(), 0, 0, [], []
        for row in range(12):
            if self.month_of(row) > self.today.strftime("%Y-%m"):
                continue
            typed = self.read_row(row)
            if isinstance(typed, hours.MonthHours):
                total += typed.hours
                entered += 1
                if typed.method == v.ESTIMATED:
                    estimated.append(month_name(row + 1))
            elif typed is None:
                missing.append(month_name(row + 1))
        parts = [ngettext("{year}: {hours} hours worked in {count} month entered.",
                          "{year}: {hours} hours worked in {count} months entered.", entered).format(
            year=self._year, hours=tr.number(total), count=entered)]
        parts.append(_("Estimated months: {months}.").format(months=", ".join(estimated)) if estimated
                     else _("No month is estimated."))
        if missing:
            parts.append(_("Months without hours: {months}.").format(months=", ".join(missing)))
        self.ui.totalsLabel.setText(" ".join(parts))

    # Saving ------------------------------------------------------------------------------------------

    def save(self) -> None:
        """Save each changed month on its own; a refused month keeps its message and writes nothing."""
        if not self.writer:
            return
        saved, refused = [], []
        for row in self.changed_rows():
            typed = self.read_row(row)
            if typed is None:
                typed = {"hours": UserError(N_("A saved month cannot be emptied: enter its hours (0 if nobody "
                                               "worked)."))}
            if isinstance(typed, dict):
                self.problems[row] = typed
                refused.append(row)
                continue
            try:
                hours.save(self.conn, self.actor, typed, today=self.today)
            except ValidationError as exc:
                self.problems[row] = exc.problems
                refused.append(row)
                continue
            except UserError as exc:
                self.problems[row] = {"month": exc}
                refused.append(row)
                continue
            self.loaded[typed.month] = typed
            self.problems.pop(row, None)
            saved.append(row)
        self._show_problems()
        self._show_totals()
        self._say_what_was_saved(saved, refused)

    def _say_what_was_saved(self, saved: list[int], refused: list[int]) -> None:
        def names(rows: list[int]) -> str:
            return ", ".join(month_name(row + 1) for row in rows)

        parts = []
        if saved:
            parts.append(_("Saved: {months}.").format(months=names(saved)))
        if refused:
            parts.append(_("Not saved: {months}. Nothing of these months was written; fix what their row "
                           "says and press Save again.").format(months=names(refused)))
        if not parts:
            parts.append(_("No month was changed: there is nothing to save."))
        label = self.ui.messageLabel
        label.setText(" ".join(parts))
        label.setStyleSheet(ERROR_STYLE if refused else "")

    def reject(self) -> None:
        if self.writer and self.changed_rows() and not self._agrees_to_discard():
            return
        super().reject()
