"""Rules of the Mongolian citizen registration number (РД)."""

from __future__ import annotations

import datetime as dt

import pytest

from asm_assoc.core import regnum


def test_twentieth_century_birth_date_and_odd_digit_is_male():
    r = regnum.check("УБ99032218")
    assert r.ok and r.value == "УБ99032218"
    assert r.birth_date == dt.date(1999, 3, 22)
    assert r.sex == "M"  # second-to-last digit 1 is odd


def test_month_plus_twenty_means_born_in_2000s_and_even_digit_is_female():
    r = regnum.check("ЧД03251426")
    assert r.birth_date == dt.date(2003, 5, 14)
    assert r.sex == "F"


@pytest.mark.parametrize("letters", ["ӨҮ", "ҮӨ", "ЁЯ", "АА"])
def test_all_cyrillic_letters_including_oe_and_ue_are_accepted(letters):
    assert regnum.check(f"{letters}85010524").ok


@pytest.mark.parametrize(
    "text",
    ["", "УБ9903221", "УБ990322181", "У99032218", "УБ99O32218", "12345678УБ", "УБ-99-03-22-1Х", "QW99032218"],
)
def test_malformed_number_is_an_error_that_shows_the_expected_form(text):
    r = regnum.check(text)
    assert not r.ok and r.value is None
    assert "two Cyrillic letters and eight digits" in r.errors[0].text()


@pytest.mark.parametrize("digits", ["990230", "991301", "990000", "035230", "013229"])
def test_birth_date_that_does_not_exist_is_an_error(digits):
    # 30 February 1999; month 13; month 00; 30 February 2003 (month 22); 29 December 2001 does exist.
    r = regnum.check(f"УБ{digits}18")
    if digits == "013229":  # month 32 = December 2001, day 29 exists
        assert r.ok and r.birth_date == dt.date(2001, 12, 29)
    else:
        assert not r.ok and "does not exist" in r.errors[0].text()


def test_leap_day_exists_only_in_leap_years():
    assert regnum.check("УБ04222918").birth_date == dt.date(2004, 2, 29)
    assert not regnum.check("УБ03222918").ok


def test_latin_lookalike_letters_are_normalised_and_the_user_is_told():
    r = regnum.check("yb 99032218")
    assert r.ok and r.value == "УВ99032218"
    assert any("changed to Cyrillic" in w.text() for w in r.warnings)


def test_birth_date_that_disagrees_is_a_warning_naming_both_dates():
    r = regnum.check("УБ99032218", birth_date=dt.date(1999, 3, 23))
    assert r.ok
    assert r.warnings[0].text() == (
        "The registration number gives the birth date 1999-03-22, but 1999-03-23 was entered."
    )


def test_sex_that_disagrees_is_a_warning_saying_which():
    r = regnum.check("УБ99032228", sex="M")
    assert r.ok and r.sex == "F"
    assert "that of a woman" in r.warnings[0].text()


def test_agreeing_date_and_sex_give_no_warning():
    r = regnum.check("УБ99032228", birth_date=dt.date(1999, 3, 22), sex="F")
    assert r.ok and r.warnings == []


def test_digits_of_other_scripts_are_not_taken_for_a_number():
    assert not regnum.check("УБ９９032218").ok  # full-width digits would make a second spelling of one РД
