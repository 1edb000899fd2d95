"""A meeting as the treasurer enters it: one line per member, checked against the constitution, and written
whole (meeting, attendance, loans, entries) in one transaction when she closes it. A closed meeting is
final; corrections are reversals (`ledger.reverse`).

The order of a meeting is the order at the table: first money comes in (shares, social fund, fines,
repayments), then loans go out of what the box then holds. So a member's loan limit counts the shares she
bought at this meeting, and the cash available counts everything paid in at it.

`MeetingContext` holds what the checks need from the database, read once; `plan()` is pure and quick, so
the window can call it on every keystroke to update totals and messages.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field

from asm_assoc.core import writes
from asm_assoc.core.errors import Day, Money, Number, ProblemsError, UserError
from asm_assoc.core.i18n import N_
from asm_assoc.core.ids import new_id
from asm_assoc.core.savings import charges, groups, ledger
from asm_assoc.core.savings.constitution import Constitution
from asm_assoc.core.savings.groups import SAVINGS, Cycle, GroupMember

ATTENDANCE = {"present": N_("Present"), "represented": N_("Represented"), "absent": N_("Absent")}
MAX_NOTE = 500


@dataclass
class Line:
    """What one member did at the meeting."""

    member_id: str
    attendance: str = "present"
    shares: int = 0
    social: int = 0
    fine_kind_ids: tuple[str, ...] = ()
    repayment: int = 0
    loan: int = 0
    loan_months: int = 0  # 0: the longest term the constitution allows
    social_grant: int = 0


@dataclass
class MeetingInput:
    held_on: dt.date
    lines: list[Line]
    cash_counted: int | None = None
    cash_note: str = ""
    confirmed_by: str | None = None  # the officer (member id) who confirmed a cash difference


class LineProblem(UserError):
    """A broken rule, with the member (None for the meeting as a whole) and the column it is about."""

    def __init__(self, member_id: str | None, column: str, message: str, **params: object) -> None:
        super().__init__(message, **params)
        self.member_id = member_id
        self.column = column


class MeetingRefused(ProblemsError):
    """The meeting breaks rules; nothing was written. `problems` lists them all."""


@dataclass(frozen=True)
class Repaid:
    loan_id: str
    charge: int
    principal: int


@dataclass
class LinePlan:
    line: Line
    member: GroupMember
    shares_value: int = 0
    fines: int = 0
    repaid: list[Repaid] = field(default_factory=list)
    savings_after: int = 0
    owed_after: int = 0  # principal still owed after this meeting, new loan included
    loan_limit: int = 0

    @property
    def charge(self) -> int:
        return sum(r.charge for r in self.repaid)

    @property
    def principal(self) -> int:
        return sum(r.principal for r in self.repaid)

    @property
    def paid_in(self) -> int:
        """Cash this member put in the box (both funds)."""
        return self.shares_value + self.line.social + self.fines + self.line.repayment


@dataclass
class MeetingPlan:
    cycle: Cycle
    number: int
    held_on: dt.date
    lines: list[LinePlan]
    cash_before: int
    social_before: int
    problems: list[LineProblem]
    fine_amounts: dict[str, int]
    cash_counted: int | None = None

    def total(self, name: str) -> int:
        """Sum of a column over the lines: shares, shares_value, social, fines, repayment, charge, principal,
        loan, social_grant, paid_in."""
        return sum(getattr(p.line, name) if hasattr(p.line, name) else getattr(p, name) for p in self.lines)

    @property
    def cash_after(self) -> int:
        """The loan fund's cash after the meeting."""
        return (self.cash_before + self.total("shares_value") + self.total("fines") + self.total("repayment")
                - self.total("loan"))

    @property
    def social_after(self) -> int:
        return self.social_before + self.total("social") - self.total("social_grant")

    @property
    def cash_expected(self) -> int:
        """What the box should hold when the meeting ends: both funds."""
        return self.cash_after + self.social_after

    @property
    def difference(self) -> int:
        """Counted minus expected (0 until counted)."""
        return 0 if self.cash_counted is None else self.cash_counted - self.cash_expected

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class MeetingContext:
    """What a meeting's checks need from the database, read once."""

    cycle: Cycle
    held_on: dt.date
    members: list[GroupMember]
    officers: set[str]
    fine_amounts: dict[str, int]
    savings: dict[str, int]
    loans: dict[str, list[ledger.Loan]]
    cash: int
    social: int
    last_held_on: dt.date | None
    next_number: int
    today: dt.date

    @property
    def rules(self) -> Constitution:
        return self.cycle.constitution

    def plan(self, meeting: MeetingInput) -> MeetingPlan:
        problems: list[LineProblem] = []
        self._check_meeting(meeting, problems)
        by_member = {m.member_id: m for m in self.members}
        seen: set[str] = set()
        plans = []
        for line in meeting.lines:
            member = by_member.get(line.member_id)
            if member is None or line.member_id in seen:
                problems.append(LineProblem(line.member_id, "member", N_("A line is for someone who is not in "
                                                                         "this group on that day, or twice.")))
                continue
            seen.add(line.member_id)
            plans.append(self._plan_line(line, member, problems))
        for member in self.members:
            if member.member_id not in seen:
                problems.append(LineProblem(member.member_id, "attendance", N_("Mark whether {name} was present."),
                                            name=member.name))
        plan = MeetingPlan(self.cycle, self.next_number, meeting.held_on, plans, self.cash, self.social, problems,
                           self.fine_amounts, meeting.cash_counted)
        self._check_funds(plan, problems)
        self._check_cash_box(plan, meeting, problems)
        return plan

    def _check_meeting(self, meeting: MeetingInput, problems: list[LineProblem]) -> None:
        day = meeting.held_on
        if not self.cycle.is_open:
            problems.append(LineProblem(None, "held_on", N_("This cycle is closed: start the next one.")))
        if day != self.held_on:
            raise ValueError("the context was read for another day")
        if day < dt.date.fromisoformat(self.cycle.started_on):
            problems.append(LineProblem(None, "held_on", N_("The meeting is dated before the cycle started ({date})."),
                                        date=Day(self.cycle.started_on)))
        if self.last_held_on and day < self.last_held_on:
            problems.append(LineProblem(None, "held_on", N_("The meeting is dated before the last one ({date})."),
                                        date=Day(self.last_held_on.isoformat())))
        if day > self.today:
            problems.append(LineProblem(None, "held_on", N_("The meeting date is in the future.")))

    def _plan_line(self, line: Line, member: GroupMember, problems: list[LineProblem]) -> LinePlan:
        rules, name, who = self.rules, member.name, member.member_id
        plan = LinePlan(line, member)

        def refuse(column: str, message: str, **params: object) -> None:
            problems.append(LineProblem(who, column, message, name=name, **params))

        if line.attendance not in ATTENDANCE:
            refuse("attendance", N_("Mark whether {name} was present, represented or absent."))
        numbers = ("shares", "social", "repayment", "loan", "social_grant", "loan_months")
        if any(not isinstance(getattr(line, n), int) or getattr(line, n) < 0 for n in numbers):
            refuse("shares", N_("Amounts for {name} must be whole numbers, not below zero."))
            return plan
        absent = line.attendance == "absent"
        if absent and any(getattr(line, n) for n in ("shares", "social", "repayment", "loan", "social_grant")):
            refuse("attendance", N_("{name} was absent: only a fine can be entered for an absent member. Mark "
                                    "them represented if someone paid for them."))
        if not absent and not rules.min_shares <= line.shares <= rules.max_shares:
            refuse("shares", N_("{name} bought {count} shares; the constitution allows {low} to {high} per "
                                "meeting."), count=line.shares, low=rules.min_shares, high=rules.max_shares)
        plan.shares_value = line.shares * rules.share_price
        if line.social and (not rules.social_contribution or line.social % rules.social_contribution):
            refuse("social", N_("{name}'s social fund payment ({amount}) must be a whole number of "
                                "contributions of {each}."), amount=Money(line.social),
                   each=Money(rules.social_contribution))
        for kind_id in line.fine_kind_ids:
            if kind_id not in self.fine_amounts:
                refuse("fines", N_("A fine for {name} is not in the group's fines catalogue."))
            else:
                plan.fines += self.fine_amounts[kind_id]
        member_loans = self.loans.get(who, [])
        owed_before = sum(loan.principal_owed for loan in member_loans)
        self._split_repayment(plan, member_loans, refuse)
        plan.savings_after = self.savings.get(who, 0) + plan.shares_value
        plan.loan_limit = max(plan.savings_after * rules.loan_multiple_tenths // 10 - (owed_before - plan.principal),
                              0)
        plan.owed_after = owed_before - plan.principal + line.loan
        if line.loan:
            months = line.loan_months or rules.max_loan_months
            if not 1 <= months <= rules.max_loan_months:
                refuse("loan", N_("{name}'s loan is for {months} months; the constitution allows at most "
                                  "{most}."), months=months, most=rules.max_loan_months)
            if line.loan > plan.loan_limit:
                refuse("loan", N_("{name} may borrow at most {limit} ({multiple} × savings of {savings}, "
                                  "less {owed} still owed); {amount} was entered."),
                       limit=Money(plan.loan_limit), multiple=Number(rules.loan_multiple_tenths / 10),
                       savings=Money(plan.savings_after), owed=Money(owed_before - plan.principal),
                       amount=Money(line.loan))
        return plan

    def _split_repayment(self, plan: LinePlan, member_loans: list[ledger.Loan], refuse) -> None:
        """Pay the member's loans oldest first: each one's service charge due, then its principal."""
        left = plan.line.repayment
        if left and not member_loans:
            refuse("repayment", N_("{name} has no loan to repay."))
            return
        for loan in member_loans:
            if not left:
                break
            state = loan.state(self.held_on)
            try:
                split = charges.split_repayment(state, min(left, state.payoff))
            except charges.RepaymentRefused:
                refuse("repayment", N_("Paying off {name}'s loan now takes {payoff}, with an early-repayment "
                                       "charge of {early}; enter {payoff} or less than {clears}."),
                       payoff=Money(state.payoff), early=Money(state.payoff_charge - state.charge_due),
                       clears=Money(state.principal_owed + state.charge_due))
                return
            plan.repaid.append(Repaid(loan.id, split.charge, split.principal))
            left -= split.charge + split.principal
        if left:
            owed = sum(loan.state(self.held_on).payoff for loan in member_loans)
            refuse("repayment", N_("{name} owes {owed} in all (service charge included); a repayment of "
                                   "{amount} is more than that."), owed=Money(owed), amount=Money(plan.line.repayment))

    def _check_funds(self, plan: MeetingPlan, problems: list[LineProblem]) -> None:
        lent = plan.total("loan")
        available = plan.cash_after + lent
        if lent > available:
            problems.append(LineProblem(None, "loan", N_("Loans at this meeting come to {lent}, but the loan "
                                                         "fund holds only {cash}."), lent=Money(lent),
                                        cash=Money(available)))
        if plan.social_after < 0:
            problems.append(LineProblem(None, "social_grant", N_("Grants come to more than the social fund holds "
                                                                 "({cash})."),
                                        cash=Money(plan.social_before + plan.total("social"))))

    def _check_cash_box(self, plan: MeetingPlan, meeting: MeetingInput, problems: list[LineProblem]) -> None:
        if meeting.cash_counted is None:
            problems.append(LineProblem(None, "cash_counted", N_("Count the cash in the box and enter it.")))
            return
        if meeting.cash_counted < 0:
            problems.append(LineProblem(None, "cash_counted", N_("The cash counted cannot be below zero.")))
        if len(meeting.cash_note) > MAX_NOTE:
            problems.append(LineProblem(None, "cash_note", N_("The note is too long.")))
        if plan.cash_after + plan.difference < 0:
            problems.append(LineProblem(None, "cash_counted", N_("The box holds less than the social fund alone "
                                                                 "({social}): count it again."),
                                        social=Money(plan.social_after)))
        if plan.difference:
            if not meeting.cash_note.strip():
                problems.append(LineProblem(None, "cash_note", N_("The box holds {counted} but {expected} "
                                                                  "was expected: write down why."),
                                            counted=Money(meeting.cash_counted), expected=Money(plan.cash_expected)))
            if meeting.confirmed_by not in self.officers:
                problems.append(LineProblem(None, "confirmed_by", N_("A second officer of the group must "
                                                                     "confirm the cash difference.")))


def context(conn: sqlite3.Connection, cycle_id: str, held_on: dt.date, *,
            today: dt.date | None = None) -> MeetingContext:
    cycle = groups.get_cycle(conn, cycle_id)
    members = groups.members_of(conn, cycle.group_id, on=held_on)
    officers = {m.member_id for m in groups.officers(conn, cycle.group_id)}
    fines = {k.id: k.amount for k in groups.fine_kinds(conn, cycle_id)}
    savings = {member: t.savings for member, t in ledger.member_totals(conn, cycle_id).items()}
    by_member: dict[str, list[ledger.Loan]] = {}
    for loan in ledger.loans(conn, cycle_id):
        by_member.setdefault(loan.member_id, []).append(loan)
    totals = ledger.cycle_totals(conn, cycle_id)
    last, number = conn.execute("SELECT max(held_on), coalesce(max(number), 0) + 1 FROM savings_meeting "
                                "WHERE cycle_id = ?", (cycle_id,)).fetchone()
    return MeetingContext(cycle, held_on, members, officers, fines, savings, by_member, totals.cash,
                          totals.social, dt.date.fromisoformat(last) if last else None, number,
                          today or dt.date.today())


def close_meeting(conn: sqlite3.Connection, actor: writes.Actor, cycle_id: str, meeting: MeetingInput, *,
                  today: dt.date | None = None) -> str:
    """Check the meeting against the constitution and write it whole: the meeting, each member's attendance,
    the loans given and every movement of money. Raises MeetingRefused (nothing written) if a rule is
    broken. Returns the meeting's id."""
    with writes.transaction(conn, actor, SAVINGS) as tx:
        plan = context(conn, cycle_id, meeting.held_on, today=today).plan(meeting)
        if plan.problems:
            raise MeetingRefused(plan.problems)
        meeting_id = _write_meeting(tx, plan, meeting)
        _write_lines(tx, plan, meeting_id)
    return meeting_id


def _write_meeting(tx: writes.Tx, plan: MeetingPlan, meeting: MeetingInput) -> str:
    counts = {"present": 0, "represented": 0, "absent": 0}
    women = dict.fromkeys(counts, 0)
    for p in plan.lines:
        counts[p.line.attendance] += 1
        women[p.line.attendance] += p.member.sex == "F"
    meeting_id = tx.insert("savings_meeting", {
        "cycle_id": plan.cycle.id, "number": plan.number, "kind": "meeting", "held_on": plan.held_on.isoformat(),
        "cash_expected": plan.cash_expected, "cash_counted": meeting.cash_counted,
        "cash_note": meeting.cash_note.strip() or None,
        "confirmed_by": meeting.confirmed_by if plan.difference else None,
        **counts, **{f"women_{k}": v for k, v in women.items()},
    })
    tx.insert_many("savings_attendance", [{"meeting_id": meeting_id, "member_id": p.member.member_id,
                                           "status": p.line.attendance} for p in plan.lines], op="entry")
    return meeting_id


def _write_lines(tx: writes.Tx, plan: MeetingPlan, meeting_id: str) -> None:
    rules, cycle_id, day = plan.cycle.constitution, plan.cycle.id, plan.held_on
    rows = []

    def add(kind: str, amount: int, member_id: str | None, **more: object) -> None:
        rows.append(ledger.entry_row(cycle_id, kind, amount, day, meeting_id=meeting_id, member_id=member_id,
                                     **more))

    for p in plan.lines:
        who, line = p.member.member_id, p.line
        if line.shares:
            add("shares", p.shares_value, who, shares=line.shares)
        if line.social:
            add("social", line.social, who)
        for kind_id in line.fine_kind_ids:
            add("fine", plan.fine_amounts[kind_id], who, fine_kind_id=kind_id)
        for repaid in p.repaid:
            txn = new_id()
            if repaid.charge:
                add("charge", repaid.charge, who, loan_id=repaid.loan_id, txn_id=txn)
            if repaid.principal:
                add("principal", repaid.principal, who, loan_id=repaid.loan_id, txn_id=txn)
        if line.social_grant:
            add("social_grant", line.social_grant, who)
        if line.loan:
            months = line.loan_months or rules.max_loan_months
            loan_id = tx.insert_many("savings_loan", [{
                "cycle_id": cycle_id, "member_id": who, "meeting_id": meeting_id, "disbursed_on": day.isoformat(),
                "principal": line.loan, "term_months": months,
                "due_on": charges.add_months(day, months).isoformat(), "monthly_rate_bp": rules.monthly_rate_bp,
                "charge_method": rules.charge_method, "early_repayment_charged": int(rules.early_repayment_charged),
            }], op="entry")[0]
            add("loan_out", line.loan, who, loan_id=loan_id)
    if plan.difference:
        add("cash_difference", plan.difference, None)
    ledger.append(tx, rows)



def meetings_held(conn: sqlite3.Connection, cycle_id: str) -> int:
    """How many ordinary meetings the cycle has had (not its opening balances or share-out)."""
    return conn.execute("SELECT count(*) FROM savings_meeting WHERE cycle_id = ? AND kind = 'meeting'",
                        (cycle_id,)).fetchone()[0]
