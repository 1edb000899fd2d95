"""Savings data out to CSV or Excel: the ledger (every entry, reversals included) and the group-level data
sheet with the totals an NGO enters in the global savings-group MIS."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from asm_assoc.core import access, i18n, tabular, writes
from asm_assoc.core.i18n import N_
from asm_assoc.core.savings import indicators, ledger

LEDGER_HEADERS = (N_("Date"), N_("Group"), N_("Cycle"), N_("Meeting"), N_("Member no."), N_("Member"), N_("What"),
                  N_("Entry kind"), N_("Shares"), N_("Amount (MNT)"), N_("Loan"), N_("Reverses entry"), N_("Note"),
                  N_("Entry id"))


def export_ledger(conn: sqlite3.Connection, path: Path, *, actor: writes.Actor, cycle_id: str | None = None,
                  lang: str = "mn") -> int:
    """Write the ledger (of one cycle, or of every group) to `path` (.csv or .xlsx); returns the rows written.
    Amounts are plain integers so the file adds up in a spreadsheet."""
    access.require(actor, "reports.print")
    tr = i18n.translator(lang)
    sql = ("SELECT e.entered_on, g.name, c.number, s.number, m.member_no, "
           "trim(coalesce(m.family_name, '') || ' ' || m.given_name), e.kind, e.shares, e.amount, e.loan_id, "
           "e.reverses, e.note, e.id FROM savings_entry e JOIN savings_cycle c ON c.id = e.cycle_id "
           "JOIN savings_group g ON g.id = c.group_id LEFT JOIN savings_meeting s ON s.id = e.meeting_id "
           "LEFT JOIN member m ON m.id = e.member_id")
    params: tuple = ()
    if cycle_id:
        sql += " WHERE e.cycle_id = ?"
        params = (cycle_id,)
    rows = [[on, group, cycle, meeting or "", f"{no:04d}" if no is not None else "", name or "",
             tr.gettext(ledger.KIND_LABELS[kind]), kind, shares, amount, loan or "", reverses or "", note or "", eid]
            for on, group, cycle, meeting, no, name, kind, shares, amount, loan, reverses, note, eid
            in conn.execute(sql + " ORDER BY g.name COLLATE MN, c.number, e.entered_on, e.hlc", params)]
    tabular.write_table(path, [tr.gettext(h) for h in LEDGER_HEADERS], rows)
    return len(rows)


DATASHEET_HEADERS = (
    N_("Group"), N_("Cycle"), N_("Cycle started"), N_("Meetings held"), N_("Members"), N_("Women"), N_("Men"),
    N_("Members who left"), N_("Attendance rate (%)"), N_("Share price (MNT)"), N_("Total savings (MNT)"),
    N_("Savings of women (MNT)"), N_("Loans outstanding"), N_("Loans outstanding (MNT)"),
    N_("Overdue principal (MNT)"), N_("Portfolio at risk (%)"), N_("Loan fund cash (MNT)"),
    N_("Social fund (MNT)"), N_("Fund value (MNT)"), N_("Earned (MNT)"), N_("Return on savings (%)"),
    N_("Annualised return on assets (%)"), N_("Drop-out rate (%)"),
)


def _pct(value: float | None) -> float | str:
    return "" if value is None else round(value * 100, 2)


def export_datasheet(conn: sqlite3.Connection, path: Path, *, actor: writes.Actor, as_of: dt.date | None = None,
                     lang: str = "mn") -> int:
    """One row per group (its open cycle) with the figures of `indicators`; returns the rows written."""
    access.require(actor, "reports.print")
    tr = i18n.translator(lang)
    day = as_of or dt.date.today()
    cycles = indicators.open_cycles(conn)
    found = indicators.figures(conn, cycles, day)
    rows = []
    for c in cycles:
        f = found[c.cycle_id]
        rows.append([c.group_name, c.number, c.started_on, f.meetings, f.member_count(), f.member_count("F"),
                     f.member_count("M"), sum(f.dropped.values()), _pct(f.attendance_rate()), c.share_price,
                     f.total_savings(), f.total_savings("F"), f.loans_outstanding()[0], f.loans_outstanding()[1],
                     sum(f.overdue_value.values()), _pct(f.portfolio_at_risk()), f.cash, f.social, f.fund_value(),
                     f.profit(), _pct(f.return_on_savings()), _pct(f.return_on_assets()), _pct(f.dropout_rate())])
    tabular.write_table(path, [tr.gettext(h) for h in DATASHEET_HEADERS], rows)
    return len(rows)
