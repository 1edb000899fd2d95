"""Indicators of savings groups as funders ask for them, per group and across all groups, by sex.

`figures()` adds up, per cycle, the counts and sums every indicator is made of (`Figures`, which add up
across groups); each indicator is then a ratio of those sums, defined once below with its formula. The
same formulas are printed in the report's footnotes (`FORMULAS`).

By sex: "women" are members recorded as female; "men" the others (male, or sex not recorded).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, fields

from asm_assoc.core import association
from asm_assoc.core.i18n import N_
from asm_assoc.core.savings.ledger import CASH, EFFECTS, LOAN, SAVINGS_BALANCE, SOCIAL

SEXES = ("F", "M")  # women; men (and members whose sex is not recorded)
DAYS_A_YEAR = 365


def _sex(value: str | None) -> str:
    return "F" if value == "F" else "M"


def _per_sex() -> dict[str, int]:
    return dict.fromkeys(SEXES, 0)


@dataclass
class Figures:
    """Counts and sums behind the indicators, for one cycle or added up over many. Dicts are by sex."""

    groups: int = 0
    meetings: int = 0
    members: dict[str, int] = field(default_factory=_per_sex)  # in the group on the day
    dropped: dict[str, int] = field(default_factory=_per_sex)  # left the group during the cycle
    attended: dict[str, int] = field(default_factory=_per_sex)  # present or represented, over all meetings
    expected: dict[str, int] = field(default_factory=_per_sex)  # members marked at all meetings
    savings: dict[str, int] = field(default_factory=_per_sex)
    members_savings: dict[str, int] = field(default_factory=_per_sex)  # of those in the group on the day
    loans: dict[str, int] = field(default_factory=_per_sex)  # number of loans outstanding
    loans_value: dict[str, int] = field(default_factory=_per_sex)  # principal outstanding
    overdue_value: dict[str, int] = field(default_factory=_per_sex)  # principal of loans past their due date
    cash: int = 0  # loan fund cash
    social: int = 0
    annual_profit: float = 0.0  # Σ over groups of profit × 365 / days the cycle has run

    def __add__(self, other: Figures) -> Figures:
        total = Figures()
        for f in fields(self):
            a, b = getattr(self, f.name), getattr(other, f.name)
            setattr(total, f.name, {k: a[k] + b[k] for k in a} if isinstance(a, dict) else a + b)
        return total

    @staticmethod
    def sum(many: Iterable[Figures]) -> Figures:
        total = Figures()
        for f in many:
            total = total + f
        return total

    # --- the indicators; each formula is in FORMULAS too ------------------------------------------------

    def member_count(self, sex: str | None = None) -> int:
        """Members: people in the group on the day."""
        return _pick(self.members, sex)

    def women_share(self) -> float | None:
        """Women's share = women members / members."""
        return _ratio(self.members["F"], self.member_count())

    def attendance_rate(self, sex: str | None = None) -> float | None:
        """Attendance rate = (present + represented) / members marked, over all meetings of the cycle."""
        return _ratio(_pick(self.attended, sex), _pick(self.expected, sex))

    def total_savings(self, sex: str | None = None) -> int:
        """Total savings = value of the shares bought this cycle (shares × share price)."""
        return _pick(self.savings, sex)

    def savings_per_member(self, sex: str | None = None) -> float | None:
        """Savings per member = savings of the members in the group on the day / members (those who left
        are in neither)."""
        return _ratio(_pick(self.members_savings, sex), self.member_count(sex))

    def loans_outstanding(self, sex: str | None = None) -> tuple[int, int]:
        """Loans outstanding = (number of loans with principal still owed, the principal owed)."""
        return _pick(self.loans, sex), _pick(self.loans_value, sex)

    def portfolio_at_risk(self, sex: str | None = None) -> float | None:
        """Portfolio at risk = principal owed on loans past their due date / principal owed on all loans."""
        return _ratio(_pick(self.overdue_value, sex), _pick(self.loans_value, sex))

    def loan_fund_utilisation(self) -> float | None:
        """Loan fund utilisation = principal lent out / (principal lent out + loan fund cash)."""
        return _ratio(_pick(self.loans_value), _pick(self.loans_value) + self.cash)

    def fund_value(self) -> int:
        return self.cash + _pick(self.loans_value)

    def profit(self) -> int:
        """What the loan fund earned: fund value (cash + principal lent out) − savings."""
        return self.fund_value() - self.total_savings()

    def return_on_savings(self) -> float | None:
        """Return on savings = (loan fund cash + principal lent out − savings) / savings."""
        return _ratio(self.profit(), self.total_savings())

    def return_on_assets(self) -> float | None:
        """Annualised return on assets = Σ (profit × 365 / days the cycle has run) / Σ (loan fund cash +
        principal lent out)."""
        return _ratio(self.annual_profit, self.fund_value())

    def dropout_rate(self, sex: str | None = None) -> float | None:
        """Drop-out rate = members who left the group during the cycle / (members now + those who left)."""
        return _ratio(_pick(self.dropped, sex), _pick(self.dropped, sex) + self.member_count(sex))


def _pick(values: dict[str, int], sex: str | None = None) -> int:
    return sum(values.values()) if sex is None else values[sex]


def _ratio(part: float, whole: float) -> float | None:
    return part / whole if whole else None


# The report's footnotes: each indicator's formula, in words (the docstrings above say the same).
FORMULAS = {
    "members": N_("Members: people in the group on the day of the report."),
    "women_share": N_("Women's share = women members ÷ members."),
    "attendance": N_("Attendance rate = (present + represented) ÷ members marked, over all meetings of the "
                     "cycle."),
    "savings": N_("Total savings = value of the shares bought this cycle (shares × share price)."),
    "savings_per_member": N_("Savings per member = savings of the members in the group on the day ÷ those "
                             "members."),
    "loans": N_("Loans outstanding = number of loans with principal still owed, and that principal."),
    "par": N_("Portfolio at risk = principal owed on loans past their due date ÷ principal owed on all loans."),
    "utilisation": N_("Loan fund utilisation = principal lent out ÷ (principal lent out + loan fund cash)."),
    "return_on_savings": N_("Return on savings = (loan fund cash + principal lent out − savings) ÷ savings."),
    "roa": N_("Annualised return on assets = (loan fund cash + principal lent out − savings) × 365 ÷ days the "
              "cycle has run, ÷ (loan fund cash + principal lent out); added up over groups before dividing."),
    "dropout": N_("Drop-out rate = members who left the group during the cycle ÷ (members now + those who "
                  "left)."),
}


@dataclass(frozen=True)
class CycleRef:
    cycle_id: str
    group_id: str
    group_name: str
    number: int
    started_on: str
    share_price: int


def open_cycles(conn: sqlite3.Connection) -> list[CycleRef]:
    """The open cycle of every group of the association, in group-name order."""
    rows = conn.execute(
        "SELECT c.id, g.id, g.name, c.number, c.started_on, c.share_price FROM savings_cycle c "
        "JOIN savings_group g ON g.id = c.group_id WHERE c.closed_on IS NULL AND g.archived = 0 "
        "AND g.association_id = ? ORDER BY g.name COLLATE MN", (association.current_id(conn),))
    return [CycleRef(*r) for r in rows]


def figures(conn: sqlite3.Connection, cycles: list[CycleRef], as_of: dt.date) -> dict[str, Figures]:
    """The figures of each cycle (by cycle id) on the day `as_of`."""
    wanted = {c.cycle_id: c for c in cycles}
    found = {c: Figures(groups=1) for c in wanted}
    sex = dict(conn.execute("SELECT id, sex FROM member"))
    current = _membership(conn, wanted, found, sex, as_of)
    _money(conn, found, sex, current, as_of)
    _loans(conn, wanted, found, sex, as_of)
    for cycle_id, meetings, present, represented, absent, w_present, w_represented, w_absent in conn.execute(
            "SELECT cycle_id, count(*), sum(present), sum(represented), sum(absent), sum(women_present), "
            "sum(women_represented), sum(women_absent) FROM savings_meeting WHERE kind = 'meeting' "
            "AND held_on <= ? GROUP BY cycle_id", (as_of.isoformat(),)):
        if cycle_id in found:
            f = found[cycle_id]
            f.meetings = meetings
            f.attended = {"F": w_present + w_represented, "M": present + represented - w_present - w_represented}
            f.expected = {"F": w_present + w_represented + w_absent,
                          "M": present + represented + absent - w_present - w_represented - w_absent}
    for cycle_id, f in found.items():
        days = max((as_of - dt.date.fromisoformat(wanted[cycle_id].started_on)).days, 1)
        f.annual_profit = f.profit() * DAYS_A_YEAR / days
    return found


def _membership(conn, wanted, found, sex, as_of: dt.date) -> dict[str, set[str]]:
    """Count members and drop-outs; returns each cycle's members on the day."""
    day = as_of.isoformat()
    current: dict[str, set[str]] = defaultdict(set)
    starts = {c: ref.started_on for c, ref in wanted.items()}
    by_group = defaultdict(list)
    for cycle_id, ref in wanted.items():
        by_group[ref.group_id].append(cycle_id)
    for group_id, member_id, joined_on, left_on in conn.execute(
            "SELECT group_id, member_id, joined_on, left_on FROM savings_group_member"):
        for cycle_id in by_group.get(group_id, ()):
            s = _sex(sex.get(member_id))
            if joined_on <= day and (not left_on or left_on >= day):
                found[cycle_id].members[s] += 1
                current[cycle_id].add(member_id)
            elif left_on and starts[cycle_id] <= left_on < day:
                found[cycle_id].dropped[s] += 1
    return current


def _money(conn, found, sex, current: dict[str, set[str]], as_of: dt.date) -> None:
    """Savings per sex, and each fund's cash, from the per-member sums of the ledger up to `as_of`."""
    for cycle_id, member_id, kind, amount in conn.execute(
            "SELECT cycle_id, member_id, kind, sum(amount) FROM savings_entry WHERE entered_on <= ? "
            "GROUP BY cycle_id, member_id, kind", (as_of.isoformat(),)):
        f = found.get(cycle_id)
        if f is None:
            continue
        effects = EFFECTS[kind]
        f.cash += amount * effects.get(CASH, 0)
        f.social += amount * effects.get(SOCIAL, 0)
        if member_id is not None and SAVINGS_BALANCE in effects:
            s = _sex(sex.get(member_id))
            f.savings[s] += amount * effects[SAVINGS_BALANCE]
            if member_id in current[cycle_id]:
                f.members_savings[s] += amount * effects[SAVINGS_BALANCE]


def _loans(conn, wanted, found, sex, as_of: dt.date) -> None:
    owed: dict[str, int] = defaultdict(int)
    day = as_of.isoformat()
    for loan_id, kind, amount in conn.execute(
            "SELECT loan_id, kind, sum(amount) FROM savings_entry WHERE loan_id IS NOT NULL AND entered_on <= ? "
            "GROUP BY loan_id, kind", (day,)):
        owed[loan_id] += amount * EFFECTS[kind].get(LOAN, 0)
    for loan_id, cycle_id, member_id, due_on in conn.execute(
            "SELECT id, cycle_id, member_id, due_on FROM savings_loan WHERE disbursed_on <= ?", (day,)):
        f, principal = found.get(cycle_id), owed.get(loan_id, 0)
        if f is None or principal <= 0:
            continue
        s = _sex(sex.get(member_id))
        f.loans[s] += 1
        f.loans_value[s] += principal
        if due_on < day:
            f.overdue_value[s] += principal
