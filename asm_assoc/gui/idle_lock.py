"""The idle lock: after the minutes the director set without a key press or a mouse move, every window is
covered and the person's password is asked for. Nothing is closed, so a half-typed form is still there
after unlocking; Cancel closes the program (what was saved stays saved)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from asm_assoc.core import accounts

_INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                    QEvent.Type.Wheel, QEvent.Type.TouchBegin})


class _Cover(QWidget):
    """An opaque sheet over one window, keeping its size while the window is resized."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setAutoFillBackground(True)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False


class IdleLock(QObject):
    def __init__(self, window: QWidget, conn: Callable[[], sqlite3.Connection | None], user: accounts.User,
                 minutes: int) -> None:
        super().__init__(window)
        self.window, self.conn, self.user = window, conn, user
        self.covers: list[_Cover] = []
        self.dialog: QWidget | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def is_locked(self) -> bool:
        return self.dialog is not None

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(minutes * 60_000)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in _INPUT and not self.is_locked:
            self.timer.start()  # someone is here: the idle time starts again
        return False

    def lock(self) -> None:
        conn = self.conn()
        if self.is_locked or conn is None:
            return
        from asm_assoc.gui.dialogs.account_dialogs import LoginDialog

        self.covers = [_Cover(w) for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()]
        dialog = LoginDialog(conn, self.window, locked_user=self.user)
        self.dialog = dialog
        dialog.accepted.connect(self.unlock)
        dialog.rejected.connect(self._give_up)
        dialog.open()

    def unlock(self) -> None:
        for cover in self.covers:
            cover.deleteLater()
        self.covers = []
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
        self.timer.start()

    def _give_up(self) -> None:
        # The covers stay until the program has gone: closing must not show what was locked away.
        self.timer.stop()
        self.window.close()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.timer.stop()
