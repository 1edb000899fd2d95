"""A member's passbook statement: every entry of the cycle in order, with running balances of savings,
loan principal owed and what they paid into the social fund; reversals are shown next to what they undo."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from asm_assoc.core import writes
from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import N_
from asm_assoc.core.reports import layout
from asm_assoc.core.reports.layout import Column, Signature
from asm_assoc.core.reports.savings_common import SavingsReport
from asm_assoc.core.savings import groups, ledger

# Money the member received from the group; every other entry of theirs is money they paid in.
RECEIVED = frozenset({"loan_out", "opening_loan", "payout", "social_grant"})


@dataclass(frozen=True)
class PassbookLine:
    entry: ledger.Entry
    meeting_no: int | None
    savings: int  # running balances after this entry
    shares: int
    loan: int


def passbook_lines(conn: sqlite3.Connection, cycle_id: str, member_id: str) -> list[PassbookLine]:
    numbers = dict(conn.execute("SELECT id, number FROM savings_meeting WHERE cycle_id = ?", (cycle_id,)))
    savings = shares = loan = 0
    found = []
    for e in ledger.entries(conn, cycle_id, member_id=member_id):
        savings += e.effect(ledger.SAVINGS_BALANCE)
        loan += e.effect(ledger.LOAN)
        if ledger.EFFECTS[e.kind].get(ledger.SAVINGS_BALANCE):
            shares += e.shares
        found.append(PassbookLine(e, numbers.get(e.meeting_id), savings, shares, loan))
    return found


def render_passbook_pdf(conn: sqlite3.Connection, out: Path, *, actor: writes.Actor, cycle_id: str, member_id: str,
                        lang: str = "mn", today: dt.date | None = None) -> Path:
    cycle = groups.get_cycle(conn, cycle_id)
    member = next((m for m in groups.members_of(conn, cycle.group_id, include_left=True)
                   if m.member_id == member_id), None)
    if member is None:
        raise UserError(N_("That member is not in this group."))
    report = SavingsReport(conn, out, actor=actor, cycle_id=cycle_id, title=N_("Passbook statement"), lang=lang,
                           today=today, wide=True)
    tr, _ = report.tr, report.tr.gettext
    lines = passbook_lines(conn, cycle_id, member_id)
    dates = {line.entry.id: line.entry.entered_on for line in lines}
    columns = [Column(_("Date"), 2.4), Column(_("Meeting"), 1.6, "right"), Column(_("What"), 6),
               Column(_("Shares"), 2.2, "right"), Column(_("Paid in"), 2.8, "right"),
               Column(_("Received"), 2.8, "right"),
               Column(_("Savings"), 2.8, "right"), Column(_("Loan owed"), 2.8, "right")]
    rows = []
    for line in lines:
        e = line.entry
        what = _(ledger.KIND_LABELS[e.kind])
        if e.reverses:
            what = _("Reversal of “{what}” of {date}: {reason}").format(
                what=what, date=tr.date(dates.get(e.reverses) or ledger.get_entry(conn, e.reverses).entered_on),
                reason=e.note or "")
        rows.append([tr.date(e.entered_on), str(line.meeting_no) if line.meeting_no else "", what,
                     tr.number(e.shares) if e.shares else "",
                     tr.money(e.amount) if e.kind not in RECEIVED else "",
                     tr.money(e.amount) if e.kind in RECEIVED else "", tr.money(line.savings),
                     tr.money(line.loan)])
    last = lines[-1] if lines else None
    facts = [(_("Member"), f"{member.member_no:04d} {member.name}"),
             (_("Shares held"), tr.number(last.shares if last else 0)),
             (_("Savings"), tr.money(last.savings if last else 0)),
             (_("Loan principal owed"), tr.money(last.loan if last else 0)),
             (_("Paid into the social fund"),
              tr.money(sum(line.entry.amount for line in lines if line.entry.kind == "social")))]
    story: list = [report.facts(facts)]
    story += [layout.heading(_("Entries")), layout.data_table(columns, rows, report.doc.width)] if rows else [
        layout.paragraph(_("No entries yet in this cycle."))]
    cashier = next((s for s in report.officer_signatures() if s.label == _("Cashier")), Signature(_("Cashier")))
    return report.build(story, signatures=[Signature(_("Member"), member.name), cashier])
