"""What the payment books and printouts show of a member: number, name, РД, sex, and the months they have
been a member (nothing is owed before they joined or after they left)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from asm_assoc.core import access, writes


@dataclass(slots=True)  # not frozen: a frozen dataclass is several times slower to make, and a summary
class Person:              # makes one per member of the Federation
    id: str
    association_id: str
    member_no: int
    name: str
    regnum: str
    sex: str
    left_month: str | None
    archived: bool
    joined_month: str | None = None

    @property
    def months(self) -> tuple[str | None, str | None]:
        """The first and last month of membership (None: not known, or still a member)."""
        return self.joined_month, self.left_month

    def shown_regnum(self, actor: writes.Actor) -> str:
        """The РД in full for a role allowed it, else masked (as the register shows it)."""
        return self.regnum if access.can(actor.role, "members.regnum") else access.mask_regnum(self.regnum)


_SELECT = ("SELECT id, association_id, member_no, trim(coalesce(family_name, '') || ' ' || given_name), "
           "coalesce(regnum, ''), coalesce(sex, ''), left_on, archived, joined_on FROM member")


def _person(r: tuple) -> Person:
    return Person(r[0], r[1], r[2], r[3], r[4], r[5], r[6][:7] if r[6] else None, bool(r[7]),
                  r[8][:7] if r[8] else None)


def get(conn: sqlite3.Connection, member_id: str) -> Person | None:
    row = conn.execute(_SELECT + " WHERE id = ?", (member_id,)).fetchone()
    return _person(row) if row else None


def of_association(conn: sqlite3.Connection, association_id: str) -> dict[str, Person]:
    """Every member (archived ones too: their payments stay in the books), by id."""
    return {r[0]: _person(r) for r in conn.execute(_SELECT + " WHERE association_id = ?", (association_id,))}
