"""The member register: validation, saving, archiving."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from asm_assoc.core import members
from asm_assoc.core.errors import ValidationError

TODAY = dt.date(2026, 11, 22)


def new(**kw) -> members.Member:
    base = dict(member_no=None, family_name="Батын", given_name="Сараа", sex="F")
    base.update(kw)
    return members.Member(**base)


def test_member_numbers_are_assigned_in_sequence(conn, actor):
    a = members.save(conn, actor, new(), today=TODAY).member
    b = members.save(conn, actor, new(given_name="Туяа"), today=TODAY).member
    assert (a.member_no, b.member_no) == (1, 2)


def test_member_number_is_editable_but_unique(conn, actor):
    members.save(conn, actor, new(member_no=42), today=TODAY)
    with pytest.raises(ValidationError) as err:
        members.save(conn, actor, new(member_no=42, given_name="Туяа"), today=TODAY)
    assert err.value.problems["member_no"].text() == "Member number 42 is already used by Батын Сараа."


def test_same_regnum_twice_is_refused_with_the_existing_members_name(conn, actor):
    members.save(conn, actor, new(regnum="УБ99032228"), today=TODAY)
    with pytest.raises(ValidationError) as err:
        members.save(conn, actor, new(family_name="Доржийн", given_name="Оюун", regnum="уб99032228"), today=TODAY)
    assert "already that of member no. 1, Батын Сараа" in err.value.text()


def test_valid_regnum_fills_empty_sex_and_birth_date(conn, actor):
    m = members.save(conn, actor, new(sex="", regnum="ӨҮ03251426"), today=TODAY).member
    assert (m.sex, m.birth_date) == ("F", "2003-05-14")


def test_regnum_disagreeing_with_entered_sex_saves_with_a_warning(conn, actor):
    check = members.save(conn, actor, new(sex="F", regnum="УБ99032218"), today=TODAY)
    assert check.member.id
    assert "that of a man" in check.warnings["regnum"][0].text()


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"family_name": ""}, "family_name", "Enter the family name (овог)."),
        ({"given_name": "  "}, "given_name", "Enter the given name (нэр)."),
        ({"sex": "X"}, "sex", "Choose the member's sex."),
        ({"birth_date": "2030-01-01"}, "birth_date", "The birth date is in the future."),
        ({"joined_on": "22.11.2026"}, "joined_on", "The date joined is not a valid date (use YYYY-MM-DD)."),
        ({"phones": "9911223"}, "phones", "A phone number has 8 digits (optionally after +976); “9911223” does not."),
        ({"dependants": 31}, "dependants", "The number of dependants must be a whole number from 0 to 30."),
        ({"status": "left"}, "left_on", "Enter the date the member left (or died)."),
        ({"left_on": "2020-01-01", "joined_on": "2021-01-01", "status": "left"}, "left_on",
         "The date left is before the date joined."),
        ({"aimag_code": "64", "soum_code": "65-01"}, "soum_code", "Choose a soum of the chosen aimag."),
        ({"regnum": "УБ9903"}, "regnum",
         "The registration number “УБ9903” must be two Cyrillic letters and eight digits, for example УБ99032218."),
    ],
)
def test_a_member_with_an_error_cannot_be_saved_and_the_error_says_what_to_fix(conn, actor, fields, field, message):
    before = conn.execute("SELECT count(*) FROM member").fetchone()[0]
    with pytest.raises(ValidationError) as err:
        members.save(conn, actor, new(**fields), today=TODAY)
    assert err.value.problems[field].text() == message
    assert conn.execute("SELECT count(*) FROM member").fetchone()[0] == before


def test_phones_are_normalised_and_several_are_allowed(conn, actor):
    m = members.save(conn, actor, new(phones="9911-2233; +976 88112233"), today=TODAY).member
    assert m.phones == "99112233, +97688112233"


def test_phone_digits_of_another_script_are_refused_not_tidied_away(conn, actor):
    with pytest.raises(ValidationError) as err:
        members.save(conn, actor, new(phones="٩٩١١٢٢٣٣"), today=TODAY)  # Arabic-Indic digits: str.isdigit
    assert "phones" in err.value.problems


def test_checking_with_changes_leaves_the_member_itself_as_it_was(conn):
    member = new(phones="99112233", given_name="Сараа")
    c = members.check(conn, member, today=TODAY, changes={"given_name": "  Туяа ", "regnum": "УБ99032228"})
    assert (c.member.given_name, c.member.regnum, c.member.birth_date) == ("Туяа", "УБ99032228", "1999-03-22")
    assert (member.given_name, member.regnum, member.birth_date) == ("Сараа", "", "")


def test_a_checked_members_values_as_a_tuple_are_those_written_for_it(conn, actor):
    m = members.check(conn, new(head_of_household=1, disability=""), today=TODAY).member
    assert dict(zip(members.FIELDS, members.row_tuple(m), strict=True)) == members.row_values(m)
    assert dict(zip(members.DERIVED, members.derived_tuple(m), strict=True)) == members.derived_columns(m)


def test_the_next_member_number_of_a_loaded_register_is_counted_once(conn, actor):
    members.save(conn, actor, new(member_no=7), today=TODAY)
    register = members.Register.load(conn)
    assert register.next_member_no() == 8
    register.by_member_no.clear()  # what an import does not do: the register is as read
    assert register.next_member_no() == 8


def test_edit_logs_only_changed_fields(conn, actor):
    m = members.save(conn, actor, new(), today=TODAY).member
    m.given_name = "Сарангэрэл"
    members.save(conn, actor, m, today=TODAY)
    last = conn.execute("SELECT op, changes FROM change_log ORDER BY seq DESC LIMIT 1").fetchone()
    assert last[0] == "update"
    assert json.loads(last[1]) == {"given_name": ["Сараа", "Сарангэрэл"]}
    assert members.get(conn, m.id).given_name == "Сарангэрэл"


def test_archived_member_is_kept_not_deleted(conn, actor):
    m = members.save(conn, actor, new(), today=TODAY).member
    members.set_archived(conn, actor, m.id)
    assert members.get(conn, m.id).archived is True
    assert members.all_members(conn) == []
    assert [x.id for x in members.all_members(conn, include_archived=True)] == [m.id]
    members.set_archived(conn, actor, m.id, archived=False)
    assert members.get(conn, m.id).archived is False
