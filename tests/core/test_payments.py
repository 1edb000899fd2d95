"""Tax and insurance payments: amounts due from the rates in force, payments with receipts, partial and
advance payments, reversals, remittances and what is held; worked examples with the seeded rates."""

from __future__ import annotations

import pytest
from incident_support import add_member
from payment_support import TODAY, authority, code, enrol, pay, rates, remit

from asm_assoc.core import association, db, members, writes
from asm_assoc.core.errors import UserError, ValidationError
from asm_assoc.core.payments import (
    collections,
    dues,
    enrolments,
    figures,
    ledger,
    months,
    obligations,
    remittances,
    seed,
)
from asm_assoc.core.payments.obligations import INCOME, MIN_WAGE, RatePart, RateVersion
from asm_assoc.core.payments.remittances import Item


@pytest.fixture
def oyuun(conn) -> str:
    return add_member(conn, "Бат", "Оюун", "F")


@pytest.fixture
def bold(conn) -> str:
    return add_member(conn, "Дорж", "Болд", "M")


def due_by_month(conn, member_id, obligation, first, last):
    history = enrolments.histories(conn, member_id)[(member_id, code(conn, obligation))]
    return {d.period: d.amount for d in dues.dues(rates(conn), history, code(conn, obligation), first, last)}


def message(exc_info) -> str:
    exc = exc_info.value
    if isinstance(exc, ValidationError):
        return " | ".join(e.text() for e in exc.problems.values())
    return exc.text()


# --- the seeded rates ----------------------------------------------------------------------------------------

def test_the_seed_is_the_law_as_checked_and_the_same_rows_on_every_installation(conn, tmp_path):
    r = rates(conn)
    assert r.minimum_wage("2024-12") == 660_000 and r.minimum_wage("2025-03") == 660_000
    assert r.minimum_wage("2025-04") == 792_000
    assert [p.percent_bp for p in r.version(code(conn, "health"), "2024-06").parts] == [100]
    assert [p.percent_bp for p in r.version(code(conn, "health"), "2025-01").parts] == [200]
    social = r.version(code(conn, "social"), "2026-01")
    assert [(p.part, p.percent_bp, p.floor_min_wage) for p in social.parts] == [
        ("pension", 1150, True), ("benefit", 100, True), ("accident", 100, True)]
    assert sum(p.percent_bp for p in social.parts) == 1350
    other = db.open_database(tmp_path / "other.db")
    assert obligations.load(other).obligations.keys() == r.obligations.keys()
    assert seed.apply(conn) == 0  # nothing twice
    assert conn.execute("SELECT count(*) FROM change_log WHERE table_name LIKE 'payment%'").fetchone()[0] == 0


def test_an_edited_seed_rate_is_kept_when_the_seed_is_applied_again(conn):
    obligations.set_minimum_wage(conn, writes.SYSTEM, "2025-04", 800_000)
    seed.apply(conn)
    assert rates(conn).minimum_wage("2025-06") == 800_000


# --- amounts due ---------------------------------------------------------------------------------------------

def test_health_insurance_follows_the_rate_and_the_minimum_wage_of_each_month(conn, oyuun):
    enrol(conn, oyuun, "health", "2024-01")
    due = due_by_month(conn, oyuun, "health", "2024-01", "2025-12")
    assert due["2024-12"] == 6_600  # 1 % of 660,000
    assert due["2025-01"] == due["2025-03"] == 13_200  # 2 % from January, still of 660,000
    assert due["2025-04"] == due["2025-12"] == 15_840  # 2 % of 792,000 from April
    assert sum(v for k, v in due.items() if k.startswith("2025")) == 3 * 13_200 + 9 * 15_840 == 182_160


def test_a_change_of_rate_in_the_middle_of_a_year(conn, oyuun):
    enrol(conn, oyuun, "health", "2026-01")
    obligations.set_version(conn, writes.SYSTEM, code(conn, "health"),
                            RateVersion("2026-07", (RatePart("", MIN_WAGE, 300),)))
    due = due_by_month(conn, oyuun, "health", "2026-01", "2026-12")
    assert due["2026-06"] == 15_840 and due["2026-07"] == 23_760
    assert sum(due.values()) == 6 * 15_840 + 6 * 23_760 == 237_600


def test_voluntary_social_insurance_is_of_the_declared_income_but_at_least_the_minimum_wage(conn, oyuun):
    enrol(conn, oyuun, "social", "2025-01", 700_000)
    history = enrolments.histories(conn, oyuun)[(oyuun, code(conn, "social"))]
    r = rates(conn)
    # Before the 2024-01 rate the obligation has nothing in force: the seed does not guess older rates.
    january = dues.period_due(r, history, code(conn, "social"), "2025-01")
    assert dict(january.parts) == {"pension": 80_500, "benefit": 7_000, "accident": 7_000}  # of 700,000
    may = dues.period_due(r, history, code(conn, "social"), "2025-05")
    assert dict(may.parts) == {"pension": 91_080, "benefit": 7_920, "accident": 7_920}  # of 792,000
    assert may.amount == 106_920


def test_opting_in_changing_the_income_and_stopping(conn, oyuun):
    enrol(conn, oyuun, "social", "2026-02", 800_000)
    enrol(conn, oyuun, "social", "2026-05", 1_000_000)
    enrol(conn, oyuun, "social", "2026-08", active=False)
    due = due_by_month(conn, oyuun, "social", "2026-01", "2026-12")
    assert due == {"2026-02": 108_000, "2026-03": 108_000, "2026-04": 108_000,
                   "2026-05": 135_000, "2026-06": 135_000, "2026-07": 135_000}


def test_nothing_is_due_after_the_month_a_member_left(conn, oyuun):
    enrol(conn, oyuun, "health", "2026-01")
    m = members.get(conn, oyuun)
    m.left_on, m.status, m.left_reason = "2026-05-15", "left", "нүүсэн"
    members.save(conn, writes.SYSTEM, m)
    assert max(collections.open_periods(conn, rates(conn), oyuun, "2026-10"), key=lambda p: p.period).period \
        == "2026-05"


def test_a_fixed_amount_per_quarter_is_shared_by_the_months_owed(conn, oyuun):
    r = rates(conn)
    land = obligations.add_obligation(
        conn, writes.SYSTEM, name_mn="Газрын төлбөр", name_en="Land fee", authority_id=authority(conn, "tax"),
        period=months.QUARTERLY, first_version=RateVersion("2026-01", (RatePart("", "fixed", amount=30_000),)))
    enrolments.set_from(conn, writes.SYSTEM, rates(conn), member_id=oyuun, obligation_id=land, from_month="2026-02")
    history = enrolments.histories(conn, oyuun)[(oyuun, land)]
    found = dues.dues(rates(conn), history, land, "2026-01", "2026-06")
    assert [(d.period, d.amount) for d in found] == [("2026-01", 20_000), ("2026-04", 30_000)]
    assert land not in r.obligations  # added after `r` was read


def test_an_income_percentage_needs_the_income(conn, oyuun):
    with pytest.raises(ValidationError) as exc:
        enrol(conn, oyuun, "pit", "2026-01")
    assert "declared monthly income" in message(exc)


def test_stopping_what_is_not_owed_is_refused(conn, oyuun):
    with pytest.raises(ValidationError) as exc:
        enrol(conn, oyuun, "health", "2026-03", active=False)
    assert "nothing to stop" in message(exc)


@pytest.mark.parametrize("bad", [
    RateVersion("2026-13", (RatePart("", MIN_WAGE, 200),)),
    RateVersion("2026-01", (RatePart("", MIN_WAGE, 0),)),
    RateVersion("2026-01", (RatePart("", INCOME, 10_001),)),
    RateVersion("2026-01", (RatePart("", "fixed", amount=0),)),
    RateVersion("2026-01", ()),
    RateVersion("2026-01", (RatePart("a", MIN_WAGE, 100), RatePart("a", MIN_WAGE, 100))),
])
def test_a_bad_rate_is_refused_and_nothing_written(conn, bad):
    before = conn.execute("SELECT count(*) FROM payment_rate").fetchone()[0]
    with pytest.raises(ValidationError):
        obligations.set_version(conn, writes.SYSTEM, code(conn, "health"), bad)
    assert conn.execute("SELECT count(*) FROM payment_rate").fetchone()[0] == before


# --- collections ---------------------------------------------------------------------------------------------

def test_receipts_are_numbered_per_year_and_a_payment_covers_several_months_and_obligations(conn, oyuun, bold):
    enrol(conn, oyuun, "health", "2026-01")
    enrol(conn, oyuun, "social", "2026-01", 792_000)
    enrol(conn, bold, "health", "2026-01")
    first = pay(conn, oyuun, ("health", "2026-01", 15_840), ("health", "2026-02", 15_840),
                ("social", "2026-01", 106_920))
    second = pay(conn, bold, ("health", "2026-01", 15_840), on="2026-11-03")
    old = pay(conn, bold, ("health", "2026-02", 15_840), on="2025-12-30")
    assert (first.receipt_no, second.receipt_no, old.receipt_no) == ("2026-0001", "2026-0002", "2025-0001")
    assert first.amount == 138_600 and len(first.lines) == 3
    assert collections.find(conn, "2026-1") == first.id


def test_partial_then_the_rest_and_no_more(conn, oyuun):
    enrol(conn, oyuun, "health", "2026-01")
    pay(conn, oyuun, ("health", "2026-03", 10_000))
    [march] = [p for p in collections.open_periods(conn, rates(conn), oyuun, "2026-03") if p.period == "2026-03"]
    assert (march.due, march.paid, march.open) == (15_840, 10_000, 5_840)
    with pytest.raises(ValidationError) as exc:
        pay(conn, oyuun, ("health", "2026-03", 6_000))
    assert "Only ₮5,840 is still owed for Health insurance for Mar 2026" in message(exc)
    pay(conn, oyuun, ("health", "2026-03", 5_840))
    assert "2026-03" not in {p.period for p in collections.open_periods(conn, rates(conn), oyuun, "2026-03")}


def test_an_advance_payment_for_months_to_come(conn, oyuun):
    enrol(conn, oyuun, "health", "2026-01")
    ahead = collections.open_periods(conn, rates(conn), oyuun, "2026-11", ahead=3)
    assert [p.period for p in ahead][-3:] == ["2026-12", "2027-01", "2027-02"]
    pay(conn, oyuun, ("health", "2026-12", 15_840), ("health", "2027-01", 15_840))
    statement = figures.statement(conn, rates(conn), oyuun, "2026-12", "2027-01")
    assert [(r.period, r.due, r.paid, r.balance) for r in statement.rows] == [
        ("2026-12", 15_840, 15_840, 0), ("2027-01", 15_840, 15_840, 0)]


def test_an_advance_paid_before_the_rate_went_up_shows_what_is_still_owed(conn, oyuun):
    enrol(conn, oyuun, "health", "2026-01")
    pay(conn, oyuun, ("health", "2027-01", 15_840))
    obligations.set_version(conn, writes.SYSTEM, code(conn, "health"),
                            RateVersion("2027-01", (RatePart("", MIN_WAGE, 250),)))
    [row] = figures.statement(conn, rates(conn), oyuun, "2027-01", "2027-01").rows
    assert (row.due, row.paid, row.balance) == (19_800, 15_840, 3_960)


@pytest.mark.parametrize("lines, on, expected", [
    ((("health", "2025-12", 15_840),), "2026-11-02", "does not owe Health insurance for Dec 2025"),
    ((("health", "2026-13", 100),), "2026-11-02", "year and month"),
    ((("health", "2026-01", 0),), "2026-11-02", "more than 0"),
    ((("health", "2026-01", 100),), "2026-12-01", "in the future"),
    ((("health", "2026-01", 100), ("health", "2026-01", 100)), "2026-11-02", "on this receipt twice"),
    ((), "2026-11-02", "at least one obligation"),
])
def test_a_bad_payment_is_refused_with_its_reason_and_nothing_written(conn, oyuun, lines, on, expected):
    enrol(conn, oyuun, "health", "2026-01")
    before = conn.execute("SELECT (SELECT count(*) FROM payment_collection), (SELECT count(*) FROM change_log)"
                          ).fetchone()
    with pytest.raises(ValidationError) as exc:
        pay(conn, oyuun, *lines, on=on)
    assert expected in message(exc)
    assert conn.execute("SELECT (SELECT count(*) FROM payment_collection), (SELECT count(*) FROM change_log)"
                        ).fetchone() == before


def test_a_viewer_cannot_record_a_payment(conn, oyuun):
    enrol(conn, oyuun, "health", "2026-01")
    viewer = writes.Actor("v", "Үзэгч", "viewer")
    with pytest.raises(writes.PermissionDenied):
        pay(conn, oyuun, ("health", "2026-01", 15_840), actor=viewer)


def test_an_entered_amount_is_what_is_paid(conn, oyuun):
    dues_id = obligations.add_obligation(
        conn, writes.SYSTEM, name_mn="Гишүүний татвар", name_en="Association dues",
        authority_id=obligations.add_authority(conn, writes.SYSTEM, name_mn="Холбоо", name_en="The association",
                                               keeps=True),
        period=months.MONTHLY, first_version=RateVersion("2026-01", (RatePart("", "entered"),)))
    enrolments.set_from(conn, writes.SYSTEM, rates(conn), member_id=oyuun, obligation_id=dues_id,
                        from_month="2026-01")
    payment = collections.Payment(oyuun, "2026-11-02", [collections.Line(dues_id, "2026-11", 7_500)])
    collections.record(conn, writes.SYSTEM, rates(conn), payment, today=TODAY)
    [row] = figures.statement(conn, rates(conn), oyuun, "2026-11", "2026-11").rows
    assert (row.due, row.paid, row.balance) == (None, 7_500, 0)
    assert figures.arrears(conn, rates(conn), association.current_id(conn), TODAY) == []


# --- reversals -----------------------------------------------------------------------------------------------

def test_a_reversal_undoes_a_payment_once_and_keeps_both_entries(conn, oyuun):
    enrol(conn, oyuun, "health", "2026-01")
    receipt = pay(conn, oyuun, ("health", "2026-01", 15_840), ("health", "2026-02", 15_840))
    reversal = collections.reverse(conn, writes.SYSTEM, receipt.id, "буруу гишүүн", today=TODAY)
    assert ledger.collected(conn, member_id=oyuun) == {}
    again = collections.get(conn, receipt.id)
    assert again.reversed_by == reversal and collections.get(conn, reversal).amount == -31_680
    assert conn.execute("SELECT count(*) FROM payment_allocation").fetchone()[0] == 4
    with pytest.raises(UserError, match="reversed already"):
        collections.reverse(conn, writes.SYSTEM, receipt.id, "дахин", today=TODAY)
    with pytest.raises(UserError, match="itself a reversal"):
        collections.reverse(conn, writes.SYSTEM, reversal, "дахин", today=TODAY)
    with pytest.raises(ValidationError):
        collections.reverse(conn, writes.SYSTEM, pay(conn, oyuun, ("health", "2026-03", 100)).id, " ", today=TODAY)
    # The months are open again, and a new receipt gets a new number (the old one is never given twice).
    assert pay(conn, oyuun, ("health", "2026-01", 15_840)).receipt_no == "2026-0003"


def test_a_payment_already_passed_on_is_reversed_only_after_its_remittance(conn, oyuun):
    enrol(conn, oyuun, "health", "2026-01")
    receipt = pay(conn, oyuun, ("health", "2026-01", 15_840))
    remittance = remit(conn, "social_insurance", [Item(oyuun, code(conn, "health"), "2026-01", 15_840)])
    with pytest.raises(UserError, match="Reverse that remittance first"):
        collections.reverse(conn, writes.SYSTEM, receipt.id, "алдаа", today=TODAY)
    remittances.reverse(conn, writes.SYSTEM, remittance, "буруу дүн", today=TODAY)
    collections.reverse(conn, writes.SYSTEM, receipt.id, "алдаа", today=TODAY)
    assert ledger.held(conn) == {}


# --- remittances and what is held ----------------------------------------------------------------------------

def test_collected_minus_remitted_is_held_per_authority(conn, oyuun, bold):
    enrol(conn, oyuun, "health", "2026-01")
    enrol(conn, oyuun, "pit", "2026-01", 500_000)
    enrol(conn, bold, "health", "2026-01")
    pay(conn, oyuun, ("health", "2026-01", 15_840), ("pit", "2026-01", 50_000))
    pay(conn, bold, ("health", "2026-01", 15_840), ("health", "2026-02", 8_000))
    held = remittances.held_for(conn, rates(conn), authority(conn, "social_insurance"), association.current_id(conn))
    assert sum(i.amount for i in held) == 39_680
    remit(conn, "social_insurance", held[:2])  # Oyuun's January and Bold's January
    by_code = {rates(conn).authorities[b.authority_id].code: b for b in ledger.balances(conn, rates(conn))}
    assert (by_code["social_insurance"].collected, by_code["social_insurance"].remitted,
            by_code["social_insurance"].held) == (39_680, 31_680, 8_000)
    assert (by_code["tax"].collected, by_code["tax"].held) == (50_000, 50_000)


def test_more_than_is_held_cannot_be_remitted_nor_to_the_wrong_authority(conn, oyuun):
    enrol(conn, oyuun, "health", "2026-01")
    pay(conn, oyuun, ("health", "2026-01", 10_000))
    before = conn.execute("SELECT count(*) FROM payment_remittance").fetchone()[0]
    with pytest.raises(ValidationError) as exc:
        remit(conn, "social_insurance", [Item(oyuun, code(conn, "health"), "2026-01", 10_001)])
    assert "Only ₮10,000 of Health insurance for Jan 2026 is held for Бат Оюун" in message(exc)
    with pytest.raises(ValidationError) as exc:
        remit(conn, "tax", [Item(oyuun, code(conn, "health"), "2026-01", 10_000)])
    assert "not paid to this authority" in message(exc)
    with pytest.raises(ValidationError) as exc:
        remit(conn, "social_insurance", [Item(oyuun, code(conn, "health"), "2026-01", 10_000)], receipt_no=" ")
    assert "receipt the authority gave" in message(exc)
    assert conn.execute("SELECT count(*) FROM payment_remittance").fetchone()[0] == before


# --- figures -------------------------------------------------------------------------------------------------

def test_arrears_count_the_periods_that_have_ended(conn, oyuun, bold):
    enrol(conn, oyuun, "health", "2026-01")
    enrol(conn, bold, "health", "2026-09")
    pay(conn, oyuun, *[("health", f"2026-{m:02d}", 15_840) for m in (1, 2, 3)])
    pay(conn, bold, ("health", "2026-09", 15_840), ("health", "2026-10", 5_000))
    found = figures.arrears(conn, rates(conn), association.current_id(conn), TODAY, sort="amount")
    assert [(a.person.name, a.period_count, a.amount) for a in found] == [
        ("Бат Оюун", 7, 7 * 15_840), ("Дорж Болд", 1, 10_840)]
    assert [p for p, _ in found[0].periods[code(conn, "health")]] == [f"2026-{m:02d}" for m in range(4, 11)]
    by_name = figures.arrears(conn, rates(conn), association.current_id(conn), TODAY, sort="name")
    assert [a.person.name for a in by_name] == ["Бат Оюун", "Дорж Болд"]


def test_the_summary_divides_a_payment_into_its_parts_and_shows_what_is_held(conn, oyuun, bold):
    enrol(conn, oyuun, "social", "2026-01", 792_000)
    enrol(conn, bold, "health", "2026-01")
    pay(conn, oyuun, ("social", "2026-03", 106_920))
    pay(conn, bold, ("health", "2026-03", 15_840))
    remit(conn, "social_insurance", [Item(bold, code(conn, "health"), "2026-03", 15_840)])
    s = figures.summary(conn, rates(conn), association.current_id(conn), authority(conn, "social_insurance"),
                        "2026-03", "2026-03")
    amounts = {(c.part or "whole"): s.column_total(c) for c in s.columns}
    assert amounts == {"whole": 15_840, "pension": 91_080, "benefit": 7_920, "accident": 7_920}
    assert (s.collected, s.remitted, s.held) == (122_760, 15_840, 106_920)
    assert [r.person.name for r in s.rows] == ["Бат Оюун", "Дорж Болд"]


def test_the_contribution_by_sex(conn, oyuun, bold):
    enrol(conn, oyuun, "health", "2026-01")
    enrol(conn, bold, "health", "2026-01")
    pay(conn, oyuun, ("health", "2026-01", 15_840), ("health", "2026-02", 15_840))
    pay(conn, bold, ("health", "2026-01", 15_840))
    pay(conn, bold, ("health", "2026-02", 1_000))
    [health] = figures.contribution(conn, rates(conn), association.current_id(conn), 2026)
    assert dict(health.by_sex) == {"F": 31_680, "M": 16_840} and dict(health.payers) == {"F": 1, "M": 1}
    assert health.total == 48_520


@pytest.mark.parametrize("amount, weights, expected", [
    (106_920, [("pension", 1150), ("benefit", 100), ("accident", 100)], {"pension": 91_080, "benefit": 7_920,
                                                                          "accident": 7_920}),
    (100, [("a", 1), ("b", 1), ("c", 1)], {"a": 34, "b": 33, "c": 33}),
    (-100, [("a", 1), ("b", 1), ("c", 1)], {"a": -34, "b": -33, "c": -33}),
])
def test_a_payment_divides_into_parts_that_add_up(amount, weights, expected):
    assert figures.split(amount, weights) == expected



# --- edges found in review -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["9999-12", "1899-01", "10000-01"])
def test_a_month_out_of_range_is_refused_not_looped_on(text):
    with pytest.raises(UserError, match="year and month"):
        months.parse(text)


@pytest.mark.parametrize("day", ["20261102", "2026-W45-1", "2026-11-2"])
def test_only_year_month_day_dates_are_taken(conn, oyuun, day):
    enrol(conn, oyuun, "health", "2026-01")
    with pytest.raises(ValidationError, match="year-month-day"):
        pay(conn, oyuun, ("health", "2026-01", 15_840), on=day)


def test_money_held_for_an_obligation_set_aside_is_still_passed_on(conn, oyuun):
    enrol(conn, oyuun, "pit", "2026-01", 1_000_000)
    pay(conn, oyuun, ("pit", "2026-01", 100_000))
    obligations.set_obligation_archived(conn, writes.SYSTEM, code(conn, "pit"), True)
    held = remittances.held_for(conn, rates(conn), authority(conn, "tax"), association.current_id(conn))
    assert [i.amount for i in held] == [100_000]
    remit(conn, "tax", held)
    assert ledger.held(conn) == {}


def test_nothing_is_owed_for_the_months_before_a_member_joined_again(conn, oyuun):
    enrol(conn, oyuun, "health", "2026-01")
    m = members.get(conn, oyuun)
    m.joined_on = "2026-10-05"  # came back in October after leaving in March
    members.save(conn, writes.SYSTEM, m)
    assert [p.period for p in collections.open_periods(conn, rates(conn), oyuun, "2026-10")] == ["2026-10"]


def test_arrears_as_of_a_day_do_not_count_what_was_paid_after_it(conn, oyuun):
    import datetime as dt
    enrol(conn, oyuun, "health", "2026-01")
    pay(conn, oyuun, ("health", "2026-03", 15_840), on="2026-11-02")
    [june] = figures.arrears(conn, rates(conn), association.current_id(conn), dt.date(2026, 6, 1))
    assert [p for p, _ in june.periods[code(conn, "health")]] == ["2026-01", "2026-02", "2026-03", "2026-04",
                                                                 "2026-05"]


def test_a_member_of_another_association_in_the_same_file_cannot_pay_here(conn):
    other = association.save(conn, writes.SYSTEM, association.Association(name="Өөр холбоо", aimag_code="64"))
    m = members.Member(None, "Бат", "Сараа", sex="F", birth_date="1990-01-01", joined_on="2020-01-01",
                       association_id=other)
    members.save(conn, writes.SYSTEM, m)
    with pytest.raises(ValidationError, match="Choose the member who pays"):
        pay(conn, m.id, ("health", "2026-01", 15_840))


def test_a_payment_more_than_a_year_ahead_is_taken_for_a_typing_slip(conn, oyuun):
    enrol(conn, oyuun, "health", "2026-01")
    with pytest.raises(ValidationError, match="at most a year ahead"):
        pay(conn, oyuun, ("health", "2028-01", 15_840))


def test_a_remittance_cannot_pass_on_money_collected_after_its_date(conn, oyuun):
    enrol(conn, oyuun, "health", "2026-01")
    pay(conn, oyuun, ("health", "2026-01", 15_840), on="2026-11-02")
    with pytest.raises(ValidationError, match="is held for"):
        remit(conn, "social_insurance", [Item(oyuun, code(conn, "health"), "2026-01", 15_840)], on="2026-10-01")


def test_the_statement_lists_an_advance_receipt_with_the_period_it_paid(conn, oyuun):
    enrol(conn, oyuun, "health", "2026-01")
    receipt = pay(conn, oyuun, ("health", "2027-01", 15_840), on="2026-11-02")
    statement = figures.statement(conn, rates(conn), oyuun, "2027-01", "2027-12")
    assert [c.id for c in statement.receipts] == [receipt.id]
