"""The incident book: what is refused (and then nothing is written), numbering, people from the register,
the case's status and its corrective actions, history after closing."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from incident_support import TODAY, add_member, hurt, incident, record

from asm_assoc.core import writes
from asm_assoc.core.errors import UserError, ValidationError
from asm_assoc.core.incidents import actions, book, events
from asm_assoc.core.incidents import vocabulary as v
from asm_assoc.core.incidents.actions import Action
from asm_assoc.core.incidents.book import Person


def _counts(conn) -> tuple[int, ...]:
    return tuple(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                 for t in ("incident", "incident_person", "incident_event", "change_log"))


def _refused(conn, inc, **kwargs) -> dict:
    before = _counts(conn)
    with pytest.raises(ValidationError) as err:
        record(conn, inc, **kwargs)
    assert _counts(conn) == before
    return {k: p.text() for k, p in err.value.problems.items()}


def test_an_incident_dated_in_the_future_is_refused_and_nothing_is_written(conn):
    problems = _refused(conn, incident("2026-11-21", people=[hurt(name="Дорж", sex="M", away=1)]))
    assert "in the future" in problems["occurred_on"]


def test_days_away_beyond_the_days_since_the_incident_are_refused(conn):
    # Injured on 10 November, today is the 20th: 10 days have passed (the 10th itself is not counted).
    problems = _refused(conn, incident("2026-11-10", people=[hurt(name="Дорж", sex="M", away=8, restricted=3)]))
    assert "11 days away and restricted" in problems["person.1.days_away"]
    assert "only 10 days have passed" in problems["person.1.days_away"]
    assert record(conn, incident("2026-11-10", people=[hurt(name="Дорж", sex="M", away=7, restricted=3)]))


def test_a_person_not_in_the_register_needs_a_name_and_sex(conn):
    problems = _refused(conn, incident(people=[hurt(away=2)]))
    assert problems["person.1.name"] == "Person 1 is not in the register: enter their name."
    assert "choose their sex" in problems["person.1.sex"]


def test_the_kind_must_agree_with_what_happened_to_the_people(conn):
    member = add_member(conn, "Бат", "Оюун", "F")
    assert "Fatality" in _refused(conn, incident(people=[hurt(member, v.DEATH)]))["kind"]
    assert "needs a person whose outcome is death" in _refused(conn, incident(kind=v.FATALITY,
                                                                              people=[hurt(member, away=3)]))["kind"]
    assert "not a near miss" in _refused(conn, incident(kind=v.NEAR_MISS,
                                                        people=[hurt(member, v.FIRST_AID)]))["person.1.outcome"]
    assert "at least one person who was hurt" in _refused(conn, incident(people=[]))["kind"]
    assert "Enter the days away" in _refused(conn, incident(people=[hurt(member, away=0)]))["person.1.days_away"]
    # A near miss with the people who were there, unhurt, is fine.
    assert record(conn, incident(kind=v.NEAR_MISS, people=[Person(member_id=member)]))


def test_other_refusals_name_the_field(conn):
    member = add_member(conn, "Бат", "Оюун", "F")
    problems = _refused(conn, incident(
        occurred_time="25:00", latitude=106.9, longitude=47.9, act_on="2026-03-01",
        notified={"governor": "2026-03-09 08:00", "police": "2026-03-11"},
        people=[hurt(member, away=2), hurt(member, away=1)], description=" "))
    assert set(problems) == {"occurred_time", "latitude", "act_on", "act_no", "notified_governor", "person.2.member_id",
                             "description"}
    assert "swapped" in problems["latitude"]
    assert problems["notified_governor"] == "Soum governor cannot have been told before the incident."


def test_incidents_are_numbered_within_their_year(conn):
    member = add_member(conn, "Бат", "Оюун", "F")
    ids = [record(conn, incident(on, people=[hurt(member, away=1)])) for on in
           ("2026-01-05", "2025-12-30", "2026-02-01")]
    assert [book.get(conn, i).reference for i in ids] == ["2026-001", "2025-001", "2026-002"]
    # A corrected year moves the incident to the next number of that year; the old number is not reused.
    inc = book.get(conn, ids[0])
    inc.occurred_on = "2025-12-31"
    book.save(conn, writes.SYSTEM, inc, today=TODAY)
    assert book.get(conn, ids[0]).reference == "2025-002"


def test_a_member_is_described_by_the_register(conn):
    member = add_member(conn, "Бат", "Оюун", "F", born="1990-03-11", work="processing")
    incident_id = record(conn, incident("2026-03-10", people=[hurt(member, away=4, name="ignored", sex="M")]))
    p = book.get(conn, incident_id).people[0]
    assert (p.name, p.sex, p.age, p.work_kind, p.member_no) == ("Бат Оюун", "F", 35, "processing", 1)


def test_people_removed_from_an_incident_are_kept_but_no_longer_listed(conn):
    member = add_member(conn, "Бат", "Оюун", "F")
    incident_id = record(conn, incident(people=[hurt(member, away=2), hurt(name="Гадны хүн", sex="M", away=1)]))
    inc = book.get(conn, incident_id)
    inc.people = inc.people[:1]
    book.save(conn, writes.SYSTEM, inc, today=TODAY)
    assert [p.name for p in book.get(conn, incident_id).people] == ["Бат Оюун"]
    assert conn.execute("SELECT count(*) FROM incident_person WHERE removed = 1").fetchone()[0] == 1


def test_a_case_moves_from_reported_through_investigation_to_closed(conn):
    member = add_member(conn, "Бат", "Оюун", "F")
    incident_id = record(conn, incident(people=[hurt(member, away=2)]))
    actions.set_status(conn, writes.SYSTEM, incident_id, v.INVESTIGATING)
    with pytest.raises(UserError, match="commission's act"):
        actions.set_status(conn, writes.SYSTEM, incident_id, v.CLOSED)
    inc = book.get(conn, incident_id)
    inc.act_no, inc.act_on = "А-12", "2026-03-20"
    book.save(conn, writes.SYSTEM, inc, today=TODAY)
    actions.set_status(conn, writes.SYSTEM, incident_id, v.CLOSED)
    with pytest.raises(ValidationError, match="reopened"):
        actions.set_status(conn, writes.SYSTEM, incident_id, v.INVESTIGATING)
    with pytest.raises(UserError, match="cannot become Reported"):
        actions.set_status(conn, writes.SYSTEM, incident_id, v.REPORTED)
    actions.set_status(conn, writes.SYSTEM, incident_id, v.INVESTIGATING, reason="Шинэ гэрч олдсон")
    assert [(e.kind, e.old_status, e.new_status) for e in events.events_of(conn, incident_id)] == [
        ("reported", "", "reported"), ("status", "reported", "investigating"), ("status", "investigating", "closed"),
        ("status", "closed", "investigating")]


def test_a_near_miss_closes_without_an_act(conn):
    incident_id = record(conn, incident(kind=v.NEAR_MISS))
    actions.set_status(conn, writes.SYSTEM, incident_id, v.CLOSED)
    assert book.get(conn, incident_id).status == v.CLOSED


def test_an_edit_to_a_closed_incident_needs_a_reason_and_is_in_its_history(conn):
    incident_id = record(conn, incident(kind=v.NEAR_MISS))
    actions.set_status(conn, writes.SYSTEM, incident_id, v.CLOSED)
    inc = book.get(conn, incident_id)
    inc.witnesses = "Ганбат"
    assert "say why" in _refused(conn, inc)["reason"]
    book.save(conn, writes.SYSTEM, inc, reason="Гэрчийн нэр орхигдсон", today=TODAY)
    last = events.events_of(conn, incident_id)[-1]
    assert (last.kind, last.reason) == ("amended", "Гэрчийн нэр орхигдсон")
    changes = conn.execute("SELECT changes FROM change_log WHERE table_name = 'incident' AND row_id = ? "
                           "ORDER BY seq DESC LIMIT 1", (incident_id,)).fetchone()[0]
    assert json.loads(changes)["witnesses"] == ["", "Ганбат"]
    assert book.get(conn, incident_id).status == v.CLOSED


def test_a_mistaken_incident_is_set_aside_not_deleted(conn):
    incident_id = record(conn, incident(kind=v.NEAR_MISS))
    with pytest.raises(ValidationError):
        book.set_archived(conn, writes.SYSTEM, incident_id, reason="")
    book.set_archived(conn, writes.SYSTEM, incident_id, reason="Давхар бүртгэсэн")
    assert book.get(conn, incident_id).archived
    assert events.events_of(conn, incident_id)[-1].kind == "archived"


def test_overdue_actions_are_those_pending_past_their_due_date(conn):
    incident_id = record(conn, incident(kind=v.NEAR_MISS))
    later = actions.save_action(conn, writes.SYSTEM, incident_id,
                                Action("Хашаа барих", "Ганбат", due_on="2026-11-15"), today=TODAY)
    actions.save_action(conn, writes.SYSTEM, incident_id, Action("Тулгуур хийх", "Дорж", due_on="2026-04-01",
                                                                 status=v.ACTION_IN_PROGRESS), today=TODAY)
    actions.save_action(conn, writes.SYSTEM, incident_id, Action("Сургалт", "Сараа", due_on="2026-04-01",
                                                                 status=v.ACTION_DONE, done_on="2026-03-30"),
                        today=TODAY)
    actions.save_action(conn, writes.SYSTEM, incident_id, Action("Тэмдэг", "Сараа", due_on="2026-12-01"), today=TODAY)
    overdue = actions.overdue_actions(conn, TODAY)
    assert [(o.action.description, o.incident_reference, o.days_late) for o in overdue] == [
        ("Тулгуур хийх", "2026-001", 233), ("Хашаа барих", "2026-001", 5)]
    done = next(a for a in actions.actions_of(conn, incident_id) if a.id == later)
    done.status, done.done_on = v.ACTION_DONE, "2026-11-19"
    actions.save_action(conn, writes.SYSTEM, incident_id, done, today=TODAY)
    assert [o.action.description for o in actions.overdue_actions(conn, TODAY)] == ["Тулгуур хийх"]


def test_an_action_is_checked(conn):
    incident_id = record(conn, incident(kind=v.NEAR_MISS))
    with pytest.raises(ValidationError) as err:
        actions.save_action(conn, writes.SYSTEM, incident_id, Action("", "", due_on="2026-01-01",
                                                                     status=v.ACTION_DONE), today=TODAY)
    assert set(err.value.problems) == {"description", "owner", "due_on", "done_on"}


def test_only_the_director_and_secretary_record_incidents(conn):
    viewer = writes.Actor("u1", "Туяа", "treasurer")
    with pytest.raises(writes.PermissionDenied):
        record(conn, incident(kind=v.NEAR_MISS), actor=viewer)
    assert _counts(conn)[0] == 0


def test_a_days_count_uses_the_register_day_of_the_incident(conn):
    # Today is the day of the incident: nobody can have lost a day yet.
    problems = _refused(conn, incident(TODAY.isoformat(), people=[hurt(name="Дорж", sex="M", away=1)]))
    assert "only 0 days" in problems["person.1.days_away"]
    assert record(conn, incident((TODAY - dt.timedelta(days=1)).isoformat(),
                                 people=[hurt(name="Дорж", sex="M", away=1)]))


def test_the_list_shows_the_latest_first_with_filters(conn):
    member = add_member(conn, "Бат", "Оюун", "F")
    first = record(conn, incident("2025-06-01", people=[hurt(member, v.MEDICAL)]))
    record(conn, incident("2026-02-01", kind=v.NEAR_MISS))
    actions.save_action(conn, writes.SYSTEM, first, Action("Хашаа", "Дорж", due_on="2026-12-01"), today=TODAY)
    assert [(i.reference, i.people, i.outcome, i.open_actions) for i in book.listing(conn)] == [
        ("2026-001", 0, v.NONE, 0), ("2025-001", 1, v.MEDICAL, 1)]
    assert [i.reference for i in book.listing(conn, year=2025)] == ["2025-001"]
    assert [i.reference for i in book.listing(conn, kind=v.NEAR_MISS, status=v.REPORTED)] == ["2026-001"]
    assert book.years(conn) == [2026, 2025]


def test_the_history_of_an_incident_reads_in_plain_words_and_hides_medical_details(conn):
    from asm_assoc.core import audit, history_text, i18n

    incident_id = record(conn, incident(people=[hurt(name="Дорж", sex="M", away=2)]))
    inc = book.get(conn, incident_id)
    inc.kind, inc.hazard, inc.people = v.INJURY, "water", inc.people
    inc.people[0].body_part = "hands"
    book.save(conn, writes.SYSTEM, inc, today=TODAY)
    tr = i18n.translator("en")
    last = audit.history(conn, writes.SYSTEM, "incident", incident_id)[-1]
    assert history_text.change_lines("incident", last, tr) == [
        "Hazard: Fall of ground (pit or tunnel collapse) → Water (flooding, drowning)"]
    person_id = inc.people[0].id
    viewer = writes.Actor("u3", "Нараа", "viewer")
    changed = audit.history(conn, viewer, "incident_person", person_id)[-1].changes
    assert [(c.field, c.old, c.new) for c in changed if c.field == "body_part"] == [("body_part", "•••", "•••")]


def test_a_closed_case_in_which_someone_was_hurt_keeps_its_act(conn):
    member = add_member(conn, "Бат", "Оюун", "F")
    incident_id = record(conn, incident(kind=v.NEAR_MISS))
    actions.set_status(conn, writes.SYSTEM, incident_id, v.CLOSED)
    inc = book.get(conn, incident_id)
    inc.kind, inc.people = v.INJURY, [hurt(member, away=30)]
    assert "keeps the commission's act" in _refused(conn, inc, reason="хожим мэдэгдсэн")["act_no"]
    inc.act_no, inc.act_on = "А-3", "2026-04-01"
    assert book.save(conn, writes.SYSTEM, inc, reason="хожим мэдэгдсэн", today=TODAY)


def test_a_number_once_given_is_never_given_again(conn):
    member = add_member(conn, "Бат", "Оюун", "F")
    record(conn, incident("2026-03-01", people=[hurt(member, away=1)]))
    second = record(conn, incident("2026-03-02", people=[hurt(member, away=1)]))
    inc = book.get(conn, second)
    inc.occurred_on = "2025-12-30"  # the year was mistyped: the incident becomes 2025-001
    book.save(conn, writes.SYSTEM, inc, today=TODAY)
    third = record(conn, incident("2026-04-02", people=[hurt(member, away=1)]))
    assert (book.get(conn, second).reference, book.get(conn, third).reference) == ("2025-001", "2026-003")


def test_dates_are_only_taken_as_year_month_day(conn):
    problems = _refused(conn, incident("20260310", notified={"police": "2026-03-11T08:00x"},
                                       people=[hurt(name="Дорж", sex="M", away=3)]))
    assert "not a valid date" in problems["occurred_on"]
    assert book.parse_moment("2026-03-11T08:00") == dt.datetime(2026, 3, 11, 8, 0)
    with pytest.raises(ValueError):
        book.parse_moment("2026-W11-2")


def test_numbers_typed_as_text_are_read_or_refused_with_a_message(conn):
    incident_id = record(conn, incident(latitude="44,7415", longitude=" 100.8127",
                                        people=[hurt(name="Дорж", sex="M", away="3", age="30")]))
    inc = book.get(conn, incident_id)
    assert (inc.latitude, inc.longitude, inc.people[0].days_away, inc.people[0].age) == (44.7415, 100.8127, 3, 30)
    problems = _refused(conn, incident(latitude="north", longitude=1, people=[hurt(name="Дорж", sex="M", away="x")]))
    assert set(problems) == {"latitude", "person.1.days_away"}


def test_a_child_can_be_recorded_and_a_members_age_comes_from_the_register(conn):
    assert record(conn, incident(people=[hurt(name="Хүүхэд", sex="F", age=9, away=2)]))


def test_people_and_actions_of_another_incident_cannot_be_taken_over(conn):
    first = record(conn, incident(people=[hurt(name="Дорж", sex="M", away=3)]))
    second = record(conn, incident("2026-05-01", people=[hurt(name="Болд", sex="M", away=2)]))
    stranger = book.get(conn, first).people[0]
    inc = book.get(conn, second)
    inc.people = [stranger]
    with pytest.raises(UserError, match="another incident"):
        book.save(conn, writes.SYSTEM, inc, today=TODAY)
    action_id = actions.save_action(conn, writes.SYSTEM, first, Action("Хашаа", "Дорж", due_on="2026-12-01"),
                                    today=TODAY)
    with pytest.raises(UserError, match="another incident"):
        actions.save_action(conn, writes.SYSTEM, second, Action("Хашаа", "Дорж", due_on="2026-12-01", id=action_id),
                            today=TODAY)


def test_a_later_change_in_the_register_does_not_rewrite_a_recorded_case(conn):
    from asm_assoc.core import members

    member = add_member(conn, "Бат", "Оюун", "F", work="digging")
    incident_id = record(conn, incident("2025-03-10", people=[hurt(member, away=3)]))
    m = members.get(conn, member)
    m.work_kind = "trading"
    members.save(conn, writes.SYSTEM, m)
    inc = book.get(conn, incident_id)
    inc.witnesses = "Дорж"
    book.save(conn, writes.SYSTEM, inc, today=TODAY)
    assert book.get(conn, incident_id).people[0].work_kind == "digging"


def test_who_a_privacy_case_is_stays_out_of_the_history_of_those_not_allowed(conn):
    from asm_assoc.core import audit

    incident_id = record(conn, incident(privacy=True, people=[hurt(name="Гадны жолооч", sex="M", away=2)]))
    person_id = book.get(conn, incident_id).people[0].id
    viewer = writes.Actor("u3", "Нараа", "viewer")
    shown = {c.field: c.new for item in audit.history(conn, viewer, "incident_person", person_id)
             for c in item.changes}
    assert shown["name"] == "•••" and shown["sex"] == "•••"
    director = {c.field: c.new for item in audit.history(conn, writes.SYSTEM, "incident_person", person_id)
                for c in item.changes}
    assert director["name"] == "Гадны жолооч"
