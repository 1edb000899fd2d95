"""Logging in and the account dialogs: the login (also the idle lock's unlock), a new account (the
director's at first start, or one the director adds), a password change or reset, and the recovery code
shown once. Every rule (password length, wrong-password delay, roles) is core's; these only ask and show."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from asm_assoc.core import access, accounts, writes
from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import N_, _, active
from asm_assoc.core.progress import Progress
from asm_assoc.gui.forms.ui_account_dialog import Ui_AccountDialog
from asm_assoc.gui.forms.ui_login_dialog import Ui_LoginDialog
from asm_assoc.gui.forms.ui_password_dialog import Ui_PasswordDialog
from asm_assoc.gui.forms.ui_recovery_code_dialog import Ui_RecoveryCodeDialog

NOT_THE_SAME = N_("The two passwords are not the same.")


def _show_error(label: QLabel, error: UserError | None) -> None:
    label.setText(error.text() if error else "")


def _ok_button(box: QDialogButtonBox) -> QWidget:
    return box.button(QDialogButtonBox.StandardButton.Ok)


class LoginDialog(QDialog):
    """Login and password. With `locked_user` it unlocks the window for that person only."""

    def __init__(self, conn: sqlite3.Connection, parent: QWidget | None = None, *,
                 locked_user: accounts.User | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.conn, self.locked_user = conn, locked_user
        self.user: accounts.User | None = None
        self.ui.buttonBox.accepted.connect(self.try_login)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.forgotButton.clicked.connect(self.forgot)
        self._retranslate()
        if locked_user is not None:
            self.ui.loginEdit.setText(locked_user.login)
            self.ui.loginEdit.setEnabled(False)
            self.ui.forgotButton.setVisible(locked_user.role == access.DIRECTOR)
            self.ui.passwordEdit.setFocus()
        else:
            self.ui.loginEdit.setFocus()

    def _retranslate(self) -> None:
        if self.locked_user is not None:
            self.setWindowTitle(_("Locked"))
            self.ui.introLabel.setText(_("The window was locked after a while without use. {name}, enter your "
                                         "password to go on; nothing you were doing is lost.").format(
                name=self.locked_user.name))
            self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(_("Close the program"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "locked_user"):
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def try_login(self) -> None:
        login, password = self.ui.loginEdit.text(), self.ui.passwordEdit.text()
        try:
            if self.locked_user is not None:
                self.user = accounts.confirm_password(self.conn, self.locked_user.actor(), password)
            else:
                self.user = accounts.login(self.conn, login, password)
        except UserError as exc:
            _show_error(self.ui.messageLabel, exc)
            self.ui.passwordEdit.selectAll()
            self.ui.passwordEdit.setFocus()
            return
        self.ui.passwordEdit.clear()  # the lock dialog is shown again later: never with the password in it
        self.accept()

    def forgot(self) -> None:
        dialog = PasswordDialog(self.conn, PasswordDialog.RECOVER, self, login=self.ui.loginEdit.text())
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.user is not None:
            show_recovery_code(self.conn, dialog.new_code or "", dialog.user, self)
            self.user = dialog.user
            self.accept()


class AccountDialog(QDialog):
    """A new account: the director's at first start (`first=True`), or one the director adds."""

    def __init__(self, conn: sqlite3.Connection, parent: QWidget | None = None, *, first: bool = False,
                 actor: writes.Actor | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AccountDialog()
        self.ui.setupUi(self)
        self.conn, self.first, self.actor = conn, first, actor
        self.user: accounts.User | None = None
        self.recovery_code: str | None = None
        for role, label in access.ROLES.items():
            self.ui.roleCombo.addItem(_(label), role)
        self.ui.roleCombo.setCurrentIndex(self.ui.roleCombo.findData(access.DIRECTOR if first else access.VIEWER))
        self.ui.roleCombo.setEnabled(not first)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._retranslate()
        self.ui.nameEdit.setFocus()

    def _retranslate(self) -> None:
        if self.first:
            self.setWindowTitle(_("The director's account"))
            self.ui.introLabel.setText(_(
                "Welcome. First make the account of the association's executive director: everyone logs in "
                "to use the program, and the director adds the others. Choose a password of at least {count} "
                "characters that others cannot guess.").format(count=accounts.MIN_PASSWORD_LENGTH))
        else:
            self.setWindowTitle(_("New user"))
            self.ui.introLabel.setText(_(
                "The password you give here is for the first login only: the person then chooses their own."))

    def save(self) -> None:
        name, login = self.ui.nameEdit.text(), self.ui.loginEdit.text()
        password = self.ui.passwordEdit.text()
        if password != self.ui.repeatEdit.text():
            _show_error(self.ui.messageLabel, UserError(NOT_THE_SAME))
            return
        try:
            if self.first:
                self.user, self.recovery_code = accounts.create_director(self.conn, name, login, password)
            else:
                assert self.actor is not None
                self.user = accounts.add_user(self.conn, self.actor, name, login, self.ui.roleCombo.currentData(),
                                              password)
        except UserError as exc:
            _show_error(self.ui.messageLabel, exc)
            return
        self.accept()


class PasswordDialog(QDialog):
    """CHANGE: a person changes their own password (also forced at first login). SET: the director gives
    someone a new one. RECOVER: the director sets one with the recovery code."""

    CHANGE, SET, RECOVER = "change", "set", "recover"

    def __init__(self, conn: sqlite3.Connection, mode: str, parent: QWidget | None = None, *,
                 actor: writes.Actor | None = None, target: accounts.User | None = None, login: str = "",
                 forced: bool = False) -> None:
        super().__init__(parent)
        self.ui = Ui_PasswordDialog()
        self.ui.setupUi(self)
        self.conn, self.mode, self.actor, self.target, self.forced = conn, mode, actor, target, forced
        self.user: accounts.User | None = None
        self.new_code: str | None = None
        form = self.ui.passwordForm
        form.setRowVisible(self.ui.loginEdit, mode == self.RECOVER)
        form.setRowVisible(self.ui.currentEdit, mode != self.SET)
        if mode == self.RECOVER:
            self.ui.loginEdit.setText(login)
            self.ui.currentEdit.setEchoMode(QLineEdit.EchoMode.Normal)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._retranslate()
        (self.ui.loginEdit if mode == self.RECOVER and not login else
         self.ui.newEdit if mode == self.SET else self.ui.currentEdit).setFocus()

    def _retranslate(self) -> None:
        ui = self.ui
        if self.mode == self.RECOVER:
            self.setWindowTitle(_("Forgot the password"))
            ui.introLabel.setText(_("Type the director's login and the recovery code that was printed when the "
                                    "account was made, then choose a new password."))
            ui.currentLabel.setText(_("&Recovery code:"))
        elif self.mode == self.SET:
            self.setWindowTitle(_("New password"))
            ui.introLabel.setText(_("A new password for {name}, for their next login only: they then choose "
                                    "their own.").format(name=self.target.name if self.target else ""))
        else:
            self.setWindowTitle(_("Change the password"))
            ui.introLabel.setText(_("Choose your own password before you go on: the one you were given is "
                                    "for the first login only.") if self.forced else
                                  _("Type your present password, then the new one twice."))

    def save(self) -> None:
        new = self.ui.newEdit.text()
        if new != self.ui.repeatEdit.text():
            _show_error(self.ui.messageLabel, UserError(NOT_THE_SAME))
            return
        try:
            if self.mode == self.RECOVER:
                self.user, self.new_code = accounts.reset_with_recovery_code(
                    self.conn, self.ui.loginEdit.text(), self.ui.currentEdit.text(), new)
            elif self.mode == self.SET:
                assert self.actor is not None and self.target is not None
                accounts.set_password(self.conn, self.actor, self.target.id, new)
            else:
                assert self.actor is not None
                accounts.change_own_password(self.conn, self.actor, self.ui.currentEdit.text(), new)
        except UserError as exc:
            _show_error(self.ui.messageLabel, exc)
            return
        self.accept()


class RecoveryCodeDialog(QDialog):
    """The recovery code, shown once: OK only once the person says they printed or wrote it down."""

    def __init__(self, conn: sqlite3.Connection, code: str, user: accounts.User,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RecoveryCodeDialog()
        self.ui.setupUi(self)
        self.conn, self.code, self.user = conn, code, user
        self.ui.codeLabel.setText(code)
        self.ui.codeLabel.setTextFormat(Qt.TextFormat.PlainText)
        ok = _ok_button(self.ui.buttonBox)
        ok.setEnabled(False)
        self.ui.keptCheck.toggled.connect(ok.setEnabled)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.printButton.clicked.connect(self.print_code)

    def print_code(self) -> None:
        from asm_assoc.core.reports.recovery_code import render_recovery_code_pdf
        from asm_assoc.gui.dialogs.report_preview import show_report_preview

        def render(lang: str, out: Path, progress: Progress) -> Path:
            return render_recovery_code_pdf(self.conn, out, self.user, self.code, lang=lang)

        show_report_preview(_("Recovery code"), render, self, active().lang)

    def reject(self) -> None:  # Escape must not skip the one showing of the code
        if self.ui.keptCheck.isChecked():
            super().reject()


def show_recovery_code(conn: sqlite3.Connection, code: str, user: accounts.User, parent: QWidget | None) -> None:
    RecoveryCodeDialog(conn, code, user, parent).exec()
