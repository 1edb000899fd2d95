"""Read a spreadsheet a person chose (CSV or Excel .xlsx) into a header row and rows of plain strings.

What real files look like: Excel in Mongolian saves CSV in Windows-1251 with semicolons, newer Excel saves
UTF-8 with a BOM and commas, "Unicode text" is UTF-16 with tabs; an .xlsx holds numbers as 42.0 and dates
as date cells. All of it becomes text here, the way the person sees it: 42, 2024-03-05.
Line numbers are the spreadsheet's row numbers (the header is usually line 1), so a message about
"line 17" points at row 17 in Excel. Any file that cannot be read raises `ImportFileError` quickly and
with memory bounded, whatever bytes it holds.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import logging
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import N_

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ROWS = 1_000_000
# The header may sit below a title; it is looked for among the first rows that are not empty.
HEADER_SEARCH_ROWS = 10
EXCEL_SUFFIXES = (".xlsx", ".xlsm")
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .xls, and password-protected .xlsx
_DELIMITERS = (",", ";", "\t")
# Control characters other than tab and line ends do not occur in a real CSV.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class ImportFileError(UserError):
    """The file cannot be imported at all (nothing was read into the register)."""


@dataclass(slots=True)
class TableRow:
    line: int  # the spreadsheet row number
    cells: list[str]

    def cell(self, index: int) -> str:
        return self.cells[index] if index < len(self.cells) else ""


@dataclass
class Table:
    name: str  # the file name, for messages
    headers: list[str]
    header_line: int
    rows: list[TableRow]
    encoding: str = "xlsx"  # how a CSV file was decoded: utf-8, cp1251 or utf-16

    @property
    def may_have_lost_letters(self) -> bool:
        """Windows-1251 has no Ө and Ү: Excel writes "?" for them, and that cannot be undone here."""
        return self.encoding == "cp1251"


HeaderTest = Callable[[Sequence[str]], bool]


def read_table(path: Path | str, *, is_header: HeaderTest | None = None) -> Table:
    """Read the first sheet of an .xlsx or a CSV file. `is_header` says whether a row holds known column
    headings; without it the first non-empty row is the header."""
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise IsADirectoryError(str(path))
        if size > MAX_FILE_BYTES:
            raise ImportFileError(
                N_("The file {file} is larger than {limit} MB, too large for a member list. Check that you "
                   "chose the right file."),
                file=name, limit=MAX_FILE_BYTES // (1024 * 1024),
            )
        with open(path, "rb") as fh:
            head = fh.read(8)
            if head.startswith(_ZIP_MAGIC):
                return _collect(_xlsx_records(path), name, is_header, "xlsx")
            if head.startswith(_OLE_MAGIC):
                raise ImportFileError(
                    N_("The file {file} is an old or password-protected Excel file. In Excel choose Save As "
                       "and save it as “Excel Workbook (.xlsx)” or “CSV UTF-8”, then import that file."),
                    file=name,
                )
            if path.suffix.lower() in EXCEL_SUFFIXES:
                raise ImportFileError(
                    N_("The file {file} is not a real Excel workbook (it may be damaged or renamed). Open it "
                       "in Excel and save it again as .xlsx or as CSV."),
                    file=name,
                )
            data = head + fh.read()
    except PermissionError as exc:
        raise ImportFileError(
            N_("The file {file} cannot be opened: it may be open in another program (Excel?). Close it there "
               "and try again."),
            file=name,
        ) from exc
    except OSError as exc:
        log.info("cannot open %s: %s", path, exc)
        raise ImportFileError(
            N_("The file {file} cannot be opened. Check that it exists and that you can open it."), file=name
        ) from exc
    text, encoding = _decode(data, name)
    return _collect((_csv_unguard(r) for r in _csv_records(text, name)), name, is_header, encoding)


def _not_a_table(name: str) -> ImportFileError:
    return ImportFileError(
        N_("The file {file} is not a table of text: choose a CSV file or an Excel workbook (.xlsx)."),
        file=name,
    )


def _decode(data: bytes, name: str) -> tuple[str, str]:
    if not data.strip():
        raise _empty(name)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise _not_a_table(name) from exc
    if b"\x00" in data:
        raise _not_a_table(name)
    try:
        text, encoding = data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        # Excel in a Mongolian Windows saves "CSV (comma delimited)" in the Windows Cyrillic code page.
        try:
            text, encoding = data.decode("cp1251"), "cp1251"
        except UnicodeDecodeError as exc:
            raise _not_a_table(name) from exc
    sample = text[:65536]
    if len(_CONTROL.findall(sample)) > len(sample) // 1000:
        raise _not_a_table(name)
    return text, encoding


def sniff_delimiter(text: str) -> str:
    """Comma, semicolon or tab: the one appearing most often on one of the first lines."""
    lines = [line for line in text[:65536].splitlines()[:HEADER_SEARCH_ROWS] if line.strip()]
    best, best_count = ",", 0
    for delimiter in _DELIMITERS:
        count = max((line.count(delimiter) for line in lines), default=0)
        if count > best_count:
            best, best_count = delimiter, count
    return best


def _csv_records(text: str, name: str) -> Iterator[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text))
    try:
        yield from reader
    except csv.Error as exc:
        log.info("CSV error in %s: %s", name, exc)
        raise _not_a_table(name) from exc


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


def _xlsx_records(path: Path) -> Iterator[list[str]]:
    import openpyxl  # only needed for Excel files; importing it costs a noticeable moment at start-up

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - any failure of the Excel parser means a damaged workbook
        log.info("cannot read workbook %s: %s", path, exc)
        raise _damaged_workbook(path.name) from exc
    try:
        if not workbook.worksheets:
            raise _empty(path.name)
        rows = workbook.worksheets[0].iter_rows(values_only=True)
        while True:
            try:
                values = next(rows)
            except StopIteration:
                return
            except Exception as exc:  # noqa: BLE001 - as above, for a sheet damaged inside the workbook
                log.info("cannot read sheet of %s: %s", path, exc)
                raise _damaged_workbook(path.name) from exc
            yield [_cell_text(v) for v in values]
    finally:
        workbook.close()


def _damaged_workbook(name: str) -> ImportFileError:
    return ImportFileError(
        N_("The Excel file {file} is damaged or not really an Excel workbook. Open it in Excel and save it "
           "again as .xlsx or as CSV."),
        file=name,
    )


def _empty(name: str) -> ImportFileError:
    return ImportFileError(N_("The file {file} is empty."), file=name)


def _collect(records: Iterable[list[str]], name: str, is_header: HeaderTest | None, encoding: str) -> Table:
    header: list[str] | None = None
    header_line = 0
    seen = 0
    rows: list[TableRow] = []
    for line, record in enumerate(records, start=1):
        cells = [c.strip() for c in record]
        if not any(cells):
            continue
        if header is not None:
            if len(rows) >= MAX_ROWS:
                raise ImportFileError(
                    N_("The file {file} has more than {limit} rows, more than a member list can have. Check "
                       "that you chose the right file."),
                    file=name, limit=MAX_ROWS,
                )
            rows.append(TableRow(line, cells))
            continue
        seen += 1
        if is_header is None or is_header(cells):
            header, header_line = cells, line
        elif seen >= HEADER_SEARCH_ROWS:
            break
    if header is None:
        if seen == 0:
            raise _empty(name)
        raise ImportFileError(
            N_("No column heading in the first rows of {file} is one this program knows. Check that this is "
               "the right file; the template file shows the headings to use (for example Овог, Нэр)."),
            file=name,
        )
    if not rows:
        raise ImportFileError(
            N_("The file {file} has only the heading row and no rows of data below it."), file=name
        )
    while header and not header[-1]:
        header.pop()
    return Table(name, header, header_line, rows, encoding)


# A CSV cell that begins like a formula is run by Excel when the file is opened ("CSV injection"); the
# export puts an apostrophe before it, which Excel shows as text, and the import takes it off again.
_FORMULA_START = ("=", "+", "-", "@")
_PLAIN_NUMBER = re.compile(r"^[+-]?[0-9][0-9 ]*$")  # "+97699112233" is a phone number, not a formula


def _csv_guard(value: object) -> object:
    # Also before a text that already begins '= (or ''=...): the import takes exactly one apostrophe off.
    if isinstance(value, str) and value.lstrip("'").startswith(_FORMULA_START) and not _PLAIN_NUMBER.match(value):
        return "'" + value
    return value


def _csv_unguard(record: list[str]) -> list[str]:
    if "'" not in "".join(record):  # nearly every row: nothing to take off
        return record
    return [c[1:] if c.startswith("'") and c.lstrip("'").startswith(_FORMULA_START) else c for c in record]


def write_table(path: Path | str, headers: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """Write a header row and rows as CSV (UTF-8 with BOM, comma: what Excel opens correctly) or as .xlsx,
    chosen by the file name. The file appears whole or not at all."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", *EXCEL_SUFFIXES):
        raise UserError(N_("Choose a file name ending in .csv or .xlsx."))
    part = path.with_name(path.name + ".part")
    try:
        if suffix == ".csv":
            with open(part, "w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh, lineterminator="\r\n")
                writer.writerow(headers)
                writer.writerows([_csv_guard(v) for v in row] for row in rows)
        else:
            _write_xlsx(part, headers, rows)
        part.replace(path)
    except PermissionError as exc:
        part.unlink(missing_ok=True)
        raise UserError(
            N_("The file {file} cannot be written: it may be open in another program (Excel?). Close it "
               "there, or choose another name, and try again."),
            file=path.name,
        ) from exc
    except OSError as exc:
        part.unlink(missing_ok=True)
        log.info("cannot write %s: %s", path, exc)
        raise UserError(
            N_("The file {file} cannot be written. Check that the folder exists and the disk is not full."),
            file=path.name,
        ) from exc
    except BaseException:
        part.unlink(missing_ok=True)
        raise


def _write_xlsx(path: Path, headers: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.freeze_panes = "A2"
    for index, heading in enumerate(headers, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = max(10, min(40, len(heading) + 4))
    bold = Font(bold=True)
    header_cells = []
    for heading in headers:
        cell = WriteOnlyCell(sheet, value=heading)
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)

    def cell_value(value: object) -> object:
        if not isinstance(value, str):
            return value
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        if value.startswith("="):
            # A note that begins with "=" is text, not a formula for Excel to run.
            text_cell = WriteOnlyCell(sheet, value=value)
            text_cell.data_type = "s"
            return text_cell
        return value

    for row in rows:
        sheet.append([cell_value(v) for v in row])
    workbook.save(path)
