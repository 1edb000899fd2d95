"""The summary for an authority (the tax office, the social insurance office) of a month or a year: what each
member paid for its obligations in those periods, divided into the parts of the rate, the totals, and how
much of it was passed on and how much the association still holds. Every figure comes from
`figures.summary`."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from asm_assoc.core import writes
from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import N_
from asm_assoc.core.payments import figures
from asm_assoc.core.progress import Progress
from asm_assoc.core.reports import layout
from asm_assoc.core.reports.layout import Column
from asm_assoc.core.reports.payment_common import PaymentReport, check_months

# More amount columns than this do not fit a portrait page with the member's name and РД.
PORTRAIT_COLUMNS = 2


def render_summary(conn: sqlite3.Connection, out: Path, *, actor: writes.Actor, authority_id: str, first: str,
                   last: str, lang: str = "mn", today: dt.date | None = None,
                   progress: Progress | None = None) -> Path:
    first, last = check_months(first, last)
    report = PaymentReport(conn, out, actor=actor, title=N_("{authority}: members' payments"), lang=lang,
                           today=today)
    authority = report.rates.authorities.get(authority_id)
    if authority is None:
        raise UserError(N_("Choose the authority."))
    tr, _ = report.tr, report.tr.gettext
    report.doc.title = report.doc.title.format(authority=authority.name(tr.lang))
    report.doc.subtitle = _("Paid for {periods}").format(periods=report.months_title(first, last))
    s = figures.summary(conn, report.rates, report.association_id, authority_id, first, last)
    if len(s.columns) > PORTRAIT_COLUMNS:
        report.widen()
    columns = [Column(_("No."), 0.9, "right"), Column(_("Member no."), 2), Column(_("Name"), 4.2),
               Column(_("Reg. no."), 2),
               *(Column(report.part(c.obligation_id, c.part), 3, "right") for c in s.columns),
               Column(_("Total"), 2.8, "right")]
    rows = [[tr.number(n), report.member_no(r.person), r.person.name, report.regnum(r.person),
             *(report.blank_money(r.amounts.get(c, 0)) for c in s.columns), tr.money(r.total)]
            for n, r in enumerate(s.rows, start=1)]
    total = ["", "", report.total_label(len(s.rows)), "", *(tr.money(s.column_total(c)) for c in s.columns),
        tr.money(sum(r.total for r in s.rows))]
    story: list = []
    if rows:
        story.append(report.table(columns, rows, total_row=total, flex=2))
    else:
        story.append(layout.paragraph(_("Nothing was paid to this authority for these periods.")))
    half = layout.block_width(report.doc.width, 2)
    money = [layout.heading(_("Collected and passed on")), report.facts([
        (_("Collected from members for these periods"), tr.money(s.collected)),
        (_("Passed on to the authority"), tr.money(s.remitted)),
        (_("Still held by the association"), tr.money(s.held)),
    ], half)]
    notes = report.notes([
        _("Payments are counted for the period they pay for, whatever the day they were paid; a cancelled "
          "receipt counts for nothing."),
        _("A payment is divided among the parts of the rate in force for its period, in proportion to the "
          "parts; leftover tögrög go to the parts with the largest remainders, so the parts add up to the "
          "payment."),
    ])
    # Side by side, so that a short list keeps its signatures on its first page.
    story += [Spacer(1, 3 * mm), layout.side_by_side([money, notes], report.doc.width)]
    return report.build(story, signatures=[report.director(), report.treasurer()], progress=progress)
