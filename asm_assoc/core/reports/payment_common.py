"""What the payment printouts share: the permission check, the association's header, the report's language,
names of obligations, parts, periods and choices in that language, members as printed (number, name, РД
masked for a reader without the right), periods written compactly, and the officers who sign."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Mapping, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from babel.dates import format_date
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from asm_assoc.core import access, association, i18n, writes
from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import N_, Translator
from asm_assoc.core.payments import months, obligations, people
from asm_assoc.core.progress import Progress
from asm_assoc.core.reports import layout
from asm_assoc.core.reports.layout import Signature
from asm_assoc.core.reports.savings_common import facts_table
from asm_assoc.core.reports.tables import INK, RULE

# More runs of periods than this in one cell are shown as the first and last run and a count.
MAX_RUNS = 3


class PaymentReport:
    """A printout of the payment books: `doc` is the PDF, `tr` its language, `rates` the obligations (those
    set aside too: what was paid for them stays in the books)."""

    def __init__(self, conn: sqlite3.Connection, out: Path, *, actor: writes.Actor, title: str, lang: str,
                 today: dt.date | None, subtitle: str = "", wide: bool = False,
                 pagesize: tuple[float, float] | None = None) -> None:
        access.require(actor, "reports.print")
        profile = association.get(conn)
        if profile is None:
            raise UserError(N_("Enter the association's profile first."))
        self.conn, self.actor, self.profile = conn, actor, profile
        self.association_id: str = profile.id or association.current_id(conn)
        self.today = today or dt.date.today()
        self.tr: Translator = i18n.translator(lang)
        self.rates = obligations.load(conn, with_archived=True)
        self.doc = layout.ReportDocument(out, self.tr, profile, self.tr.gettext(title), subtitle, wide=wide,
                                         printed_on=today)
        if pagesize is not None:
            self.doc.pagesize = pagesize

    # --- names in the report's language -------------------------------------------------------------------

    def label(self, choices: Mapping[str, str], key: str | None) -> str:
        """The translated name of a choice (a way of paying, a part of a rate); an unknown key as it is."""
        if not key and key not in choices:
            return ""
        return self.tr.gettext(choices[key]) if key in choices else str(key)

    def obligation(self, obligation_id: str) -> str:
        found = self.rates.obligations.get(obligation_id)
        return found.name(self.tr.lang) if found else "?"

    def obligation_period(self, obligation_id: str) -> str:
        found = self.rates.obligations.get(obligation_id)
        return found.period if found else months.MONTHLY

    def period(self, obligation_id: str, period: str) -> str:
        return self.tr.period(period, self.obligation_period(obligation_id))

    def months_title(self, first: str, last: str) -> str:
        """The periods a printout covers: "2026", "Mar 2026", or "Jan 2026 – Jun 2026"."""
        if first == last:
            return self.tr.month(first)
        if first.endswith("-01") and last == f"{first[:4]}-12":
            return first[:4]
        return self.tr.gettext("{start} – {end}").format(start=self.tr.month(first), end=self.tr.month(last))

    def periods_text(self, obligation_id: str, periods: Sequence[str]) -> str:
        """Periods owed, compactly: consecutive ones as a run ("Apr–Oct 2026"), runs separated by commas,
        the count in brackets when there is more than one."""
        kind = self.obligation_period(obligation_id)
        runs: list[list[str]] = []
        for p in sorted(periods):
            if runs and months.add(runs[-1][-1], months.LENGTH[kind]) == p:
                runs[-1].append(p)
            else:
                runs.append([p])
        shown = [self._run(kind, run[0], run[-1]) for run in runs]
        if len(shown) > MAX_RUNS:
            shown = [shown[0], "…", shown[-1]]
        text = ", ".join(shown)
        return f"{text} ({self.tr.number(len(periods))})" if len(periods) > 1 else text

    def _run(self, kind: str, first: str, last: str) -> str:
        tr = self.tr
        if first == last:
            return tr.period(first, kind)
        if kind == months.MONTHLY and first[:4] == last[:4]:
            def name(month: str) -> str:
                return format_date(months.first_day(month), "LLL", locale=tr.lang)
            return tr.gettext("{first}–{last} {year}").format(first=name(first), last=name(last), year=first[:4])
        return tr.gettext("{start} – {end}").format(start=tr.period(first, kind), end=tr.period(last, kind))

    def part(self, column_obligation: str, part: str) -> str:
        """A column of a summary: the obligation's name, or for an obligation in several parts the part's name
        after it (on its own line, so that the long Mongolian names wrap between words)."""
        if len(self.rates.parts(column_obligation)) <= 1:
            return self.obligation(column_obligation)
        return f"{self.obligation(column_obligation)}:\n{self.label(obligations.PARTS, part)}"

    # --- members and money --------------------------------------------------------------------------------

    @staticmethod
    def member_no(person: people.Person) -> str:
        return f"{person.member_no:04d}"

    def regnum(self, person: people.Person) -> str:
        return person.shown_regnum(self.actor)

    def money(self, amount: int) -> str:
        return self.tr.money(amount)

    def blank_money(self, amount: int) -> str:
        """Money, or nothing for zero: a grid of zeros hides the few figures that matter."""
        return self.tr.money(amount) if amount else ""

    # --- pieces of the page -------------------------------------------------------------------------------

    def facts(self, pairs: Sequence[tuple[str, str]], width: float | None = None) -> Flowable:
        return facts_table(pairs, width or self.doc.width / 2)

    def notes(self, texts: Sequence[str]) -> list:
        """Footnotes already in the reader's language."""
        return [layout.heading(self.tr.gettext("Notes")), *(layout.paragraph("• " + t, "small") for t in texts)]

    def director(self) -> Signature:
        return Signature(self.tr.gettext("Executive director"), self.profile.director)

    def treasurer(self) -> Signature:
        """The treasurer signs by name when the reader is the treasurer, or when the association has one
        treasurer's account; otherwise the name is written by hand."""
        name = self.actor.name if self.actor.role == access.TREASURER else ""
        if not name:
            found = [r[0] for r in self.conn.execute(
                "SELECT name FROM user WHERE role = ? AND active = 1", (access.TREASURER,))]
            name = found[0] if len(found) == 1 else ""
        return Signature(self.tr.gettext("Treasurer"), name)

    def build(self, story: list, *, signatures: Sequence[Signature] = (), progress: Progress | None = None) -> Path:
        return self.doc.build(story, signatures=signatures, progress=progress)


def fields(pairs: Sequence[tuple[str, str]], width: float) -> Flowable:
    """Label and value a line, the value given most of the width (a member's name, how it was paid)."""
    small, body = layout.styles()["small"], layout.styles()["body"]
    rows = [[Paragraph(escape(label), small), Paragraph(escape(value), body)] for label, value in pairs]
    return layout.layout_table(rows, [width * 0.34, width * 0.66], ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (1, 0), (1, -1), 0.4, RULE), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (0, -1), 4),
                               hAlign="LEFT")


def signature_row(tr: Translator, signers: Sequence[tuple[str, str]], width: float, *, stamp: float = 24 * mm,
                  ) -> Flowable:
    """Signatures side by side, each its label, a line to sign on and "/ name /" under it, and the place for
    the stamp at the right: lower than `layout.signature_block`, so that a half-page receipt keeps one sheet."""
    label = layout.styles()["small"]
    under = ParagraphStyle("signature-name", parent=layout.styles()["body"], alignment=TA_CENTER)
    room = width - stamp - 6 * mm
    each = layout.block_width(room, len(signers), 6 * mm)
    blocks = [[layout.layout_table([[Paragraph(escape(f"{text}:"), label)], [""],
                                    [Paragraph(escape(f"/ {name or layout.NBSP * 30} /"), under)]],
                                   [each], ("LINEBELOW", (0, 1), (0, 1), 0.6, INK),
                                   rowHeights=[None, 9 * mm, None])] for text, name in signers]
    row = layout.side_by_side(blocks, room, 6 * mm)
    # The stamp's place as every report draws it (layout keeps the drawing private to itself).
    place = layout._StampPlace(tr.gettext("Stamp"), stamp)  # noqa: SLF001
    return KeepTogether([Spacer(1, 5 * mm), layout.layout_table(
        [[row, place]], [room, stamp + 6 * mm], ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 0), (1, 0), "RIGHT"), hAlign="LEFT")])


def check_months(first: str, last: str) -> tuple[str, str]:
    """The first and last month of a printout, as YYYY-MM; refused when given wrongly or the wrong way round."""
    first, last = months.parse(first), months.parse(last)
    if last < first:
        raise UserError(N_("The period ends before it starts."))
    return first, last
