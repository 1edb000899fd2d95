"""The payment printouts and exports: each renders in both languages and shows the figures worked out by hand;
a cancelled receipt says so; РД is masked for a viewer; the exports hold plain amounts a spreadsheet can sum."""

from __future__ import annotations

import csv

import openpyxl
import pytest
from payment_support import TODAY, authority, code, enrol, pay, rates, registered, remit
from pdf_text import pdf_text

from asm_assoc.core import writes
from asm_assoc.core.errors import UserError
from asm_assoc.core.payments import collections, enrolments, remittances
from asm_assoc.core.payments.exports import export_payments
from asm_assoc.core.reports.payment_arrears import render_arrears
from asm_assoc.core.reports.payment_contribution import render_contribution
from asm_assoc.core.reports.payment_receipt import render_receipt
from asm_assoc.core.reports.payment_statement import render_statement
from asm_assoc.core.reports.payment_summary import render_summary

VIEWER = writes.Actor("u3", "Номин", "viewer")
HEALTH = 15_840  # 2 % of the minimum wage of 792,000, a month
SOCIAL = 106_920  # 13.5 % of the minimum wage: the declared 500,000 is below it


@pytest.fixture
def books(conn):
    """Оюун (F) owes health insurance from 2026-01 and paid January to March (receipt 2026-0001); Дорж (M)
    owes voluntary social insurance from 2026-01 on a declared 500,000 and paid October (2026-0002), of which
    100,000 was passed on to the social insurance office."""
    oyuun = registered(conn, "Бат", "Оюун", "F", serial=1)
    dorj = registered(conn, "Ганбат", "Дорж", "M", "1985-03-02", serial=2)
    enrol(conn, oyuun, "health", "2026-01")
    enrol(conn, dorj, "social", "2026-01", 500_000)
    first = pay(conn, oyuun, *(("health", f"2026-0{m}", HEALTH) for m in (1, 2, 3)))
    second = pay(conn, dorj, ("social", "2026-10", SOCIAL), method=collections.BANK)
    remit(conn, "social_insurance", [remittances.Item(dorj, code(conn, "social"), "2026-10", 100_000)])
    return conn, {"oyuun": oyuun, "dorj": dorj, "first": first.id, "second": second.id}


def _flat(path) -> str:
    return " ".join(pdf_text(path).split())


def _pages(path) -> int:
    return pdf_text(path).count("\f")


def _render(kind: str, conn, ids: dict, out, lang: str, actor=writes.SYSTEM):
    args = {"actor": actor, "lang": lang, "today": TODAY}
    if kind == "receipt":
        return render_receipt(conn, out, collection_id=ids["first"], **args)
    if kind == "statement":
        return render_statement(conn, out, member_id=ids["oyuun"], first="2026-01", last="2026-12", **args)
    if kind == "arrears":
        return render_arrears(conn, out, on=TODAY, **args)
    if kind == "summary":
        return render_summary(conn, out, authority_id=authority(conn, "social_insurance"), first="2026-01",
                              last="2026-12", **args)
    return render_contribution(conn, out, year=2026, **args)


@pytest.mark.parametrize("lang", ["mn", "en"])
@pytest.mark.parametrize("kind", ["receipt", "statement", "arrears", "summary", "contribution"])
def test_each_printout_renders_in_both_languages(books, tmp_path, kind, lang):
    conn, ids = books
    text = _flat(_render(kind, conn, ids, tmp_path / f"{kind}.pdf", lang))
    assert "Алтан дэлхий ТББ" in text
    money = "47,520 ₮" if lang == "mn" else "₮47,520"
    assert money in text or kind == "arrears"
    if kind != "contribution":
        assert "Бат Оюун" in text


def test_the_arrears_count_only_the_months_that_have_ended(books, tmp_path):
    conn, _ids = books
    text = _flat(render_arrears(conn, tmp_path / "a.pdf", actor=writes.SYSTEM, on=TODAY, lang="en", today=TODAY))
    # Оюун paid January to March: April to October are late (7 × 15,840); November is the current month.
    assert "0001 Бат Оюун Apr–Oct 2026 (7) ₮110,880" in text
    # Дорж paid October only: January to September are late (9 × 106,920 = 962,280).
    assert "Jan–Sep 2026 (9) ₮962,280" in text
    assert "Total, 2 members ₮110,880 ₮962,280 ₮1,073,160" in text
    assert "the current month (or quarter, or year) is not late" in text


def test_the_arrears_sort_by_amount_and_refuse_an_unknown_order(books, tmp_path):
    conn, _ids = books
    text = _flat(render_arrears(conn, tmp_path / "a.pdf", actor=writes.SYSTEM, on=TODAY, sort="amount",
                                lang="en", today=TODAY))
    assert text.index("Ганбат Дорж") < text.index("Бат Оюун")
    with pytest.raises(UserError):
        render_arrears(conn, tmp_path / "b.pdf", actor=writes.SYSTEM, on=TODAY, sort="colour")


def test_the_receipt_shows_its_number_member_lines_and_total_on_one_half_sheet(books, tmp_path):
    conn, ids = books
    out = render_receipt(conn, tmp_path / "r.pdf", actor=writes.SYSTEM, collection_id=ids["first"], lang="en",
                         today=TODAY)
    text = _flat(out)
    assert "Receipt No. 2026-0001" in text
    assert "0001 · Бат Оюун" in text and "УБ90050101" in text
    for month in ("Jan 2026", "Feb 2026", "Mar 2026"):
        assert f"Health insurance {month} ₮15,840" in text
    assert "Total paid ₮47,520" in text and "Cash" in text
    assert _pages(out) == 1
    mn = _flat(render_receipt(conn, tmp_path / "m.pdf", actor=writes.SYSTEM, collection_id=ids["second"],
                              today=TODAY))
    assert "2026-0002" in mn and "106,920 ₮" in mn


def test_a_long_receipt_still_fits_its_half_sheet(conn, tmp_path):
    member = registered(conn, "Бат", "Оюун", "F")
    enrol(conn, member, "health", "2026-01")
    enrol(conn, member, "social", "2026-01", 900_000)
    lines = [("health", f"2026-{m:02d}", HEALTH) for m in range(1, 13)]
    lines += [("social", f"2026-{m:02d}", 121_500) for m in range(1, 13)]
    receipt = pay(conn, member, *lines)
    for lang in ("mn", "en"):
        out = render_receipt(conn, tmp_path / f"{lang}.pdf", actor=writes.SYSTEM, collection_id=receipt.id,
                             lang=lang, today=TODAY)
        assert _pages(out) == 1
    text = _flat(tmp_path / "en.pdf")
    assert "Health insurance Jan–Dec 2026 (12) ₮190,080" in text
    assert "Total paid ₮1,648,080" in text


def test_a_cancelled_receipt_and_its_cancellation_notice(books, tmp_path):
    conn, ids = books
    reversal = collections.reverse(conn, writes.SYSTEM, ids["first"], "Буруу гишүүн", today=TODAY)
    cancelled = render_receipt(conn, tmp_path / "c.pdf", actor=writes.SYSTEM, collection_id=ids["first"],
                               lang="en", today=TODAY)
    text = _flat(cancelled)
    assert "CANCELLED" in text and "Cancelled on Nov 20, 2026" in text and "Буруу гишүүн" in text
    assert _pages(cancelled) == 1
    notice = _flat(render_receipt(conn, tmp_path / "n.pdf", actor=writes.SYSTEM, collection_id=reversal,
                                  lang="en", today=TODAY))
    assert "Cancellation of receipt No. 2026-0001" in notice
    assert "Receipt No. 2026-0001 of Nov 2, 2026 is cancelled" in notice and "Total cancelled ₮47,520" in notice


def test_the_summary_divides_social_insurance_into_its_parts(books, tmp_path):
    conn, _ids = books
    text = _flat(render_summary(conn, tmp_path / "s.pdf", actor=writes.SYSTEM,
                                authority_id=authority(conn, "social_insurance"), first="2026-01", last="2026-12",
                                lang="en", today=TODAY))
    assert "Social insurance office: members' payments" in text and "Paid for 2026" in text
    # 11.5 %, 1 % and 1 % of 792,000.
    assert "0002 Ганбат Дорж УБ85030212 ₮91,080 ₮7,920 ₮7,920 ₮106,920" in text
    assert "0001 Бат Оюун УБ90050101 ₮47,520 ₮47,520" in text
    assert "Total, 2 members ₮47,520 ₮91,080 ₮7,920 ₮7,920 ₮154,440" in text
    assert "Collected from members for these periods ₮154,440" in text
    assert "Passed on to the authority ₮100,000" in text
    assert "Still held by the association ₮54,440" in text
    assert "Executive director" in text and "Treasurer" in text


def test_a_monthly_summary_and_an_authority_nobody_paid(books, tmp_path):
    conn, _ids = books
    text = _flat(render_summary(conn, tmp_path / "m.pdf", actor=writes.SYSTEM,
                                authority_id=authority(conn, "social_insurance"), first="2026-10", last="2026-10",
                                lang="en", today=TODAY))
    assert "Paid for Oct 2026" in text and "Бат Оюун" not in text and "Still held by the association ₮6,920" in text
    tax = _flat(render_summary(conn, tmp_path / "t.pdf", actor=writes.SYSTEM, authority_id=authority(conn, "tax"),
                               first="2026-01", last="2026-12", lang="en", today=TODAY))
    assert "Tax office" in tax and "Nothing was paid to this authority" in tax
    with pytest.raises(UserError):
        render_summary(conn, tmp_path / "x.pdf", actor=writes.SYSTEM, authority_id="nope", first="2026-01",
                       last="2026-12")
    with pytest.raises(UserError):
        render_summary(conn, tmp_path / "x.pdf", actor=writes.SYSTEM, authority_id=authority(conn, "tax"),
                       first="2026-12", last="2026-01")
    with pytest.raises(UserError):
        render_summary(conn, tmp_path / "x.pdf", actor=writes.SYSTEM, authority_id=authority(conn, "tax"),
                       first="2026-13", last="2026-12")


def test_the_contribution_splits_women_and_men(books, tmp_path):
    conn, _ids = books
    text = _flat(render_contribution(conn, tmp_path / "c.pdf", actor=writes.SYSTEM, year=2026, lang="en",
                                     today=TODAY))
    assert "Obligation Women Men Total" in text
    assert "Health insurance ₮47,520 ₮0 ₮47,520" in text
    assert "Voluntary social insurance ₮0 ₮106,920 ₮106,920" in text
    assert "Total ₮47,520 ₮106,920 ₮154,440" in text
    assert "Health insurance 1 0 1" in text and "Total 1 1 2" in text
    assert "Nothing was paid" in _flat(render_contribution(conn, tmp_path / "e.pdf", actor=writes.SYSTEM,
                                                            year=2020, lang="en"))


def test_the_statement_shows_what_is_owed_and_paid_ahead(books, tmp_path):
    conn, ids = books
    december = pay(conn, ids["oyuun"], ("health", "2026-12", HEALTH), on="2026-11-15")
    # She stops owing health insurance from December: what she paid for it is now paid ahead.
    enrolments.set_from(conn, writes.SYSTEM, rates(conn), member_id=ids["oyuun"],
                        obligation_id=code(conn, "health"), from_month="2026-12", active=False)
    collections.reverse(conn, writes.SYSTEM, ids["first"], "Давхар", today=TODAY)
    text = _flat(render_statement(conn, tmp_path / "s.pdf", actor=writes.SYSTEM, member_id=ids["oyuun"],
                                  first="2026-01", last="2026-12", lang="en", today=TODAY))
    assert "0001 · Бат Оюун · 2026" in text
    # Eleven months of 15,840 owed, nothing left paid for them; December paid ahead.
    assert "Due ₮174,240 Paid ₮15,840 Still owed ₮174,240 Paid ahead ₮15,840" in text
    assert "Dec 2026 ₮0 ₮15,840 -₮15,840" in text
    assert "Cancelled on Nov 20, 2026" in text and "Cancels receipt 2026-0001" in text
    assert collections.get(conn, december.id).receipt_no in text


def test_a_viewer_sees_the_registration_numbers_masked(books, tmp_path):
    conn, ids = books
    for kind in ("receipt", "summary"):
        text = _flat(_render(kind, conn, ids, tmp_path / f"{kind}.pdf", "en", actor=VIEWER))
        assert "УБ90050101" not in text and "УБ••••••••" in text
    path = tmp_path / "c.csv"
    export_payments(conn, path, actor=VIEWER, what="collections")
    assert "УБ90050101" not in path.read_text(encoding="utf-8-sig")


def _rows(path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_the_exports_hold_plain_amounts_and_periods(books, tmp_path):
    conn, ids = books
    collections.reverse(conn, writes.SYSTEM, ids["first"], "Буруу", today=TODAY)
    assert export_payments(conn, tmp_path / "c.csv", actor=writes.SYSTEM, what="collections", year=2026) == 7
    rows = _rows(tmp_path / "c.csv")
    assert [r["Receipt no."] for r in rows] == ["2026-0001"] * 3 + ["2026-0002"] + [""] * 3
    assert rows[0]["Period"] == "2026-01" and rows[0]["Amount"] == "15840"
    assert rows[3]["Obligation"] == "Voluntary social insurance" and rows[3]["How paid"] == "Bank transfer"
    assert {r["Cancels receipt no."] for r in rows[4:]} == {"2026-0001"}
    assert sum(int(r["Amount"]) for r in rows) == SOCIAL
    assert export_payments(conn, tmp_path / "none.csv", actor=writes.SYSTEM, what="collections", year=2025) == 0

    export_payments(conn, tmp_path / "r.csv", actor=writes.SYSTEM, what="remittances")
    (item,) = _rows(tmp_path / "r.csv")
    assert (item["Authority"], item["Authority's receipt no."], item["Amount"], item["Reversal"]) == (
        "Social insurance office", "НД-0457", "100000", "")

    export_payments(conn, tmp_path / "a.csv", actor=writes.SYSTEM, what="arrears", today=TODAY)
    owed = [r for r in _rows(tmp_path / "a.csv") if r["Name"] == "Бат Оюун"]
    assert [r["Period"] for r in owed] == [f"2026-{m:02d}" for m in range(1, 11)]  # the receipt was reversed
    assert {r["Amount owed"] for r in owed} == {"15840"}

    export_payments(conn, tmp_path / "s.xlsx", actor=writes.SYSTEM, what="summary", year=2026, lang="mn",
                    authority_id=authority(conn, "social_insurance"))
    sheet = openpyxl.load_workbook(tmp_path / "s.xlsx").worksheets[0]
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][:3] == ("Гишүүний дугаар", "Овог, нэр", "РД")
    assert values[1][3:] == (0, 91_080, 7_920, 7_920, SOCIAL)  # the health column first, then the three parts


def test_an_export_keeps_a_formula_from_running(books, tmp_path):
    conn, ids = books
    payment = collections.Payment(ids["dorj"], "2026-11-03", [collections.Line(code(conn, "social"), "2026-09",
                                                                               SOCIAL)],
                                  method=collections.BANK, reference="=HYPERLINK(\"x\")")
    collections.record(conn, writes.SYSTEM, rates(conn), payment, today=TODAY)
    export_payments(conn, tmp_path / "c.csv", actor=writes.SYSTEM, what="collections")
    assert "'=HYPERLINK" in (tmp_path / "c.csv").read_text(encoding="utf-8-sig")


def test_an_export_is_refused_what_it_cannot_do(books, tmp_path):
    conn, _ids = books
    with pytest.raises(UserError):
        export_payments(conn, tmp_path / "x.csv", actor=writes.SYSTEM, what="everything")
    with pytest.raises(UserError):
        export_payments(conn, tmp_path / "x.csv", actor=writes.SYSTEM, what="summary", year=2026)
    with pytest.raises(UserError):
        export_payments(conn, tmp_path / "x.txt", actor=writes.SYSTEM, what="collections")
