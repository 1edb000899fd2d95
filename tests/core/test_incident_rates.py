"""Classification by the most serious outcome, day counting as OSHA counts, and each rate against a worked
example computed by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from asm_assoc.core.incidents import classification as c
from asm_assoc.core.incidents import rates
from asm_assoc.core.incidents import vocabulary as v


def test_outcomes_rank_from_no_injury_to_death():
    order = [v.NONE, v.FIRST_AID, v.MEDICAL, v.RESTRICTED, v.DAYS_AWAY, v.DISABILITY, v.DEATH]
    assert sorted(reversed(order), key=c.rank) == order


def test_an_incident_takes_the_most_serious_outcome_of_its_people():
    assert c.most_serious([v.FIRST_AID, v.DAYS_AWAY, v.MEDICAL]) == v.DAYS_AWAY
    assert c.most_serious([v.RESTRICTED, v.DEATH, v.DAYS_AWAY]) == v.DEATH
    assert c.most_serious([]) == v.NONE


def test_days_entered_raise_the_classification_as_osha_does():
    # "Medical treatment" chosen, but the person lost two days: a days-away case (29 CFR 1904.7).
    assert c.classify(v.MEDICAL, days_away=2) == v.DAYS_AWAY
    assert c.classify(v.FIRST_AID, days_restricted=3) == v.RESTRICTED
    # Days away outrank restricted days when a person has both.
    assert c.classify(v.MEDICAL, days_away=1, days_restricted=5) == v.DAYS_AWAY
    # Days never lower a more serious outcome.
    assert c.classify(v.DEATH) == v.DEATH
    assert c.classify(v.DISABILITY, days_away=30) == v.DISABILITY


def test_recordable_and_lost_time_cases():
    assert [o for o in v.OUTCOMES if c.is_recordable(o)] == [v.MEDICAL, v.RESTRICTED, v.DAYS_AWAY, v.DISABILITY,
                                                            v.DEATH]
    assert [o for o in v.OUTCOMES if c.is_lost_time(o)] == [v.DAYS_AWAY, v.DISABILITY, v.DEATH]


def test_the_day_of_the_incident_is_not_counted():
    injured = dt.date(2026, 3, 1)
    assert c.days_between(injured, dt.date(2026, 3, 5)) == 3  # away on the 2nd, 3rd and 4th
    assert c.days_between(injured, dt.date(2026, 3, 2)) == 0  # back the next day: no day away
    assert c.days_since(injured, dt.date(2026, 3, 1)) == 0
    assert c.days_since(injured, dt.date(2026, 3, 31)) == 30
    # Calendar days, across a month end and a leap day.
    assert c.days_between(dt.date(2028, 2, 27), dt.date(2028, 3, 2)) == 3  # 28 Feb, 29 Feb, 1 Mar


@pytest.mark.parametrize(("away", "restricted", "counted"), [
    (10, 5, (10, 5)),
    (200, 0, (180, 0)),  # days away stop at 180
    (150, 100, (150, 30)),  # together at most 180: days away first
    (0, 400, (0, 180)),
    (180, 1, (180, 0)),
])
def test_days_are_capped_at_180_together(away, restricted, counted):
    assert c.capped_days(away, restricted) == counted


def test_rates_against_a_worked_example():
    # 3 recordable cases (one medical treatment, two lost-time with 30 + 15 = 45 days away) in
    # 150,000 hours worked by 80 workers on average:
    # TRCR = 3 × 200,000 / 150,000 = 4; LTIFR = 2 × 1,000,000 / 150,000 = 13.333...;
    # severity = 45 × 1,000,000 / 150,000 = 300; ILO incidence = 2 × 1,000 / 80 = 25.
    assert rates.total_recordable_case_rate(3, 150_000) == 4.0
    assert rates.lost_time_injury_frequency_rate(2, 150_000) == pytest.approx(13.3333333)
    assert rates.severity_rate(45, 150_000) == 300.0
    assert rates.ilo_incidence_rate(2, 80) == 25.0


def test_a_rate_without_exposure_is_not_known_rather_than_zero():
    assert rates.total_recordable_case_rate(1, 0) is None
    assert rates.ilo_incidence_rate(1, 0) is None
    assert rates.severity_rate(0, 1000) == 0.0
