"""A member's receipt on half an A4 sheet (A5 landscape): the association, the receipt number, who paid what
for which obligation and period, how, who received it, and the two signatures. A receipt that was reversed
prints marked "Cancelled" with the day and the reason; a reversal prints as the notice that cancels the
original receipt's number."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A5, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from asm_assoc.core import writes
from asm_assoc.core.i18n import N_
from asm_assoc.core.payments import collections, people
from asm_assoc.core.payments.collections import Collection, Line
from asm_assoc.core.progress import Progress
from asm_assoc.core.reports import layout
from asm_assoc.core.reports.layout import Column
from asm_assoc.core.reports.payment_common import PaymentReport, fields, signature_row

# One line per obligation and period while they fit on the half page; beyond, consecutive periods of an
# obligation share a line (the receipt must stay one sheet).
MAX_LINES = 7
CANCEL_RED = colors.HexColor("#b3261e")


def render_receipt(conn: sqlite3.Connection, out: Path, *, actor: writes.Actor, collection_id: str,
                   lang: str = "mn", today: dt.date | None = None, progress: Progress | None = None) -> Path:
    shown = collections.get(conn, collection_id)
    original = collections.get(conn, shown.reverses) if shown.reverses else None
    if original is not None:
        title = N_("Cancellation of receipt No. {number}")
        number = original.receipt_no
    else:
        title, number = N_("Receipt No. {number}"), shown.receipt_no
    report = PaymentReport(conn, out, actor=actor, title=title, lang=lang, today=today,
                           pagesize=landscape(A5))
    report.doc.title = report.doc.title.format(number=number)
    person = people.get(conn, shown.member_id)
    assert person is not None  # a collection's member is never deleted (foreign key)
    if original is not None:
        story = _cancellation(report, shown, original, person)
    else:
        story = _receipt(report, shown, person)
    return report.build(story, progress=progress)


def _member(report: PaymentReport, person: people.Person) -> list[tuple[str, str]]:
    _ = report.tr.gettext
    return [(_("Member"), f"{report.member_no(person)} · {person.name}"), (_("Registration number"),
                                                                          report.regnum(person) or "–")]


def _how(report: PaymentReport, c: Collection) -> str:
    method = report.label(collections.METHODS, c.method)
    return f"{method}, {c.reference}" if c.reference else method


def _receipt(report: PaymentReport, c: Collection, person: people.Person) -> list:
    tr, _ = report.tr, report.tr.gettext
    story: list = []
    if c.reversed_by:
        reversal = collections.get(report.conn, c.reversed_by)
        story += [_Stamped(_("CANCELLED")), _warning(_("Cancelled on {date} by {name}. Reason: {reason}").format(
            date=tr.date(reversal.paid_on), name=reversal.received_by or "–", reason=reversal.note or "–"))]
    half = layout.block_width(report.doc.width, 2)
    story.append(layout.side_by_side([
        [fields([(_("Date paid"), tr.date(c.paid_on)), *_member(report, person)], half)],
        [fields([(_("How paid"), _how(report, c)), (_("Received by"), c.received_by or "–"),
                 *([(_("Note"), c.note)] if c.note else [])], half)],
    ], report.doc.width))
    story.append(_lines(report, c.lines, _("Total paid")))
    story.append(signature_row(report.tr, [(_("Paid by"), person.name), (_("Received by"), c.received_by)],
                               report.doc.width))
    return story


def _cancellation(report: PaymentReport, reversal: Collection, original: Collection, person: people.Person) -> list:
    tr, _ = report.tr, report.tr.gettext
    half = layout.block_width(report.doc.width, 2)
    story: list = [_warning(_("Receipt No. {number} of {date} is cancelled: it no longer counts as paid.").format(
        number=original.receipt_no, date=tr.date(original.paid_on)))]
    story.append(layout.side_by_side([
        [fields([(_("Cancelled on"), tr.date(reversal.paid_on)), *_member(report, person)], half)],
        [fields([(_("How it was paid"), _how(report, original)), (_("Cancelled by"), reversal.received_by or "–"),
                 (_("Reason"), reversal.note or "–")], half)],
    ], report.doc.width))
    story.append(_lines(report, original.lines, _("Total cancelled")))
    story.append(signature_row(report.tr, [(_("Member"), person.name), (_("Cancelled by"), reversal.received_by)],
                               report.doc.width))
    return story


def _lines(report: PaymentReport, lines: list[Line], total_label: str) -> Flowable:
    """One line per obligation and period; runs of periods of one obligation share a line when there are
    too many for the half page."""
    _ = report.tr.gettext
    rows = [[report.obligation(line.obligation_id), report.period(line.obligation_id, line.period),
             report.money(line.amount)] for line in lines]
    if len(rows) > MAX_LINES:
        grouped: dict[str, list[Line]] = {}
        for line in lines:
            grouped.setdefault(line.obligation_id, []).append(line)
        rows = [[report.obligation(ob), report.periods_text(ob, [x.period for x in group]),
                 report.money(sum(x.amount for x in group))] for ob, group in grouped.items()]
    columns = [Column(_("Obligation"), 6), Column(_("Period"), 4), Column(_("Amount"), 2.6, "right")]
    total = [total_label, "", report.money(sum(line.amount for line in lines))]
    return layout.data_table(columns, rows, report.doc.width, total_row=total)


def _warning(text: str) -> Paragraph:
    style = ParagraphStyle("cancelled", parent=layout.styles()["body"], fontName=layout.FONT_BOLD,
                           textColor=CANCEL_RED, borderColor=CANCEL_RED, borderWidth=1, borderPadding=2 * mm,
                           spaceBefore=1 * mm, spaceAfter=4 * mm)
    return Paragraph(escape(text), style)


class _Stamped(Flowable):
    """A word printed large and slanted across the page (a cancelled receipt): takes no room in the flow."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._room = (avail_width, avail_height)
        return 0, 0

    def draw(self) -> None:
        width, height = self._room
        c = self.canv
        c.saveState()
        c.setFillColor(CANCEL_RED, alpha=0.18)
        c.translate(width / 2, -height / 2)
        c.rotate(18)
        size = 48
        c.setFont(layout.FONT_BOLD, size)
        c.drawCentredString(0, -size / 3, self.text)
        c.restoreState()
