"""What happened to an incident as a case: reported, investigated, closed, reopened, corrected after it
was closed, set aside. Events are written once (entries) with the person's reason; the change log keeps
the old and new values of every field beside them."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from asm_assoc.core import writes
from asm_assoc.core.i18n import N_

REPORTED, STATUS, AMENDED, ARCHIVED = "reported", "status", "amended", "archived"
KIND_LABELS = {
    REPORTED: N_("Recorded"),
    STATUS: N_("Status changed"),
    AMENDED: N_("Corrected after closing"),
    ARCHIVED: N_("Set aside as entered by mistake"),
}


@dataclass(frozen=True)
class Event:
    at: str  # local time, "YYYY-MM-DD HH:MM"
    kind: str
    old_status: str
    new_status: str
    reason: str
    user_name: str


def record(tx: writes.Tx, incident_id: str, kind: str, *, old_status: str = "", new_status: str = "",
           reason: str = "") -> None:
    at = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    tx.append_entry("incident_event", {"incident_id": incident_id, "at": at, "kind": kind, "old_status": old_status,
                                       "new_status": new_status, "reason": reason.strip(),
                                       "user_name": tx.actor.name})


def events_of(conn: sqlite3.Connection, incident_id: str) -> list[Event]:
    return [Event(*row) for row in conn.execute(
        "SELECT at, kind, coalesce(old_status, ''), coalesce(new_status, ''), coalesce(reason, ''), "
        "coalesce(user_name, '') FROM incident_event WHERE incident_id = ? ORDER BY at, hlc", (incident_id,))]
