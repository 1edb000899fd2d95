"""The audit trail: checking the hash chain of the change log, and a record's history in plain words.

Each device's entries form a chain: an entry's hash covers its contents and the hash of the one before it
(`writes.entry_hash`). Editing, removing, adding or reordering entries with any tool other than this program
breaks the chain at that place, and `verify` names the entry. What the chain cannot catch on its own: someone
who knows the recipe rewrites every entry after the change and the device's sequence counter too; a printed
or backed-up "head" (the last sequence and hash, shown after a check) exposes that as well.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field

from asm_assoc.core import access, clock, writes
from asm_assoc.core.errors import Label, UserError
from asm_assoc.core.i18n import N_, Translator

# What a table's rows are, and what each kind of change did to one, in plain words.
TABLE_LABELS = {
    "member": N_("member"),
    "association": N_("association profile"),
    "user": N_("user account"),
}
OP_LABELS = {
    "insert": N_("added"),
    "update": N_("changed"),
    "archive": N_("archived"),
    "unarchive": N_("brought back from the archive"),
    "entry": N_("recorded"),
}


@dataclass(frozen=True)
class Problem:
    """One place where the chain is broken."""

    seq: int
    device_id: str
    message: UserError

    def text(self, tr: Translator | None = None) -> str:
        return self.message.text(tr)


@dataclass
class VerifyReport:
    entries: int = 0
    devices: int = 0
    problems: list[Problem] = field(default_factory=list)
    head: tuple[int, str] | None = None  # this device's last (sequence, hash), to note down or print

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self, tr: Translator) -> list[str]:
        """What the check found, to show after the problems (if any) are listed: the counts and the verdict,
        and for an intact trail the last entry to note down."""
        _ = tr.gettext
        counts = _("Checked {entries} entries from {devices} computer(s).").format(
            entries=tr.number(self.entries), devices=tr.number(self.devices))
        if self.problems:
            return [counts + " " + _("The audit trail was tampered with at the entries above.")]
        lines = [counts + " " + _("The audit trail is intact: no entry was changed, removed, added or reordered.")]
        if self.head:
            lines.append(_("Last entry of this computer: {seq}, fingerprint {hash}.").format(
                seq=self.head[0], hash=self.head[1][:16]))
        return lines


def _where(row: dict) -> dict[str, object]:
    """The values that name an entry in a message: its number, time, and what it was about."""
    try:
        at = _local_time(row["at"]).strftime("%Y-%m-%d %H:%M")
    except (TypeError, ValueError):  # the time itself was edited into something else
        at = str(row["at"])
    return {"seq": row["seq"], "at": at, "what": Label(TABLE_LABELS.get(row["table_name"], row["table_name"])),
            "op": Label(OP_LABELS.get(row["op"], row["op"]))}


def verify(conn: sqlite3.Connection, actor: writes.Actor, progress: Callable[[int, int], None] | None = None,
           ) -> VerifyReport:
    """Walk every device's chain in sequence order and report each entry that was changed, removed, added
    or moved outside the program."""
    access.require(actor, "audit.read")
    local = clock.load(conn)
    report = VerifyReport()
    total = conn.execute("SELECT count(*) FROM change_log").fetchone()[0]
    cols = ", ".join(writes.LOG_COLUMNS)
    rows = conn.execute(f"SELECT {cols} FROM change_log ORDER BY device_id, seq")
    device: str | None = None
    last_seq, last_hash = 0, ""
    for done, values in enumerate(rows):
        if progress and done % 5000 == 0:
            progress(done, total)
        row = dict(zip(writes.LOG_COLUMNS, values, strict=True))
        if row["device_id"] != device:
            if device is not None:
                _end_of_chain(report, device, last_seq, local)
            device, last_seq, last_hash = row["device_id"], 0, ""
            report.devices += 1
        report.entries += 1
        _check_entry(report, row, last_seq, last_hash)
        last_seq, last_hash = row["seq"], row["hash"]
        if device == local.device_id:
            report.head = (last_seq, last_hash)
    if device is not None:
        _end_of_chain(report, device, last_seq, local)
    if local.seq and report.head is None:
        report.problems.append(Problem(0, local.device_id, UserError(
            N_("Every entry of this computer's audit trail (1 to {last}) was removed."), last=local.seq)))
    if progress:
        progress(total, total)
    return report


def _check_entry(report: VerifyReport, row: dict, last_seq: int, last_hash: str) -> None:
    seq, device = row["seq"], row["device_id"]
    if seq > last_seq + 1:
        first, last = last_seq + 1, seq - 1
        report.problems.append(Problem(first, device, UserError(
            N_("Entries {first} to {last} are missing: they were removed outside the program.")
            if last > first else N_("Entry {first} is missing: it was removed outside the program."),
            first=first, last=last)))
    entry = {k: row[k] for k in writes.ENTRY_COLUMNS}
    if writes.entry_hash(row["prev_hash"] or "", entry) != row["hash"]:
        report.problems.append(Problem(seq, device, UserError(
            N_("Entry {seq} ({at}: {what} {op}) was changed outside the program."), **_where(row))))
    elif (row["prev_hash"] or "") != last_hash and seq == last_seq + 1:
        report.problems.append(Problem(seq, device, UserError(
            N_("Entry {seq} ({at}: {what} {op}) does not follow the entry before it: entries were removed, "
               "added or put in another order outside the program."), **_where(row))))


def _end_of_chain(report: VerifyReport, device: str, last_seq: int, local: clock.DeviceClock) -> None:
    """Only this computer knows how many entries it wrote; entries from other devices end where they end."""
    if device != local.device_id:
        return
    if last_seq > local.seq:
        report.problems.append(Problem(local.seq + 1, device, UserError(
            N_("Entries after {last} were added outside the program."), last=local.seq)))
    elif last_seq < local.seq:
        report.problems.append(Problem(last_seq + 1, device, UserError(
            N_("The last entries ({first} to {last}) were removed outside the program."),
            first=last_seq + 1, last=local.seq)))


# History ----------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Change:
    field: str
    old: object
    new: object


@dataclass(frozen=True)
class HistoryItem:
    seq: int
    at: dt.datetime  # local time
    user_id: str | None
    user_name: str
    op: str
    changes: tuple[Change, ...]


@dataclass(frozen=True)
class HistoryFilter:
    user_name: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None


NO_FILTER = HistoryFilter()


def _local_time(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).astimezone()


def history(conn: sqlite3.Connection, actor: writes.Actor, table: str, row_id: str,
            f: HistoryFilter | None = None) -> list[HistoryItem]:
    """Every change to one record, oldest first, as stored (values masked where the actor's role may not
    see them), filtered by who made it and between which dates (local, inclusive)."""
    access.require(actor, "audit.read")
    f = f or NO_FILTER
    items = []
    privacy = conn.execute("SELECT i.privacy FROM incident_person p JOIN incident i ON i.id = p.incident_id "
                           "WHERE p.id = ?", (row_id,)).fetchone() if table == "incident_person" else None
    private = bool(privacy and privacy[0])
    for seq, at, user_id, user_name, op, changes in conn.execute(
        "SELECT seq, at, user_id, user_name, op, changes FROM change_log WHERE table_name = ? AND row_id = ? "
        "ORDER BY hlc, device_id, seq", (table, row_id),
    ):
        when = _local_time(at)
        if f.user_name and user_name != f.user_name:
            continue
        if (f.since and when.date() < f.since) or (f.until and when.date() > f.until):
            continue
        parsed = json.loads(changes)
        shown = tuple(Change(k, *_masked(actor, table, k, v, private)) for k, v in sorted(parsed.items()))
        items.append(HistoryItem(seq, when, user_id, user_name, op, shown))
    return items


def history_users(conn: sqlite3.Connection, table: str, row_id: str) -> list[str]:
    """The names of everyone who changed the record (the choices of the History panel's filter)."""
    return [r[0] for r in conn.execute(
        "SELECT DISTINCT user_name FROM change_log WHERE table_name = ? AND row_id = ? ORDER BY user_name",
        (table, row_id))]


# What only those allowed to see medical details read in an incident's history.
MEDICAL_FIELDS = frozenset({"body_part", "injury_nature"})
# What says who the person of a privacy case is.
IDENTITY_FIELDS = frozenset({"member_id", "name", "sex", "age"})


def _masked(actor: writes.Actor, table: str, name: str, values: list, private: bool = False,
            ) -> tuple[object, object]:
    """What the actor may read of a change: registration numbers and, of a person in an incident, the
    medical details (and, in a privacy case, who they are) only with the right to."""
    old, new = values
    if table == "member" and name == "regnum" and not access.can(actor.role, "members.regnum"):
        return access.mask_regnum(old), access.mask_regnum(new)
    hidden = MEDICAL_FIELDS | (IDENTITY_FIELDS if private else frozenset())
    if table == "incident_person" and name in hidden and not access.can(actor.role, "incidents.medical"):
        return (access.MASK * 3 if old else old), (access.MASK * 3 if new else new)
    return old, new
