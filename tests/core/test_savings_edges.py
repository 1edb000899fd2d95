"""Edges found in review: a new cycle's rules, carried money, opening balances corrected, a borrower
leaving, figures as of an earlier day, dates of a share-out and a reversal, fines of another cycle."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from savings_support import RULES, START, WEEK, hold, lines, make_group

from asm_assoc.core import writes
from asm_assoc.core.errors import UserError
from asm_assoc.core.reports.loan_register import loan_lines
from asm_assoc.core.savings import groups, indicators, ledger, shareout
from asm_assoc.core.savings.constitution import FineKind
from asm_assoc.core.savings.opening import OpeningLine, OpeningLoan, enter_opening_balances

SYSTEM = writes.SYSTEM


def shared_out(conn):
    group_id, cycle_id, ids = make_group(conn, 3, rules=RULES)
    hold(conn, cycle_id, START, lines(ids, **{f"m{i}": {"shares": 5, "social": 500} for i in range(3)}))
    new_cycle = shareout.close_cycle(conn, SYSTEM, cycle_id, START + WEEK, today=START + WEEK)
    return group_id, cycle_id, new_cycle, ids


def test_the_next_cycle_may_change_its_rules_until_money_moves_in_it(conn):
    group_id, _, new_cycle, ids = shared_out(conn)
    assert ledger.cycle_totals(conn, new_cycle).social == 1_500  # carried over
    dearer = dataclasses.replace(RULES, share_price=2_000)
    groups.set_constitution(conn, SYSTEM, new_cycle, dearer, groups.fine_kinds(conn, new_cycle))
    assert groups.get_cycle(conn, new_cycle).constitution.share_price == 2_000
    hold(conn, new_cycle, START + 2 * WEEK, lines(ids))
    with pytest.raises(UserError, match="rules are fixed"):
        groups.set_constitution(conn, SYSTEM, new_cycle, RULES, groups.fine_kinds(conn, new_cycle))


def test_money_carried_from_a_closed_cycle_cannot_be_reversed(conn):
    _, _, new_cycle, _ = shared_out(conn)
    carried = next(e for e in ledger.entries(conn, new_cycle) if e.kind == "carried_social")
    with pytest.raises(ledger.ReversalRefused, match="final"):
        ledger.reverse(conn, SYSTEM, carried.id, reason="x", on=START + WEEK)


def test_fines_of_another_cycle_cannot_be_changed_through_this_one(conn):
    _, old_cycle, new_cycle, _ = shared_out(conn)
    old_fine = groups.fine_kinds(conn, old_cycle)[0]
    with pytest.raises(ValueError):
        groups.set_constitution(conn, SYSTEM, new_cycle, RULES, [FineKind("HACK", 99, old_fine.id)])
    assert groups.fine_kinds(conn, old_cycle)[0] == old_fine


def test_the_next_cycle_cannot_start_before_the_shareout(conn):
    _, cycle_id, ids = make_group(conn, 2, rules=RULES)
    hold(conn, cycle_id, START, lines(ids))
    with pytest.raises(shareout.ShareoutRefused, match="cannot start before"):
        shareout.close_cycle(conn, SYSTEM, cycle_id, START + WEEK, next_started_on=START, today=START + WEEK)
    with pytest.raises(shareout.ShareoutRefused, match="future"):
        shareout.close_cycle(conn, SYSTEM, cycle_id, START + WEEK, today=START)
    assert groups.get_cycle(conn, cycle_id).is_open


def test_a_reversal_is_dated_between_the_entry_and_today(conn):
    _, cycle_id, ids = make_group(conn, 2, rules=RULES)
    hold(conn, cycle_id, START + WEEK, lines(ids))
    entry = ledger.entries(conn, cycle_id)[0]
    with pytest.raises(ledger.ReversalRefused, match="between"):
        ledger.reverse(conn, SYSTEM, entry.id, reason="x", on=START)
    with pytest.raises(ledger.ReversalRefused, match="between"):
        ledger.reverse(conn, SYSTEM, entry.id, reason="x", on=dt.date.today() + dt.timedelta(days=1))


def test_wrong_opening_balances_are_reversed_and_entered_again(conn):
    _, cycle_id, ids = make_group(conn, 2, rules=RULES)
    day = START + WEEK
    enter_opening_balances(conn, SYSTEM, cycle_id, day, [], cash=0, social=0)  # nothing: no crash the next time
    enter_opening_balances(conn, SYSTEM, cycle_id, day, [OpeningLine(ids[0], 8)], cash=5_000, social=0)
    for e in ledger.entries(conn, cycle_id):
        if not e.reverses and e.id not in ledger.reversed_ids(conn, cycle_id):
            ledger.reverse(conn, SYSTEM, e.id, reason="12, not 8", on=day)
    enter_opening_balances(conn, SYSTEM, cycle_id, day, [OpeningLine(ids[0], 12)], cash=5_000, social=0)
    assert ledger.cycle_totals(conn, cycle_id).shares == 12
    assert conn.execute("SELECT count(*) FROM savings_meeting WHERE cycle_id = ?", (cycle_id,)).fetchone()[0] == 1
    hold(conn, cycle_id, day + WEEK, lines(ids))
    with pytest.raises(UserError, match="come first"):
        enter_opening_balances(conn, SYSTEM, cycle_id, day, [], cash=1, social=0)


def test_a_borrower_cannot_leave_the_group_owing(conn):
    group_id, cycle_id, ids = make_group(conn, 3, rules=RULES)
    hold(conn, cycle_id, START, lines(ids, m0={"shares": 5}))
    hold(conn, cycle_id, START + WEEK, lines(ids, m0={"loan": 3_000}))
    with pytest.raises(UserError, match="still owes ₮3,000"):
        groups.remove_member(conn, SYSTEM, group_id, ids[0], left_on=START + 2 * WEEK)
    assert ids[0] in [m.member_id for m in groups.members_of(conn, group_id, on=START + 3 * WEEK)]


def test_figures_are_as_they_stood_on_the_day_asked(conn):
    group_id, cycle_id, ids = make_group(conn, 3, rules=RULES)
    hold(conn, cycle_id, START, lines(ids, m0={"shares": 5}))
    hold(conn, cycle_id, START + 4 * WEEK, lines(ids, m0={"loan": 5_000}))
    [ref] = indicators.open_cycles(conn)
    early = indicators.figures(conn, [ref], START + WEEK)[cycle_id]
    assert (early.meetings, early.total_savings(), early.loans_outstanding()) == (1, 7_000, (0, 0))
    late = indicators.figures(conn, [ref], START + 5 * WEEK)[cycle_id]
    assert (late.meetings, late.total_savings(), late.loans_outstanding()) == (2, 10_000, (1, 5_000))
    assert loan_lines(conn, cycle_id, START + WEEK) == []
    assert len(loan_lines(conn, cycle_id, START + 5 * WEEK)) == 1


def test_savings_per_member_counts_only_those_still_in_the_group(conn):
    group_id, cycle_id, ids = make_group(conn, 3, rules=RULES)
    hold(conn, cycle_id, START, lines(ids, m0={"shares": 3}, m1={"shares": 3}, m2={"shares": 3}))
    groups.remove_member(conn, SYSTEM, group_id, ids[2], left_on=START + WEEK)
    [ref] = indicators.open_cycles(conn)
    f = indicators.figures(conn, [ref], START + 2 * WEEK)[cycle_id]
    assert f.total_savings() == 9_000 and f.member_count() == 2
    assert f.savings_per_member() == 3_000  # not 9,000 / 2


def test_an_opening_loan_is_in_the_loan_register_with_its_due_date(conn):
    _, cycle_id, ids = make_group(conn, 2, rules=RULES)
    owed = OpeningLoan(2_000, START + 4 * WEEK)
    enter_opening_balances(conn, SYSTEM, cycle_id, START, [OpeningLine(ids[1], 4, [owed])], cash=2_000, social=0)
    [line] = loan_lines(conn, cycle_id, START + WEEK)
    assert line.loan.principal_owed == 2_000 and line.due_on == START + 4 * WEEK
