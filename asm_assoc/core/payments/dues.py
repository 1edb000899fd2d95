"""The amount a member owes for an obligation in a period, from the rate in force in each month of it.

Worked per part and per month, then summed over the period's months and rounded once per part, half up to
the whole tögrög; the amount due is the sum of the rounded parts, so the parts always add up to it:
- a percentage basis is of a month (declared income, at least the minimum wage where the rate says so; or the
  minimum wage of that month), so a quarter owes three months' worth, each at its own month's rate;
- a fixed amount is for the whole period; a member who owes it for some months of a quarter or year owes
  that share of it (months owed / months in the period);
- an amount entered each time has nothing computed: the period is marked `entered` and owes what was paid.

A month counts only while the member owes the obligation (`enrolments`), is a member (not before the month
they joined, nor after the month they left: a member who left and came back owes nothing for the months
away, their date joined being the new one), and a rate (and, where needed, a minimum wage) is in force.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from asm_assoc.core.payments import months
from asm_assoc.core.payments.enrolments import History
from asm_assoc.core.payments.obligations import FIXED, INCOME, MIN_WAGE, RatePart, Rates

_BP = 10_000  # a percentage in hundredths of a percent, over the whole


@dataclass(frozen=True)
class Due:
    obligation_id: str
    period: str  # the period's first month
    parts: tuple[tuple[str, int], ...]  # (part, amount) in the rate's order
    months_owed: int
    entered: bool = False  # nothing computed: what is paid is what is owed

    @property
    def amount(self) -> int:
        return sum(a for _, a in self.parts)


def round_half_up(value: Fraction) -> int:
    """Whole tögrög, a half rounded up (amounts are never negative)."""
    return (value.numerator * 2 + value.denominator) // (value.denominator * 2)


def _month_part(part: RatePart, income: int | None, wage: int | None, months_in_period: int) -> Fraction | None:
    if part.basis == FIXED:
        return Fraction(part.amount, months_in_period)
    if part.basis == MIN_WAGE:
        return None if wage is None else Fraction(wage * part.percent_bp, _BP)
    if part.basis == INCOME:
        base = income or 0
        if part.floor_min_wage:
            if wage is None:
                return None
            base = max(base, wage)
        return Fraction(base * part.percent_bp, _BP)
    return None


Membership = tuple[str | None, str | None]  # first and last month as a member (None: no bound)


def period_due(rates: Rates, history: History, obligation_id: str, start: str,
               membership: Membership = (None, None)) -> Due | None:
    """What is owed for the period beginning `start`; None when no month of it is owed."""
    period = rates.obligations[obligation_id].period
    span = months.period_months(start, period)
    exact: dict[str, Fraction] = {}
    owed, entered = 0, False
    joined, left = membership
    for month in span:
        if (joined is not None and month < joined) or (left is not None and month > left):
            continue
        row = history.at(month)
        version = rates.version(obligation_id, month) if row is not None else None
        if version is None:
            continue
        if version.entered:
            owed, entered = owed + 1, True
            continue
        wage = rates.minimum_wage(month)
        amounts = [_month_part(p, row.declared_income, wage, len(span)) for p in version.parts]
        if any(a is None for a in amounts):
            continue  # no minimum wage in force: nothing can be computed for this month
        owed += 1
        for p, a in zip(version.parts, amounts, strict=True):
            exact[p.part] = exact.get(p.part, Fraction(0)) + a
    if not owed:
        return None
    parts = tuple((part, round_half_up(value)) for part, value in exact.items())
    return Due(obligation_id, start, parts, owed, entered and not parts)


def dues(rates: Rates, history: History, obligation_id: str, first: str, last: str,
         membership: Membership = (None, None)) -> list[Due]:
    """Every period with something owed that has a month between `first` and `last`."""
    if history.first_month is None:
        return []
    period = rates.obligations[obligation_id].period
    first = max(first, months.period_start(history.first_month, period))
    out = []
    for start in months.periods(first, last, period):
        due = period_due(rates, history, obligation_id, start, membership)
        if due is not None:
            out.append(due)
    return out


