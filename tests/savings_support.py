"""A savings group ready for tests: members of the association put into a new group."""

from __future__ import annotations

import datetime as dt

from asm_assoc.core import members, writes
from asm_assoc.core.savings import groups, meetings
from asm_assoc.core.savings.constitution import Constitution, FineKind

START = dt.date(2026, 1, 5)
RULES = Constitution(share_price=1000, min_shares=1, max_shares=5, social_contribution=500,
                     loan_multiple_tenths=30, max_loan_months=3, charge_method="flat", monthly_rate_bp=1000,
                     outstanding_policy="net", leftover_rule="social_fund", rounding_unit=100)
WEEK = dt.timedelta(days=7)
NAMES = [("Бат", "Оюун", "F"), ("Дорж", "Сарнай", "F"), ("Ганбат", "Мөнх", "M"), ("Лхагва", "Үүрийнцэцэг", "F"),
         ("Болд", "Энхбаяр", "M"), ("Цэрэн", "Өлзий", "F")]


def make_members(conn, count: int) -> list[str]:
    ids = []
    for i in range(count):
        family, given, sex = NAMES[i % len(NAMES)]
        m = members.Member(None, family, f"{given}{'' if i < len(NAMES) else i}", sex=sex,
                           joined_on="2025-01-01")
        members.save(conn, writes.SYSTEM, m)
        ids.append(m.id)
    return ids


def make_group(conn, count: int = 3, *, rules: Constitution | None = None, started_on: dt.date = START,
               fines: list[FineKind] | None = None, name: str = "Алтан зам") -> tuple[str, str, list[str]]:
    """A group of `count` members (the first is the chair, the second the cashier, the third a money counter).
    Returns (group id, first cycle id, member ids in member-number order)."""
    ids = make_members(conn, count)
    group_id = groups.create_group(conn, writes.SYSTEM, name, started_on=started_on, constitution=rules,
                                   fines=fines if fines is not None else [FineKind("Хоцорсон", 1000)])
    offices = ["chair", "cashier", "money_counter"]
    for i, member_id in enumerate(ids):
        groups.add_member(conn, writes.SYSTEM, group_id, member_id, joined_on=started_on,
                          office=offices[i] if i < len(offices) else "")
    return group_id, groups.current_cycle(conn, group_id).id, ids


def lines(ids: list[str], **by_member: dict) -> list[meetings.Line]:
    """A line per member: present, buying one share, unless `by_member[f"m{i}"]` says otherwise."""
    return [meetings.Line(member_id, **{"shares": 1, **by_member.get(f"m{i}", {})}) for i, member_id in enumerate(ids)]


def hold(conn, cycle_id: str, day: dt.date, the_lines: list[meetings.Line], **kw) -> str:
    """Close a meeting, counting exactly the cash expected (unless `cash_counted` is given)."""
    meeting = meetings.MeetingInput(day, the_lines, **kw)
    if meeting.cash_counted is None:
        plan = meetings.context(conn, cycle_id, day, today=dt.date(2030, 1, 1)).plan(meeting)
        meeting.cash_counted = plan.cash_expected
    return meetings.close_meeting(conn, writes.SYSTEM, cycle_id, meeting, today=dt.date(2030, 1, 1))
