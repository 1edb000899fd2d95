"""The payment jobs of the command line: each printout, the export, and plain messages for wrong input."""

from __future__ import annotations

import csv

import openpyxl
import pytest
from cli_support import run
from credentials import DIRECTOR_LOGIN, DIRECTOR_PASSWORD
from payment_support import code, enrol, pay, registered, remit
from pdf_text import pdf_text

from asm_assoc import cli
from asm_assoc.core import association, db, writes
from asm_assoc.core.payments import remittances

pytestmark = pytest.mark.usefixtures("logged_in")


@pytest.fixture(scope="module")
def paid_db(tmp_path_factory):
    """An association (not the demo: its payments follow today's date) whose member 0001 owes health
    insurance from 2026-01 and paid January to March (receipt 2026-0001), and member 0002 voluntary social
    insurance from 2026-01 on a declared 500,000 and paid October (2026-0002), 50,000 of it passed on."""
    path = tmp_path_factory.mktemp("payments") / "paid.db"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(cli.PASSWORD_ENV, DIRECTOR_PASSWORD)
        assert cli.main(["--db", str(path), "setup", "--name", "Сараа", "--login", DIRECTOR_LOGIN]) == 0
    conn = db.open_database(path)
    try:
        association.save(conn, writes.SYSTEM, association.Association(
            name="Алтан дэлхий ТББ", state_reg_no="9012345", aimag_code="64", soum_code="64-03",
            director="Б. Сарантуяа"))
        first = registered(conn, "Бат", "Оюун", "F", serial=1)
        second = registered(conn, "Ганбат", "Дорж", "M", "1985-03-02", serial=2)
        enrol(conn, first, "health", "2026-01")
        enrol(conn, second, "social", "2026-01", 500_000)
        pay(conn, first, *(("health", f"2026-0{m}", 15_840) for m in (1, 2, 3)))
        pay(conn, second, ("social", "2026-10", 106_920))
        remit(conn, "social_insurance", [remittances.Item(second, code(conn, "social"), "2026-10", 50_000)])
    finally:
        conn.close()
    return path


def _text(path) -> str:
    return " ".join(pdf_text(path).split())


@pytest.mark.parametrize(("job", "words"), [
    (["receipt", "--number", "2026-1"], ["Receipt No. 2026-0001", "Total paid ₮47,520"]),
    (["arrears", "--on", "2026-11-20", "--sort", "amount"], ["Arrears", "Apr–Oct 2026 (7) ₮110,880"]),
    (["payments-summary", "--authority", "social_insurance", "--year", "2026"],
     ["Social insurance office: members' payments", "₮91,080 ₮7,920 ₮7,920",
      "Still held by the association ₮104,440"]),
    (["payments-summary", "--authority", "tax", "--month", "2026-10"], ["Tax office", "Paid for Oct 2026"]),
    (["payment-statement", "--member", "1", "--year", "2026"], ["Statement of tax and insurance payments",
                                                                 "Paid ₮47,520"]),
    (["payment-statement", "--member", "1", "--from", "2026-02", "--to", "2026-03"], ["Feb 2026 – Mar 2026"]),
    (["payments-contribution", "--year", "2026"], ["Tax and insurance paid by the members", "Women"]),
])
def test_each_payment_report_writes_its_pdf(capsys, paid_db, tmp_path, job, words):
    out_file = tmp_path / "r.pdf"
    code_, out, err = run(capsys, "--lang", "en", "--db", paid_db, "report", *job, "--out", out_file)
    assert (code_, err) == (0, "")
    assert str(out_file) in out
    text = _text(out_file)
    for word in words:
        assert word in text


def test_a_report_in_mongolian_by_default(capsys, paid_db, tmp_path):
    code_, _out, err = run(capsys, "--db", paid_db, "report", "receipt", "--number", "2026-0002",
                           "--out", tmp_path / "r.pdf")
    assert (code_, err) == (0, "")
    assert "106,920 ₮" in _text(tmp_path / "r.pdf")


@pytest.mark.parametrize(("job", "status", "message"), [
    (["receipt", "--number", "2026-9999"], 1, "There is no receipt 2026-9999."),
    (["receipt", "--number", "twelve"], 1, "Write the receipt number as year and number"),
    (["payments-summary", "--authority", "pension", "--year", "2026"], 1,
     "There is no authority “pension”. Choose one of: tax, social_insurance."),
    (["payments-summary", "--authority", "tax", "--month", "2026-13"], 2, "2026-13 is not a month"),
    (["payments-summary", "--authority", "tax"], 2, "one of the arguments --month --year is required"),
    (["payment-statement", "--member", "999"], 1, "There is no member no. 999."),
    (["payment-statement", "--member", "1", "--year", "2026", "--from", "2026-01"], 1, "not both"),
    (["payment-statement", "--member", "1", "--from", "2026-05", "--to", "2026-02"], 1, "ends before it starts"),
    (["payments-contribution", "--year", "26"], 2, "26 is not a year"),
    (["arrears", "--sort", "colour"], 2, "invalid choice"),
])
def test_wrong_input_is_said_plainly(capsys, paid_db, tmp_path, job, status, message):
    out_file = tmp_path / "x.pdf"
    code_, _out, err = run(capsys, "--lang", "en", "--db", paid_db, "report", *job, "--out", out_file)
    assert code_ == status and message in err
    assert not out_file.exists()


def _rows(path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_export_round_trip(capsys, paid_db, tmp_path):
    out_file = tmp_path / "payments.csv"
    code_, out, err = run(capsys, "--lang", "en", "--db", paid_db, "payments", "export", out_file)
    assert (code_, err) == (0, "")
    assert out.strip() == f"Wrote 4 lines to {out_file}."
    rows = _rows(out_file)
    assert [(r["Receipt no."], r["Period"], r["Amount"]) for r in rows] == [
        ("2026-0001", "2026-01", "15840"), ("2026-0001", "2026-02", "15840"), ("2026-0001", "2026-03", "15840"),
        ("2026-0002", "2026-10", "106920")]
    assert rows[3]["Obligation"] == "Voluntary social insurance"

    code_, _out, err = run(capsys, "--lang", "en", "--db", paid_db, "payments", "export", tmp_path / "r.csv",
                           "--what", "remittances", "--year", "2026")
    assert (code_, err) == (0, "")
    assert [r["Amount"] for r in _rows(tmp_path / "r.csv")] == ["50000"]

    code_, _out, err = run(capsys, "--lang", "en", "--db", paid_db, "payments", "export", tmp_path / "s.xlsx",
                           "--what", "summary", "--authority", "social_insurance", "--year", "2026")
    assert (code_, err) == (0, "")
    sheet = list(openpyxl.load_workbook(tmp_path / "s.xlsx").worksheets[0].iter_rows(values_only=True))
    assert sheet[0][-1] == "Total" and [row[-1] for row in sheet[1:]] == [47_520, 106_920]


def test_export_refuses_what_it_cannot_do(capsys, paid_db, tmp_path):
    code_, _out, err = run(capsys, "--lang", "en", "--db", paid_db, "payments", "export", tmp_path / "s.csv",
                           "--what", "summary")
    assert code_ == 1 and "--authority" in err
    code_, _out, err = run(capsys, "--lang", "en", "--db", paid_db, "payments", "export", tmp_path / "s.csv",
                           "--what", "summary", "--authority", "nobody")
    assert code_ == 1 and "There is no authority “nobody”" in err
    code_, _out, err = run(capsys, "--lang", "en", "--db", paid_db, "payments", "export", tmp_path / "s.csv",
                           "--month", "2026-03")
    assert code_ == 1 and "only for the summary" in err
    assert not (tmp_path / "s.csv").exists()


def test_help_names_every_payment_job(capsys):
    code_, out, _err = run(capsys, "--lang", "en", "report", "--help")
    assert code_ == 0
    for job in ("receipt", "arrears", "payments-summary", "payment-statement", "payments-contribution"):
        assert job in out
    code_, out, _err = run(capsys, "--lang", "en", "payments", "export", "--help")
    assert code_ == 0 and "--what" in out and "negative for a reversal" in " ".join(out.split())
