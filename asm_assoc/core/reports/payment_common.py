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
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Paragraph, Spacer

from asm_assoc.core import access, association, i18n, writes
from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import N_, Translator
from asm_assoc.core.payments import months, obligations, people
from asm_assoc.core.progress import Progress
from asm_assoc.core.reports import layout
from asm_assoc.core.reports.layout import Column, Signature
from asm_assoc.core.reports.savings_common import facts_table
from asm_assoc.core.reports.tables import FONT, FONT_BOLD, INK, RULE, TEXT_SIZE

# More runs of periods than this in one cell are shown as the first and last run and a count.
MAX_RUNS = 3


class PaymentReport:
    """A printout of the payment books: `doc` is the PDF, `tr` its language, `rates` the obligations (those
    set aside too: what was paid for them stays in the books)."""

    def __init__(self, conn: sqlite3.Connection, out: Path, *, actor: writes.Actor, title: str, lang: str,
                 today: dt.date | None, subtitle: str = "", wide: bool = False,
                 document: type[layout.ReportDocument] = layout.ReportDocument) -> None:
        access.require(actor, "reports.print")
        profile = association.get(conn)
        if profile is None:
            raise UserError(N_("Enter the association's profile first."))
        self.conn, self.actor, self.profile = conn, actor, profile
        self.association_id: str = profile.id or association.current_id(conn)
        self.tr: Translator = i18n.translator(lang)
        self.rates = obligations.load(conn, with_archived=True)
        self.doc = document(out, self.tr, profile, self.tr.gettext(title), subtitle, wide=wide, printed_on=today)

    def widen(self) -> None:
        """Landscape pages, for a table that turned out to have many columns."""
        self.doc.pagesize = landscape(A4)

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
        _ = self.tr.gettext
        return _("{start} – {end}").format(start=self.tr.month(first), end=self.tr.month(last))

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
        tr, _ = self.tr, self.tr.gettext
        if first == last:
            return tr.period(first, kind)
        if kind == months.MONTHLY and first[:4] == last[:4]:
            def name(month: str) -> str:
                return format_date(months.first_day(month), "LLL", locale=tr.lang)
            # "Apr–Oct 2026"; Mongolian puts the year first ("2026 оны 4-р сар–10-р сар").
            return _("{first}–{last} {year}").format(first=name(first), last=name(last), year=first[:4])
        return _("{start} – {end}").format(start=tr.period(first, kind), end=tr.period(last, kind))

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
        _ = self.tr.gettext
        return [layout.heading(_("Notes")), *(layout.paragraph("• " + t, "small") for t in texts)]

    def director(self) -> Signature:
        _ = self.tr.gettext
        return Signature(_("Executive director"), self.profile.director)

    def treasurer(self) -> Signature:
        """The treasurer signs by name when the reader is the treasurer, or when the association has one
        treasurer's account; otherwise the name is written by hand."""
        name = self.actor.name if self.actor.role == access.TREASURER else ""
        if not name:
            found = [r[0] for r in self.conn.execute(
                "SELECT name FROM user WHERE role = ? AND active = 1", (access.TREASURER,))]
            name = found[0] if len(found) == 1 else ""
        _ = self.tr.gettext
        return Signature(_("Treasurer"), name)

    def table(self, columns: Sequence[Column], rows: Sequence[Sequence[str]], *,
              total_row: Sequence[str] | None = None, flex: int | None = None) -> layout.RowTable:
        """A data table the page wide whose columns are at least as wide as their longest word (a Mongolian
        heading is never broken inside a word) and their longest amount (never broken at all); the rest of
        the width is shared by weight. `flex`: the column of names, which may wrap anywhere between words."""
        need = [_least_width(c, [r[i] for r in rows], total_row[i] if total_row else "", i == flex)
                for i, c in enumerate(columns)]
        widths = fit_widths([c.weight for c in columns], need, self.doc.width)
        fitted = [Column(c.title, w, c.align) for c, w in zip(columns, widths, strict=True)]
        return layout.data_table(fitted, rows, sum(widths), total_row=total_row)

    def total_label(self, count: int) -> str:
        """The label of a totals row, in the name column (a narrow first column would break "Total")."""
        return self.tr.ngettext("Total, {count} member", "Total, {count} members", count).format(
            count=self.tr.number(count))

    def build(self, story: list, *, signatures: Sequence[Signature] = (), progress: Progress | None = None) -> Path:
        return self.doc.build(story, signatures=signatures, progress=progress)


# How many of a column's longest texts are measured (by length in letters): enough to find the widest.
MEASURED = 20
_PAD = 2 * 3.0 + 1  # a data table's cell padding on both sides, and a point to spare


def _least_width(column: Column, cells: Sequence[str], total: str, wraps: bool) -> float:
    """The narrowest the column may be: its heading's longest word; for amounts (right-aligned) the whole
    text of each cell, for other columns their longest word (unless the column `wraps` freely)."""
    def width(text: str, font: str = FONT) -> float:
        return pdfmetrics.stringWidth(text, font, TEXT_SIZE)

    words = [width(w, FONT_BOLD) for w in column.title.split()]
    texts = sorted(set(cells), key=len, reverse=True)[:MEASURED] if not wraps else []
    if column.align == "right":
        words += [width(t) for t in texts] + [width(total, FONT_BOLD)]
    else:
        words += [width(w) for t in texts for w in t.split()] + [width(w, FONT_BOLD) for w in total.split()]
    return max(words, default=0) + _PAD


def fit_widths(weights: Sequence[float], least: Sequence[float], width: float) -> list[float]:
    """Share `width` by weight, but give no column less than its least width: such columns get exactly it
    and the others share what is left. When even the least widths do not fit, they are scaled down."""
    fixed: dict[int, float] = {}
    while True:
        free = [i for i in range(len(weights)) if i not in fixed]
        room = width - sum(fixed.values())
        total = sum(weights[i] for i in free)
        short = [i for i in free if room <= 0 or weights[i] * room / total < least[i]]
        if not short:
            return [fixed.get(i, weights[i] * room / total if total else 0) for i in range(len(weights))]
        fixed.update((i, least[i]) for i in short)
        if len(fixed) == len(weights):
            scale = min(1.0, width / sum(least))
            return [w * scale for w in least]


def fields(pairs: Sequence[tuple[str, str]], width: float) -> Flowable:
    """Label and value a line, the value given most of the width (a member's name, how it was paid)."""
    small, body = layout.styles()["small"], layout.styles()["body"]
    rows = [[Paragraph(escape(label), small), Paragraph(escape(value), body)] for label, value in pairs]
    return layout.layout_table(rows, [width * 0.37, width * 0.63], ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (1, 0), (1, -1), 0.4, RULE), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (0, -1), 4),
                               hAlign="LEFT")


def signature_row(tr: Translator, signers: Sequence[tuple[str, str]], width: float, *, stamp: float = 22 * mm,
                  ) -> list[Flowable]:
    """Signatures side by side, each its label, a line to sign on and "/ name /" under it, and the place for
    the stamp at the right: lower than `layout.signature_block`, so that a half-page receipt keeps one sheet."""
    label = layout.styles()["small"]
    under = ParagraphStyle("signature-name", parent=layout.styles()["body"], alignment=TA_CENTER)
    room = width - stamp - 6 * mm
    each = layout.block_width(room, len(signers), 6 * mm)
    blocks = [[layout.layout_table([[Paragraph(escape(f"{text}:"), label)], [""],
                                    [Paragraph(escape(f"/ {name or layout.NBSP * 30} /"), under)]],
                                   [each], ("LINEBELOW", (0, 1), (0, 1), 0.6, INK),
                                   rowHeights=[None, 8 * mm, None])] for text, name in signers]
    row = layout.side_by_side(blocks, room, 6 * mm)
    _ = tr.gettext
    place = layout.StampPlace(_("Stamp"), stamp)
    return [Spacer(1, 3 * mm), layout.layout_table([[row, place]], [room, stamp + 6 * mm],
                                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                                   ("ALIGN", (1, 0), (1, 0), "RIGHT"), hAlign="LEFT")]


def check_months(first: str, last: str) -> tuple[str, str]:
    """The first and last month of a printout, as YYYY-MM; refused when given wrongly or the wrong way round."""
    first, last = months.parse(first), months.parse(last)
    if last < first:
        raise UserError(N_("The period ends before it starts."))
    return first, last
