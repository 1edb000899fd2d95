"""Safety rates. Each is a count scaled to a fixed exposure, so that a small association and a large one,
or two years, can be compared. None when the exposure is not known (no hours or workers recorded).

Worked example (tests/core/test_incident_rates.py): 3 recordable cases, 2 of them lost-time with 45 days
away, in 150,000 hours worked by an average of 80 workers:
TRCR = 3 × 200,000 / 150,000 = 4.0; LTIFR = 2 × 1,000,000 / 150,000 = 13.33;
severity = 45 × 1,000,000 / 150,000 = 300; ILO incidence = 2 × 1,000 / 80 = 25.
"""

from __future__ import annotations

from fractions import Fraction

OSHA_HOURS = 200_000  # 100 people working 40 hours a week for 50 weeks
MILLION_HOURS = 1_000_000
PER_WORKERS = 1_000


def _scaled(count: int, base: int, exposure: int) -> float | None:
    # Exact until the very end: a rate is printed rounded, never summed.
    return float(Fraction(count * base, exposure)) if exposure > 0 else None


def total_recordable_case_rate(recordable_cases: int, hours: int) -> float | None:
    """TRCR = recordable cases × 200,000 / hours worked (OSHA): cases per 100 full-time workers a year.
    Recordable: death, permanent disability, days away, restricted work or medical treatment beyond
    first aid."""
    return _scaled(recordable_cases, OSHA_HOURS, hours)


def lost_time_injury_frequency_rate(lost_time_cases: int, hours: int) -> float | None:
    """LTIFR = lost-time cases × 1,000,000 / hours worked. Lost-time: death, permanent disability, or at
    least one day away from work after the day of the incident."""
    return _scaled(lost_time_cases, MILLION_HOURS, hours)


def severity_rate(days_lost: int, hours: int) -> float | None:
    """Severity = days lost × 1,000,000 / hours worked. Days lost are the calendar days away from work,
    counted as on the log (180 at most per case); as in the ILO's 1998 resolution on statistics of
    occupational injuries, deaths and permanent incapacity are not turned into notional days."""
    return _scaled(days_lost, MILLION_HOURS, hours)


def ilo_incidence_rate(cases: int, workers: int) -> float | None:
    """ILO incidence = new cases of occupational injury × 1,000 / workers in the reference group: cases
    per 1,000 workers. A case is a death or an injury or illness costing at least one day away or
    permanent incapacity (the lost-time cases)."""
    return _scaled(cases, PER_WORKERS, workers)
