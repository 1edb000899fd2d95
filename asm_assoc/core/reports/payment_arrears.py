"""The arrears list as of a day: one line per member who owes for periods that have ended, with the periods
owed and the amount for each obligation, and the total. Every figure comes from `figures.arrears`."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from asm_assoc.core import writes
from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import N_
from asm_assoc.core.payments import figures, obligations
from asm_assoc.core.progress import Progress
from asm_assoc.core.reports import layout
from asm_assoc.core.reports.layout import Column
from asm_assoc.core.reports.payment_common import PaymentReport

SORTS = {"name": N_("by name"), "number": N_("by member number"), "amount": N_("largest amount first"),
         "periods": N_("most periods first")}


def render_arrears(conn: sqlite3.Connection, out: Path, *, actor: writes.Actor, on: dt.date, sort: str = "name",
                   lang: str = "mn", today: dt.date | None = None, progress: Progress | None = None) -> Path:
    if sort not in figures.SORTS:
        raise UserError(N_("Sort the list by name, number, amount or periods."))
    report = PaymentReport(conn, out, actor=actor, title=N_("Arrears"), lang=lang, today=today)
    tr, _ = report.tr, report.tr.gettext
    # Obligations set aside are no longer owed: only those in force are asked of members.
    rates = obligations.load(conn)
    found_rows = figures.arrears(conn, rates, report.association_id, on, sort=sort)
    owing = [o for o in rates.obligations if any(o in a.periods for a in found_rows)]
    if len(owing) > 1:
        report.widen()
    report.doc.subtitle = " · ".join((_("as of {date}").format(date=tr.date(on)), _(SORTS[sort])))
    columns = [Column(_("No."), 1, "right"), Column(_("Member no."), 2.2), Column(_("Name"), 5)]
    for o in owing:
        columns += [Column(report.obligation(o), 5), Column(_("Amount"), 2.6, "right")]
    columns.append(Column(_("Total owed"), 2.8, "right"))
    rows = []
    for n, a in enumerate(found_rows, start=1):
        row = [tr.number(n), report.member_no(a.person), a.person.name]
        for o in owing:
            periods = [p for p, _amount in a.periods.get(o, [])]
            row += [report.periods_text(o, periods) if periods else "", report.blank_money(a.owed(o))]
        rows.append([*row, tr.money(a.amount)])
    total = ["", "", report.total_label(len(found_rows))]
    for o in owing:
        total += ["", tr.money(sum(a.owed(o) for a in found_rows))]
    total.append(tr.money(sum(a.amount for a in found_rows)))
    story: list = []
    if rows:
        story.append(report.table(columns, rows, total_row=total, flex=2))
    else:
        story.append(layout.paragraph(_("Nobody owes for a period that has ended.")))
    story += report.notes([
        _("A period counts as late once it has ended: the current month (or quarter, or year) is not late."),
        _("Periods owed are written as runs of months; the number of periods is in brackets."),
        _("Members who have left owe only for the months up to the month they left."),
    ])
    return report.build(story, progress=progress)
