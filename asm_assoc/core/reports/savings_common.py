"""What the savings-group reports share: the document with the group and cycle in its title, tables of
facts, the officers' signatures and the names of entry kinds."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from asm_assoc.core import access, association, i18n, writes
from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import N_, Translator
from asm_assoc.core.reports import layout
from asm_assoc.core.reports.layout import Signature
from asm_assoc.core.reports.tables import RULE
from asm_assoc.core.savings import groups
from asm_assoc.core.savings.groups import Cycle, Group

# Who signs a savings group's papers, in this order.
SIGNING_OFFICES = ("chair", "cashier", "money_counter")


class SavingsReport:
    """A report about one group's cycle: `doc` is the PDF, `tr` its language."""

    def __init__(self, conn: sqlite3.Connection, out: Path, *, actor: writes.Actor, cycle_id: str, title: str,
                 lang: str, today: dt.date | None, wide: bool = False, detail: str = "") -> None:
        access.require(actor, "reports.print")
        profile = association.get(conn)
        if profile is None:
            raise UserError(N_("Enter the association's profile first."))
        self.conn = conn
        self.tr = i18n.translator(lang)
        self.cycle: Cycle = groups.get_cycle(conn, cycle_id)
        self.group: Group = groups.get_group(conn, self.cycle.group_id)
        _ = self.tr.gettext
        subtitle = " · ".join(t for t in (self.group.name, self.cycle_name(), detail) if t)
        self.doc = layout.ReportDocument(out, self.tr, profile, _(title), subtitle, wide=wide, printed_on=today)

    def cycle_name(self) -> str:
        _ = self.tr.gettext
        cycle = self.cycle
        span = self.tr.date(cycle.started_on) + " – " + (self.tr.date(cycle.closed_on) if cycle.closed_on else "")
        return _("cycle {number} ({span})").format(number=cycle.number, span=span.strip())

    def money(self, amount: int) -> str:
        return self.tr.money(amount)

    def blank_money(self, amount: int) -> str:
        """Money, or nothing for zero: a grid of zeros hides the few figures that matter."""
        return self.tr.money(amount) if amount else ""

    def facts(self, pairs: Sequence[tuple[str, str]], width: float | None = None) -> Flowable:
        return facts_table(pairs, width or self.doc.width / 2)

    def officer_signatures(self) -> list[Signature]:
        _ = self.tr.gettext
        holders = groups.officers(self.conn, self.group.id)
        found = []
        for office in SIGNING_OFFICES:
            label = _(groups.OFFICES[office][0])
            names = [m.name for m in holders if m.office == office] or [""]
            found += [Signature(label, name) for name in names]
        return found

    def build(self, story: list, *, signatures: Sequence[Signature] | None = None) -> Path:
        return self.doc.build(story, signatures=self.officer_signatures() if signatures is None else signatures)


def facts_table(pairs: Sequence[tuple[str, str]], width: float) -> Flowable:
    """Label and value, one pair a line, ruled like the data tables but without a heading row, kept whole
    on one page (labels and values already translated and formatted)."""
    body = layout.styles()["small"]
    right = ParagraphStyle("fact-value", parent=body, alignment=TA_RIGHT)
    rows = [[Paragraph(escape(label), body), Paragraph(escape(value), right)] for label, value in pairs]
    return layout.layout_table(
        rows, [width * 0.6, width * 0.4],
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE), ("LINEABOVE", (0, 0), (-1, 0), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (0, -1), 6), hAlign="LEFT")


def percent(tr: Translator, value: float | None) -> str:
    """A ratio as a percentage, or a dash where there is nothing to divide by."""
    return "–" if value is None else tr.percent(value)
