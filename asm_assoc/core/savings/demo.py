"""Two savings groups for the demo association, kept the way a treasurer would: weekly meetings through the
real meeting checks, loans and repayments, a late fine now and then, one counted cash difference. The
second group joined the program mid-cycle with opening balances from its paper books."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3

from asm_assoc.core import writes
from asm_assoc.core.savings import groups, meetings
from asm_assoc.core.savings.constitution import Constitution, FineKind
from asm_assoc.core.savings.opening import OpeningLine, OpeningLoan, enter_opening_balances

WEEKS = 14
FIRST = Constitution(share_price=2000, min_shares=1, max_shares=5, social_contribution=500, loan_multiple_tenths=30,
                     max_loan_months=3, charge_method="flat", monthly_rate_bp=500, outstanding_policy="net",
                     leftover_rule="social_fund", rounding_unit=100)
SECOND = Constitution(share_price=1000, min_shares=1, max_shares=5, social_contribution=300, loan_multiple_tenths=20,
                      max_loan_months=2, charge_method="declining", monthly_rate_bp=800, early_repayment_charged=True,
                      outstanding_policy="block", leftover_rule="largest_remainder", rounding_unit=50)
FINES = [FineKind("Хоцорсон", 500), FineKind("Хурлаас тасалсан", 1000), FineKind("Утсаар ярьсан", 200)]
OFFICES = ["chair", "cashier", "record_keeper", "money_counter", "money_counter", "key_holder", "key_holder",
           "key_holder"]


def make_demo_groups(conn: sqlite3.Connection, actor: writes.Actor, member_ids: list[str], *, rng: random.Random,
                     today: dt.date) -> None:
    start = today - dt.timedelta(weeks=WEEKS)
    first = groups.create_group(conn, actor, "Алтан зам", started_on=start, constitution=FIRST, fines=FINES)
    second = groups.create_group(conn, actor, "Өгөөмөр эх", started_on=start - dt.timedelta(weeks=20),
                                 frequency="fortnightly", constitution=SECOND, fines=FINES[:2])
    chosen = rng.sample(member_ids, 30)
    for group_id, people in ((first, chosen[:20]), (second, chosen[18:30])):  # two belong to both
        for i, member_id in enumerate(people):
            groups.add_member(conn, actor, group_id, member_id, joined_on=start - dt.timedelta(weeks=20),
                              office=OFFICES[i] if i < len(OFFICES) else "")
    _meet(conn, actor, first, start, 7, rng, today)
    cycle = groups.current_cycle(conn, second)
    opened = start + dt.timedelta(weeks=2)
    people = [m.member_id for m in groups.members_of(conn, second, on=opened)]
    lines = [OpeningLine(m, rng.randint(8, 20)) for m in people]
    lines[1].loans.append(OpeningLoan(15_000, opened + dt.timedelta(days=30)))
    # The paper books balance: the box holds the savings less what is lent, plus what the group earned.
    cash = sum(line.shares for line in lines) * SECOND.share_price - 15_000 + 4_300
    enter_opening_balances(conn, actor, cycle.id, opened, lines, cash=cash, social=6_600)
    _meet(conn, actor, second, opened + dt.timedelta(weeks=2), 14, rng, today)


def _meet(conn: sqlite3.Connection, actor: writes.Actor, group_id: str, first_day: dt.date, every: int,
          rng: random.Random, today: dt.date) -> None:
    cycle = groups.current_cycle(conn, group_id)
    fines = groups.fine_kinds(conn, cycle.id)
    day = first_day
    number = 0
    while day <= today:
        number += 1
        ctx = meetings.context(conn, cycle.id, day, today=today)
        lines = [_line(m.member_id, ctx, rng, fines) for m in ctx.members]
        meeting = meetings.MeetingInput(day, lines)
        meeting.cash_counted = 0
        plan = ctx.plan(meeting)
        if any(p.column in ("loan", "repayment") for p in plan.problems):
            # The box could not cover every loan asked, or a part payment fell foul of the early-repayment
            # charge: those members wait for the next meeting.
            for line in lines:
                line.loan = line.repayment = 0
            plan = ctx.plan(meeting)
        meeting.cash_counted = plan.cash_expected
        if number == 5:  # one evening the box was 500 short, counted twice and confirmed
            meeting.cash_counted -= 500
            meeting.cash_note = "Хоёр удаа тоолоход 500₮ дутсан"
            meeting.confirmed_by = next(m for m in ctx.members if m.member_id in ctx.officers).member_id
        meetings.close_meeting(conn, actor, cycle.id, meeting, today=today)
        day += dt.timedelta(days=every)


def _line(member_id: str, ctx: meetings.MeetingContext, rng: random.Random,
          fines: list[FineKind]) -> meetings.Line:
    rules = ctx.rules
    if rng.random() < 0.08:
        return meetings.Line(member_id, "absent", fine_kind_ids=(fines[1].id,) if len(fines) > 1 else ())
    line = meetings.Line(member_id, "represented" if rng.random() < 0.05 else "present",
                         shares=rng.randint(rules.min_shares, rules.max_shares),
                         social=rules.social_contribution)
    if rng.random() < 0.07:
        line.fine_kind_ids = (fines[0].id,)
    loans = ctx.loans.get(member_id, [])
    if loans:
        payoff = sum(loan.state(ctx.held_on).payoff for loan in loans)
        if rng.random() < 0.5:
            line.repayment = payoff if rng.random() < 0.4 else min(payoff, rng.choice([5_000, 10_000]))
    elif rng.random() < 0.12:
        savings = ctx.savings.get(member_id, 0) + line.shares * rules.share_price
        line.loan = min(savings * rules.loan_multiple_tenths // 10 // 1000 * 1000, 60_000)
    return line
