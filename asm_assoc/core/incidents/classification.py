"""How a case is classified and how its days are counted, as the OSHA 300 log does it.

- A person's case is classified by its most serious outcome: death, then permanent disability, days away
  from work, restricted work, medical treatment, first aid, no injury. Days entered count too: a person
  with days away is a days-away case even if "medical treatment" was chosen (OSHA 29 CFR 1904.7).
- A case is *recordable* when it went beyond first aid, and *lost-time* when the person died, was
  disabled for good, or lost at least one day away from work.
- Days away and days of restricted work are calendar days, whether or not the person would have worked,
  not counting the day of the incident; counting stops when the two together reach 180 days
  (29 CFR 1904.7(b)(3)).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from asm_assoc.core.incidents import vocabulary as v

DAYS_CAP = 180
_ORDER = tuple(v.OUTCOMES)  # least to most serious
RECORDABLE = frozenset({v.MEDICAL, v.RESTRICTED, v.DAYS_AWAY, v.DISABILITY, v.DEATH})
LOST_TIME = frozenset({v.DAYS_AWAY, v.DISABILITY, v.DEATH})


def rank(outcome: str) -> int:
    """0 for no injury up to 6 for death."""
    return _ORDER.index(outcome)


def classify(outcome: str, days_away: int = 0, days_restricted: int = 0) -> str:
    """The case's most serious outcome, from what was chosen and from the days entered."""
    implied = v.DAYS_AWAY if days_away > 0 else v.RESTRICTED if days_restricted > 0 else v.NONE
    return max(outcome, implied, key=rank)


def most_serious(outcomes: Iterable[str]) -> str:
    """The incident's outcome: the most serious of its people's (no injury when nobody is named)."""
    return max(outcomes, key=rank, default=v.NONE)


def is_recordable(outcome: str) -> bool:
    return outcome in RECORDABLE


def is_lost_time(outcome: str) -> bool:
    return outcome in LOST_TIME


def days_since(occurred_on: dt.date, today: dt.date) -> int:
    """Whole calendar days after the day of the incident up to and including today: the most days a
    person can have been away by now (0 on the day itself)."""
    return max(0, (today - occurred_on).days)


def days_between(occurred_on: dt.date, back_on: dt.date) -> int:
    """Days away for someone injured on `occurred_on` who was back at work on `back_on`: the calendar days
    in between, neither the day of the incident nor the day back counted (injured on the 1st, back on the
    5th: 3 days)."""
    return max(0, (back_on - occurred_on).days - 1)


def capped_days(days_away: int, days_restricted: int) -> tuple[int, int]:
    """The days counted on the log: days away first, then restricted days, 180 together at most."""
    away = min(days_away, DAYS_CAP)
    return away, min(days_restricted, DAYS_CAP - away)
