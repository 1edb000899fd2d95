"""Logging in, the first director account and its recovery code, the idle lock, the users and History
dialogs, and what a viewer sees."""

from __future__ import annotations

import pytest
from credentials import DIRECTOR_LOGIN, DIRECTOR_PASSWORD
from gui_helpers import type_text
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from asm_assoc.core import accounts, members
from asm_assoc.gui import sign_in as sign_in_module
from asm_assoc.gui.dialogs.account_dialogs import AccountDialog, LoginDialog, RecoveryCodeDialog
from asm_assoc.gui.dialogs.history_dialog import HistoryDialog
from asm_assoc.gui.dialogs.member_dialog import MemberDialog
from asm_assoc.gui.main_window import MainWindow
from asm_assoc.gui.pages.members_page import MembersPage


def _login(qtbot, dialog: LoginDialog, login: str, password: str) -> None:
    dialog.ui.loginEdit.setText(login)
    dialog.ui.passwordEdit.setText(password)
    if dialog.isVisible():
        qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)  # Enter logs in
    else:
        dialog.try_login()


def test_a_wrong_password_is_said_plainly_and_the_right_one_logs_in(qtbot, conn, director):
    dialog = LoginDialog(conn)
    qtbot.addWidget(dialog)
    dialog.show()
    _login(qtbot, dialog, DIRECTOR_LOGIN, "wrong")
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.ui.messageLabel.text() == "The login or the password is wrong."
    _login(qtbot, dialog, DIRECTOR_LOGIN, DIRECTOR_PASSWORD)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.user.id == director.id


def test_after_five_wrong_passwords_the_dialog_says_how_long_to_wait(qtbot, conn, director):
    dialog = LoginDialog(conn)
    qtbot.addWidget(dialog)
    for _ in range(accounts.FREE_ATTEMPTS):
        _login(qtbot, dialog, DIRECTOR_LOGIN, "wrong")
    _login(qtbot, dialog, DIRECTOR_LOGIN, DIRECTOR_PASSWORD)
    assert "Too many wrong passwords. Wait 0:" in dialog.ui.messageLabel.text()
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_the_first_start_makes_the_director_and_shows_the_recovery_code_once(qtbot, conn, monkeypatch):
    shown = []
    monkeypatch.setattr(sign_in_module, "show_recovery_code", lambda c, code, user, parent: shown.append(code))

    def fill(dialog: AccountDialog) -> int:
        assert dialog.first and not dialog.ui.roleCombo.isEnabled()
        type_text(qtbot, dialog.ui.nameEdit, "Б. Сарантуяа")
        dialog.ui.loginEdit.setText("saraa")
        dialog.ui.passwordEdit.setText("Алтан-2026")
        dialog.ui.repeatEdit.setText("Алтан-2025")
        dialog.save()
        assert "not the same" in dialog.ui.messageLabel.text() and not accounts.has_accounts(conn)
        dialog.ui.repeatEdit.setText("Алтан-2026")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(AccountDialog, "exec", fill)
    actor = sign_in_module.sign_in(conn)
    assert actor is not None and actor.role == "director" and actor.name == "Б. Сарантуяа"
    assert len(shown) == 1 and accounts.reset_with_recovery_code(conn, "saraa", shown[0], "Шинэ-нууц-үг")


def test_the_recovery_code_dialog_closes_only_once_the_code_is_kept(qtbot, conn, director):
    dialog = RecoveryCodeDialog(conn, "1234-5678", director)
    qtbot.addWidget(dialog)
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.ui.codeLabel.text() == "1234-5678" and not ok.isEnabled()
    dialog.reject()  # Escape does not skip it
    assert dialog.result() != QDialog.DialogCode.Rejected or not dialog.ui.keptCheck.isChecked()
    dialog.ui.keptCheck.setChecked(True)
    assert ok.isEnabled()


def test_a_new_user_must_choose_a_password_before_going_on(qtbot, conn, director, monkeypatch):
    accounts.add_user(conn, director.actor(), "Д. Болд", "bold", "secretary", "Эхний-нууц-үг")

    def log_in(dialog: LoginDialog) -> int:
        _login(qtbot, dialog, "bold", "Эхний-нууц-үг")
        return dialog.result()

    asked = []

    def choose(dialog) -> int:  # type: ignore[no-untyped-def]
        asked.append(dialog.forced)
        dialog.ui.currentEdit.setText("Эхний-нууц-үг")
        dialog.ui.newEdit.setText("Болдын-нууц-үг")
        dialog.ui.repeatEdit.setText("Болдын-нууц-үг")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(LoginDialog, "exec", log_in)
    monkeypatch.setattr(sign_in_module.PasswordDialog, "exec", choose)
    actor = sign_in_module.sign_in(conn)
    assert asked == [True] and actor is not None and actor.role == "secretary"
    assert not accounts.login(conn, "bold", "Болдын-нууц-үг").must_change_password


@pytest.fixture
def window(qtbot, conn, director, db_path, options, register):
    w = MainWindow(conn, db_path, director.actor(), options)
    qtbot.addWidget(w)
    w.show()
    yield w
    if w.idle_lock is not None:
        w.idle_lock.stop()


def test_the_idle_lock_covers_the_windows_and_keeps_unsaved_work(qtbot, window, conn):
    form = MemberDialog(conn, window.actor, None, window)  # the window owns it (and closes it)
    form.show()
    type_text(qtbot, form.ui.familyNameEdit, "Дорж")
    window.idle_lock.timer.setInterval(30)
    window.idle_lock.timer.start()
    qtbot.waitUntil(lambda: window.idle_lock.is_locked, timeout=3000)
    lock = window.idle_lock.dialog
    assert isinstance(lock, LoginDialog) and lock.isVisible() and not lock.ui.loginEdit.isEnabled()
    covered = {cover.parentWidget() for cover in window.idle_lock.covers}
    assert window in covered and form in covered
    assert all(cover.isVisible() for cover in window.idle_lock.covers)
    # A wrong password keeps it locked; the right one gives everything back as it was.
    lock.ui.passwordEdit.setText("wrong")
    lock.try_login()
    assert window.idle_lock.is_locked
    lock.ui.passwordEdit.setText(DIRECTOR_PASSWORD)
    lock.try_login()
    assert not window.idle_lock.is_locked and window.idle_lock.covers == []
    assert form.isVisible() and form.ui.familyNameEdit.text() == "Дорж"


def test_activity_puts_the_idle_lock_off(qtbot, window):
    window.idle_lock.timer.setInterval(400)
    window.idle_lock.timer.start()
    for _ in range(6):
        qtbot.wait(100)
        qtbot.mouseMove(window.members_page.view, QPoint(10 + _, 10))
        QApplication.processEvents()
    assert not window.idle_lock.is_locked


def test_a_viewer_sees_masked_numbers_and_cannot_add_members(qtbot, conn, director, register, options, db_path):
    viewer = accounts.add_user(conn, director.actor(), "Үзэгч", "uzegch", "viewer", "Эхний-нууц-үг").actor()
    w = MainWindow(conn, db_path, viewer, options)
    qtbot.addWidget(w)
    page: MembersPage = w.members_page
    shown = {page.model.index(r, 2).data() for r in range(page.model.rowCount())}
    assert shown and all(text.endswith("••••••••") for text in shown)
    assert not w.new_member_action.isEnabled() and not w.users_action.isEnabled()
    assert not w.backup_action.isEnabled() and w.roster_action.isEnabled()
    page.search.setText("90121524")  # Туяа's РД: a viewer cannot find her by it
    page.apply_filter()
    assert page.model.rowCount() == 0
    w.idle_lock.stop()


def test_a_viewer_opens_a_member_read_only(qtbot, conn, director, register):
    viewer = accounts.add_user(conn, director.actor(), "Үзэгч", "uzegch", "viewer", "Эхний-нууц-үг").actor()
    form = MemberDialog(conn, viewer, register["Ус"])
    qtbot.addWidget(form)
    assert form.read_only and not form.save_button.isVisible() and not form.ui.familyNameEdit.isEnabled()
    assert form.ui.regnumEdit.text() == "УБ••••••••"


def test_history_lists_a_members_changes_and_filters_by_user(qtbot, conn, director, register):
    boss = director.actor()
    clerk = accounts.add_user(conn, boss, "Д. Болд", "bold", "secretary", "Эхний-нууц-үг").actor()
    m = members.get(conn, register["Ус"])
    m.phones = "99112233"
    members.save(conn, clerk, m)
    dialog = HistoryDialog(conn, boss, "member", m.id, "Member no. 0003, Ус Сараа")
    qtbot.addWidget(dialog)
    grid = dialog.ui.historyTable
    assert grid.rowCount() == 2
    assert grid.item(0, 1).text() == "Д. Болд" and grid.item(0, 3).text() == "Phone: — → 99112233"
    dialog.ui.userCombo.setCurrentIndex(dialog.ui.userCombo.findData("Д. Болд"))
    assert grid.rowCount() == 1
    assert dialog.ui.printButton.isEnabled()
