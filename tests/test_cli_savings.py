"""The savings jobs of the command line: reports of a group or cycle, the ledger and the data sheet."""

from __future__ import annotations

import csv

import pytest
from cli_support import run
from pdf_text import pdf_text

pytestmark = pytest.mark.usefixtures("logged_in")


@pytest.mark.parametrize(("report", "extra", "words"), [
    ("shareout", [], ["Share-out sheet", "Алтан зам", "Pool to share out"]),
    ("passbook", ["--member", "5"], ["Passbook statement", "Shares bought"]),
    ("meeting", ["--meeting", "2"], ["Meeting summary", "meeting 2", "Cash counted"]),
    ("loans", [], ["Loan register", "All loans of the cycle"]),
    ("cycle", [], ["Cycle summary", "Constitution", "Meetings"]),
    ("savings-indicators", [], ["Savings group indicators", "Portfolio at risk", "Women"]),
])
def test_each_savings_report_writes_its_pdf(capsys, demo_db, tmp_path, report, extra, words):
    out_file = tmp_path / "r.pdf"
    code, out, err = run(capsys, "--lang", "en", "--db", demo_db, "report", report, "--group", "алтан зам", *extra,
                         "--out", out_file)
    assert code == 0, err
    text = pdf_text(out_file)
    assert all(word in text for word in words), text[:400]


def test_a_group_must_be_named_when_there_are_several(capsys, demo_db, tmp_path):
    code, _, err = run(capsys, "--lang", "en", "--db", demo_db, "report", "shareout", "--out", tmp_path / "x.pdf")
    assert code == 1 and "Алтан зам" in err and "Өгөөмөр эх" in err
    code, _, err = run(capsys, "--lang", "en", "--db", demo_db, "report", "cycle", "--group", "Нэргүй",
                       "--out", tmp_path / "x.pdf")
    assert code == 1 and "no savings group called “Нэргүй”" in err
    assert not (tmp_path / "x.pdf").exists()


def test_a_member_not_in_the_group_is_named(capsys, demo_db, tmp_path):
    code, _, err = run(capsys, "--lang", "en", "--db", demo_db, "report", "passbook", "--group", "Алтан зам",
                       "--member", "999", "--out", tmp_path / "x.pdf")
    assert code == 1 and "Member no. 999 is not in the group Алтан зам" in err


def test_ledger_export_adds_up_to_the_balances(capsys, demo_db, tmp_path):
    out_file = tmp_path / "ledger.csv"
    code, out, _ = run(capsys, "--lang", "en", "--db", demo_db, "savings", "ledger", out_file, "--group",
                       "Алтан зам")
    assert code == 0 and "entries" in out
    rows = list(csv.DictReader(out_file.open(encoding="utf-8-sig")))
    social = sum(int(r["Amount (MNT)"]) for r in rows if r["Entry kind"] == "social")
    sheet = tmp_path / "sheet.csv"
    assert run(capsys, "--lang", "en", "--db", demo_db, "savings", "datasheet", sheet)[0] == 0
    groups = {r["Group"]: r for r in csv.DictReader(sheet.open(encoding="utf-8-sig"))}
    assert int(groups["Алтан зам"]["Social fund (MNT)"]) == social  # no grants in the demo
    savings = sum(int(r["Amount (MNT)"]) for r in rows if r["Entry kind"] == "shares")
    assert int(groups["Алтан зам"]["Total savings (MNT)"]) == savings


def test_a_date_in_another_form_is_a_usage_error(capsys, demo_db, tmp_path):
    code, _, err = run(capsys, "--lang", "en", "--db", demo_db, "report", "loans", "--group", "Алтан зам",
                       "--date", "22-11-2026", "--out", tmp_path / "x.pdf")
    assert code == 2 and "2026-11-22" in err
