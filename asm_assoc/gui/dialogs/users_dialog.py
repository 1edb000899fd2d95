"""The director's list of users: add, change the role, switch off or on, give a new password, and a new
recovery code for the director. Core refuses all of it to anyone but a director."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QInputDialog, QMessageBox, QTableWidgetItem, QWidget

from asm_assoc.core import access, accounts, writes
from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import _
from asm_assoc.gui import settings
from asm_assoc.gui.dialogs.account_dialogs import AccountDialog, PasswordDialog, show_recovery_code
from asm_assoc.gui.forms.ui_users_dialog import Ui_UsersDialog


class UsersDialog(QDialog):
    def __init__(self, conn: sqlite3.Connection, actor: writes.Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UsersDialog()
        self.ui.setupUi(self)
        self.conn, self.actor = conn, actor
        self.users: list[accounts.User] = []
        settings.remember_geometry(self)
        table = self.ui.usersTable
        table.setColumnCount(4)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.itemSelectionChanged.connect(self._update_buttons)
        ui = self.ui
        ui.addButton.clicked.connect(self.add_user)
        ui.roleButton.clicked.connect(self.change_role)
        ui.switchButton.clicked.connect(self.switch)
        ui.passwordButton.clicked.connect(self.give_password)
        ui.recoveryButton.clicked.connect(self.new_recovery_code)
        ui.buttonBox.rejected.connect(self.reject)
        self._retranslate()
        self.reload()

    def _retranslate(self) -> None:
        self.ui.usersTable.setHorizontalHeaderLabels([_("Name"), _("Login"), _("Role"), _("State")])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "users"):
            self.ui.retranslateUi(self)
            self._retranslate()
            self.reload()
        super().changeEvent(event)

    def reload(self, select: str | None = None) -> None:
        self.users = accounts.users(self.conn, self.actor)
        table = self.ui.usersTable
        table.setRowCount(len(self.users))
        for row, user in enumerate(self.users):
            state = _("Active") if user.active else _("Switched off")
            if user.active and user.must_change_password:
                state = _("Active; chooses a password at the next login")
            for column, text in enumerate((user.name, user.login, _(access.ROLES.get(user.role, user.role)), state)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, user.id)
                table.setItem(row, column, item)
            if user.id == select:
                table.selectRow(row)
        if table.currentRow() < 0 and self.users:
            table.selectRow(0)
        self._update_buttons()

    def selected(self) -> accounts.User | None:
        row = self.ui.usersTable.currentRow()
        return self.users[row] if 0 <= row < len(self.users) else None

    def _update_buttons(self) -> None:
        user = self.selected()
        ui = self.ui
        for button in (ui.roleButton, ui.switchButton, ui.passwordButton):
            button.setEnabled(user is not None)
        ui.switchButton.setText(_("Switch &on") if user and not user.active else _("Switch &off"))
        ui.recoveryButton.setEnabled(user is not None and user.id == self.actor.user_id)

    def _try(self, job, select: str | None = None) -> None:  # type: ignore[no-untyped-def]
        try:
            job()
        except UserError as exc:
            QMessageBox.warning(self, _("Users"), exc.text())
            return
        self.reload(select)

    def add_user(self) -> None:
        dialog = AccountDialog(self.conn, self, actor=self.actor)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.user is not None:
            self.reload(dialog.user.id)

    def change_role(self) -> None:
        user = self.selected()
        if user is None:
            return
        labels = [_(label) for label in access.ROLES.values()]
        roles = list(access.ROLES)
        label, ok = QInputDialog.getItem(self, _("Change the role"), _("Role of {name}:").format(name=user.name),
                                         labels, roles.index(user.role), False)
        if ok:
            role = roles[labels.index(label)]
            self._try(lambda: accounts.update_user(self.conn, self.actor, user.id, role=role), user.id)

    def switch(self) -> None:
        user = self.selected()
        if user is not None:
            self._try(lambda: accounts.update_user(self.conn, self.actor, user.id, active=not user.active), user.id)

    def give_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = PasswordDialog(self.conn, PasswordDialog.SET, self, actor=self.actor, target=user)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload(user.id)

    def new_recovery_code(self) -> None:
        user = self.selected()
        if user is None:
            return
        answer = QMessageBox.question(self, _("New recovery code"), _(
            "Make a new recovery code? The old one stops working at once."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            code = accounts.new_director_recovery_code(self.conn, self.actor)
        except UserError as exc:
            QMessageBox.warning(self, _("Users"), exc.text())
            return
        show_recovery_code(self.conn, code, user, self)
