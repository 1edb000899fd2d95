"""Who is at the keyboard: the director's account at the first start, else the login (and a new password
when the one given by the director is still in use). Returns the person as the actor of every change."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QDialog, QWidget

from asm_assoc.core import accounts, writes
from asm_assoc.gui.dialogs.account_dialogs import AccountDialog, LoginDialog, PasswordDialog, show_recovery_code


def sign_in(conn: sqlite3.Connection, parent: QWidget | None = None) -> writes.Actor | None:
    """None when the person gave up (the program then closes)."""
    if not accounts.has_accounts(conn):
        first = AccountDialog(conn, parent, first=True)
        if first.exec() != QDialog.DialogCode.Accepted or first.user is None:
            return None
        show_recovery_code(conn, first.recovery_code or "", first.user, parent)
        return first.user.actor()
    login = LoginDialog(conn, parent)
    if login.exec() != QDialog.DialogCode.Accepted or login.user is None:
        return None
    user = login.user
    if user.must_change_password:
        change = PasswordDialog(conn, PasswordDialog.CHANGE, parent, actor=user.actor(), forced=True)
        if change.exec() != QDialog.DialogCode.Accepted:
            return None
    return user.actor()
