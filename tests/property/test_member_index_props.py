"""Property: whatever a person types, erases or filters, the in-memory member index answers exactly as SQL."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from asm_assoc.core import association, db, member_list, members, writes
from asm_assoc.core.member_list import MemberFilter

PEOPLE = [
    ("Пүрэвийн", "Өлзийбаяр", "УБ85010514", "M", "99112233", "64-03", "chair"),
    ("Олоны", "Сараа", "УБ99032228", "F", "88001122", "64-03", "member"),
    ("Үүрийн", "Туяа", "ӨВ90121524", "F", "95123456", "64-05", "treasurer"),
    ("Улааны", "Бат", "БХ78061213", "M", "80112233", "64-05", "member"),
    ("Өлзийн", "Мөнхзул", "ЧД03251426", "F", "", "64-03", "member"),
    ("Батын", "Болд", "", "M", "99001100", "64-03", "member"),
]


@pytest.fixture(scope="module")
def register(tmp_path_factory):
    conn = db.open_database(tmp_path_factory.mktemp("idx") / "a.db")
    association.save(conn, writes.SYSTEM, association.Association(name="Тест", aimag_code="64"))
    for fam, giv, rd, sex, phones, soum, role in PEOPLE:
        m = members.Member(None, fam, giv, rd, sex=sex, phones=phones, aimag_code="64", soum_code=soum, role=role)
        members.save(conn, writes.SYSTEM, m, today=dt.date(2026, 11, 22))
    yield conn
    conn.close()


filters = st.builds(
    MemberFilter,
    text=st.text(alphabet="батөлзийсарүуӨБ 9012bé", max_size=6),  # é: a letter no text holds
    sex=st.sampled_from([None, "F", "M"]),
    soum_code=st.sampled_from([None, "64-03", "64-05"]),
    role=st.sampled_from([None, "member", "chair"]),
    sort=st.sampled_from(["name", "member_no", "regnum", "sex"]),
    descending=st.booleans(),
)


@settings(max_examples=40, deadline=None)
@given(st.lists(filters, min_size=1, max_size=12))
def test_index_answers_like_sql_through_any_sequence_of_queries(register, sequence):
    index = member_list.MemberIndex(register, writes.SYSTEM)
    for f in sequence:
        assert index.query_ids(f) == member_list.query_ids(register, f)


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet="батөлзийсарүу", min_size=1, max_size=7))
def test_typing_then_erasing_a_word_answers_like_sql_at_every_keystroke(register, word):
    index = member_list.MemberIndex(register, writes.SYSTEM)
    for n in [*range(1, len(word) + 1), *range(len(word) - 1, -1, -1)]:
        f = MemberFilter(text=word[:n])
        assert index.query_ids(f) == member_list.query_ids(register, f)
