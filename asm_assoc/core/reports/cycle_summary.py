"""Cycle summary: the constitution, the balances, each meeting's totals and each member's position."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict
from pathlib import Path

from asm_assoc.core import writes
from asm_assoc.core.i18n import N_
from asm_assoc.core.reports import layout
from asm_assoc.core.reports.layout import Column
from asm_assoc.core.reports.savings_common import SavingsReport
from asm_assoc.core.savings import constitution, groups, ledger


def constitution_facts(report: SavingsReport) -> list[tuple[str, str]]:
    tr, _ = report.tr, report.tr.gettext
    c = report.cycle.constitution
    fines = ", ".join(f"{k.name} {tr.money(k.amount)}" for k in groups.fine_kinds(report.conn, report.cycle.id))
    return [
        (_("Share price"), tr.money(c.share_price)),
        (_("Shares per meeting"), f"{c.min_shares}–{c.max_shares}"),
        (_("Social fund contribution"), tr.money(c.social_contribution)),
        (_("Loan limit"), _("{multiple} × savings").format(multiple=tr.number(c.loan_multiple_tenths / 10))),
        (_("Longest loan"), _("{months} months").format(months=c.max_loan_months)),
        (_("Service charge"), _("{rate} a month, {method}").format(
            rate=tr.percent(c.monthly_rate_bp / 10_000, 2 if c.monthly_rate_bp % 100 else 0),
            method=_(constitution.CHARGE_METHODS[c.charge_method]).lower())),
        (_("Early repayment charged"), _("Yes") if c.early_repayment_charged else _("No")),
        (_("Loans at share-out"), _(constitution.OUTSTANDING_POLICIES[c.outstanding_policy])),
        (_("Left over after rounding"), _(constitution.LEFTOVER_RULES[c.leftover_rule])),
        (_("Fines"), fines or "–"),
    ]


def render_cycle_summary_pdf(conn: sqlite3.Connection, out: Path, *, actor: writes.Actor, cycle_id: str,
                             lang: str = "mn", today: dt.date | None = None) -> Path:
    report = SavingsReport(conn, out, actor=actor, cycle_id=cycle_id, title=N_("Cycle summary"), lang=lang,
                           today=today, wide=True)
    tr, _ = report.tr, report.tr.gettext
    m = tr.money
    totals = ledger.cycle_totals(conn, cycle_id)
    kinds = totals.by_kind
    balances = [
        (_("Loan fund cash"), m(totals.cash)), (_("Loans outstanding (principal)"), m(totals.loans)),
        (_("Savings (shares × price)") if report.cycle.is_open else _("Saved this cycle (shares × price)"),
         m(totals.savings)), (_("Shares"), tr.number(totals.shares)),
        (_("Service charges paid"), m(kinds.get("charge", 0))), (_("Fines paid"), m(kinds.get("fine", 0))),
        (_("Social fund"), m(totals.social)), (_("Paid out at share-out"), m(kinds.get("payout", 0))),
    ]
    if report.cycle.is_open:
        balances.insert(3, (_("Earned so far (cash + loans − savings)"), m(totals.fund_value - totals.savings)))
    half = layout.block_width(report.doc.width, 2)
    story: list = [layout.side_by_side([[layout.heading(_("Constitution")),
                                         report.facts(constitution_facts(report), half)],
                                        [layout.heading(_("Balances")), report.facts(balances, half)]],
                                       report.doc.width)]
    story += _meeting_table(report) + _member_table(report)
    return report.build(story)


def _meeting_table(report: SavingsReport) -> list:
    tr, _ = report.tr, report.tr.gettext
    sums: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for e in ledger.entries(report.conn, report.cycle.id):
        if e.meeting_id:
            sums[e.meeting_id][e.kind] += e.amount
    rows = []
    for meeting_id, number, kind, held_on, present, represented, absent, counted in report.conn.execute(
            "SELECT id, number, kind, held_on, present, represented, absent, cash_counted FROM savings_meeting "
            "WHERE cycle_id = ? ORDER BY number", (report.cycle.id,)):
        s = sums[meeting_id]
        label = {"opening": _("Opening balances"), "shareout": _("Share-out")}.get(kind, str(number))
        there = f"{(present or 0) + (represented or 0)}/{(present or 0) + (represented or 0) + (absent or 0)}"
        rows.append([label, tr.date(held_on), there if kind == "meeting" else "",
                     report.blank_money(s["shares"] + s["opening_shares"]), report.blank_money(s["social"]),
                     report.blank_money(s["fine"]), report.blank_money(s["charge"] + s["principal"]),
                     report.blank_money(s["loan_out"]), report.blank_money(s["payout"]),
                     tr.money(counted) if counted is not None else ""])
    columns = [Column(_("Meeting"), 2.6), Column(_("Date"), 2.4), Column(_("Present"), 1.6, "right"),
               Column(_("Savings"), 2.6, "right"), Column(_("Social fund"), 2.4, "right"),
               Column(_("Fines"), 2.2, "right"), Column(_("Repaid"), 2.6, "right"),
               Column(_("Loans given"), 2.6, "right"), Column(_("Paid out"), 2.6, "right"),
               Column(_("Cash counted"), 2.6, "right")]
    return [layout.heading(_("Meetings")), layout.data_table(columns, rows, report.doc.width)] if rows else []


def _member_table(report: SavingsReport) -> list:
    tr, _ = report.tr, report.tr.gettext
    per = ledger.member_totals(report.conn, report.cycle.id)
    rows = []
    for member in groups.members_of(report.conn, report.group.id, include_left=True):
        t = per.get(member.member_id)
        if t is None and member.left_on:
            continue
        t = t or ledger.Totals()
        k = t.by_kind
        rows.append([f"{member.member_no:04d}", member.name, _(groups.OFFICES[member.office][0])
                     if member.office else "", tr.number(t.shares), tr.money(t.savings),
                     tr.money(k.get("social", 0)), report.blank_money(k.get("fine", 0)),
                     report.blank_money(t.loans), report.blank_money(k.get("payout", 0))])
    columns = [Column(_("No."), 1.2, "right"), Column(_("Member"), 5), Column(_("Office"), 2.6),
               Column(_("Shares"), 2.2, "right"), Column(_("Savings"), 2.6, "right"),
               Column(_("Social fund"), 2.4, "right"), Column(_("Fines"), 2.2, "right"),
               Column(_("Loan owed"), 2.6, "right"), Column(_("Paid out"), 2.6, "right")]
    return [layout.heading(_("Members")), layout.data_table(columns, rows, report.doc.width)] if rows else []
