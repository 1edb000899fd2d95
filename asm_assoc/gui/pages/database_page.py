"""What the pages over the open database share: the connection and the person acting, let go of before a
restore and given back after it (or after a new login), and a redraw in the new language when it changes."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from asm_assoc.core import writes


class DatabasePage(QWidget):
    """A page's subclass sets `self.ui` (a Designer form), defines `_retranslate` (texts set in code) and
    `redraw` (read the database and show it), and calls `finish_setup()` at the end of its __init__."""

    conn: sqlite3.Connection | None
    actor: writes.Actor
    _built = False

    def __init__(self, conn: sqlite3.Connection, actor: writes.Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conn, self.actor = conn, actor

    def finish_setup(self) -> None:
        """From here on a change of language redraws the page (not while the form is being set up)."""
        self._built = True

    def _retranslate(self) -> None:
        raise NotImplementedError

    def redraw(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and self._built:
            self.ui.retranslateUi(self)
            self._retranslate()
            try:
                self.redraw()
            except sqlite3.ProgrammingError:  # the database was closed under a window that is going away
                pass
        super().changeEvent(event)

    def detach(self) -> None:
        """Let go of the database (the window closes it before a restore, or when it closes)."""
        self.conn = None

    def set_connection(self, conn: sqlite3.Connection | None, actor: writes.Actor | None = None) -> None:
        self.conn = conn
        self.actor = actor or self.actor
        self.connection_changed()

    def connection_changed(self) -> None:
        self.redraw()
