"""Incidents and the people in them: checked, numbered per year, written whole through the write path.

An incident is a record (its fields may be corrected), but once closed every correction needs a reason,
kept as an event beside the change log's old -> new values (`events`)."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass, field, fields

from asm_assoc.core import association, members, numbering, reference, writes
from asm_assoc.core.errors import Day, Label, UserError, ValidationError
from asm_assoc.core.i18n import N_
from asm_assoc.core.incidents import classification, events
from asm_assoc.core.incidents import vocabulary as v

WRITE = "incidents.write"
MAX_TEXT = 4000
# Children are hurt at mine sites too (they come with their mothers): any age a person can have.
MIN_AGE, MAX_AGE = 0, 110
# Mongolia's extent, a little widened: coordinates outside it are a typing mistake (a swapped pair).
LATITUDES, LONGITUDES = (41.0, 52.5), (87.0, 120.5)
_TIME = re.compile(r"^([01]?[0-9]|2[0-3]):([0-5][0-9])$")
# Dates are stored as YYYY-MM-DD so that periods compare as text; Python also reads 20260310 and 2026-W11-2.
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MOMENT = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}:\d{2}))?$")


@dataclass
class Person:
    """Someone involved: a member of the register (`member_id`) or another person named here. For a
    member, name, sex and kind of work come from the register, and the age from the birth date."""

    member_id: str | None = None
    name: str = ""
    sex: str = ""
    age: int | None = None
    work_kind: str = "other"
    outcome: str = v.NONE
    body_part: str = ""
    injury_nature: str = ""
    days_away: int = 0
    days_restricted: int = 0
    id: str | None = None
    member_no: int | None = None  # read from the register, never written

    @property
    def classification(self) -> str:
        return classification.classify(self.outcome, self.days_away, self.days_restricted)


@dataclass
class Incident:
    occurred_on: str = ""
    occurred_time: str = ""
    kind: str = v.INJURY
    hazard: str = "other"
    site: str = ""
    aimag_code: str = ""
    soum_code: str = ""
    bagh: str = ""
    place: str = ""
    latitude: float | None = None
    longitude: float | None = None
    description: str = ""
    immediate_causes: str = ""
    underlying_causes: str = ""
    witnesses: str = ""
    notified: dict[str, str] = field(default_factory=dict)  # key of `vocabulary.NOTIFIED` -> when
    act_no: str = ""
    act_on: str = ""
    privacy: bool = False
    reported_by: str = ""
    people: list[Person] = field(default_factory=list)
    # Managed by the book: read, never set by the caller.
    id: str | None = None
    year: int | None = None
    number: int | None = None
    status: str = v.REPORTED
    archived: bool = False

    @property
    def outcome(self) -> str:
        return classification.most_serious(p.classification for p in self.people)

    @property
    def reference(self) -> str:
        """The number people quote: 2026-007."""
        return f"{self.year}-{self.number:03d}" if self.number else ""


_TEXTS = ("site", "bagh", "place", "description", "immediate_causes", "underlying_causes", "witnesses", "act_no",
          "reported_by")
# Columns of an incident row, in the order `_COLUMNS` reads them.
_PLAIN = ("occurred_on", "occurred_time", "kind", "hazard", "site", "aimag_code", "soum_code", "bagh", "place",
          "latitude", "longitude", "description", "immediate_causes", "underlying_causes", "witnesses", "act_no",
          "act_on", "privacy", "reported_by")
_COLUMNS = ("id", "year", "number", "status", "archived", *_PLAIN, *(f"notified_{k}" for k in v.NOTIFIED))
_PERSON_COLUMNS = ("member_id", "name", "sex", "age", "work_kind", "outcome", "body_part", "injury_nature",
                   "days_away", "days_restricted")


def parse_day(text: str) -> dt.date | None:
    """A date written YYYY-MM-DD (ValueError otherwise), or None for nothing."""
    if not text:
        return None
    if not _DAY.match(text):
        raise ValueError(text)
    return dt.date.fromisoformat(text)


def parse_moment(text: str) -> dt.datetime | None:
    """"2026-03-04" or "2026-03-04 14:30" (when a body was told); ValueError for anything else."""
    if not text:
        return None
    found = _MOMENT.match(text)
    if not found:
        raise ValueError(text)
    day, time = found.groups()
    if time and not _TIME.match(time):
        raise ValueError(text)
    hour, minute = (int(part) for part in time.split(":")) if time else (0, 0)
    return dt.datetime.combine(dt.date.fromisoformat(day), dt.time(hour, minute))


def _number(value: object, kind: type) -> object:
    """A number typed as text (or with a decimal comma) as a number; anything else as it was, for `check`
    to refuse with a message rather than fail."""
    if isinstance(value, str):
        text = value.strip().replace(",", ".")
        if not text:
            return None
        try:
            return kind(text)
        except ValueError:
            return value
    return value


def _tidy(inc: Incident) -> Incident:
    for name in _TEXTS:
        value = str(getattr(inc, name) or "").strip()
        setattr(inc, name, value if name in ("description", "immediate_causes", "underlying_causes", "witnesses")
                else " ".join(value.split()))
    inc.occurred_time = (inc.occurred_time or "").strip()
    notified = inc.notified or {}
    inc.notified = {k: " ".join(str(notified.get(k) or "").split()) for k in v.NOTIFIED}
    inc.latitude, inc.longitude = _number(inc.latitude, float), _number(inc.longitude, float)
    for p in inc.people:
        p.name = " ".join((p.name or "").split())
        p.age = _number(p.age, int)
        p.days_away, p.days_restricted = _number(p.days_away, int) or 0, _number(p.days_restricted, int) or 0
    return inc


def _wrong_types(inc: Incident) -> dict[str, UserError]:
    """Values that are not numbers where numbers belong (from a script or a file, never the window)."""
    found: dict[str, UserError] = {}
    coordinates = (inc.latitude, inc.longitude)
    if any(c is not None and (isinstance(c, bool) or not isinstance(c, int | float)) for c in coordinates):
        found["latitude"] = UserError(N_("Coordinates are numbers of degrees, for example 44.7503 and 100.8231."))
    for n, p in enumerate(inc.people, start=1):
        counts = (p.days_away, p.days_restricted, 0 if p.age is None else p.age)
        if any(isinstance(c, bool) or not isinstance(c, int) for c in counts):
            found[f"person.{n}.days_away"] = UserError(N_("Days and ages are whole numbers (person {person})."),
                                                       person=n)
    return found


def check(conn: sqlite3.Connection, inc: Incident, *, today: dt.date | None = None) -> dict[str, UserError]:
    """Every problem of an incident as {field: message}; people's fields are "person.<n>.<field>"."""
    today = today or dt.date.today()
    found = _wrong_types(inc)
    if found:
        return found
    when = _check_when(inc, today, found)
    _check_choices(inc, found)
    _check_place(inc, found)
    for name in _TEXTS:
        if len(getattr(inc, name)) > MAX_TEXT:
            found[name] = UserError(N_("This text is longer than {count} letters; shorten it."), count=MAX_TEXT)
    if not inc.description:
        found["description"] = UserError(N_("Say what happened."))
    if when:
        _check_reports(inc, when, today, found)
        _check_people(conn, inc, when, today, found)
    return found


def _check_when(inc: Incident, today: dt.date, found: dict[str, UserError]) -> dt.date | None:
    try:
        day = parse_day(inc.occurred_on)
    except ValueError:
        found["occurred_on"] = UserError(N_("The date of the incident is not a valid date (use YYYY-MM-DD)."))
        return None
    if day is None:
        found["occurred_on"] = UserError(N_("Enter the date of the incident."))
        return None
    if inc.occurred_time and not _TIME.match(inc.occurred_time):
        found["occurred_time"] = UserError(N_("Write the time as hours and minutes, for example 14:30."))
    if day > today:
        found["occurred_on"] = UserError(N_("The incident is dated {date}, in the future. Check the date."),
                                         date=Day(day.isoformat()))
        return None
    return day


def _check_choices(inc: Incident, found: dict[str, UserError]) -> None:
    if inc.kind not in v.KINDS:
        found["kind"] = UserError(N_("Choose the kind of incident."))
    if inc.hazard not in v.HAZARDS:
        found["hazard"] = UserError(N_("Choose the hazard."))


def _check_place(inc: Incident, found: dict[str, UserError]) -> None:
    if inc.aimag_code and not reference.unit(inc.aimag_code):
        found["aimag_code"] = UserError(N_("Choose the aimag from the list."))
    soum = reference.unit(inc.soum_code) if inc.soum_code else None
    if inc.soum_code and (soum is None or soum.parent != inc.aimag_code):
        found["soum_code"] = UserError(N_("Choose a soum of the chosen aimag."))
    if (inc.latitude is None) != (inc.longitude is None):
        found["latitude"] = UserError(N_("Enter both coordinates, latitude and longitude, or neither."))
    elif inc.latitude is not None and not (LATITUDES[0] <= inc.latitude <= LATITUDES[1]
                                           and LONGITUDES[0] <= inc.longitude <= LONGITUDES[1]):
        found["latitude"] = UserError(N_("These coordinates are outside Mongolia (latitude 41 to 52, longitude 87 "
                                         "to 120). Check that latitude and longitude are not swapped."))


def _check_reports(inc: Incident, when: dt.date, today: dt.date, found: dict[str, UserError]) -> None:
    for key, label in v.NOTIFIED.items():
        try:
            moment = parse_moment(inc.notified.get(key, ""))
        except ValueError:
            found[f"notified_{key}"] = UserError(N_("When {body} was told is not a valid date."), body=Label(label))
            continue
        if moment and moment.date() < when:
            found[f"notified_{key}"] = UserError(N_("{body} cannot have been told before the incident."),
                                                 body=Label(label))
        elif moment and moment.date() > today:
            found[f"notified_{key}"] = UserError(N_("When {body} was told is in the future."), body=Label(label))
    try:
        act_on = parse_day(inc.act_on)
    except ValueError:
        found["act_on"] = UserError(N_("The date of the act is not a valid date (use YYYY-MM-DD)."))
        return
    if act_on and act_on < when:
        found["act_on"] = UserError(N_("The commission's act is dated before the incident."))
    elif act_on and act_on > today:
        found["act_on"] = UserError(N_("The commission's act is dated in the future."))
    if act_on and not inc.act_no:
        found["act_no"] = UserError(N_("Enter the act's number as well as its date."))


def _check_people(conn: sqlite3.Connection, inc: Incident, when: dt.date, today: dt.date,
                  found: dict[str, UserError]) -> None:
    seen: set[str] = set()
    since = classification.days_since(when, today)
    for n, p in enumerate(inc.people, start=1):
        def problem(name: str, message: str, _n: int = n, **params: object) -> None:
            found.setdefault(f"person.{_n}.{name}", UserError(message, person=_n, **params))

        if p.member_id:
            if p.member_id in seen:
                problem("member_id", N_("Person {person} is named twice."))
            seen.add(p.member_id)
            if not conn.execute("SELECT 1 FROM member WHERE id = ?", (p.member_id,)).fetchone():
                problem("member_id", N_("Person {person} is not in the member register."))
        else:
            if not p.name:
                problem("name", N_("Person {person} is not in the register: enter their name."))
            if p.sex not in members.SEXES:
                problem("sex", N_("Person {person} is not in the register: choose their sex."))
            if p.work_kind not in members.WORK_KINDS:
                problem("work_kind", N_("Choose the kind of work of person {person}."))
        if p.age is not None and not p.member_id and not MIN_AGE <= p.age <= MAX_AGE:
            problem("age", N_("The age of person {person} must be between {low} and {high}."), low=MIN_AGE,
                    high=MAX_AGE)
        if p.outcome not in v.OUTCOMES:
            problem("outcome", N_("Choose what happened to person {person}."))
            continue
        if p.body_part not in v.BODY_PARTS:
            problem("body_part", N_("Choose the injured part of the body of person {person}."))
        if p.injury_nature not in v.INJURY_NATURES:
            problem("injury_nature", N_("Choose the nature of the injury of person {person}."))
        if p.days_away < 0 or p.days_restricted < 0:
            problem("days_away", N_("Days cannot be fewer than zero (person {person})."))
        elif p.days_away + p.days_restricted > since:
            problem("days_away", N_("Person {person} has {days} days away and restricted, but only {since} days "
                                    "have passed since the incident (the day of the incident is not counted)."),
                    days=p.days_away + p.days_restricted, since=since)
        _check_outcome(inc, p, problem)
    _check_kind(inc, found)


def _check_outcome(inc: Incident, p: Person, problem) -> None:  # noqa: ANN001 - the closure above
    if inc.kind in v.UNHARMED_KINDS and p.classification != v.NONE:
        problem("outcome", N_("Person {person} was hurt, so this is not a near miss or dangerous occurrence: "
                              "record it as an injury, illness or fatality."))
    if inc.kind not in v.UNHARMED_KINDS and p.outcome == v.DAYS_AWAY and p.days_away == 0:
        problem("days_away", N_("Enter the days away from work of person {person} (an estimate while they are "
                                "still away)."))
    if p.outcome == v.RESTRICTED and p.days_restricted == 0:
        problem("days_restricted", N_("Enter the days of restricted work of person {person}."))
    if p.outcome == v.DEATH and (p.days_away or p.days_restricted):
        problem("days_away", N_("Person {person} died: days away and restricted are not counted."))


def _check_kind(inc: Incident, found: dict[str, UserError]) -> None:
    outcome = inc.outcome
    if inc.kind == v.FATALITY and outcome != v.DEATH:
        found.setdefault("kind", UserError(N_("A fatality needs a person whose outcome is death.")))
    elif inc.kind != v.FATALITY and outcome == v.DEATH:
        found.setdefault("kind", UserError(N_("Someone died: choose “Fatality” as the kind of incident.")))
    elif inc.kind in (v.INJURY, v.ILLNESS) and outcome == v.NONE:
        found.setdefault("kind", UserError(N_("An injury or illness needs at least one person who was hurt; "
                                              "add them, or choose “Near miss”.")))


def age_on(born: dt.date, day: dt.date) -> int:
    """Whole years of age on `day` (a birthday not yet reached that year does not count)."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def _register_facts(conn: sqlite3.Connection, p: Person, when: str) -> Person:
    """A member's name, sex, kind of work and age as the register has them on the day of the incident."""
    row = conn.execute("SELECT family_name, given_name, sex, work_kind, birth_date FROM member WHERE id = ?",
                       (p.member_id,)).fetchone()
    family, given, sex, work, born = row
    p.name = f"{family or ''} {given}".strip()
    p.sex, p.work_kind = sex or "", work or "other"
    try:
        b, day = dt.date.fromisoformat(born or ""), dt.date.fromisoformat(when)
    except ValueError:
        return p  # no birth date in the register (or no valid incident date yet): the age as entered
    else:
        p.age = age_on(b, day)
    return p


def _row(inc: Incident) -> dict[str, object]:
    row: dict[str, object] = {name: getattr(inc, name) for name in _PLAIN}
    row["privacy"] = int(bool(inc.privacy))
    for key in v.NOTIFIED:
        row[f"notified_{key}"] = inc.notified.get(key, "")
    return row


def _person_row(p: Person, position: int) -> dict[str, object]:
    row: dict[str, object] = {name: getattr(p, name) for name in _PERSON_COLUMNS}
    if p.member_id:
        row["name"] = ""  # a member's name is read from the register, so a correction there shows here
    return {**row, "position": position}


def save(conn: sqlite3.Connection, actor: writes.Actor, inc: Incident, *, reason: str = "",
         today: dt.date | None = None) -> str:
    """Add or correct an incident with its people, in one transaction. A closed incident is corrected only
    with a `reason`, kept in its history. Returns the incident's id."""
    writes.authorize(actor, WRITE)
    today = today or dt.date.today()
    inc = _tidy(inc)
    before = get(conn, inc.id) if inc.id else None
    _take_register_facts(conn, inc, before, today)
    found = check(conn, inc, today=today)
    if before and before.status == v.CLOSED:
        if not reason.strip():
            found["reason"] = UserError(N_("This incident is closed: say why it is being changed."))
        if classification.is_recordable(inc.outcome) and not (inc.act_no and inc.act_on):
            found.setdefault("act_no", UserError(N_("This closed case is one in which someone was hurt: it keeps "
                                                    "the commission's act (number and date).")))
    if found:
        raise ValidationError(found)
    association_id = association.current_id(conn)
    if association_id is None:
        raise UserError(N_("Enter the association's profile first."))
    year = int(inc.occurred_on[:4])
    with writes.transaction(conn, actor, WRITE) as tx:
        row = _row(inc)
        if before is None:
            row.update(association_id=association_id, year=year, number=_next_number(tx, association_id, year),
                       status=v.REPORTED, archived=0)
            inc.id = tx.insert("incident", row)
            events.record(tx, inc.id, events.REPORTED, new_status=v.REPORTED)
        else:
            if year != before.year:  # a corrected year: the incident takes that year's next number
                row.update(year=year, number=_next_number(tx, association_id, year))
            tx.update("incident", inc.id, row)
            if before.status == v.CLOSED:
                events.record(tx, inc.id, events.AMENDED, old_status=v.CLOSED, new_status=v.CLOSED, reason=reason)
        _write_people(tx, inc, before)
    return inc.id


def _take_register_facts(conn: sqlite3.Connection, inc: Incident, before: Incident | None, today: dt.date) -> None:
    """A member newly named in the incident is described as the register has them now; one already in it
    keeps what was recorded, so a later change in the register (a new kind of work) does not rewrite
    past summaries."""
    recorded = {p.id: p for p in before.people} if before else {}
    for p in inc.people:
        if p.id and p.id not in recorded:
            raise UserError(N_("A person of another incident cannot be moved into this one."))
        old = recorded.get(p.id)
        if old is not None and old.member_id and old.member_id == p.member_id:
            p.sex, p.work_kind, p.age = old.sex, old.work_kind, old.age
        elif p.member_id and conn.execute("SELECT 1 FROM member WHERE id = ?", (p.member_id,)).fetchone():
            _register_facts(conn, p, inc.occurred_on or today.isoformat())


def _write_people(tx: writes.Tx, inc: Incident, before: Incident | None) -> None:
    kept = {p.id for p in inc.people if p.id}
    for old in before.people if before else []:
        if old.id not in kept:
            tx.update("incident_person", old.id, {"removed": 1})
    for position, p in enumerate(inc.people, start=1):
        row = _person_row(p, position)
        if p.id:
            tx.update("incident_person", p.id, row)
        else:
            p.id = tx.insert("incident_person", {**row, "incident_id": inc.id, "removed": 0})


def _next_number(tx: writes.Tx, association_id: str, year: int) -> int:
    return numbering.next_number(tx, "incident_counter", "incident", association_id, year)


def get(conn: sqlite3.Connection, incident_id: str) -> Incident:
    row = conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM incident WHERE id = ?", (incident_id,)).fetchone()
    if row is None:
        raise UserError(N_("This incident no longer exists."))
    values = dict(zip(_COLUMNS, row, strict=True))
    inc = Incident(**{k: ("" if values[k] is None and k not in ("latitude", "longitude") else values[k])
                      for k in ("id", "year", "number", "status", *_PLAIN)})
    inc.privacy, inc.archived = bool(values["privacy"]), bool(values["archived"])
    inc.notified = {k: values[f"notified_{k}"] or "" for k in v.NOTIFIED}
    inc.people = people_of(conn, [incident_id])[incident_id]
    return inc


def people_of(conn: sqlite3.Connection, incident_ids: list[str]) -> dict[str, list[Person]]:
    """The people of several incidents in their order, members' names as the register has them now."""
    found: dict[str, list[Person]] = {i: [] for i in incident_ids}
    names = [f for f in fields(Person) if f.name not in ("id", "member_no")]
    marks = ", ".join("?" * len(incident_ids))
    for row in conn.execute(
        f"SELECT p.incident_id, p.id, m.member_no, trim(coalesce(m.family_name, '') || ' ' || m.given_name), "
        f"{', '.join('p.' + f.name for f in names)} FROM incident_person p LEFT JOIN member m ON m.id = p.member_id "
        f"WHERE p.incident_id IN ({marks}) AND p.removed = 0 ORDER BY p.incident_id, p.position", incident_ids,
    ):
        incident_id, person_id, member_no, member_name, *values = row
        p = Person(**{f.name: value for f, value in zip(names, values, strict=True)}, id=person_id,
                   member_no=member_no)
        p.name = member_name or p.name or ""
        p.body_part, p.injury_nature = p.body_part or "", p.injury_nature or ""
        found[incident_id].append(p)
    return found


def set_archived(conn: sqlite3.Connection, actor: writes.Actor, incident_id: str, *, reason: str) -> None:
    """Set aside an incident entered by mistake (a duplicate): kept and shown in its history, never counted.
    Incidents are never deleted."""
    if not reason.strip():
        raise ValidationError({"reason": UserError(N_("Say why this incident is set aside."))})
    with writes.transaction(conn, actor, WRITE) as tx:
        tx.update("incident", incident_id, {"archived": 1})
        events.record(tx, incident_id, events.ARCHIVED, reason=reason)


@dataclass(frozen=True)
class Listed:
    """An incident as the incident list shows it."""

    id: str
    reference: str
    occurred_on: str
    kind: str
    hazard: str
    site: str
    people: int
    outcome: str
    status: str
    open_actions: int
    privacy: bool


def listing(conn: sqlite3.Connection, *, year: int | None = None, status: str | None = None,
            kind: str | None = None) -> list[Listed]:
    """The incidents (not those set aside), the latest first, filtered by year, status and kind."""
    where, params = ["i.association_id = ?", "i.archived = 0"], [association.current_id(conn)]
    for column, value in (("i.year", year), ("i.status", status), ("i.kind", kind)):
        if value is not None:
            where.append(f"{column} = ?")
            params.append(value)
    rows = conn.execute(
        "SELECT i.id, i.year, i.number, i.occurred_on, i.kind, i.hazard, coalesce(i.site, ''), i.status, i.privacy, "
        "(SELECT count(*) FROM incident_action a WHERE a.incident_id = i.id AND a.status IN (?, ?)) "
        f"FROM incident i WHERE {' AND '.join(where)} ORDER BY i.occurred_on DESC, i.year DESC, i.number DESC",
        (*v.PENDING_ACTIONS, *params),
    ).fetchall()
    people = people_of(conn, [r[0] for r in rows]) if rows else {}
    return [Listed(incident_id, f"{year_}-{number:03d}", on, kind_, hazard, site, len(people[incident_id]),
                   classification.most_serious(p.classification for p in people[incident_id]), status_,
                   open_actions, bool(privacy))
            for incident_id, year_, number, on, kind_, hazard, site, status_, privacy, open_actions in rows]


def years(conn: sqlite3.Connection) -> list[int]:
    """The years that have incidents, the latest first."""
    return [row[0] for row in conn.execute(
        "SELECT DISTINCT year FROM incident WHERE association_id = ? AND archived = 0 ORDER BY year DESC",
        (association.current_id(conn),))]


def find(conn: sqlite3.Connection, reference: str) -> str | None:
    """The id of the incident people call "2026-007" (or "2026-7"), or None."""
    year, _sep, number = reference.strip().partition("-")
    if not (year.isdigit() and number.isdigit()):
        return None
    row = conn.execute("SELECT id FROM incident WHERE association_id = ? AND year = ? AND number = ?",
                       (association.current_id(conn), int(year), int(number))).fetchone()
    return row[0] if row else None
