"""Share-out, closing a cycle and opening the next, and opening balances: worked examples by hand."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from savings_support import RULES, START, WEEK, hold, lines, make_group

from asm_assoc.core import writes
from asm_assoc.core.errors import UserError
from asm_assoc.core.savings import groups, ledger, shareout
from asm_assoc.core.savings.opening import OpeningLine, OpeningLoan, enter_opening_balances

SHAREOUT_DAY = dt.date(2026, 3, 12)


def two_meetings(conn, rules=RULES):
    """Three members, 10 shares each (30,000), 500 social each per meeting; member 2 borrows 5,000 on 12 Jan
    at 10 % flat for 3 months."""
    group_id, cycle_id, ids = make_group(conn, 3, rules=rules)
    hold(conn, cycle_id, START, lines(ids, **{f"m{i}": {"shares": 5, "social": 500} for i in range(3)}))
    hold(conn, cycle_id, START + WEEK, lines(ids, m0={"shares": 5, "social": 500},
                                             m1={"shares": 5, "social": 500, "loan": 5_000},
                                             m2={"shares": 5, "social": 500}))
    return group_id, cycle_id, ids


def test_shareout_nets_the_loan_and_pays_out_exactly_the_pool(conn):
    group_id, cycle_id, ids = two_meetings(conn)
    plan = shareout.plan_shareout(conn, cycle_id, SHAREOUT_DAY)
    # Cash: 30,000 shares - 5,000 lent = 25,000. On 12 Mar two months have started: 2 × 500 charge.
    # Member 2 owes 5,000 + 1,000 = 6,000, netted: pool = 25,000 + 6,000 = 31,000.
    assert (plan.cash_before, plan.netted, plan.pool, plan.total_shares) == (25_000, 6_000, 31_000, 30)
    # 31,000 × 10/30 = 10,333.33 each, rounded down to 100: 10,300; 3 × 10,300 = 30,900; 100 left over,
    # to the social fund (3,000 + 100).
    assert [line.payout for line in plan.lines] == [10_300, 10_300, 10_300]
    assert plan.allocation.to_social == 100 and plan.paid_out + plan.allocation.leftover == plan.pool
    assert [line.in_hand for line in plan.lines] == [10_300, 4_300, 10_300]
    assert plan.social_after == 3_100
    new_cycle = shareout.close_cycle(conn, writes.SYSTEM, cycle_id, SHAREOUT_DAY)
    # The closed cycle's books end at zero; the loan was repaid out of the payout.
    closed = ledger.cycle_totals(conn, cycle_id)
    assert (closed.cash, closed.social, closed.loans) == (0, 0, 0)
    assert ledger.loans(conn, cycle_id) == []
    assert not groups.get_cycle(conn, cycle_id).is_open
    # The next cycle: same constitution and fines, the social fund carried over.
    nxt = groups.get_cycle(conn, new_cycle)
    assert (nxt.number, nxt.constitution, nxt.started_on) == (2, RULES, "2026-03-12")
    assert [k.name for k in groups.fine_kinds(conn, new_cycle)] == ["Хоцорсон"]
    assert ledger.cycle_totals(conn, new_cycle).social == 3_100
    assert groups.current_cycle(conn, group_id).id == new_cycle
    with pytest.raises(ledger.ReversalRefused):
        ledger.reverse(conn, writes.SYSTEM, ledger.entries(conn, cycle_id)[0].id, reason="late")


def test_block_policy_refuses_shareout_while_a_loan_is_out(conn):
    _, cycle_id, ids = two_meetings(conn, dataclasses.replace(RULES, outstanding_policy="block"))
    plan = shareout.plan_shareout(conn, cycle_id, SHAREOUT_DAY)
    assert len(plan.problems) == 1
    assert "still owes ₮6,000 on a loan" in plan.problems[0].text()
    with pytest.raises(shareout.ShareoutRefused):
        shareout.close_cycle(conn, writes.SYSTEM, cycle_id, SHAREOUT_DAY)
    assert groups.get_cycle(conn, cycle_id).is_open
    # Once repaid (5,000 + 2 × 500), share-out goes ahead: pool 25,000 + 6,000 = 31,000 as before.
    hold(conn, cycle_id, SHAREOUT_DAY, lines(ids, m1={"repayment": 6_000}, m0={"shares": 1}, m2={"shares": 1}))
    plan = shareout.plan_shareout(conn, cycle_id, SHAREOUT_DAY)
    assert plan.ok and plan.pool == 34_000  # with this meeting's 3 shares


def test_largest_remainder_hands_out_the_leftover(conn):
    _, cycle_id, ids = two_meetings(conn, dataclasses.replace(RULES, leftover_rule="largest_remainder"))
    plan = shareout.plan_shareout(conn, cycle_id, SHAREOUT_DAY)
    # 31,000 over three equal holdings: 10,300 each and 100 left: one unit of 100 to the first by member no.
    assert [line.payout for line in plan.lines] == [10_400, 10_300, 10_300]
    assert plan.allocation.leftover == 0 and plan.paid_out == 31_000


def test_a_borrower_owing_more_than_the_payout_blocks_the_shareout(conn):
    group_id, cycle_id, ids = make_group(conn, 3, rules=RULES)
    hold(conn, cycle_id, START, lines(ids, m0={"shares": 5}, m1={"shares": 5}, m2={"shares": 5}))
    hold(conn, cycle_id, START + WEEK, lines(ids, m0={"shares": 1, "loan": 18_000}))
    plan = shareout.plan_shareout(conn, cycle_id, SHAREOUT_DAY)
    assert any("more than the payout" in p.text() for p in plan.problems)


def test_opening_balances_then_shareout_with_carry_forward(conn):
    # A group that starts using the program on 1 June: member 1 has 12 shares, member 2 8 shares and owes
    # 10,000 due 1 July; the loan fund holds 12,000, the social fund 2,000.
    rules = dataclasses.replace(RULES, leftover_rule="carry_forward", rounding_unit=1000)
    _, cycle_id, ids = make_group(conn, 2, rules=rules, started_on=dt.date(2026, 1, 1))
    opened = dt.date(2026, 6, 1)
    owed = OpeningLoan(10_000, dt.date(2026, 7, 1))
    enter_opening_balances(conn, writes.SYSTEM, cycle_id, opened,
                           [OpeningLine(ids[0], 12), OpeningLine(ids[1], 8, [owed])], cash=12_000, social=2_000)
    totals = ledger.cycle_totals(conn, cycle_id)
    assert (totals.savings, totals.shares, totals.loans, totals.cash, totals.social) == (20_000, 20, 10_000, 12_000,
                                                                                        2_000)
    with pytest.raises(UserError, match="opening balances come first"):
        enter_opening_balances(conn, writes.SYSTEM, cycle_id, opened, [], cash=1, social=0)
    # 8 June: one share each, 500 social each; member 2 repays 11,000: 1,000 charge (10 % of 10,000 for the
    # month started on 1 June) and 10,000 principal. Cash 12,000 + 2,000 + 11,000 = 25,000.
    day = dt.date(2026, 6, 8)
    hold(conn, cycle_id, day, lines(ids, m0={"social": 500}, m1={"social": 500, "repayment": 11_000}))
    assert ledger.cycle_totals(conn, cycle_id).cash == 25_000
    plan = shareout.plan_shareout(conn, cycle_id, dt.date(2026, 6, 15))
    # Pool 25,000 over 22 shares: member 1 25,000 × 13/22 = 14,772.7 -> 14,000 (unit 1,000); member 2
    # 25,000 × 9/22 = 10,227.3 -> 10,000; 1,000 left, kept as the next cycle's cash.
    assert [line.payout for line in plan.lines] == [14_000, 10_000]
    assert (plan.allocation.carried, plan.allocation.to_social) == (1_000, 0)
    new_cycle = shareout.close_cycle(conn, writes.SYSTEM, cycle_id, dt.date(2026, 6, 15))
    nxt = ledger.cycle_totals(conn, new_cycle)
    assert (nxt.cash, nxt.social, nxt.savings) == (1_000, 3_000, 0)


def test_opening_balances_are_checked(conn):
    _, cycle_id, ids = make_group(conn, 2, rules=RULES)
    with pytest.raises(UserError):
        enter_opening_balances(conn, writes.SYSTEM, cycle_id, START, [OpeningLine(ids[0], -1)], cash=0, social=0)
    with pytest.raises(UserError):
        enter_opening_balances(conn, writes.SYSTEM, cycle_id, START,
                               [OpeningLine(ids[0], 1, [OpeningLoan(1000, START)])], cash=0, social=0)
    assert ledger.entries(conn, cycle_id) == []


@pytest.mark.parametrize("rule", ["social_fund", "carry_forward", "largest_remainder"])
def test_allocate_adds_up_to_the_pool(rule):
    result = shareout.allocate(1_000_001, {"a": 7, "b": 3, "c": 1}, 100, rule)
    assert sum(result.payouts.values()) + result.leftover == 1_000_001
    assert all(p % 100 == 0 for p in result.payouts.values())
