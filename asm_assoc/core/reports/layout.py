"""The page layout every report shares: A4 pages with the association's header, a running header and a
"Page N of M" footer, text styles, blocks set side by side, and the signature and stamp block.

A report builds a list of flowables (`heading`, `paragraph`, `data_table`, `side_by_side`) and hands it to
`ReportDocument.build`, which adds the header and the signatures and writes the PDF. The font and the data
table live in `tables` and are re-exported here, so a report needs only this module.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from asm_assoc.core import association as association_mod
from asm_assoc.core import reference
from asm_assoc.core.association import Association
from asm_assoc.core.i18n import Translator
from asm_assoc.core.progress import Progress
from asm_assoc.core.reports.tables import (
    FONT,
    FONT_BOLD,
    GREY,
    INK,
    RULE,
    TEXT_SIZE,
    Column,
    RowTable,
    data_table,
    register_fonts,
    wrap_text,
)

__all__ = [
    "FONT", "FONT_BOLD", "TEXT_SIZE", "Column", "ReportDocument", "RowTable", "Signature", "block_width",
    "data_table", "heading", "layout_table", "logo_image", "paragraph", "place_name", "register_fonts",
    "side_by_side", "signature_block", "StampPlace", "styles", "wrap_text",
]

log = logging.getLogger(__name__)

MARGIN = 14 * mm
LOGO_BOX = 20 * mm
NBSP = "\u00a0"
RUNNING_HEADER = 10 * mm  # room above the frame on pages after the first
STAMP = 32 * mm


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=TEXT_SIZE + 1, leading=(TEXT_SIZE + 1) * 1.3,
                          textColor=INK)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=TEXT_SIZE, leading=TEXT_SIZE * 1.3,
                                textColor=GREY),
        "org": ParagraphStyle("org", parent=body, fontName=FONT_BOLD, fontSize=14, leading=17),
        "title": ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=15, leading=19,
                                alignment=TA_CENTER, spaceBefore=4 * mm, spaceAfter=1 * mm),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=11, leading=14, alignment=TA_CENTER,
                                   spaceAfter=5 * mm),
        "heading": ParagraphStyle("heading", parent=body, fontName=FONT_BOLD, fontSize=11, leading=14,
                                  spaceBefore=5 * mm, spaceAfter=2 * mm, keepWithNext=1),
    }


def paragraph(text: str, style: str = "body") -> Paragraph:
    """Plain text (never markup: names may hold `&` or `<`) in one of the shared styles."""
    return Paragraph(escape(text), styles()[style])


def heading(text: str) -> Paragraph:
    return paragraph(text, "heading")


GAP = 8 * mm


def layout_table(rows: Sequence[Sequence[object]], widths: Sequence[float], *commands: tuple,
                 **kwargs: object) -> Table:
    """A reportlab Table used to place things (not to show data): no padding, and the bundled font even
    in empty cells (reportlab's default would pull Helvetica into the PDF)."""
    table = Table([list(r) for r in rows], colWidths=list(widths), **kwargs)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, TEXT_SIZE),
        *((f"{side}PADDING", (0, 0), (-1, -1), 0) for side in ("LEFT", "RIGHT", "TOP", "BOTTOM")),
        *commands,
    ]))
    return table


def block_width(width: float, count: int, gap: float = GAP) -> float:
    """The width of each of `count` blocks set side by side in `width`."""
    return (width - gap * (count - 1)) / count


def side_by_side(blocks: Sequence[Sequence[Flowable]], width: float, gap: float = GAP) -> Table:
    """Small blocks (a heading and a short table each, built `block_width` wide) next to one another;
    each must fit on one page."""
    cells: list[object] = []
    widths: list[float] = []
    for i, block in enumerate(blocks):
        if i:
            cells.append("")
            widths.append(gap)
        cells.append(list(block))
        widths.append(block_width(width, len(blocks), gap))
    return layout_table([cells], widths, ("VALIGN", (0, 0), (-1, -1), "TOP"), hAlign="LEFT")


# --- signatures -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Signature:
    """A line to sign: "Executive director: ________ / B. Sarantuya /" (label already translated)."""

    label: str
    name: str = ""


class StampPlace(Flowable):
    """A dashed circle marking where the association's stamp goes."""

    def __init__(self, label: str, diameter: float = STAMP) -> None:
        super().__init__()
        self.label, self.width, self.height = label, diameter, diameter

    def draw(self) -> None:
        c, r = self.canv, self.width / 2
        c.saveState()
        c.setStrokeColor(RULE)
        c.setDash(2, 2)
        c.circle(r, r, r - 1, stroke=1, fill=0)
        c.setFillColor(GREY)
        c.setFont(FONT, TEXT_SIZE)
        c.drawCentredString(r, r - TEXT_SIZE / 3, self.label)
        c.restoreState()


def signature_block(tr: Translator, signatures: Sequence[Signature], width: float) -> list[Flowable]:
    """ "Executive director: ________ / name /" lines `width` wide, the place for the stamp at their right.
    A list, for the caller to keep together with what precedes it: a KeepTogether inside another one measures
    as endless and would always start a new page."""
    _ = tr.gettext
    label = ParagraphStyle("signature-label", parent=styles()["body"], alignment=TA_RIGHT)
    lines = [[Paragraph(escape(f"{s.label}:"), label), "", paragraph(f"/ {s.name or NBSP * 30} /")]
             for s in signatures]
    room = min(width - STAMP - 8 * mm, 190 * mm)
    table = layout_table(lines, [room * 0.37, room * 0.3, room * 0.33],
                         ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                         ("LINEBELOW", (1, 0), (1, -1), 0.6, INK), ("LEFTPADDING", (2, 0), (2, -1), 2 * mm),
                         ("RIGHTPADDING", (0, 0), (0, -1), 2 * mm), rowHeights=[12 * mm] * len(lines))
    outer = layout_table([[table, StampPlace(_("Stamp"))]], [room, STAMP + 8 * mm],
                         ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (1, 0), (1, 0), "CENTER"),
                         hAlign="LEFT")
    return [Spacer(1, 10 * mm), outer]


# --- the document ---------------------------------------------------------------------------------------


def logo_image(data: bytes | None, box: float = LOGO_BOX) -> Image | None:
    """The association's logo scaled into a square box, or None (logged) when it cannot be read."""
    if not data:
        return None
    try:
        width, height = ImageReader(io.BytesIO(data)).getSize()
        scale = box / max(width, height)
        return Image(io.BytesIO(data), width=width * scale, height=height * scale)
    except Exception:  # noqa: BLE001 - any unreadable picture: print the report without it
        log.warning("the association's logo cannot be read; the report is printed without it", exc_info=True)
        return None


def place_name(tr: Translator, aimag_code: str, soum_code: str) -> str:
    """"Bayankhongor aimag, Bayangovi soum" (the capital and its districts are named as they are)."""
    _ = tr.gettext
    parts = []
    aimag = reference.unit(aimag_code)
    if aimag:
        name = aimag.name(tr.lang)
        parts.append(_("{name} aimag").format(name=name) if aimag.kind == "aimag" else name)
    soum = reference.unit(soum_code)
    if soum:
        name = soum.name(tr.lang)
        parts.append(_("{name} soum").format(name=name) if soum.kind == "soum" else
                     _("{name} district").format(name=name))
    return ", ".join(parts)


class _NumberedCanvas(Canvas):
    """Holds every page until the end, so the footer can say "Page N of M" in one pass."""

    def __init__(self, *args, report: ReportDocument, **kwargs) -> None:
        kwargs["initialFontName"] = FONT  # otherwise every page names Helvetica (a font we do not embed)
        super().__init__(*args, **kwargs)
        self._report = report
        self._pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._report.draw_footer(self, number, len(self._pages))
            super().showPage()
        super().save()


class ReportDocument:
    """An A4 report of the association: full header on page 1, a running header after it, "Page N of M"
    and the date printed at the foot of every page, signatures at the end."""

    def __init__(self, out: Path, tr: Translator, association: Association, title: str,
                 subtitle: str | None = None, *, wide: bool = False,
                 printed_on: dt.date | None = None) -> None:
        register_fonts()
        self.out = Path(out)
        self.tr = tr
        self.association = association
        self.title = title
        self.subtitle = subtitle
        self.printed_on = printed_on or dt.date.today()
        self.pagesize = landscape(A4) if wide else A4

    @property
    def width(self) -> float:
        """The width of the text area, for sizing tables."""
        return self.pagesize[0] - 2 * MARGIN

    def header_flowables(self) -> list[Flowable]:
        _ = self.tr.gettext
        a = self.association
        facts = [_(association_mod.LEGAL_FORMS[a.legal_form]) if a.legal_form in association_mod.LEGAL_FORMS
                 else ""]
        if a.state_reg_no:
            facts.append(_("State registration no. {number}").format(number=a.state_reg_no))
        lines = [paragraph(a.name, "org"), paragraph(" · ".join(f for f in facts if f))]
        place = place_name(self.tr, a.aimag_code, a.soum_code)
        if place:
            lines.append(paragraph(place))
        logo = logo_image(a.logo)
        cells = [[logo, lines]] if logo else [[lines]]
        widths = [LOGO_BOX + 4 * mm, self.width - LOGO_BOX - 4 * mm] if logo else [self.width]
        header = layout_table(cells, widths, ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                              ("LINEBELOW", (0, 0), (-1, -1), 0.8, INK),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm))
        story: list[Flowable] = [header, paragraph(self.title, "title")]
        if self.subtitle:
            story.append(paragraph(self.subtitle, "subtitle"))
        return story

    def _running_header(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        top = self.pagesize[1] - MARGIN
        canvas.saveState()
        canvas.setFillColor(GREY)
        canvas.setFont(FONT, 8)
        canvas.drawString(MARGIN, top - 8, self.association.name)
        right = " · ".join(t for t in (self.title, self.subtitle) if t)
        canvas.drawRightString(self.pagesize[0] - MARGIN, top - 8, right)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, top - 12, self.pagesize[0] - MARGIN, top - 12)
        canvas.restoreState()

    def draw_footer(self, canvas: Canvas, page: int, pages: int) -> None:
        _ = self.tr.gettext
        y = MARGIN - 6 * mm
        canvas.saveState()
        canvas.setFillColor(GREY)
        canvas.setFont(FONT, 8)
        canvas.drawString(MARGIN, y, _("Printed on {date}").format(date=self.tr.date(self.printed_on)))
        canvas.setFont(FONT, 9)
        canvas.drawRightString(self.pagesize[0] - MARGIN, y, _("Page {page} of {pages}").format(
            page=self.tr.number(page), pages=self.tr.number(pages)))
        canvas.restoreState()

    def build(self, flowables: Sequence[Flowable], *, signatures: Sequence[Signature] = (),
              progress: Progress | None = None) -> Path:
        """Write the PDF (to a temporary name first: a cancelled or failed build leaves no half file)."""
        body = _keep_headings_with_tables(flowables, self.width)
        if signatures:
            # The signatures share a page with what comes after the last long table (the totals), so that
            # no signature stands on a page of its own.
            cut = max((i + 1 for i, f in enumerate(body) if isinstance(f, RowTable)), default=0)
            body[cut:] = [KeepTogether([*body[cut:], *signature_block(self.tr, signatures, self.width)])]
        story = [*self.header_flowables(), *body]
        part = self.out.with_name(self.out.name + ".part")
        doc = _Doc(str(part), self, progress, sum(f.row_count for f in flowables if isinstance(f, RowTable)))
        try:
            doc.build(story, canvasmaker=lambda *a, **k: _NumberedCanvas(*a, report=self, **k))
            os.replace(part, self.out)
        finally:
            part.unlink(missing_ok=True)
        return self.out


def _keep_headings_with_tables(flowables: Sequence[Flowable], width: float) -> list[Flowable]:
    """A heading kept with a long table would move the whole table to a new page (reportlab keeps the pair
    together, and a table longer than the page never fits): keep it with the table's first rows instead."""
    story: list[Flowable] = []
    for flowable, following in zip(flowables, [*flowables[1:], None], strict=True):
        if isinstance(following, RowTable) and flowable.getKeepWithNext():
            style = getattr(flowable, "style", None)
            spaces = getattr(style, "spaceBefore", 0) + getattr(style, "spaceAfter", 0)
            story.append(CondPageBreak(flowable.wrap(width, 10_000)[1] + spaces + following.opening_height()))
            flowable.keepWithNext = 0
        story.append(flowable)
    return story


class _Doc(BaseDocTemplate):
    def __init__(self, filename: str, report: ReportDocument, progress: Progress | None, rows: int) -> None:
        width, height = report.pagesize
        super().__init__(filename, pagesize=report.pagesize, leftMargin=MARGIN, rightMargin=MARGIN,
                         topMargin=MARGIN, bottomMargin=MARGIN, title=report.title,
                         author=report.association.name, creator="asm-assoc", invariant=1)
        frame_height = height - 2 * MARGIN
        first = Frame(MARGIN, MARGIN, width - 2 * MARGIN, frame_height, id="first", leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)
        later = Frame(MARGIN, MARGIN, width - 2 * MARGIN, frame_height - RUNNING_HEADER, id="later",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate("first", [first], autoNextPageTemplate="later"),
            PageTemplate("later", [later], onPage=report._running_header),
        ])
        self._progress, self._rows, self._done = progress, rows, 0

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        if self._progress and isinstance(flowable, RowTable):
            self._done += flowable.row_count
            self._progress(min(self._done, self._rows), self._rows)
