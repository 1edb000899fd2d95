"""The demo association's payments: most members owe health insurance, some opted in to voluntary social
insurance, a few pay income tax on a declared income. They pay every few months (a few fall behind, one pays
ahead, one pays part), the association passes the money on to the offices each quarter, so something is
held, and one receipt written to the wrong member was reversed. Everything goes through the core's checks."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3

from asm_assoc.core import association, writes
from asm_assoc.core.payments import collections, enrolments, months, obligations, remittances
from asm_assoc.core.payments.collections import Line, Payment

MONTHS = 12


def make_demo_payments(conn: sqlite3.Connection, actor: writes.Actor, member_ids: list[str], *,
                       rng: random.Random, today: dt.date) -> None:
    rates = obligations.load(conn)
    health, social, pit = (rates.by_code(c).id for c in ("health", "social", "pit"))
    start = months.add(months.month_of(today), -MONTHS)
    owing = rng.sample(member_ids, min(40, len(member_ids)))
    for member_id in owing:
        enrolments.set_from(conn, actor, rates, member_id=member_id, obligation_id=health, from_month=start)
    for member_id in owing[:12]:
        income = rng.choice([792_000, 850_000, 900_000, 1_000_000, 1_200_000])
        enrolments.set_from(conn, actor, rates, member_id=member_id, obligation_id=social,
                            from_month=months.add(start, rng.randint(0, 4)), declared_income=income)
    for member_id in owing[12:18]:
        enrolments.set_from(conn, actor, rates, member_id=member_id, obligation_id=pit, from_month=start,
                            declared_income=rng.choice([600_000, 800_000, 1_500_000]))
    behind = set(owing[-5:])  # they stopped paying some months ago: the arrears list
    this_month = months.month_of(today)
    for member_id in owing:
        stop = months.add(this_month, -rng.randint(3, 6)) if member_id in behind else this_month
        through = months.add(this_month, 1) if member_id == owing[0] else stop  # one pays a month ahead
        open_now = collections.open_periods(conn, rates, member_id, months.add(this_month, -1), ahead=2)
        due = [p for p in open_now if p.period <= through]
        for chunk in range(0, len(due), 3):  # a receipt every quarter or so, for the months owed
            lines = [Line(p.obligation_id, p.period, p.open) for p in due[chunk:chunk + 3]]
            if member_id == owing[1] and chunk == 0:
                lines[0].amount //= 2  # paid part of a month
            paid_on = months.first_day(months.add(lines[-1].period, 1)) + dt.timedelta(days=rng.randint(2, 20))
            paid_on = min(paid_on, today - dt.timedelta(days=rng.randint(0, 20)))  # this month: paid lately
            method = rng.choice([collections.CASH, collections.CASH, collections.BANK])
            collections.record(conn, actor, rates, Payment(member_id, paid_on.isoformat(), lines, method=method),
                               today=today)
    ahead = [p for p in collections.open_periods(conn, rates, owing[2], this_month, ahead=1)
             if p.obligation_id == health][-1]
    wrong = collections.record(conn, actor, rates, Payment(owing[2], (today - dt.timedelta(days=3)).isoformat(),
                                                           [Line(health, ahead.period, ahead.open)]), today=today)
    collections.reverse(conn, actor, wrong.id, "Өөр гишүүний нэр дээр бичигдсэн", today=today)
    _remit_quarterly(conn, actor, rates, start, today)


def _remit_quarterly(conn: sqlite3.Connection, actor: writes.Actor, rates: obligations.Rates, start: str,
                     today: dt.date) -> None:
    """Ten days after each quarter but the last, pass on to each office what is held for it up to the quarter's
    end (late payments of earlier quarters too)."""
    association_id = association.current_id(conn)
    quarter = months.period_start(start, months.QUARTERLY)
    last = months.add(months.period_start(months.month_of(today), months.QUARTERLY), -3)
    number = 1
    while quarter <= last:
        end = months.period_end(quarter, months.QUARTERLY)
        paid_on = min(months.first_day(months.add(end, 1)) + dt.timedelta(days=9), today).isoformat()
        for authority in rates.authorities.values():
            items = remittances.held_for(conn, rates, authority.id, association_id, last=end,
                                         paid_by=paid_on)
            if items:
                remittances.record(conn, actor, rates, association_id=association_id, authority_id=authority.id,
                                   paid_on=paid_on, receipt_no=f"{authority.code[:2].upper()}-{number:04d}",
                                   items=items, method=collections.BANK, today=today)
                number += 1
        quarter = months.add(quarter, 3)

