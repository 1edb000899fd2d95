"""The bundled font and the data table every report uses.

Why a table of our own (`RowTable`) rather than reportlab's `Table`: a Table of thousands of rows is split
page by page, and every split measures all remaining rows again, then each cell is drawn with its own text
object; a 6,500-member roster took over 5 s that way. `RowTable` wraps each distinct cell text once, keeps
the row heights in a prefix sum (a page split is one bisection) and draws a page's text in one text object.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable

from asm_assoc.core.resources import resource_path

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
TEXT_SIZE = 9
INK = colors.HexColor("#1a1a1a")
GREY = colors.HexColor("#5a5a5a")
RULE = colors.HexColor("#9a9a9a")
HEADER_FILL = colors.HexColor("#dfe6ee")
ZEBRA_FILL = colors.HexColor("#f2f4f7")


@lru_cache(maxsize=1)
def register_fonts() -> None:
    """Register the bundled DejaVu Sans (it has Ө ө Ү ү ₮), so nothing depends on an installed font."""
    pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)



@dataclass(frozen=True)
class Column:
    """A table column: its heading, its share of the table's width, and how its cells align."""

    title: str
    weight: float = 1.0
    align: str = "left"  # left, right, center


def wrap_text(text: str, font: str, size: float, width: float) -> list[tuple[str, float]]:
    """Break text into lines no wider than `width` (at spaces, else inside a word: a long name is
    wrapped, never cut off). Returns each line with its width."""
    measure = pdfmetrics.stringWidth
    lines: list[tuple[str, float]] = []
    for part in str(text).split("\n"):
        full = measure(part, font, size)
        if full <= width:
            lines.append((part, full))
            continue
        line = ""
        for word in part.split():
            candidate = f"{line} {word}" if line else word
            if measure(candidate, font, size) <= width:
                line = candidate
                continue
            if line:
                lines.append((line, measure(line, font, size)))
            line = word
            while measure(line, font, size) > width and len(line) > 1:
                cut = _break_point(line, font, size, width)
                lines.append((line[:cut], measure(line[:cut], font, size)))
                line = line[cut:]
        lines.append((line, measure(line, font, size)))
    return lines


def _break_point(word: str, font: str, size: float, width: float) -> int:
    """Where to break a word too long for its cell: after the last hyphen that fits (Бат-Эрдэнэ), else
    after as many letters as fit."""
    cut = len(word) - 1
    while cut > 1 and pdfmetrics.stringWidth(word[:cut], font, size) > width:
        cut -= 1
    hyphen = word.rfind("-", 0, cut)
    return hyphen + 1 if hyphen > 0 else cut


class _Grid:
    """The wrapped cells and row heights of a whole table, shared by the pieces it is split into."""

    PAD_X = 3.0
    PAD_Y = 2.5

    def __init__(self, columns: Sequence[Column], rows: Sequence[Sequence[str]], width: float,
                 size: float, bold_rows: frozenset[int]) -> None:
        register_fonts()
        total = sum(c.weight for c in columns)
        self.widths = [width * c.weight / total for c in columns]
        self.edges = [0.0]
        for w in self.widths:
            self.edges.append(self.edges[-1] + w)
        self.aligns = [c.align for c in columns]
        self.size = size
        self.leading = size * 1.22
        self.bold_rows = bold_rows
        self._wrapped: dict[tuple[str, str, float], list[tuple[str, float]]] = {}
        self.header = self._wrap_row([c.title for c in columns], FONT_BOLD)
        self.header_height = self._height(self.header)
        self.cells = [self._wrap_row(r, FONT_BOLD if i in bold_rows else FONT) for i, r in enumerate(rows)]
        self.prefix = [0.0]
        for cells in self.cells:
            self.prefix.append(self.prefix[-1] + self._height(cells))

    def _wrap_row(self, row: Sequence[str], font: str) -> list[list[tuple[str, float]]]:
        if len(row) != len(self.widths):
            raise ValueError(f"a row has {len(row)} cells for {len(self.widths)} columns")
        wrapped = []
        for value, width in zip(row, self.widths, strict=True):
            # Sexes, roles, soums, dates and many names repeat: wrap each distinct text once.
            key = (str(value), font, width)
            if key not in self._wrapped:
                self._wrapped[key] = wrap_text(key[0], font, self.size, width - 2 * self.PAD_X)
            wrapped.append(self._wrapped[key])
        return wrapped

    def _height(self, cells: list[list[tuple[str, float]]]) -> float:
        return max(len(lines) for lines in cells) * self.leading + 2 * self.PAD_Y


class RowTable(Flowable):
    """A table whose heading row repeats on every page, with zebra rows; rows [start, stop) of a grid."""

    def __init__(self, grid: _Grid, start: int = 0, stop: int | None = None) -> None:
        super().__init__()
        self.grid = grid
        self.start = start
        self.stop = len(grid.cells) if stop is None else stop

    @property
    def row_count(self) -> int:
        return self.stop - self.start

    def opening_height(self, rows: int = 3) -> float:
        """The height of the heading row and the first few rows: what must fit for the table to start."""
        return self.grid.header_height + self._body_height(self.start, min(self.stop, self.start + rows))

    def _body_height(self, start: int, stop: int) -> float:
        return self.grid.prefix[stop] - self.grid.prefix[start]

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = self.grid.edges[-1]
        self.height = self.grid.header_height + self._body_height(self.start, self.stop)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        room = avail_height - self.grid.header_height
        prefix = self.grid.prefix
        last = bisect.bisect_right(prefix, prefix[self.start] + room, self.start, self.stop + 1) - 1
        fits = last - self.start
        if fits <= 0:
            return []
        if fits >= self.row_count:
            return [self]
        cut = self.start + fits
        return [RowTable(self.grid, self.start, cut), RowTable(self.grid, cut, self.stop)]

    def draw(self) -> None:
        g, c = self.grid, self.canv
        width = g.edges[-1]
        tops = [self.height, self.height - g.header_height]
        for i in range(self.start, self.stop):
            tops.append(tops[-1] - (g.prefix[i + 1] - g.prefix[i]))
        c.saveState()
        c.setFillColor(HEADER_FILL)
        c.rect(0, tops[1], width, g.header_height, stroke=0, fill=1)
        c.setFillColor(ZEBRA_FILL)
        for k, i in enumerate(range(self.start, self.stop)):
            if i % 2:
                c.rect(0, tops[k + 2], width, tops[k + 1] - tops[k + 2], stroke=0, fill=1)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.4)
        c.lines([(0, y, width, y) for y in tops] + [(x, 0, x, self.height) for x in g.edges])
        text = c.beginText()
        text.setFillColor(INK)
        text.setFont(FONT_BOLD, g.size, g.leading)
        self._draw_row(text, g.header, tops[0])
        text.setFont(FONT, g.size, g.leading)
        for k, i in enumerate(range(self.start, self.stop)):
            bold = i in g.bold_rows
            if bold:
                text.setFont(FONT_BOLD, g.size, g.leading)
            self._draw_row(text, g.cells[i], tops[k + 1])
            if bold:
                text.setFont(FONT, g.size, g.leading)
        c.drawText(text)
        c.restoreState()

    def _draw_row(self, text: PDFTextObject, cells: list[list[tuple[str, float]]], top: float) -> None:
        g = self.grid
        # Baseline so that capitals and descenders sit in the middle of the line's leading.
        first_baseline = top - g.PAD_Y - 0.5 * (g.leading + 0.49 * g.size)
        for col, lines in enumerate(cells):
            left, right, align = g.edges[col] + g.PAD_X, g.edges[col + 1] - g.PAD_X, g.aligns[col]
            for n, (line, line_width) in enumerate(lines):
                if not line:
                    continue
                x = right - line_width if align == "right" else (
                    (left + right - line_width) / 2 if align == "center" else left)
                text.setTextOrigin(x, first_baseline - n * g.leading)
                text.textOut(line)


def data_table(columns: Sequence[Column], rows: Sequence[Sequence[str]], width: float, *,
               total_row: Sequence[str] | None = None, size: float = TEXT_SIZE) -> RowTable:
    """A table `width` points wide; columns share it by weight. `total_row`, if given, closes the table
    in bold."""
    all_rows = [*rows, total_row] if total_row is not None else list(rows)
    bold = frozenset({len(all_rows) - 1}) if total_row is not None else frozenset()
    return RowTable(_Grid(columns, all_rows, width, size, bold))
