"""The safety incident book: the list of incidents with its filters, the way into each incident, the hours
worked, and the printouts (the log, the annual summary, a blank form) and the export.

The list is read when the page is first shown, not when the window starts: the window opens on the home
page, and a person who never looks at incidents never pays for reading them."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from asm_assoc.core import access, writes
from asm_assoc.core.i18n import _, active, ngettext
from asm_assoc.core.incidents import book, figures
from asm_assoc.core.incidents import vocabulary as v
from asm_assoc.core.progress import Progress
from asm_assoc.gui.forms.ui_incidents_page import Ui_IncidentsPage
from asm_assoc.gui.pages.database_page import DatabasePage
from asm_assoc.gui.widgets import tables
from asm_assoc.gui.widgets.date_edit import OptionalDateEdit
from asm_assoc.gui.widgets.field_messages import show_problems

WRITE = "incidents.write"
PRINT = "reports.print"
NUMBER, DATE, KIND, HAZARD, SITE, PEOPLE, OUTCOME, STATUS, ACTIONS, PRIVACY = range(10)
# Columns at most this many characters wide: a longer label or heading ends in "…" and shows whole in its
# tooltip, so that the site keeps its room on a laptop's screen in both languages.
CAPPED_CHARS = {KIND: 18, HAZARD: 22, PEOPLE: 8, OUTCOME: 20, STATUS: 20, ACTIONS: 11, PRIVACY: 14}
SITE_CHARS = 24
ALL = None  # the "all years / all statuses / all kinds" entry of a filter


def open_incident(conn: sqlite3.Connection, actor: writes.Actor, incident_id: str | None, parent: QWidget,
                  on_saved: Callable[[str], None], *, today: dt.date | None = None) -> None:
    """Open an incident (or a new one, `incident_id` None) in the incident dialog; `on_saved` hears of each
    save. The dialog is imported here, when it is first needed, not when the window starts."""
    from asm_assoc.gui.dialogs.incident_dialog import IncidentDialog

    dialog = IncidentDialog(conn, actor, incident_id, parent, today=today)
    dialog.incidentSaved.connect(on_saved)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()


def default_period(year: int | None, today: dt.date) -> tuple[dt.date, dt.date]:
    """The chosen year (this year when none is chosen), not running past today."""
    year = year or today.year
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    return start, max(start, min(end, today))


class PeriodDialog(QDialog):
    """The period of a printout or an export: from and to, both days included."""

    def __init__(self, title: str, start: dt.date, end: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.start_edit, self.end_edit = OptionalDateEdit(self), OptionalDateEdit(self)
        self.start_edit.set_iso(start.isoformat())
        self.end_edit.set_iso(end.isoformat())
        intro = QLabel(_("Incidents that happened in this period are included (both days count)."), self)
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(_("&From:"), self.start_edit)
        form.addRow(_("&To:"), self.end_edit)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for item in (intro, form, self.message, buttons):
            layout.addLayout(item) if isinstance(item, QFormLayout) else layout.addWidget(item)
        self.setMinimumWidth(380)

    def period(self) -> tuple[dt.date, dt.date] | None:
        start, end = self.start_edit.iso(), self.end_edit.iso()
        if not start or not end:
            return None
        return dt.date.fromisoformat(start), dt.date.fromisoformat(end)

    def accept(self) -> None:
        period = self.period()
        if period is None:
            show_problems(self.message, _("Enter both days of the period."))
            return
        if period[0] > period[1]:
            show_problems(self.message, _("The period ends before it starts."))
            return
        super().accept()


class IncidentsPage(DatabasePage):
    incidentSaved = Signal(str)  # noqa: N815 - Qt signal naming

    def __init__(self, conn: sqlite3.Connection, actor: writes.Actor, parent: QWidget | None = None, *,
                 report_lang: Callable[[], str] | None = None, today: dt.date | None = None) -> None:
        super().__init__(conn, actor, parent)
        self.ui = Ui_IncidentsPage()
        self.ui.setupUi(self)
        self.report_lang = report_lang or (lambda: active().lang)
        self._today = today
        self.incidents: list[book.Listed] = []
        self._stale = True  # the list is read when the page is next shown
        tables.set_up(self.ui.incidentsTable, 10, stretch=SITE)
        header = self.ui.incidentsTable.horizontalHeader()
        for column in CAPPED_CHARS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        # A heading wider than its column goes on two lines rather than being cut.
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        ui = self.ui
        for combo in (ui.yearCombo, ui.statusCombo, ui.kindCombo):
            combo.currentIndexChanged.connect(lambda _index: self.reload())
        ui.incidentsTable.activated.connect(lambda _index: self.open_selected())
        ui.incidentsTable.itemSelectionChanged.connect(self._update_buttons)
        ui.newButton.clicked.connect(self.new_incident)
        ui.openButton.clicked.connect(self.open_selected)
        ui.hoursButton.clicked.connect(self.hours_worked)
        ui.logButton.clicked.connect(self.print_log)
        ui.summaryButton.clicked.connect(self.print_summary)
        ui.blankFormButton.clicked.connect(self.print_blank_form)
        ui.exportButton.clicked.connect(self.export)
        self._retranslate()
        self._update_buttons()
        self.finish_setup()

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    # Language ----------------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        ui = self.ui
        headings = [_("No."), _("Date"), _("Kind"), _("Hazard"), _("Site"), _("People"), _("Most serious outcome"),
                    _("Status"), _("Open actions"), _("Privacy")]
        ui.incidentsTable.setHorizontalHeaderLabels(headings)
        for column, heading in enumerate(headings):
            ui.incidentsTable.horizontalHeaderItem(column).setToolTip(heading)
        for combo, everything, choices in ((ui.statusCombo, _("All statuses"), v.STATUSES),
                                           (ui.kindCombo, _("All kinds"), v.KINDS)):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, ALL)
            for key, label in choices.items():
                combo.addItem(_(label), key)
            combo.setCurrentIndex(max(0, combo.findData(keep)))
            combo.blockSignals(False)
        if ui.yearCombo.count():
            ui.yearCombo.setItemText(0, _("All years"))

    def redraw(self) -> None:
        if not self._stale:
            self.reload()

    def connection_changed(self) -> None:
        self.book_changed()
        self._update_buttons()

    def book_changed(self) -> None:
        """The book was changed elsewhere (from the home page): read it now if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.reload()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.incidents:
            self._fit_columns()

    # Showing -----------------------------------------------------------------------------------------

    def _fill_years(self) -> None:
        combo = self.ui.yearCombo
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(_("All years"), ALL)
        for year in book.years(self.conn):
            combo.addItem(str(year), year)
        combo.setCurrentIndex(max(0, combo.findData(keep)))
        combo.blockSignals(False)

    def chosen_year(self) -> int | None:
        return self.ui.yearCombo.currentData()

    def reload(self, select: str | None = None) -> None:
        """Read the list again with the filters chosen, keeping (or moving to) the chosen incident."""
        if self.conn is None:
            return
        self._stale = False
        keep = select or self.selected_id()
        self._fill_years()
        ui = self.ui
        self.incidents = book.listing(self.conn, year=self.chosen_year(), status=ui.statusCombo.currentData(),
                                      kind=ui.kindCombo.currentData())
        tr = active()
        table = ui.incidentsTable
        table.setRowCount(len(self.incidents))
        for row, inc in enumerate(self.incidents):
            cells = [inc.reference, tr.date(inc.occurred_on), _(v.KINDS.get(inc.kind, inc.kind)),
                     _(v.HAZARDS.get(inc.hazard, inc.hazard)), inc.site, tr.number(inc.people) if inc.people else "",
                     _(v.OUTCOMES.get(inc.outcome, inc.outcome)), _(v.STATUSES.get(inc.status, inc.status)),
                     tr.number(inc.open_actions) if inc.open_actions else "",
                     _(figures.PRIVACY_CASE) if inc.privacy else ""]
            tables.fill_row(table, row, cells, right=(PEOPLE, ACTIONS), data=inc.id)
            for column in (KIND, HAZARD, SITE, OUTCOME, STATUS):
                table.item(row, column).setToolTip(cells[column])
            if inc.privacy:
                table.item(row, PRIVACY).setToolTip(_("Names are hidden in the printed log."))
        ids = [inc.id for inc in self.incidents]
        if keep in ids:
            table.selectRow(ids.index(keep))
        elif ids:
            table.selectRow(0)
        self._fit_columns()
        self._show_counts()
        self._update_buttons()

    def _fit_columns(self) -> None:
        """Every column as wide as its contents when the table has the room; otherwise the columns of long
        labels give way (to `CAPPED_CHARS`) so that the site stays readable."""
        table = self.ui.incidentsTable
        header, char = table.horizontalHeader(), table.fontMetrics().averageCharWidth()
        wanted = [max(table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(table.columnCount())]
        room = table.viewport().width() - SITE_CHARS * char
        crowded = sum(w for c, w in enumerate(wanted) if c != SITE) > room
        for column, chars in CAPPED_CHARS.items():
            header.resizeSection(column, min(wanted[column], chars * char + 16) if crowded else wanted[column])
        bold = QFont(header.font())
        bold.setBold(True)  # headings are drawn bold
        metrics = QFontMetrics(bold)
        flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
        tallest = max(metrics.boundingRect(QRect(0, 0, max(1, header.sectionSize(c) - 10), 1000), flags,
                                           table.horizontalHeaderItem(c).text()).height()
                      for c in range(table.columnCount()))
        header.setFixedHeight(tallest + 10)

    def _show_counts(self) -> None:
        ui, count = self.ui, len(self.incidents)
        ui.countLabel.setText(ngettext("{count} incident", "{count} incidents", count).format(
            count=active().number(count)))
        filtered = ui.yearCombo.currentIndex() > 0 or ui.statusCombo.currentIndex() > 0 \
            or ui.kindCombo.currentIndex() > 0
        if count:
            hint = ""
        elif filtered:
            hint = _("No incident matches these filters. Choose “All” to see every incident.")
        elif access.can(self.actor.role, WRITE):
            hint = _("No incident is recorded yet. Record each injury, illness, near miss or dangerous "
                     "occurrence with “New incident…”; near misses show where the next injury may come from.")
        else:
            hint = _("No incident is recorded yet.")
        ui.hintLabel.setText(hint)
        ui.hintLabel.setVisible(bool(hint))

    def selected_id(self) -> str | None:
        table = self.ui.incidentsTable
        rows = table.selectionModel().selectedRows() if table.selectionModel() else []
        item = table.item(rows[0].row(), 0) if rows else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _update_buttons(self) -> None:
        ui, role = self.ui, self.actor.role
        attached = self.conn is not None
        writer = attached and access.can(role, WRITE)
        printer = attached and access.can(role, PRINT)
        ui.newButton.setEnabled(writer)
        ui.openButton.setEnabled(attached and self.selected_id() is not None)
        ui.hoursButton.setEnabled(attached)  # a reader sees the hours; only a writer can change them
        for button in (ui.logButton, ui.summaryButton, ui.blankFormButton, ui.exportButton):
            button.setEnabled(printer)
        tip = "" if writer or not attached else _("Your role can read the incident book but not change it.")
        ui.newButton.setToolTip(tip)

    # Incidents ---------------------------------------------------------------------------------------

    def _saved(self, incident_id: str) -> None:
        self.reload(select=incident_id)
        self.incidentSaved.emit(incident_id)

    def new_incident(self) -> None:
        if self.conn is None or not access.can(self.actor.role, WRITE):
            return
        open_incident(self.conn, self.actor, None, self, self._saved, today=self._today)
        self.reload()

    def open_selected(self) -> None:
        incident_id = self.selected_id()
        if self.conn is None or incident_id is None:
            return
        open_incident(self.conn, self.actor, incident_id, self, self._saved, today=self._today)
        self.reload()  # a status or an action may have changed without a save of the incident itself

    def hours_worked(self) -> None:
        from asm_assoc.gui.dialogs.hours_dialog import HoursDialog

        if self.conn is None:
            return
        dialog = HoursDialog(self.conn, self.actor, self, year=self.chosen_year() or self.today.year,
                             today=self._today)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    # Printouts and the export ------------------------------------------------------------------------

    def ask_period(self, title: str) -> tuple[dt.date, dt.date] | None:
        start, end = default_period(self.chosen_year(), self.today)
        dialog = PeriodDialog(title, start, end, self)
        try:
            return dialog.period() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def _preview(self, title: str, render: Callable[[str, Path, Progress], Path]) -> None:
        from asm_assoc.gui.dialogs.report_preview import show_report_preview

        show_report_preview(title, render, self, self.report_lang())

    def print_log(self) -> None:
        period = self.ask_period(_("Print the incident log"))
        if period is None:
            return
        from asm_assoc.core.reports.incident_log import render_incident_log

        conn, actor, today, (start, end) = self.conn, self.actor, self._today, period
        self._preview(_("Incident log"), lambda lang, out, progress: render_incident_log(
            conn, out, actor=actor, start=start, end=end, lang=lang, today=today, progress=progress))

    def print_summary(self) -> None:
        period = self.ask_period(_("Print the incident summary"))
        if period is None:
            return
        from asm_assoc.core.reports.incident_summary import render_incident_summary

        conn, actor, today, (start, end) = self.conn, self.actor, self._today, period
        self._preview(_("Incident summary"), lambda lang, out, progress: render_incident_summary(
            conn, out, actor=actor, start=start, end=end, lang=lang, today=today, progress=progress))

    def print_blank_form(self) -> None:
        from asm_assoc.core.reports.incident_form import render_incident_form

        conn, actor, today = self.conn, self.actor, self._today
        self._preview(_("Incident report form"), lambda lang, out, progress: render_incident_form(
            conn, out, actor=actor, incident_id=None, lang=lang, today=today, progress=progress))

    def export(self) -> None:
        from asm_assoc.core.incidents.exports import export_incidents
        from asm_assoc.gui.export_path import export_to

        title = _("Export incidents")
        period = self.ask_period(title)
        if period is None:
            return
        export_to(self, title, _("incidents"), lambda target: export_incidents(
            self.conn, target, actor=self.actor, start=period[0], end=period[1], lang=active().lang))
