"""Members' payments: each is one numbered receipt, written once as immutable entries (the collection and
its allocations to obligations and periods) and corrected only by a reversal.

A payment may cover several obligations and several periods, less than is owed (a partial payment) or
periods not yet come (an advance); it may not pay more for a period than is still owed for it, except for an
obligation whose amount is entered each time."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass, field

from asm_assoc.core import association, numbering, writes
from asm_assoc.core.errors import Day, Money, Month, UserError, ValidationError
from asm_assoc.core.i18n import N_
from asm_assoc.core.payments import dues, enrolments, ledger, months, people
from asm_assoc.core.payments.obligations import MAX_AMOUNT, WRITE, Rates

CASH, BANK, SAVINGS = "cash", "bank", "savings"
METHODS = {CASH: N_("Cash"), BANK: N_("Bank transfer"), SAVINGS: N_("Deducted from a savings payout")}
MAX_TEXT = 500
EARLIEST = dt.date(2000, 1, 1)
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# How far ahead a member may pay: a year, so that a typing slip (2062 for 2026) is not taken as an advance.
MAX_MONTHS_AHEAD = 12
_RECEIPT = re.compile(r"^\s*(\d{4})\s*[-/.]\s*0*(\d{1,9})\s*$")


@dataclass
class Line:
    obligation_id: str
    period: str  # the period's first month, YYYY-MM
    amount: int


@dataclass
class Payment:
    member_id: str
    paid_on: str
    lines: list[Line] = field(default_factory=list)
    method: str = CASH
    reference: str = ""  # a bank transfer's reference, the savings group of a payout
    note: str = ""


@dataclass(frozen=True)
class OpenPeriod:
    """A period of an obligation the member owes, with what is owed and paid so far (`due` None: an amount
    entered each time)."""

    obligation_id: str
    period: str
    due: int | None
    paid: int

    @property
    def open(self) -> int | None:
        return None if self.due is None else max(self.due - self.paid, 0)


@dataclass
class Collection:
    id: str
    association_id: str
    year: int
    number: int | None
    member_id: str
    paid_on: str
    method: str
    reference: str
    amount: int
    received_by: str
    note: str
    reverses: str | None
    reversed_by: str | None = None
    lines: list[Line] = field(default_factory=list)

    @property
    def receipt_no(self) -> str:
        return receipt_text(self.year, self.number) if self.number is not None else ""


def receipt_text(year: int, number: int) -> str:
    return f"{year}-{number:04d}"


def check_day(text: str, today: dt.date) -> dt.date:
    # Only YYYY-MM-DD: days are compared as text, and Python would also read 20261102 or 2026-W45-1.
    try:
        day = dt.date.fromisoformat(text) if _DAY.match(text or "") else None
    except ValueError:
        day = None
    if day is None:
        raise UserError(N_("Give the date as year-month-day, for example 2026-03-15."))
    if day > today:
        raise UserError(N_("The date {date} is in the future."), date=Day(day.isoformat()))
    if day < EARLIEST:
        raise UserError(N_("The date {date} is too long ago."), date=Day(day.isoformat()))
    return day


def open_periods(conn: sqlite3.Connection, rates: Rates, member_id: str, through: str,
                 ahead: int = 0) -> list[OpenPeriod]:
    """Every period the member owes from their first month through `through` (and `ahead` months more, to
    pay in advance), with what is paid: those still open, and the current period of each obligation whose
    amount is entered each time."""
    person = people.get(conn, member_id)
    if person is None:
        return []
    paid = ledger.collected(conn, member_id=member_id)
    last = months.add(through, ahead)
    out = []
    for (_, obligation_id), history in enrolments.histories(conn, member_id).items():
        if obligation_id not in rates.obligations:
            continue
        first = history.first_month or last
        for due in dues.dues(rates, history, obligation_id, first, last, person.months):
            done = paid.get((member_id, obligation_id, due.period), 0)
            if due.entered:
                if due.period == months.period_start(through, rates.obligations[obligation_id].period):
                    out.append(OpenPeriod(obligation_id, due.period, None, done))
            elif done < due.amount:
                out.append(OpenPeriod(obligation_id, due.period, due.amount, done))
    order = list(rates.obligations)
    return sorted(out, key=lambda p: (order.index(p.obligation_id), p.period))


def check(conn: sqlite3.Connection, rates: Rates, payment: Payment, *, today: dt.date | None = None) -> None:
    """Every rule a payment must keep; raises ValidationError naming each field (`lines.N` for a line)."""
    today = today or dt.date.today()
    problems: dict[str, UserError] = {}
    person = people.get(conn, payment.member_id)
    if person is None or person.association_id != association.current_id(conn):
        problems["member"] = UserError(N_("Choose the member who pays."))
        person = None
    paid_on = None
    try:
        paid_on = check_day(payment.paid_on, today)
    except UserError as exc:
        problems["paid_on"] = exc
    latest = months.add(months.month_of(paid_on or today), MAX_MONTHS_AHEAD)
    if payment.method not in METHODS:
        problems["method"] = UserError(N_("Choose how it was paid."))
    if len(payment.reference) > 100:
        problems["reference"] = UserError(N_("A reference is at most {count} characters."), count=100)
    if len(payment.note) > MAX_TEXT:
        problems["note"] = UserError(N_("A note is at most {count} characters."), count=MAX_TEXT)
    if not payment.lines:
        problems["lines"] = UserError(N_("Choose at least one obligation and period to pay."))
    histories = enrolments.histories(conn, payment.member_id) if person else {}
    paid = ledger.collected(conn, member_id=payment.member_id) if person else {}
    seen = set()
    for i, line in enumerate(payment.lines):
        problem = _check_line(rates, person, histories, paid, line, seen, latest)
        if problem is not None:
            problems[f"lines.{i}"] = problem
    if problems:
        raise ValidationError(problems)


def _check_line(rates: Rates, person: people.Person | None, histories: dict, paid: dict, line: Line,
                seen: set, latest: str) -> UserError | None:
    obligation = rates.obligations.get(line.obligation_id)
    if obligation is None:
        return UserError(N_("Choose an obligation."))
    if not isinstance(line.amount, int) or not 0 < line.amount <= MAX_AMOUNT:
        return UserError(N_("Give the amount in whole tögrög, more than 0."))
    try:
        period = months.parse(line.period)
    except UserError as exc:
        return exc
    if period != months.period_start(period, obligation.period):
        return UserError(N_("{obligation} is paid for periods that begin in {month}'s period: choose the "
                            "period's first month."), obligation=obligation.names, month=Month(period))
    if period > latest:
        return UserError(N_("A payment can be made at most a year ahead; {month} is further."), month=Month(period))
    if (obligation.id, period) in seen:
        return UserError(N_("{obligation} for {month} is on this receipt twice."), obligation=obligation.names,
                         month=Month(period))
    seen.add((obligation.id, period))
    if person is None:
        return None
    history = histories.get((person.id, obligation.id))
    due = dues.period_due(rates, history, obligation.id, period, person.months) if history else None
    if due is None:
        return UserError(N_("The member does not owe {obligation} for {month}."), obligation=obligation.names,
                         month=Month(period))
    if due.entered:
        return None
    still = due.amount - paid.get((person.id, obligation.id, period), 0)
    if line.amount > still:
        return UserError(N_("Only {open} is still owed for {obligation} for {month}."), open=Money(max(still, 0)),
                         obligation=obligation.names, month=Month(period))
    return None


def _next_number(tx: writes.Tx, association_id: str, year: int) -> int:
    return numbering.next_number(tx, "payment_receipt_counter", "payment_collection", association_id, year)


def record(conn: sqlite3.Connection, actor: writes.Actor, rates: Rates, payment: Payment, *,
           today: dt.date | None = None) -> Collection:
    """Write the payment and give it the next receipt number of its year."""
    writes.authorize(actor, WRITE)
    with writes.transaction(conn, actor, WRITE) as tx:
        check(conn, rates, payment, today=today)  # inside: no other write can change what is owed meanwhile
        person = people.get(conn, payment.member_id)
        assert person is not None
        year = int(payment.paid_on[:4])
        number = _next_number(tx, person.association_id, year)
        collection_id = tx.append_entry("payment_collection", {
            "association_id": person.association_id, "year": year, "number": number, "member_id": person.id,
            "paid_on": payment.paid_on, "method": payment.method, "reference": payment.reference.strip() or None,
            "amount": sum(line.amount for line in payment.lines), "received_by": actor.name,
            "note": payment.note.strip() or None, "reverses": None})
        tx.insert_many("payment_allocation", [
            {"collection_id": collection_id, "member_id": person.id, "obligation_id": line.obligation_id,
             "period": months.parse(line.period), "amount": line.amount, "paid_on": payment.paid_on}
            for line in payment.lines], op="entry")
    return get(conn, collection_id)


def reverse(conn: sqlite3.Connection, actor: writes.Actor, collection_id: str, reason: str, *,
            today: dt.date | None = None) -> str:
    """Undo a payment recorded by mistake with an entry of the opposite amount. Refused when part of it was
    already passed on to an authority (reverse that remittance first) or it was reversed already."""
    writes.authorize(actor, WRITE)
    today = today or dt.date.today()
    original = get(conn, collection_id)
    if original.reverses is not None:
        raise UserError(N_("This is itself a reversal; record the payment again instead."))
    if original.reversed_by is not None:
        raise UserError(N_("Receipt {number} was reversed already."), number=original.receipt_no)
    if not reason.strip():
        raise ValidationError({"reason": UserError(N_("Say why the payment is reversed."))})
    if len(reason) > MAX_TEXT:
        raise ValidationError({"reason": UserError(N_("A note is at most {count} characters."), count=MAX_TEXT)})
    held = ledger.held(conn, member_id=original.member_id)
    for line in original.lines:
        if held.get((original.member_id, line.obligation_id, line.period), 0) < line.amount:
            raise UserError(N_("Part of receipt {number} was already passed on to the authority ({month}). "
                               "Reverse that remittance first."), number=original.receipt_no,
                            month=Month(line.period))
    on = max(today.isoformat(), original.paid_on)
    with writes.transaction(conn, actor, WRITE) as tx:
        reversal = tx.append_entry("payment_collection", {
            "association_id": original.association_id, "year": int(on[:4]), "number": None,
            "member_id": original.member_id, "paid_on": on, "method": original.method,
            "reference": original.reference or None, "amount": -original.amount, "received_by": actor.name,
            "note": reason.strip(), "reverses": original.id})
        tx.insert_many("payment_allocation", [
            {"collection_id": reversal, "member_id": original.member_id, "obligation_id": line.obligation_id,
             "period": line.period, "amount": -line.amount, "paid_on": on} for line in original.lines], op="entry")
    return reversal


_COLUMNS = ("c.id, c.association_id, c.year, c.number, c.member_id, c.paid_on, c.method, coalesce(c.reference, ''), "
            "c.amount, coalesce(c.received_by, ''), coalesce(c.note, ''), c.reverses, "
            "(SELECT r.id FROM payment_collection r WHERE r.reverses = c.id)")


def _collection(row: tuple) -> Collection:
    return Collection(*row)


def get(conn: sqlite3.Connection, collection_id: str) -> Collection:
    row = conn.execute(f"SELECT {_COLUMNS} FROM payment_collection c WHERE c.id = ?", (collection_id,)).fetchone()
    if row is None:
        raise UserError(N_("This payment no longer exists."))
    c = _collection(row)
    c.lines = [Line(o, p, a) for o, p, a in conn.execute(
        "SELECT a.obligation_id, a.period, a.amount FROM payment_allocation a "
        "LEFT JOIN payment_obligation o ON o.id = a.obligation_id WHERE a.collection_id = ? "
        "ORDER BY o.sort_order, a.period", (collection_id,))]
    return c


def find(conn: sqlite3.Connection, text: str, association_id: str | None = None) -> str:
    """The collection of a receipt number as printed ("2026-0012"; "2026-12" too)."""
    m = _RECEIPT.match(text or "")
    if not m:
        raise UserError(N_("Write the receipt number as year and number, for example 2026-0012."))
    association_id = association_id or association.current_id(conn)
    row = conn.execute("SELECT id FROM payment_collection WHERE association_id = ? AND year = ? AND number = ?",
                       (association_id, int(m.group(1)), int(m.group(2)))).fetchone()
    if row is None:
        raise UserError(N_("There is no receipt {number}."), number=text.strip())
    return row[0]


def listing(conn: sqlite3.Connection, association_id: str, *, year: int | None = None,
            member_id: str | None = None) -> list[Collection]:
    """Receipts and reversals, newest first (without their lines)."""
    where, params = ["c.association_id = ?"], [association_id]
    if year is not None:
        where.append("c.paid_on >= ? AND c.paid_on < ?")
        params += [f"{year:04d}-01-01", f"{year + 1:04d}-01-01"]
    if member_id is not None:
        where.append("c.member_id = ?")
        params.append(member_id)
    return [_collection(r) for r in conn.execute(
        f"SELECT {_COLUMNS} FROM payment_collection c WHERE {' AND '.join(where)} "
        "ORDER BY c.paid_on DESC, c.year DESC, c.number DESC, c.rowid DESC", params)]
