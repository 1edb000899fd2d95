"""The incident windows: an incident typed in with its people and saved, problems shown beside their fields
with nothing written, corrective actions, the case's status, and what a role that may not record incidents
(or see medical details) is shown."""

from __future__ import annotations

import pytest
from gui_helpers import type_text
from incident_support import TODAY, add_member, hurt, incident, record
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog

from asm_assoc.core import writes
from asm_assoc.core.incidents import actions, book, events
from asm_assoc.core.incidents import vocabulary as v
from asm_assoc.core.incidents.book import Person
from asm_assoc.gui.dialogs.incident_action_dialog import IncidentActionDialog
from asm_assoc.gui.dialogs.incident_dialog import IncidentDialog
from asm_assoc.gui.dialogs.incident_person_dialog import BODY, NATURE, IncidentPersonDialog

DIRECTOR = writes.Actor(None, "Сарантуяа", "director")
TREASURER = writes.Actor(None, "Сараа", "treasurer")
VIEWER = writes.Actor(None, "Үзэгч", "viewer")

# Closing a changed window asks whether to discard the changes; the tests' answer is yes.
pytestmark = pytest.mark.usefixtures("answer_yes")


def open_incident(qtbot, conn, actor=DIRECTOR, incident_id=None) -> IncidentDialog:
    dialog = IncidentDialog(conn, actor, incident_id, None, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def answer_dialog(monkeypatch, cls, fill):
    """Run `fill(dialog)` instead of showing the modal dialog of class `cls`; its result is exec()'s."""
    def exec_(dialog):
        dialog.show()
        fill(dialog)
        dialog.hide()
        return dialog.result()

    monkeypatch.setattr(cls, "exec", exec_)


def type_what_happened(qtbot, dialog, day: str, kind: str, hazard: str, description: str) -> None:
    ui = dialog.ui
    qtbot.keyClicks(ui.occurredOnEdit, day)
    qtbot.keyClicks(ui.kindCombo, kind)  # a combo box goes to the choice whose start is typed
    qtbot.keyClicks(ui.hazardCombo, hazard)
    type_text(qtbot, ui.descriptionEdit, description)


def test_an_incident_typed_in_is_recorded_with_the_person_hurt(qtbot, conn, monkeypatch):
    dialog = open_incident(qtbot, conn)
    ui = dialog.ui
    type_what_happened(qtbot, dialog, "20261115", "Injury", "Fall of", "Нүхний хана нурж хөлөө гэмтээсэн.")
    qtbot.keyClicks(ui.occurredTimeEdit, "09:40")
    type_text(qtbot, ui.siteEdit, "Хөх толгой")

    def someone_else(person: IncidentPersonDialog) -> None:
        assert person.ui.otherRadio.isChecked() and person.ui.nameEdit.isVisible()
        type_text(qtbot, person.ui.nameEdit, "Гантулга")
        qtbot.keyClicks(person.ui.sexCombo, "Male")
        qtbot.keyClicks(person.ui.outcomeCombo, "Days away")
        qtbot.keyClicks(person.ui.backOnEdit, "20261120")  # back at work: the days away are counted from it
        assert person.ui.daysAwaySpin.value() == 4
        qtbot.keyClick(person.ui.daysAwaySpin, Qt.Key.Key_Return)

    answer_dialog(monkeypatch, IncidentPersonDialog, someone_else)
    ui.addOtherButton.click()
    assert ui.peopleTable.rowCount() == 1 and ui.peopleTable.item(0, 0).text() == "Гантулга"

    with qtbot.waitSignal(dialog.incidentSaved) as saved:
        qtbot.keyClick(ui.siteEdit, Qt.Key.Key_Return)  # Enter in a one-line field saves
    assert dialog.result() == QDialog.DialogCode.Accepted
    [listed] = book.listing(conn)
    assert saved.args == [listed.id]
    inc = book.get(conn, listed.id)
    assert (inc.occurred_on, inc.occurred_time, inc.kind, inc.hazard, inc.site) == (
        "2026-11-15", "09:40", v.INJURY, "fall_of_ground", "Хөх толгой")
    assert inc.description == "Нүхний хана нурж хөлөө гэмтээсэн." and inc.status == v.REPORTED
    [person] = inc.people
    assert (person.member_id, person.name, person.sex, person.outcome, person.days_away) == (
        None, "Гантулга", "M", v.DAYS_AWAY, 4)


def test_a_member_is_found_in_the_register_and_their_age_is_worked_out(qtbot, conn, monkeypatch):
    member_id = add_member(conn, "Батбаяр", "Өлзий", "M", born="1990-11-16")
    add_member(conn, "Дорж", "Сараа", "F")
    dialog = open_incident(qtbot, conn)
    qtbot.keyClicks(dialog.ui.occurredOnEdit, "20261115")

    def member(person: IncidentPersonDialog) -> None:
        type_text(qtbot, person.ui.findEdit, "батб")
        assert person.ui.memberList.count() == 1
        qtbot.keyClick(person.ui.findEdit, Qt.Key.Key_Return)  # takes the match and goes on to the outcome
        assert person.result() != QDialog.DialogCode.Accepted and person.focusWidget() is person.ui.outcomeCombo
        assert person.ui.ageSpin.value() == 35 and not person.ui.ageSpin.isEnabled()  # from the birth date
        qtbot.keyClicks(person.ui.outcomeCombo, "First")
        qtbot.keyClick(person.ui.outcomeCombo, Qt.Key.Key_Return)

    answer_dialog(monkeypatch, IncidentPersonDialog, member)
    dialog.ui.addMemberButton.click()
    assert [(p.member_id, p.outcome) for p in dialog.people] == [(member_id, v.FIRST_AID)]
    assert "Батбаяр Өлзий (no. 0001)" == dialog.ui.peopleTable.item(0, 0).text()


def test_a_future_date_is_shown_beside_the_field_and_nothing_is_written(qtbot, conn):
    dialog = open_incident(qtbot, conn)
    type_what_happened(qtbot, dialog, "20261201", "Near", "Gas", "Хий үнэртсэн.")
    dialog.ui.tabs.setCurrentWidget(dialog.ui.actionsTab)
    dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Save).click()
    assert dialog.ui.tabs.currentWidget() is dialog.ui.whatTab  # Save went to the problem
    assert dialog.ui.occurredOnMessage.isVisible()
    assert "in the future" in dialog.ui.occurredOnMessage.text()
    assert dialog.result() != QDialog.DialogCode.Accepted and book.listing(conn) == []


def test_a_person_without_a_name_cannot_be_added_or_saved(qtbot, conn, monkeypatch):
    dialog = open_incident(qtbot, conn)
    type_what_happened(qtbot, dialog, "20261115", "Near", "Gas", "Хий үнэртсэн.")

    def nameless(person: IncidentPersonDialog) -> None:
        qtbot.keyClicks(person.ui.sexCombo, "Female")
        assert not person.ui.nameMessage.isVisible()  # the name was not touched yet
        qtbot.keyClick(person.ui.sexCombo, Qt.Key.Key_Return)  # OK: shows every problem, adds nobody
        assert person.ui.nameMessage.isVisible()
        assert "enter their name" in person.ui.nameMessage.text()
        assert person.result() != QDialog.DialogCode.Accepted

    answer_dialog(monkeypatch, IncidentPersonDialog, nameless)
    dialog.ui.addOtherButton.click()
    assert dialog.people == []
    # A nameless person in the window's list (as a damaged record would be) is named on the People tab.
    dialog.people.append(Person(sex="F"))
    dialog.save()
    assert dialog.ui.tabs.currentWidget() is dialog.ui.peopleTab
    assert "Person 1 is not in the register: enter their name." in dialog.ui.peopleMessage.text()
    assert book.listing(conn) == []


def test_a_corrective_action_is_added_through_its_dialog_and_an_overdue_one_is_red(qtbot, conn, monkeypatch):
    incident_id = record(conn, incident(people=[hurt(None, name="Гантулга", sex="M", away=3)]))
    dialog = open_incident(qtbot, conn, incident_id=incident_id)
    dialog.ui.tabs.setCurrentWidget(dialog.ui.actionsTab)

    def fill(action: IncidentActionDialog) -> None:
        ui = action.ui
        action.save()  # nothing typed yet: every problem shown, nothing saved
        assert "Say what is to be done." in ui.descriptionMessage.text()
        assert actions.actions_of(conn, incident_id) == []
        type_text(qtbot, ui.descriptionEdit, "Нүхний ханыг бэхлэх")
        type_text(qtbot, ui.ownerEdit, "Бат")
        qtbot.keyClicks(ui.dueEdit, "20261101")
        qtbot.keyClick(ui.ownerEdit, Qt.Key.Key_Return)

    answer_dialog(monkeypatch, IncidentActionDialog, fill)
    with qtbot.waitSignal(dialog.incidentSaved):
        dialog.ui.addActionButton.click()
    [stored] = actions.actions_of(conn, incident_id)
    assert (stored.description, stored.owner, stored.due_on, stored.status) == (
        "Нүхний ханыг бэхлэх", "Бат", "2026-11-01", v.ACTION_OPEN)
    table = dialog.ui.actionsTable
    assert table.rowCount() == 1 and "overdue" in table.item(0, 3).text()
    assert table.item(0, 0).foreground().color().red() > 150  # due before today and not done: red


def test_an_action_added_to_a_new_incident_saves_the_incident_first(qtbot, conn, monkeypatch):
    dialog = open_incident(qtbot, conn)
    type_what_happened(qtbot, dialog, "20261115", "Near", "Gas", "Хий үнэртсэн.")

    def fill(action: IncidentActionDialog) -> None:
        action.ui.descriptionEdit.setPlainText("Агааржуулалт шалгах")
        action.ui.ownerEdit.setText("Бат")
        action.ui.dueEdit.set_iso("2026-12-01")
        action.save()

    answer_dialog(monkeypatch, IncidentActionDialog, fill)
    dialog.ui.addActionButton.click()
    [listed] = book.listing(conn)
    assert listed.open_actions == 1 and dialog.incident.id == listed.id
    assert dialog.windowTitle() == "Incident 2026-001"


def test_closing_without_the_commissions_act_is_refused_and_reopening_asks_why(qtbot, conn, monkeypatch):
    incident_id = record(conn, incident(people=[hurt(None, name="Гантулга", sex="M", away=3)]))
    dialog = open_incident(qtbot, conn, incident_id=incident_id)
    ui = dialog.ui
    ui.tabs.setCurrentWidget(ui.reportsTab)
    assert ui.startInvestigationButton.isEnabled() and not ui.reopenButton.isEnabled()
    ui.closeCaseButton.click()
    assert "enter the investigation commission's act" in ui.statusMessage.text()
    assert book.get(conn, incident_id).status == v.REPORTED
    # With the act typed in, closing saves it first and closes the case.
    type_text(qtbot, ui.actNoEdit, "А-12")
    qtbot.keyClicks(ui.actOnEdit, "20261118")
    ui.closeCaseButton.click()
    closed = book.get(conn, incident_id)
    assert (closed.status, closed.act_no, closed.act_on) == (v.CLOSED, "А-12", "2026-11-18")
    assert ui.statusMessage.text() == "" and ui.reopenButton.isEnabled()
    assert ui.eventsTable.item(0, 2).text() == "Reported → Closed"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Шинэ гэрч олдсон", True))
    ui.reopenButton.click()
    assert book.get(conn, incident_id).status == v.INVESTIGATING
    assert (ui.eventsTable.item(0, 2).text(), ui.eventsTable.item(0, 3).text()) == (
        "Closed → Under investigation", "Шинэ гэрч олдсон")


def test_correcting_a_closed_incident_asks_why_and_keeps_the_reason(qtbot, conn, monkeypatch):
    incident_id = record(conn, incident(kind=v.NEAR_MISS))
    actions.set_status(conn, writes.SYSTEM, incident_id, v.CLOSED)
    dialog = open_incident(qtbot, conn, incident_id=incident_id)
    type_text(qtbot, dialog.ui.placeEdit, "3-р нүх")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Газрыг тодруулав", True))
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert book.get(conn, incident_id).place == "3-р нүх"
    assert events.events_of(conn, incident_id)[-1].reason == "Газрыг тодруулав"


def test_a_viewer_reads_the_incident_without_being_able_to_change_it(qtbot, conn):
    incident_id = record(conn, incident(people=[hurt(None, name="Гантулга", sex="M", away=3)]))
    dialog = open_incident(qtbot, conn, VIEWER, incident_id)
    ui = dialog.ui
    assert ui.descriptionEdit.toPlainText() == "Нүхний хана нурсан."
    assert not dialog.save_button.isVisible()
    assert ui.descriptionEdit.isReadOnly() and ui.siteEdit.isReadOnly()
    assert not ui.kindCombo.isEnabled() and not ui.occurredOnEdit.isEnabled()
    ui.tabs.setCurrentWidget(ui.peopleTab)
    assert not ui.addMemberButton.isVisible() and not ui.removePersonButton.isVisible()
    ui.tabs.setCurrentWidget(ui.reportsTab)
    assert not ui.closeCaseButton.isVisible()
    dialog.save()  # (Ctrl+Enter) writes nothing
    assert book.get(conn, incident_id).status == v.REPORTED and not dialog.has_changes()


def test_medical_details_are_hidden_from_a_treasurer_and_kept(qtbot, conn):
    incident_id = record(conn, incident(people=[hurt(None, name="Гантулга", sex="M", away=3)]))
    dialog = open_incident(qtbot, conn, TREASURER, incident_id)
    assert dialog.ui.peopleTable.isColumnHidden(BODY) and dialog.ui.peopleTable.isColumnHidden(NATURE)
    person = IncidentPersonDialog(conn, TREASURER, dialog.incident_from_form()[0], 0, dialog.people[0], dialog,
                                  today=TODAY)
    qtbot.addWidget(person)
    person.show()
    assert not person.ui.bodyPartCombo.isVisible() and not person.ui.natureCombo.isVisible()
    kept = person.person_from_form()
    assert (kept.body_part, kept.injury_nature) == ("legs", "fracture")
    director = open_incident(qtbot, conn, DIRECTOR, incident_id)
    assert not director.ui.peopleTable.isColumnHidden(BODY)
    QApplication.processEvents()


def test_printing_a_privacy_case_asks_before_printing_the_name(qtbot, conn, monkeypatch, answer_yes, tmp_path):
    from asm_assoc.core.reports import incident_form
    from asm_assoc.gui.dialogs import report_preview

    incident_id = record(conn, incident(privacy=True, people=[hurt(None, name="Гантулга", sex="M", away=3)]))
    previews, renders = [], []
    monkeypatch.setattr(report_preview, "show_report_preview",
                        lambda title, render, parent, lang: previews.append((title, render)))
    monkeypatch.setattr(incident_form, "render_incident_form", lambda conn, out, **asked: renders.append(asked) or out)
    for actor, reveal in ((DIRECTOR, True), (TREASURER, False)):  # only a role that sees medical details is asked
        open_incident(qtbot, conn, actor, incident_id).ui.printButton.click()
        title, render = previews.pop()
        assert title == "Incident 2026-001"
        assert render("mn", tmp_path / "form.pdf", None) == tmp_path / "form.pdf"
        assert renders.pop() == {"actor": actor, "incident_id": incident_id, "lang": "mn", "reveal_names": reveal,
                                 "progress": None}
    assert len(answer_yes) == 1 and "privacy case" in answer_yes[0]


def test_in_the_people_list_enter_opens_a_person_and_delete_removes_them(qtbot, conn, monkeypatch):
    incident_id = record(conn, incident(people=[hurt(None, name="Гантулга", sex="M", away=3),
                                                hurt(None, name="Болд", sex="M", away=2)]))
    dialog = open_incident(qtbot, conn, incident_id=incident_id)
    table = dialog.ui.peopleTable
    dialog.ui.tabs.setCurrentWidget(dialog.ui.peopleTab)
    table.selectRow(1)
    opened = []
    answer_dialog(monkeypatch, IncidentPersonDialog, lambda person: opened.append(person.ui.nameEdit.text()))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened == ["Болд"] and dialog.result() != QDialog.DialogCode.Accepted  # Enter did not save
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [p.name for p in dialog.people] == ["Гантулга"] and table.rowCount() == 1
    assert dialog.has_changes() and len(book.get(conn, incident_id).people) == 2  # removed once saved
    dialog.save()
    assert [p.name for p in book.get(conn, incident_id).people] == ["Гантулга"]
