"""Opening balances of a group that starts using the program in the middle of a cycle.

Taken from the group's paper books on one day: each member's shares so far and any loan still owed, the
loan fund's cash and the social fund's cash. A loan brought in is entered as the principal still owed and
its due date; its service charge runs from the opening day (what was due before was settled on paper).
Allowed once, before any other money is entered in the cycle.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field

from asm_assoc.core import writes
from asm_assoc.core.errors import Day, UserError, ValidationError
from asm_assoc.core.i18n import N_
from asm_assoc.core.savings import charges, groups, ledger
from asm_assoc.core.savings.groups import SAVINGS


@dataclass(frozen=True)
class OpeningLoan:
    principal_owed: int
    due_on: dt.date


@dataclass
class OpeningLine:
    member_id: str
    shares: int = 0
    loans: list[OpeningLoan] = field(default_factory=list)


def enter_opening_balances(conn: sqlite3.Connection, actor: writes.Actor, cycle_id: str, on: dt.date,
                           lines: list[OpeningLine], *, cash: int, social: int) -> str:
    """Write the opening balances as entries of an "opening" meeting (number 0). Returns its id."""
    cycle = groups.get_cycle(conn, cycle_id)
    rules = cycle.constitution
    members = {m.member_id: m for m in groups.members_of(conn, cycle.group_id, on=on)}
    found: dict[str, UserError] = {}
    if cash < 0 or social < 0:
        found["cash"] = UserError(N_("Cash in the box cannot be below zero."))
    for line in lines:
        person = members.get(line.member_id)
        if person is None:
            found["member"] = UserError(N_("Opening balances can be entered only for members of the group."))
            continue
        if not isinstance(line.shares, int) or line.shares < 0:
            found["shares"] = UserError(N_("{name}'s shares must be a whole number, not below zero."),
                                        name=person.name)
        for loan in line.loans:
            if not isinstance(loan.principal_owed, int) or loan.principal_owed <= 0:
                found["loans"] = UserError(N_("{name}'s loan must be more than zero."), name=person.name)
            elif loan.due_on <= on:
                found["loans"] = UserError(N_("{name}'s loan must fall due after {date}; enter a loan that is "
                                              "overdue with its due date as one month later."),
                                           name=person.name, date=Day(on.isoformat()))
    if found:
        raise ValidationError(found)
    with writes.transaction(conn, actor, SAVINGS) as tx:
        if not cycle.is_open or on.isoformat() < cycle.started_on:
            raise UserError(N_("Opening balances must be dated within the open cycle, from {date}."),
                            date=Day(cycle.started_on))
        standing = conn.execute(f"SELECT 1 FROM savings_entry e WHERE e.cycle_id = ? AND {ledger.STANDING} LIMIT 1",
                                (cycle_id,)).fetchone()
        if standing or conn.execute("SELECT 1 FROM savings_meeting WHERE cycle_id = ? AND kind <> 'opening'",
                                    (cycle_id,)).fetchone():
            raise UserError(N_("Money has already been entered in this cycle: opening balances come first."))
        # Opening balances entered wrongly and reversed are entered again at the same opening meeting.
        again = conn.execute("SELECT id FROM savings_meeting WHERE cycle_id = ? AND kind = 'opening'",
                             (cycle_id,)).fetchone()
        meeting_id = again[0] if again else ledger.add_meeting(tx, cycle_id, "opening", on)
        rows = []

        def add(kind: str, amount: int, **more: object) -> None:
            rows.append(ledger.entry_row(cycle_id, kind, amount, on, meeting_id=meeting_id, **more))

        for line in lines:
            if line.shares:
                add("opening_shares", line.shares * rules.share_price, member_id=line.member_id,
                    shares=line.shares)
            for loan in line.loans:
                months = charges.months_started(on, loan.due_on)
                loan_id = tx.insert_many("savings_loan", [{
                    "cycle_id": cycle_id, "member_id": line.member_id, "meeting_id": meeting_id,
                    "disbursed_on": on.isoformat(), "principal": loan.principal_owed, "term_months": months,
                    "due_on": loan.due_on.isoformat(), "monthly_rate_bp": rules.monthly_rate_bp,
                    "charge_method": rules.charge_method,
                    "early_repayment_charged": int(rules.early_repayment_charged),
                }], op="entry")[0]
                add("opening_loan", loan.principal_owed, member_id=line.member_id, loan_id=loan_id)
        if cash:
            add("opening_cash", cash)
        if social:
            add("opening_social", social)
        ledger.append(tx, rows)
    return meeting_id
