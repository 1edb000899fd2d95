"""Properties of the incident book: classification never lowers what was chosen, the log's day counts
respect the cap, and the summary's figures add up however the cases fall (by outcome, by sex, by kind of
work), with a refused incident writing nothing."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from incident_support import TODAY, incident

from asm_assoc.core import writes
from asm_assoc.core.errors import ValidationError
from asm_assoc.core.incidents import book, classification, figures
from asm_assoc.core.incidents import vocabulary as v
from asm_assoc.core.incidents.book import Person

outcomes = st.sampled_from(list(v.OUTCOMES))
days = st.integers(min_value=0, max_value=400)


@given(outcomes, days, days)
def test_classification_is_at_least_what_was_chosen_and_what_the_days_say(outcome, away, restricted):
    found = classification.classify(outcome, away, restricted)
    assert classification.rank(found) >= classification.rank(outcome)
    if away:
        assert classification.is_lost_time(found)
    if restricted:
        assert classification.rank(found) >= classification.rank(v.RESTRICTED)


@given(days, days)
def test_counted_days_never_exceed_the_cap_nor_what_was_entered(away, restricted):
    a, r = classification.capped_days(away, restricted)
    assert 0 <= a <= away and 0 <= r <= restricted and a + r <= classification.DAYS_CAP
    if away + restricted <= classification.DAYS_CAP:
        assert (a, r) == (away, restricted)


person = st.builds(
    lambda outcome, away, restricted, sex, work: Person(
        name="Гадны хүн", sex=sex, work_kind=work, outcome=outcome,
        days_away=away if outcome not in (v.DEATH, v.NONE, v.FIRST_AID, v.MEDICAL, v.RESTRICTED) else 0,
        days_restricted=restricted if outcome in (v.RESTRICTED, v.DAYS_AWAY, v.DISABILITY) else 0),
    st.sampled_from([v.FIRST_AID, v.MEDICAL, v.RESTRICTED, v.DAYS_AWAY, v.DISABILITY]),
    st.integers(min_value=1, max_value=150), st.integers(min_value=1, max_value=150),
    st.sampled_from(["F", "M"]), st.sampled_from(["digging", "processing", "trading", "other"]))
case = st.tuples(st.integers(min_value=0, max_value=320), st.lists(person, min_size=1, max_size=3))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(case, min_size=1, max_size=8))
def test_the_summary_adds_up_and_refused_incidents_write_nothing(conn, cases):
    conn.execute("DELETE FROM incident_person")  # each example starts from an empty book (test data only)
    conn.execute("DELETE FROM incident_event")
    conn.execute("DELETE FROM incident")
    kept = []
    for days_ago, people in cases:
        on = TODAY - dt.timedelta(days=days_ago)
        inc = incident(on.isoformat(), people=people)
        before = conn.execute("SELECT count(*) FROM incident_person").fetchone()[0]
        try:
            book.save(conn, writes.SYSTEM, inc, today=TODAY)
            kept.append(inc)
        except ValidationError as err:
            # Refused only for days beyond those since the incident; then nothing of it is written.
            assert all("days_away" in key for key in err.problems), err.problems
            assert conn.execute("SELECT count(*) FROM incident_person").fetchone()[0] == before
    s = figures.summarise(conn, TODAY - dt.timedelta(days=400), TODAY)
    everyone = [p for inc in kept for p in inc.people]
    assert s.incidents == len(kept)
    assert s.total.persons == len(everyone) == sum(s.by_outcome.values())
    assert s.total.recordable == sum(classification.is_recordable(p.classification) for p in everyone)
    assert s.total.lost_time == sum(classification.is_lost_time(p.classification) for p in everyone)
    for groups in (s.by_sex, s.by_work):
        for name in ("persons", "recordable", "lost_time", "deaths", "days_away", "days_restricted"):
            assert sum(getattr(b, name) for b in groups.values()) == getattr(s.total, name)
    assert s.total.days_away == sum(classification.capped_days(p.days_away, p.days_restricted)[0] for p in everyone)
