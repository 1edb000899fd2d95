"""The investigation: an incident's status (reported -> under investigation -> closed, and reopened with a
reason) and its corrective actions, each with an owner, a due date and a status."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from asm_assoc.core import writes
from asm_assoc.core.errors import Label, UserError, ValidationError
from asm_assoc.core.i18n import N_
from asm_assoc.core.incidents import book, classification, events
from asm_assoc.core.incidents import vocabulary as v

# The moves a case can make; reopening a closed case needs a reason.
MOVES = {
    (v.REPORTED, v.INVESTIGATING),
    (v.REPORTED, v.CLOSED),
    (v.INVESTIGATING, v.CLOSED),
    (v.CLOSED, v.INVESTIGATING),
}
MAX_TEXT = 1000


def set_status(conn: sqlite3.Connection, actor: writes.Actor, incident_id: str, status: str, *, reason: str = "",
               ) -> None:
    """Move a case on. Closing a case in which someone was hurt needs the commission's act (its number and
    date); reopening a closed case needs a reason."""
    inc = book.get(conn, incident_id)
    if status == inc.status:
        return
    if (inc.status, status) not in MOVES:
        raise UserError(N_("An incident that is {old} cannot become {new}."), old=Label(v.STATUSES[inc.status]),
                        new=Label(v.STATUSES.get(status, status)))
    if status == v.CLOSED and classification.is_recordable(inc.outcome) and not (inc.act_no and inc.act_on):
        raise UserError(N_("Someone was hurt in incident {number}: enter the investigation commission's act "
                           "(number and date) before closing it."), number=inc.reference)
    if inc.status == v.CLOSED and not reason.strip():
        raise ValidationError({"reason": UserError(N_("Say why the closed incident is reopened."))})
    with writes.transaction(conn, actor, book.WRITE) as tx:
        tx.update("incident", incident_id, {"status": status})
        events.record(tx, incident_id, events.STATUS, old_status=inc.status, new_status=status, reason=reason)


@dataclass
class Action:
    description: str = ""
    owner: str = ""
    due_on: str = ""
    status: str = v.ACTION_OPEN
    done_on: str = ""
    note: str = ""
    id: str | None = None
    incident_id: str | None = None

    def overdue_on(self, today: dt.date) -> bool:
        return self.status in v.PENDING_ACTIONS and bool(self.due_on) and self.due_on < today.isoformat()


def check_action(a: Action, occurred_on: str, today: dt.date) -> dict[str, UserError]:
    found: dict[str, UserError] = {}
    if not a.description:
        found["description"] = UserError(N_("Say what is to be done."))
    elif len(a.description) > MAX_TEXT or len(a.note) > MAX_TEXT:
        found["description"] = UserError(N_("This text is longer than {count} letters; shorten it."),
                                         count=MAX_TEXT)
    if not a.owner:
        found["owner"] = UserError(N_("Name who will do it."))
    if a.status not in v.ACTION_STATUSES:
        found["status"] = UserError(N_("Choose the action's status."))
    try:
        due, done = book.parse_day(a.due_on), book.parse_day(a.done_on)
    except ValueError:
        found["due_on"] = UserError(N_("A date of the action is not a valid date (use YYYY-MM-DD)."))
        return found
    if due is None:
        found["due_on"] = UserError(N_("Enter the date by which it must be done."))
    elif due.isoformat() < occurred_on:
        found["due_on"] = UserError(N_("The due date is before the incident."))
    if a.status == v.ACTION_DONE and done is None:
        found["done_on"] = UserError(N_("Enter the date it was done."))
    elif done and done > today:
        found["done_on"] = UserError(N_("The date it was done is in the future."))
    elif done and done.isoformat() < occurred_on:
        found["done_on"] = UserError(N_("The date it was done is before the incident."))
    elif done and a.status != v.ACTION_DONE:
        found["done_on"] = UserError(N_("Only a done action has a date done; clear it or mark the action done."))
    return found


def save_action(conn: sqlite3.Connection, actor: writes.Actor, incident_id: str, a: Action, *,
                today: dt.date | None = None) -> str:
    """Add or change a corrective action of an incident (any status: actions often end after the case is
    closed; the change log keeps every change)."""
    writes.authorize(actor, book.WRITE)
    today = today or dt.date.today()
    a.description, a.owner, a.note = a.description.strip(), " ".join(a.owner.split()), a.note.strip()
    occurred_on = conn.execute("SELECT occurred_on FROM incident WHERE id = ?", (incident_id,)).fetchone()
    if occurred_on is None:
        raise UserError(N_("This incident no longer exists."))
    found = check_action(a, occurred_on[0], today)
    if found:
        raise ValidationError(found)
    row = {"description": a.description, "owner": a.owner, "due_on": a.due_on, "status": a.status,
           "done_on": a.done_on, "note": a.note}
    if a.id and conn.execute("SELECT incident_id FROM incident_action WHERE id = ?", (a.id,)).fetchone() != (
            incident_id,):
        raise UserError(N_("This action belongs to another incident."))
    with writes.transaction(conn, actor, book.WRITE) as tx:
        if a.id:
            tx.update("incident_action", a.id, row)
        else:
            a.id = tx.insert("incident_action", {**row, "incident_id": incident_id})
    a.incident_id = incident_id
    return a.id


# The columns an `Action` is made of, for a table aliased `{t}`.
_ACTION_COLUMNS = ("{t}description, {t}owner, coalesce({t}due_on, ''), {t}status, coalesce({t}done_on, ''), "
                   "coalesce({t}note, ''), {t}id, {t}incident_id")


def actions_of(conn: sqlite3.Connection, incident_id: str) -> list[Action]:
    return [Action(*row) for row in conn.execute(
        f"SELECT {_ACTION_COLUMNS.format(t='')} FROM incident_action WHERE incident_id = ? ORDER BY due_on, hlc",
        (incident_id,))]


@dataclass(frozen=True)
class OverdueAction:
    action: Action
    incident_reference: str
    days_late: int


def overdue_actions(conn: sqlite3.Connection, today: dt.date | None = None) -> list[OverdueAction]:
    """Actions not done by their due date, the longest overdue first (for the home page)."""
    today = today or dt.date.today()
    rows = conn.execute(
        f"SELECT {_ACTION_COLUMNS.format(t='a.')}, i.year, i.number FROM incident_action a "
        "JOIN incident i ON i.id = a.incident_id WHERE i.archived = 0 AND a.status IN (?, ?) AND a.due_on < ? "
        "ORDER BY a.due_on, i.year, i.number", (*v.PENDING_ACTIONS, today.isoformat()),
    )
    return [OverdueAction(Action(*row[:8]), f"{row[8]}-{row[9]:03d}",
                          (today - dt.date.fromisoformat(row[2])).days) for row in rows]
