"""Which obligations a member owes from which month, and the monthly income they declared.

Each row says "from this month on, the member owes this obligation (declaring this income)" or "from this
month on, no longer". The row in force in a month is the latest one not after it, so a member can opt in to
voluntary social insurance, change the income they declare, stop, and start again, and the months before
each change keep what applied then. A row entered by mistake is set aside, never deleted."""

from __future__ import annotations

import bisect
import sqlite3
from collections import defaultdict
from dataclasses import dataclass

from asm_assoc.core import writes
from asm_assoc.core.errors import Money, Month, UserError, ValidationError
from asm_assoc.core.i18n import N_
from asm_assoc.core.payments import months
from asm_assoc.core.payments.obligations import MAX_AMOUNT, WRITE, Rates

MAX_NOTE = 500


@dataclass(frozen=True)
class Enrolment:
    id: str
    member_id: str
    obligation_id: str
    from_month: str
    active: bool
    declared_income: int | None
    note: str = ""


class History:
    """The rows of one member and one obligation, oldest first, answering "what applies in this month"."""

    def __init__(self, rows: list[Enrolment]) -> None:
        self.rows = sorted(rows, key=lambda r: r.from_month)
        self._starts = [r.from_month for r in self.rows]

    def at(self, month: str) -> Enrolment | None:
        """The row in force in `month` when it makes the member owe the obligation, else None."""
        i = bisect.bisect_right(self._starts, month)
        row = self.rows[i - 1] if i else None
        return row if row is not None and row.active else None

    @property
    def first_month(self) -> str | None:
        return next((r.from_month for r in self.rows if r.active), None)


_COLUMNS = "id, member_id, obligation_id, from_month, active, declared_income, coalesce(note, '')"


def _row(r: tuple) -> Enrolment:
    return Enrolment(r[0], r[1], r[2], r[3], bool(r[4]), r[5], r[6])


def histories(conn: sqlite3.Connection, member_id: str | None = None) -> dict[tuple[str, str], History]:
    """Per (member, obligation): every member's, or one member's."""
    sql = f"SELECT {_COLUMNS} FROM payment_enrolment WHERE archived = 0"
    params: tuple = ()
    if member_id is not None:
        sql, params = sql + " AND member_id = ?", (member_id,)
    grouped: dict[tuple[str, str], list[Enrolment]] = defaultdict(list)
    for r in conn.execute(sql, params):
        grouped[(r[1], r[2])].append(_row(r))
    return {key: History(rows) for key, rows in grouped.items()}


def for_member(conn: sqlite3.Connection, member_id: str) -> list[Enrolment]:
    return [_row(r) for r in conn.execute(
        f"SELECT {_COLUMNS} FROM payment_enrolment WHERE archived = 0 AND member_id = ? "
        "ORDER BY obligation_id, from_month", (member_id,))]


def set_from(conn: sqlite3.Connection, actor: writes.Actor, rates: Rates, *, member_id: str, obligation_id: str,
             from_month: str, active: bool = True, declared_income: int | None = None, note: str = "") -> str:
    """From `from_month` on the member owes (or, `active=False`, no longer owes) the obligation. A row from
    the same month is replaced (set aside, so the change log keeps it)."""
    writes.authorize(actor, WRITE)
    problems: dict[str, UserError] = {}
    start = ""
    try:
        start = months.parse(from_month)
    except UserError as exc:
        problems["from_month"] = exc
    if conn.execute("SELECT 1 FROM member WHERE id = ?", (member_id,)).fetchone() is None:
        problems["member"] = UserError(N_("Choose a member."))
    obligation = rates.obligations.get(obligation_id)
    if obligation is None:
        problems["obligation"] = UserError(N_("Choose an obligation."))
    if declared_income is not None and (not isinstance(declared_income, int) or not 0 <= declared_income <= MAX_AMOUNT):
        problems["declared_income"] = UserError(N_("Give the income in whole tögrög."))
    if len(note) > MAX_NOTE:
        problems["note"] = UserError(N_("A note is at most {count} characters."), count=MAX_NOTE)
    if obligation is not None and start and active and not problems.get("declared_income"):
        version = rates.version(obligation_id, start)
        if version is None:
            problems["from_month"] = UserError(N_("{obligation} has no rate for {month}: add the rate first."),
                                               obligation=obligation.names,
                                               month=Month(start))
        elif version.needs_income and not declared_income:
            problems["declared_income"] = UserError(N_("This obligation is a percentage of income: give the "
                                                       "member's declared monthly income."))
    if obligation is not None and start and not active and not problems:
        current = histories(conn, member_id).get((member_id, obligation_id))
        if current is None or current.at(start) is None:
            problems["from_month"] = UserError(N_("The member does not owe this obligation in {month}, so there "
                                                  "is nothing to stop."), month=Month(start))
    if problems:
        raise ValidationError(problems)
    with writes.transaction(conn, actor, WRITE) as tx:
        for (row_id,) in conn.execute(
                "SELECT id FROM payment_enrolment WHERE member_id = ? AND obligation_id = ? AND from_month = ? "
                "AND archived = 0", (member_id, obligation_id, start)).fetchall():
            tx.update("payment_enrolment", row_id, {"archived": 1})
        return tx.insert("payment_enrolment", {
            "member_id": member_id, "obligation_id": obligation_id, "from_month": start, "active": int(active),
            "declared_income": declared_income if active else None, "note": note.strip() or None})


def remove(conn: sqlite3.Connection, actor: writes.Actor, enrolment_id: str) -> None:
    """Set aside a row entered by mistake: the row before it applies again from its month."""
    with writes.transaction(conn, actor, WRITE) as tx:
        tx.update("payment_enrolment", enrolment_id, {"archived": 1})


def income_below_minimum(rates: Rates, enrolment: Enrolment) -> Money | None:
    """The minimum wage, when the declared income is below it and the rate counts at least the minimum wage
    (the amount due is then worked out on the minimum wage): for a warning beside the income."""
    version = rates.version(enrolment.obligation_id, enrolment.from_month)
    wage = rates.minimum_wage(enrolment.from_month)
    floored = version is not None and any(p.floor_min_wage for p in version.parts)
    if floored and wage and (enrolment.declared_income or 0) < wage:
        return Money(wage)
    return None
