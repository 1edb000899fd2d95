"""Helpers for GUI tests (imported by name: pytest puts this folder on sys.path)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


def type_text(qtbot, widget, text: str) -> None:
    """Type like a person at a Mongolian keyboard. (QTest.keyClicks aborts on letters outside Latin-1,
    so each character is sent as a key event carrying its text.)"""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                               Qt.KeyboardModifier.NoModifier)
