"""Property: every real birth date and sex encodes into a РД that decodes back to them."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from asm_assoc.core import regnum

LETTERS = st.sampled_from(list(regnum.CYRILLIC_LETTERS))


def encode(born: dt.date, sex: str, letters: str, serial: int) -> str:
    month = born.month + (20 if born.year >= 2000 else 0)
    sex_digit = (serial % 5) * 2 + (1 if sex == "M" else 0)
    return f"{letters}{born.year % 100:02d}{month:02d}{born.day:02d}{sex_digit}{serial % 7}"


@given(
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)),
    st.sampled_from(["M", "F"]),
    st.tuples(LETTERS, LETTERS).map("".join),
    st.integers(min_value=0, max_value=10_000),
)
def test_encoded_number_decodes_to_the_same_birth_date_and_sex(born, sex, letters, serial):
    r = regnum.check(encode(born, sex, letters, serial), birth_date=born, sex=sex)
    assert r.ok and r.birth_date == born and r.sex == sex and r.warnings == []


@given(st.text(max_size=14))
def test_any_text_either_passes_with_a_value_or_fails_with_an_error(text):
    r = regnum.check(text)
    assert (r.value is not None) == r.ok
    assert r.ok or len(r.errors) == 1
