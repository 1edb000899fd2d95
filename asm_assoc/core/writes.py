"""The one write path. Every change to the database goes through `transaction()`.

In one SQLite transaction it: checks the actor's permission for the action, writes rows, stamps each
change with the device's next sequence number and HLC, appends it to the change log (user, device, time,
old -> new per field, hash-chained per device), and commits; on any error nothing is written.
Domain modules (members, association, ...) validate before calling it; the GUI and CLI call those modules.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from asm_assoc.core import clock
from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import N_
from asm_assoc.core.ids import new_id

# Columns the write path manages itself; callers never pass them.
MANAGED = frozenset({"id", "hlc"})


@dataclass(frozen=True)
class Actor:
    """Who is making a change. Roles and their permissions arrive with user accounts (issue 3)."""

    user_id: str | None
    name: str
    role: str = "director"


SYSTEM = Actor(None, "system", "director")


class PermissionDenied(UserError):
    pass


def authorize(actor: Actor, action: str) -> None:
    """Refuse an action the actor's role does not allow.

    Until user accounts exist every local actor acts as the director (allowed everything); the call
    sits here so that each write is already checked in one place when roles arrive.
    """
    if actor.role != "director":
        raise PermissionDenied(N_("Your role does not allow this: {action}."), action=action)


def _jsonable(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"$b64": base64.b64encode(value).decode("ascii")}
    return value


def entry_hash(prev_hash: str, entry: Mapping[str, Any]) -> str:
    """SHA-256 over the previous hash and the entry's canonical JSON: editing, removing or reordering an
    entry breaks the chain from there on."""
    body = json.dumps(entry, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((prev_hash + "\n" + body).encode("utf-8")).hexdigest()


@dataclass
class Tx:
    conn: sqlite3.Connection
    actor: Actor
    device: clock.DeviceClock
    prev_hash: str
    _columns: dict[str, frozenset[str]] = field(default_factory=dict)
    log_rows: list[tuple] = field(default_factory=list)

    def columns(self, table: str) -> frozenset[str]:
        if table not in self._columns:
            cols = frozenset(r[1] for r in self.conn.execute("SELECT * FROM pragma_table_info(?)", (table,)))
            if not cols:
                raise ValueError(f"unknown table {table!r}")
            self._columns[table] = cols
        return self._columns[table]

    def _check_names(self, table: str, names: Sequence[str]) -> None:
        unknown = set(names) - self.columns(table)
        if unknown or MANAGED & set(names):
            raise ValueError(f"bad columns for {table}: {sorted(unknown | (MANAGED & set(names)))}")

    def _log(self, table: str, row_id: str, op: str, changes: Mapping[str, Any]) -> str:
        seq, hlc = self.device.tick()
        entry = {
            "id": new_id(),
            "device_id": self.device.device_id,
            "seq": seq,
            "hlc": hlc,
            "user_id": self.actor.user_id,
            "user_name": self.actor.name,
            "at": dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds"),
            "table_name": table,
            "row_id": row_id,
            "op": op,
            "changes": json.dumps(changes, ensure_ascii=False, sort_keys=True),
        }
        digest = entry_hash(self.prev_hash, entry)
        self.log_rows.append((*entry.values(), self.prev_hash, digest))
        self.prev_hash = digest
        return hlc

    def insert(self, table: str, fields: Mapping[str, Any], *, derived: Mapping[str, Any] | None = None) -> str:
        return self.insert_many(table, [fields], [derived or {}])[0]

    def insert_many(
        self,
        table: str,
        rows: Sequence[Mapping[str, Any]],
        derived: Sequence[Mapping[str, Any]] | None = None,
        *,
        op: str = "insert",
    ) -> list[str]:
        """Insert new rows (all with the same columns); returns their new ids."""
        if not rows:
            return []
        names = list(rows[0])
        derived = derived or [{}] * len(rows)
        extra = list(derived[0])
        self._check_names(table, names + extra)
        ids, values = [], []
        for row, more in zip(rows, derived, strict=True):
            row_id = new_id()
            hlc = self._log(table, row_id, op, {k: [None, _jsonable(row[k])] for k in names})
            ids.append(row_id)
            values.append((row_id, hlc, *(row[k] for k in names), *(more[k] for k in extra)))
        cols = ", ".join(["id", "hlc", *names, *extra])
        marks = ", ".join("?" * (len(names) + len(extra) + 2))
        self.conn.executemany(f"INSERT INTO {table} ({cols}) VALUES ({marks})", values)
        return ids

    def append_entry(self, table: str, fields: Mapping[str, Any]) -> str:
        """Append an immutable entry (a movement of money). Entries are never updated."""
        return self.insert_many(table, [fields], op="entry")[0]

    def update(
        self,
        table: str,
        row_id: str,
        fields: Mapping[str, Any],
        *,
        derived: Mapping[str, Any] | None = None,
        op: str = "update",
    ) -> dict[str, tuple[Any, Any]]:
        """Change fields of a record; logs only the fields whose value really changed."""
        names = list(fields)
        self._check_names(table, names + list(derived or {}))
        self.conn.row_factory = sqlite3.Row
        try:
            old = self.conn.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,)).fetchone()
        finally:
            self.conn.row_factory = None
        if old is None:
            raise ValueError(f"{table} {row_id} does not exist")
        changes = {k: (old[k], fields[k]) for k in names if old[k] != fields[k]}
        if not changes:
            return {}
        hlc = self._log(table, row_id, op, {k: [_jsonable(a), _jsonable(b)] for k, (a, b) in changes.items()})
        assignments = {**{k: fields[k] for k in changes}, **(derived or {}), "hlc": hlc}
        sql = ", ".join(f"{k} = ?" for k in assignments)
        self.conn.execute(f"UPDATE {table} SET {sql} WHERE id = ?", (*assignments.values(), row_id))
        return changes


def last_hash(conn: sqlite3.Connection, device_id: str) -> str:
    row = conn.execute(
        "SELECT hash FROM change_log WHERE device_id = ? ORDER BY seq DESC LIMIT 1", (device_id,)
    ).fetchone()
    return row[0] if row else ""


@contextmanager
def transaction(conn: sqlite3.Connection, actor: Actor, action: str) -> Iterator[Tx]:
    """One all-or-nothing write. `action` names the permission it needs (e.g. "members.write")."""
    authorize(actor, action)
    conn.execute("BEGIN IMMEDIATE")
    try:
        device = clock.load(conn)
        tx = Tx(conn, actor, device, last_hash(conn, device.device_id))
        yield tx
        if tx.log_rows:
            conn.executemany(
                "INSERT INTO change_log (id, device_id, seq, hlc, user_id, user_name, at, table_name, row_id,"
                " op, changes, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                tx.log_rows,
            )
            clock.save(conn, tx.device)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
