"""One safety incident: what happened and where, the people in it, who was told, the investigation and its
status, the corrective actions and the case's history. Saved whole by core's `book.save`; status moves by
`actions.set_status`.

Problems are found by core's `book.check` as the person types and shown under each field once it was
touched. Unlike the member form, the incident windows keep Save enabled: a problem may sit on another tab,
so Save shows every problem and opens the tab of the first one instead of writing anything."""

from __future__ import annotations

import datetime as dt
import math
import re
import sqlite3
from dataclasses import asdict, replace
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from asm_assoc.core import access, association, writes
from asm_assoc.core.errors import Label, UserError, ValidationError
from asm_assoc.core.i18n import N_, _, active
from asm_assoc.core.incidents import actions, book, events, figures
from asm_assoc.core.incidents import vocabulary as v
from asm_assoc.core.incidents.book import Incident
from asm_assoc.core.progress import Progress
from asm_assoc.gui import settings
from asm_assoc.gui.dialogs import incident_action_dialog as action_dialog
from asm_assoc.gui.dialogs import incident_person_dialog as person_dialog
from asm_assoc.gui.forms.ui_incident_dialog import Ui_IncidentDialog
from asm_assoc.gui.widgets import tables
from asm_assoc.gui.widgets.field_messages import ERROR_COLOUR, FieldMessages, show_problems
from asm_assoc.gui.widgets.place_combos import PlaceCombos, code_of, fill_choices, select_code

# Incident field -> (message label under it, the widget to go to), in the order of the tabs.
FIELDS = {
    "occurred_on": ("occurredOnMessage", "occurredOnEdit"),
    "occurred_time": ("occurredTimeMessage", "occurredTimeEdit"),
    "kind": ("kindMessage", "kindCombo"), "hazard": ("hazardMessage", "hazardCombo"),
    "site": ("siteMessage", "siteEdit"), "aimag_code": ("aimagMessage", "aimagCombo"),
    "soum_code": ("soumMessage", "soumCombo"), "bagh": ("baghMessage", "baghEdit"),
    "place": ("placeMessage", "placeEdit"), "latitude": ("latitudeMessage", "latitudeEdit"),
    "description": ("descriptionMessage", "descriptionEdit"),
    "immediate_causes": ("immediateCausesMessage", "immediateCausesEdit"),
    "underlying_causes": ("underlyingCausesMessage", "underlyingCausesEdit"),
    "witnesses": ("witnessesMessage", "witnessesEdit"), "reported_by": ("reportedByMessage", "reportedByEdit"),
    **{f"notified_{key}": (f"notified{key.capitalize()}Message", f"{key}DateEdit") for key in v.NOTIFIED},
    "act_no": ("actNoMessage", "actNoEdit"), "act_on": ("actOnMessage", "actOnEdit"),
}
_TIME = re.compile(r"^([01]?[0-9]|2[0-3]):([0-5][0-9])$")
EVENT_COLUMNS, EVENT_REASON = 5, 3


def tab_of(key: str) -> str:
    """The tab where the problem of `key` is shown."""
    if key.startswith("person."):
        return "peopleTab"
    if key.startswith(("notified_", "act_")):
        return "reportsTab"
    return "whatTab"


class IncidentDialog(QDialog):
    incidentSaved = Signal(str)  # noqa: N815 - the incident's id, after every write (also status and actions)

    def __init__(self, conn: sqlite3.Connection, actor: writes.Actor, incident_id: str | None,
                 parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_IncidentDialog()
        self.ui.setupUi(self)
        self.conn, self.actor = conn, actor
        self.today = today or dt.date.today()
        self.can_write = access.can(actor.role, book.WRITE)
        self.medical = figures.shows_medical(actor)
        self.incident = book.get(conn, incident_id) if incident_id else self._new_incident()
        self.people = [replace(p) for p in self.incident.people]
        self.actions: list[actions.Action] = []
        self._loading = False
        settings.remember_geometry(self)
        ui = self.ui
        self.places = PlaceCombos(ui.aimagCombo, ui.soumCombo)
        self.save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.cancel_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.setDefault(True)
        self.messages = FieldMessages({k: getattr(ui, label) for k, (label, _w) in FIELDS.items()},
                                      ui.summaryLabel, self.save_button)
        self.messages.show_all = incident_id is not None
        tables.set_up(ui.peopleTable, person_dialog.PEOPLE_COLUMNS, stretch=0)
        tables.set_up(ui.actionsTable, action_dialog.ACTION_COLUMNS, stretch=0)
        tables.set_up(ui.eventsTable, EVENT_COLUMNS, stretch=EVENT_REASON)
        self._fill_choices()
        self._load()
        self._loaded = self._comparable()
        self._connect()
        self._retranslate()
        if self.can_write:
            self.validate()
        else:
            self._make_read_only()
        ui.tabs.setCurrentWidget(ui.whatTab)
        ui.occurredOnEdit.setFocus()

    def _new_incident(self) -> Incident:
        assoc = association.get(self.conn)
        return Incident(kind="", hazard="", aimag_code=assoc.aimag_code if assoc else "",
                        soum_code=assoc.soum_code if assoc else "")

    # Building ----------------------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        # A new incident starts with neither chosen, so that none is recorded by default.
        fill_choices(self.ui.kindCombo, v.KINDS, empty=_("(choose)"))
        fill_choices(self.ui.hazardCombo, v.HAZARDS, empty=_("(choose)"))

    def _notified_widgets(self, key: str) -> tuple[QCheckBox, QAbstractSpinBox, QLineEdit]:
        return tuple(getattr(self.ui, f"{key}{part}") for part in ("Check", "DateEdit", "TimeEdit"))

    def _connect(self) -> None:
        ui = self.ui
        edits = {
            "occurred_on": ui.occurredOnEdit.isoChanged, "occurred_time": ui.occurredTimeEdit.textEdited,
            "kind": ui.kindCombo.currentIndexChanged, "hazard": ui.hazardCombo.currentIndexChanged,
            "site": ui.siteEdit.textEdited, "bagh": ui.baghEdit.textEdited, "place": ui.placeEdit.textEdited,
            "latitude": ui.latitudeEdit.textEdited, "description": ui.descriptionEdit.textChanged,
            "immediate_causes": ui.immediateCausesEdit.textChanged,
            "underlying_causes": ui.underlyingCausesEdit.textChanged, "witnesses": ui.witnessesEdit.textChanged,
            "reported_by": ui.reportedByEdit.textEdited, "act_no": ui.actNoEdit.textEdited,
            "act_on": ui.actOnEdit.isoChanged,
        }
        for name, signal in edits.items():
            signal.connect(lambda *_args, name=name: self._edited(name))
        ui.longitudeEdit.textEdited.connect(lambda _text: self._edited("latitude"))
        self.places.changed.connect(lambda: self._edited("aimag_code", "soum_code"))
        ui.privacyCheck.toggled.connect(lambda _on: self._edited())
        for key in v.NOTIFIED:
            check, day, time = self._notified_widgets(key)
            check.toggled.connect(lambda _on, key=key: self._notified_toggled(key))
            day.isoChanged.connect(lambda _iso, key=key: self._edited(f"notified_{key}"))
            time.textEdited.connect(lambda _text, key=key: self._edited(f"notified_{key}"))
        ui.addMemberButton.clicked.connect(lambda: self._open_person(len(self.people), as_member=True))
        ui.addOtherButton.clicked.connect(lambda: self._open_person(len(self.people), as_member=False))
        ui.editPersonButton.clicked.connect(self._edit_person)
        ui.removePersonButton.clicked.connect(self._remove_person)
        ui.peopleTable.doubleClicked.connect(lambda _index: self._edit_person())
        ui.peopleTable.itemSelectionChanged.connect(self._update_buttons)
        ui.addActionButton.clicked.connect(lambda: self._open_action(None))
        ui.editActionButton.clicked.connect(self._edit_action)
        ui.actionsTable.doubleClicked.connect(lambda _index: self._edit_action())
        ui.actionsTable.itemSelectionChanged.connect(self._update_buttons)
        for table in (ui.peopleTable, ui.actionsTable):
            table.installEventFilter(self)
        ui.startInvestigationButton.clicked.connect(lambda: self.move_to(v.INVESTIGATING))
        ui.closeCaseButton.clicked.connect(lambda: self.move_to(v.CLOSED))
        ui.reopenButton.clicked.connect(self.reopen)
        ui.allChangesButton.clicked.connect(self.show_all_changes)
        ui.printButton.clicked.connect(self.print_form)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        # Enter saves from a one-line field; in the longer texts it starts a new line, and Ctrl+Enter saves.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """In the tables, Enter opens the chosen row (rather than saving the incident); Delete removes a person."""
        ui = self.ui
        if event.type() == QEvent.Type.KeyPress and watched in (ui.peopleTable, ui.actionsTable):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                (self._edit_person if watched is ui.peopleTable else self._edit_action)()
                return True
            if event.key() == Qt.Key.Key_Delete and watched is ui.peopleTable:
                self._remove_person()
                return True
        return super().eventFilter(watched, event)

    # Loading and reading the form ----------------------------------------------------------------------

    def _load(self) -> None:
        ui, inc = self.ui, self.incident
        self._loading = True
        try:
            ui.occurredOnEdit.set_iso(inc.occurred_on)
            ui.occurredTimeEdit.setText(inc.occurred_time)
            select_code(ui.kindCombo, inc.kind)
            select_code(ui.hazardCombo, inc.hazard)
            ui.siteEdit.setText(inc.site)
            self.places.set_codes(inc.aimag_code, inc.soum_code)
            ui.baghEdit.setText(inc.bagh)
            ui.placeEdit.setText(inc.place)
            for edit, value in ((ui.latitudeEdit, inc.latitude), (ui.longitudeEdit, inc.longitude)):
                edit.setText("" if value is None else str(value))
            for edit, text in ((ui.descriptionEdit, inc.description), (ui.immediateCausesEdit, inc.immediate_causes),
                               (ui.underlyingCausesEdit, inc.underlying_causes), (ui.witnessesEdit, inc.witnesses)):
                edit.setPlainText(text)
            ui.reportedByEdit.setText(inc.reported_by)
            ui.privacyCheck.setChecked(inc.privacy)
            for key in v.NOTIFIED:
                check, day, time = self._notified_widgets(key)
                told = inc.notified.get(key, "")
                check.setChecked(bool(told))
                day.set_iso(told[:10])
                time.setText(told[11:16])
                self._notified_toggled(key)
            ui.actNoEdit.setText(inc.act_no)
            ui.actOnEdit.set_iso(inc.act_on)
        finally:
            self._loading = False
        self._fill_people()
        self._load_actions()
        self._load_events()

    def incident_from_form(self) -> tuple[Incident, dict[str, UserError]]:
        """The incident as the form holds it, and the problems found in reading it (a coordinate that is not
        a number, a time that is not a time)."""
        ui = self.ui
        unreadable: dict[str, UserError] = {}
        latitude, longitude = self._coordinates(unreadable)
        inc = replace(
            self.incident, occurred_on=ui.occurredOnEdit.iso(), occurred_time=ui.occurredTimeEdit.text().strip(),
            kind=code_of(ui.kindCombo), hazard=code_of(ui.hazardCombo), site=ui.siteEdit.text(),
            aimag_code=self.places.aimag_code(), soum_code=self.places.soum_code(), bagh=ui.baghEdit.text(),
            place=ui.placeEdit.text(), latitude=latitude, longitude=longitude,
            description=ui.descriptionEdit.toPlainText(), immediate_causes=ui.immediateCausesEdit.toPlainText(),
            underlying_causes=ui.underlyingCausesEdit.toPlainText(), witnesses=ui.witnessesEdit.toPlainText(),
            notified={key: self._notified(key, unreadable) for key in v.NOTIFIED}, act_no=ui.actNoEdit.text(),
            act_on=ui.actOnEdit.iso(), privacy=ui.privacyCheck.isChecked(), reported_by=ui.reportedByEdit.text(),
            people=[replace(p) for p in self.people])
        return inc, unreadable

    def _coordinates(self, unreadable: dict[str, UserError]) -> tuple[float | None, float | None]:
        texts = [e.text().strip().replace(",", ".") for e in (self.ui.latitudeEdit, self.ui.longitudeEdit)]
        try:
            values = [float(t) if t else None for t in texts]
        except ValueError:
            values = [math.nan]
        if any(x is not None and not math.isfinite(x) for x in values):
            unreadable["latitude"] = UserError(N_("Write the coordinates as decimal degrees, for example 44.7503 "
                                                  "and 100.8231."))
            return None, None
        return values[0], values[1]

    def _notified(self, key: str, unreadable: dict[str, UserError]) -> str:
        """When a body was told, as the book keeps it: "YYYY-MM-DD" or "YYYY-MM-DD HH:MM"; "" if not told."""
        check, day, time = self._notified_widgets(key)
        if not check.isChecked():
            return ""
        if not day.iso():
            unreadable[f"notified_{key}"] = UserError(N_("Enter the day {body} was told."),
                                                      body=Label(v.NOTIFIED[key]))
            return ""
        text = time.text().strip()
        found = _TIME.match(text)
        if text and not found:
            unreadable[f"notified_{key}"] = UserError(N_("Write the time as hours and minutes, for example 14:30."))
        return f"{day.iso()} {int(found[1]):02d}:{found[2]}" if found else day.iso()

    def _notified_toggled(self, key: str) -> None:
        check, day, time = self._notified_widgets(key)
        for widget in (day, time):
            widget.setEnabled(check.isChecked() and self.can_write)
        if check.isChecked() and not self._loading:
            day.setFocus()
        self._edited(f"notified_{key}")

    def _comparable(self) -> dict:
        return asdict(self.incident_from_form()[0])

    def has_changes(self) -> bool:
        return self.can_write and self._comparable() != self._loaded

    # Problems -----------------------------------------------------------------------------------------

    def _edited(self, *names: str) -> None:
        if self._loading or not hasattr(self, "_loaded"):
            return
        self.messages.touch(*names)
        self.validate()

    def validate(self) -> dict[str, UserError]:
        inc, unreadable = self.incident_from_form()
        found = {**book.check(self.conn, inc, today=self.today), **unreadable}
        self._show_problems(found)
        return found

    def _show_problems(self, found: dict[str, UserError]) -> None:
        self.messages.show(found, {})
        self.save_button.setEnabled(self.can_write)  # Save shows where the problems are (see the docstring)
        people = {k: e for k, e in found.items() if k.startswith("person.")}
        show_problems(self.ui.peopleMessage, "\n".join(e.text() for e in people.values()))
        rows = {int(k.split(".")[1]) - 1 for k in people}
        person_dialog.fill_people_table(self.ui.peopleTable, self.people, medical=self.medical, problem_rows=rows)
        shown = {k for k in found if self.messages.show_all or k in self.messages.touched or k in people}
        bar = self.ui.tabs.tabBar()
        for index in range(self.ui.tabs.count()):
            name = self.ui.tabs.widget(index).objectName()
            bar.setTabTextColor(index, ERROR_COLOUR if any(tab_of(k) == name for k in shown) else QColor())

    def _go_to_problem(self, found: dict[str, UserError]) -> None:
        """Open the tab of the first problem and put the cursor in its field."""
        order = list(FIELDS)
        first = min(found, key=lambda k: (("whatTab", "peopleTab", "reportsTab").index(tab_of(k)),
                                          order.index(k) if k in order else len(order)))
        if first == "reason":
            return
        self.ui.tabs.setCurrentWidget(getattr(self.ui, tab_of(first)))
        if first.startswith("person."):
            self.ui.peopleTable.selectRow(int(first.split(".")[1]) - 1)
            self.ui.peopleTable.setFocus()
        elif first in FIELDS:
            getattr(self.ui, FIELDS[first][1]).setFocus()

    # People ----------------------------------------------------------------------------------------

    def _fill_people(self) -> None:
        person_dialog.fill_people_table(self.ui.peopleTable, self.people, medical=self.medical)
        self._update_buttons()

    def _open_person(self, row: int, *, as_member: bool) -> None:
        """Add (`row` past the last person) or change a person, in the person dialog."""
        person = self.people[row] if row < len(self.people) else None
        dialog = person_dialog.IncidentPersonDialog(self.conn, self.actor, self.incident_from_form()[0], row, person,
                                                    self, as_member=as_member, today=self.today)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.people[row:row + 1] = [dialog.person]
                self._people_changed(row)
        finally:
            dialog.deleteLater()

    def _edit_person(self) -> None:
        row = self.ui.peopleTable.currentRow()
        if self.can_write and 0 <= row < len(self.people):
            self._open_person(row, as_member=bool(self.people[row].member_id))

    def _remove_person(self) -> None:
        row = self.ui.peopleTable.currentRow()
        if self.can_write and 0 <= row < len(self.people):
            del self.people[row]
            self._people_changed(min(row, len(self.people) - 1))

    def _people_changed(self, row: int) -> None:
        self.messages.touch("kind")
        self._fill_people()
        self.validate()
        if row >= 0:
            self.ui.peopleTable.selectRow(row)
        self.ui.peopleTable.setFocus()

    # Status, actions and history ---------------------------------------------------------------------

    def _show_status(self) -> None:
        ui, inc = self.ui, self.incident
        if inc.id is None:
            ui.statusValueLabel.setText(_("Not saved yet."))
            ui.statusHelp.setText(_("Once the incident is saved, its case can be investigated and closed."))
        else:
            ui.statusValueLabel.setText(_("Status: {status}").format(status=_(v.STATUSES[inc.status])))
            ui.statusHelp.setText(_("Closing a case in which someone was hurt needs the commission's act (its "
                                    "number and date). Changes typed in this window are saved first."))
        moves = {new for old, new in actions.MOVES if old == inc.status} if inc.id and self.can_write else set()
        ui.startInvestigationButton.setEnabled(v.INVESTIGATING in moves and inc.status == v.REPORTED)
        ui.closeCaseButton.setEnabled(v.CLOSED in moves)
        ui.reopenButton.setEnabled(v.INVESTIGATING in moves and inc.status == v.CLOSED)

    def move_to(self, status: str, *, reason: str = "") -> bool:
        """Move the case on (saving what was typed first); a refusal is shown under the status."""
        if self.has_changes() and not self._store():
            return False
        try:
            actions.set_status(self.conn, self.actor, self.incident.id, status, reason=reason)
        except UserError as exc:
            show_problems(self.ui.statusMessage, exc.text())
            return False
        show_problems(self.ui.statusMessage, "")
        self._reload(self.incident.id)
        return True

    def reopen(self) -> None:
        reason, ok = QInputDialog.getText(self, _("Reopen the case"), _(
            "Incident {reference} is closed. Why is it reopened? (The reason is kept in its history.)").format(
                reference=self.incident.reference))
        if ok:
            self.move_to(v.INVESTIGATING, reason=reason)

    def _load_actions(self) -> None:
        self.actions = actions.actions_of(self.conn, self.incident.id) if self.incident.id else []
        action_dialog.fill_actions_table(self.ui.actionsTable, self.actions, self.today)
        self._update_buttons()

    def _edit_action(self) -> None:
        action = action_dialog.action_of_row(self.ui.actionsTable, self.actions)
        if action is not None and self.can_write:
            self._open_action(action)

    def _open_action(self, action: actions.Action | None) -> None:
        """Add (`None`) or change an action. An action belongs to a saved incident, so a new or changed
        incident is saved first."""
        if self.incident.id is None or self.has_changes():
            if not self._store():
                return
        dialog = action_dialog.IncidentActionDialog(self.conn, self.actor, self.incident.id,
                                                    self.incident.occurred_on, action, self, today=self.today)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self._load_actions()
                self.incidentSaved.emit(self.incident.id)
        finally:
            dialog.deleteLater()

    def _load_events(self) -> None:
        found = events.events_of(self.conn, self.incident.id) if self.incident.id else []
        tr, table = active(), self.ui.eventsTable
        table.setRowCount(len(found))
        for row, e in enumerate(reversed(found)):  # the latest first
            move = _(v.STATUSES.get(e.new_status, e.new_status)) if e.new_status else ""
            if e.old_status and e.old_status != e.new_status:
                move = f"{_(v.STATUSES.get(e.old_status, e.old_status))} → {move}"
            when = f"{tr.date(e.at[:10])} {e.at[11:16]}"
            tables.fill_row(table, row, [when, _(events.KIND_LABELS.get(e.kind, e.kind)), move, e.reason,
                                         e.user_name])
        table.resizeRowsToContents()

    def show_all_changes(self) -> None:
        from asm_assoc.gui.dialogs.history_dialog import HistoryDialog

        if self.incident.id is None:
            return
        dialog = HistoryDialog(self.conn, self.actor, "incident", self.incident.id, self._subject(), self,
                               report_lang=self._report_lang())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exec()

    def _update_buttons(self) -> None:
        ui = self.ui
        ui.editPersonButton.setEnabled(self.can_write and ui.peopleTable.currentRow() >= 0)
        ui.removePersonButton.setEnabled(self.can_write and ui.peopleTable.currentRow() >= 0)
        ui.editActionButton.setEnabled(self.can_write and ui.actionsTable.currentRow() >= 0)
        saved = self.incident.id is not None
        ui.allChangesButton.setEnabled(saved and access.can(self.actor.role, "audit.read"))
        ui.printButton.setEnabled(saved or self.can_write)

    # Saving, printing and closing ---------------------------------------------------------------------

    def _store(self) -> bool:
        """Write the incident as the form holds it, staying open; False (and the problems shown) when not."""
        self.messages.show_all = True
        found = self.validate()
        if found:
            self._go_to_problem(found)
            return False
        reason = ""
        if self.incident.id and self.incident.status == v.CLOSED:
            reason, ok = QInputDialog.getText(self, _("Correct a closed incident"), _(
                "Incident {reference} is closed. Why is it being changed? (The reason is kept in its history.)"
            ).format(reference=self.incident.reference))
            if not ok:
                return False
        inc, _unreadable = self.incident_from_form()
        try:
            incident_id = book.save(self.conn, self.actor, inc, reason=reason, today=self.today)
        except ValidationError as exc:
            self._show_problems(exc.problems)
            if "reason" in exc.problems:
                show_problems(self.ui.summaryLabel, exc.problems["reason"].text())
            self._go_to_problem(exc.problems)
            return False
        except UserError as exc:
            QMessageBox.warning(self, _("The incident was not saved"), exc.text())
            return False
        self._reload(incident_id)
        return True

    def _reload(self, incident_id: str) -> None:
        """Show the incident as the book now holds it (its number, status, people as read from the register)."""
        self.incident = book.get(self.conn, incident_id)
        self.people = [replace(p) for p in self.incident.people]
        self._load()
        self._loaded = self._comparable()
        self._retranslate()
        self.validate()
        self.incidentSaved.emit(incident_id)

    def save(self) -> None:
        if not self.can_write:
            return
        # Nothing changed: nothing to write (and no reason to ask for, when the incident is closed).
        if (self.incident.id is not None and not self.has_changes()) or self._store():
            super().accept()

    def print_form(self) -> None:
        """Preview the one-case form of the incident as saved (what was typed is saved first)."""
        from asm_assoc.gui.dialogs.report_preview import show_report_preview

        if self.incident.id is None or self.has_changes():
            if not self._store():
                return
        reveal = False
        if self.incident.privacy and self.medical:
            answer = QMessageBox.question(
                self, _("Print the name?"),
                _("This is a privacy case: printed logs show “Privacy case” instead of the person's name. Print "
                  "the name on this form (the copy for the investigation commission or the insurer)?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            reveal = answer == QMessageBox.StandardButton.Yes
        conn, actor, incident_id = self.conn, self.actor, self.incident.id

        def render(lang: str, out: Path, progress: Progress) -> Path:
            from asm_assoc.core.reports.incident_form import render_incident_form

            return render_incident_form(conn, out, actor=actor, incident_id=incident_id, lang=lang,
                                        reveal_names=reveal, progress=progress)

        show_report_preview(self._subject(), render, self, self._report_lang())

    @staticmethod
    def _report_lang() -> str:
        return settings.Settings().get(settings.REPORT_LANGUAGE)

    def reject(self) -> None:
        if self.has_changes():
            answer = QMessageBox.question(
                self, _("Discard changes?"), _("You changed this incident. Close without saving the changes?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()

    def _make_read_only(self) -> None:
        """A role that may not record incidents reads the case: nothing to type in, nothing to save."""
        ui = self.ui
        self.save_button.hide()
        ui.summaryLabel.hide()
        for field in [*self.findChildren(QLineEdit), *self.findChildren(QPlainTextEdit)]:
            field.setReadOnly(True)
        for field in (f for kind in (QComboBox, QAbstractSpinBox, QCheckBox) for f in self.findChildren(kind)):
            field.setEnabled(False)
        for button in (ui.addMemberButton, ui.addOtherButton, ui.editPersonButton, ui.removePersonButton,
                       ui.addActionButton, ui.editActionButton, ui.startInvestigationButton, ui.closeCaseButton,
                       ui.reopenButton):
            button.hide()

    # Language ------------------------------------------------------------------------------------------

    def _subject(self) -> str:
        return _("Incident {reference}").format(reference=self.incident.reference)

    def _retranslate(self) -> None:
        ui = self.ui
        self.setWindowTitle(_("New incident") if self.incident.id is None else self._subject())
        ui.peopleTable.setHorizontalHeaderLabels(person_dialog.people_headers())
        ui.actionsTable.setHorizontalHeaderLabels(action_dialog.action_headers())
        ui.eventsTable.setHorizontalHeaderLabels([_("When"), _("What"), _("Status"), _("Reason"), _("By")])
        for key, label in v.NOTIFIED.items():
            self._notified_widgets(key)[0].setText(_(label))
        ui.notifiedHelp.setText(_("Tick each body that was told, with the day and, when known, the time."))
        help_text = _("Everyone who was hurt or in danger. A member's name, sex, age and kind of work come from "
                      "the register.")
        if self.can_write:
            help_text += " " + _("In the list, Enter opens the chosen person and Delete removes them.")
        if not self.medical:
            help_text += " " + _("Medical details (part of the body, nature of the injury) are not shown to "
                                 "your role.")
        ui.peopleHelp.setText(help_text)
        actions_help = _("What will be done so that it does not happen again, who does it and by when. Actions "
                         "not done by their due date are shown in red.")
        if self.incident.id is None and self.can_write:
            actions_help += " " + _("Adding the first action saves the incident.")
        ui.actionsHelp.setText(actions_help)
        ui.printButton.setToolTip(_("Preview and print the form of this incident; changes are saved first."))
        if not self.can_write:
            self.cancel_button.setText(_("Close"))
        self._show_status()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_loaded"):
            self.ui.retranslateUi(self)
            self._fill_choices()
            self.places.retranslate()
            self._retranslate()
            self._fill_people()
            action_dialog.fill_actions_table(self.ui.actionsTable, self.actions, self.today)
            self._load_events()
            if self.can_write:
                self.validate()
        super().changeEvent(event)

