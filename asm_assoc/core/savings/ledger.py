"""The savings ledger: immutable entries, the balances derived from them, and reversals.

Every movement of money is one `savings_entry` row, written once and never changed. What each kind of entry
does to each balance is the table `EFFECTS`; a balance is always the sum over entries of amount × effect,
so any figure can be traced to the rows that make it. A mistake is undone by a reversal: a new entry of
the same kind with the opposite amount that points to the one it undoes (and an entry is reversed at most
once, which the database enforces too).

Balances of a cycle:
- **loan fund cash**: the cash of the loan fund in the box;
- **social fund**: the social fund's cash (a separate bag in the same box);
- **savings** of a member: the value of the shares they bought this cycle (shares × price);
- **loan principal** of a loan: what is still owed of what was lent, service charge not included.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field

from asm_assoc.core import writes
from asm_assoc.core.errors import Day, Money, UserError
from asm_assoc.core.i18n import N_
from asm_assoc.core.ids import new_id
from asm_assoc.core.savings import charges
from asm_assoc.core.savings.groups import SAVINGS, get_cycle

CASH, SOCIAL, SAVINGS_BALANCE, LOAN = "cash", "social", "savings", "loan"
EFFECTS: dict[str, dict[str, int]] = {
    "opening_shares": {SAVINGS_BALANCE: 1},
    "opening_loan": {LOAN: 1},
    "opening_cash": {CASH: 1},
    "opening_social": {SOCIAL: 1},
    "carried_cash": {CASH: 1},
    "carried_social": {SOCIAL: 1},
    "shares": {SAVINGS_BALANCE: 1, CASH: 1},
    "social": {SOCIAL: 1},
    "social_grant": {SOCIAL: -1},
    "fine": {CASH: 1},
    "loan_out": {LOAN: 1, CASH: -1},
    "charge": {CASH: 1},
    "principal": {LOAN: -1, CASH: 1},
    "cash_difference": {CASH: 1},
    "payout": {CASH: -1},
    "leftover_to_social": {CASH: -1, SOCIAL: 1},
    "carry_out": {CASH: -1},
    "social_carry_out": {SOCIAL: -1},
}
KIND_LABELS = {
    "opening_shares": N_("Savings brought in"),
    "opening_loan": N_("Loan brought in"),
    "opening_cash": N_("Loan fund cash brought in"),
    "opening_social": N_("Social fund brought in"),
    "carried_cash": N_("Loan fund cash carried from the last cycle"),
    "carried_social": N_("Social fund carried from the last cycle"),
    "shares": N_("Shares bought"),
    "social": N_("Social fund contribution"),
    "social_grant": N_("Grant from the social fund"),
    "fine": N_("Fine"),
    "loan_out": N_("Loan given"),
    "charge": N_("Service charge paid"),
    "principal": N_("Loan repaid"),
    "cash_difference": N_("Cash-box difference"),
    "payout": N_("Share-out payout"),
    "leftover_to_social": N_("Share-out leftover to the social fund"),
    "carry_out": N_("Cash carried to the next cycle"),
    "social_carry_out": N_("Social fund carried to the next cycle"),
}
# Written by the share-out, which is final: undoing it would undo the closing of the cycle (the carried
# entries are its other half, in the next cycle).
NOT_REVERSIBLE = frozenset({"payout", "leftover_to_social", "carry_out", "social_carry_out", "carried_cash",
                            "carried_social"})
# What a share-out carries into the next cycle: it does not fix the new cycle's rules.
CARRIED = ("carried_cash", "carried_social")
ENTRY_FIELDS = ("cycle_id", "meeting_id", "member_id", "loan_id", "fine_kind_id", "kind", "amount", "shares",
                "txn_id", "reverses", "note", "entered_on")
_ENTRY_SELECT = "SELECT id, " + ", ".join(ENTRY_FIELDS) + " FROM savings_entry"
# SQL condition on an entry `e`: it stands (it is not a reversal, and nothing reversed it).
STANDING = "e.reverses IS NULL AND NOT EXISTS (SELECT 1 FROM savings_entry r WHERE r.reverses = e.id)"


@dataclass(frozen=True)
class Entry:
    id: str
    cycle_id: str
    meeting_id: str | None
    member_id: str | None
    loan_id: str | None
    fine_kind_id: str | None
    kind: str
    amount: int
    shares: int
    txn_id: str
    reverses: str | None
    note: str | None
    entered_on: str

    def effect(self, balance: str) -> int:
        return self.amount * EFFECTS[self.kind].get(balance, 0)


def entry_row(cycle_id: str, kind: str, amount: int, on: dt.date | str, *, meeting_id: str | None = None,
              member_id: str | None = None, loan_id: str | None = None, fine_kind_id: str | None = None,
              shares: int = 0, txn_id: str | None = None, reverses: str | None = None,
              note: str | None = None) -> dict[str, object]:
    """The columns of a new entry, in `ENTRY_FIELDS` order (every entry of a bulk insert has the same)."""
    if kind not in EFFECTS:
        raise ValueError(f"unknown entry kind {kind!r}")
    if not isinstance(amount, int) or not isinstance(shares, int):
        raise TypeError("money and shares are whole numbers")
    return {"cycle_id": cycle_id, "meeting_id": meeting_id, "member_id": member_id, "loan_id": loan_id,
            "fine_kind_id": fine_kind_id, "kind": kind, "amount": amount, "shares": shares,
            "txn_id": txn_id or new_id(), "reverses": reverses, "note": note, "entered_on": str(on)}


def append(tx: writes.Tx, rows: list[dict[str, object]]) -> list[str]:
    """Write entries (immutable: the change log marks them "entry")."""
    return tx.insert_many("savings_entry", rows, op="entry")


def add_meeting(tx: writes.Tx, cycle_id: str, kind: str, on: dt.date) -> str:
    """A meeting row for an opening (number 0) or a share-out (the next number); ordinary meetings are
    written by `meetings.close_meeting` with their attendance."""
    number = 0 if kind == "opening" else tx.conn.execute(
        "SELECT coalesce(max(number), 0) + 1 FROM savings_meeting WHERE cycle_id = ?", (cycle_id,)).fetchone()[0]
    return tx.insert("savings_meeting", {"cycle_id": cycle_id, "number": number, "kind": kind,
                                         "held_on": on.isoformat()})


@dataclass
class Totals:
    """A cycle's balances, derived from its entries."""

    cash: int = 0
    social: int = 0
    savings: int = 0
    shares: int = 0
    loans: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)

    @property
    def box(self) -> int:
        """The cash that should be in the box: the loan fund and the social fund."""
        return self.cash + self.social

    @property
    def fund_value(self) -> int:
        """What the loan fund is worth: its cash and the principal lent out."""
        return self.cash + self.loans


def _add(totals: Totals, kind: str, amount: int, shares: int) -> None:
    effects = EFFECTS[kind]
    totals.cash += amount * effects.get(CASH, 0)
    totals.social += amount * effects.get(SOCIAL, 0)
    totals.savings += amount * effects.get(SAVINGS_BALANCE, 0)
    totals.loans += amount * effects.get(LOAN, 0)
    if effects.get(SAVINGS_BALANCE):
        totals.shares += shares
    totals.by_kind[kind] = totals.by_kind.get(kind, 0) + amount


def cycle_totals(conn: sqlite3.Connection, cycle_id: str) -> Totals:
    totals = Totals()
    for kind, amount, shares in conn.execute(
            "SELECT kind, sum(amount), sum(shares) FROM savings_entry WHERE cycle_id = ? GROUP BY kind",
            (cycle_id,)):
        _add(totals, kind, amount, shares)
    return totals


def member_totals(conn: sqlite3.Connection, cycle_id: str) -> dict[str, Totals]:
    """Each member's part of the cycle's balances (savings, shares, loans, and each kind's sum)."""
    found: dict[str, Totals] = defaultdict(Totals)
    for member_id, kind, amount, shares in conn.execute(
            "SELECT member_id, kind, sum(amount), sum(shares) FROM savings_entry "
            "WHERE cycle_id = ? AND member_id IS NOT NULL GROUP BY member_id, kind", (cycle_id,)):
        _add(found[member_id], kind, amount, shares)
    return dict(found)


def entries(conn: sqlite3.Connection, cycle_id: str, *, member_id: str | None = None,
            meeting_id: str | None = None) -> list[Entry]:
    """Entries in the order they were made (by date, then as written)."""
    sql, params = _ENTRY_SELECT + " WHERE cycle_id = ?", [cycle_id]
    if member_id is not None:
        sql += " AND member_id = ?"
        params.append(member_id)
    if meeting_id is not None:
        sql += " AND meeting_id = ?"
        params.append(meeting_id)
    return [Entry(*r) for r in conn.execute(sql + " ORDER BY entered_on, hlc", params)]


def get_entry(conn: sqlite3.Connection, entry_id: str) -> Entry:
    row = conn.execute(_ENTRY_SELECT + " WHERE id = ?", (entry_id,)).fetchone()
    if row is None:
        raise UserError(N_("That entry does not exist."))
    return Entry(*row)


@dataclass(frozen=True)
class Loan:
    id: str
    member_id: str
    meeting_id: str
    terms: charges.LoanTerms
    payments: tuple[charges.Payment, ...]
    charges_paid: int
    lent: int  # the principal given, net of a reversal of the loan itself

    def state(self, day: dt.date) -> charges.LoanState:
        return charges.loan_state(self.terms, self.payments, self.charges_paid, day)

    @property
    def principal_owed(self) -> int:
        return self.lent - sum(p.principal for p in self.payments)


def loans(conn: sqlite3.Connection, cycle_id: str, *, member_id: str | None = None,
          outstanding_only: bool = True, as_of: dt.date | None = None) -> list[Loan]:
    """The cycle's loans, oldest first, with their repayment history (reversed entries and reversals left
    out: a reversed repayment is as if it had never been made); with `as_of`, as they stood that day."""
    day = (as_of or dt.date.max).isoformat()
    sql = ("SELECT id, member_id, meeting_id, disbursed_on, principal, term_months, monthly_rate_bp, "
           "charge_method, early_repayment_charged FROM savings_loan WHERE cycle_id = ? AND disbursed_on <= ?")
    params: list[object] = [cycle_id, day]
    if member_id is not None:
        sql += " AND member_id = ?"
        params.append(member_id)
    rows = conn.execute(sql + " ORDER BY disbursed_on, hlc", params).fetchall()
    history: dict[str, list[tuple]] = defaultdict(list)
    for loan_id, kind, amount, on, reversed_ in conn.execute(
            "SELECT e.loan_id, e.kind, e.amount, e.entered_on, e.reverses IS NOT NULL OR EXISTS "
            "(SELECT 1 FROM savings_entry r WHERE r.reverses = e.id AND r.entered_on <= ?) "
            "FROM savings_entry e WHERE e.cycle_id = ? AND e.loan_id IS NOT NULL AND e.entered_on <= ?",
            (day, cycle_id, day)):
        if not reversed_:
            history[loan_id].append((kind, amount, on))
    found = []
    for row in rows:
        loan_id = row[0]
        done = history.get(loan_id, [])
        lent = sum(a for k, a, _ in done if k in ("loan_out", "opening_loan"))
        terms = charges.LoanTerms(dt.date.fromisoformat(row[3]), row[4], row[5], row[6], row[7], bool(row[8]))
        payments = tuple(charges.Payment(dt.date.fromisoformat(on), a) for k, a, on in done if k == "principal")
        loan = Loan(loan_id, row[1], row[2], terms, payments, sum(a for k, a, _ in done if k == "charge"), lent)
        if not outstanding_only or loan.principal_owed > 0:
            found.append(loan)
    return found


class ReversalRefused(UserError):
    pass


def reverse(conn: sqlite3.Connection, actor: writes.Actor, entry_id: str, *, reason: str,
            on: dt.date | None = None) -> list[str]:
    """Undo an entry with reversing entries that point to it (with the other entries of the same act: both
    parts of one repayment). Returns the new entries' ids. The original stays, and both show in the
    history."""
    reason = " ".join(reason.split())
    if not reason:
        raise ReversalRefused(N_("Say why the entry is reversed: the reason is kept with it."))
    with writes.transaction(conn, actor, SAVINGS) as tx:
        entry = get_entry(conn, entry_id)
        if entry.reverses:
            raise ReversalRefused(N_("This entry is itself a reversal; enter the movement again instead."))
        if entry.kind in NOT_REVERSIBLE:
            raise ReversalRefused(N_("Share-out entries are final and cannot be reversed."))
        if not get_cycle(conn, entry.cycle_id).is_open:
            raise ReversalRefused(N_("This cycle is closed: its entries cannot be reversed any more."))
        act = [Entry(*r) for r in conn.execute(_ENTRY_SELECT + " WHERE txn_id = ?", (entry.txn_id,))]
        marks = ",".join("?" * len(act))
        if conn.execute(f"SELECT 1 FROM savings_entry WHERE reverses IN ({marks})", [e.id for e in act]).fetchone():
            raise ReversalRefused(N_("This entry has already been reversed."))
        if entry.kind in ("loan_out", "opening_loan") and conn.execute(
                "SELECT 1 FROM savings_entry e WHERE e.loan_id = ? AND e.kind IN ('charge', 'principal') AND "
                + STANDING, (entry.loan_id,)).fetchone():
            raise ReversalRefused(N_("Repayments were made on this loan: reverse them first."))
        totals = cycle_totals(conn, entry.cycle_id)
        if (totals.cash < sum(e.effect(CASH) for e in act)
                or totals.social < sum(e.effect(SOCIAL) for e in act)):
            # The money was counted into the box and has been lent or paid out since: the fund cannot give
            # back what it no longer holds. A cash-box difference at the next meeting records such a loss.
            raise ReversalRefused(N_("The fund does not hold enough cash to undo this entry (it holds {cash})."),
                                  cash=Money(totals.cash if sum(e.effect(CASH) for e in act) > totals.cash
                                             else totals.social))
        day = on or dt.date.today()
        if day.isoformat() < entry.entered_on or day > dt.date.today():
            raise ReversalRefused(N_("A reversal is dated between the entry's day ({date}) and today."),
                                  date=Day(entry.entered_on))
        txn = new_id()
        rows = [entry_row(e.cycle_id, e.kind, -e.amount, day, member_id=e.member_id, loan_id=e.loan_id,
                          fine_kind_id=e.fine_kind_id, shares=-e.shares, txn_id=txn, reverses=e.id, note=reason)
                for e in act]
        return append(tx, rows)


def reversed_ids(conn: sqlite3.Connection, cycle_id: str) -> set[str]:
    """Ids of the cycle's entries that have been reversed."""
    return {r[0] for r in conn.execute(
        "SELECT reverses FROM savings_entry WHERE cycle_id = ? AND reverses IS NOT NULL", (cycle_id,))}
