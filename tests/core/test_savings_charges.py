"""Service charge and repayment split: worked examples checked by hand in the comments."""

from __future__ import annotations

import datetime as dt

import pytest

from asm_assoc.core.savings import charges
from asm_assoc.core.savings.charges import LoanTerms, Payment

GIVEN = dt.date(2026, 1, 5)


def terms(method: str, *, early: bool = False, principal: int = 100_000) -> LoanTerms:
    # 100,000 ₮ for 3 months at 5 % a month.
    return LoanTerms(GIVEN, principal, 3, 500, method, early)


def pay(loan: LoanTerms, history: list[tuple[dt.date, int, int]], day: dt.date, amount: int) -> charges.Split:
    """Split `amount` paid on `day`, after earlier (date, charge, principal) repayments."""
    payments = [Payment(on, p) for on, _, p in history]
    state = charges.loan_state(loan, payments, sum(c for _, c, _ in history), day)
    return charges.split_repayment(state, amount)


def test_a_started_month_counts_whole():
    assert charges.months_started(GIVEN, GIVEN) == 0
    assert charges.months_started(GIVEN, dt.date(2026, 1, 6)) == 1
    assert charges.months_started(GIVEN, dt.date(2026, 2, 5)) == 1  # month 2 starts after Feb 5
    assert charges.months_started(GIVEN, dt.date(2026, 2, 6)) == 2
    # 31 January + 1 month is 28 February; 1 March is in month 2.
    assert charges.add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert charges.months_started(dt.date(2026, 1, 31), dt.date(2026, 2, 28)) == 1
    assert charges.months_started(dt.date(2026, 1, 31), dt.date(2026, 3, 1)) == 2


def test_flat_charge_worked_example():
    # Flat: 5 % of 100,000 = 5,000 every month, whatever is still owed.
    loan = terms("flat")
    history: list = []
    # 5 Feb: month 1 due 5,000; 40,000 pays 5,000 charge + 35,000 principal (owed 65,000).
    first = pay(loan, history, dt.date(2026, 2, 5), 40_000)
    assert (first.charge, first.principal) == (5_000, 35_000)
    history.append((dt.date(2026, 2, 5), first.charge, first.principal))
    # 5 Mar: months 1-2 cost 10,000, 5,000 paid: 5,000 due; 40,000 = 5,000 + 35,000 (owed 30,000).
    second = pay(loan, history, dt.date(2026, 3, 5), 40_000)
    assert (second.charge, second.principal) == (5_000, 35_000)
    history.append((dt.date(2026, 3, 5), second.charge, second.principal))
    # 5 Apr: 15,000 accrued, 10,000 paid: paying off takes 5,000 + 30,000 = 35,000.
    state = charges.loan_state(loan, [Payment(d, p) for d, _, p in history], 10_000, dt.date(2026, 4, 5))
    assert (state.charge_due, state.principal_owed, state.payoff) == (5_000, 30_000, 35_000)
    last = charges.split_repayment(state, 35_000)
    assert (last.charge, last.principal) == (5_000, 30_000)  # 15,000 of charge in all: 3 × 5,000


def test_declining_balance_worked_example():
    # Declining: each month 5 % of what was still owed when the month started, rounded half up.
    loan = terms("declining")
    # Month 1 (from 5 Jan): 5 % of 100,000 = 5,000. 5 Feb: 40,000 = 5,000 + 35,000 (owed 65,000).
    first = pay(loan, [], dt.date(2026, 2, 5), 40_000)
    assert (first.charge, first.principal) == (5_000, 35_000)
    history = [(dt.date(2026, 2, 5), 5_000, 35_000)]
    # Month 2 (from 5 Feb, after that day's repayment): 5 % of 65,000 = 3,250. 5 Mar: 40,000 = 3,250 + 36,750.
    second = pay(loan, history, dt.date(2026, 3, 5), 40_000)
    assert (second.charge, second.principal) == (3_250, 36_750)
    history.append((dt.date(2026, 3, 5), 3_250, 36_750))
    # Month 3 (from 5 Mar): 5 % of 28,250 = 1,412.5, rounded half up to 1,413. Payoff 28,250 + 1,413 = 29,663.
    state = charges.loan_state(loan, [Payment(d, p) for d, _, p in history], 8_250, dt.date(2026, 4, 5))
    assert (state.charge_due, state.payoff) == (1_413, 29_663)
    # The same money as flat would cost 15,000; declining costs 5,000 + 3,250 + 1,413 = 9,663.
    assert charges.charge_accrued(loan, [Payment(d, p) for d, _, p in history], dt.date(2026, 4, 5)) == 9_663


def test_charge_keeps_running_after_the_due_date():
    # Flat, nothing repaid: on 6 May month 5 has started, so 5 × 5,000 is due.
    state = charges.loan_state(terms("flat"), [], 0, dt.date(2026, 5, 6))
    assert (state.charge_due, state.payoff) == (25_000, 125_000)


@pytest.mark.parametrize("method", ["flat", "declining"])
def test_early_repayment_charge(method):
    # Paid off on 5 Feb (month 1 of 3). Charged: months 2 and 3 too, 5 % of 100,000 each: 100,000 + 15,000.
    charged = charges.loan_state(terms(method, early=True), [], 0, dt.date(2026, 2, 5))
    assert (charged.charge_due, charged.payoff_charge, charged.payoff) == (5_000, 15_000, 115_000)
    # Not charged: only the started month: 105,000.
    free = charges.loan_state(terms(method), [], 0, dt.date(2026, 2, 5))
    assert free.payoff == 105_000
    # With the early charge, 105,000 would clear the principal without it: refused, and a part payment is not.
    with pytest.raises(charges.RepaymentRefused) as refused:
        charges.split_repayment(charged, 105_000)
    assert refused.value.reason == "early_charge"
    part = charges.split_repayment(charged, 50_000)
    assert (part.charge, part.principal) == (5_000, 45_000)
    full = charges.split_repayment(charged, 115_000)
    assert (full.charge, full.principal) == (15_000, 100_000)


def test_no_early_charge_once_the_term_has_run():
    state = charges.loan_state(terms("flat", early=True), [], 0, dt.date(2026, 4, 5))
    assert state.payoff == 115_000 and state.payoff_charge == state.charge_due


def test_paying_more_than_is_owed_is_refused():
    state = charges.loan_state(terms("flat"), [], 0, dt.date(2026, 2, 5))
    with pytest.raises(charges.RepaymentRefused) as refused:
        charges.split_repayment(state, 105_001)
    assert refused.value.reason == "more_than_owed"


def test_a_small_payment_goes_to_the_charge_first():
    split = pay(terms("flat"), [], dt.date(2026, 2, 5), 3_000)
    assert (split.charge, split.principal) == (3_000, 0)


def test_rounding_is_half_up_in_integers():
    assert charges.rate_of(28_250, 500) == 1_413  # 1,412.5
    assert charges.rate_of(28_249, 500) == 1_412  # 1,412.45
    assert charges.rate_of(0, 500) == 0
