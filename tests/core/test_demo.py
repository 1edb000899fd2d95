"""The demo association looks like a real register and passes the register's own checks."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest

from asm_assoc.core import association, db, demo, members, reference, regnum, writes
from asm_assoc.core.errors import UserError
from asm_assoc.core.savings import groups, ledger

TODAY = dt.date(2026, 11, 22)
CYRILLIC_NAME = re.compile(r"^[А-ЯЁӨҮ][а-яёөү]+(-[А-ЯЁӨҮ][а-яёөү]+)?$")
MOBILE = re.compile(r"^(88|99|95|80)\d{6}$")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    conn = db.open_database(tmp_path_factory.mktemp("demo") / "demo.db")
    association_id = demo.create_demo_association(conn, writes.SYSTEM, today=TODAY)
    yield conn, association_id
    conn.close()


@pytest.fixture(scope="module")
def demo_members(demo_db) -> list[members.Member]:
    conn, _ = demo_db
    return members.all_members(conn)


def test_demo_has_60_members_38_women_and_15_single_mothers(demo_members):
    assert len(demo_members) == 60
    women = [m for m in demo_members if m.sex == "F"]
    assert len(women) == 38
    assert sum(m.single_parent for m in women) == 15
    assert not any(m.single_parent for m in demo_members if m.sex == "M")


def test_demo_board_has_a_chair_treasurer_secretary_auditor_and_three_board_members(demo_members):
    roles = Counter(m.role for m in demo_members)
    assert roles == {
        "chair": 1, "treasurer": 1, "secretary": 1, "auditor": 1, "board_member": 3, "member": 53,
    }


def test_every_demo_regnum_is_valid_unique_and_agrees_with_birth_date_and_sex(demo_members):
    for m in demo_members:
        result = regnum.check(m.regnum, birth_date=dt.date.fromisoformat(m.birth_date), sex=m.sex)
        assert result.ok and not result.warnings, (m.regnum, m.birth_date, m.sex)
        assert result.value == m.regnum
    assert len({m.regnum for m in demo_members}) == 60
    assert any(dt.date.fromisoformat(m.birth_date).year >= 2000 for m in demo_members)  # the +20 month rule


def test_demo_members_all_live_in_three_or_four_soums_of_the_associations_aimag(demo_db, demo_members):
    conn, _ = demo_db
    profile = association.get(conn)
    assert {m.aimag_code for m in demo_members} == {profile.aimag_code}
    soums = {m.soum_code for m in demo_members}
    assert 3 <= len(soums) <= 4
    assert soums <= {s.code for s in reference.soums(profile.aimag_code)}


def test_demo_names_are_mongolian_cyrillic_with_the_letters_ө_and_ү(demo_members):
    names = [n for m in demo_members for n in (m.family_name, m.given_name)]
    assert all(CYRILLIC_NAME.match(n) for n in names), [n for n in names if not CYRILLIC_NAME.match(n)]
    assert any("Ө" in n or "ө" in n for n in names) and any("Ү" in n or "ү" in n for n in names)
    assert len({m.full_name for m in demo_members}) == 60


def test_demo_phones_are_8_digit_mobile_numbers(demo_members):
    phones = [p for m in demo_members for p in members.split_phones(m.phones)]
    assert len(phones) >= 60 and all(MOBILE.match(p) for p in phones)


def test_two_demo_members_left_with_a_date_and_reason_and_one_is_suspended(demo_members):
    left = [m for m in demo_members if m.status == "left"]
    assert len(left) == 2 and all(m.left_on and m.left_reason for m in left)
    assert [m.status for m in demo_members].count("suspended") == 1
    assert all(m.role == "member" for m in left)


def test_demo_dates_make_sense(demo_db, demo_members):
    conn, _ = demo_db
    founded = dt.date.fromisoformat(association.get(conn).founded_on)
    for m in demo_members:
        born, joined = dt.date.fromisoformat(m.birth_date), dt.date.fromisoformat(m.joined_on)
        assert founded <= joined <= TODAY
        assert (joined - born).days >= 18 * 365
        if m.left_on:
            assert joined <= dt.date.fromisoformat(m.left_on) <= TODAY
    joined_years = {dt.date.fromisoformat(m.joined_on).year for m in demo_members}
    assert len(joined_years) >= 8  # people joined over the years, not all at once
    numbers = [m.member_no for m in sorted(demo_members, key=lambda m: m.member_no)]
    assert numbers == list(range(1, 61))
    assert sum(m.dependants for m in demo_members) > 0


def test_demo_profile_is_a_complete_ngo_founded_in_2014(demo_db):
    conn, association_id = demo_db
    profile = association.get(conn)
    assert profile.id == association_id == association.current_id(conn)
    assert profile.legal_form == "ngo" and re.fullmatch(r"\d{7}", profile.state_reg_no)
    assert profile.founded_on.startswith("2014-") and profile.director and profile.phones
    assert reference.unit(profile.aimag_code).name_en in ("Bayankhongor", "Övörkhangai")


def test_demo_went_through_the_write_path(demo_db):
    conn, _ = demo_db
    logged = Counter(r[0] for r in conn.execute("SELECT table_name FROM change_log WHERE op = 'insert'"))
    assert logged["association"] == 1 and logged["member"] == 60
    entries = conn.execute("SELECT count(*) FROM change_log WHERE table_name = 'savings_entry'").fetchone()[0]
    assert entries == conn.execute("SELECT count(*) FROM savings_entry").fetchone()[0] > 0


def test_demo_savings_groups_have_a_cycle_of_meetings(demo_db):
    conn, _ = demo_db
    found = {g.name: g for g in groups.groups(conn)}
    assert set(found) == {"Алтан зам", "Өгөөмөр эх"}
    for group in found.values():
        cycle = groups.current_cycle(conn, group.id)
        totals = ledger.cycle_totals(conn, cycle.id)
        assert totals.savings > 0 and totals.cash >= 0 and totals.social > 0
        held = conn.execute("SELECT count(*) FROM savings_meeting WHERE cycle_id = ? AND kind = 'meeting'",
                            (cycle.id,)).fetchone()[0]
        assert held >= 5
    assert ledger.loans(conn, groups.current_cycle(conn, found["Алтан зам"].id).id)


def _register(conn) -> list[tuple]:
    return [(m.member_no, m.full_name, m.regnum, m.phones, m.soum_code, m.joined_on, m.status)
            for m in members.all_members(conn)]


def test_demo_is_the_same_for_the_same_seed_and_differs_for_another(tmp_path, demo_db):
    again = db.open_database(tmp_path / "again.db")
    other = db.open_database(tmp_path / "other.db")
    demo.create_demo_association(again, writes.SYSTEM, today=TODAY)
    demo.create_demo_association(other, writes.SYSTEM, seed=8, today=TODAY)
    assert _register(again) == _register(demo_db[0])
    assert _register(other) != _register(demo_db[0])


def test_demo_is_refused_in_a_database_that_already_has_an_association(conn, actor):
    with pytest.raises(UserError) as err:
        demo.create_demo_association(conn, actor)
    assert "already has an association" in err.value.text()
    assert conn.execute("SELECT count(*) FROM member").fetchone()[0] == 0


def test_generated_members_are_unique_and_pass_the_register_checks(conn):
    made = list(demo.generate_members(2000, seed=11, aimag_code="62", today=TODAY))
    assert [m.member_no for m in made] == list(range(1, 2001))
    assert len({m.regnum for m in made}) == 2000
    soums = {s.code for s in reference.soums("62")}
    for m in made:
        check = members.check(conn, m, today=TODAY)
        assert not check.errors, (m, check.errors)
        assert not check.all_warnings, (m, [w.text() for w in check.all_warnings])
        assert m.aimag_code == "62" and m.soum_code in soums


def test_generated_members_are_the_same_for_the_same_seed():
    def made() -> list[tuple[str, str]]:
        people = demo.generate_members(50, seed=5, aimag_code="64", today=TODAY)
        return [(m.regnum, m.full_name) for m in people]

    assert made() == made()


@pytest.mark.parametrize(
    ("born", "sex", "serial", "expected"),
    [
        (dt.date(1999, 3, 22), "M", 8, "УБ99032218"),  # the example in regnum.py
        (dt.date(2003, 5, 14), "F", 0, "БХ03251400"),  # month + 20 in the 2000s, even digit for a woman
        (dt.date(1985, 12, 1), "M", 49, "ӨВ85120199"),
    ],
)
def test_make_regnum_follows_the_registration_number_rules(born, sex, serial, expected):
    value = demo.make_regnum(expected[:2], born, sex, serial)
    assert value == expected
    result = regnum.check(value)
    assert result.birth_date == born and result.sex == sex


def test_a_demo_cut_off_half_way_leaves_nothing_and_can_be_made_again(tmp_path, monkeypatch):
    from asm_assoc.core import association, db, demo, members, writes

    conn = db.open_database(tmp_path / "demo.db")
    real_save, calls = members.save, []

    def failing_save(*args, **kwargs):
        calls.append(1)
        if len(calls) == 30:
            raise OSError("the laptop's disk failed")
        return real_save(*args, **kwargs)

    monkeypatch.setattr(members, "save", failing_save)
    with pytest.raises(OSError):
        demo.create_demo_association(conn, writes.SYSTEM)
    assert association.current_id(conn) is None
    assert conn.execute("SELECT (SELECT count(*) FROM member), (SELECT count(*) FROM change_log)").fetchone() == (0, 0)
    monkeypatch.setattr(members, "save", real_save)
    demo.create_demo_association(conn, writes.SYSTEM)
    assert conn.execute("SELECT count(*) FROM member").fetchone()[0] == 60


def test_demo_incident_book_has_cases_of_every_stage_and_an_overdue_action(demo_db):
    from asm_assoc.core.incidents import actions, book, figures

    conn, _ = demo_db
    listed = book.listing(conn)
    assert {i.status for i in listed} == {"reported", "investigating", "closed"}
    assert {i.kind for i in listed} >= {"injury", "illness", "near_miss", "dangerous"}
    assert any(i.privacy for i in listed)
    assert len(actions.overdue_actions(conn, TODAY)) == 2
    assert figures.last_lost_time_day(conn) == TODAY - dt.timedelta(days=150)
    summary = figures.summarise(conn, dt.date(TODAY.year - 1, 1, 1), TODAY)
    assert summary.hours > 0 and summary.estimated_months == 3


def test_demo_payments_have_arrears_money_held_for_each_office_and_a_reversal(demo_db):
    from asm_assoc.core.payments import collections, figures, obligations
    from asm_assoc.core.payments import ledger as payments_ledger

    conn, association_id = demo_db
    rates = obligations.load(conn)
    owing = figures.arrears(conn, rates, association_id, TODAY)
    assert 5 <= len(owing) <= 8 and all(a.amount > 0 for a in owing)
    balances = payments_ledger.balances(conn, rates)
    assert len(balances) == 2 and all(b.remitted > 0 and b.held > 0 for b in balances)
    receipts = collections.listing(conn, association_id)
    assert len([c for c in receipts if c.reverses]) == 1 and len(receipts) > 100
    assert {c.method for c in receipts} == {collections.CASH, collections.BANK}
