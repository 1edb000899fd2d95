"""A member's statement of tax and insurance payments: for each obligation and period what was due, what was
paid and what is left (a negative balance is paid ahead), the totals, and the receipts of those months with
the reversals marked. Every figure comes from `figures.statement`."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from asm_assoc.core import writes
from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import N_
from asm_assoc.core.payments import collections, figures, people
from asm_assoc.core.payments.figures import Statement
from asm_assoc.core.progress import Progress
from asm_assoc.core.reports import layout
from asm_assoc.core.reports.layout import Column
from asm_assoc.core.reports.payment_common import PaymentReport, check_months, fields


def render_statement(conn: sqlite3.Connection, out: Path, *, actor: writes.Actor, member_id: str, first: str,
                     last: str, lang: str = "mn", today: dt.date | None = None,
                     progress: Progress | None = None) -> Path:
    first, last = check_months(first, last)
    person = people.get(conn, member_id)
    if person is None:
        raise UserError(N_("Choose a member."))
    report = PaymentReport(conn, out, actor=actor, title=N_("Statement of tax and insurance payments"), lang=lang,
                           today=today)
    tr, _ = report.tr, report.tr.gettext
    report.doc.subtitle = f"{report.member_no(person)} · {person.name} · {report.months_title(first, last)}"
    s = figures.statement(conn, report.rates, member_id, first, last)
    half = layout.block_width(report.doc.width, 2)
    story: list = [layout.side_by_side([
        [fields([(_("Member no."), report.member_no(person)), (_("Name"), person.name),
                 (_("Registration number"), report.regnum(person) or "–")], half)],
        [report.facts([(_("Due"), tr.money(s.due)), (_("Paid"), tr.money(s.paid)),
                       (_("Still owed"), tr.money(s.owed)), (_("Paid ahead"), tr.money(s.ahead))], half)],
    ], report.doc.width)]
    story += [layout.heading(_("Due and paid")), *_periods(report, s)]
    story += [layout.heading(_("Receipts")), *_receipts(report, s)]
    notes = [_("Balance: what is still owed for the period; a negative balance was paid ahead of what is owed.")]
    if any(r.due is None for r in s.rows):
        notes.append(_("An obligation whose amount is entered each time owes what was paid."))
    story += report.notes(notes)
    return report.build(story, signatures=[report.treasurer()], progress=progress)


def _periods(report: PaymentReport, s: Statement) -> list:
    tr, _ = report.tr, report.tr.gettext
    if not s.rows:
        return [layout.paragraph(_("Nothing was due or paid for these months."))]
    rows, previous = [], None
    for r in s.rows:
        # The obligation is named on its first line only: the periods under it read as a list.
        name = report.obligation(r.obligation_id) if r.obligation_id != previous else ""
        previous = r.obligation_id
        due = r.paid if r.due is None else r.due
        rows.append([name, report.period(r.obligation_id, r.period), tr.money(due), report.blank_money(r.paid),
                     tr.money(r.balance) if r.balance else ""])
    columns = [Column(_("Obligation"), 5), Column(_("Period"), 3.2), Column(_("Due"), 2.4, "right"),
               Column(_("Paid"), 2.4, "right"), Column(_("Balance"), 2.4, "right")]
    total = [_("Total"), "", tr.money(s.due), tr.money(s.paid), tr.money(s.owed - s.ahead)]
    return [report.table(columns, rows, total_row=total, flex=0)]


def _receipts(report: PaymentReport, s: Statement) -> list:
    tr, _ = report.tr, report.tr.gettext
    if not s.receipts:
        return [layout.paragraph(_("No receipts in these months."))]
    numbers = {c.id: c.receipt_no for c in s.receipts}
    dates = {c.id: c.paid_on for c in s.receipts}
    rows = []
    for c in s.receipts:
        if c.reverses:
            original = numbers.get(c.reverses) or collections.get(report.conn, c.reverses).receipt_no
            note = _("Cancels receipt {number}").format(number=original)
        elif c.reversed_by:
            day = dates.get(c.reversed_by) or collections.get(report.conn, c.reversed_by).paid_on
            note = _("Cancelled on {date}").format(date=tr.date(day))
        else:
            note = c.reference
        rows.append([c.receipt_no, tr.date(c.paid_on), tr.money(c.amount),
                     report.label(collections.METHODS, c.method), note])
    columns = [Column(_("Receipt no."), 2.4), Column(_("Date"), 2.4), Column(_("Amount"), 2.4, "right"),
               Column(_("How paid"), 3.6), Column(_("Note"), 4.6)]
    total = [_("Total"), "", tr.money(sum(c.amount for c in s.receipts)), "", ""]
    return [report.table(columns, rows, total_row=total, flex=4)]
