"""The share-out at the end of a cycle, and the opening of the next one.

**Pool.** The loan fund's cash on the day, plus, where the constitution nets loans against payouts, what
each borrower still owes (principal and service charge due, as a repayment that day would split it):
netting is a repayment made out of the payout. Where the constitution blocks share-out while loans are
out, every loan must be repaid first.

**Payouts.** Each member's payout is the pool × their shares ÷ all shares, rounded **down** to the
constitution's rounding unit (so no payout is ever more than their exact part). What that leaves
(`leftover`, less than one unit per member) goes where the constitution says: into the social fund, kept in
the loan fund as the next cycle's opening cash, or handed out one unit at a time to the members with the
largest remainders (ties: more shares first, then member number), with anything under one unit going to
the social fund. In every case payouts + leftover = pool, to the tögrög.

A borrower receives the payout less what was netted; if they owe more than the payout, share-out is
refused until they repay the difference. The social fund stays with the group: it is carried into the next
cycle, with the leftover where the rule sends it.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass

from asm_assoc.core import writes
from asm_assoc.core.errors import Day, Money, ProblemsError, UserError
from asm_assoc.core.i18n import N_
from asm_assoc.core.ids import new_id
from asm_assoc.core.savings import groups, ledger
from asm_assoc.core.savings.groups import SAVINGS, Cycle, GroupMember


@dataclass(frozen=True)
class Allocation:
    payouts: dict[str, int]
    to_social: int  # leftover put into the social fund
    carried: int  # leftover kept in the loan fund for the next cycle

    @property
    def leftover(self) -> int:
        return self.to_social + self.carried


def allocate(pool: int, shares: Mapping[str, int], unit: int, rule: str,
             order: Mapping[str, int] | None = None) -> Allocation:
    """Divide `pool` tögrög by `shares` (member -> shares held) as the module docstring says. `order` ranks
    equal remainders (member number); without it the member ids do."""
    if pool < 0 or unit < 1 or any(s < 0 for s in shares.values()):
        raise ValueError("pool, unit and shares must not be negative")
    total = sum(shares.values())
    if total == 0:
        return Allocation({}, pool if rule != "carry_forward" else 0, pool if rule == "carry_forward" else 0)
    # Exact part of member m: pool × s / total tögrög = (pool × s / (total × unit)) units.
    payouts = {m: (pool * s) // (total * unit) * unit for m, s in shares.items()}
    left = pool - sum(payouts.values())
    if rule == "largest_remainder":
        rank = order or {}
        by_remainder = sorted(shares, key=lambda m: (-((pool * shares[m]) % (total * unit)), -shares[m],
                                                      rank.get(m, 0), m))
        for m in by_remainder[: left // unit]:
            payouts[m] += unit
        left -= (left // unit) * unit
        return Allocation(payouts, left, 0)
    if rule == "carry_forward":
        return Allocation(payouts, 0, left)
    return Allocation(payouts, left, 0)


@dataclass
class ShareoutLine:
    member: GroupMember
    shares: int
    savings: int
    payout: int = 0
    netted_charge: int = 0
    netted_principal: int = 0
    loans: tuple[tuple[str, int, int], ...] = ()  # (loan id, charge, principal) netted

    @property
    def netted(self) -> int:
        return self.netted_charge + self.netted_principal

    @property
    def in_hand(self) -> int:
        """What the member takes home: the payout less the loan netted against it."""
        return self.payout - self.netted


@dataclass
class ShareoutPlan:
    cycle: Cycle
    held_on: dt.date
    cash_before: int
    social_before: int
    lines: list[ShareoutLine]
    allocation: Allocation
    problems: list[UserError]

    @property
    def netted(self) -> int:
        return sum(line.netted for line in self.lines)

    @property
    def pool(self) -> int:
        return self.cash_before + self.netted

    @property
    def total_shares(self) -> int:
        return sum(line.shares for line in self.lines)

    @property
    def paid_out(self) -> int:
        return sum(line.payout for line in self.lines)

    @property
    def value_per_share(self) -> float | None:
        """The pool ÷ shares, for display (payouts are worked out in integers, not from this)."""
        return self.pool / self.total_shares if self.total_shares else None

    @property
    def social_after(self) -> int:
        return self.social_before + self.allocation.to_social

    @property
    def ok(self) -> bool:
        return not self.problems


class ShareoutRefused(ProblemsError):
    """The share-out breaks rules; nothing was written."""


def plan_shareout(conn: sqlite3.Connection, cycle_id: str, held_on: dt.date) -> ShareoutPlan:
    cycle = groups.get_cycle(conn, cycle_id)
    rules = cycle.constitution
    problems: list[UserError] = []
    if not cycle.is_open:
        problems.append(UserError(N_("This cycle has been shared out already.")))
    last = conn.execute("SELECT max(held_on) FROM savings_meeting WHERE cycle_id = ?", (cycle_id,)).fetchone()[0]
    if last and held_on.isoformat() < last:
        problems.append(UserError(N_("The share-out is dated before the last meeting.")))
    if held_on.isoformat() < cycle.started_on:
        problems.append(UserError(N_("The share-out is dated before the cycle started ({date})."),
                                  date=Day(cycle.started_on)))
    totals = ledger.cycle_totals(conn, cycle_id)
    people = {m.member_id: m for m in groups.members_of(conn, cycle.group_id, include_left=True)}
    lines = {who: ShareoutLine(people[who], t.shares, t.savings)
             for who, t in ledger.member_totals(conn, cycle_id).items() if t.shares and who in people}
    for loan in ledger.loans(conn, cycle_id):
        state = loan.state(held_on)
        person = people[loan.member_id]
        if rules.outstanding_policy == "block":
            problems.append(UserError(N_("{name} still owes {amount} on a loan: the constitution allows no "
                                         "share-out until every loan is repaid."), name=person.name,
                                      amount=Money(state.payoff)))
            continue
        line = lines.setdefault(loan.member_id, ShareoutLine(person, 0, 0))
        line.netted_charge += state.payoff_charge
        line.netted_principal += state.principal_owed
        line.loans += ((loan.id, state.payoff_charge, state.principal_owed),)
    ordered = sorted(lines.values(), key=lambda line: (line.member.member_no, line.member.member_id))
    pool = totals.cash + sum(line.netted for line in ordered)
    if pool < 0:  # cannot happen through the write path (meetings and reversals keep the cash at 0 or more)
        raise RuntimeError(f"negative loan fund in cycle {cycle_id}")
    allocation = allocate(pool, {line.member.member_id: line.shares for line in ordered}, rules.rounding_unit,
                          rules.leftover_rule, {line.member.member_id: line.member.member_no for line in ordered})
    for line in ordered:
        line.payout = allocation.payouts.get(line.member.member_id, 0)
        if line.in_hand < 0:
            problems.append(UserError(N_("{name} owes {owed}, more than the payout of {payout}: at least "
                                         "{short} must be repaid before the share-out."), name=line.member.name,
                                      owed=Money(line.netted), payout=Money(line.payout),
                                      short=Money(-line.in_hand)))
    return ShareoutPlan(cycle, held_on, totals.cash, totals.social, ordered, allocation, problems)


def recorded_shareout(conn: sqlite3.Connection, cycle_id: str) -> ShareoutPlan:
    """The share-out of a closed cycle as it was written (read back from its entries)."""
    cycle = groups.get_cycle(conn, cycle_id)
    row = conn.execute("SELECT id, held_on FROM savings_meeting WHERE cycle_id = ? AND kind = 'shareout'",
                       (cycle_id,)).fetchone()
    if row is None:
        raise UserError(N_("This cycle has not been shared out yet."))
    people = {m.member_id: m for m in groups.members_of(conn, cycle.group_id, include_left=True)}
    before = {who: t for who, t in ledger.member_totals(conn, cycle_id).items()}
    lines: dict[str, ShareoutLine] = {}
    leftover = {"leftover_to_social": 0, "carry_out": 0}
    social_after = 0
    for e in ledger.entries(conn, cycle_id, meeting_id=row[0]):
        if e.member_id is None:
            if e.kind in leftover:
                leftover[e.kind] += e.amount
            elif e.kind == "social_carry_out":
                social_after += e.amount
            continue
        t = before[e.member_id]
        line = lines.setdefault(e.member_id, ShareoutLine(people[e.member_id], t.shares, t.savings))
        if e.kind == "payout":
            line.payout += e.amount
        elif e.kind == "charge":
            line.netted_charge += e.amount
        elif e.kind == "principal":
            line.netted_principal += e.amount
    ordered = sorted(lines.values(), key=lambda line: (line.member.member_no, line.member.member_id))
    allocation = Allocation({line.member.member_id: line.payout for line in ordered},
                            leftover["leftover_to_social"], leftover["carry_out"])
    pool = sum(line.payout for line in ordered) + allocation.leftover
    netted = sum(line.netted for line in ordered)
    return ShareoutPlan(cycle, dt.date.fromisoformat(row[1]), pool - netted,
                        social_after - allocation.to_social, ordered, allocation, [])


def close_cycle(conn: sqlite3.Connection, actor: writes.Actor, cycle_id: str, held_on: dt.date, *,
                next_started_on: dt.date | None = None, today: dt.date | None = None) -> str:
    """Share out, close the cycle, and open the next one with the same constitution and fines, the social
    fund and any leftover kept carried over. One transaction; returns the new cycle's id."""
    next_started_on = next_started_on or held_on
    with writes.transaction(conn, actor, SAVINGS) as tx:
        plan = plan_shareout(conn, cycle_id, held_on)
        if held_on > (today or dt.date.today()):
            plan.problems.append(UserError(N_("The share-out date is in the future.")))
        if next_started_on < held_on:
            plan.problems.append(UserError(N_("The next cycle cannot start before the share-out.")))
        if plan.problems:
            raise ShareoutRefused(plan.problems)
        cycle = plan.cycle
        meeting_id = ledger.add_meeting(tx, cycle.id, "shareout", held_on)
        rows = []

        def add(kind: str, amount: int, member_id: str | None = None, **more: object) -> None:
            if amount:
                rows.append(ledger.entry_row(cycle.id, kind, amount, held_on, meeting_id=meeting_id,
                                             member_id=member_id, **more))

        for line in plan.lines:
            who = line.member.member_id
            for loan_id, charge, principal in line.loans:
                txn = new_id()
                add("charge", charge, who, loan_id=loan_id, txn_id=txn, note="share-out")
                add("principal", principal, who, loan_id=loan_id, txn_id=txn, note="share-out")
            add("payout", line.payout, who)
        add("leftover_to_social", plan.allocation.to_social)
        add("carry_out", plan.allocation.carried)
        add("social_carry_out", plan.social_after)
        ledger.append(tx, rows)
        tx.update("savings_cycle", cycle.id, {"closed_on": held_on.isoformat()})
        new_cycle = _open_next(tx, conn, cycle, next_started_on, plan)
        after = ledger.cycle_totals(conn, cycle.id)
        if after.cash or after.social or after.loans:  # the books of a closed cycle end at zero
            raise RuntimeError(f"share-out left {after} in cycle {cycle.id}")
    return new_cycle


def _open_next(tx: writes.Tx, conn: sqlite3.Connection, cycle: Cycle, started_on: dt.date,
               plan: ShareoutPlan) -> str:
    new_id_ = tx.insert("savings_cycle", {"group_id": cycle.group_id, "number": cycle.number + 1,
                                          "started_on": started_on.isoformat(), **cycle.constitution.as_row()})
    groups.add_fines(tx, new_id_, groups.fine_kinds(conn, cycle.id))
    carried = [("carried_social", plan.social_after), ("carried_cash", plan.allocation.carried)]
    if any(amount for _, amount in carried):
        meeting_id = ledger.add_meeting(tx, new_id_, "opening", started_on)
        ledger.append(tx, [ledger.entry_row(new_id_, kind, amount, started_on, meeting_id=meeting_id)
                           for kind, amount in carried if amount])
    return new_id_
