"""The payment books out to CSV or Excel, one row per movement so that a spreadsheet can filter and sum them:
the members' payments (one row per obligation and period of each receipt), the remittances (one row per item),
the arrears as of a day (one row per period owed), and the summary for an authority (one row per member).

Amounts are plain integers of tögrög (negative for a reversal) and periods are YYYY-MM, so that a spreadsheet
sums and sorts them; РД is masked as in the printouts for a role without the right to see it."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from asm_assoc.core import access, association, i18n, tabular, writes
from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import N_, Translator
from asm_assoc.core.payments import collections, figures, months, obligations, people
from asm_assoc.core.payments.obligations import Rates

WHATS = ("collections", "remittances", "arrears", "summary")
MEMBER = (N_("Member no."), N_("Name"), N_("Reg. no."))
COLLECTION_HEADERS = (N_("Receipt no."), N_("Date"), *MEMBER, N_("Obligation"), N_("Period"), N_("Amount"),
                      N_("How paid"), N_("Reference"), N_("Received by"), N_("Cancels receipt no."))
REMITTANCE_HEADERS = (N_("Date"), N_("Authority"), N_("Authority's receipt no."), *MEMBER, N_("Obligation"),
                      N_("Period"), N_("Amount"), N_("Reversal"))
ARREARS_HEADERS = (*MEMBER, N_("Obligation"), N_("Period"), N_("Amount owed"))


def export_payments(conn: sqlite3.Connection, path: Path, *, actor: writes.Actor, what: str, year: int | None = None,
                    lang: str = "en", authority_id: str | None = None, first: str | None = None,
                    last: str | None = None, today: dt.date | None = None) -> int:
    """Write `what` ("collections", "remittances" or "arrears"; "summary" with `authority_id` and `first` and
    `last` months, or a `year`) to `path` (.csv or .xlsx); returns the number of rows. Payments and
    remittances are those made in `year` (all when None); arrears are as of `today`."""
    access.require(actor, "reports.print")
    if what not in WHATS:
        raise UserError(N_("Choose what to export: collections, remittances, arrears or summary."))
    association_id = association.current_id(conn)
    if association_id is None:
        raise UserError(N_("Enter the association's profile first."))
    book = _Book(conn, actor, i18n.translator(lang), association_id)
    _ = book.tr.gettext
    if what == "collections":
        headers, rows = [_(h) for h in COLLECTION_HEADERS], book.collections(year)
    elif what == "remittances":
        headers, rows = [_(h) for h in REMITTANCE_HEADERS], book.remittances(year)
    elif what == "arrears":
        headers, rows = [_(h) for h in ARREARS_HEADERS], book.arrears(today or dt.date.today())
    else:
        if authority_id is None:
            raise UserError(N_("Choose the authority."))
        if first is None or last is None:
            if year is None:
                raise UserError(N_("Choose the month or the year of the summary."))
            first, last = f"{year:04d}-01", f"{year:04d}-12"
        headers, rows = book.summary(authority_id, months.parse(first), months.parse(last))
    tabular.write_table(path, headers, rows)
    return len(rows)


class _Book:
    """The association's payment books as rows of cells, in one language."""

    def __init__(self, conn: sqlite3.Connection, actor: writes.Actor, tr: Translator, association_id: str) -> None:
        self.conn, self.actor, self.tr, self.association_id = conn, actor, tr, association_id
        self.rates: Rates = obligations.load(conn, with_archived=True)
        self.members = people.of_association(conn, association_id)

    def member(self, member_id: str) -> list[object]:
        p = self.members[member_id]
        return [f"{p.member_no:04d}", p.name, p.shown_regnum(self.actor)]

    def obligation(self, obligation_id: str) -> str:
        found = self.rates.obligations.get(obligation_id)
        return found.name(self.tr.lang) if found else ""

    def _year(self, column: str, year: int | None) -> tuple[str, list[object]]:
        if year is None:
            return "", []
        return f" AND {column} >= ? AND {column} < ?", [f"{year:04d}-01-01", f"{year + 1:04d}-01-01"]

    def collections(self, year: int | None) -> list[list[object]]:
        where, params = self._year("c.paid_on", year)
        _ = self.tr.gettext
        rows = []
        for (c_year, number, paid_on, member_id, obligation_id, period, amount, method, reference, by, o_year,
             o_number) in self.conn.execute(
                "SELECT c.year, c.number, c.paid_on, a.member_id, a.obligation_id, a.period, a.amount, c.method, "
                "coalesce(c.reference, ''), coalesce(c.received_by, ''), o.year, o.number "
                "FROM payment_allocation a JOIN payment_collection c ON c.id = a.collection_id "
                "LEFT JOIN payment_collection o ON o.id = c.reverses "
                "LEFT JOIN payment_obligation ob ON ob.id = a.obligation_id "
                f"WHERE c.association_id = ?{where} ORDER BY c.paid_on, c.rowid, ob.sort_order, a.period",
                [self.association_id, *params]):
            rows.append([
                collections.receipt_text(c_year, number) if number is not None else "", paid_on,
                *self.member(member_id), self.obligation(obligation_id), period, amount,
                _(collections.METHODS[method]) if method in collections.METHODS else method, reference, by,
                collections.receipt_text(o_year, o_number) if o_number is not None else ""])
        return rows

    def remittances(self, year: int | None) -> list[list[object]]:
        where, params = self._year("r.paid_on", year)
        _ = self.tr.gettext
        authorities = {a_id: (mn if self.tr.lang == "mn" else en) for a_id, mn, en in self.conn.execute(
            "SELECT id, name_mn, name_en FROM payment_authority")}  # set aside ones too: they were paid
        rows = []
        for paid_on, authority_id, receipt_no, member_id, obligation_id, period, amount, reversal in self.conn.execute(
                "SELECT r.paid_on, r.authority_id, r.receipt_no, i.member_id, i.obligation_id, i.period, i.amount, "
                "r.reverses IS NOT NULL FROM payment_remittance_item i "
                "JOIN payment_remittance r ON r.id = i.remittance_id JOIN member m ON m.id = i.member_id "
                f"WHERE r.association_id = ?{where} ORDER BY r.paid_on, r.rowid, m.member_no, i.period",
                [self.association_id, *params]):
            rows.append([paid_on, authorities.get(authority_id, ""), receipt_no, *self.member(member_id),
                         self.obligation(obligation_id), period, amount, _("Yes") if reversal else ""])
        return rows

    def arrears(self, on: dt.date) -> list[list[object]]:
        # Obligations set aside are no longer owed, as in the printed arrears list.
        rates = obligations.load(self.conn)
        found = figures.arrears(self.conn, rates, self.association_id, on, sort="number")
        return [[*self.member(a.person.id), self.obligation(obligation_id), period, amount]
                for a in found for obligation_id in rates.obligations
                for period, amount in a.periods.get(obligation_id, [])]

    def summary(self, authority_id: str, first: str, last: str) -> tuple[list[str], list[list[object]]]:
        if authority_id not in self.rates.authorities:
            raise UserError(N_("Choose the authority."))
        if last < first:
            raise UserError(N_("The period ends before it starts."))
        s = figures.summary(self.conn, self.rates, self.association_id, authority_id, first, last)
        _ = self.tr.gettext
        headers = [*(_(h) for h in MEMBER), *(self._column(c) for c in s.columns), _("Total")]
        rows = [[*self.member(r.person.id), *(r.amounts.get(c, 0) for c in s.columns), r.total] for r in s.rows]
        return headers, rows

    def _column(self, column: figures.Column) -> str:
        """The obligation, and the part after it for an obligation in several parts."""
        name = self.obligation(column.obligation_id)
        if len(self.rates.parts(column.obligation_id)) <= 1:
            return name
        part = obligations.PARTS.get(column.part, column.part)
        return f"{name}: {self.tr.gettext(part)}"
