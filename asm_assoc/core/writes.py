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
import operator
import sqlite3
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from asm_assoc.core import clock
from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import N_
from asm_assoc.core.ids import new_id

_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
# Below this many rows a bulk insert keeps the indexes: rebuilding them would cost more than it saves.
BULK_INSERT_MIN_ROWS = 5000
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


# What json.dumps(..., ensure_ascii=False) writes for a string. The helpers below build the same text as
# json.dumps for the flat values of the change log several times faster: a 100,000-member import logs
# 100,000 entries, and json.dumps was most of its time.
_json_str = json.encoder.encode_basestring


def _json_value(value: Any) -> str:
    """Exactly json.dumps(_jsonable(value), ensure_ascii=False)."""
    kind = type(value)
    if kind is str:
        return _json_str(value)
    if value is None:
        return "null"
    if kind is int:
        return int.__repr__(value)
    return json.dumps(_jsonable(value), ensure_ascii=False)


def _canonical_json(entry: Mapping[str, Any]) -> str:
    """json.dumps(entry, sort_keys=True, ensure_ascii=False, separators=(",", ":"))."""
    parts = []
    for key in sorted(entry):
        value = entry[key]
        kind = type(value)
        if kind is str:
            parts.append(f"{_json_str(key)}:{_json_str(value)}")
        elif value is None or kind is int:
            parts.append(f"{_json_str(key)}:{_json_value(value)}")
        else:  # nested values: json.dumps with the compact separators
            return json.dumps(entry, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "{" + ",".join(parts) + "}"


def entry_hash(prev_hash: str, entry: Mapping[str, Any]) -> str:
    """SHA-256 over the previous hash and the entry's canonical JSON: editing, removing or reordering an
    entry breaks the chain from there on."""
    return _chain_hash(prev_hash, _canonical_json(entry))


def _chain_hash(prev_hash: str, body: str) -> str:
    return hashlib.sha256((prev_hash + "\n" + body).encode("utf-8")).hexdigest()


def _getter(names: Sequence[str]) -> Callable[[Mapping[str, Any]], tuple]:
    """The values of `names` in a row as a tuple (operator.itemgetter, which is quick, but always a tuple)."""
    if len(names) > 1:
        return operator.itemgetter(*names)
    return lambda row: tuple(row[k] for k in names)


def _insert_changes_template(names: Sequence[str]) -> str:
    """A %-template giving json.dumps({name: [None, value]}, ensure_ascii=False, sort_keys=True) for an
    inserted row, filled with the `_json_value` of each value in sorted-name order."""
    return "{" + ", ".join(f"{_json_str(k).replace('%', '%%')}: [null, %s]" for k in sorted(names)) + "}"


@dataclass
class Tx:
    conn: sqlite3.Connection
    actor: Actor
    device: clock.DeviceClock
    prev_hash: str
    _columns: dict[str, frozenset[str]] = field(default_factory=dict)
    log_rows: list[tuple] = field(default_factory=list)
    _clock_ms: int = -1
    _clock_text: str = ""
    indexes_dropped: bool = False

    def _now(self) -> str:
        """The wall-clock time of a change, as ISO text; formatted once per millisecond (an import logs
        dozens of changes in one)."""
        ms = time.time_ns() // 1_000_000
        if ms != self._clock_ms:
            self._clock_ms = ms
            self._clock_text = (_EPOCH + dt.timedelta(milliseconds=ms)).isoformat(timespec="milliseconds")
        return self._clock_text

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
        return self._log_json(table, row_id, op, json.dumps(changes, ensure_ascii=False, sort_keys=True))

    def _log_json(self, table: str, row_id: str, op: str, changes: str) -> str:
        seq, hlc = self.device.tick()
        entry_id, at = new_id(), self._now()
        device_id, user_id, user_name = self.device.device_id, self.actor.user_id, self.actor.name
        # The entry's canonical JSON, exactly as `entry_hash` makes it (keys sorted), written out directly
        # because this runs once per row of an import (tests compare it with json.dumps).
        body = (
            f'{{"at":{_json_str(at)},"changes":{_json_str(changes)},"device_id":{_json_value(device_id)},'
            f'"hlc":{_json_str(hlc)},"id":{_json_str(entry_id)},"op":{_json_str(op)},'
            f'"row_id":{_json_value(row_id)},"seq":{_json_value(seq)},"table_name":{_json_str(table)},'
            f'"user_id":{_json_value(user_id)},"user_name":{_json_value(user_name)}}}'
        )
        digest = _chain_hash(self.prev_hash, body)
        row = (entry_id, device_id, seq, hlc, user_id, user_name, at, table, row_id, op, changes)
        self.log_rows.append((*row, self.prev_hash, digest))
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
        template = _insert_changes_template(names)
        in_sorted_order, in_order, extra_in_order = _getter(sorted(names)), _getter(names), _getter(extra)
        for row, more in zip(rows, derived, strict=True):
            row_id = new_id()
            changes = template % tuple(map(_json_value, in_sorted_order(row)))
            hlc = self._log_json(table, row_id, op, changes)
            ids.append(row_id)
            values.append((row_id, hlc, *in_order(row), *extra_in_order(more)))
        cols = ", ".join(["id", "hlc", *names, *extra])
        marks = ", ".join("?" * (len(names) + len(extra) + 2))
        self.conn.executemany(f"INSERT INTO {table} ({cols}) VALUES ({marks})", values)
        return ids

    @contextmanager
    def bulk_insert(self, table: str, adding: int) -> Iterator[None]:
        """Around many `insert_many` calls into one table: when the rows being added outnumber those already
        there (an import into a new register), drop the table's indexes and build them once at the end,
        several times quicker than updating them row by row. Uniqueness is still enforced: rebuilding a
        unique index over duplicates raises IntegrityError and the transaction rolls back, indexes too."""
        present = self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        if adding < BULK_INSERT_MIN_ROWS or adding < present:
            yield
            return
        indexes = self.conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
            (table,),
        ).fetchall()
        for name, _ in indexes:
            self.conn.execute(f'DROP INDEX "{name}"')
        try:
            yield
            for _, sql in indexes:
                self.conn.execute(sql)
        except BaseException:
            self.indexes_dropped = True  # the transaction must not commit without them
            raise

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
        if tx.indexes_dropped:
            raise RuntimeError("a bulk insert failed after dropping indexes; the transaction is rolled back")
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
