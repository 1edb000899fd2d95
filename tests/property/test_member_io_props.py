"""Properties of member import and export: an import never half-writes; export then import is the identity."""

from __future__ import annotations

import csv
import datetime as dt
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from asm_assoc.core import association, db, member_io, members, reference, writes
from asm_assoc.core.errors import UserError
from asm_assoc.core.progress import Cancelled
from asm_assoc.core.regnum import CYRILLIC_LETTERS

TODAY = dt.date(2026, 11, 22)
ACTOR = writes.SYSTEM
LOWER = CYRILLIC_LETTERS.lower()
PROPERTY = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@contextmanager
def fresh_register() -> Iterator:
    with tempfile.TemporaryDirectory() as folder:
        conn = db.open_database(Path(folder) / "asm-assoc.db")
        try:
            association.save(conn, ACTOR, association.Association(name="Алтан дэлхий ТББ", aimag_code="64"))
            yield conn, Path(folder)
        finally:
            conn.close()


def state(conn) -> tuple:
    return (
        conn.execute("SELECT * FROM member ORDER BY id").fetchall(),
        conn.execute("SELECT count(*), max(seq) FROM change_log").fetchone(),
        conn.execute("SELECT last_seq FROM local_device").fetchone(),
    )


names = st.builds(
    lambda first, rest: first + rest,
    st.sampled_from(CYRILLIC_LETTERS),
    st.text(alphabet=LOWER + "-", max_size=10),
)


@st.composite
def regnums(draw) -> tuple[str, str, str]:
    """A valid РД with the birth date and sex it encodes."""
    born = draw(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2008, 12, 31)))
    month = born.month + 20 if born.year >= 2000 else born.month
    sex_digit = draw(st.integers(0, 9))
    letters = draw(st.text(alphabet=CYRILLIC_LETTERS, min_size=2, max_size=2))
    # The digit after the birth date is odd for a man, even for a woman.
    number = f"{letters}{born.year % 100:02d}{month:02d}{born.day:02d}{sex_digit}{draw(st.integers(0, 9))}"
    return number, born.isoformat(), "M" if sex_digit % 2 else "F"


# (a) An import never half-writes ------------------------------------------------------------------------

GOOD_ROW = st.tuples(names, names, st.sampled_from(["эр", "Эм", "F", "male"]), st.just(""))
BAD_ROW = st.one_of(
    st.tuples(names, st.just(""), st.just("эр"), st.just("")),  # no given name
    st.tuples(names, names, st.just("?"), st.just("")),  # sex not understood
    st.tuples(names, names, st.just("эм"), st.just("1234")),  # phone too short
)


def write_rows(folder: Path, rows: list[tuple]) -> Path:
    path = folder / "members.csv"
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["Овог", "Нэр", "Хүйс", "Утас"])
        out.writerows(rows)
    return path


@PROPERTY
@given(rows=st.lists(st.one_of(GOOD_ROW, GOOD_ROW, BAD_ROW), min_size=1, max_size=12))
def test_all_or_nothing_leaves_the_register_unchanged_when_any_row_is_bad(rows):
    with fresh_register() as (conn, folder):
        members.save(conn, ACTOR, members.Member(None, "Батын", "Сараа", sex="F"), today=TODAY)
        before = state(conn)
        plan = member_io.plan_import(conn, *member_io.read_file(write_rows(folder, rows)), actor=ACTOR, today=TODAY)
        bad = plan.count("error")
        if bad:
            with pytest.raises(UserError):
                member_io.apply_import(conn, ACTOR, plan, mode="all_or_nothing")
            assert state(conn) == before
        else:
            member_io.apply_import(conn, ACTOR, plan, mode="all_or_nothing")
            assert len(state(conn)[0]) == len(before[0]) + len(rows)


@PROPERTY
@given(rows=st.lists(GOOD_ROW, min_size=1, max_size=12), stop_at=st.integers(0, 1))
def test_a_cancelled_import_leaves_the_register_unchanged(rows, stop_at):
    with fresh_register() as (conn, folder):
        before = state(conn)
        plan = member_io.plan_import(conn, *member_io.read_file(write_rows(folder, rows)), actor=ACTOR, today=TODAY)

        def cancel(done: int, total: int) -> None:
            if done >= stop_at * total:  # at the start, or after every row has been inserted
                raise Cancelled

        with pytest.raises(Cancelled):
            member_io.apply_import(conn, ACTOR, plan, mode="valid_only", progress=cancel)
        assert state(conn) == before


# (b) Export then import is the identity -----------------------------------------------------------------

free_text = st.text(alphabet=LOWER + CYRILLIC_LETTERS + "abcXYZ0123456789 .,;:'\"-=/()\n№", max_size=30)
phones = st.lists(st.from_regex(r"(\+976)?[89][0-9]{7}", fullmatch=True), max_size=2).map(", ".join)
places = st.sampled_from(reference.aimags()).flatmap(
    lambda a: st.tuples(st.just(a.code), st.sampled_from(["", *(s.code for s in reference.soums(a.code))]))
)
past = st.dates(min_value=dt.date(1990, 1, 1), max_value=TODAY)


@st.composite
def valid_members(draw) -> members.Member:
    regnum, born, sex = draw(st.one_of(st.just(("", "", "")), regnums()))
    sex = sex or draw(st.sampled_from(sorted(members.SEXES)))
    born = born or draw(st.one_of(st.just(""), st.dates(dt.date(1940, 1, 1), dt.date(2008, 1, 1)).map(str)))
    status = draw(st.sampled_from(sorted(members.STATUSES)))
    joined = draw(st.one_of(st.just(""), past.map(str)))
    left, reason = "", ""
    if status in ("left", "deceased"):
        left = str(draw(st.dates(dt.date.fromisoformat(joined) if joined else dt.date(1990, 1, 1), TODAY)))
        reason = draw(free_text)
    aimag, soum = draw(st.one_of(st.just(("", "")), places))
    return members.Member(
        member_no=None,
        family_name=draw(names),
        given_name=draw(names),
        regnum=regnum,
        sex=sex,
        birth_date=born,
        phones=draw(phones),
        aimag_code=aimag,
        soum_code=soum,
        bagh=draw(free_text),
        head_of_household=draw(st.booleans()),
        single_parent=draw(st.booleans()),
        dependants=draw(st.integers(0, members.MAX_DEPENDANTS)),
        disability=draw(st.booleans()),
        work_kind=draw(st.sampled_from(sorted(members.WORK_KINDS))),
        role=draw(st.sampled_from(sorted(members.ROLES))),
        joined_on=joined,
        left_on=left,
        left_reason=reason,
        status=status,
        notes=draw(free_text),
    )


def records(conn) -> list[tuple]:
    cols = [f for f in members.FIELDS if f != "association_id"] + ["name_key", "search_text"]
    return conn.execute(f"SELECT {', '.join(cols)} FROM member ORDER BY member_no").fetchall()


@PROPERTY
@given(
    register=st.lists(valid_members(), min_size=1, max_size=6, unique_by=lambda m: m.regnum or object()),
    suffix=st.sampled_from([".csv", ".xlsx"]),
    lang=st.sampled_from(["mn", "en"]),
)
def test_export_then_import_into_an_empty_register_gives_identical_records(register, suffix, lang):
    with fresh_register() as (source, folder), fresh_register() as (target, _):
        for m in register:
            members.save(source, ACTOR, m, today=TODAY)
        path = folder / f"members{suffix}"
        assert member_io.export_members(source, path, actor=ACTOR, lang=lang) == len(register)
        table, mapping = member_io.read_file(path)
        plan = member_io.plan_import(target, table, mapping, actor=ACTOR, today=TODAY)
        assert [r.action for r in plan.rows] == ["add"] * len(register), plan.summary().text()
        member_io.apply_import(target, ACTOR, plan, mode="all_or_nothing")
        assert records(target) == records(source)
        # ...and importing it back into the register it came from changes nothing.
        before = state(source)
        again = member_io.plan_import(source, table, mapping, on_known_regnum="update", actor=ACTOR, today=TODAY)
        member_io.apply_import(source, ACTOR, again, mode="all_or_nothing")
        assert state(source) == before
