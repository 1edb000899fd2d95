"""Payments ready for tests: members owing the seeded obligations, and payments built from short lists."""

from __future__ import annotations

import datetime as dt

from asm_assoc.core import association, demo, members, writes
from asm_assoc.core.payments import collections, enrolments, obligations, remittances
from asm_assoc.core.payments.collections import Line, Payment

TODAY = dt.date(2026, 11, 20)


def rates(conn) -> obligations.Rates:
    return obligations.load(conn)


def code(conn, name: str) -> str:
    """The id of a seeded obligation: "health", "social" or "pit"."""
    return rates(conn).by_code(name).id


def authority(conn, name: str) -> str:
    """The id of a seeded authority: "tax" or "social_insurance"."""
    return next(a.id for a in rates(conn).authorities.values() if a.code == name)


def enrol(conn, member_id: str, obligation: str, from_month: str, income: int | None = None, *,
          active: bool = True) -> str:
    return enrolments.set_from(conn, writes.SYSTEM, rates(conn), member_id=member_id,
                               obligation_id=code(conn, obligation), from_month=from_month, active=active,
                               declared_income=income)


def pay(conn, member_id: str, *lines: tuple[str, str, int], on: str = "2026-11-02",
        method: str = collections.CASH, actor: writes.Actor = writes.SYSTEM) -> collections.Collection:
    """`lines`: (obligation code, period, amount)."""
    payment = Payment(member_id, on, [Line(code(conn, o), p, a) for o, p, a in lines], method=method)
    return collections.record(conn, actor, rates(conn), payment, today=TODAY)


def remit(conn, authority_code: str, items: list[remittances.Item], receipt_no: str = "НД-0457",
          on: str = "2026-11-10") -> str:
    return remittances.record(conn, writes.SYSTEM, rates(conn), association_id=association.current_id(conn),
                              authority_id=authority(conn, authority_code), paid_on=on, receipt_no=receipt_no,
                              items=items, today=TODAY)


def registered(conn, family: str, given: str, sex: str, born: str = "1990-05-01", serial: int = 1) -> str:
    """A member of the register with a valid РД (the printouts show it, masked for a viewer)."""
    m = members.Member(None, family, given, regnum=demo.make_regnum("УБ", dt.date.fromisoformat(born), sex, serial),
                       sex=sex, birth_date=born, work_kind="digging", joined_on="2020-01-01")
    members.save(conn, writes.SYSTEM, m)
    return m.id
