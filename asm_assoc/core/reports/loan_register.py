"""Loan register: every loan of the cycle with its terms, what was repaid, what is owed on the day, its due
date, and the overdue loans listed apart."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from asm_assoc.core import writes
from asm_assoc.core.i18n import N_
from asm_assoc.core.reports import layout
from asm_assoc.core.reports.layout import Column
from asm_assoc.core.reports.savings_common import SavingsReport
from asm_assoc.core.savings import groups, ledger


@dataclass(frozen=True)
class LoanLine:
    loan: ledger.Loan
    member: groups.GroupMember
    due_on: dt.date
    repaid: int
    state: object  # charges.LoanState on the day

    def days_overdue(self, day: dt.date) -> int:
        return (day - self.due_on).days if self.loan.principal_owed > 0 and day > self.due_on else 0


def loan_lines(conn: sqlite3.Connection, cycle_id: str, day: dt.date) -> list[LoanLine]:
    cycle = groups.get_cycle(conn, cycle_id)
    people = {m.member_id: m for m in groups.members_of(conn, cycle.group_id, include_left=True)}
    due = dict(conn.execute("SELECT id, due_on FROM savings_loan WHERE cycle_id = ?", (cycle_id,)))
    found = []
    for loan in ledger.loans(conn, cycle_id, outstanding_only=False, as_of=day):
        if loan.lent <= 0:  # a loan given by mistake and reversed
            continue
        found.append(LoanLine(loan, people[loan.member_id], dt.date.fromisoformat(due[loan.id]),
                              sum(p.principal for p in loan.payments), loan.state(day)))
    return found


def render_loan_register_pdf(conn: sqlite3.Connection, out: Path, *, actor: writes.Actor, cycle_id: str,
                             lang: str = "mn", today: dt.date | None = None) -> Path:
    day = today or dt.date.today()
    report = SavingsReport(conn, out, actor=actor, cycle_id=cycle_id, title=N_("Loan register"), lang=lang,
                           today=today, wide=True)
    tr, _ = report.tr, report.tr.gettext
    report.doc.subtitle += " · " + _("as of {date}").format(date=tr.date(day))
    lines = loan_lines(conn, cycle_id, day)
    columns = [Column(_("Member"), 5), Column(_("Given on"), 2.4), Column(_("Loan"), 2.6, "right"),
               Column(_("Months"), 1.6, "right"), Column(_("Due on"), 2.4), Column(_("Repaid"), 2.6, "right"),
               Column(_("Charge paid"), 2.6, "right"), Column(_("Owed"), 2.6, "right"),
               Column(_("Charge due"), 2.6, "right"), Column(_("Days overdue"), 2, "right")]

    def row(line: LoanLine) -> list[str]:
        owed = line.loan.principal_owed
        overdue = line.days_overdue(day)
        return [line.member.name, tr.date(line.loan.terms.given_on), tr.money(line.loan.lent),
                tr.number(line.loan.terms.term_months), tr.date(line.due_on), tr.money(line.repaid),
                tr.money(line.loan.charges_paid), tr.money(owed) if owed else _("Repaid"),
                tr.money(line.state.charge_due) if owed else "", tr.number(overdue) if overdue else ""]

    def total(values: list[int]) -> str:
        return tr.money(sum(values))

    outstanding = [line for line in lines if line.loan.principal_owed > 0]
    overdue = [line for line in outstanding if line.days_overdue(day)]
    story: list = [report.facts([
        (_("Loans given"), tr.number(len(lines))),
        (_("Loans outstanding"), tr.number(len(outstanding))),
        (_("Principal owed"), tr.money(sum(line.loan.principal_owed for line in outstanding))),
        (_("Overdue loans"), tr.number(len(overdue))),
        (_("Principal owed on overdue loans"), tr.money(sum(line.loan.principal_owed for line in overdue))),
    ])]
    for title, chosen in ((_("Overdue loans"), overdue), (_("All loans of the cycle"), lines)):
        if not chosen:
            continue
        totals = [_("Total"), "", total([line.loan.lent for line in chosen]), "", "",
                  total([line.repaid for line in chosen]), total([line.loan.charges_paid for line in chosen]),
                  total([line.loan.principal_owed for line in chosen]),
                  total([line.state.charge_due for line in chosen if line.loan.principal_owed]), ""]
        story += [layout.heading(title), layout.data_table(columns, [row(line) for line in chosen],
                                                           report.doc.width, total_row=totals)]
    if not lines:
        story.append(layout.paragraph(_("No loans in this cycle.")))
    return report.build(story)
