"""Savings groups: constitution, meetings and their rules, cash box, reversals."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from savings_support import RULES, START, WEEK, hold, lines, make_group, make_members

from asm_assoc.core import writes
from asm_assoc.core.errors import UserError, ValidationError
from asm_assoc.core.savings import groups, ledger, meetings
from asm_assoc.core.savings.constitution import Constitution, FineKind

FAR = dt.date(2030, 1, 1)


@pytest.fixture
def group(conn):
    return make_group(conn, 3, rules=RULES)


def problems_of(conn, cycle_id, day, the_lines, **kw):
    plan = meetings.context(conn, cycle_id, day, today=FAR).plan(meetings.MeetingInput(day, the_lines, **kw))
    return [(p.member_id, p.column) for p in plan.problems], plan


def test_a_meeting_moves_money_into_the_right_balances(conn, group):
    _, cycle_id, ids = group
    kind = groups.fine_kinds(conn, cycle_id)[0]
    hold(conn, cycle_id, START, lines(ids, m0={"shares": 5, "social": 500, "fine_kind_ids": (kind.id,)},
                                      m1={"shares": 2, "social": 500}, m2={"shares": 3}))
    totals = ledger.cycle_totals(conn, cycle_id)
    # Shares 10 × 1,000 and a 1,000 fine in the loan fund; 1,000 in the social fund.
    assert (totals.shares, totals.savings, totals.cash, totals.social) == (10, 10_000, 11_000, 1_000)
    per_member = ledger.member_totals(conn, cycle_id)
    assert [per_member[i].shares for i in ids] == [5, 2, 3]


def test_share_limits_are_enforced_with_the_members_figures(conn, group):
    _, cycle_id, ids = group
    found, _ = problems_of(conn, cycle_id, START, lines(ids, m1={"shares": 6}), cash_counted=0)
    assert (ids[1], "shares") in found
    with pytest.raises(meetings.MeetingRefused) as refused:
        hold(conn, cycle_id, START, lines(ids, m1={"shares": 6}))
    assert "bought 6 shares; the constitution allows 1 to 5" in refused.value.text()
    assert ledger.cycle_totals(conn, cycle_id).cash == 0  # nothing written


def test_an_absent_member_can_only_be_fined(conn, group):
    _, cycle_id, ids = group
    kind = groups.fine_kinds(conn, cycle_id)[0]
    found, _ = problems_of(conn, cycle_id, START, lines(ids, m2={"attendance": "absent", "shares": 1}),
                           cash_counted=0)
    assert (ids[2], "attendance") in found
    hold(conn, cycle_id, START, lines(ids, m2={"attendance": "absent", "shares": 0, "fine_kind_ids": (kind.id,)}))
    row = conn.execute("SELECT present, absent, women_present, women_absent FROM savings_meeting").fetchone()
    assert row == (2, 1, 2, 0)  # members 1 and 2 are women; member 3 (absent) is a man


def test_the_social_fund_takes_whole_contributions(conn, group):
    _, cycle_id, ids = group
    found, _ = problems_of(conn, cycle_id, START, lines(ids, m0={"social": 700}), cash_counted=0)
    assert (ids[0], "social") in found
    found, _ = problems_of(conn, cycle_id, START, lines(ids, m0={"social": 1000}), cash_counted=0)
    assert (ids[0], "social") not in found


def test_loan_limit_is_a_multiple_of_savings_and_the_cash_in_the_fund(conn, group):
    _, cycle_id, ids = group
    hold(conn, cycle_id, START, lines(ids, m0={"shares": 5}, m1={"shares": 5}, m2={"shares": 5}))
    # Week 2: member 1 buys 1 more share: savings 6,000, limit 18,000. The fund holds 15,000 + 3,000.
    day = START + WEEK
    found, plan = problems_of(conn, cycle_id, day, lines(ids, m0={"loan": 18_001}), cash_counted=0)
    assert (ids[0], "loan") in found
    assert plan.lines[0].loan_limit == 18_000
    found, _ = problems_of(conn, cycle_id, day, lines(ids, m0={"loan": 18_000}), cash_counted=0)
    assert (ids[0], "loan") not in found and (None, "loan") not in found
    # Two loans together more than the 18,000 in the box: refused for the meeting as a whole.
    found, _ = problems_of(conn, cycle_id, day, lines(ids, m0={"loan": 10_000}, m1={"loan": 10_000}),
                           cash_counted=0)
    assert (None, "loan") in found
    with pytest.raises(meetings.MeetingRefused) as refused:
        hold(conn, cycle_id, day, lines(ids, m0={"loan": 10_000}, m1={"loan": 10_000}))
    assert "Loans at this meeting come to ₮20,000, but the loan fund holds only ₮18,000." in refused.value.text()


def test_loan_term_cannot_pass_the_constitutions(conn, group):
    _, cycle_id, ids = group
    hold(conn, cycle_id, START, lines(ids, m0={"shares": 5}))
    found, _ = problems_of(conn, cycle_id, START + WEEK, lines(ids, m0={"loan": 1000, "loan_months": 4}),
                           cash_counted=0)
    assert (ids[0], "loan") in found


def test_repayment_is_split_by_the_groups_method_and_recorded(conn, group):
    _, cycle_id, ids = group
    hold(conn, cycle_id, START, lines(ids, m0={"shares": 5}, m1={"shares": 5}, m2={"shares": 5}))
    hold(conn, cycle_id, START + WEEK, lines(ids, m0={"loan": 10_000}))
    # Flat 10 % of 10,000: 1,000 for the month started. 4,000 = 1,000 charge + 3,000 principal.
    day = START + 3 * WEEK
    _, plan = problems_of(conn, cycle_id, day, lines(ids, m0={"repayment": 4_000}), cash_counted=0)
    assert (plan.lines[0].charge, plan.lines[0].principal) == (1_000, 3_000)
    hold(conn, cycle_id, day, lines(ids, m0={"repayment": 4_000}))
    [loan] = ledger.loans(conn, cycle_id)
    assert loan.principal_owed == 7_000
    assert loan.terms.due_on == dt.date(2026, 4, 12)
    # Repaying more than is owed (7,000 + the 1,000 of month 2) is refused.
    found, _ = problems_of(conn, cycle_id, START + 6 * WEEK, lines(ids, m0={"repayment": 8_001}), cash_counted=0)
    assert (ids[0], "repayment") in found
    found, _ = problems_of(conn, cycle_id, START + 6 * WEEK, lines(ids, m1={"repayment": 100}), cash_counted=0)
    assert (ids[1], "repayment") in found  # no loan to repay


def test_every_member_must_be_marked_and_only_members(conn, group):
    _, cycle_id, ids = group
    [stranger] = make_members(conn, 1)
    found, _ = problems_of(conn, cycle_id, START, lines(ids[:2]) + [meetings.Line(stranger)], cash_counted=0)
    assert (ids[2], "attendance") in found and (stranger, "member") in found


def test_a_cash_difference_needs_a_note_and_a_second_officer(conn, group):
    _, cycle_id, ids = group
    the_lines = lines(ids)  # 3 shares: 3,000 expected
    found, plan = problems_of(conn, cycle_id, START, the_lines, cash_counted=2_500)
    assert plan.cash_expected == 3_000 and plan.difference == -500
    assert (None, "cash_note") in found and (None, "confirmed_by") in found
    found, _ = problems_of(conn, cycle_id, START, the_lines, cash_counted=2_500, cash_note="Алдагдсан",
                           confirmed_by=ids[2])  # a money counter
    assert not found
    meetings.close_meeting(conn, writes.SYSTEM, cycle_id, meetings.MeetingInput(
        START, the_lines, cash_counted=2_500, cash_note="Алдагдсан", confirmed_by=ids[2]), today=FAR)
    # The difference is an entry: the books now agree with the box.
    assert ledger.cycle_totals(conn, cycle_id).box == 2_500
    row = conn.execute("SELECT cash_expected, cash_counted, cash_note, confirmed_by FROM savings_meeting").fetchone()
    assert row == (3_000, 2_500, "Алдагдсан", ids[2])


def test_uncounted_cash_is_refused(conn, group):
    _, cycle_id, ids = group
    found, _ = problems_of(conn, cycle_id, START, lines(ids))
    assert (None, "cash_counted") in found


def test_meeting_dates_run_forward_within_the_cycle(conn, group):
    _, cycle_id, ids = group
    found, _ = problems_of(conn, cycle_id, START - dt.timedelta(days=1), lines(ids), cash_counted=3000)
    assert (None, "held_on") in found
    hold(conn, cycle_id, START + WEEK, lines(ids))
    found, _ = problems_of(conn, cycle_id, START, lines(ids), cash_counted=6000)
    assert (None, "held_on") in found
    ctx = meetings.context(conn, cycle_id, START + 2 * WEEK, today=START + WEEK)
    assert ctx.plan(meetings.MeetingInput(START + 2 * WEEK, lines(ids), cash_counted=6000)).problems


def test_reversal_restores_balances_and_points_to_the_original(conn, group):
    _, cycle_id, ids = group
    hold(conn, cycle_id, START, lines(ids, m0={"shares": 5}, m1={"shares": 5}, m2={"shares": 5}))
    hold(conn, cycle_id, START + WEEK, lines(ids, m0={"loan": 10_000}))
    before = ledger.cycle_totals(conn, cycle_id)
    hold(conn, cycle_id, START + 3 * WEEK, lines(ids, m0={"repayment": 4_000}))
    principal = next(e for e in ledger.entries(conn, cycle_id, member_id=ids[0]) if e.kind == "principal")
    new = ledger.reverse(conn, writes.SYSTEM, principal.id, reason="Буруу бичсэн", on=START + 3 * WEEK)
    # Both parts of the repayment (charge and principal) are reversed together.
    assert len(new) == 2
    after = ledger.cycle_totals(conn, cycle_id)
    shares_of_week_3 = 3_000
    assert after.loans == before.loans and after.cash == before.cash + shares_of_week_3
    repayment = {e.id for e in ledger.entries(conn, cycle_id) if e.txn_id == principal.txn_id}
    assert {ledger.get_entry(conn, n).reverses for n in new} == repayment
    assert all(ledger.get_entry(conn, n).note == "Буруу бичсэн" for n in new)
    assert ledger.loans(conn, cycle_id)[0].principal_owed == 10_000
    with pytest.raises(ledger.ReversalRefused, match="already been reversed"):
        ledger.reverse(conn, writes.SYSTEM, principal.id, reason="again")
    with pytest.raises(ledger.ReversalRefused, match="itself a reversal"):
        ledger.reverse(conn, writes.SYSTEM, new[0], reason="again")


def test_a_loan_with_repayments_cannot_be_reversed_before_them(conn, group):
    _, cycle_id, ids = group
    hold(conn, cycle_id, START, lines(ids, m0={"shares": 5}))
    hold(conn, cycle_id, START + WEEK, lines(ids, m0={"loan": 5_000}))
    hold(conn, cycle_id, START + 2 * WEEK, lines(ids, m0={"repayment": 1_000}))
    loan_out = next(e for e in ledger.entries(conn, cycle_id) if e.kind == "loan_out")
    with pytest.raises(ledger.ReversalRefused, match="reverse them first"):
        ledger.reverse(conn, writes.SYSTEM, loan_out.id, reason="wrong")
    with pytest.raises(ledger.ReversalRefused, match="reason"):
        ledger.reverse(conn, writes.SYSTEM, loan_out.id, reason="  ")


def test_entries_cannot_be_reversed_twice_even_by_raw_sql(conn, group):
    _, cycle_id, ids = group
    hold(conn, cycle_id, START, lines(ids))
    entry = ledger.entries(conn, cycle_id)[0]
    ledger.reverse(conn, writes.SYSTEM, entry.id, reason="x")
    with pytest.raises(Exception, match="UNIQUE"):
        conn.execute("INSERT INTO savings_entry (id, hlc, cycle_id, kind, amount, shares, txn_id, reverses, "
                     "entered_on) VALUES ('x', 'h', ?, 'shares', -1000, -1, 't', ?, '2026-01-05')",
                     (cycle_id, entry.id))


def test_the_constitution_is_fixed_once_money_moved(conn, group):
    _, cycle_id, ids = group
    groups.set_constitution(conn, writes.SYSTEM, cycle_id, dataclasses.replace(RULES, share_price=2000),
                            groups.fine_kinds(conn, cycle_id))
    assert groups.get_cycle(conn, cycle_id).constitution.share_price == 2000
    hold(conn, cycle_id, START, lines(ids))
    with pytest.raises(UserError, match="rules are fixed"):
        groups.set_constitution(conn, writes.SYSTEM, cycle_id, RULES, groups.fine_kinds(conn, cycle_id))
    # The fines catalogue can still grow.
    groups.set_constitution(conn, writes.SYSTEM, cycle_id, dataclasses.replace(RULES, share_price=2000),
                            [*groups.fine_kinds(conn, cycle_id), FineKind("Утас", 500)])
    assert [k.name for k in groups.fine_kinds(conn, cycle_id)] == ["Утас", "Хоцорсон"]


def test_constitution_and_group_are_checked(conn):
    with pytest.raises(ValidationError) as refused:
        groups.create_group(conn, writes.SYSTEM, " ", started_on=START,
                            constitution=Constitution(min_shares=6, max_shares=5, charge_method="x"))
    assert set(refused.value.problems) == {"name", "max_shares", "charge_method"}
    with pytest.raises(ValidationError):
        groups.create_group(conn, writes.SYSTEM, "A", started_on=START, fines=[FineKind("a", 1), FineKind("A", 2)])


def test_offices_have_limits_and_members_join_more_than_one_group(conn, group):
    group_id, _, ids = group
    with pytest.raises(UserError, match="already has 1"):
        groups.set_office(conn, writes.SYSTEM, group_id, ids[2], "chair")
    other = groups.create_group(conn, writes.SYSTEM, "Шинэ зам", started_on=START)
    groups.add_member(conn, writes.SYSTEM, other, ids[0], joined_on=START, office="chair")
    assert [m.member_id for m in groups.members_of(conn, other, on=START)] == [ids[0]]
    groups.remove_member(conn, writes.SYSTEM, group_id, ids[1], left_on=START + WEEK)
    assert ids[1] not in [m.member_id for m in groups.members_of(conn, group_id, on=START + 2 * WEEK)]
    assert ids[1] in [m.member_id for m in groups.members_of(conn, group_id, on=START)]


def test_only_director_and_treasurer_keep_the_books(conn, group):
    _, cycle_id, ids = group
    for role, allowed in (("treasurer", True), ("director", True), ("secretary", False), ("viewer", False)):
        who = writes.Actor(None, role, role)
        day = START + WEEK * len(ledger.entries(conn, cycle_id))
        meeting = meetings.MeetingInput(day, lines(ids), cash_counted=ledger.cycle_totals(conn, cycle_id).box + 3_000)
        if allowed:
            meetings.close_meeting(conn, who, cycle_id, meeting, today=FAR)
        else:
            with pytest.raises(writes.PermissionDenied):
                meetings.close_meeting(conn, who, cycle_id, meeting, today=FAR)
            with pytest.raises(writes.PermissionDenied):
                ledger.reverse(conn, who, ledger.entries(conn, cycle_id)[0].id, reason="x")
    assert ledger.cycle_totals(conn, cycle_id).shares == 6


def test_money_already_lent_cannot_be_reversed_out_of_the_fund(conn, group):
    _, cycle_id, ids = group
    hold(conn, cycle_id, START, lines(ids, m0={"shares": 5}, m1={"shares": 1}, m2={"shares": 1}))
    # 7,000 in; member 1 borrows 6,000 of it: the fund holds 1,000 + 3 × 1,000 bought in week 2.
    hold(conn, cycle_id, START + WEEK, lines(ids, m0={"loan": 6_000}))
    purchase = next(e for e in ledger.entries(conn, cycle_id, member_id=ids[0]) if e.kind == "shares")
    with pytest.raises(ledger.ReversalRefused) as refused:
        ledger.reverse(conn, writes.SYSTEM, purchase.id, reason="5 биш 1")
    assert "it holds ₮4,000" in refused.value.text()
    assert ledger.cycle_totals(conn, cycle_id).cash == 4_000
