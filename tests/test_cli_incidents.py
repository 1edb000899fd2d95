"""The incident jobs of the command line: the log, the summary, the form and the export."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from cli_support import run
from pdf_text import pdf_text

pytestmark = pytest.mark.usefixtures("logged_in")

YEAR = dt.date.today().year


@pytest.mark.parametrize(("report", "words"), [
    ("incident-log", ["Incident log", "People hurt", "Privacy case", "Near misses and dangerous occurrences"]),
    ("incident-summary", ["Safety summary", "Total recordable case rate", "By sex", "By kind of work"]),
])
def test_each_incident_report_writes_its_pdf(capsys, demo_db, tmp_path, report, words):
    out_file = tmp_path / "r.pdf"
    code, out, err = run(capsys, "--lang", "en", "--db", demo_db, "report", report, "--from", f"{YEAR - 1}-01-01",
                         "--to", f"{YEAR}-12-31", "--out", out_file)
    assert (code, err) == (0, "")
    text = " ".join(pdf_text(out_file).split())
    for word in words:
        assert word in text


def test_the_form_of_one_incident_and_the_blank_form(capsys, demo_db, tmp_path):
    code, _out, err = run(capsys, "--lang", "en", "--db", demo_db, "report", "incident-form", "--blank",
                          "--out", tmp_path / "blank.pdf")
    assert (code, err) == (0, "")
    assert "☐" in pdf_text(tmp_path / "blank.pdf")
    code, _out, err = run(capsys, "--lang", "en", "--db", demo_db, "report", "incident-form", "--number", "1999-1",
                          "--out", tmp_path / "none.pdf")
    assert code != 0 and "There is no incident 1999-1" in err
    assert not (tmp_path / "none.pdf").exists()


def test_a_date_in_another_form_is_a_usage_error(capsys, demo_db, tmp_path):
    code, _out, err = run(capsys, "--lang", "en", "--db", demo_db, "report", "incident-log", "--from", "22.11.2026",
                          "--out", tmp_path / "x.pdf")
    assert code == 2 and "22.11.2026 is not a date" in err


def test_export_writes_one_line_per_person(capsys, demo_db, tmp_path):
    out_file = tmp_path / "incidents.csv"
    code, out, err = run(capsys, "--lang", "en", "--db", demo_db, "incidents", "export", out_file,
                         "--from", f"{YEAR - 2}-01-01", "--to", f"{YEAR}-12-31")
    assert (code, err) == (0, "")
    with open(out_file, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert out.strip() == f"Wrote {len(rows)} lines to {out_file}."
    assert len(rows) == 7  # 2 + 1 + 1 + 2 people, and the dangerous occurrence with nobody named
    assert {row["Kind"] for row in rows} == {"Injury", "Occupational illness or poisoning", "Near miss",
                                             "Dangerous occurrence"}
    assert sum(row["Name"] == "Privacy case" for row in rows) == 1


def test_a_period_given_by_its_last_day_is_that_year(capsys, demo_db, tmp_path):
    code, _out, err = run(capsys, "--lang", "en", "--db", demo_db, "incidents", "export", tmp_path / "x.csv",
                          "--to", f"{YEAR - 1}-12-31")
    assert (code, err) == (0, "")
    with open(tmp_path / "x.csv", encoding="utf-8-sig", newline="") as fh:
        assert all(row["Date"].startswith(str(YEAR - 1)) for row in csv.DictReader(fh))
    code, _out, err = run(capsys, "--lang", "en", "--db", demo_db, "incidents", "export", tmp_path / "y.csv",
                          "--from", f"{YEAR}-06-01", "--to", f"{YEAR}-01-01")
    assert code == 1 and "ends before it starts" in err and not (tmp_path / "y.csv").exists()
