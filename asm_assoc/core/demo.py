"""A realistic demo association to try the program on, and many made-up members for benchmarks.

Everything is made through the real write path (`association.save`, `members.save`), so the demo passes
the same checks as records a director types in. The people are invented but look real: Mongolian names
(from `resources/demo/people.json`; names are data and never translated), a РД that agrees with the birth
date and sex, a phone number of a Mongolian operator, a soum of one aimag. A seed makes it repeatable.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from asm_assoc.core import association, members, reference, writes
from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import N_
from asm_assoc.core.incidents import demo as incidents_demo
from asm_assoc.core.payments import demo as payments_demo
from asm_assoc.core.resources import resource_path
from asm_assoc.core.savings import demo as savings_demo

# Mobile operators' prefixes (Mobicom 88/99/95, Unitel 80) on 8-digit numbers.
PHONE_PREFIXES = ("88", "99", "95", "80")
# The registration office of people born in the capital or registered there.
CAPITAL_LETTERS = "УБ"
YEAR = dt.timedelta(days=365)


@lru_cache(maxsize=1)
def demo_data() -> dict[str, Any]:
    return json.loads(resource_path("demo", "people.json").read_text(encoding="utf-8"))


def make_regnum(letters: str, born: dt.date, sex: str, serial: int) -> str:
    """A РД by the rules `regnum.check` applies: letters, YYMMDD (month + 20 for the 2000s), then a digit
    that is odd for a man and even for a woman, then one more digit. `serial` (0-49) picks those two."""
    if not 1900 <= born.year <= 2099 or not 0 <= serial < 50 or sex not in ("M", "F"):
        raise ValueError(f"cannot make a РД for {born}, {sex}, {serial}")
    month = born.month + (20 if born.year >= 2000 else 0)
    sex_digit = 2 * (serial // 10) + (1 if sex == "M" else 0)
    return f"{letters}{born.year % 100:02d}{month:02d}{born.day:02d}{sex_digit}{serial % 10}"


class _People:
    """Makes invented people of one aimag; shared by the demo association and the benchmark generator."""

    def __init__(self, rng: random.Random, aimag_code: str, today: dt.date) -> None:
        aimag = reference.unit(aimag_code)
        if aimag is None or aimag.parent is not None:
            raise ValueError(f"not an aimag code: {aimag_code!r}")
        self.rng, self.today, self.aimag_code = rng, today, aimag_code
        self.soums = reference.soums(aimag_code)
        self._aimag_letter = aimag.name_mn[0].upper()
        data = demo_data()
        self._given = {"F": data["female_given"], "M": data["male_given"]}
        # The овог written in a register is the father's name: older names and today's men's names.
        self._fathers = data["father_names"] + data["male_given"]
        self._baghs = data["baghs"]
        self._left_reasons = data["left_reasons"]
        self._used_regnums: set[str] = set()
        self._used_names: set[tuple[str, str]] = set()

    def phones(self, second_chance: float = 0.2) -> str:
        count = 2 if self.rng.random() < second_chance else 1
        rng = self.rng
        return ", ".join(rng.choice(PHONE_PREFIXES) + f"{rng.randrange(1_000_000):06d}" for _ in range(count))

    def birth_date(self, min_age: int, max_age: int) -> dt.date:
        return self.today - dt.timedelta(days=self.rng.randint(min_age * 366, max_age * 365 + 300))

    def _letters(self, soum_code: str) -> str:
        """Mostly registered in the member's own soum (aimag letter + soum letter), some elsewhere."""
        soum = reference.unit(soum_code)
        if soum is not None and self.rng.random() < 0.8:
            return self._aimag_letter + soum.name_mn[0].upper()
        if self.rng.random() < 0.5:
            return CAPITAL_LETTERS
        return self._aimag_letter + self.rng.choice(self.soums).name_mn[0].upper()

    def regnum(self, born: dt.date, sex: str, soum_code: str) -> str:
        for _attempt in range(1000):
            value = make_regnum(self._letters(soum_code), born, sex, self.rng.randrange(50))
            if value not in self._used_regnums:
                self._used_regnums.add(value)
                return value
        raise RuntimeError(f"no free РД for {born} {sex}")

    def _name(self, sex: str) -> tuple[str, str]:
        """(овог, нэр), not both the same word ("Батбаяр Батбаяр" looks like a typing slip) and, while
        there are names enough, no two people alike (a demo with two "Болд Хулан" confuses)."""
        retries = 20
        while True:
            family, given = self.rng.choice(self._fathers), self.rng.choice(self._given[sex])
            if family == given:
                continue
            if (family, given) not in self._used_names or retries == 0:
                break
            retries -= 1
        self._used_names.add((family, given))
        return family, given

    def member(self, sex: str, *, soum_code: str, min_age: int, max_age: int) -> members.Member:
        rng = self.rng
        born = self.birth_date(min_age, max_age)
        family, given = self._name(sex)
        if sex == "M":
            work = rng.choices(list(members.WORK_KINDS), weights=(70, 15, 8, 7))[0]
        else:
            work = rng.choices(list(members.WORK_KINDS), weights=(35, 40, 20, 5))[0]
        return members.Member(
            member_no=None,
            family_name=family,
            given_name=given,
            regnum=self.regnum(born, sex, soum_code),
            sex=sex,
            birth_date=born.isoformat(),
            phones=self.phones(),
            aimag_code=self.aimag_code,
            soum_code=soum_code,
            bagh=rng.choice(self._baghs),
            head_of_household=rng.random() < (0.7 if sex == "M" else 0.15),
            dependants=rng.choice((0, 0, 1, 2, 2, 3, 4)),
            work_kind=work,
            disability=rng.random() < 0.02,
        )

    def join(self, m: members.Member, start: dt.date, end: dt.date) -> None:
        """A join date in [start, end], never before the member turned 18."""
        adult = dt.date.fromisoformat(m.birth_date) + 18 * YEAR + dt.timedelta(days=5)
        start = max(start, adult)
        end = max(end, start)
        m.joined_on = (start + dt.timedelta(days=self.rng.randint(0, (end - start).days))).isoformat()

    def leave(self, m: members.Member) -> None:
        joined = dt.date.fromisoformat(m.joined_on)
        latest = max(joined, self.today - dt.timedelta(days=7))
        m.left_on = (joined + dt.timedelta(days=self.rng.randint(0, (latest - joined).days))).isoformat()
        m.left_reason = self.rng.choice(self._left_reasons)
        m.status = "left"


@dataclass
class _Slot:
    """One demo member's part in the association, decided before the person is made up."""

    sex: str
    role: str = "member"
    status: str = "active"
    single_mother: bool = False
    disability: bool = False


def _demo_plan() -> list[_Slot]:
    """60 members: 38 women, 15 of them single mothers; a board of 7; two who left and one suspended."""
    women = [_Slot("F", single_mother=i < 15) for i in range(38)]
    men = [_Slot("M") for _ in range(22)]
    for slot, role in zip(women[15:19], ("chair", "treasurer", "secretary", "board_member"), strict=True):
        slot.role = role
    for slot, role in zip(men[:3], ("auditor", "board_member", "board_member"), strict=True):
        slot.role = role
    women[37].status = men[21].status = "left"
    men[20].status = "suspended"
    women[30].disability = men[10].disability = True
    return women + men


def _demo_members(people: _People, profile: dict[str, Any]) -> list[members.Member]:
    rng, today = people.rng, people.today
    founded = dt.date.fromisoformat(profile["founded_on"])
    home = profile["soum_code"]
    neighbours = rng.sample([s.code for s in people.soums if s.code != home], 3)
    first_day = max(founded, today - 10 * YEAR)
    made = []
    for slot in _demo_plan():
        board = slot.role != "member"
        ages = (30, 58) if board else (22, 45) if slot.single_mother else (19, 60)
        soum = home if rng.random() < 0.55 else rng.choice(neighbours)
        m = people.member(slot.sex, soum_code=soum, min_age=ages[0], max_age=ages[1])
        m.role, m.disability = slot.role, slot.disability
        if slot.single_mother:
            m.single_parent = m.head_of_household = True
            m.dependants = rng.randint(1, 4)
        if board:  # the founders
            people.join(m, founded, founded + dt.timedelta(days=60))
        elif slot.status == "left":
            people.join(m, first_day, today - 2 * YEAR)
            people.leave(m)
        else:
            people.join(m, first_day, today - dt.timedelta(days=14))
        if slot.status == "suspended":
            m.status = "suspended"
            m.notes = demo_data()["suspended_notes"][0]
        made.append(m)
    made.sort(key=lambda m: m.joined_on)  # member numbers follow the order people joined
    for number, m in enumerate(made, start=1):
        m.member_no = number
    return made


def create_demo_association(
    conn: sqlite3.Connection, actor: writes.Actor, *, seed: int = 7, today: dt.date | None = None
) -> str:
    """Fill an empty database with the demo association and its 60 members; returns the association id."""
    if association.current_id(conn) is not None:
        raise UserError(
            N_("This database already has an association. The demo is made only in a new, empty database.")
        )
    today = today or dt.date.today()
    rng = random.Random(seed)
    profile = demo_data()["association"]
    people = _People(rng, profile["aimag_code"], today)
    # One transaction around every save: a demo cut off half way leaves nothing behind to block a retry.
    with writes.transaction(conn, actor, "association.write"):
        return _fill_demo(conn, actor, rng, profile, people, today)


def _fill_demo(conn: sqlite3.Connection, actor: writes.Actor, rng: random.Random, profile: dict,
               people: _People, today: dt.date) -> str:
    association_id = association.save(
        conn,
        actor,
        association.Association(
            name=profile["name"],
            legal_form="ngo",
            state_reg_no=f"{rng.randrange(9_000_000, 10_000_000)}",
            aimag_code=profile["aimag_code"],
            soum_code=profile["soum_code"],
            bagh=profile["bagh"],
            address=profile["address"],
            phones=people.phones(second_chance=1.0),
            director=profile["director"],
            founded_on=profile["founded_on"],
        ),
    )
    ids = []
    for m in _demo_members(people, profile):
        members.save(conn, actor, m, today=today)
        if m.status == "active":
            ids.append(m.id)
    savings_demo.make_demo_groups(conn, actor, ids, rng=rng, today=today)
    incidents_demo.make_demo_incidents(conn, actor, ids, rng=rng, today=today)
    payments_demo.make_demo_payments(conn, actor, ids, rng=rng, today=today)
    return association_id


def generate_members(
    n: int, *, seed: int, aimag_code: str, today: dt.date | None = None
) -> Iterator[members.Member]:
    """`n` invented members of one aimag with unique РД and member numbers 1..n (for benchmarks).
    They have no association id yet: the caller sets it."""
    today = today or dt.date.today()
    rng = random.Random(seed)
    people = _People(rng, aimag_code, today)
    soums = [s.code for s in people.soums]
    first_day = today - 10 * YEAR
    for number in range(1, n + 1):
        sex = "F" if rng.random() < 0.45 else "M"
        m = people.member(sex, soum_code=rng.choice(soums), min_age=19, max_age=62)
        m.member_no = number
        m.single_parent = sex == "F" and rng.random() < 0.2
        people.join(m, first_day, today - dt.timedelta(days=1))
        chance = rng.random()
        if chance < 0.02:
            people.leave(m)
        elif chance < 0.03:
            m.status = "suspended"
        yield m
