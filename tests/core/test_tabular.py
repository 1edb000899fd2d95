"""Reading a spreadsheet file into a header and rows of text, and writing one."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

import openpyxl
import pytest

from asm_assoc.core import tabular
from asm_assoc.core.errors import UserError
from asm_assoc.core.tabular import ImportFileError, read_table, write_table


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def cells(table: tabular.Table) -> list[tuple[int, list[str]]]:
    return [(r.line, r.cells) for r in table.rows]


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [
        ("utf-8-sig", ","),
        ("utf-8", ";"),
        ("utf-8-sig", ";"),
        ("cp1251", ";"),
        ("cp1251", ","),
        ("utf-16", "\t"),
    ],
)
def test_csv_is_read_in_the_encodings_and_delimiters_excel_writes(tmp_path, encoding, delimiter):
    # Windows-1251 has no Ө or Ү; names without them are what such a file can hold.
    text = (
        delimiter.join(["Овог", "Нэр", "Утас"])
        + "\r\n"
        + delimiter.join(["Батын", "Сараа", "99112233"])
        + "\r\n"
    )
    table = read_table(write(tmp_path / "m.csv", text, encoding))
    assert table.headers == ["Овог", "Нэр", "Утас"]
    assert table.may_have_lost_letters == (encoding == "cp1251")
    assert cells(table) == [(2, ["Батын", "Сараа", "99112233"])]


def test_utf8_that_is_valid_is_not_mistaken_for_windows_1251(tmp_path):
    table = read_table(write(tmp_path / "m.csv", "Овог,Нэр\nӨлзийн,Түмэн\n"))
    assert cells(table) == [(2, ["Өлзийн", "Түмэн"])]


def test_empty_rows_are_skipped_and_line_numbers_are_the_spreadsheet_rows(tmp_path):
    text = 'Овог,Нэр,Тэмдэглэл\n\nБатын,Сараа,\n , ,\n"Доржийн",Бат,"two\nlines"\nЦэнд,Оюу,\n'
    table = read_table(write(tmp_path / "m.csv", text))
    # A quoted cell holding a line break is one spreadsheet row, as Excel shows it.
    assert cells(table) == [
        (3, ["Батын", "Сараа", ""]),
        (5, ["Доржийн", "Бат", "two\nlines"]),
        (6, ["Цэнд", "Оюу", ""]),
    ]


def test_a_title_above_the_header_is_passed_over_when_the_header_is_recognised(tmp_path):
    text = "Гишүүдийн бүртгэл,,\n,,\nОвог,Нэр,\nБатын,Сараа,\n"
    table = read_table(write(tmp_path / "m.csv", text), is_header=lambda row: "Овог" in row)
    assert (table.header_line, table.headers, cells(table)) == (
        3,
        ["Овог", "Нэр"],
        [(4, ["Батын", "Сараа", ""])],
    )


def test_xlsx_cells_become_the_text_a_person_sees(tmp_path):
    path = tmp_path / "m.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Овог", "Нэр", "Төрсөн огноо", "Дугаар", "Утас", "Хэмжээ", "Цаг", "Тийм"])
    sheet.append(
        [
            " Батын ",
            "Сараа",
            dt.datetime(1999, 3, 22),
            42.0,
            99112233,
            2.5,
            dt.datetime(2024, 1, 2, 8, 30),
            True,
        ]
    )
    sheet.append([])
    sheet.append(["Доржийн", "Бат", dt.date(1980, 1, 5), 7, None, None, None, False])
    book.create_sheet("Second")["A1"] = "ignored"
    book.save(path)
    table = read_table(path)
    assert table.headers[0] == "Овог"
    assert cells(table) == [
        (2, ["Батын", "Сараа", "1999-03-22", "42", "99112233", "2.5", "2024-01-02 08:30:00", "1"]),
        (4, ["Доржийн", "Бат", "1980-01-05", "7", "", "", "", "0"]),
    ]


def test_the_delimiter_is_the_one_the_header_uses():
    assert tabular.sniff_delimiter("Овог;Нэр;Утас\nБатын;Сараа;99112233, 88112233\n") == ";"
    assert tabular.sniff_delimiter("Овог,Нэр\n") == ","
    assert tabular.sniff_delimiter("Овог\tНэр\n") == "\t"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("m.csv", b"\x00\x01\x02binary\x00data", "is not a table of text"),
        ("m.csv", b"\xff\xfe\x00\xd8broken", "is not a table of text"),
        ("m.csv", b"", "is empty"),
        ("m.csv", b"\r\n  \r\n", "is empty"),
        ("m.csv", b"\xef\xbb\xbf;;;\r\n", "is empty"),
        ("m.csv", "Овог,Нэр\r\n".encode(), "has only the heading row"),
        ("m.xlsx", b"Family name,Given name\r\nA,B\r\n", "is not a real Excel workbook"),
        ("m.xlsx", b"PK\x03\x04 truncated zip", "is damaged or not really an Excel workbook"),
        ("m.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "old or password-protected Excel file"),
    ],
)
def test_a_file_that_cannot_be_read_gets_a_clear_message(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as err:
        read_table(path)
    assert message in err.value.text() and name in err.value.text()


def test_a_missing_file_or_a_folder_cannot_be_opened(tmp_path):
    for path in (tmp_path / "gone.csv", tmp_path):
        with pytest.raises(ImportFileError, match="cannot be opened"):
            read_table(path)


def test_a_file_larger_than_the_limit_is_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(tabular, "MAX_FILE_BYTES", 1024 * 1024)
    path = write(tmp_path / "big.csv", "Овог,Нэр\n" + "Батын,Сараа\n" * 100_000)
    with pytest.raises(ImportFileError, match="larger than 1 MB"):
        read_table(path)


def test_ten_megabytes_of_random_bytes_fail_fast(tmp_path):
    path = tmp_path / "garbage.csv"
    path.write_bytes(os.urandom(10 * 1024 * 1024))
    start = time.perf_counter()
    with pytest.raises(ImportFileError, match="is not a table of text"):
        read_table(path)
    assert time.perf_counter() - start < 3


def test_ten_megabytes_of_text_without_known_headings_fail_fast(tmp_path):
    path = tmp_path / "garbage.csv"
    rng = __import__("random").Random(3)
    line = "".join(rng.choice('абвгд ,;"xyz0123') for _ in range(100))
    path.write_text((line + "\n") * 100_000, encoding="utf-8")
    start = time.perf_counter()
    with pytest.raises(ImportFileError):
        read_table(path, is_header=lambda row: "Овог" in row)
    assert time.perf_counter() - start < 3


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_written_tables_read_back_the_same(tmp_path, suffix):
    path = tmp_path / f"out{suffix}"
    rows = [[1, "Батын", "=SUM(A1)", 'a, "quoted"\nline', ""], [2, "Өлзий", "0042", "", "x"]]
    write_table(path, ["No", "Овог", "Тэмдэглэл", "Note", "Other"], rows)
    table = read_table(path)
    assert table.headers == ["No", "Овог", "Тэмдэглэл", "Note", "Other"]
    assert [r.cells + [""] * (5 - len(r.cells)) for r in table.rows] == [
        [str(v) for v in row] for row in rows
    ]
    assert not list(tmp_path.glob("*.part"))


def test_a_csv_is_written_with_a_bom_and_commas_for_excel(tmp_path):
    write_table(tmp_path / "out.csv", ["Овог", "Нэр"], [["Батын", "Сараа"]])
    assert (tmp_path / "out.csv").read_bytes() == "\ufeffОвог,Нэр\r\nБатын,Сараа\r\n".encode()


def test_only_csv_and_xlsx_names_can_be_written(tmp_path):
    with pytest.raises(UserError, match=r"\.csv or \.xlsx"):
        write_table(tmp_path / "out.txt", ["a"], [])


def test_csv_cells_that_look_like_formulas_are_kept_as_text_and_read_back_unchanged(tmp_path):
    path = tmp_path / "out.csv"
    values = ["=HYPERLINK(\"x\")", "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3", "+97699112233", "Сараа"]
    tabular.write_table(path, ["Тэмдэглэл"], [[v] for v in values])
    raw = path.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in raw and "'+cmd" in raw and "'@SUM" in raw and "'-2+3" in raw
    assert "\n+97699112233\n" in raw  # a phone number stays a number
    table = tabular.read_table(path, is_header=lambda cells: cells == ["Тэмдэглэл"])
    assert [row.cells[0] for row in table.rows] == values


def test_a_text_beginning_with_an_apostrophe_and_an_equals_sign_survives_csv(tmp_path):
    path = tmp_path / "t.csv"
    tabular.write_table(path, ["A", "Notes"], [["x", "'="], ["y", "="], ["z", "'plain"]])
    assert [r.cells[1] for r in tabular.read_table(path).rows] == ["'=", "=", "'plain"]
