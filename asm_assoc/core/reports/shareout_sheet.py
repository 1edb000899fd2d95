"""The share-out sheet: how the pool is made, the value of a share, each member's payout less any loan
netted, and a line for each member to sign on receiving the money. Before the share-out it is a draft for
the meeting to check (from `shareout.plan_shareout`); afterwards, the record (from the entries)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from asm_assoc.core import writes
from asm_assoc.core.i18n import N_
from asm_assoc.core.reports import layout
from asm_assoc.core.reports.layout import Column
from asm_assoc.core.reports.savings_common import SavingsReport
from asm_assoc.core.savings import constitution, groups, shareout


def render_shareout_pdf(conn: sqlite3.Connection, out: Path, *, actor: writes.Actor, cycle_id: str,
                        held_on: dt.date | None = None, lang: str = "mn", today: dt.date | None = None) -> Path:
    cycle = groups.get_cycle(conn, cycle_id)
    if cycle.is_open:
        plan = shareout.plan_shareout(conn, cycle_id, held_on or today or dt.date.today())
    else:
        plan = shareout.recorded_shareout(conn, cycle_id)
    report = SavingsReport(conn, out, actor=actor, cycle_id=cycle_id, title=N_("Share-out sheet"), lang=lang,
                           today=today, wide=True)
    tr, _ = report.tr, report.tr.gettext
    m = tr.money
    report.doc.subtitle += " · " + tr.date(plan.held_on)
    rules = cycle.constitution
    story: list = []
    if cycle.is_open:
        story.append(layout.paragraph(_("Draft for the meeting to check: nothing has been paid out yet.")))
        story += [layout.paragraph("• " + p.text(tr)) for p in plan.problems]
    value = plan.value_per_share
    pool_facts = [
        (_("Loan fund cash"), m(plan.cash_before)),
        (_("Loans netted against payouts"), m(plan.netted)),
        (_("Pool to share out"), m(plan.pool)),
        (_("Shares"), tr.number(plan.total_shares)),
        (_("Value of one share (pool ÷ shares)"), tr.money_fraction(value) if value is not None else "–"),
        (_("Payouts rounded down to"), m(rules.rounding_unit)),
        (_("Paid out"), m(plan.paid_out)),
        (_("Left over: {rule}").format(rule=_(constitution.LEFTOVER_RULES[rules.leftover_rule])),
         m(plan.allocation.leftover)),
        (_("Social fund carried to the next cycle"), m(plan.social_after)),
    ]
    story += [report.facts(pool_facts)]
    columns = [Column(_("No."), 1.2, "right"), Column(_("Member"), 5.5), Column(_("Shares"), 2.2, "right"),
               Column(_("Savings"), 2.6, "right"), Column(_("Payout"), 2.6, "right"),
               Column(_("Loan netted"), 2.6, "right"), Column(_("In hand"), 2.6, "right"),
               Column(_("Signature"), 4.5)]
    rows = [[f"{line.member.member_no:04d}", line.member.name, tr.number(line.shares), m(line.savings),
             m(line.payout), m(line.netted) if line.netted else "", m(line.in_hand), "\n\n"] for line in plan.lines]
    total = [_("Total"), "", tr.number(plan.total_shares), m(sum(line.savings for line in plan.lines)),
             m(plan.paid_out), m(plan.netted), m(sum(line.in_hand for line in plan.lines)), ""]
    story += [layout.heading(_("Payouts")), layout.data_table(columns, rows, report.doc.width, total_row=total,
                                                                size=10)]
    story.append(layout.paragraph(_("Payouts + left over = pool: {paid} + {left} = {pool}.").format(
        paid=m(plan.paid_out), left=m(plan.allocation.leftover), pool=m(plan.pool))))
    return report.build(story)
