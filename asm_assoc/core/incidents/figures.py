"""The figures of the incident log and of the annual summary, read from the incident book: every number
on those reports is a count or sum of the cases returned by `cases`.

A *case* is one person in one incident (an incident with nobody named is one case with no person: a near
miss, a dangerous occurrence), classified by its most serious outcome (`classification`)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import Counter
from dataclasses import dataclass, field

from asm_assoc.core import access, association, writes
from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import N_, Translator
from asm_assoc.core.incidents import classification, hours, rates
from asm_assoc.core.incidents import vocabulary as v
from asm_assoc.core.incidents.book import Person

PRIVACY_CASE = N_("Privacy case")
MEDICAL = "incidents.medical"


@dataclass(frozen=True)
class Case:
    incident_id: str
    reference: str
    occurred_on: str
    occurred_time: str
    kind: str
    hazard: str
    site: str
    place: str
    description: str
    status: str
    privacy: bool
    person: Person | None

    @property
    def classification(self) -> str:
        return self.person.classification if self.person else v.NONE

    @property
    def counted_days(self) -> tuple[int, int]:
        """Days away and restricted as the log counts them (180 together at most)."""
        if self.person is None:
            return 0, 0
        return classification.capped_days(self.person.days_away, self.person.days_restricted)

    @property
    def is_illness(self) -> bool:
        return self.kind == v.ILLNESS


_CASE_SQL = (
    "SELECT i.id, i.year, i.number, i.occurred_on, coalesce(i.occurred_time, ''), i.kind, i.hazard, "
    "coalesce(i.site, ''), coalesce(i.place, ''), coalesce(i.description, ''), i.status, i.privacy, "
    "p.id, p.member_id, coalesce(trim(coalesce(m.family_name, '') || ' ' || m.given_name), p.name, ''), "
    "coalesce(p.sex, ''), p.age, coalesce(p.work_kind, 'other'), p.outcome, coalesce(p.body_part, ''), "
    "coalesce(p.injury_nature, ''), p.days_away, p.days_restricted, m.member_no "
    "FROM incident i LEFT JOIN incident_person p ON p.incident_id = i.id AND p.removed = 0 "
    "LEFT JOIN member m ON m.id = p.member_id "
    "WHERE i.association_id = ? AND i.archived = 0 AND i.occurred_on BETWEEN ? AND ? "
    "ORDER BY i.occurred_on, i.year, i.number, p.position"
)


def check_period(start: dt.date, end: dt.date) -> None:
    if end < start:
        raise UserError(N_("The period ends before it starts."))


def cases(conn: sqlite3.Connection, start: dt.date, end: dt.date) -> list[Case]:
    """Every case of the incidents that happened from `start` to `end` (both included), in date order;
    incidents set aside as mistakes are left out."""
    found = []
    for (incident_id, year, number, on, time, kind, hazard, site, place, description, status, privacy,
         person_id, member_id, name, sex, age, work, outcome, body, nature, away, restricted, member_no,
         ) in conn.execute(_CASE_SQL, (association.current_id(conn), start.isoformat(), end.isoformat())):
        person = None if person_id is None else Person(
            member_id, name, sex, age, work, outcome, body, nature, away, restricted, person_id, member_no)
        found.append(Case(incident_id, f"{year}-{number:03d}", on, time, kind, hazard, site, place, description,
                          status, bool(privacy), person))
    return found


def shown_name(case: Case, tr: Translator, *, reveal: bool = False) -> str:
    """The person's name as a printout shows it: "Privacy case" when the incident is marked private,
    unless `reveal` (the commission's and insurer's copy of one case, asked for by someone allowed)."""
    if case.person is None:
        return ""
    if case.privacy and not reveal:
        return tr.gettext(PRIVACY_CASE)
    return case.person.name


def shows_medical(actor: writes.Actor) -> bool:
    """Whether this person may read body parts and the nature of injuries (otherwise they are masked)."""
    return access.can(actor.role, MEDICAL)


@dataclass
class Breakdown:
    """The cases of one group of people (women, or diggers) and the rate per 1,000 of them."""

    persons: int = 0  # people hurt (beyond "no injury")
    recordable: int = 0
    lost_time: int = 0
    deaths: int = 0
    days_away: int = 0
    days_restricted: int = 0
    workers: int = 0  # members of the register in this group during the period
    member_lost_time: int = 0  # lost-time cases of members: what `incidence` sets against `workers`

    def add(self, case: Case) -> None:
        """Count a person hurt (someone named but unhurt is not counted)."""
        outcome = case.classification
        away, restricted = case.counted_days
        self.persons += 1
        self.member_lost_time += bool(case.person.member_id) and classification.is_lost_time(outcome)
        self.recordable += classification.is_recordable(outcome)
        self.lost_time += classification.is_lost_time(outcome)
        self.deaths += outcome == v.DEATH
        self.days_away += away
        self.days_restricted += restricted

    @property
    def incidence(self) -> float | None:
        """Members' lost-time cases per 1,000 members of the group (people from outside the register are in
        the counts above but not here: the register does not count them among the workers)."""
        return rates.ilo_incidence_rate(self.member_lost_time, self.workers)


@dataclass
class Summary:
    start: dt.date
    end: dt.date
    incidents: int = 0
    by_kind: Counter = field(default_factory=Counter)  # incidents per kind
    by_hazard: Counter = field(default_factory=Counter)  # incidents per hazard
    by_outcome: Counter = field(default_factory=Counter)  # people hurt per classification
    injuries: int = 0  # recordable cases that are injuries
    illnesses: int = 0  # recordable cases that are illnesses or poisonings
    total: Breakdown = field(default_factory=Breakdown)
    by_sex: dict[str, Breakdown] = field(default_factory=dict)
    by_work: dict[str, Breakdown] = field(default_factory=dict)
    hours: int = 0
    months: list[hours.MonthHours] = field(default_factory=list)
    missing_months: list[str] = field(default_factory=list)

    @property
    def estimated_months(self) -> int:
        return sum(m.method == v.ESTIMATED for m in self.months)

    @property
    def average_workers(self) -> int:
        """Mean of the monthly worker counts entered, rounded half up to a whole person."""
        if not self.months:
            return 0
        return (2 * sum(m.workers for m in self.months) + len(self.months)) // (2 * len(self.months))

    @property
    def trcr(self) -> float | None:
        return rates.total_recordable_case_rate(self.total.recordable, self.hours)

    @property
    def ltifr(self) -> float | None:
        return rates.lost_time_injury_frequency_rate(self.total.lost_time, self.hours)

    @property
    def severity(self) -> float | None:
        return rates.severity_rate(self.total.days_away, self.hours)

    @property
    def incidence(self) -> float | None:
        return rates.ilo_incidence_rate(self.total.lost_time, self.average_workers)


def summarise(conn: sqlite3.Connection, start: dt.date, end: dt.date) -> Summary:
    """The annual summary (OSHA 300A style) of a period, with its rates and the breakdowns by sex and by
    kind of work."""
    s = Summary(start, end)
    seen: set[str] = set()
    for case in cases(conn, start, end):
        if case.incident_id not in seen:
            seen.add(case.incident_id)
            s.incidents += 1
            s.by_kind[case.kind] += 1
            s.by_hazard[case.hazard] += 1
        if case.person is None or case.classification == v.NONE:
            continue  # a near miss, or someone who was there unhurt
        outcome = case.classification
        s.by_outcome[outcome] += 1
        if classification.is_recordable(outcome):
            s.illnesses += case.is_illness
            s.injuries += not case.is_illness
        s.total.add(case)
        s.by_sex.setdefault(case.person.sex, Breakdown()).add(case)
        s.by_work.setdefault(case.person.work_kind, Breakdown()).add(case)
    _add_workers(conn, s)
    all_months = hours.month_range(start, end)
    s.months = hours.months(conn, all_months[0], all_months[-1])
    s.hours = sum(hours.hours_within(m, start, end) for m in s.months)
    entered = {m.month for m in s.months}
    s.missing_months = [m for m in all_months if m not in entered]
    return s


def _add_workers(conn: sqlite3.Connection, s: Summary) -> None:
    """The reference groups of the breakdowns: members of the register at some time in the period, by sex
    and by kind of work (so that women's and men's rates can be compared)."""
    for sex, work, count in conn.execute(
        "SELECT sex, work_kind, count(*) FROM member WHERE association_id = ? AND archived = 0 "
        "AND coalesce(joined_on, '') <= ? AND (coalesce(left_on, '') = '' OR left_on >= ?) GROUP BY sex, work_kind",
        (association.current_id(conn), s.end.isoformat(), s.start.isoformat()),
    ):
        s.by_sex.setdefault(sex or "", Breakdown()).workers += count
        s.by_work.setdefault(work or "other", Breakdown()).workers += count


def last_lost_time_day(conn: sqlite3.Connection) -> dt.date | None:
    """The day of the latest incident in which someone lost time (died, was disabled, or lost a day)."""
    row = conn.execute(
        "SELECT max(i.occurred_on) FROM incident i JOIN incident_person p ON p.incident_id = i.id "
        "WHERE i.association_id = ? AND i.archived = 0 AND p.removed = 0 "
        f"AND (p.outcome IN ({', '.join('?' * len(classification.LOST_TIME))}) OR p.days_away > 0)",
        (association.current_id(conn), *sorted(classification.LOST_TIME)),
    ).fetchone()
    return dt.date.fromisoformat(row[0]) if row and row[0] else None


def open_incidents(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM incident WHERE association_id = ? AND archived = 0 AND status <> ?",
                        (association.current_id(conn), v.CLOSED)).fetchone()[0]
