"""Incidents ready for tests: a few members of the register and incidents built from short descriptions."""

from __future__ import annotations

import datetime as dt

from asm_assoc.core import members, writes
from asm_assoc.core.incidents import book
from asm_assoc.core.incidents import vocabulary as v
from asm_assoc.core.incidents.book import Incident, Person

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


def record(conn, inc: Incident, actor: writes.Actor = writes.SYSTEM, today: dt.date = TODAY) -> str:
    return book.save(conn, actor, inc, today=today)
