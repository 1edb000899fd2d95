"""The member form: typing with the keyboard saves a member; each field's problem is shown next to it."""

from __future__ import annotations

import pytest
from gui_helpers import type_text
from PySide6.QtCore import Qt

from asm_assoc.core import members
from asm_assoc.gui.dialogs.member_dialog import MemberDialog
from asm_assoc.gui.widgets.date_edit import OptionalDateEdit
from asm_assoc.gui.widgets.place_combos import select_code

# Closing a changed form asks whether to discard the changes; the tests' answer is yes.
pytestmark = pytest.mark.usefixtures("answer_yes")


def open_dialog(qtbot, conn, actor, member_id=None) -> MemberDialog:
    dialog = MemberDialog(conn, actor, member_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_member_typed_in_and_saved_with_enter_is_in_the_register(qtbot, conn, actor):
    dialog = open_dialog(qtbot, conn, actor)
    type_text(qtbot, dialog.ui.familyNameEdit, "Батбаяр")
    type_text(qtbot, dialog.ui.givenNameEdit, "Өлзий")
    type_text(qtbot, dialog.ui.regnumEdit, "уб99032218")
    type_text(qtbot, dialog.ui.phonesEdit, "99112233")
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.memberSaved):
        qtbot.keyClick(dialog.ui.phonesEdit, Qt.Key.Key_Return)

    [saved] = members.all_members(conn)
    assert (saved.family_name, saved.given_name, saved.member_no) == ("Батбаяр", "Өлзий", 1)
    # The РД was upper-cased, and sex and birth date were filled from it.
    assert (saved.regnum, saved.sex, saved.birth_date) == ("УБ99032218", "M", "1999-03-22")
    assert saved.phones == "99112233"
    assert (saved.aimag_code, saved.soum_code) == ("64", "64-03")  # the association's, by default


def test_ctrl_enter_saves_even_from_the_notes(qtbot, conn, actor):
    dialog = open_dialog(qtbot, conn, actor)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    type_text(qtbot, dialog.ui.familyNameEdit, "Батбаяр")
    type_text(qtbot, dialog.ui.givenNameEdit, "Сараа")
    select_code(dialog.ui.sexCombo, "F")
    dialog.ui.notesEdit.setFocus()
    qtbot.keyClick(dialog.ui.notesEdit, Qt.Key.Key_Return)  # a new line in the notes, not a save
    assert members.all_members(conn) == []
    with qtbot.waitSignal(dialog.memberSaved):
        qtbot.keyClick(dialog.ui.notesEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [m.given_name for m in members.all_members(conn)] == ["Сараа"]


def test_a_malformed_regnum_shows_its_error_beside_the_field_and_disables_save(qtbot, conn, actor):
    dialog = open_dialog(qtbot, conn, actor)
    type_text(qtbot, dialog.ui.familyNameEdit, "Батбаяр")
    type_text(qtbot, dialog.ui.givenNameEdit, "Өлзий")
    type_text(qtbot, dialog.ui.regnumEdit, "УБ9903")

    assert dialog.ui.regnumMessage.isVisible()
    assert "two Cyrillic letters and eight digits" in dialog.ui.regnumMessage.text()
    assert not dialog.save_button.isEnabled()
    assert "two Cyrillic letters" in dialog.ui.summaryLabel.text()

    type_text(qtbot, dialog.ui.regnumEdit, "2218")
    assert not dialog.ui.regnumMessage.isVisible()
    assert dialog.save_button.isEnabled()


def test_a_regnum_of_the_other_sex_warns_but_does_not_block_saving(qtbot, conn, actor):
    dialog = open_dialog(qtbot, conn, actor)
    type_text(qtbot, dialog.ui.familyNameEdit, "Батбаяр")
    type_text(qtbot, dialog.ui.givenNameEdit, "Сараа")
    select_code(dialog.ui.sexCombo, "F")
    type_text(qtbot, dialog.ui.regnumEdit, "УБ99032218")  # a man's number

    assert dialog.ui.regnumMessage.isVisible()
    assert "that of a man" in dialog.ui.regnumMessage.text()
    assert dialog.save_button.isEnabled()


def test_untouched_empty_fields_are_not_marked_but_the_summary_says_what_to_fix(qtbot, conn, actor):
    dialog = open_dialog(qtbot, conn, actor)
    assert not dialog.ui.familyNameMessage.isVisible()
    assert not dialog.save_button.isEnabled()
    assert "family name" in dialog.ui.summaryLabel.text()


def test_editing_a_member_changes_the_saved_record(qtbot, conn, actor, register):
    dialog = open_dialog(qtbot, conn, actor, register["Ус"])
    assert dialog.ui.givenNameEdit.text() == "Сараа"
    dialog.ui.givenNameEdit.clear()
    type_text(qtbot, dialog.ui.givenNameEdit, "Саруул")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert members.get(conn, register["Ус"]).given_name == "Саруул"


def test_a_member_number_in_use_is_refused_by_name(qtbot, conn, actor, register):
    dialog = open_dialog(qtbot, conn, actor)
    dialog.ui.memberNoSpin.setValue(members.get(conn, register["Олон"]).member_no)
    assert "already used by Олон Бат" in dialog.ui.memberNoMessage.text()
    assert not dialog.save_button.isEnabled()


def test_the_soum_list_follows_the_chosen_aimag(qtbot, conn, actor):
    dialog = open_dialog(qtbot, conn, actor)
    select_code(dialog.ui.aimagCombo, "11")  # Ulaanbaatar: its districts
    codes = {dialog.ui.soumCombo.itemData(i) for i in range(dialog.ui.soumCombo.count())}
    assert "64-03" not in codes and any(c.startswith("11-") for c in codes if c)
    assert dialog.places.soum_code() == ""


def test_a_date_is_typed_digit_by_digit_or_with_any_separator_and_delete_empties_it(qtbot):
    edit = OptionalDateEdit()
    qtbot.addWidget(edit)
    assert edit.iso() == ""
    qtbot.keyClicks(edit, "19850314")
    assert edit.iso() == "1985-03-14"
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert edit.iso() == ""
    qtbot.keyClicks(edit, "2001.2.3")
    assert edit.iso() == "2001-02-03"
    edit.set_iso("")
    qtbot.keyClicks(edit, "1999-11-9")
    assert edit.iso() == "1999-11-09"


def test_closing_a_changed_form_asks_before_discarding(qtbot, conn, actor, answer_yes):
    dialog = open_dialog(qtbot, conn, actor)
    dialog.reject()
    assert answer_yes == []  # nothing typed: closes without a question
    dialog = open_dialog(qtbot, conn, actor)
    type_text(qtbot, dialog.ui.familyNameEdit, "Бат")
    dialog.reject()
    assert len(answer_yes) == 1 and members.all_members(conn) == []


def test_opening_the_calendar_of_an_empty_date_shows_today_and_fills_in_nothing(qtbot):
    from PySide6.QtCore import QDate, QPoint

    edit = OptionalDateEdit()
    qtbot.addWidget(edit)
    edit.resize(200, 30)
    with qtbot.waitExposed(edit):
        edit.show()
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(edit.width() - 6, edit.height() // 2))
    qtbot.waitUntil(edit.calendarWidget().isVisible)
    assert edit.calendarWidget().selectedDate() == QDate.currentDate()
    assert edit.iso() == ""
    edit.calendarWidget().hide()
