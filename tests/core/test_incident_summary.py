"""The annual summary's figures against a year worked out by hand, the log's cases, and the home page's
days since the last lost-time injury."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import TODAY, a_year, hurt, incident, record

from asm_assoc.core import i18n, writes
from asm_assoc.core.incidents import book, figures, hours
from asm_assoc.core.incidents import vocabulary as v
from asm_assoc.core.incidents.book import Person
from asm_assoc.core.incidents.hours import MonthHours

YEAR = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


@pytest.fixture
def year(conn):
    return a_year(conn)


def test_the_summary_counts_each_case_once_by_its_most_serious_outcome(year):
    s = figures.summarise(year, *YEAR)
    assert s.incidents == 5  # the duplicate set aside is not counted
    assert s.by_kind == {v.INJURY: 3, v.NEAR_MISS: 1, v.ILLNESS: 1}
    assert s.by_outcome == {v.DAYS_AWAY: 2, v.MEDICAL: 1, v.RESTRICTED: 1, v.FIRST_AID: 1}
    assert (s.total.persons, s.total.recordable, s.total.lost_time, s.total.deaths) == (5, 4, 2, 0)
    assert (s.injuries, s.illnesses) == (3, 1)
    assert (s.total.days_away, s.total.days_restricted) == (30 + 180, 10)


def test_the_summary_rates_match_the_hand_computed_ones(year):
    s = figures.summarise(year, *YEAR)
    # Hours: 6 × 15,000 + 4 × 10,000 = 130,000; workers: (6 × 80 + 4 × 60) / 10 = 72.
    assert (s.hours, s.average_workers, s.estimated_months, s.missing_months) == (
        130_000, 72, 4, ["2026-11", "2026-12"])
    assert s.trcr == pytest.approx(4 * 200_000 / 130_000)  # 6.15
    assert s.ltifr == pytest.approx(2 * 1_000_000 / 130_000)  # 15.38
    assert s.severity == pytest.approx(210 * 1_000_000 / 130_000)  # 1,615.4
    assert s.incidence == pytest.approx(2 * 1000 / 72)  # 27.8


def test_the_breakdowns_by_sex_and_kind_of_work(year):
    s = figures.summarise(year, *YEAR)
    women, men = s.by_sex["F"], s.by_sex["M"]
    assert (women.persons, women.recordable, women.lost_time) == (2, 2, 1)
    assert (women.days_away, women.days_restricted) == (30, 10)
    assert (men.persons, men.recordable, men.lost_time, men.days_away) == (3, 2, 1, 180)
    # Workers: the members of the register (3 women, 2 men): 1 lost-time case per 3 women = 333 per 1,000.
    assert (women.workers, men.workers) == (3, 2)
    assert women.incidence == pytest.approx(1000 / 3)
    assert {k: (b.persons, b.workers) for k, b in s.by_work.items()} == {
        "digging": (3, 3), "processing": (1, 1), "other": (1, 0), "trading": (0, 1)}
    assert s.by_work["other"].incidence is None  # nobody in the register does "other" work


def test_the_log_lists_one_case_per_person_and_masks_private_names(year):
    inc = book.get(year, year.execute("SELECT id FROM incident WHERE number = 3").fetchone()[0])
    inc.privacy = True
    book.save(year, writes.SYSTEM, inc, today=TODAY)
    cases = figures.cases(year, dt.date(2026, 3, 1), dt.date(2026, 6, 30))
    tr = i18n.translator("en")
    assert [(c.reference, figures.shown_name(c, tr), c.classification) for c in cases] == [
        ("2026-001", "Бат Оюун", v.DAYS_AWAY), ("2026-001", "Ганбат Дорж", v.MEDICAL),
        ("2026-002", "Дорж Болд", v.DAYS_AWAY), ("2026-003", "Privacy case", v.RESTRICTED), ("2026-004", "", v.NONE)]
    assert figures.shown_name(cases[3], tr, reveal=True) == "Цэрэн Сараа"


def test_days_since_the_last_lost_time_injury(year):
    assert figures.last_lost_time_day(year) == dt.date(2026, 4, 20)
    record(year, incident("2026-11-01", people=[Person(name="Гадны", sex="M", outcome=v.MEDICAL, days_away=2)]))
    assert figures.last_lost_time_day(year) == dt.date(2026, 11, 1)  # medical treatment, but 2 days away


def test_no_incident_means_no_last_lost_time_day(conn):
    assert figures.last_lost_time_day(conn) is None
    assert figures.summarise(conn, *YEAR).trcr is None


def test_hours_are_checked_and_one_row_per_month(conn):
    hours.save(conn, writes.SYSTEM, MonthHours("2026-02", 1000, 10), today=TODAY)
    hours.save(conn, writes.SYSTEM, MonthHours("2026-02", 1200, 10, v.ESTIMATED), today=TODAY)
    assert [(m.hours, m.method) for m in hours.months(conn, "2026-01", "2026-12")] == [(1200, v.ESTIMATED)]
    for bad, field in [(MonthHours("2026-12", 10, 1), "month"), (MonthHours("2026-02", 10 * 24 * 28 + 1, 10), "hours"),
                       (MonthHours("2026-02", 100, 0), "workers"), (MonthHours("2026-13", 1, 1), "month")]:
        assert field in hours.check(bad, TODAY)
    assert hours.estimate(workers=20, days=25, hours_a_day=8) == 4000


def test_a_month_partly_in_the_period_counts_its_share_of_hours(conn):
    hours.save(conn, writes.SYSTEM, MonthHours("2026-03", 31_000, 50), today=TODAY)
    hours.save(conn, writes.SYSTEM, MonthHours("2026-04", 30_000, 50), today=TODAY)
    # 31 March (1 of 31 days) and 1-2 April (2 of 30 days): 1,000 + 2,000 hours.
    s = figures.summarise(conn, dt.date(2026, 3, 31), dt.date(2026, 4, 2))
    assert s.hours == 3_000
    assert figures.summarise(conn, dt.date(2026, 3, 1), dt.date(2026, 4, 30)).hours == 61_000


def test_people_who_were_not_hurt_are_not_counted_as_hurt(conn):
    record(conn, incident(people=[hurt(name="Дорж", sex="M", away=3), Person(name="Гэрч", sex="F")]))
    record(conn, incident("2026-04-01", kind=v.NEAR_MISS, people=[Person(name="Ажилчин", sex="F")]))
    s = figures.summarise(conn, *YEAR)
    assert (s.total.persons, set(s.by_sex)) == (1, {"M"})
    # The outsider's case is counted, but not against the members of the register.
    assert s.by_sex["M"].lost_time == 1 and s.by_sex["M"].incidence is None
