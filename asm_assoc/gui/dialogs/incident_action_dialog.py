"""One corrective action of an incident: what is to be done, by whom, by when, and how far it got. Checked as
it is typed by core's `actions.check_action` and written by `actions.save_action`; the incident's table of
actions is filled by `fill_actions_table`."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTableWidget, QWidget

from asm_assoc.core import writes
from asm_assoc.core.errors import UserError, ValidationError
from asm_assoc.core.i18n import _, active
from asm_assoc.core.incidents import actions
from asm_assoc.core.incidents import vocabulary as v
from asm_assoc.core.incidents.actions import Action
from asm_assoc.gui import settings
from asm_assoc.gui.forms.ui_incident_action_dialog import Ui_IncidentActionDialog
from asm_assoc.gui.widgets import tables
from asm_assoc.gui.widgets.field_messages import ERROR_COLOUR, FieldMessages
from asm_assoc.gui.widgets.place_combos import code_of, fill_choices, select_code

MESSAGE_LABELS = {
    "description": "descriptionMessage",
    "owner": "ownerMessage",
    "due_on": "dueMessage",
    "status": "statusMessage",
    "done_on": "doneMessage",
}
ACTION_COLUMNS = 5


def fill_actions_table(table: QTableWidget, found: list[Action], today: dt.date) -> None:
    """What, who, due, status, done on; an action still to do after its due date in red."""
    tr = active()
    table.setRowCount(len(found))
    for row, a in enumerate(found):
        status = _(v.ACTION_STATUSES.get(a.status, a.status))
        late = a.overdue_on(today)
        if late:
            status = _("{status}, overdue").format(status=status)
        tables.fill_row(table, row, [a.description.replace("\n", " "), a.owner, tr.date(a.due_on), status,
                                     tr.date(a.done_on)],
                        data=a.id, foreground=QBrush(ERROR_COLOUR) if late else None)
    table.resizeRowsToContents()


def action_headers() -> list[str]:
    return [_("What is to be done"), _("Who"), _("Due by"), _("Status"), _("Done on")]


class IncidentActionDialog(QDialog):
    actionSaved = Signal(str)  # noqa: N815 - the action's id

    def __init__(self, conn: sqlite3.Connection, actor: writes.Actor, incident_id: str, occurred_on: str,
                 action: Action | None = None, parent: QWidget | None = None, *,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_IncidentActionDialog()
        self.ui.setupUi(self)
        self.conn, self.actor, self.incident_id, self.occurred_on = conn, actor, incident_id, occurred_on
        self.today = today or dt.date.today()
        self.action = replace(action) if action else Action(status=v.ACTION_OPEN)
        settings.remember_geometry(self)
        ui = self.ui
        self.save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.messages = FieldMessages({k: getattr(ui, label) for k, label in MESSAGE_LABELS.items()},
                                      ui.summaryLabel, self.save_button)
        self.messages.show_all = action is not None
        fill_choices(ui.statusCombo, v.ACTION_STATUSES)
        self._load()
        edits = {"description": ui.descriptionEdit.textChanged, "owner": ui.ownerEdit.textEdited,
                 "due_on": ui.dueEdit.isoChanged, "status": ui.statusCombo.currentIndexChanged,
                 "done_on": ui.doneEdit.isoChanged}
        for name, signal in edits.items():
            signal.connect(lambda *_args, name=name: self._edited(name))
        ui.statusCombo.currentIndexChanged.connect(self._status_changed)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)
        self._retitle()
        self.validate()
        ui.descriptionEdit.setFocus()

    def _load(self) -> None:
        ui, a = self.ui, self.action
        ui.descriptionEdit.setPlainText(a.description)
        ui.ownerEdit.setText(a.owner)
        ui.dueEdit.set_iso(a.due_on)
        select_code(ui.statusCombo, a.status)
        ui.doneEdit.set_iso(a.done_on)
        ui.noteEdit.setPlainText(a.note)

    def action_from_form(self) -> Action:
        ui = self.ui
        return replace(self.action, description=ui.descriptionEdit.toPlainText().strip(),
                       owner=" ".join(ui.ownerEdit.text().split()), due_on=ui.dueEdit.iso(),
                       status=code_of(ui.statusCombo), done_on=ui.doneEdit.iso(), note=ui.noteEdit.toPlainText())

    def _status_changed(self) -> None:
        """Marking an action done fills in today as the day it was done (it can be corrected)."""
        if code_of(self.ui.statusCombo) == v.ACTION_DONE and self.ui.doneEdit.is_empty():
            self.ui.doneEdit.set_iso(self.today.isoformat())

    def _edited(self, name: str) -> None:
        self.messages.touch(name)
        self.validate()

    def validate(self) -> dict[str, UserError]:
        found = actions.check_action(self.action_from_form(), self.occurred_on, self.today)
        self.messages.show(found, {})
        self.save_button.setEnabled(True)  # as in the incident window: Save shows every problem instead of saving
        return found

    def save(self) -> None:
        self.messages.show_all = True
        if self.validate():
            return
        action = self.action_from_form()
        try:
            actions.save_action(self.conn, self.actor, self.incident_id, action, today=self.today)
        except ValidationError as exc:
            self.messages.show(exc.problems, {})
            return
        except UserError as exc:
            QMessageBox.warning(self, _("The action was not saved"), exc.text())
            return
        self.action = action
        self.actionSaved.emit(action.id or "")
        super().accept()

    def _retitle(self) -> None:
        self.setWindowTitle(_("New corrective action") if self.action.id is None else _("Corrective action"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "messages"):
            self.ui.retranslateUi(self)
            fill_choices(self.ui.statusCombo, v.ACTION_STATUSES)
            self._retitle()
            self.validate()
        super().changeEvent(event)


def action_of_row(table: QTableWidget, found: list[Action]) -> Action | None:
    row = table.currentRow()
    if row < 0 or table.item(row, 0) is None:
        return None
    action_id = table.item(row, 0).data(Qt.ItemDataRole.UserRole)
    return next((a for a in found if a.id == action_id), None)
