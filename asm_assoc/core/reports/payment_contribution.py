"""The association's yearly contribution: the tax and insurance its members paid for the periods of a year,
per obligation, by sex, and how many members paid, by sex. Every figure comes from `figures.contribution`."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from asm_assoc.core import members, writes
from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import N_
from asm_assoc.core.payments import figures
from asm_assoc.core.payments.figures import ContributionRow
from asm_assoc.core.progress import Progress
from asm_assoc.core.reports import layout
from asm_assoc.core.reports.layout import Column
from asm_assoc.core.reports.payment_common import PaymentReport

# Column headings by sex; members whose sex is not recorded get a column only when there are any.
SEX_HEADINGS = {"F": N_("Women"), "M": N_("Men"), "": N_("Sex not recorded")}


def render_contribution(conn: sqlite3.Connection, out: Path, *, actor: writes.Actor, year: int, lang: str = "mn",
                        today: dt.date | None = None, progress: Progress | None = None) -> Path:
    if not 1900 <= year <= 9999:
        raise UserError(N_("Write the year with four digits, for example 2026."))
    report = PaymentReport(conn, out, actor=actor, title=N_("Tax and insurance paid by the members"), lang=lang,
                           today=today)
    tr, _ = report.tr, report.tr.gettext
    report.doc.subtitle = _("Paid for the periods of {year}").format(year=year)
    found = figures.contribution(conn, report.rates, report.association_id, year)
    sexes = list(dict.fromkeys([*members.SEXES, *(k for r in found for k in r.by_sex)]))
    if not found:
        story: list = [layout.paragraph(_("Nothing was paid for the periods of this year."))]
        return report.build(story, signatures=[report.director()], progress=progress)
    payers = _payers(report, year)
    money = _table(report, sexes, found, [[tr.money(r.by_sex.get(k, 0)) for k in sexes] + [tr.money(r.total)]
                                          for r in found],
                   [tr.money(sum(r.by_sex.get(k, 0) for r in found)) for k in sexes]
                   + [tr.money(sum(r.total for r in found))])
    people = _table(report, sexes, found, [[tr.number(r.payers.get(k, 0)) for k in sexes]
                                           + [tr.number(sum(r.payers.values()))] for r in found],
                    [tr.number(payers.get(k, 0)) for k in sexes] + [tr.number(sum(payers.values()))])
    story = [layout.heading(_("Paid")), money, layout.heading(_("Members who paid")), people]
    story += report.notes([
        _("Payments are counted for the period they pay for (the months of the year), whatever the day they "
          "were paid; a cancelled receipt counts for nothing."),
        _("The last line of members who paid counts each member once, however many obligations they paid."),
    ])
    return report.build(story, signatures=[report.director()], progress=progress)


def _payers(report: PaymentReport, year: int) -> dict[str, int]:
    """Members who paid anything for the year, by sex (one who paid two obligations is one member)."""
    return dict(report.conn.execute(
        "SELECT coalesce(m.sex, ''), count(*) FROM (SELECT member_id FROM payment_allocation "
        "WHERE period BETWEEN ? AND ? GROUP BY member_id HAVING sum(amount) > 0) a "
        "JOIN member m ON m.id = a.member_id WHERE m.association_id = ? GROUP BY coalesce(m.sex, '')",
        (f"{year:04d}-01", f"{year:04d}-12", report.association_id)).fetchall())


def _table(report: PaymentReport, sexes: list[str], found: list[ContributionRow], cells: list[list[str]],
           totals: list[str]) -> layout.RowTable:
    """One line per obligation: its figures by sex (`cells`, already formatted) and the total."""
    _ = report.tr.gettext
    columns = [Column(_("Obligation"), 6), *(Column(_(SEX_HEADINGS.get(k, k)), 2.6, "right") for k in sexes),
               Column(_("Total"), 2.6, "right")]
    rows = [[report.obligation(r.obligation_id), *c] for r, c in zip(found, cells, strict=True)]
    return report.table(columns, rows, total_row=[_("Total"), *totals], flex=0)
