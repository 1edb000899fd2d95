"""The incident book at Federation scale: the annual summary over 20,000 incidents (about 20,000 people, a
register of 6,500 members) in at most 2 s, both its figures and its PDF.

Run with: python dev.py bench (or pytest tests/benchmarks -m benchmark -s)."""

from __future__ import annotations

import datetime as dt
import random
import time

import pytest

from asm_assoc.core import association, db, members, writes
from asm_assoc.core.incidents import classification, figures
from asm_assoc.core.incidents import vocabulary as v
from asm_assoc.core.reports.incident_summary import render_incident_summary

SUMMARY_MAX_S = 2.0
INCIDENTS = 20_000
REGISTER = 6_500
YEAR = 2026


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    """A year of 20,000 incidents written through the write path (bulk inserts), with their people and a
    year of hours."""
    conn = db.open_database(tmp_path_factory.mktemp("incidents") / "federation.db")
    aid = association.save(conn, writes.SYSTEM, association.Association(
        name="Бичил уурхайчдын үндэсний холбоо", aimag_code="64", soum_code="64-03", director="Б. Сарантуяа"))
    rng = random.Random(11)
    people = [members.Member(n, "Бат", f"Сараа{n}", sex=rng.choice("FFFM"), work_kind=rng.choice(
        list(members.WORK_KINDS)), joined_on="2020-01-01", association_id=aid) for n in range(1, REGISTER + 1)]
    outcomes = [o for o in v.OUTCOMES if o != v.NONE]
    with writes.transaction(conn, writes.SYSTEM, "members.write") as tx:
        member_ids = tx.insert_many("member", [members.row_values(m) for m in people],
                                    [members.derived_columns(m) for m in people])
    with writes.transaction(conn, writes.SYSTEM, "incidents.write") as tx:
        days = [dt.date(YEAR, 1, 1) + dt.timedelta(days=rng.randrange(300)) for _ in range(INCIDENTS)]
        kinds = [rng.choice([v.INJURY, v.INJURY, v.ILLNESS, v.NEAR_MISS]) for _ in range(INCIDENTS)]
        ids = tx.insert_many("incident", [
            {"association_id": aid, "year": YEAR, "number": n, "occurred_on": day.isoformat(), "kind": kind,
             "hazard": rng.choice(list(v.HAZARDS)), "site": "Талбай", "description": "Осол", "status": v.REPORTED,
             "privacy": 0, "archived": 0}
            for n, (day, kind) in enumerate(zip(days, kinds, strict=True), start=1)])
        rows = []
        for incident_id, kind in zip(ids, kinds, strict=True):
            if kind == v.NEAR_MISS:
                continue
            for position in range(1, rng.choice((2, 2, 3))):
                outcome = rng.choice(outcomes)
                away = rng.randint(1, 60) if outcome == v.DAYS_AWAY else 0
                rows.append({"incident_id": incident_id, "position": position, "member_id": rng.choice(member_ids),
                             "sex": rng.choice("FM"), "work_kind": "digging", "outcome": outcome,
                             "days_away": away, "days_restricted": rng.randint(1, 20) if outcome == v.RESTRICTED else 0,
                             "removed": 0})
        tx.insert_many("incident_person", rows)
        tx.insert_many("hours_worked", [{"association_id": aid, "month": f"{YEAR}-{m:02d}", "hours": 900_000,
                                         "workers": 5_600, "method": v.COUNTED} for m in range(1, 13)])
    yield conn
    conn.close()


@pytest.mark.benchmark
def test_annual_summary_of_20000_incidents(book, tmp_path):
    start, end = dt.date(YEAR, 1, 1), dt.date(YEAR, 12, 31)
    figures_s, pdf_s = [], []
    for _ in range(3):
        began = time.perf_counter()
        s = figures.summarise(book, start, end)
        figures_s.append(time.perf_counter() - began)
        began = time.perf_counter()
        render_incident_summary(book, tmp_path / "summary.pdf", actor=writes.SYSTEM, start=start, end=end)
        pdf_s.append(time.perf_counter() - began)
    assert s.incidents == INCIDENTS
    assert s.total.recordable == sum(n for o, n in s.by_outcome.items() if classification.is_recordable(o))
    print(f"\nsummary of {INCIDENTS:,} incidents ({s.total.persons:,} people): figures {min(figures_s):.2f}–"
          f"{max(figures_s):.2f} s, PDF (figures included) {min(pdf_s):.2f}–{max(pdf_s):.2f} s")
    assert max(pdf_s) <= SUMMARY_MAX_S
