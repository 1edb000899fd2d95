"""Incidents ready for tests: a few members of the register and incidents built from short descriptions."""

from __future__ import annotations

import datetime as dt

from asm_assoc.core import members, writes
from asm_assoc.core.incidents import book, hours
from asm_assoc.core.incidents import vocabulary as v
from asm_assoc.core.incidents.book import Incident, Person
from asm_assoc.core.incidents.hours import MonthHours

TODAY = dt.date(2026, 11, 20)


def add_member(conn, family: str, given: str, sex: str, *, born: str = "1990-05-01", work: str = "digging") -> str:
    m = members.Member(None, family, given, sex=sex, birth_date=born, work_kind=work, joined_on="2020-01-01")
    members.save(conn, writes.SYSTEM, m)
    return m.id


def incident(on: str = "2026-03-10", kind: str = v.INJURY, people: list[Person] | None = None, **more) -> Incident:
    values = {"occurred_time": "10:30", "hazard": "fall_of_ground", "site": "Хөх толгой уурхай",
              "description": "Нүхний хана нурсан.", **more}
    return Incident(occurred_on=on, kind=kind, people=people or [], **values)


def hurt(member_id: str | None = None, outcome: str = v.DAYS_AWAY, away: int = 0, restricted: int = 0,
         **more) -> Person:
    return Person(member_id=member_id, outcome=outcome, days_away=away, days_restricted=restricted,
                  body_part="legs", injury_nature="fracture", **more)


def record(conn, inc: Incident, actor: writes.Actor = writes.SYSTEM, today: dt.date = TODAY, reason: str = "") -> str:
    return book.save(conn, actor, inc, today=today, reason=reason)


def a_year(conn):
    """2026 at one association:
    - 001 (Mar): Oyuun (F, digging) 30 days away; Dorj (M, digging) medical treatment only.
    - 002 (Apr): Bold (M, digging) 200 days away (capped to 180): a poisoning (illness).
    - 003 (May): Saraa (F, processing) restricted work 10 days.
    - 004 (Jun): a near miss, nobody hurt.
    - 005: a duplicate of 001, set aside, never counted.
    - 006 (Aug): an outsider (M, other work) first aid only.
    Hours: Jan-Oct entered (Jan-Jun counted, Jul-Oct estimated), 15,000 hours and 80 workers a month in the
    first half, 10,000 hours and 60 workers after; Nov and Dec missing.
    """
    oyuun = add_member(conn, "Бат", "Оюун", "F")
    dorj = add_member(conn, "Ганбат", "Дорж", "M")
    saraa = add_member(conn, "Цэрэн", "Сараа", "F", work="processing")
    bold = add_member(conn, "Дорж", "Болд", "M")
    add_member(conn, "Лхагва", "Туяа", "F", work="trading")
    record(conn, incident("2026-03-10", people=[hurt(oyuun, away=30), hurt(dorj, v.MEDICAL)]))
    record(conn, incident("2026-04-20", kind=v.ILLNESS, hazard="chemicals", people=[hurt(bold, away=200)]))
    record(conn, incident("2026-05-02", people=[hurt(saraa, v.RESTRICTED, restricted=10)]))
    record(conn, incident("2026-06-15", kind=v.NEAR_MISS))
    duplicate = record(conn, incident("2026-03-10", people=[hurt(oyuun, away=30)]))
    book.set_archived(conn, writes.SYSTEM, duplicate, reason="давхар")
    record(conn, incident("2026-08-20", people=[hurt(name="Гадны жолооч", sex="M", outcome=v.FIRST_AID)]))
    for month in range(1, 11):
        first_half = month <= 6
        hours.save(conn, writes.SYSTEM, MonthHours(f"2026-{month:02d}", 15_000 if first_half else 10_000,
                                                   80 if first_half else 60, v.COUNTED if first_half else v.ESTIMATED),
                   today=TODAY)
    return conn
