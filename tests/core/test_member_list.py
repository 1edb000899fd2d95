"""The member list query: search, filters and Mongolian order in SQL."""

from __future__ import annotations

import datetime as dt
import gc

import pytest

from asm_assoc.core import member_list, members, writes
from asm_assoc.core.member_list import MemberFilter

PEOPLE = [
    # family, given, regnum, sex, phones, soum, role
    ("Пүрэвийн", "Өлзийбаяр", "УБ85010514", "M", "99112233", "64-03", "chair"),
    ("Олоны", "Сараа", "УБ99032228", "F", "88001122", "64-03", "member"),
    ("Үүрийн", "Туяа", "ӨВ90121524", "F", "95123456", "64-05", "treasurer"),
    ("Улааны", "Bold", "БХ78061213", "M", "80112233", "64-05", "member"),
    ("Өлзийн", "Мөнхзул", "ЧД03251426", "F", "", "64-03", "member"),
]


@pytest.fixture
def register(conn, actor):
    ids = {}
    for fam, giv, rd, sex, phones, soum, role in PEOPLE:
        m = members.Member(None, fam, giv, rd, sex=sex, phones=phones, aimag_code="64", soum_code=soum, role=role)
        ids[fam] = members.save(conn, actor, m, today=dt.date(2026, 11, 22)).member.id
    return ids


def names(conn, f: MemberFilter) -> list[str]:
    ids = member_list.query_ids(conn, f)
    rows = member_list.fetch_rows(conn, ids, writes.SYSTEM)
    return [rows[i][1] for i in ids]


def test_default_order_is_mongolian_alphabetical(conn, register):
    assert names(conn, MemberFilter()) == ["Олоны", "Өлзийн", "Пүрэвийн", "Улааны", "Үүрийн"]


def test_descending_sort_reverses_mongolian_order(conn, register):
    assert names(conn, MemberFilter(descending=True)) == ["Үүрийн", "Улааны", "Пүрэвийн", "Өлзийн", "Олоны"]


def test_sort_by_member_number(conn, register):
    assert names(conn, MemberFilter(sort="member_no")) == [p[0] for p in PEOPLE]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("өлзий", ["Өлзийн", "Пүрэвийн"]),  # family name of one, given name of the other
        ("ӨЛЗИЙ", ["Өлзийн", "Пүрэвийн"]),  # Cyrillic case-insensitive
        ("BOLD", ["Улааны"]),  # Latin case-insensitive
        ("өв90", ["Үүрийн"]),  # part of a РД
        ("0002", ["Олоны"]),  # zero-padded member number
        ("95123", ["Үүрийн"]),  # phone
        ("сараа олон", ["Олоны"]),  # every word must match
        ("100%", []),  # LIKE wildcards are taken literally
    ],
)
def test_search_matches_name_regnum_number_and_phone(conn, register, text, expected):
    assert names(conn, MemberFilter(text=text)) == expected


def test_filters_combine(conn, register):
    assert names(conn, MemberFilter(sex="F", soum_code="64-03")) == ["Олоны", "Өлзийн"]
    assert names(conn, MemberFilter(role="treasurer")) == ["Үүрийн"]
    assert names(conn, MemberFilter(status="left")) == []


def test_archive_is_a_separate_view(conn, actor, register):
    members.set_archived(conn, actor, register["Олоны"])
    assert "Олоны" not in names(conn, MemberFilter())
    assert names(conn, MemberFilter(archived=True)) == ["Олоны"]


def test_soums_in_use_are_the_filter_choices(conn, register):
    assert sorted(member_list.soums_in_use(conn)) == ["64-03", "64-05"]


FILTERS = [
    MemberFilter(),
    MemberFilter(text="өлзий"),
    MemberFilter(text="сараа олон"),
    MemberFilter(sex="F", soum_code="64-03"),
    MemberFilter(role="member", descending=True),
    MemberFilter(sort="member_no", descending=True),
    MemberFilter(sort="regnum"),
    MemberFilter(sort="soum_code", text="а"),
    MemberFilter(archived=True),
]


@pytest.mark.parametrize("f", FILTERS)
def test_in_memory_index_answers_exactly_as_sql(conn, register, f):
    assert member_list.MemberIndex(conn, writes.SYSTEM).query_ids(f) == member_list.query_ids(conn, f)


def test_in_memory_index_sees_every_later_write(conn, actor, register):
    index = member_list.MemberIndex(conn, writes.SYSTEM)
    assert len(index.query_ids(MemberFilter())) == 5
    members.save(conn, actor, members.Member(None, "Ааны", "Ану", sex="F"), today=dt.date(2026, 11, 22))
    assert names(conn, MemberFilter())[0] == "Ааны"
    assert index.query_ids(MemberFilter()) == member_list.query_ids(conn, MemberFilter())
    members.set_archived(conn, actor, register["Олоны"])
    assert index.query_ids(MemberFilter(archived=True)) == (register["Олоны"],)


def test_opening_the_list_reads_only_what_it_shows_and_searches(conn, register):
    """At start-up with 100,000 members every column read costs; a filter's column is read when chosen."""
    index = member_list.MemberIndex(conn, writes.SYSTEM)
    index.query_ids(MemberFilter(text="у"))
    assert set(index._columns) == {"id", "search_text", "archived"}
    assert len(index.query_ids(MemberFilter(sex="F"))) == 3
    assert set(index._columns) == {"id", "search_text", "archived", "sex"}


def test_an_answer_is_left_alone_by_the_garbage_collector(conn, register):
    """With 100,000 members a list of ids would be walked at every collection, in the middle of typing."""
    index = member_list.MemberIndex(conn, writes.SYSTEM)
    answers = [index.query_ids(MemberFilter(text=t)) for t in ("", "у", "ул")]
    gc.collect()
    assert not any(gc.is_tracked(a) for a in answers)


def test_index_searches_letters_outside_mongolian_cyrillic_too(conn, actor, register):
    """Texts are held one byte per letter while every letter fits; a name with any other letter (ü) keeps
    them as they are, and a letter nobody's text holds finds nobody."""
    index = member_list.MemberIndex(conn, writes.SYSTEM)
    assert index.query_ids(MemberFilter(text="é")) == ()
    assert len(index.query_ids(MemberFilter(text="өлз"))) == 2
    members.save(conn, actor, members.Member(None, "Серікұлы", "Қайрат", sex="M"), today=dt.date(2026, 11, 22))
    assert len(index.query_ids(MemberFilter(text="ҚАЙ"))) == 1 and index._narrow  # Kazakh letters fit too
    members.save(conn, actor, members.Member(None, "Müller", "Anna", sex="F"), today=dt.date(2026, 11, 22))
    for text in ("ü", "MÜL", "өлз", "é", "bold"):
        f = MemberFilter(text=text)
        assert index.query_ids(f) == member_list.query_ids(conn, f)
    assert len(index.query_ids(MemberFilter(text="ü"))) == 1
