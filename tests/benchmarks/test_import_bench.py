"""Importing 100,000 members from a CSV file: at most 10 s, and at least a third of the speed of a bare
`executemany` of the same rows into an empty member table, measured in the same run.

Run with: python dev.py bench (or pytest tests/benchmarks -m benchmark -s)."""

from __future__ import annotations

import csv
import random
import time
from pathlib import Path

import pytest

from asm_assoc.core import association, db, member_io, writes

ROWS = 100_000
MAX_SECONDS = 10.0
MIN_SPEED_RATIO = 1 / 3

FAMILY_NAMES = (
    "Батболд",
    "Ганбаатар",
    "Энхбаяр",
    "Мөнхбат",
    "Төмөрбаатар",
    "Сүхбат",
    "Эрдэнэ",
    "Очирбат",
    "Пүрэвдорж",
    "Цэрэндорж",
    "Жаргалсайхан",
    "Болдбаатар",
    "Нямдорж",
    "Лхагвасүрэн",
    "Даваа",
    "Баянмөнх",
    "Гантулга",
    "Хишигт",
    "Амарсанаа",
    "Ариунболд",
)
GIVEN_NAMES_F = (
    "Сарантуяа",
    "Оюунчимэг",
    "Мөнхзул",
    "Энхжаргал",
    "Алтанцэцэг",
    "Хулан",
    "Номин",
    "Уранчимэг",
    "Солонго",
    "Цэцгээ",
    "Баярмаа",
    "Гэрэлмаа",
)
GIVEN_NAMES_M = (
    "Ганзориг",
    "Түмэнбаяр",
    "Батзориг",
    "Нармандах",
    "Тэмүүжин",
    "Билгүүн",
    "Ганбат",
    "Отгонбаяр",
    "Бат-Эрдэнэ",
    "Мөнх-Очир",
    "Өлзийбат",
    "Дашням",
)
REGNUM_LETTERS = "АБВГДЕЖЗИКЛМНОӨПРСТУҮФХЦЧШЭЮЯ"
SOUMS = ("Баянговь", "Баянлиг", "Баацагаан", "Баянбулаг")


def make_regnum(rng: random.Random, female: bool) -> tuple[str, str]:
    year = rng.randint(1960, 2006)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    coded_month = month + 20 if year >= 2000 else month
    sex_digit = rng.choice("02468" if female else "13579")
    digits = f"{year % 100:02d}{coded_month:02d}{day:02d}{sex_digit}{rng.randint(0, 9)}"
    letters = rng.choice(REGNUM_LETTERS) + rng.choice(REGNUM_LETTERS)
    return letters + digits, f"{year:04d}-{month:02d}-{day:02d}"


def write_member_csv(path: Path, rows: int, seed: int = 7) -> None:
    """A member list as a director would keep it in Excel: Mongolian headings, dates with dots."""
    rng = random.Random(seed)
    seen: set[str] = set()
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(
            [
                "Овог",
                "Нэр",
                "Регистрийн дугаар",
                "Хүйс",
                "Төрсөн огноо",
                "Утас",
                "Аймаг",
                "Сум",
                "Баг",
                "Элссэн огноо",
                "Өрхийн тэргүүн",
                "Асрамжийн хүн",
            ]
        )
        while len(seen) < rows:
            female = rng.random() < 0.3
            regnum, born = make_regnum(rng, female)
            if regnum in seen:
                continue
            seen.add(regnum)
            out.writerow(
                [
                    rng.choice(FAMILY_NAMES) + "ын",
                    rng.choice(GIVEN_NAMES_F if female else GIVEN_NAMES_M),
                    regnum,
                    "Эм" if female else "Эр",
                    born.replace("-", "."),
                    f"{rng.choice((99, 88, 95, 94, 85, 80, 91))}{rng.randint(0, 999999):06d}",
                    "Баянхонгор",
                    rng.choice(SOUMS),
                    f"{rng.randint(1, 6)}-р баг",
                    f"20{rng.randint(10, 25):02d}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}",
                    rng.choice(("Тийм", "Үгүй")),
                    str(rng.randint(0, 6)),
                ]
            )


def fresh_database(path: Path):
    conn = db.open_database(path)
    association.save(
        conn,
        writes.SYSTEM,
        association.Association(name="Алтан дэлхий ТББ", aimag_code="64", soum_code="64-03"),
    )
    return conn


@pytest.mark.benchmark
def test_import_of_100000_members_is_fast(tmp_path: Path) -> None:
    source = tmp_path / "members.csv"
    write_member_csv(source, ROWS)

    conn = fresh_database(tmp_path / "import" / "asm-assoc.db")
    start = time.perf_counter()
    plan, summary = member_io.import_file(conn, writes.SYSTEM, source)
    import_seconds = time.perf_counter() - start
    assert summary is not None and summary.added == ROWS, plan.summary().text()

    # The same rows, written by a bare executemany into an identical empty member table.
    cursor = conn.execute("SELECT * FROM member")
    columns = [d[0] for d in cursor.description]
    rows = cursor.fetchall()
    bare = fresh_database(tmp_path / "bare" / "asm-assoc.db")
    bare_association = association.current_id(bare)
    rows = [
        tuple(bare_association if c == "association_id" else v for c, v in zip(columns, r, strict=True))
        for r in rows
    ]
    sql = f"INSERT INTO member ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    start = time.perf_counter()
    bare.execute("BEGIN IMMEDIATE")
    bare.executemany(sql, rows)
    bare.execute("COMMIT")
    bare_seconds = time.perf_counter() - start

    # For the record (not a limit): a bare executemany of everything the import writes, its change-log
    # entries included, into a third database.
    log_cursor = conn.execute("SELECT * FROM change_log WHERE table_name = 'member'")
    log_columns = [d[0] for d in log_cursor.description]
    log_rows = log_cursor.fetchall()
    everything = fresh_database(tmp_path / "bare-with-log" / "asm-assoc.db")
    rows_here = [tuple(association.current_id(everything) if c == "association_id" else v
                       for c, v in zip(columns, r, strict=True)) for r in rows]
    log_sql = f"INSERT INTO change_log ({', '.join(log_columns)}) VALUES ({', '.join('?' * len(log_columns))})"
    start = time.perf_counter()
    everything.execute("BEGIN IMMEDIATE")
    everything.executemany(sql, rows_here)
    everything.executemany(log_sql, log_rows)
    everything.execute("COMMIT")
    everything_seconds = time.perf_counter() - start

    ratio = bare_seconds / import_seconds
    print(
        f"bare executemany of the members and their change-log entries: {everything_seconds:.2f} s "
        f"(import speed / that: {everything_seconds / import_seconds:.2f}, for the record)"
    )
    print(
        f"\nimport of {ROWS:,} members from CSV: {import_seconds:.2f} s ({ROWS / import_seconds:,.0f} rows/s)"
    )
    print(f"bare executemany of the same rows: {bare_seconds:.2f} s ({ROWS / bare_seconds:,.0f} rows/s)")
    print(f"import speed / bare speed: {ratio:.2f} (must be at least {MIN_SPEED_RATIO:.2f})")
    assert import_seconds <= MAX_SECONDS
    assert ratio >= MIN_SPEED_RATIO
