"""The incident printouts and export: what they show, and that a privacy case's name appears in none of
them unless someone allowed asks for the named copy of its own form."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import TODAY, a_year
from pdf_text import pdf_text

from asm_assoc.core import tabular, writes
from asm_assoc.core.errors import UserError
from asm_assoc.core.incidents import actions, book, exports
from asm_assoc.core.incidents.actions import Action
from asm_assoc.core.reports.incident_form import render_incident_form
from asm_assoc.core.reports.incident_log import render_incident_log
from asm_assoc.core.reports.incident_summary import render_incident_summary

START, END = dt.date(2026, 1, 1), dt.date(2026, 12, 31)
PRIVATE = "Цэрэн Сараа"  # incident 2026-003, marked as a privacy case
TREASURER = writes.Actor("u2", "Туяа", "treasurer")


@pytest.fixture
def year(conn):
    a_year(conn)
    inc = book.get(conn, _id(conn, 3))
    inc.privacy = True
    book.save(conn, writes.SYSTEM, inc, today=TODAY)
    return conn


def _id(conn, number: int) -> str:
    return conn.execute("SELECT id FROM incident WHERE year = 2026 AND number = ?", (number,)).fetchone()[0]


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_the_log_lists_every_case_and_masks_the_privacy_case(year, tmp_path):
    text = _flat(pdf_text(render_incident_log(year, tmp_path / "log.pdf", actor=writes.SYSTEM, start=START, end=END,
                                              lang="en", today=TODAY)))
    assert PRIVATE not in text
    assert "Privacy case" in text
    for name in ("Бат Оюун", "Ганбат Дорж", "Дорж Болд", "Гадны жолооч"):
        assert name in text
    # 5 people; 210 days away (Bold's 200 capped at 180, and 30), 10 restricted; 4 of the cases recordable.
    assert "Total 5 210 10" in text
    for count in ("Death 0", "Days away from work 2", "Restricted work 1", "Medical treatment 1",
                  "Recordable cases 4", "First aid only 1"):
        assert count in text
    assert "2026-004" in text and "Near miss" in text  # listed among near misses
    assert "2026-005" not in text  # set aside


def test_the_summary_prints_the_hand_computed_rates(year, tmp_path):
    text = _flat(pdf_text(render_incident_summary(year, tmp_path / "s.pdf", actor=writes.SYSTEM, start=START,
                                                  end=END, lang="en", today=TODAY)))
    assert PRIVATE not in text and "Privacy case" not in text  # no names at all
    for figure in ("(TRCR) 6.15", "(LTIFR) 15.38", "(days away) 1,615.38", "(lost-time cases) 27.78",
                   "Hours worked 130,000", "Months estimated 4", "Sex Female Male People hurt 2 3",
                   "Days away 30 180", "Per 1,000 members 333.33 500.00"):
        assert figure in text
    assert "2026-11, 2026-12" in text  # the months without hours are named
    assert "× 200,000 ÷ hours worked" in text  # the formulas are in the notes


def test_the_form_of_a_privacy_case_is_named_only_on_request_of_someone_allowed(year, tmp_path):
    incident_id = _id(year, 3)
    masked = pdf_text(render_incident_form(year, tmp_path / "f.pdf", actor=writes.SYSTEM, incident_id=incident_id,
                                           lang="en", today=TODAY))
    assert PRIVATE not in masked and "Privacy case" in masked
    named = pdf_text(render_incident_form(year, tmp_path / "n.pdf", actor=writes.SYSTEM, incident_id=incident_id,
                                          lang="en", reveal_names=True, today=TODAY))
    assert PRIVATE in named
    with pytest.raises(writes.PermissionDenied):
        render_incident_form(year, tmp_path / "t.pdf", actor=TREASURER, incident_id=incident_id, reveal_names=True)


def test_the_form_holds_what_the_commission_and_insurer_need(year, tmp_path):
    incident_id = _id(year, 1)
    inc = book.get(year, incident_id)
    inc.notified = {"governor": "2026-03-10 16:20"}
    inc.act_no, inc.act_on, inc.immediate_causes = "А-07", "2026-03-25", "Бэхэлгээгүй хана"
    book.save(year, writes.SYSTEM, inc, today=TODAY)
    actions.save_action(year, writes.SYSTEM, incident_id, Action("Ханыг бэхлэх", "Дорж", due_on="2026-04-10"),
                        today=TODAY)
    text = _flat(pdf_text(render_incident_form(year, tmp_path / "f.pdf", actor=writes.SYSTEM,
                                               incident_id=incident_id, lang="mn", today=TODAY)))
    for expected in ("2026-001", "Бат Оюун", "Ганбат Дорж", "Хөх толгой уурхай", "А-07", "2026.03.25",
                     "2026.03.10 16:20", "Бэхэлгээгүй хана", "Ханыг бэхлэх"):
        assert expected in text


def test_a_treasurer_sees_no_medical_details_in_printouts(year, tmp_path):
    text = pdf_text(render_incident_log(year, tmp_path / "log.pdf", actor=TREASURER, start=START, end=END,
                                        lang="en", today=TODAY))
    assert "Fracture" not in text and "•••" in text


def test_the_blank_form_has_boxes_to_tick_and_no_case(year, tmp_path):
    text = pdf_text(render_incident_form(year, tmp_path / "b.pdf", actor=writes.SYSTEM, lang="mn", today=TODAY))
    assert text.count("☐") > 30
    assert "Бат Оюун" not in text


def test_the_export_masks_the_privacy_case_and_adds_up(year, tmp_path):
    path = tmp_path / "incidents.xlsx"
    assert exports.export_incidents(year, path, actor=writes.SYSTEM, start=START, end=END, lang="en") == 6
    table = tabular.read_table(path)
    flat = [" ".join(row.cells) for row in table.rows]
    assert not any(PRIVATE in row for row in flat)
    counted = table.headers.index("Days away (counted)")
    assert sum(int(row.cell(counted) or 0) for row in table.rows) == 210


def test_a_period_that_ends_before_it_starts_is_refused(year, tmp_path):
    with pytest.raises(UserError, match="ends before it starts"):
        render_incident_log(year, tmp_path / "x.pdf", actor=writes.SYSTEM, start=END, end=START)
    assert not (tmp_path / "x.pdf").exists()
