"""Savings indicators: a worked example by hand, by sex, and added up across groups."""

from __future__ import annotations

import datetime as dt

import pytest
from savings_support import RULES, START, WEEK, hold, lines, make_group

from asm_assoc.core import writes
from asm_assoc.core.savings import groups, indicators


def test_indicators_worked_example(conn):
    # Members: Оюун (F), Сарнай (F), Мөнх (M). Two meetings, 5 shares of 1,000 each time; Мөнх is fined 1,000
    # at the first; Сарнай borrows 5,000 on 12 Jan for 3 months (due 12 Apr).
    group_id, cycle_id, ids = make_group(conn, 3, rules=RULES)
    fine = groups.fine_kinds(conn, cycle_id)[0].id
    hold(conn, cycle_id, START, lines(ids, m0={"shares": 5}, m1={"shares": 5},
                                      m2={"shares": 5, "fine_kind_ids": (fine,)}))
    hold(conn, cycle_id, START + WEEK, lines(ids, m0={"shares": 5}, m1={"shares": 5, "loan": 5_000},
                                             m2={"attendance": "absent", "shares": 0}))
    as_of = dt.date(2026, 3, 12)  # 66 days after 5 Jan
    [ref] = indicators.open_cycles(conn)
    f = indicators.figures(conn, [ref], as_of)[cycle_id]
    assert (f.member_count(), f.member_count("F"), f.women_share()) == (3, 2, pytest.approx(2 / 3))
    # Attendance: 6 marked, 5 there; women 4 of 4, men 1 of 2.
    assert f.attendance_rate() == pytest.approx(5 / 6)
    assert (f.attendance_rate("F"), f.attendance_rate("M")) == (1.0, 0.5)
    # Savings: 10,000 + 10,000 (women) + 5,000 (man).
    assert (f.total_savings(), f.total_savings("F"), f.savings_per_member("M")) == (25_000, 20_000, 5_000)
    assert f.loans_outstanding() == (1, 5_000) and f.loans_outstanding("M") == (0, 0)
    assert f.portfolio_at_risk() == 0.0
    # Cash: 25,000 + 1,000 fine − 5,000 lent = 21,000; utilisation 5,000 / 26,000.
    assert f.cash == 21_000 and f.loan_fund_utilisation() == pytest.approx(5 / 26)
    # Profit: 21,000 + 5,000 − 25,000 = 1,000; return on savings 1,000 / 25,000 = 4 %;
    # annualised return on assets 1,000 × 365 / 66 / 26,000 = 21.27 %.
    assert f.return_on_savings() == pytest.approx(0.04)
    assert f.return_on_assets() == pytest.approx(1_000 * 365 / 66 / 26_000)
    assert f.dropout_rate() == 0
    # After the due date the loan is at risk; after Мөнх leaves, he counts as a drop-out.
    groups.remove_member(conn, writes.SYSTEM, group_id, ids[2], left_on=dt.date(2026, 4, 1))
    later = indicators.figures(conn, [ref], dt.date(2026, 4, 13))[cycle_id]
    assert later.portfolio_at_risk() == 1.0 and later.portfolio_at_risk("F") == 1.0
    assert later.portfolio_at_risk("M") is None  # no loans: no ratio, not zero
    assert later.dropout_rate() == pytest.approx(1 / 3) and later.dropout_rate("M") == 1.0


def test_figures_add_up_across_groups(conn):
    _, first, ids = make_group(conn, 2, rules=RULES)
    hold(conn, first, START, lines(ids, m0={"shares": 2}))
    _, second, others = make_group(conn, 3, rules=RULES, name="Хоёр дахь")
    hold(conn, second, START, lines(others, m0={"shares": 4}))
    found = indicators.figures(conn, indicators.open_cycles(conn), dt.date(2026, 2, 1))
    total = indicators.Figures.sum(found.values())
    assert total.groups == 2 and total.member_count() == 5
    assert total.total_savings() == 3_000 + 6_000
    assert total.savings_per_member() == pytest.approx(9_000 / 5)
    assert total.meetings == 2


def test_every_indicator_has_a_formula_in_the_catalog():
    assert set(indicators.FORMULAS) >= {"members", "women_share", "attendance", "savings", "savings_per_member",
                                        "loans", "par", "utilisation", "return_on_savings", "roa", "dropout"}
