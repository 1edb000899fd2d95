"""The payments page and its windows: a payment typed in, a line refused where it is, a receipt and a
remittance reversed, money passed on, a member's obligations, a new rate, what a viewer may do, and the
printouts opened from the page."""

from __future__ import annotations

import pytest
from gui_helpers import type_text
from incident_support import add_member
from payment_support import TODAY, authority, code, enrol, pay, rates, remit
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox

from asm_assoc.core import accounts, association, writes
from asm_assoc.core.payments import collections, enrolments, remittances
from asm_assoc.gui.dialogs.member_obligations_dialog import MemberObligationsDialog
from asm_assoc.gui.dialogs.payment_dialog import AMOUNT, PROBLEM, PaymentDialog
from asm_assoc.gui.dialogs.rates_dialog import ObligationForm, RatesDialog
from asm_assoc.gui.dialogs.remittance_dialog import RemittanceDialog
from asm_assoc.gui.pages.payment_lists import SummaryChoice
from asm_assoc.gui.pages.payments_page import PaymentsPage

TREASURER = writes.Actor(None, "Сараа", "treasurer")
HEALTH = 15_840  # 2 % of the minimum wage of 792,000 a month


@pytest.fixture
def oyun(conn) -> str:
    """Owes health insurance from October: October and November are open."""
    member = add_member(conn, "Бат", "Оюун", "F")
    enrol(conn, member, "health", "2026-10")
    return member


@pytest.fixture
def no_receipt_now(monkeypatch) -> list[str]:
    """"Open the receipt to print it?" is answered No; returns the questions asked."""
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _parent, _title, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.No)
    return asked


def answer_dialog(monkeypatch, cls, fill) -> None:
    """Run `fill(dialog)` as the person instead of showing the modal dialog of class `cls`."""
    def exec_(dialog):
        dialog.show()
        fill(dialog)
        dialog.hide()
        return dialog.result()

    monkeypatch.setattr(cls, "exec", exec_)


def shown_page(qtbot, conn, actor=TREASURER) -> PaymentsPage:
    page = PaymentsPage(conn, actor, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    return page


def held(page: PaymentsPage, authority_code: str) -> str:
    return page.balances.held_labels[authority(page.conn, authority_code)].text()


def receipts(conn) -> list[collections.Collection]:
    return collections.listing(conn, association.current_id(conn))


def type_into_grid(qtbot, grid, text: str) -> None:
    """Type a figure into the current cell and press Enter, as at a spreadsheet."""
    qtbot.keyClick(grid, text[0])  # the first key opens the cell's editor and goes into it
    editor = grid.indexWidget(grid.currentIndex())
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the figure is kept once Qt has closed the editor


# Recording a payment -------------------------------------------------------------------------------------

def test_a_payment_typed_at_the_keyboard_writes_one_receipt_and_the_held_balance_goes_up(
        qtbot, conn, oyun, monkeypatch, no_receipt_now):
    page = shown_page(qtbot, conn)
    assert held(page, "social_insurance") == "₮0"
    assert page.model.rows[0].owed == HEALTH  # October has ended unpaid

    def pay_part_of_october(dialog: PaymentDialog) -> None:
        grid = dialog.grid
        assert dialog.member_id() == oyun and grid.currentIndex().column() == AMOUNT
        assert [(line.open.period, line.checked, line.amount) for line in dialog.model.lines] == [
            ("2026-10", True, HEALTH), ("2026-11", True, HEALTH)]
        type_into_grid(qtbot, grid, "10000")  # October, in part; Enter goes down to November
        qtbot.keyClick(grid, Qt.Key.Key_Space)  # November is not paid this time
        assert dialog.total_label.text() == "Total: ₮10,000"
        qtbot.keyClicks(dialog.note_edit, "cash at the office")
        qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)  # Enter in a one-line field saves

    answer_dialog(monkeypatch, PaymentDialog, pay_part_of_october)
    page.buttons["pay"].click()
    [receipt] = receipts(conn)
    assert (receipt.receipt_no, receipt.amount, receipt.note) == ("2026-0001", 10_000, "cash at the office")
    assert collections.get(conn, receipt.id).lines == [collections.Line(code(conn, "health"), "2026-10", 10_000)]
    assert held(page, "social_insurance") == "₮10,000"
    assert no_receipt_now == ["Receipt 2026-0001 is saved: ₮10,000 from Бат Оюун. Open the receipt to print it?"]
    assert page.receipt_table.rowCount() == 1 and page.receipt_table.item(0, 0).text() == "2026-0001"


def test_a_line_above_what_is_owed_is_refused_at_its_line_and_nothing_is_written(qtbot, conn, oyun):
    dialog = PaymentDialog(conn, TREASURER, oyun, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into_grid(qtbot, dialog.grid, "20000")
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)
    problem = "Only ₮15,840 is still owed for Health insurance for Oct 2026."
    assert dialog.model.data(dialog.model.index(0, PROBLEM)) == problem
    assert dialog.model.data(dialog.model.index(1, PROBLEM)) == ""
    assert not dialog.grid.isColumnHidden(PROBLEM)
    assert "Correct the lines marked in red." in dialog.messages.labels["lines"].text()
    assert dialog.result() != QDialog.DialogCode.Accepted and receipts(conn) == []
    dialog.grid.setCurrentIndex(dialog.model.index(0, AMOUNT))
    type_into_grid(qtbot, dialog.grid, "15840")  # corrected: the problem goes as it is fixed
    assert dialog.model.data(dialog.model.index(0, PROBLEM)) == "" and dialog.grid.isColumnHidden(PROBLEM)


def test_ctrl_enter_keeps_the_amount_still_being_typed(qtbot, conn, oyun):
    dialog = PaymentDialog(conn, TREASURER, oyun, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.grid, "9")
    qtbot.keyClicks(dialog.grid.indexWidget(dialog.grid.currentIndex()), "000")
    dialog.save()  # Ctrl+Enter, the editor still open
    [receipt] = receipts(conn)
    assert receipt.amount == 9_000 + HEALTH


def test_the_member_is_found_by_typing_part_of_the_name(qtbot, conn, oyun):
    add_member(conn, "Дорж", "Болд", "M")
    dialog = PaymentDialog(conn, TREASURER, None, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.member_id() is None and dialog.model.rowCount() == 0
    dialog.member_combo.lineEdit().setText("оюу")
    dialog.member_combo.lineEdit().editingFinished.emit()
    assert dialog.member_id() == oyun and dialog.model.rowCount() == 2


def test_months_ahead_are_added_ticked_for_an_advance_payment(qtbot, conn, oyun):
    dialog = PaymentDialog(conn, TREASURER, oyun, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.ahead_button.click()
    dialog.ahead_button.click()
    assert [(line.open.period, line.checked) for line in dialog.model.lines] == [
        ("2026-10", True), ("2026-11", True), ("2026-12", True), ("2027-01", True)]
    assert dialog.total_label.text() == f"Total: ₮{4 * HEALTH:,}"


# Reversals -----------------------------------------------------------------------------------------------

def test_reversing_a_receipt_asks_why_and_the_balance_goes_back(qtbot, conn, oyun, monkeypatch, messages):
    pay(conn, oyun, ("health", "2026-10", HEALTH))
    page = shown_page(qtbot, conn)
    assert held(page, "social_insurance") == f"₮{HEALTH:,}"
    asked = []
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda _parent, _title, label, *a: asked.append(label) or ("Өөр гишүүнийх", True))
    page.receipt_table.selectRow(0)
    page.buttons["reverse_receipt"].click()
    assert asked == ["Why is receipt 2026-0001 (₮15,840, Бат Оюун) reversed?\nThe receipt stays in the books, "
                     "marked cancelled."]
    assert held(page, "social_insurance") == "₮0" and messages == []
    table = page.receipt_table
    assert [table.item(row, 5).text() for row in range(2)] == ["reverses 2026-0001", "✗ cancelled"]
    table.selectRow(1)
    assert not page.buttons["reverse_receipt"].isEnabled()  # reversed already


def test_a_receipt_already_passed_on_is_not_reversed_and_core_says_why(qtbot, conn, oyun, monkeypatch, messages):
    pay(conn, oyun, ("health", "2026-10", HEALTH))
    remit(conn, "social_insurance", [remittances.Item(oyun, code(conn, "health"), "2026-10", HEALTH)])
    page = shown_page(qtbot, conn)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a: ("mistake", True))
    page.receipt_table.selectRow(0)
    page.buttons["reverse_receipt"].click()
    assert messages == [("warning", "Part of receipt 2026-0001 was already passed on to the authority (Oct 2026). "
                                    "Reverse that remittance first.")]
    assert len(receipts(conn)) == 1
    page.lists.setCurrentIndex(1)
    page.remittance_table.selectRow(0)
    page.buttons["reverse_remittance"].click()
    assert held(page, "social_insurance") == f"₮{HEALTH:,}"  # the money shows as held again


# Passing money on ----------------------------------------------------------------------------------------

def test_a_remittance_of_the_ticked_items_lowers_what_is_held_by_their_total(qtbot, conn, oyun, monkeypatch):
    bold = add_member(conn, "Дорж", "Болд", "M")
    enrol(conn, bold, "health", "2026-10")
    for member in (oyun, bold):
        pay(conn, member, ("health", "2026-10", HEALTH), ("health", "2026-11", HEALTH))
    page = shown_page(qtbot, conn)
    assert held(page, "social_insurance") == f"₮{4 * HEALTH:,}"

    def pass_on_all_but_one(dialog: RemittanceDialog) -> None:
        dialog.authority_combo.setCurrentIndex(dialog.authority_combo.findData(authority(conn, "social_insurance")))
        tree = dialog.tree
        assert tree.topLevelItemCount() == 2 and len(dialog.chosen()) == 4  # everything held is ticked
        tree.setFocus()
        tree.setCurrentItem(tree.topLevelItem(1).child(1))  # Болд's November waits
        qtbot.keyClick(tree, Qt.Key.Key_Space)
        assert dialog.total_label.text() == f"To pass on: ₮{3 * HEALTH:,} of ₮{4 * HEALTH:,} held for these periods."
        assert tree.topLevelItem(1).text(1) == f"₮{HEALTH:,}"
        type_text(qtbot, dialog.receipt_edit, "НД-0457")
        qtbot.keyClick(dialog.receipt_edit, Qt.Key.Key_Return)

    answer_dialog(monkeypatch, RemittanceDialog, pass_on_all_but_one)
    page.buttons["remit"].click()
    assert held(page, "social_insurance") == f"₮{HEALTH:,}"
    [made] = remittances.listing(conn, association.current_id(conn))
    assert (made.receipt_no, made.amount) == ("НД-0457", 3 * HEALTH)
    assert page.remittance_table.item(0, 2).text() == "НД-0457"


def test_a_remittance_needs_the_offices_receipt_number(qtbot, conn, oyun):
    pay(conn, oyun, ("health", "2026-10", HEALTH))
    dialog = RemittanceDialog(conn, TREASURER, authority_id=authority(conn, "social_insurance"), today=TODAY)
    qtbot.addWidget(dialog)
    dialog.save()
    assert dialog.messages.labels["receipt_no"].text() == "Write the number of the receipt the authority gave."
    assert remittances.listing(conn, association.current_id(conn)) == []


# A member's obligations and the rates --------------------------------------------------------------------

def test_an_income_below_the_minimum_wage_shows_the_warning(qtbot, conn, oyun):
    dialog = MemberObligationsDialog(conn, TREASURER, oyun, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.obligation_combo.setCurrentIndex(dialog.obligation_combo.findData(code(conn, "social")))
    dialog.income_spin.selectAll()  # as Tab into the field does
    qtbot.keyClicks(dialog.income_spin, "600000")
    warning = "⚠ Below the minimum wage (₮792,000): the amount is worked out on the minimum wage."
    assert dialog.warning_label.text() == warning and dialog.warning_label.isVisible()
    dialog.add_button.click()
    [social] = [e for e in enrolments.for_member(conn, oyun) if e.obligation_id == code(conn, "social")]
    assert (social.from_month, social.declared_income) == ("2026-11", 600_000)
    row = [r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 3).text() == "₮600,000"][0]
    assert dialog.table.item(row, 4).text() == warning
    assert "Voluntary social insurance for Nov 2026: ₮106,920" in dialog.due_label.text()  # 13.5 % of the wage


def test_a_new_rate_from_a_month_changes_what_is_shown_as_due(qtbot, conn, oyun, monkeypatch):
    before = MemberObligationsDialog(conn, TREASURER, oyun, today=TODAY)
    qtbot.addWidget(before)
    assert "Health insurance for Nov 2026: ₮15,840" in before.due_label.text()
    dialog = RatesDialog(conn, TREASURER, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.obligation_list.setCurrentRow(list(dialog.rates.obligations).index(code(conn, "health")))

    def three_percent_from_november(form: ObligationForm) -> None:
        form.from_edit.set_month("2026-11")
        [row] = form.rows
        row.value.clear()
        qtbot.keyClicks(row.value, "3")
        qtbot.keyClick(row.value, Qt.Key.Key_Return)

    answer_dialog(monkeypatch, ObligationForm, three_percent_from_november)
    dialog.buttons["rate"].click()
    assert dialog.versions.item(0, 0).text() == "Nov 2026"
    assert dialog.versions.item(0, 2).text() == "3% of the minimum wage"
    after = MemberObligationsDialog(conn, TREASURER, oyun, today=TODAY)
    qtbot.addWidget(after)
    assert "Health insurance for Nov 2026: ₮23,760" in after.due_label.text()
    assert [p.due for p in collections.open_periods(conn, rates(conn), oyun, "2026-11")] == [HEALTH, 23_760]


def test_a_rate_with_a_percentage_that_is_not_a_number_is_refused_at_the_parts(qtbot, conn):
    r = rates(conn)
    form = ObligationForm(conn, TREASURER, r, r.by_code("health"), today=TODAY)
    qtbot.addWidget(form)
    form.rows[0].value.setText("три")
    form.save()
    assert form.messages.labels["parts"].text() == "Write a percentage like 13.5 and an amount in whole tögrög."
    assert len(rates(conn).versions[code(conn, "health")]) == 2  # nothing was written


# What a viewer may do ------------------------------------------------------------------------------------

def test_a_viewer_sees_the_payments_but_cannot_press_the_write_buttons(qtbot, conn, director, oyun):
    pay(conn, oyun, ("health", "2026-10", HEALTH))
    viewer = accounts.add_user(conn, director.actor(), "Үзэгч", "uzegch", "viewer", "Эхний-нууц-үг").actor()
    page = shown_page(qtbot, conn, viewer)
    page.receipt_table.selectRow(0)
    assert held(page, "social_insurance") == f"₮{HEALTH:,}" and page.model.rowCount() == 1
    for key in ("pay", "remit", "reverse_receipt", "reverse_remittance"):
        assert not page.buttons[key].isEnabled(), key
    assert page.buttons["obligations"].isEnabled() and page.buttons["rates"].isEnabled()  # to read
    obligations_dialog = MemberObligationsDialog(conn, viewer, oyun, today=TODAY)
    qtbot.addWidget(obligations_dialog)
    assert not obligations_dialog.adding.isEnabled() and not obligations_dialog.remove_button.isEnabled()
    rates_dialog = RatesDialog(conn, viewer, today=TODAY)
    qtbot.addWidget(rates_dialog)
    assert not any(button.isEnabled() for button in rates_dialog.buttons.values())


# The printouts -------------------------------------------------------------------------------------------

def test_each_printout_opens_in_the_preview_and_renders(qtbot, conn, oyun, monkeypatch, tmp_path):
    pay(conn, oyun, ("health", "2026-10", HEALTH))
    page = shown_page(qtbot, conn)
    page.receipt_table.selectRow(0)
    opened = []
    monkeypatch.setattr("asm_assoc.gui.dialogs.report_preview.show_report_preview",
                        lambda title, render, parent, lang: opened.append((title, render)))
    monkeypatch.setattr(SummaryChoice, "exec", lambda self: QDialog.DialogCode.Accepted)
    for action in page.print_menu.actions():
        action.trigger()
    assert [title for title, _render in opened] == ["Arrears", "Summary for an authority",
                                                    "Yearly contribution by sex", "Member statement", "Receipt"]
    for n, (_title, render) in enumerate(opened):
        out = render("en", tmp_path / f"{n}.pdf", lambda done, total: None)
        assert out.read_bytes().startswith(b"%PDF")


def test_the_export_writes_the_receipts_and_the_summary_of_an_authority(qtbot, conn, oyun, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    pay(conn, oyun, ("health", "2026-10", HEALTH), ("health", "2026-11", HEALTH))
    page = shown_page(qtbot, conn)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    social = authority(conn, "social_insurance")

    def social_insurance_for_the_year(choice: SummaryChoice) -> QDialog.DialogCode:
        choice.authority.setCurrentIndex(choice.authority.findData(social))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SummaryChoice, "exec", social_insurance_for_the_year)
    for n, action in enumerate(page.export_menu.actions()):
        target = tmp_path / f"{n}.csv"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, target=target, **k: (str(target), ""))
        action.trigger()
        assert target.exists()
    assert told[0] == "2 rows written to 0.csv."  # one line a period of the one receipt
    assert "Бат Оюун" in (tmp_path / "3.csv").read_text(encoding="utf-8-sig")  # the summary for the office


def test_switching_the_language_redraws_the_page(qtbot, qapp, conn, oyun):
    from PySide6.QtCore import QEvent

    from asm_assoc.core import i18n

    pay(conn, oyun, ("health", "2026-10", HEALTH))
    page = shown_page(qtbot, conn)
    assert page.receipt_table.item(0, 1).text() == "Nov 2, 2026"
    i18n.set_language("mn")  # only this page hears of it: other tests' windows may hold closed databases
    qapp.sendEvent(page, QEvent(QEvent.Type.LanguageChange))
    assert page.receipt_table.item(0, 1).text() == "2026.11.02"
    assert held(page, "social_insurance") == "15,840 ₮"
    assert page.model.data(page.model.index(0, 1)) == "Бат Оюун"


def test_the_arrears_print_in_the_order_the_list_is_sorted(qtbot, conn, oyun, monkeypatch):
    from asm_assoc.core.reports import payment_arrears
    from asm_assoc.gui.models import payment_members

    page = shown_page(qtbot, conn)
    asked = []
    monkeypatch.setattr("asm_assoc.gui.dialogs.report_preview.show_report_preview",
                        lambda title, render, parent, lang: render("en", None, None))
    monkeypatch.setattr(payment_arrears, "render_arrears", lambda *a, sort, **k: asked.append(sort))
    for column in (payment_members.OWED, payment_members.NAME, payment_members.NUMBER):
        page.members.sortByColumn(column, Qt.SortOrder.DescendingOrder)
        page.print_arrears()
    assert asked == ["amount", "name", "number"]

