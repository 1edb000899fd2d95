"""What the payment books and printouts show of a member: number, name, РД, sex, and the last month they
were a member (nothing is owed after it)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from asm_assoc.core import access, writes
from asm_assoc.core.payments import months


@dataclass(frozen=True)
class Person:
    id: str
    association_id: str
    member_no: int
    name: str
    regnum: str
    sex: str
    left_month: str | None
    archived: bool

    def shown_regnum(self, actor: writes.Actor) -> str:
        """The РД in full for a role allowed it, else masked (as the register shows it)."""
        return self.regnum if access.can(actor.role, "members.regnum") else access.mask_regnum(self.regnum)


_SELECT = ("SELECT id, association_id, member_no, trim(coalesce(family_name, '') || ' ' || given_name), "
           "coalesce(regnum, ''), coalesce(sex, ''), left_on, archived FROM member")


def _person(r: tuple) -> Person:
    return Person(r[0], r[1], r[2], r[3], r[4], r[5], months.month_of(r[6]) if r[6] else None, bool(r[7]))


def get(conn: sqlite3.Connection, member_id: str) -> Person | None:
    row = conn.execute(_SELECT + " WHERE id = ?", (member_id,)).fetchone()
    return _person(row) if row else None


def of_association(conn: sqlite3.Connection, association_id: str) -> dict[str, Person]:
    """Every member (archived ones too: their payments stay in the books), by id."""
    return {r[0]: _person(r) for r in conn.execute(_SELECT + " WHERE association_id = ?", (association_id,))}
