"""Properties of the savings ledger over random meeting sequences: balances always equal the sum of the
entries, nothing the constitution forbids gets written, a reversal restores every balance, and a share-out
pays out exactly the pool."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from savings_support import START, make_group

from asm_assoc.core import association, db, writes
from asm_assoc.core.savings import groups, ledger, meetings, shareout
from asm_assoc.core.savings.constitution import Constitution

FAR = dt.date(2030, 1, 1)
MEMBERS = 4


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """A database with a four-member group, copied for every example (quicker than building it each time)."""
    path = tmp_path_factory.mktemp("savings") / "template.db"
    conn = db.open_database(path)
    association.save(conn, writes.SYSTEM, association.Association(name="Тест", aimag_code="64"))
    make_group(conn, MEMBERS, rules=Constitution())
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


@pytest.fixture
def fresh(template, tmp_path_factory):
    def make(rules: Constitution):
        path = tmp_path_factory.mktemp("example") / "a.db"
        shutil.copy(template, path)
        conn = db.open_database(path, check_integrity=False)
        group_id = groups.groups(conn)[0].id
        cycle_id = groups.current_cycle(conn, group_id).id
        groups.set_constitution(conn, writes.SYSTEM, cycle_id, rules, groups.fine_kinds(conn, cycle_id))
        ids = [m.member_id for m in sorted(groups.members_of(conn, group_id, on=START), key=lambda m: m.member_no)]
        return conn, cycle_id, ids
    return make


constitutions = st.builds(
    Constitution,
    share_price=st.sampled_from([500, 1000, 2500]),
    min_shares=st.integers(0, 1),
    max_shares=st.integers(2, 5),
    social_contribution=st.sampled_from([0, 500]),
    loan_multiple_tenths=st.sampled_from([10, 25, 30]),
    max_loan_months=st.integers(1, 3),
    charge_method=st.sampled_from(["flat", "declining"]),
    monthly_rate_bp=st.sampled_from([0, 333, 500, 1000]),
    early_repayment_charged=st.booleans(),
    outstanding_policy=st.sampled_from(["block", "net"]),
    leftover_rule=st.sampled_from(["social_fund", "carry_forward", "largest_remainder"]),
    rounding_unit=st.sampled_from([1, 100, 1000]),
)


@st.composite
def member_line(draw, rules: Constitution, owes: int, savings: int) -> dict:
    """Mostly what a group does (so most meetings close), sometimes a slip the rules must catch. `owes` is
    what the member would need to pay off their loans, `savings` their savings before the meeting."""
    slip = draw(st.sampled_from([False] * 9 + [True]))
    attendance = draw(st.sampled_from(["present"] * 6 + ["represented", "absent"]))
    if attendance == "absent" and not slip:
        return {"attendance": attendance}
    shares = draw(st.integers(0, 6) if slip else st.integers(rules.min_shares, rules.max_shares))
    limit = (savings + shares * rules.share_price) * rules.loan_multiple_tenths // 10
    return {
        "attendance": attendance,
        "shares": shares,
        "social": draw(st.sampled_from([700] if slip else [0, rules.social_contribution])),
        "repayment": draw(st.sampled_from([0, 0, min(owes, 500), owes // 2, owes] if owes else [1000 if slip else 0])),
        "loan": draw(st.sampled_from([0] * 4 + [limit // 3, limit // 2] + [80_000 if slip else 0])),
        "loan_months": draw(st.integers(0, rules.max_loan_months + (1 if slip else 0))),
    }


meetings_seq = st.lists(st.tuples(st.integers(1, 40), st.sampled_from([0, 0, 0, -100, 200])), min_size=1,
                        max_size=7)


def sum_of_entries(conn, cycle_id) -> tuple[int, int, int, int]:
    """Balances added up here from the entries one by one, independently of `ledger.cycle_totals`."""
    found = ledger.entries(conn, cycle_id)
    return tuple(sum(e.effect(b) for e in found) for b in (ledger.CASH, ledger.SOCIAL, ledger.SAVINGS_BALANCE,
                                                            ledger.LOAN))


def balances(conn, cycle_id) -> tuple[int, int, int, int]:
    t = ledger.cycle_totals(conn, cycle_id)
    return t.cash, t.social, t.savings, t.loans


def snapshot(conn, cycle_id):
    return balances(conn, cycle_id), {m: (t.savings, t.shares, t.loans) for m, t in
                                      ledger.member_totals(conn, cycle_id).items()}


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rules=constitutions, sequence=meetings_seq, reverse_at=st.integers(0, 200), data=st.data())
def test_random_meetings_keep_the_books_whole(fresh, rules, sequence, reverse_at, data):
    conn, cycle_id, ids = fresh(rules)
    day = START
    for gap, difference in sequence:
        day += dt.timedelta(days=gap)
        ctx = meetings.context(conn, cycle_id, day, today=FAR)
        owes = {m: sum(loan.state(day).payoff for loan in ctx.loans.get(m, [])) for m in ids}
        the_lines = [meetings.Line(m, **data.draw(member_line(rules, owes[m], ctx.savings.get(m, 0)))) for m in ids]
        meeting = meetings.MeetingInput(day, the_lines)
        plan = ctx.plan(meeting)
        meeting.cash_counted = plan.cash_expected + difference
        if difference:
            meeting.cash_note, meeting.confirmed_by = "Тоолсон", ids[0]
        plan = meetings.context(conn, cycle_id, day, today=FAR).plan(meeting)
        before = snapshot(conn, cycle_id)
        event("meeting refused" if plan.problems else "meeting closed")
        for problem in plan.problems:
            event(problem.msgid[:40])
        if plan.problems:
            with pytest.raises(meetings.MeetingRefused):
                meetings.close_meeting(conn, writes.SYSTEM, cycle_id, meeting, today=FAR)
            assert snapshot(conn, cycle_id) == before  # a refused meeting writes nothing
            continue
        meetings.close_meeting(conn, writes.SYSTEM, cycle_id, meeting, today=FAR)
        check_books(conn, cycle_id, rules, plan)

    entries = [e for e in ledger.entries(conn, cycle_id) if e.kind not in ledger.NOT_REVERSIBLE]
    if entries:
        before = snapshot(conn, cycle_id)
        target = entries[reverse_at % len(entries)]
        act = [e for e in entries if e.txn_id == target.txn_id]
        try:
            ledger.reverse(conn, writes.SYSTEM, target.id, reason="test", on=day)
        except ledger.ReversalRefused:
            event("reversal refused")
            assert snapshot(conn, cycle_id) == before
        else:
            event("reversal made")
            # Every balance moves back by exactly the reversed entries' effect.
            moved = tuple(-sum(e.effect(b) for e in act) for b in (ledger.CASH, ledger.SOCIAL,
                                                                   ledger.SAVINGS_BALANCE, ledger.LOAN))
            assert balances(conn, cycle_id) == tuple(a + m for a, m in zip(before[0], moved, strict=True))
            assert balances(conn, cycle_id) == sum_of_entries(conn, cycle_id)

    plan = shareout.plan_shareout(conn, cycle_id, day)
    event("share-out made" if plan.ok else "share-out refused")
    assert plan.paid_out + plan.allocation.leftover == plan.pool
    assert all(line.payout % rules.rounding_unit == 0 for line in plan.lines)
    if plan.ok:
        new_cycle = shareout.close_cycle(conn, writes.SYSTEM, cycle_id, day, today=FAR)
        assert balances(conn, cycle_id)[0:2] == (0, 0) and balances(conn, cycle_id)[3] == 0
        carried = ledger.cycle_totals(conn, new_cycle)
        assert carried.social == plan.social_after and carried.cash == plan.allocation.carried
    conn.close()


def check_books(conn, cycle_id, rules: Constitution, plan: meetings.MeetingPlan) -> None:
    # Balances are the sum of the entries, and the box holds what the meeting counted.
    assert balances(conn, cycle_id) == sum_of_entries(conn, cycle_id)
    totals = ledger.cycle_totals(conn, cycle_id)
    assert totals.box == plan.cash_counted
    assert totals.social >= 0
    # Nothing the constitution forbids was written.
    for p in plan.lines:
        if p.line.attendance != "absent":
            assert rules.min_shares <= p.line.shares <= rules.max_shares
        else:
            assert (p.line.shares, p.line.loan, p.line.repayment) == (0, 0, 0)
        member = ledger.member_totals(conn, cycle_id).get(p.member.member_id)
        if p.line.loan:
            assert member.loans <= member.savings * rules.loan_multiple_tenths // 10
    for loan in ledger.loans(conn, cycle_id, outstanding_only=False):
        assert 0 <= loan.principal_owed <= loan.lent
        assert 1 <= loan.terms.term_months <= rules.max_loan_months


@settings(max_examples=300, deadline=None)
@given(pool=st.integers(0, 10**9), holdings=st.lists(st.integers(0, 500), max_size=40),
       unit=st.sampled_from([1, 10, 50, 100, 500, 1000]),
       rule=st.sampled_from(["social_fund", "carry_forward", "largest_remainder"]))
def test_allocation_is_exact_for_any_pool(pool, holdings, unit, rule):
    shares = {f"m{i}": s for i, s in enumerate(holdings)}
    result = shareout.allocate(pool, shares, unit, rule)
    assert sum(result.payouts.values()) + result.leftover == pool
    total = sum(holdings)
    for m, s in shares.items():
        payout = result.payouts.get(m, 0)
        assert payout % unit == 0 and payout >= 0
        if total:  # never more than one unit away from the exact part, pool × s / total
            assert abs(payout * total - pool * s) <= unit * total
    if not total:
        assert result.leftover == pool  # nobody to pay: all of it goes by the leftover rule
    elif rule == "largest_remainder":
        assert result.leftover < unit
    else:
        assert result.leftover < unit * len([s for s in holdings if s])
