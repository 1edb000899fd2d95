"""Meeting summary: what each member did at one meeting, the totals, and the cash-box count, for the
officers to sign. Every figure is a sum of that meeting's entries."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from asm_assoc.core import writes
from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import N_
from asm_assoc.core.reports import layout
from asm_assoc.core.reports.layout import Column
from asm_assoc.core.reports.savings_common import SavingsReport
from asm_assoc.core.savings import groups, ledger, meetings

# Columns of a member's line: entry kinds summed into each.
COLUMNS = {"shares": ("shares",), "social": ("social",), "fine": ("fine",), "charge": ("charge",),
           "principal": ("principal",), "loan": ("loan_out",), "grant": ("social_grant",)}


@dataclass
class MeetingLine:
    member: groups.GroupMember
    attendance: str
    shares: int = 0
    sums: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COLUMNS, 0))


@dataclass
class MeetingRecord:
    id: str
    cycle_id: str
    number: int
    kind: str
    held_on: str
    cash_expected: int | None
    cash_counted: int | None
    cash_note: str | None
    confirmed_by: str | None
    lines: list[MeetingLine]
    difference: int


def meeting_record(conn: sqlite3.Connection, meeting_id: str) -> MeetingRecord:
    row = conn.execute("SELECT id, cycle_id, number, kind, held_on, cash_expected, cash_counted, cash_note, "
                       "confirmed_by FROM savings_meeting WHERE id = ?", (meeting_id,)).fetchone()
    if row is None:
        raise UserError(N_("That meeting does not exist."))
    cycle = groups.get_cycle(conn, row[1])
    people = {m.member_id: m for m in groups.members_of(conn, cycle.group_id, include_left=True)}
    status = dict(conn.execute("SELECT member_id, status FROM savings_attendance WHERE meeting_id = ?",
                               (meeting_id,)))
    lines: dict[str, MeetingLine] = {}
    difference = 0
    sums = defaultdict(int)
    for e in ledger.entries(conn, row[1], meeting_id=meeting_id):
        if e.member_id is None:
            difference += e.amount if e.kind == "cash_difference" else 0
            continue
        line = lines.setdefault(e.member_id, MeetingLine(people[e.member_id], status.get(e.member_id, "")))
        line.shares += e.shares
        for column, kinds in COLUMNS.items():
            if e.kind in kinds:
                line.sums[column] += e.amount
                sums[column] += e.amount
    for member_id, state in status.items():
        lines.setdefault(member_id, MeetingLine(people[member_id], state))
    ordered = sorted(lines.values(), key=lambda line: (line.member.member_no, line.member.member_id))
    return MeetingRecord(*row, ordered, difference)


def meetings_of(conn: sqlite3.Connection, cycle_id: str) -> list[tuple[str, int, str, str]]:
    """(id, number, kind, date) of the cycle's meetings, in order."""
    return conn.execute("SELECT id, number, kind, held_on FROM savings_meeting WHERE cycle_id = ? ORDER BY number",
                        (cycle_id,)).fetchall()


def render_meeting_pdf(conn: sqlite3.Connection, out: Path, *, actor: writes.Actor, meeting_id: str,
                       lang: str = "mn", today: dt.date | None = None) -> Path:
    record = meeting_record(conn, meeting_id)
    report = SavingsReport(conn, out, actor=actor, cycle_id=record.cycle_id, title=N_("Meeting summary"),
                           lang=lang, today=today, wide=True)
    tr, _ = report.tr, report.tr.gettext
    report.doc.subtitle += " · " + _("meeting {number}, {date}").format(number=record.number,
                                                                       date=tr.date(record.held_on))
    m = report.money
    columns = [Column(_("No."), 1.2, "right"), Column(_("Member"), 5.4), Column(_("Attendance"), 3),
               Column(_("Shares"), 2.2, "right"), Column(_("Savings"), 3, "right"),
               Column(_("Social fund"), 3, "right"), Column(_("Fines"), 2.6, "right"),
               Column(_("Service charge"), 3.6, "right"), Column(_("Principal repaid"), 3, "right"),
               Column(_("Loan given"), 3, "right")]
    grants = any(line.sums["grant"] for line in record.lines)
    if grants:  # rare: the column appears only when the social fund paid someone at this meeting
        columns.append(Column(_("Grant from the social fund"), 3, "right"))
    rows = [[f"{line.member.member_no:04d}", line.member.name, _(meetings.ATTENDANCE.get(line.attendance, "–"))
             if line.attendance else "", tr.number(line.shares) if line.shares else "",
             report.blank_money(line.sums["shares"]), report.blank_money(line.sums["social"]),
             report.blank_money(line.sums["fine"]), report.blank_money(line.sums["charge"]),
             report.blank_money(line.sums["principal"]), report.blank_money(line.sums["loan"])]
            + ([report.blank_money(line.sums["grant"])] if grants else [])
            for line in record.lines]

    def total(column: str) -> str:
        return m(sum(line.sums[column] for line in record.lines))

    present = sum(1 for line in record.lines if line.attendance in ("present", "represented"))
    total_row = [
        "", _("Total"), _("{present} of {count}").format(present=present, count=len(record.lines)),
        tr.number(sum(line.shares for line in record.lines)), total("shares"), total("social"), total("fine"),
        total("charge"), total("principal"), total("loan"), *([total("grant")] if grants else []),
    ]
    story: list = [layout.data_table(columns, rows, report.doc.width, total_row=total_row)]
    if record.kind == "meeting":
        confirmed = groups.members_of(conn, report.group.id, include_left=True)
        who = next((p.name for p in confirmed if p.member_id == record.confirmed_by), "")
        pairs = [(_("Cash expected in the box"), m(record.cash_expected or 0)),
                 (_("Cash counted"), m(record.cash_counted or 0)),
                 (_("Difference"), m(record.difference))]
        if record.difference:
            pairs += [(_("Why"), record.cash_note or ""), (_("Confirmed by"), who)]
        story += [layout.heading(_("Cash box")), report.facts(pairs)]
    return report.build(story)
