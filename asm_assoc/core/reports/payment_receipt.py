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
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A5, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from asm_assoc.core import writes
from asm_assoc.core.i18n import N_
from asm_assoc.core.payments import collections, people
from asm_assoc.core.payments.collections import Collection, Line
from asm_assoc.core.progress import Progress
from asm_assoc.core.reports import layout
from asm_assoc.core.reports.layout import Column
from asm_assoc.core.reports.payment_common import PaymentReport, fields, signature_row
from asm_assoc.core.reports.tables import INK

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
    report = PaymentReport(conn, out, actor=actor, title=title, lang=lang, today=today, document=_HalfSheet)
    report.doc.title = report.doc.title.format(number=number)
    person = people.get(conn, shown.member_id)
    assert person is not None  # a collection's member is never deleted (foreign key)

    def story(merged: bool) -> list:
        if original is not None:
            return _cancellation(report, shown, original, person, merged)
        return _receipt(report, shown, person, merged)

    # One line per obligation and period while they fit on the sheet; otherwise the periods of an obligation
    # share a line (a long note or reason takes room too), so that the receipt stays one sheet.
    lines = story(merged=False)
    if _height(report.doc, [*report.doc.header_flowables(), *lines]) > report.doc.pagesize[1] - 2 * layout.MARGIN:
        lines = story(merged=True)
    return report.build(lines, progress=progress)


def _height(doc: layout.ReportDocument, flowables: list[Flowable]) -> float:
    """How tall the flowables are set one under the other (a little more than the frame needs: the first
    space before is counted too)."""
    return sum(f.getSpaceBefore() + f.wrap(doc.width, 10_000)[1] + f.getSpaceAfter() for f in flowables)


class _HalfSheet(layout.ReportDocument):
    """An A5 landscape page whose header is one band (the association at the left, the receipt's number at the
    right) instead of the full header and a centred title: the room goes to the lines paid."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.pagesize = landscape(A5)

    def header_flowables(self) -> list[Flowable]:
        _ = self.tr.gettext
        a = self.association
        facts = [_("State registration no. {number}").format(number=a.state_reg_no) if a.state_reg_no else "",
                 layout.place_name(self.tr, a.aimag_code, a.soum_code)]
        org = ParagraphStyle("receipt-org", parent=layout.styles()["org"], fontSize=12, leading=15)
        title = ParagraphStyle("receipt-title", parent=layout.styles()["title"], fontSize=13, leading=16,
                               alignment=TA_RIGHT, spaceBefore=0, spaceAfter=0)
        left = [Paragraph(escape(a.name), org), *(layout.paragraph(f, "small") for f in facts if f)]
        logo = layout.logo_image(a.logo, 12 * mm)
        cells, widths = [left, Paragraph(escape(self.title), title)], [self.width * 0.48, self.width * 0.52]
        if logo:
            cells, widths = [logo, *cells], [14 * mm, widths[0] - 14 * mm, widths[1]]
        return [layout.layout_table([cells], widths, ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                    ("LINEBELOW", (0, 0), (-1, -1), 0.8, INK),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm)),
                Spacer(1, 3 * mm)]


def _member(report: PaymentReport, person: people.Person) -> list[tuple[str, str]]:
    _ = report.tr.gettext
    return [(_("Member"), f"{report.member_no(person)} · {person.name}"), (_("Registration number"),
                                                                          report.regnum(person) or "–")]


def _how(report: PaymentReport, c: Collection) -> str:
    method = report.label(collections.METHODS, c.method)
    return f"{method}, {c.reference}" if c.reference else method


def _receipt(report: PaymentReport, c: Collection, person: people.Person, merged: bool) -> list:
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
    story += _lines(report, c.lines, _("Total paid"), merged)
    story += signature_row(report.tr, [(_("Paid by"), person.name), (_("Received by"), c.received_by)],
                           report.doc.width)
    return story


def _cancellation(report: PaymentReport, reversal: Collection, original: Collection, person: people.Person,
                  merged: bool) -> list:
    tr, _ = report.tr, report.tr.gettext
    half = layout.block_width(report.doc.width, 2)
    story: list = [_warning(_("Receipt No. {number} of {date} is cancelled: it no longer counts as paid.").format(
        number=original.receipt_no, date=tr.date(original.paid_on)))]
    story.append(layout.side_by_side([
        [fields([(_("Cancelled on"), tr.date(reversal.paid_on)), *_member(report, person)], half)],
        [fields([(_("How it was paid"), _how(report, original)), (_("Cancelled by"), reversal.received_by or "–"),
                 (_("Reason"), reversal.note or "–")], half)],
    ], report.doc.width))
    story += _lines(report, original.lines, _("Total cancelled"), merged)
    story += signature_row(report.tr, [(_("Member"), person.name), (_("Cancelled by"), reversal.received_by)],
                           report.doc.width)
    return story


def _lines(report: PaymentReport, lines: list[Line], total_label: str, merged: bool) -> list[Flowable]:
    """One line per obligation and period, or (`merged`) one line per obligation with its periods."""
    _ = report.tr.gettext
    rows = [[report.obligation(line.obligation_id), report.period(line.obligation_id, line.period),
             report.money(line.amount)] for line in lines]
    if merged:
        grouped: dict[str, list[Line]] = {}
        for line in lines:
            grouped.setdefault(line.obligation_id, []).append(line)
        rows = [[report.obligation(ob), report.periods_text(ob, [x.period for x in group]),
                 report.money(sum(x.amount for x in group))] for ob, group in grouped.items()]
    columns = [Column(_("Obligation"), 6), Column(_("Period"), 4), Column(_("Amount"), 2.6, "right")]
    total = [total_label, "", report.money(sum(line.amount for line in lines))]
    # The space keeps the table's shaded heading off the rule under the last field above it.
    return [Spacer(1, 2 * mm), report.table(columns, rows, total_row=total, flex=0)]


def _warning(text: str) -> Paragraph:
    style = ParagraphStyle("cancelled", parent=layout.styles()["body"], fontName=layout.FONT_BOLD,
                           textColor=CANCEL_RED, borderColor=CANCEL_RED, borderWidth=1, borderPadding=2 * mm,
                           leftIndent=2 * mm, rightIndent=2 * mm, spaceBefore=1 * mm, spaceAfter=4 * mm)
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
