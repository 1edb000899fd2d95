"""The service charge on a loan, and how a repayment splits into service charge and principal.

Pure functions over a loan's terms and its history, so each rule can be checked by hand:

- A loan's months run from the day it was given: month 1 starts on that day, month 2 on the same day of
  the next month, and so on. **A month that has started is charged in full**: paying back on the day the
  loan was given costs nothing; one day later the first month is due.
- **Flat**: each month costs `rate × the original principal`, rounded half up to a whole tögrög.
- **Declining balance**: month k costs `rate × the principal still owed when month k started` (after
  repayments made on or before that day), each month rounded half up to a whole tögrög.
- Months after the due date keep being charged the same way until the loan is paid.
- **Early repayment charged**: a loan paid off before its term ends is also charged the months of the term
  not yet started, at the rate on the original principal (flat) or on the principal being paid off
  (declining). Without it only the months started are charged.
- **A repayment pays the service charge due first, then principal.** Paying more than is owed is refused.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

BASIS = 10_000  # rates are in basis points: 500 = 5 % a month


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later; the month's last day when it is shorter (31 Jan + 1 = 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def months_started(given_on: dt.date, day: dt.date) -> int:
    """How many months of the loan have started by `day` (0 on the day it was given)."""
    if day <= given_on:
        return 0
    months = (day.year - given_on.year) * 12 + day.month - given_on.month
    # `months` whole months later is the first day of month `months + 1`; before or on it, month `months`.
    return months if add_months(given_on, months) >= day else months + 1


def rate_of(amount: int, rate_bp: int) -> int:
    """`amount × rate`, rounded half up to a whole tögrög (integers only: no float touches money)."""
    return (amount * rate_bp + BASIS // 2) // BASIS


@dataclass(frozen=True)
class LoanTerms:
    given_on: dt.date
    principal: int
    term_months: int
    rate_bp: int
    method: str  # "flat" | "declining"
    early_repayment_charged: bool

    @property
    def due_on(self) -> dt.date:
        return add_months(self.given_on, self.term_months)


@dataclass(frozen=True)
class Payment:
    """A principal repayment already made (reversed ones left out)."""

    on: dt.date
    principal: int


def charge_accrued(terms: LoanTerms, payments: Sequence[Payment], day: dt.date) -> int:
    """The service charge the loan has cost from the day it was given up to `day`."""
    months = months_started(terms.given_on, day)
    if terms.method == "flat":
        return rate_of(terms.principal, terms.rate_bp) * months
    total = 0
    for k in range(months):
        start = add_months(terms.given_on, k)
        owed = terms.principal - sum(p.principal for p in payments if p.on <= start)
        total += rate_of(max(owed, 0), terms.rate_bp)
    return total


def early_charge(terms: LoanTerms, owed_principal: int, day: dt.date) -> int:
    """What paying the loan off on `day` adds for the months of the term not yet started."""
    if not terms.early_repayment_charged:
        return 0
    left = terms.term_months - months_started(terms.given_on, day)
    if left <= 0:
        return 0
    base = terms.principal if terms.method == "flat" else owed_principal
    return rate_of(base, terms.rate_bp) * left


@dataclass(frozen=True)
class LoanState:
    """A loan's standing on a day: principal still owed and service charge due."""

    terms: LoanTerms
    principal_owed: int
    charge_due: int
    payoff_charge: int  # what the service charge would be if the loan were paid off that day

    @property
    def payoff(self) -> int:
        """Everything it takes to close the loan that day."""
        return self.principal_owed + self.payoff_charge


def loan_state(terms: LoanTerms, payments: Sequence[Payment], charges_paid: int, day: dt.date) -> LoanState:
    owed = terms.principal - sum(p.principal for p in payments)
    due = max(charge_accrued(terms, payments, day) - charges_paid, 0) if owed > 0 else 0
    return LoanState(terms, owed, due, due + early_charge(terms, owed, day) if owed > 0 else 0)


@dataclass(frozen=True)
class Split:
    charge: int
    principal: int


class RepaymentRefused(ValueError):
    """`reason` is "more_than_owed" or "early_charge" (clears the principal but not the early charge)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def split_repayment(state: LoanState, amount: int) -> Split:
    """How `amount` paid on a loan divides: the charge due first, the rest principal. Paying the loan off
    in full before its term also pays the early-repayment charge (if the constitution has one); an amount
    that would clear the principal without it is refused, as is more than `state.payoff`."""
    if amount < 0 or amount > state.payoff:
        raise RepaymentRefused("more_than_owed")
    if amount == state.payoff:
        return Split(state.payoff_charge, state.principal_owed)
    charge = min(amount, state.charge_due)
    if amount - charge >= state.principal_owed:
        raise RepaymentRefused("early_charge")
    return Split(charge, amount - charge)
