"""The first page of the window: how the association stands on safety at a glance, in a few large figures
(days since the last lost-time injury, incidents still open, corrective actions overdue) and the overdue
actions themselves, each opening its incident. Three small queries: cheap enough to run at start-up."""

from __future__ import annotations

import datetime as dt
import sqlite3

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QShowEvent
from PySide6.QtWidgets import QWidget

from asm_assoc.core import access, writes
from asm_assoc.core.i18n import _, active, ngettext
from asm_assoc.core.incidents import actions, figures
from asm_assoc.gui.forms.ui_home_page import Ui_HomePage
from asm_assoc.gui.pages.database_page import DatabasePage
from asm_assoc.gui.pages.incidents_page import WRITE, open_incident
from asm_assoc.gui.widgets import tables
from asm_assoc.gui.widgets.field_messages import ERROR_COLOUR, ERROR_STYLE

NUMBER, WHAT, OWNER, DUE, LATE = range(5)
CALM_STYLE = "font-size: 34pt; font-weight: bold;"
ALERT_STYLE = f"{CALM_STYLE} {ERROR_STYLE}"
TABLE_ROW, BOTTOM_STRETCH = 3, 6  # positions in the page's layout


class HomePage(DatabasePage):
    incidentSaved = Signal(str)  # noqa: N815 - Qt signal naming

    def __init__(self, conn: sqlite3.Connection, actor: writes.Actor, parent: QWidget | None = None, *,
                 today: dt.date | None = None) -> None:
        super().__init__(conn, actor, parent)
        self.ui = Ui_HomePage()
        self.ui.setupUi(self)
        self._today = today
        self.overdue: list[actions.OverdueAction] = []
        tables.set_up(self.ui.overdueTable, 5, stretch=WHAT)
        ui = self.ui
        ui.overdueTable.activated.connect(lambda _index: self.open_selected())
        ui.overdueTable.itemSelectionChanged.connect(self._update_buttons)
        ui.openButton.clicked.connect(self.open_selected)
        ui.newButton.clicked.connect(self.new_incident)
        self._retranslate()
        self._update_buttons()  # the figures are read when the page is shown
        self.finish_setup()

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def _retranslate(self) -> None:
        self.ui.overdueTable.setHorizontalHeaderLabels(
            [_("Incident"), _("What is to be done"), _("Who"), _("Due by"), _("Days late")])

    def redraw(self) -> None:
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.refresh()  # the figures may have moved while another page was in front (or overnight)

    # Showing -----------------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.conn is None:
            return
        ui, tr, today = self.ui, active(), self.today
        last = figures.last_lost_time_day(self.conn)
        if last is None:
            ui.daysNumberLabel.setText("—")
            ui.daysCaptionLabel.setText(_("No lost-time injury recorded"))
        else:
            days = max(0, (today - last).days)
            ui.daysNumberLabel.setText(tr.number(days))
            ui.daysCaptionLabel.setText(ngettext(
                "day since the last lost-time injury (on {date})",
                "days since the last lost-time injury (on {date})", days).format(date=tr.date(last)))
        still_open = figures.open_incidents(self.conn)
        ui.openNumberLabel.setText(tr.number(still_open))
        ui.openCaptionLabel.setText(ngettext("incident not closed yet", "incidents not closed yet", still_open))
        self.overdue = actions.overdue_actions(self.conn, today)
        count = len(self.overdue)
        ui.overdueNumberLabel.setText(tr.number(count))
        ui.overdueNumberLabel.setStyleSheet(ALERT_STYLE if count else CALM_STYLE)
        ui.overdueCaptionLabel.setText(ngettext("corrective action overdue", "corrective actions overdue", count))
        self._fill_overdue()

    def _fill_overdue(self) -> None:
        ui, tr = self.ui, active()
        table = ui.overdueTable
        keep = self.selected_incident()
        table.setRowCount(len(self.overdue))
        late = QBrush(ERROR_COLOUR)
        for row, item in enumerate(self.overdue):
            a = item.action
            cells = [item.incident_reference, a.description, a.owner, tr.date(a.due_on),
                     tr.number(item.days_late)]
            tables.fill_row(table, row, cells, right=(LATE,), data=a.incident_id)
            table.item(row, LATE).setForeground(late)
            table.item(row, WHAT).setToolTip(a.description)
        # No row is chosen for the person (a chosen row would hide the red of its days late), except the one
        # they had chosen before a refresh.
        ids = [o.action.incident_id for o in self.overdue]
        if keep in ids:
            table.selectRow(ids.index(keep))
        any_late = bool(self.overdue)
        table.setVisible(any_late)
        ui.overdueEmptyLabel.setVisible(not any_late)
        # Without the table the page's figures stay at the top instead of spreading over the window.
        ui.homeLayout.setStretch(TABLE_ROW, 1 if any_late else 0)
        ui.homeLayout.setStretch(BOTTOM_STRETCH, 0 if any_late else 1)
        self._update_buttons()

    def selected_incident(self) -> str | None:
        table = self.ui.overdueTable
        rows = table.selectionModel().selectedRows() if table.selectionModel() else []
        item = table.item(rows[0].row(), 0) if rows else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _update_buttons(self) -> None:
        attached = self.conn is not None
        self.ui.openButton.setVisible(bool(self.overdue))
        chosen = self.selected_incident() is not None
        self.ui.openButton.setEnabled(attached and chosen)
        self.ui.openButton.setToolTip("" if chosen else _("Choose an action in the list first."))
        self.ui.newButton.setEnabled(attached and access.can(self.actor.role, WRITE))

    # Incidents ---------------------------------------------------------------------------------------

    def _saved(self, incident_id: str) -> None:
        self.refresh()
        self.incidentSaved.emit(incident_id)

    def open_selected(self) -> None:
        incident_id = self.selected_incident()
        if self.conn is None or incident_id is None:
            return
        open_incident(self.conn, self.actor, incident_id, self, self._saved, today=self._today)
        self.refresh()  # an action may have been marked done without the incident itself being saved

    def new_incident(self) -> None:
        if self.conn is None or not access.can(self.actor.role, WRITE):
            return
        open_incident(self.conn, self.actor, None, self, self._saved, today=self._today)
        self.refresh()
