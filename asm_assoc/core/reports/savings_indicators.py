"""Savings-group indicators for funders: all groups together by sex, then each group, with every formula in
the footnotes. The same figures go to the data sheet (`savings.datasheet`)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from asm_assoc.core import access, association, i18n, writes
from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import N_, Translator
from asm_assoc.core.progress import Progress
from asm_assoc.core.reports import layout
from asm_assoc.core.reports.layout import Column
from asm_assoc.core.reports.savings_common import percent
from asm_assoc.core.savings import indicators
from asm_assoc.core.savings.indicators import FORMULAS, Figures


def _by_sex_rows(tr: Translator, f: Figures) -> list[list[str]]:
    """Indicators as rows, with columns: all, women, men ("–" where an indicator has no split)."""
    _ = tr.gettext
    m = tr.money

    def split(fn) -> list[str]:
        return [fn(None), fn("F"), fn("M")]

    def money_or_dash(value: float | None) -> str:
        return "–" if value is None else m(round(value))

    return [
        [_("Members"), *split(lambda s: tr.number(f.member_count(s)))],
        [_("Women's share"), percent(tr, f.women_share()), "", ""],
        [_("Attendance rate"), *split(lambda s: percent(tr, f.attendance_rate(s)))],
        [_("Total savings"), *split(lambda s: m(f.total_savings(s)))],
        [_("Savings per member"), *split(lambda s: money_or_dash(f.savings_per_member(s)))],
        [_("Loans outstanding (number)"), *split(lambda s: tr.number(f.loans_outstanding(s)[0]))],
        [_("Loans outstanding (value)"), *split(lambda s: m(f.loans_outstanding(s)[1]))],
        [_("Portfolio at risk"), *split(lambda s: percent(tr, f.portfolio_at_risk(s)))],
        [_("Loan fund utilisation"), percent(tr, f.loan_fund_utilisation()), "", ""],
        [_("Return on savings"), percent(tr, f.return_on_savings()), "", ""],
        [_("Annualised return on assets"), percent(tr, f.return_on_assets()), "", ""],
        [_("Drop-out rate"), *split(lambda s: percent(tr, f.dropout_rate(s)))],
    ]


def render_indicators_pdf(conn: sqlite3.Connection, out: Path, *, actor: writes.Actor, group_id: str | None = None,
                          lang: str = "mn", today: dt.date | None = None,
                          progress: Progress | None = None) -> Path:
    """Indicators of every group's open cycle (or of one group's) on `today`."""
    access.require(actor, "reports.print")
    profile = association.get(conn)
    if profile is None:
        raise UserError(N_("Enter the association's profile first."))
    day = today or dt.date.today()
    cycles = [c for c in indicators.open_cycles(conn) if group_id in (None, c.group_id)]
    found = indicators.figures(conn, cycles, day)
    total = Figures.sum(found.values())
    tr = i18n.translator(lang)
    _ = tr.gettext
    scope = cycles[0].group_name if group_id and cycles else _("{count} groups").format(count=tr.number(len(cycles)))
    doc = layout.ReportDocument(out, tr, profile, _("Savings group indicators"),
                                _("{scope} · as of {date}").format(scope=scope, date=tr.date(day)), wide=True,
                                printed_on=today)
    story: list = [layout.heading(_("All groups, by sex")), layout.data_table(
        [Column(_("Indicator"), 5), Column(_("All"), 2.5, "right"), Column(_("Women"), 2.5, "right"),
         Column(_("Men"), 2.5, "right")], _by_sex_rows(tr, total), doc.width * 0.65)]
    columns = [Column(_("Group"), 4), Column(_("Members"), 2.1, "right"), Column(_("Women"), 1.9, "right"),
               Column(_("Attendance"), 2.5, "right"), Column(_("Savings"), 2.8, "right"),
               Column(_("Per member"), 2.4, "right"), Column(_("Loans"), 1.6, "right"),
               Column(_("Loans value"), 2.6, "right"), Column(_("PAR"), 1.6, "right"),
               Column(_("Utilisation"), 2.4, "right"), Column(_("Return on savings"), 2.3, "right"),
               Column(_("Drop-out"), 2.1, "right")]

    def row(name: str, f: Figures) -> list[str]:
        per = f.savings_per_member()
        return [name, tr.number(f.member_count()), percent(tr, f.women_share()), percent(tr, f.attendance_rate()),
                tr.money(f.total_savings()), "–" if per is None else tr.money(round(per)),
                tr.number(f.loans_outstanding()[0]), tr.money(f.loans_outstanding()[1]),
                percent(tr, f.portfolio_at_risk()), percent(tr, f.loan_fund_utilisation()),
                percent(tr, f.return_on_savings()), percent(tr, f.dropout_rate())]

    if progress:
        progress(0, len(cycles))
    rows = [row(c.group_name, found[c.cycle_id]) for c in cycles]
    story += [layout.heading(_("Each group")), layout.data_table(columns, rows, doc.width,
                                                                 total_row=row(_("All groups"), total))]
    story += [layout.heading(_("How each figure is worked out"))]
    story += [layout.paragraph(f"{n}. {_(text)}", "small") for n, text in enumerate(FORMULAS.values(), start=1)]
    story.append(layout.paragraph(_("Women: members recorded as female; men: the others. Figures are for each "
                                    "group's open cycle."), "small"))
    return doc.build(story, signatures=[layout.Signature(_("Executive director"), profile.director)],
                     progress=progress)
