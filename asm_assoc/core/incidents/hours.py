"""Hours worked per month, the exposure that rates are measured against, and the number of workers.
Each month says whether its hours were counted (from time sheets or shift lists) or estimated (workers ×
days × hours a day), and the reports say how many months were estimated or missing."""

from __future__ import annotations

import calendar
import datetime as dt
import re
import sqlite3
from dataclasses import dataclass

from asm_assoc.core import association, writes
from asm_assoc.core.errors import UserError, ValidationError
from asm_assoc.core.i18n import N_
from asm_assoc.core.incidents import vocabulary as v

WRITE = "incidents.write"
_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
MAX_NOTE = 500
MAX_WORKERS = 1_000_000  # far more than the Federation's members; it also keeps the hours within SQLite's integers


@dataclass
class MonthHours:
    month: str  # "YYYY-MM"
    hours: int
    workers: int
    method: str = v.COUNTED
    note: str = ""
    id: str | None = None


def estimate(workers: int, days: int, hours_a_day: int) -> int:
    """Hours worked estimated from the people who worked, the days they worked and their usual day."""
    return workers * days * hours_a_day


def days_in(month: str) -> int:
    year, number = (int(part) for part in month.split("-"))
    return calendar.monthrange(year, number)[1]


def check(h: MonthHours, today: dt.date) -> dict[str, UserError]:
    found: dict[str, UserError] = {}
    if not _MONTH.match(h.month):
        found["month"] = UserError(N_("Choose the month."))
        return found
    if h.month > today.strftime("%Y-%m"):
        found["month"] = UserError(N_("Hours can be entered only for a month that has begun."))
    if any(isinstance(n, bool) or not isinstance(n, int) for n in (h.hours, h.workers)):
        found["hours"] = UserError(N_("Hours and workers are whole numbers."))
    elif h.workers < 0 or h.hours < 0:
        found["hours"] = UserError(N_("Hours and workers cannot be fewer than zero."))
    elif h.workers > MAX_WORKERS:
        found["workers"] = UserError(N_("At most {count} workers can be entered for a month."), count=MAX_WORKERS)
    elif h.hours and not h.workers:
        found["workers"] = UserError(N_("Enter how many people worked this month."))
    elif h.hours > h.workers * 24 * days_in(h.month):
        found["hours"] = UserError(N_("{hours} hours is more than {workers} workers can work in a month of "
                                      "{days} days, even around the clock."),
                                   hours=h.hours, workers=h.workers, days=days_in(h.month))
    if h.method not in v.HOURS_METHODS:
        found["method"] = UserError(N_("Say whether the hours were counted or estimated."))
    if len(h.note) > MAX_NOTE:
        found["note"] = UserError(N_("This text is longer than {count} letters; shorten it."), count=MAX_NOTE)
    return found


def save(conn: sqlite3.Connection, actor: writes.Actor, h: MonthHours, *, today: dt.date | None = None) -> str:
    """Enter or correct one month's hours (one row per month)."""
    writes.authorize(actor, WRITE)
    h.note = h.note.strip()
    found = check(h, today or dt.date.today())
    if found:
        raise ValidationError(found)
    association_id = association.current_id(conn)
    if association_id is None:
        raise UserError(N_("Enter the association's profile first."))
    row = {"hours": h.hours, "workers": h.workers, "method": h.method, "note": h.note}
    existing = conn.execute("SELECT id FROM hours_worked WHERE association_id = ? AND month = ?",
                            (association_id, h.month)).fetchone()
    with writes.transaction(conn, actor, WRITE) as tx:
        if existing:
            tx.update("hours_worked", existing[0], row)
            h.id = existing[0]
        else:
            h.id = tx.insert("hours_worked", {**row, "association_id": association_id, "month": h.month})
    return h.id


def months(conn: sqlite3.Connection, first: str, last: str) -> list[MonthHours]:
    """The months from `first` to `last` ("YYYY-MM", both included) that have hours, in order."""
    return [MonthHours(*row) for row in conn.execute(
        "SELECT month, hours, workers, method, coalesce(note, ''), id FROM hours_worked "
        "WHERE association_id = ? AND month BETWEEN ? AND ? ORDER BY month",
        (association.current_id(conn), first, last))]


def hours_within(h: MonthHours, start: dt.date, end: dt.date) -> int:
    """A month's hours that fall in the period: all of them for a whole month, else in proportion to its
    days in the period (a period of 15 days of a 30-day month counts half its hours), rounded half up."""
    year, number = (int(part) for part in h.month.split("-"))
    first, days = dt.date(year, number, 1), days_in(h.month)
    last = first + dt.timedelta(days=days - 1)
    covered = (min(end, last) - max(start, first)).days + 1
    if covered >= days:
        return h.hours
    return (2 * h.hours * max(0, covered) + days) // (2 * days)


def month_range(start: dt.date, end: dt.date) -> list[str]:
    """Every month that has a day in the period, as "YYYY-MM"."""
    found, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month):
        found.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found
