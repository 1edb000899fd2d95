"""What the association passed on to an authority: one remittance per payment it made (with the
authority's receipt number), its items naming the member, obligation and period each tögrög was for.

Only what is held can be remitted (collected from the member and not yet passed on), so what is held is never
negative and every tögrög collected is either passed on or shown as held (`ledger.held`). Remittances are
entries: corrected by a reversal."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field

from asm_assoc.core import association, writes
from asm_assoc.core.errors import Money, Month, UserError, ValidationError
from asm_assoc.core.i18n import N_
from asm_assoc.core.payments import collections, ledger, obligations, people
from asm_assoc.core.payments.obligations import WRITE, Rates

MAX_RECEIPT_NO = 60


@dataclass(frozen=True)
class Item:
    member_id: str
    obligation_id: str
    period: str
    amount: int


@dataclass
class Remittance:
    id: str
    association_id: str
    authority_id: str
    paid_on: str
    receipt_no: str
    method: str
    amount: int
    note: str
    reverses: str | None
    reversed_by: str | None = None
    items: list[Item] = field(default_factory=list)


def held_for(conn: sqlite3.Connection, rates: Rates, authority_id: str, association_id: str, *,
             first: str | None = None, last: str | None = None, paid_by: str | None = None) -> list[Item]:
    """What is held for the authority (periods `first`..`last`; collected by the day `paid_by`), by member
    number, obligation and period."""
    members = people.of_association(conn, association_id)
    rates = _with_set_aside(conn, rates)
    order = list(rates.obligations)
    own = {o.id for o in rates.obligations.values() if o.authority_id == authority_id}
    held = ledger.held(conn, first=first, last=last, paid_by=paid_by)
    items = [Item(m, o, p, amount) for (m, o, p), amount in held.items() if o in own and m in members and amount > 0]
    return sorted(items, key=lambda i: (members[i.member_id].member_no, order.index(i.obligation_id), i.period))


def _with_set_aside(conn: sqlite3.Connection, rates: Rates) -> Rates:
    """The rates with obligations set aside too: money collected for one before it was set aside is still
    held and must still be passed on."""
    return rates if any(o.archived for o in rates.obligations.values()) else obligations.load(conn, with_archived=True)


def record(conn: sqlite3.Connection, actor: writes.Actor, rates: Rates, *, association_id: str, authority_id: str,
           paid_on: str, receipt_no: str, items: list[Item], method: str = collections.BANK, note: str = "",
           today: dt.date | None = None) -> str:
    writes.authorize(actor, WRITE)
    today = today or dt.date.today()
    rates = _with_set_aside(conn, rates)
    with writes.transaction(conn, actor, WRITE) as tx:  # checked inside: nothing held can change meanwhile
        day = _check(conn, rates, association_id=association_id, authority_id=authority_id, paid_on=paid_on,
                     receipt_no=receipt_no, items=items, method=method, note=note, today=today)
        remittance_id = tx.append_entry("payment_remittance", {
            "association_id": association_id, "authority_id": authority_id, "paid_on": day,
            "receipt_no": receipt_no.strip(), "method": method, "amount": sum(i.amount for i in items),
            "note": note.strip() or None, "reverses": None})
        tx.insert_many("payment_remittance_item", [
            {"remittance_id": remittance_id, "member_id": i.member_id, "obligation_id": i.obligation_id,
             "period": i.period, "amount": i.amount} for i in items], op="entry")
    return remittance_id


def _check(conn: sqlite3.Connection, rates: Rates, *, association_id: str, authority_id: str, paid_on: str,
           receipt_no: str, items: list[Item], method: str, note: str, today: dt.date) -> str:
    """Every rule a remittance must keep (ValidationError naming each field, `items.N` for an item); returns
    the day paid. Only what had been collected by that day, and is not yet passed on, can be passed on."""
    problems: dict[str, UserError] = {}
    if association_id != association.current_id(conn):
        problems["authority"] = UserError(N_("Choose the authority the money was paid to."))
    authority = rates.authorities.get(authority_id)
    if authority is None or authority.keeps:
        problems["authority"] = UserError(N_("Choose the authority the money was paid to."))
    day = None
    try:
        day = collections.check_day(paid_on, today).isoformat()
    except UserError as exc:
        problems["paid_on"] = exc
    if not receipt_no.strip():
        problems["receipt_no"] = UserError(N_("Write the number of the receipt the authority gave."))
    elif len(receipt_no) > MAX_RECEIPT_NO:
        problems["receipt_no"] = UserError(N_("A receipt number is at most {count} characters."), count=MAX_RECEIPT_NO)
    if method not in collections.METHODS:
        problems["method"] = UserError(N_("Choose how it was paid."))
    if len(note) > collections.MAX_TEXT:
        problems["note"] = UserError(N_("A note is at most {count} characters."), count=collections.MAX_TEXT)
    if not items:
        problems["items"] = UserError(N_("Choose at least one member's payment to pass on."))
    held = ledger.held(conn, paid_by=day) if day else {}
    members = people.of_association(conn, association_id)
    seen = set()
    for i, item in enumerate(items):
        obligation = rates.obligations.get(item.obligation_id)
        key = (item.member_id, item.obligation_id, item.period)
        if obligation is None or (authority is not None and obligation.authority_id != authority.id):
            problems[f"items.{i}"] = UserError(N_("This obligation is not paid to this authority."))
        elif item.member_id not in members:
            problems[f"items.{i}"] = UserError(N_("Choose a member."))
        elif key in seen:
            problems[f"items.{i}"] = UserError(N_("{obligation} for {month} is on this remittance twice."),
                                               obligation=obligation.names, month=Month(item.period))
        elif not isinstance(item.amount, int) or not 0 < item.amount <= held.get(key, 0):
            problems[f"items.{i}"] = UserError(
                N_("Only {held} of {obligation} for {month} is held for {name}: nothing more can be passed on."),
                held=Money(max(held.get(key, 0), 0)), obligation=obligation.names, month=Month(item.period),
                name=members[item.member_id].name)
        seen.add(key)
    if problems:
        raise ValidationError(problems)
    return day or ""


def reverse(conn: sqlite3.Connection, actor: writes.Actor, remittance_id: str, reason: str, *,
            today: dt.date | None = None) -> str:
    """Undo a remittance recorded by mistake: the money is shown as held again."""
    writes.authorize(actor, WRITE)
    today = today or dt.date.today()
    original = get(conn, remittance_id)
    if original.reverses is not None:
        raise UserError(N_("This is itself a reversal; record the remittance again instead."))
    if original.reversed_by is not None:
        raise UserError(N_("This remittance was reversed already."))
    if not reason.strip():
        raise ValidationError({"reason": UserError(N_("Say why the remittance is reversed."))})
    on = max(today.isoformat(), original.paid_on)
    with writes.transaction(conn, actor, WRITE) as tx:
        reversal = tx.append_entry("payment_remittance", {
            "association_id": original.association_id, "authority_id": original.authority_id, "paid_on": on,
            "receipt_no": original.receipt_no, "method": original.method, "amount": -original.amount,
            "note": reason.strip()[:collections.MAX_TEXT], "reverses": original.id})
        tx.insert_many("payment_remittance_item", [
            {"remittance_id": reversal, "member_id": i.member_id, "obligation_id": i.obligation_id,
             "period": i.period, "amount": -i.amount} for i in original.items], op="entry")
    return reversal


_COLUMNS = ("r.id, r.association_id, r.authority_id, r.paid_on, r.receipt_no, r.method, r.amount, "
            "coalesce(r.note, ''), r.reverses, (SELECT x.id FROM payment_remittance x WHERE x.reverses = r.id)")


def get(conn: sqlite3.Connection, remittance_id: str) -> Remittance:
    row = conn.execute(f"SELECT {_COLUMNS} FROM payment_remittance r WHERE r.id = ?", (remittance_id,)).fetchone()
    if row is None:
        raise UserError(N_("This remittance no longer exists."))
    r = Remittance(*row)
    r.items = [Item(*i) for i in conn.execute(
        "SELECT i.member_id, i.obligation_id, i.period, i.amount FROM payment_remittance_item i "
        "JOIN member m ON m.id = i.member_id WHERE i.remittance_id = ? ORDER BY m.member_no, i.period",
        (remittance_id,))]
    return r


def listing(conn: sqlite3.Connection, association_id: str, *, year: int | None = None) -> list[Remittance]:
    where, params = ["r.association_id = ?"], [association_id]
    if year is not None:
        where.append("r.paid_on >= ? AND r.paid_on < ?")
        params += [f"{year:04d}-01-01", f"{year + 1:04d}-01-01"]
    return [Remittance(*r) for r in conn.execute(
        f"SELECT {_COLUMNS} FROM payment_remittance r WHERE {' AND '.join(where)} "
        "ORDER BY r.paid_on DESC, r.rowid DESC", params)]
