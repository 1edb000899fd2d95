"""The treasurer's windows: a meeting typed through the grid with the keyboard, rules shown in the grid,
a group made in its dialog, a reversal from the ledger, the share-out."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QMessageBox
from savings_support import RULES, START, hold, lines, make_group

from asm_assoc.core import writes
from asm_assoc.core.savings import groups, ledger
from asm_assoc.gui.dialogs.group_dialog import GroupDialog
from asm_assoc.gui.dialogs.ledger_dialog import LedgerDialog
from asm_assoc.gui.dialogs.meeting_dialog import MeetingDialog
from asm_assoc.gui.dialogs.shareout_dialog import ShareoutDialog
from asm_assoc.gui.models.meeting_model import KEYS, PROBLEM_TINT
from asm_assoc.gui.pages.savings_page import SavingsPage

TREASURER = writes.Actor(None, "Сараа", "treasurer")
DAY = START + dt.timedelta(days=7)


@pytest.fixture
def group(conn):
    return make_group(conn, 3, rules=RULES)


def cycle_of(conn, group_id):
    return groups.current_cycle(conn, group_id)


def type_into(qtbot, grid, row: int, key: str, text: str) -> None:
    """Go to a cell and type a figure as the treasurer does: the keys, then Enter."""
    grid.setCurrentIndex(grid.model().index(row, KEYS.index(key)))
    qtbot.keyClicks(grid, text[0])
    editor = grid.focusWidget()
    assert editor is not grid  # typing opened the cell's editor, where the rest of the keys go
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # Qt commits an edited cell on Enter from its event queue


def test_a_meeting_typed_through_the_grid_is_written_as_typed(qtbot, conn, group):
    group_id, cycle_id, ids = group
    hold(conn, cycle_id, START, lines(ids, m0={"shares": 5}, m1={"shares": 5}, m2={"shares": 5}))
    dialog = MeetingDialog(conn, TREASURER, cycle_of(conn, group_id), today=DAY)
    qtbot.addWidget(dialog)
    dialog.show()
    grid = dialog.ui.grid
    # The grid starts with each member present, the least shares and the social fund contribution.
    assert [line.shares for line in dialog.model.lines] == [1, 1, 1]
    type_into(qtbot, grid, 0, "shares", "4")
    assert grid.currentIndex().row() == 1  # Enter went down to the next member
    type_into(qtbot, grid, 0, "loan", "12000")
    # Totals update as she types: 4 + 1 + 1 shares at 1,000; a 12,000 loan.
    assert "shares 6 (₮6,000)" in dialog.ui.totalsLabel.text()
    assert "loans given ₮12,000" in dialog.ui.totalsLabel.text()
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()  # the cash is not counted yet
    # 15,000 + 6,000 + 1,500 social − 12,000 = 10,500 expected in the box.
    assert dialog.plan.cash_expected == 10_500
    dialog.ui.countedSpin.setValue(10_500)
    assert save.isEnabled()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.result() == MeetingDialog.DialogCode.Accepted
    per = ledger.member_totals(conn, cycle_id)
    assert per[ids[0]].shares == 9 and per[ids[0]].loans == 12_000
    assert ledger.cycle_totals(conn, cycle_id).box == 10_500


def test_a_broken_rule_is_tinted_with_its_message_and_blocks_save(qtbot, conn, group):
    group_id, cycle_id, ids = group
    dialog = MeetingDialog(conn, TREASURER, cycle_of(conn, group_id), today=START)
    qtbot.addWidget(dialog)
    type_into(qtbot, dialog.ui.grid, 1, "shares", "9")
    index = dialog.model.index(1, KEYS.index("shares"))
    assert index.data(Qt.ItemDataRole.BackgroundRole).color() == PROBLEM_TINT
    assert "bought 9 shares; the constitution allows 1 to 5" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert "bought 9 shares" in dialog.ui.problemsLabel.text()
    dialog.ui.countedSpin.setValue(dialog.plan.cash_expected)
    assert not dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).isEnabled()


def test_marking_a_member_absent_clears_their_money(qtbot, conn, group):
    group_id, _, ids = group
    dialog = MeetingDialog(conn, TREASURER, cycle_of(conn, group_id), today=START)
    qtbot.addWidget(dialog)
    dialog.model.setData(dialog.model.index(2, KEYS.index("attendance")), "absent")
    line = dialog.model.lines[2]
    assert (line.attendance, line.shares, line.social) == ("absent", 0, 0)
    assert "Present 2 of 3" in dialog.ui.totalsLabel.text()


def test_a_cash_difference_asks_for_a_note_and_an_officer(qtbot, conn, group):
    group_id, cycle_id, ids = group
    dialog = MeetingDialog(conn, TREASURER, cycle_of(conn, group_id), today=START)
    qtbot.addWidget(dialog)
    assert not dialog.ui.noteEdit.isEnabled()
    dialog.ui.countedSpin.setValue(dialog.plan.cash_expected - 500)
    assert dialog.ui.noteEdit.isEnabled()
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    dialog.ui.noteEdit.setText("Дутсан")
    dialog.ui.confirmedCombo.setCurrentIndex(dialog.ui.confirmedCombo.findData(ids[2]))
    assert save.isEnabled()
    save.click()
    assert ledger.cycle_totals(conn, cycle_id).by_kind["cash_difference"] == -500


def test_a_group_made_in_its_dialog_has_its_rules_members_and_officers(qtbot, conn, actor):
    from savings_support import make_members

    ids = make_members(conn, 3)
    dialog = GroupDialog(conn, TREASURER, None, today=START)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.nameEdit.setText("Шинэ зам")
    ui.sharePriceSpin.setValue(2500)
    ui.methodCombo.setCurrentIndex(ui.methodCombo.findData("declining"))
    table = ui.membersTable
    for row in range(table.rowCount()):
        table.item(row, 0).setCheckState(Qt.CheckState.Checked)
    table.cellWidget(0, 3).setCurrentIndex(table.cellWidget(0, 3).findData("chair"))
    ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == GroupDialog.DialogCode.Accepted
    cycle = cycle_of(conn, dialog.group_id)
    assert (cycle.constitution.share_price, cycle.constitution.charge_method) == (2500, "declining")
    inside = groups.members_of(conn, dialog.group_id, on=START)
    assert {m.member_id for m in inside} == set(ids)
    assert [m.office for m in inside if m.office] == ["chair"]


def test_a_group_without_a_name_is_refused_in_the_dialog(qtbot, conn):
    dialog = GroupDialog(conn, TREASURER, None, today=START)
    qtbot.addWidget(dialog)
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert "Enter the group's name" in dialog.ui.messageLabel.text()
    assert groups.groups(conn) == []


def test_an_entry_is_reversed_from_the_ledger(qtbot, conn, group, monkeypatch):
    group_id, cycle_id, ids = group
    hold(conn, cycle_id, START, lines(ids, m0={"shares": 3}))
    dialog = LedgerDialog(conn, TREASURER, cycle_of(conn, group_id), today=START)
    qtbot.addWidget(dialog)
    row = next(i for i, e in enumerate(dialog.entries) if e.kind == "shares" and e.member_id == ids[0])
    dialog.ui.entriesTable.selectRow(row)
    assert dialog.ui.reverseButton.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("3 биш 2", True))
    dialog.ui.reverseButton.click()
    assert ledger.member_totals(conn, cycle_id)[ids[0]].shares == 0
    assert any("(reversed)" in dialog.ui.entriesTable.item(r, 3).text()
               for r in range(dialog.ui.entriesTable.rowCount()))


def test_share_out_from_its_dialog_closes_the_cycle(qtbot, conn, group, monkeypatch):
    group_id, cycle_id, ids = group
    hold(conn, cycle_id, START, lines(ids, m0={"shares": 5}, m1={"shares": 5}, m2={"shares": 5}))
    dialog = ShareoutDialog(conn, TREASURER, cycle_of(conn, group_id), today=DAY)
    qtbot.addWidget(dialog)
    assert "Pool ₮15,000" in dialog.ui.summaryLabel.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not groups.get_cycle(conn, cycle_id).is_open
    assert cycle_of(conn, group_id).number == 2


def test_the_page_shows_balances_and_a_viewer_cannot_keep_the_books(qtbot, conn, group):
    group_id, cycle_id, ids = group
    hold(conn, cycle_id, START, lines(ids, m0={"shares": 5}))
    page = SavingsPage(conn, writes.Actor(None, "v", "viewer"))
    qtbot.addWidget(page)
    assert "savings ₮7,000 (7 shares)" in page.ui.balancesLabel.text()
    assert page.ui.membersTable.rowCount() == 3
    assert not page.ui.meetingButton.isEnabled() and not page.ui.newGroupButton.isEnabled()
    assert page.ui.ledgerButton.isEnabled() and page.ui.reportsButton.isEnabled()
    treasurer = SavingsPage(conn, TREASURER)
    qtbot.addWidget(treasurer)
    assert treasurer.ui.meetingButton.isEnabled()
    assert not treasurer.ui.openingButton.isEnabled()  # money has moved: no opening balances any more


def test_tab_skips_the_columns_core_works_out(qtbot, conn, group):
    group_id, _, _ = group
    dialog = MeetingDialog(conn, TREASURER, cycle_of(conn, group_id), today=START)
    qtbot.addWidget(dialog)
    dialog.show()
    grid = dialog.ui.grid
    grid.setFocus()
    grid.setCurrentIndex(grid.model().index(0, KEYS.index("loan_months")))
    qtbot.keyClick(grid, Qt.Key.Key_Tab)
    assert (grid.currentIndex().row(), KEYS[grid.currentIndex().column()]) == (1, "attendance")
    qtbot.keyClick(grid, Qt.Key.Key_Backtab)
    assert (grid.currentIndex().row(), KEYS[grid.currentIndex().column()]) == (0, "loan_months")


def test_the_ledger_exports_from_the_page(qtbot, conn, group, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    group_id, cycle_id, ids = group
    hold(conn, cycle_id, START, lines(ids, m0={"shares": 2}))
    page = SavingsPage(conn, TREASURER)
    qtbot.addWidget(page)
    target = tmp_path / "ledger.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    page.export_ledger()
    assert told == ["3 entries written to ledger.csv."]  # the three members' share purchases
    rows = target.read_text(encoding="utf-8-sig").splitlines()
    assert len(rows) == 4 and ",Бат Оюун,Shares bought,shares,2,2000," in rows[1]
