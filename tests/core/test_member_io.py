"""Importing members from a spreadsheet and exporting the register to one."""

from __future__ import annotations

import csv
import datetime as dt
import gettext
import hashlib
import json
import os
from pathlib import Path

import openpyxl
import pytest

from asm_assoc.core import i18n, member_columns, member_io, members, writes
from asm_assoc.core.errors import UserError
from asm_assoc.core.member_io import ImportFileError
from asm_assoc.core.progress import Cancelled

TODAY = dt.date(2026, 11, 22)
HEADER = ["Овог", "Нэр", "Регистрийн дугаар", "Утас"]


def write_csv(
    path: Path, rows: list[list[object]], *, delimiter: str = ",", encoding: str = "utf-8-sig"
) -> Path:
    with open(path, "w", encoding=encoding, newline="") as fh:
        csv.writer(fh, delimiter=delimiter).writerows(rows)
    return path


def plan_file(conn, path: Path, **kw) -> member_io.ImportPlan:
    table, mapping = member_io.read_file(path)
    return member_io.plan_import(conn, table, mapping, actor=writes.SYSTEM, today=TODAY, **kw)


def counts(conn) -> tuple[int, int]:
    return (
        conn.execute("SELECT count(*) FROM member").fetchone()[0],
        conn.execute("SELECT count(*) FROM change_log").fetchone()[0],
    )


def save(conn, actor, **kw) -> members.Member:
    base = dict(member_no=None, family_name="Батын", given_name="Сараа", sex="F")
    return members.save(conn, actor, members.Member(**{**base, **kw}), today=TODAY).member


def records(conn) -> list[dict]:
    """Every member's stored fields (but its ids), by member number."""
    cols = [*[f for f in members.FIELDS if f != "association_id"], "name_key", "search_text"]
    rows = conn.execute(f"SELECT {', '.join(cols)} FROM member ORDER BY member_no").fetchall()
    return [dict(zip(cols, r, strict=True)) for r in rows]


# Column mapping -----------------------------------------------------------------------------------------


HEADINGS = [  # (as a Mongolian file says it, as an English one does, the field)
    ("Гишүүний дугаар", "Member no.", "member_no"),
    ("овог", "Surname", "family_name"),
    (" НЭР ", "First name", "given_name"),
    ("РД", "Registration number", "regnum"),
    ("Хүйс", "Gender", "sex"),
    ("Төрсөн огноо", "Date of birth", "birth_date"),
    ("Утас", "Phone", "phones"),
    ("Аймаг", "Aimag", "aimag_code"),
    ("Сум", "District", "soum_code"),
    ("Баг", "Bagh", "bagh"),
    ("Элссэн огноо", "Date joined", "joined_on"),
    ("Өрхийн тэргүүн", "Head of household", "head_of_household"),
    ("Хөгжлийн бэрхшээл", "Disability", "disability"),
    ("Тэмдэглэл", "Notes", "notes"),
]


def test_headings_are_recognised_in_mongolian_and_english_whatever_the_case_and_spacing():
    expected = [field for _, _, field in HEADINGS]
    assert list(member_io.guess_mapping([mn for mn, _, _ in HEADINGS]).values()) == expected
    assert list(member_io.guess_mapping([en for _, en, _ in HEADINGS]).values()) == expected


def test_headings_with_notes_numbering_or_slashes_are_recognised():
    headers = ["1. Овог", "Нэр (Given name)", "Аймаг/хот", "Сум/дүүрэг", "Регистрийн №", "Something else"]
    assert list(member_io.guess_mapping(headers).values()) == [
        "family_name",
        "given_name",
        "aimag_code",
        "soum_code",
        "regnum",
        None,
    ]


def test_a_field_named_by_two_columns_is_taken_by_the_first():
    assert member_io.guess_mapping(["Овог", "Нэр", "Name", "Утас"]) == {
        0: "family_name",
        1: "given_name",
        2: None,
        3: "phones",
    }


def test_export_headings_in_either_language_map_back_to_their_fields():
    for lang in ("mn", "en"):
        mapping = member_io.guess_mapping(member_io.headings(lang))
        assert list(mapping.values()) == list(member_columns.FIELDS)


def test_a_file_without_a_required_column_names_what_is_missing(conn, tmp_path):
    path = write_csv(tmp_path / "m.csv", [["Овог", "Утас"], ["Батын", "99112233"]])
    with pytest.raises(ImportFileError) as err:
        plan_file(conn, path)
    assert "The file has no column for: Given name." in err.value.text()


def test_the_person_can_change_the_mapping(conn, tmp_path):
    path = write_csv(
        tmp_path / "m.csv",
        [["Овог", "Нэр", "Холбоо барих", "Утас"], ["Батын", "Сараа", "99112233", "not a phone"]],
    )
    table, mapping = member_io.read_file(path)
    assert mapping == {0: "family_name", 1: "given_name", 2: None, 3: "phones"}
    mapping.update({2: "phones", 3: None})
    plan = member_io.plan_import(conn, table, mapping, actor=writes.SYSTEM, today=TODAY)
    row = plan.rows[0]
    # A sex is required; without a РД column the row says so, and nothing else is wrong.
    assert [e.text() for e in row.errors] == ["Choose the member's sex."]
    assert row.member.phones == "99112233"


# Values -------------------------------------------------------------------------------------------------


def test_cell_values_are_understood_in_both_languages():
    columns = [
        (i, f, f)
        for i, f in enumerate(
            [
                "sex",
                "birth_date",
                "head_of_household",
                "single_parent",
                "aimag_code",
                "soum_code",
                "role",
                "status",
                "work_kind",
            ]
        )
    ]
    cases = [
        (
            ["Эм", "2024.03.05", "Тийм", "үгүй", "Баянхонгор", "Баянговь", "member", "Active", "processing"],
            ["F", "2024-03-05", True, False, "64", "64-03", "member", "active", "processing"],
        ),
        (
            [
                "эрэгтэй",
                "05/03/2024",
                "x",
                "",
                "bayankhongor",
                "Bayangovi",
                "Board member",
                "left",
                "Trading",
            ],
            ["M", "2024-03-05", True, False, "64", "64-03", "board_member", "left", "trading"],
        ),
        (
            ["F", "2024-3-5", "1", "0", "64", "64-03", "TREASURER", "Suspended", "Other work"],
            ["F", "2024-03-05", True, False, "64", "64-03", "treasurer", "suspended", "other"],
        ),
        (
            [
                "male",
                "5.3.2024",
                "Yes",
                "No",
                "Баянхонгор аймаг",
                "баянговь сум",
                "chair",
                "deceased",
                "Digging",
            ],
            ["M", "2024-03-05", True, False, "64", "64-03", "chair", "deceased", "digging"],
        ),
    ]
    for cells, expected in cases:
        values, problems = member_columns.parse_row(cells, columns)
        assert problems == {}
        assert [values[c[1]] for c in columns] == expected


def test_a_cell_not_understood_names_its_column_and_value():
    columns = [
        (0, "sex", "Хүйс"),
        (1, "birth_date", "Төрсөн"),
        (2, "disability", "ХБ"),
        (3, "aimag_code", "Аймаг"),
        (4, "status", "Төлөв"),
        (5, "soum_code", "Сум"),
    ]
    cells = ["?", "31.02.2024", "maybe", "Атлантис", "gone", "Баян-Овоо"]
    values, problems = member_columns.parse_row(cells, columns)
    assert [p.text() for p in problems.values()] == [
        "Column “Хүйс”: “?” is not a sex; write M or F (Эр or Эм).",
        "Column “Төрсөн”: “31.02.2024” is not a date; write it like 2024-03-25.",
        "Column “ХБ”: “maybe” is not yes or no; write Yes or No (Тийм or Үгүй).",
        "Column “Аймаг”: there is no aimag “Атлантис”; write its name as on the list of aimags.",
        "Column “Төлөв”: “gone” is not one of the choices: Active, Suspended, Left, Deceased.",
        "Column “Сум”: “Баян-Овоо” is not a soum of the aimag on this row; write the soum's name and the "
        "aimag.",
    ]


def test_a_soum_without_an_aimag_is_looked_for_in_the_associations_aimag_first():
    columns = [(0, "soum_code", "Сум")]
    # Баян-Овоо is a soum in several aimags; the association is in Баянхонгор (64).
    assert member_columns.parse_row(["Баян-Овоо"], columns, "64")[0] == {
        "soum_code": "64-05",
        "aimag_code": "64",
    }
    assert "soum_code" in member_columns.parse_row(["Баян-Овоо"], columns)[1]


def test_choice_labels_are_recognised_in_mongolian_once_the_catalog_translates_them(monkeypatch):
    catalog = gettext.NullTranslations()
    words = {"Board member": "Удирдах зөвлөлийн гишүүн", "Kind of work": "Ажлын төрөл ба хэлбэр"}
    catalog.gettext = lambda message: words.get(message, message)  # type: ignore[method-assign]
    monkeypatch.setattr(member_columns, "translator", lambda lang: i18n.Translator(lang, catalog))
    for cached in (
        member_columns._choice_table,
        member_columns._heading_table,
        member_columns.field_for_heading,
    ):
        cached.cache_clear()
    try:
        values, problems = member_columns.parse_row(["удирдах зөвлөлийн гишүүн"], [(0, "role", "Үүрэг")])
        assert (values, problems) == ({"role": "board_member"}, {})
        assert member_columns.field_for_heading("Ажлын төрөл ба хэлбэр") == "work_kind"
    finally:
        for cached in (
            member_columns._choice_table,
            member_columns._heading_table,
            member_columns.field_for_heading,
        ):
            cached.cache_clear()


# Planning and applying ----------------------------------------------------------------------------------


def test_rows_are_planned_with_their_spreadsheet_line_numbers(conn, tmp_path):
    path = write_csv(
        tmp_path / "m.csv",
        [
            HEADER,
            ["Батын", "Сараа", "УБ99032228", ""],
            [],
            ["", "", "", ""],
            ["Доржийн", "", "УБ99032219", "12"],
        ],
    )
    plan = plan_file(conn, path)
    assert [(r.line, r.action) for r in plan.rows] == [(2, "add"), (5, "error")]
    assert [e.text() for e in plan.rows[1].errors] == [
        "Enter the given name (нэр).",
        "A phone number has 8 digits (optionally after +976); “12” does not.",
    ]
    assert plan.rows[0].member.sex == "F" and plan.rows[0].member.birth_date == "1999-03-22"


def test_letters_lost_by_an_old_code_page_are_pointed_out(conn, tmp_path):
    # Excel saving "CSV" in Windows-1251 writes "?" for Ө and Ү, which that code page lacks.
    rows = [
        ["Овог", "Нэр", "Sex"],
        ["Батб?лд", "Сараа", "эм"],
        ["Доржийн", "Бат?", "эр"],
        ["Цэнд", "Оюу", "эм"],
    ]
    plan = plan_file(conn, write_csv(tmp_path / "m.csv", rows, delimiter=";", encoding="cp1251"))
    assert [len(r.warnings) for r in plan.rows] == [1, 1, 0]
    assert plan.rows[0].warnings[0].text().startswith("A “?” stands where a letter was")
    assert [r.action for r in plan.rows] == ["add"] * 3


def test_planning_writes_nothing(conn, tmp_path):
    before = counts(conn)
    plan_file(conn, write_csv(tmp_path / "m.csv", [HEADER, ["Батын", "Сараа", "УБ99032228", ""]]))
    assert counts(conn) == before


def test_new_rows_get_consecutive_numbers_after_the_register_and_the_files_own(conn, actor, tmp_path):
    save(conn, actor, member_no=10)
    rows = [
        ["Гишүүний дугаар", "Овог", "Нэр", "Хүйс"],
        ["", "А", "Бат", "эр"],
        ["", "Б", "", "эр"],
        ["12", "В", "Дорж", "эр"],
        ["", "Г", "Цэцэг", "эм"],
        ["", "Д", "Нараа", "эм"],
    ]
    plan = plan_file(conn, write_csv(tmp_path / "m.csv", rows))
    # The row with an error takes no number; 12 is the file's own.
    assert [(r.action, r.member.member_no) for r in plan.rows] == [
        ("add", 11),
        ("error", None),
        ("add", 12),
        ("add", 13),
        ("add", 14),
    ]


def test_two_rows_with_the_same_regnum_or_number_are_both_errors_naming_each_other(conn, tmp_path):
    rows = [
        ["Гишүүний дугаар", *HEADER],
        ["5", "А", "Сараа", "УБ99032228", ""],
        ["6", "Б", "Туяа", "уб99032228", ""],
        ["5", "В", "Оюу", "", ""],
        ["7", "Г", "Бат", "УБ99032219", ""],
    ]
    plan = plan_file(conn, write_csv(tmp_path / "m.csv", rows))
    assert [[e.text() for e in r.errors] for r in plan.rows] == [
        [
            "The registration number УБ99032228 is also on line 3 of this file.",
            "Member number 5 is also on line 4 of this file.",
        ],
        ["The registration number УБ99032228 is also on line 2 of this file."],
        ["Choose the member's sex.", "Member number 5 is also on line 2 of this file."],
        [],
    ]


def test_a_known_regnum_is_skipped_or_updated_as_chosen(conn, actor, tmp_path):
    known = save(conn, actor, regnum="УБ99032228", phones="99112233", member_no=42)
    path = write_csv(tmp_path / "m.csv", [HEADER, ["Батын", "Сараа", "уб 99032228", "88112233"]])

    skip = plan_file(conn, path, on_known_regnum="skip")
    assert skip.rows[0].action == "skip"
    assert skip.rows[0].reason.text() == "Already in the register as member no. 42, Батын Сараа; not changed."

    update = plan_file(conn, path, on_known_regnum="update")
    assert update.rows[0].action == "update"
    member_io.apply_import(conn, actor, update)
    after = members.get(conn, known.id)
    assert (after.phones, after.member_no, after.sex) == ("88112233", 42, "F")


def test_an_update_takes_the_member_number_the_file_gives(conn, actor, tmp_path):
    known = save(conn, actor, regnum="УБ99032228", member_no=42)
    path = write_csv(
        tmp_path / "m.csv", [["Гишүүний дугаар", *HEADER], ["7", "Батын", "Сараа", "УБ99032228", ""]]
    )
    member_io.apply_import(conn, actor, plan_file(conn, path, on_known_regnum="update"))
    assert members.get(conn, known.id).member_no == 7


def test_empty_cells_of_number_sex_and_choices_keep_the_register_or_give_the_defaults(conn, actor, tmp_path):
    known = save(conn, actor, regnum="УБ99032228", member_no=42, role="treasurer", status="suspended")
    assert known.sex == "F"
    heads = ["Гишүүний дугаар", "Хүйс", "Үүрэг", "Төлөв", "Ажлын төрөл", *HEADER]
    path = write_csv(tmp_path / "m.csv", [heads, ["", "", "", "", "", "Батын", "Сараа", "УБ99032228", "88112233"],
                                          ["", "", "", "", "", "Доржийн", "Бат", "УБ80010119", ""]])
    plan = plan_file(conn, path, on_known_regnum="update")
    updated, added = plan.rows
    assert (updated.action, added.action) == ("update", "add")
    assert (updated.member.member_no, updated.member.sex, updated.member.role, updated.member.status) == (
        42, "F", "treasurer", "suspended")
    assert (added.member.member_no, added.member.sex, added.member.role, added.member.status,
            added.member.work_kind) == (43, "M", "member", "active", "digging")  # sex from the РД


def test_a_row_that_changes_nothing_is_unchanged_and_writes_nothing(conn, actor, tmp_path):
    save(conn, actor, regnum="УБ99032228", phones="99112233")
    path = write_csv(tmp_path / "m.csv", [HEADER, ["Батын", "Сараа", "УБ99032228", "9911-2233"]])
    before = counts(conn)
    summary = member_io.apply_import(conn, actor, plan_file(conn, path, on_known_regnum="update"))
    assert (summary.unchanged, counts(conn)) == (1, before)


def test_valid_only_writes_the_valid_rows_and_reports_the_others(conn, actor, tmp_path):
    save(conn, actor, regnum="УБ99032228")
    rows = [
        HEADER,
        ["Батын", "Сараа", "УБ99032228", ""],
        ["Доржийн", "Бат", "УБ99032219", ""],
        ["Цэнд", "", "УБ80010112", ""],
        ["Нямын", "Оюу", "УБ80010124", "99112233"],
    ]
    summary = member_io.apply_import(
        conn, actor, plan_file(conn, write_csv(tmp_path / "m.csv", rows)), mode="valid_only"
    )
    assert (summary.added, summary.updated, summary.skipped) == (2, 0, 2)
    assert summary.text(i18n.translator("en")) == (
        "2 added, 0 updated, 0 unchanged, 2 skipped.\n"
        "Line 2: Already in the register as member no. 1, Батын Сараа; not changed.\n"
        "Line 4: Enter the given name (нэр)."
    )
    assert sorted(m.given_name for m in members.all_members(conn)) == ["Бат", "Оюу", "Сараа"]


def test_all_or_nothing_writes_nothing_when_a_row_has_an_error(conn, actor, tmp_path):
    rows = [
        HEADER,
        ["Доржийн", "Бат", "УБ99032219", ""],
        ["Цэнд", "", "", ""],
        ["Нямын", "Оюу", "УБ8001", ""],
    ]
    plan = plan_file(conn, write_csv(tmp_path / "m.csv", rows))
    before = counts(conn)
    with pytest.raises(UserError) as err:
        member_io.apply_import(conn, actor, plan, mode="all_or_nothing")
    assert err.value.text().startswith("Rows with errors: 2. Nothing was imported.")
    assert counts(conn) == before


def test_all_or_nothing_writes_every_row_of_a_good_file_in_one_transaction(conn, actor, tmp_path):
    rows = [HEADER, ["Доржийн", "Бат", "УБ99032219", ""], ["Нямын", "Оюу", "УБ80010124", ""]]
    plan = plan_file(conn, write_csv(tmp_path / "m.csv", rows))
    summary = member_io.apply_import(conn, actor, plan, mode="all_or_nothing")
    assert summary.added == 2 and all(r.member.id for r in plan.rows)
    stamps = conn.execute(
        "SELECT DISTINCT op, table_name FROM change_log WHERE table_name = 'member'"
    ).fetchall()
    assert stamps == [("insert", "member")]


@pytest.mark.parametrize("rows_per_statement", [500, 2], ids=["direct", "background writer"])
def test_cancelling_while_writing_writes_nothing(conn, actor, tmp_path, monkeypatch, rows_per_statement):
    from asm_assoc.core import writes

    monkeypatch.setattr(writes, "ROWS_PER_STATEMENT", rows_per_statement)
    rows = [["Хүйс", *HEADER]] + [["эр", "Доржийн", f"Бат{i}", "", ""] for i in range(5)]
    table, mapping = member_io.read_file(write_csv(tmp_path / "m.csv", rows))
    plan = member_io.plan_import(conn, table, mapping, actor=writes.SYSTEM, today=TODAY)
    assert plan.count("add") == 5
    before = counts(conn)

    def cancel(done: int, total: int) -> None:
        if done == total:  # every row has been inserted, the transaction is not yet committed
            raise Cancelled

    with pytest.raises(Cancelled):
        member_io.apply_import(conn, actor, plan, progress=cancel)
    assert counts(conn) == before and all(r.member.id is None for r in plan.rows)


def test_progress_is_reported_up_to_the_total(conn, actor, tmp_path):
    rows = [["Хүйс", *HEADER]] + [["эр", "Доржийн", f"Бат{i}", "", ""] for i in range(2500)]
    seen: list[tuple[int, int]] = []
    member_io.import_file(
        conn, actor, write_csv(tmp_path / "m.csv", rows), progress=lambda d, t: seen.append((d, t))
    )
    planning, writing = [s for s in seen if s[1] == 5000], [s for s in seen if s[1] == 2500]
    assert planning[-1] == (5000, 5000) and writing[-1] == (2500, 2500)
    assert [d for d, _ in writing] == sorted(d for d, _ in writing)


def test_the_change_log_of_an_import_verifies_with_the_canonical_hash(conn, actor, tmp_path):
    rows = [HEADER, ["Доржийн", 'Бат "Б"', "УБ99032219", ""], ["Нямын", "Оюу\\", "УБ80010124", ""]]
    member_io.import_file(conn, actor, write_csv(tmp_path / "m.csv", rows))
    keys = [
        "id",
        "device_id",
        "seq",
        "hlc",
        "user_id",
        "user_name",
        "at",
        "table_name",
        "row_id",
        "op",
        "changes",
    ]
    for row in conn.execute(f"SELECT {', '.join(keys)}, prev_hash, hash FROM change_log WHERE op = 'insert'"):
        entry = dict(zip(keys, row[:11], strict=True))
        body = json.dumps(entry, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        assert hashlib.sha256((row[11] + "\n" + body).encode()).hexdigest() == row[12]
        stored = members.get(conn, entry["row_id"]) if entry["table_name"] == "member" else None
        if stored:
            assert json.loads(entry["changes"]) == {
                k: [None, v] for k, v in members.row_values(stored).items()
            }


def test_an_import_needs_the_associations_profile(db_path, tmp_path):
    from asm_assoc.core import db

    conn = db.open_database(db_path)
    try:
        with pytest.raises(UserError, match="association's profile"):
            plan_file(conn, write_csv(tmp_path / "m.csv", [HEADER, ["Батын", "Сараа", "", ""]]))
    finally:
        conn.close()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bin.csv", bytes(range(256)) * 40, "is not a table of text"),
        ("empty.csv", b"", "is empty"),
        ("header.csv", "Овог,Нэр,РД\r\n".encode(), "only the heading row"),
        ("garbage.csv", os.urandom(10 * 1024 * 1024), "is not a table of text"),
        ("words.csv", ("lorem,ipsum,dolor\n" * 1000).encode(), "No column heading"),
        ("fake.xlsx", "Овог,Нэр\nБатын,Сараа\n".encode(), "not a real Excel workbook"),
        ("gone.csv", None, "cannot be opened"),
    ],
)
def test_a_bad_file_gets_a_clear_message_and_changes_nothing(conn, actor, tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    before = counts(conn)
    with pytest.raises(ImportFileError) as err:
        member_io.import_file(conn, actor, path)
    assert message in err.value.text()
    assert counts(conn) == before


# Export -------------------------------------------------------------------------------------------------


def make_register(conn, actor) -> None:
    save(
        conn,
        actor,
        regnum="УБ99032228",
        phones="99112233, +97688112233",
        aimag_code="64",
        soum_code="64-03",
        bagh="2-р баг",
        head_of_household=True,
        dependants=3,
        joined_on="2020-05-01",
        role="treasurer",
        notes='Хоёр мөр\n"тэмдэглэл", ; =1+1',
    )
    save(
        conn,
        actor,
        family_name="Доржийн",
        given_name="Бат",
        sex="M",
        birth_date="1980-01-05",
        status="left",
        joined_on="2010-01-01",
        left_on="2020-02-02",
        left_reason="Нүүсэн",
        work_kind="trading",
        disability=True,
        single_parent=True,
        aimag_code="11",
        soum_code="11-03",
    )
    save(conn, actor, family_name="Цэнд", given_name="Оюу", sex="F", member_no=7)


def test_the_export_is_what_a_person_reads_in_excel(conn, actor, tmp_path):
    make_register(conn, actor)
    path = tmp_path / "members.csv"
    assert member_io.export_members(conn, path, actor=writes.SYSTEM, lang="en") == 3
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()[:2]))
    assert rows[0][:6] == [
        "Member no.",
        "Family name",
        "Given name",
        "Registration number",
        "Sex",
        "Birth date",
    ]
    assert rows[1][:13] == [
        "1",
        "Батын",
        "Сараа",
        "УБ99032228",
        "Female",
        "1999-03-22",
        "99112233, +97688112233",
        "Bayankhongor",
        "Bayangovi",
        "2-р баг",
        "Digging",
        "Treasurer",
        "Active",
    ]
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")


def test_the_mongolian_export_names_places_in_mongolian(conn, actor, tmp_path):
    make_register(conn, actor)
    member_io.export_members(conn, tmp_path / "members.xlsx", actor=writes.SYSTEM, lang="mn")
    sheet = openpyxl.load_workbook(tmp_path / "members.xlsx").active
    assert (sheet["H2"].value, sheet["I2"].value, sheet["I3"].value) == ("Баянхонгор", "Баянговь", "Баянгол")
    assert sheet["U2"].data_type == "s"  # a note with "=" stays text


@pytest.mark.parametrize(
    ("suffix", "lang"), [(".csv", "mn"), (".xlsx", "en"), (".csv", "en"), (".xlsx", "mn")]
)
def test_export_then_import_into_the_same_register_changes_nothing(conn, actor, tmp_path, suffix, lang):
    make_register(conn, actor)
    path = tmp_path / f"members{suffix}"
    member_io.export_members(conn, path, actor=writes.SYSTEM, lang=lang)
    before, register = counts(conn), records(conn)
    plan, summary = member_io.import_file(conn, actor, path, on_known_regnum="update", mode="all_or_nothing")
    assert [r.action for r in plan.rows] == ["unchanged"] * 3
    assert (counts(conn), records(conn)) == (before, register)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_into_an_empty_register_gives_the_same_records(conn, actor, tmp_path, suffix):
    from asm_assoc.core import association, db, writes

    make_register(conn, actor)
    path = tmp_path / f"members{suffix}"
    member_io.export_members(conn, path, actor=writes.SYSTEM)
    other = db.open_database(tmp_path / "other" / "asm-assoc.db")
    try:
        association.save(other, writes.SYSTEM, association.Association(name="Шинэ"))
        plan, summary = member_io.import_file(other, actor, path, mode="all_or_nothing")
        assert summary.added == 3
        assert records(other) == records(conn)
    finally:
        other.close()


def test_the_template_is_the_heading_row_alone(conn, actor, tmp_path):
    for suffix in (".csv", ".xlsx"):
        path = tmp_path / f"template{suffix}"
        member_io.write_template(path, "en")
        with pytest.raises(ImportFileError, match="only the heading row"):
            member_io.read_file(path)
    assert (tmp_path / "template.csv").read_text(encoding="utf-8-sig").splitlines() == [
        ",".join(member_io.headings("en"))
    ]


def indexes(conn) -> list[tuple]:
    return conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name").fetchall()


def test_a_bulk_import_into_a_new_register_keeps_every_index_and_rule(conn, actor, tmp_path, monkeypatch):
    from asm_assoc.core import writes

    monkeypatch.setattr(writes, "BULK_INSERT_MIN_ROWS", 2)  # the indexes are rebuilt even for a small file
    monkeypatch.setattr(writes, "ROWS_PER_STATEMENT", 1)  # and the rows are written by the background writer
    rows = [HEADER, ["Доржийн", "Бат", "УБ99032219", ""], ["Нямын", "Оюу", "УБ80010124", ""]]
    plan = plan_file(conn, write_csv(tmp_path / "m.csv", rows))
    before_indexes, before = indexes(conn), counts(conn)
    # The register changed after the check: another member took the number the plan gives the second row.
    plan.rows[1].member.member_no = plan.rows[0].member.member_no
    with pytest.raises(UserError, match="register was changed"):
        member_io.apply_import(conn, actor, plan)
    assert (indexes(conn), counts(conn)) == (before_indexes, before)

    plan = plan_file(conn, write_csv(tmp_path / "m.csv", rows))
    assert member_io.apply_import(conn, actor, plan).added == 2
    assert indexes(conn) == before_indexes


def test_importing_a_file_twice_adds_nobody_twice_even_without_numbers(conn, actor, tmp_path):
    source = tmp_path / "no-numbers.csv"
    source.write_text(
        "Овог,Нэр,Хүйс,Төрсөн огноо\n"
        "Батын,Сараа,Эм,1990-05-01\n"
        "Доржийн,Болд,Эр,1985-02-03\n"
        "Цэрэнгийн,Туяа,Эм,2031-01-01\n",  # a birth date in the future: left out the first time
        encoding="utf-8",
    )
    first = member_io.import_file(conn, actor, source)[1]
    assert (first.added, first.skipped) == (2, 1)
    second = member_io.import_file(conn, actor, source)[1]
    assert second.added == 0
    assert conn.execute("SELECT count(*) FROM member").fetchone()[0] == 2
