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
import itertools
import json
import operator
import queue
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import repeat
from typing import Any

from asm_assoc.core import access, clock
from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import N_
from asm_assoc.core.ids import new_ids

_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
# Below this many rows a bulk insert keeps the indexes: rebuilding them would cost more than it saves.
BULK_INSERT_MIN_ROWS = 5000
# Columns the write path manages itself; callers never pass them.
MANAGED = frozenset({"id", "hlc"})
# Rows per multi-row INSERT statement of a bulk write (fewer when SQLite allows fewer parameters).
ROWS_PER_STATEMENT = 500
# What a change-log entry's hash covers (with the previous entry's hash), and the columns of its row.
ENTRY_COLUMNS = ("id", "device_id", "seq", "hlc", "user_id", "user_name", "at", "table_name", "row_id", "op",
                 "changes")
LOG_COLUMNS = (*ENTRY_COLUMNS, "prev_hash", "hash")


@dataclass(frozen=True)
class Actor:
    """Who is making a change: a logged-in user (`accounts.login`), or SYSTEM."""

    user_id: str | None
    name: str
    role: str


# The program itself, for work no person asked for (tests, set-up before the first account exists).
# The window and the command line never use it: they act as the person who logged in.
SYSTEM = Actor(None, "system", access.SYSTEM_ROLE)
PermissionDenied = access.PermissionDenied


class DiskFull(UserError):
    """SQLite could not write for lack of space; the transaction was rolled back."""


def authorize(actor: Actor, action: str) -> None:
    """Refuse an action the actor's role does not allow (see `access.PERMISSIONS`)."""
    access.require(actor, action)


def redacted(value: Any) -> str | None:
    """What the change log keeps of a secret (a password hash): enough to see that it changed and to
    compare with the row, nothing to attack."""
    if value is None:
        return None
    return "sha256:" + hashlib.sha256(str(value).encode("utf-8")).hexdigest()[:16]


def _jsonable(value: Any) -> Any:
    """A value as the change log records it: what SQLite stores (a boolean as 0 or 1), bytes as base64."""
    if isinstance(value, bytes):
        return {"$b64": base64.b64encode(value).decode("ascii")}
    if isinstance(value, bool):
        return int(value)
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
    if kind is int or kind is bool:
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


def _getter(keys: Sequence[Any]) -> Callable[[Any], tuple]:
    """The values at `keys` (names of a mapping, positions of a tuple) as a tuple: operator.itemgetter, which
    is quick, but always a tuple."""
    if len(keys) > 1:
        return operator.itemgetter(*keys)
    return lambda row: tuple(row[k] for k in keys)


# How the change log writes its JSON: no spaces (a 100,000-member import logs 100,000 entries).
_SEPARATORS = (",", ":")


def _insert_changes_template(names: Sequence[str]) -> str:
    """A %-template giving json.dumps({name: [None, value]}, ensure_ascii=False, sort_keys=True,
    separators=_SEPARATORS) for an inserted row, filled with the `_json_value` of each value in sorted-name
    order."""
    return "{" + ",".join(f"{_json_str(k).replace('%', '%%')}:[null,%s]" for k in sorted(names)) + "}"


# The types whose values `_json_value` writes the same whenever they compare equal (True and 1 both as 1),
# so that a column of them can be encoded once per distinct value.
_PLAIN = frozenset({str, int, bool, type(None)})


def _json_column(values: Sequence[Any]) -> list[str]:
    """`_json_value` of each value of one column. A column is encoded at once, not value by value: a column
    of text goes straight through the C encoder, and a column of a few repeated values (choices, flags,
    places) is encoded once per distinct value. An import logs 22 values for each of 100,000 members."""
    kinds = set(map(type, values))
    if kinds == {str}:
        return list(map(_json_str, values))
    if kinds <= _PLAIN:
        encoded = {v: _json_value(v) for v in set(values)}
        return list(map(encoded.__getitem__, values))
    return [_json_value(v) for v in values]


# The varying keys of a change-log entry; the others are the same for every entry of one table and op.
_ENTRY_VARYING = ("at", "changes", "hlc", "id", "row_id", "seq")


def _insert_sql(table: str, columns: Sequence[str], rows: int) -> str:
    marks = "(" + ", ".join("?" * len(columns)) + ")"
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES {', '.join([marks] * rows)}"


class _Writer:
    """Runs a transaction's bulk INSERT statements, in order, in a second thread while the caller prepares
    the next rows: sqlite3 releases the GIL while SQLite executes a statement, so on a second core SQLite
    writes one batch while Python builds the next. Each statement inserts many rows (multi-row VALUES)
    because executemany takes the GIL back for every row and then waits behind the busy caller.

    One thread at a time uses the connection: the caller calls `wait()` (or `stop()`) before using it."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.jobs: queue.Queue[tuple[str, list] | None] = queue.Queue(maxsize=8)  # bounds the rows held
        self.error: BaseException | None = None
        self.discard = False
        self.thread = threading.Thread(target=self._run, name="asm-assoc writer", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while True:
            job = self.jobs.get()
            try:
                if job is None:
                    return
                if self.error is None and not self.discard:  # after an error the transaction rolls back
                    self.conn.execute(*job)
            except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread by `_raise`
                self.error = exc
            finally:
                self.jobs.task_done()

    def _raise(self) -> None:
        if self.error is not None:
            raise self.error

    def submit(self, sql: str, params: list) -> None:
        self._raise()
        self.jobs.put((sql, params))

    def wait(self) -> None:
        """Return when every submitted statement has run; raise the first one's error."""
        self.jobs.join()
        self._raise()

    def stop(self, *, discard: bool) -> None:
        """End the thread, after running (or, with `discard`, skipping) the statements still queued."""
        self.discard = self.discard or discard
        self.jobs.put(None)
        self.thread.join()


@dataclass
class Tx:
    conn: sqlite3.Connection
    actor: Actor
    device: clock.DeviceClock
    prev_hash: str
    _columns: dict[str, frozenset[str]] = field(default_factory=dict)
    log_rows: list[tuple] = field(default_factory=list)  # change-log entries not yet written
    indexes_dropped: bool = False
    _entry_templates: dict[tuple[str, str], str] = field(default_factory=dict)
    _writer: _Writer | None = None

    @staticmethod
    def _now() -> str:
        """The wall-clock time of a change, as ISO text (UTC, milliseconds)."""
        return (_EPOCH + dt.timedelta(milliseconds=time.time_ns() // 1_000_000)).isoformat(timespec="milliseconds")

    def _connection(self) -> sqlite3.Connection:
        """The connection, once the background writer has run every statement given to it."""
        if self._writer is not None:
            self._writer.wait()
        return self.conn

    def columns(self, table: str) -> frozenset[str]:
        if table not in self._columns:
            rows = self._connection().execute("SELECT * FROM pragma_table_info(?)", (table,))
            cols = frozenset(r[1] for r in rows)
            if not cols:
                raise ValueError(f"unknown table {table!r}")
            self._columns[table] = cols
        return self._columns[table]

    def _check_names(self, table: str, names: Sequence[str]) -> None:
        unknown = set(names) - self.columns(table)
        if unknown or MANAGED & set(names):
            raise ValueError(f"bad columns for {table}: {sorted(unknown | (MANAGED & set(names)))}")

    def _log(self, table: str, row_id: str, op: str, changes: Mapping[str, Any]) -> str:
        text = json.dumps(changes, ensure_ascii=False, sort_keys=True, separators=_SEPARATORS)
        return self._log_many(table, [row_id], op, [text], new_ids(1))[0]

    def _entry_template(self, table: str, op: str) -> str:
        """A %-template of an entry's canonical JSON, exactly as `entry_hash` makes it (keys sorted), with
        the parts that are the same for every entry of `table` and `op` already written in: this runs once
        per row of an import (tests compare it with json.dumps)."""
        key = (table, op)
        if key not in self._entry_templates:
            fixed = {"device_id": self.device.device_id, "op": op, "table_name": table,
                     "user_id": self.actor.user_id, "user_name": self.actor.name}
            parts = [f"{_json_str(k)}:%s" if k in _ENTRY_VARYING
                     else f"{_json_str(k)}:{_json_value(fixed[k]).replace('%', '%%')}"
                     for k in sorted([*_ENTRY_VARYING, *fixed])]
            self._entry_templates[key] = "{" + ",".join(parts) + "}"
        return self._entry_templates[key]

    def _log_many(self, table: str, row_ids: Sequence[str], op: str, changes: Sequence[str],
                  entry_ids: Sequence[str]) -> list[str]:
        """Append one change-log entry per row (`changes`: each row's JSON) and return the rows' HLC stamps.
        The entries are built a column at a time; only the hash chain goes entry by entry."""
        first_seq, stamps = self.device.tick_many(len(row_ids))
        seqs = range(first_seq, first_seq + len(row_ids))
        at = self._now()
        template = self._entry_template(table, op)
        encoded = zip(repeat(_json_str(at)), map(_json_str, changes), map(_json_str, stamps),
                      map(_json_str, entry_ids), map(_json_str, row_ids), seqs, strict=False)
        prev, chain = self.prev_hash, []
        for body in [template % values for values in encoded]:
            prev = _chain_hash(prev, body)
            chain.append(prev)
        device, user_id, user_name = self.device.device_id, self.actor.user_id, self.actor.name
        self.log_rows.extend(zip(entry_ids, repeat(device), seqs, stamps, repeat(user_id), repeat(user_name),
                                 repeat(at), repeat(table), row_ids, repeat(op), changes,
                                 [self.prev_hash, *chain[:-1]], chain, strict=False))  # repeat() is endless
        self.prev_hash = prev
        return stamps

    def insert(self, table: str, fields: Mapping[str, Any], *, derived: Mapping[str, Any] | None = None,
               secret: frozenset[str] = frozenset()) -> str:
        return self.insert_many(table, [fields], [derived or {}], secret=secret)[0]

    def insert_many(
        self,
        table: str,
        rows: Sequence[Mapping[str, Any]],
        derived: Sequence[Mapping[str, Any]] | None = None,
        *,
        op: str = "insert",
        secret: frozenset[str] = frozenset(),
    ) -> list[str]:
        """Insert new rows (all with the same columns); returns their new ids. Many rows are written by a
        background thread while the caller goes on (see `_Writer`); the transaction waits for it. The log
        keeps only a digest of the `secret` columns (see `redacted`). `derived` columns (search and sort
        keys) are written but not logged."""
        if not rows:
            return []
        names, extra = tuple(rows[0]), tuple(derived[0]) if derived else ()
        values, extra_values = _getter(names), _getter(extra)
        return self.insert_rows(table, names, [values(r) for r in rows], extra,
                                [extra_values(d) for d in derived] if derived and extra else None,
                                op=op, secret=secret)

    def insert_rows(
        self,
        table: str,
        names: Sequence[str],
        rows: Sequence[tuple],
        derived_names: Sequence[str] = (),
        derived: Sequence[tuple] | None = None,
        *,
        op: str = "insert",
        secret: frozenset[str] = frozenset(),
    ) -> list[str]:
        """`insert_many` with each row a tuple of values in the order of `names` (and of `derived_names`):
        an import of 100,000 members makes no mapping per row."""
        if not rows:
            return []
        self._check_names(table, [*names, *derived_names])
        ids, entry_ids = new_ids(len(rows)), new_ids(len(rows))
        columns = list(zip(*rows, strict=True))  # checks that the rows are as wide as `names`
        logged = [[redacted(v) for v in column] if name in secret else column
                  for name, column in zip(names, columns, strict=True)]
        encoded = [_json_column(logged[i]) for i in sorted(range(len(names)), key=names.__getitem__)]
        template = _insert_changes_template(names)
        changes = [template % values for values in zip(*encoded, strict=True)] if names else [template] * len(rows)
        stamps = self._log_many(table, ids, op, changes, entry_ids)
        extra = list(zip(*derived, strict=True)) if derived else []
        self._insert_rows(table, ("id", "hlc", *names, *derived_names),
                          list(zip(ids, stamps, *columns, *extra, strict=True)))
        if self._writer is not None and len(self.log_rows) >= ROWS_PER_STATEMENT:
            self._write_log()
        return ids

    def _insert_rows(self, table: str, columns: Sequence[str], values: list[tuple]) -> None:
        """INSERT rows: a few at once, many (from `ROWS_PER_STATEMENT` on) by the background writer in
        multi-row statements."""
        if self._writer is None:
            if len(values) < ROWS_PER_STATEMENT:
                self.conn.executemany(_insert_sql(table, columns, 1), values)
                return
            self._writer = _Writer(self.conn)
        limit = self.conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)  # 999 in SQLite before 3.32
        per_statement = max(1, min(ROWS_PER_STATEMENT, limit // len(columns)))
        for start in range(0, len(values), per_statement):
            chunk = values[start:start + per_statement]
            self._writer.submit(_insert_sql(table, columns, len(chunk)), list(itertools.chain.from_iterable(chunk)))

    def _write_log(self) -> None:
        rows, self.log_rows = self.log_rows, []
        self._insert_rows("change_log", LOG_COLUMNS, rows)

    def finish(self) -> None:
        """Write what is still pending and take the connection back from the background writer."""
        if self.indexes_dropped:
            raise RuntimeError("a bulk insert failed after dropping indexes; the transaction is rolled back")
        if self.log_rows:
            self._write_log()
        if self._writer is not None:
            self._writer.wait()
            self._writer.stop(discard=False)
            self._writer = None

    def abandon(self) -> None:
        """After an error: stop the background writer without running what is still queued."""
        if self._writer is not None:
            self._writer.stop(discard=True)
            self._writer = None

    @contextmanager
    def bulk_insert(self, table: str, adding: int) -> Iterator[None]:
        """Around many `insert_many` calls into one table: when the rows being added outnumber those already
        there (an import into a new register), drop the table's indexes and build them once at the end,
        several times quicker than updating them row by row. Uniqueness is still enforced: rebuilding a
        unique index over duplicates raises IntegrityError and the transaction rolls back, indexes too."""
        conn = self._connection()
        present = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        if adding < BULK_INSERT_MIN_ROWS or adding < present:
            yield
            return
        indexes = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
            (table,),
        ).fetchall()
        for name, _ in indexes:
            conn.execute(f'DROP INDEX "{name}"')
        try:
            yield
            conn = self._connection()
            for _, sql in indexes:
                conn.execute(sql)
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
        secret: frozenset[str] = frozenset(),
    ) -> dict[str, tuple[Any, Any]]:
        """Change fields of a record; logs only the fields whose value really changed (of `secret` fields,
        a digest)."""
        names = list(fields)
        self._check_names(table, names + list(derived or {}))
        conn = self._connection()
        conn.row_factory = sqlite3.Row
        try:
            old = conn.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,)).fetchone()
        finally:
            conn.row_factory = None
        if old is None:
            raise ValueError(f"{table} {row_id} does not exist")
        changes = {k: (old[k], fields[k]) for k in names if old[k] != fields[k]}
        if not changes:
            return {}
        logged = {k: [redacted(a), redacted(b)] if k in secret else [_jsonable(a), _jsonable(b)]
                  for k, (a, b) in changes.items()}
        hlc = self._log(table, row_id, op, logged)
        assignments = {**{k: fields[k] for k in changes}, **(derived or {}), "hlc": hlc}
        sql = ", ".join(f"{k} = ?" for k in assignments)
        conn.execute(f"UPDATE {table} SET {sql} WHERE id = ?", (*assignments.values(), row_id))
        return changes


def last_hash(conn: sqlite3.Connection, device_id: str) -> str:
    row = conn.execute(
        "SELECT hash FROM change_log WHERE device_id = ? ORDER BY seq DESC LIMIT 1", (device_id,)
    ).fetchone()
    return row[0] if row else ""


@contextmanager
def transaction(conn: sqlite3.Connection, actor: Actor, action: str) -> Iterator[Tx]:
    """One all-or-nothing write. `action` names the permission it needs (e.g. "members.write").

    Inside another transaction it is a savepoint of that one, so a job made of several writes (the demo
    association and its members) is still written whole or not at all."""
    authorize(actor, action)
    nested = conn.in_transaction
    conn.execute("SAVEPOINT nested_write" if nested else "BEGIN IMMEDIATE")
    tx: Tx | None = None
    try:
        device = clock.load(conn)
        tx = Tx(conn, actor, device, last_hash(conn, device.device_id))
        first_seq = device.seq
        yield tx
        tx.finish()
        if tx.device.seq != first_seq:
            clock.save(conn, tx.device)
        conn.execute("RELEASE nested_write" if nested else "COMMIT")
    except BaseException as exc:
        if tx is not None:
            tx.abandon()
        # After a full disk or an I/O error SQLite has rolled back already; a second ROLLBACK would hide
        # that error behind "cannot rollback".
        if conn.in_transaction:
            if nested:
                conn.execute("ROLLBACK TO nested_write")
                conn.execute("RELEASE nested_write")
            else:
                conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.OperationalError) and exc.sqlite_errorcode == sqlite3.SQLITE_FULL:
            raise DiskFull(N_("The disk is full, so nothing was saved. Free some space on the disk (or move "
                              "the data folder to another drive) and try again.")) from exc
        raise
