"""One person in an incident: a member found in the register, or someone else named here, and what happened
to them. Checked as it is typed by core's `book.check`, on the incident as the incident window holds it
with this person in their place (so "person 2" in a message is this person); `fill_people_table` fills the
incident window's table of people.

Body part and nature of the injury are medical details: a role without `figures.shows_medical` neither
sees nor changes them (the values the person already has are kept)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QTableWidget, QWidget

from asm_assoc.core import member_list, members, writes
from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import N_, _
from asm_assoc.core.incidents import book, classification, figures
from asm_assoc.core.incidents import vocabulary as v
from asm_assoc.core.incidents.book import Incident, Person
from asm_assoc.gui import settings
from asm_assoc.gui.forms.ui_incident_person_dialog import Ui_IncidentPersonDialog
from asm_assoc.gui.widgets import tables
from asm_assoc.gui.widgets.field_messages import ERROR_COLOUR, FieldMessages
from asm_assoc.gui.widgets.place_combos import code_of, fill_choices, select_code

# Person field -> message label under its widget, in the order of the form. ("outcome" is left out: a
# choice from the list is always valid, and its other problem, a hurt person in a near miss, is the
# incident's kind to correct, shown in the incident window.)
MESSAGE_LABELS = {
    "member_id": "memberMessage",
    "name": "nameMessage",
    "sex": "sexMessage",
    "work_kind": "workKindMessage",
    "age": "ageMessage",
    "body_part": "bodyPartMessage",
    "injury_nature": "natureMessage",
    "days_away": "daysAwayMessage",
    "days_restricted": "daysRestrictedMessage",
}
SHOWN_MEMBERS = 200  # matches listed as the person types; typing more narrows them
NO_AGE = 0  # the age box's value for "not known" (shown as a dash)
# Without a valid incident day the days cannot be weighed against it; the incident window does that.
_ANY_DAY = "1900-01-01"
MEMBER_FACTS = Qt.ItemDataRole.UserRole + 1  # (member no., name) of a listed member

NAME, SEX, AGE, WORK, OUTCOME, AWAY, RESTRICTED, BODY, NATURE = range(9)
PEOPLE_COLUMNS = 9


def people_headers() -> list[str]:
    return [_("Name"), _("Sex"), _("Age"), _("Kind of work"), _("Outcome"), _("Days away"),
            _("Days restricted"), _("Part of the body"), _("Nature of the injury")]


def person_label(p: Person) -> str:
    if p.member_id:
        number = _("no. {no}").format(no=f"{p.member_no:04d}") if p.member_no else _("member")
        return f"{p.name} ({number})"
    return p.name or _("(no name)")


def fill_people_table(table: QTableWidget, people: list[Person], *, medical: bool,
                      problem_rows: set[int] = frozenset()) -> None:
    """One row per person; rows with a problem in red; the medical columns hidden without `medical`."""
    table.setRowCount(len(people))
    for row, p in enumerate(people):
        cells = [person_label(p), _(members.SEXES.get(p.sex, "")) if p.sex else "",
                 "" if p.age is None else str(p.age), _(members.WORK_KINDS.get(p.work_kind, p.work_kind)),
                 _(v.OUTCOMES.get(p.outcome, p.outcome)), str(p.days_away), str(p.days_restricted),
                 _(v.BODY_PARTS.get(p.body_part, p.body_part)) if p.body_part else "",
                 _(v.INJURY_NATURES.get(p.injury_nature, p.injury_nature)) if p.injury_nature else ""]
        tables.fill_row(table, row, cells, right=(AGE, AWAY, RESTRICTED), data=row,
                        foreground=QBrush(ERROR_COLOUR) if row in problem_rows else None)
    for column in (BODY, NATURE):
        table.setColumnHidden(column, not medical)


class IncidentPersonDialog(QDialog):
    """`trial` is the incident as its window holds it now; `position` the index of this person in its people
    (their number is position + 1). After `exec()`, `person` is the person as entered."""

    personChosen = Signal()  # noqa: N815 - OK pressed with a valid person

    def __init__(self, conn: sqlite3.Connection, actor: writes.Actor, trial: Incident, position: int,
                 person: Person | None = None, parent: QWidget | None = None, *, as_member: bool = False,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_IncidentPersonDialog()
        self.ui.setupUi(self)
        self.conn, self.actor, self.trial, self.position = conn, actor, trial, position
        self.today = today or dt.date.today()
        self.person = replace(person) if person else Person()
        self.medical = figures.shows_medical(actor)
        self.index = member_list.MemberIndex(conn, actor)
        settings.remember_geometry(self)
        ui = self.ui
        self.ok_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setDefault(True)
        self.messages = FieldMessages({k: getattr(ui, label) for k, label in MESSAGE_LABELS.items()},
                                      ui.summaryLabel, self.ok_button)
        self.messages.show_all = person is not None
        for widget in (ui.bodyPartLabel, ui.bodyPartCombo, ui.natureLabel, ui.natureCombo):
            widget.setVisible(self.medical)
        if not self.medical:  # (shown again only by a problem, which a field it cannot change cannot have)
            del self.messages.labels["body_part"], self.messages.labels["injury_nature"]
        self._fill_choices()
        self._load(as_member or bool(self.person.member_id))
        self._connect()
        self._retranslate()
        self.validate()
        (ui.findEdit if ui.memberRadio.isChecked() else ui.nameEdit).setFocus()

    # Building and loading ------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        ui = self.ui
        fill_choices(ui.sexCombo, members.SEXES, empty=_("(not chosen)"))
        fill_choices(ui.workKindCombo, members.WORK_KINDS)
        fill_choices(ui.outcomeCombo, v.OUTCOMES)
        fill_choices(ui.bodyPartCombo, v.BODY_PARTS)
        fill_choices(ui.natureCombo, v.INJURY_NATURES)

    def _retranslate(self) -> None:
        self.setWindowTitle(_("Person {number} in the incident").format(number=self.position + 1))
        known = self.incident_day() is not None
        self.ui.backOnEdit.setEnabled(known)
        self.ui.backOnEdit.setToolTip(_("The first day back at work: the days away are counted up to it.") if known
                                      else _("Enter the date of the incident first."))
        self.ui.daysHelp.setText(_(
            "Calendar days after the day of the incident, whether or not they would have worked; the day of "
            "the incident is not counted. While they are still away, enter an estimate and correct it later."))

    def _load(self, as_member: bool) -> None:
        ui, p = self.ui, self.person
        ui.memberRadio.setChecked(as_member)
        ui.otherRadio.setChecked(not as_member)
        if p.member_id:
            self._list_members(chosen=p.member_id)
        else:
            self._list_members()
            ui.nameEdit.setText(p.name)
            select_code(ui.sexCombo, p.sex)
            select_code(ui.workKindCombo, p.work_kind)
        ui.ageSpin.setValue(p.age if p.age is not None else NO_AGE)
        select_code(ui.outcomeCombo, p.outcome)
        select_code(ui.bodyPartCombo, p.body_part)
        select_code(ui.natureCombo, p.injury_nature)
        ui.daysAwaySpin.setValue(p.days_away)
        ui.daysRestrictedSpin.setValue(p.days_restricted)
        self._show_kind()

    def _connect(self) -> None:
        ui = self.ui
        ui.memberRadio.toggled.connect(self._show_kind)
        ui.findEdit.textChanged.connect(lambda _text: self._list_members())
        ui.findEdit.installEventFilter(self)
        ui.memberList.currentItemChanged.connect(self._member_chosen)
        ui.backOnEdit.isoChanged.connect(self._back_on_changed)
        edits = {"member_id": ui.memberList.currentItemChanged, "name": ui.nameEdit.textEdited,
                 "sex": ui.sexCombo.currentIndexChanged, "work_kind": ui.workKindCombo.currentIndexChanged,
                 "age": ui.ageSpin.valueChanged, "body_part": ui.bodyPartCombo.currentIndexChanged,
                 "injury_nature": ui.natureCombo.currentIndexChanged, "days_away": ui.daysAwaySpin.valueChanged,
                 "days_restricted": ui.daysRestrictedSpin.valueChanged}
        for name, signal in edits.items():
            signal.connect(lambda *_args, name=name: self._edited(name))
        ui.outcomeCombo.currentIndexChanged.connect(lambda _i: self._edited("days_away", "days_restricted"))
        ui.memberRadio.toggled.connect(lambda _on: self.validate())
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)

    def _show_kind(self) -> None:
        ui = self.ui
        member = ui.memberRadio.isChecked()
        ui.memberPanel.setVisible(member)
        for widget in (ui.nameLabel, ui.nameEdit, ui.sexLabel, ui.sexCombo, ui.workKindLabel, ui.workKindCombo):
            widget.setVisible(not member)
        self._age_from_register()

    # The member list -------------------------------------------------------------------------------

    def _list_members(self, chosen: str | None = None) -> None:
        """The members matching what is typed in Find (the first `SHOWN_MEMBERS`), the chosen one kept."""
        ui = self.ui
        keep = chosen or self.chosen_member_id()
        ids = self.index.query_ids(member_list.MemberFilter(text=ui.findEdit.text()))[:SHOWN_MEMBERS]
        if keep and keep not in ids:
            ids.insert(0, keep)
        rows = member_list.fetch_rows(self.conn, ids, self.actor)
        ui.memberList.blockSignals(True)
        ui.memberList.clear()
        for member_id in ids:
            if member_id not in rows:
                continue
            no, family, given, *_rest = rows[member_id]
            name = f"{family or ''} {given}".strip()
            item = QListWidgetItem(f"{no:04d}  {name}")
            item.setData(Qt.ItemDataRole.UserRole, member_id)
            item.setData(MEMBER_FACTS, (no, name))
            ui.memberList.addItem(item)
            if member_id == keep:
                ui.memberList.setCurrentItem(item)
        ui.memberList.blockSignals(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """In Find, Enter takes the first match (or keeps the one chosen) and moves on to the outcome, rather
        than closing the dialog; the Down arrow goes into the list."""
        ui = self.ui
        if watched is ui.findEdit and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if ui.memberList.currentItem() is None and ui.memberList.count():
                    ui.memberList.setCurrentRow(0)
                ui.outcomeCombo.setFocus()
                return True
            if event.key() == Qt.Key.Key_Down and ui.memberList.count():
                ui.memberList.setFocus()
                return True
        return super().eventFilter(watched, event)

    def chosen_member_id(self) -> str | None:
        item = self.ui.memberList.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _member_chosen(self) -> None:
        self._age_from_register()

    def _age_from_register(self) -> None:
        """A member's age comes from their birth date in the register (the incident book works it out on the
        day of the incident); it is typed only when the register has no birth date."""
        ui = self.ui
        member_id = self.chosen_member_id() if ui.memberRadio.isChecked() else None
        born = members.read_member(self.conn, self.actor, member_id).birth_date if member_id else ""
        day = self.incident_day()
        if born and day:
            ui.ageSpin.setValue(book.age_on(dt.date.fromisoformat(born), day))
        ui.ageSpin.setEnabled(not born)
        ui.ageSpin.setToolTip(_("From the birth date in the register.") if born else
                              _("Age on the day of the incident; “—” when not known."))

    # Days ----------------------------------------------------------------------------------------

    def incident_day(self) -> dt.date | None:
        try:
            day = book.parse_day(self.trial.occurred_on)
        except ValueError:
            return None
        return day if day and day <= self.today else None

    def _back_on_changed(self, iso: str) -> None:
        day = self.incident_day()
        if iso and day:
            self.ui.daysAwaySpin.setValue(classification.days_between(day, dt.date.fromisoformat(iso)))

    # Checking --------------------------------------------------------------------------------------

    def person_from_form(self) -> Person:
        ui, p = self.ui, self.person
        member_id = self.chosen_member_id() if ui.memberRadio.isChecked() else None
        age = ui.ageSpin.value()
        found = replace(p, member_id=member_id, age=None if age == NO_AGE else age,
                        outcome=code_of(ui.outcomeCombo), days_away=ui.daysAwaySpin.value(),
                        days_restricted=ui.daysRestrictedSpin.value())
        if member_id:
            if member_id != p.member_id:  # shown in the incident window until the book reads the register
                found.member_no, found.name = ui.memberList.currentItem().data(MEMBER_FACTS)
        else:
            found.name = " ".join(ui.nameEdit.text().split())
            found.sex, found.work_kind, found.member_no = code_of(ui.sexCombo), code_of(ui.workKindCombo), None
        if self.medical:
            found.body_part, found.injury_nature = code_of(ui.bodyPartCombo), code_of(ui.natureCombo)
        return found

    def problems(self) -> dict[str, UserError]:
        """This person's problems, by field."""
        person = self.person_from_form()
        people = list(self.trial.people)
        people[self.position:self.position + 1] = [person]
        trial = replace(self.trial, people=[replace(p) for p in people], occurred_on=(
            self.trial.occurred_on if self.incident_day() else _ANY_DAY))
        prefix = f"person.{self.position + 1}."
        found = {key.removeprefix(prefix): problem for key, problem in book.check(self.conn, trial,
                                                                                   today=self.today).items()
                 if key.startswith(prefix) and key != prefix + "outcome"}
        if self.ui.memberRadio.isChecked() and not person.member_id:
            found["member_id"] = UserError(N_("Choose the member from the list (type in Find to narrow it)."))
        return found

    def _edited(self, *names: str) -> None:
        self.messages.touch(*names)
        self.validate()

    def validate(self) -> dict[str, UserError]:
        found = self.problems()
        self.messages.show(found, {})
        self.ok_button.setEnabled(True)  # as in the incident window: OK shows every problem instead of adding
        return found

    def accept(self) -> None:
        self.messages.show_all = True
        if self.validate():
            return
        self.person = self.person_from_form()
        self.personChosen.emit()
        super().accept()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "messages"):
            self.ui.retranslateUi(self)
            self._fill_choices()
            self._retranslate()
            self.validate()
        super().changeEvent(event)

