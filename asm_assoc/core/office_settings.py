"""Settings that are the office's policy, not one person's taste: kept in the database, changed only by a
director, through the write path (so the change is in the audit trail)."""

from __future__ import annotations

import sqlite3

from asm_assoc.core import writes
from asm_assoc.core.errors import UserError, ValidationError
from asm_assoc.core.i18n import N_

IDLE_LOCK = "idle_lock_minutes"
DEFAULT_IDLE_LOCK_MINUTES = 10
IDLE_LOCK_RANGE = (1, 240)


def _get(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def _set(conn: sqlite3.Connection, actor: writes.Actor, key: str, value: str) -> None:
    with writes.transaction(conn, actor, "settings.write") as tx:
        row = tx.conn.execute("SELECT id FROM setting WHERE key = ?", (key,)).fetchone()
        if row:
            tx.update("setting", row[0], {"value": value})
        else:
            tx.insert("setting", {"key": key, "value": value})


def idle_lock_minutes(conn: sqlite3.Connection) -> int:
    """After this many minutes without a key press or a mouse move the window locks."""
    value = _get(conn, IDLE_LOCK)
    return int(value) if value and value.isdigit() else DEFAULT_IDLE_LOCK_MINUTES


def set_idle_lock_minutes(conn: sqlite3.Connection, actor: writes.Actor, minutes: int) -> None:
    low, high = IDLE_LOCK_RANGE
    if not low <= minutes <= high:
        raise ValidationError({"idle_lock": UserError(
            N_("The idle lock is from {low} to {high} minutes."), low=low, high=high)})
    _set(conn, actor, IDLE_LOCK, str(minutes))
