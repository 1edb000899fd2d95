"""The member roster PDF of 6,500 members: at most 5 s.

Run with: python dev.py bench (or pytest tests/benchmarks -m benchmark -s)."""

from __future__ import annotations

import datetime as dt
import random
import time

import pytest

from asm_assoc.core import association, members, writes
from asm_assoc.core.reports import roster

MEMBERS = 6_500
MAX_SECONDS = 5.0

FAMILY_NAMES = ("Батболд", "Ганбаатар", "Энхбаяр", "Мөнхбат", "Төмөрбаатар", "Сүхбат", "Өлзийбаяр", "Очирбат",
                "Пүрэвдорж", "Үүрийнтуяа", "Жаргалсайхан", "Баярцэцэг-Оюунчимэг", "Нямдорж", "Лхагвасүрэн")
GIVEN_NAMES = ("Сарантуяа", "Оюунчимэг", "Мөнхзул", "Энхжаргал", "Ганзориг", "Түмэнбаяр", "Бат-Эрдэнэ",
               "Мөнх-Очир", "Өлзийбат", "Дашням", "Нарангэрэл Отгонбаяр")
SOUMS = ("64-01", "64-02", "64-03", "64-04")


def insert_members(conn, count: int) -> None:
    """Many members in one transaction through the write path (setting up, not measured)."""
    rng = random.Random(7)
    association_id = association.current_id(conn)
    rows, derived = [], []
    for number in range(1, count + 1):
        m = members.Member(
            number, rng.choice(FAMILY_NAMES), rng.choice(GIVEN_NAMES), sex=rng.choice("FM"),
            birth_date=f"{rng.randint(1960, 2005)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            phones="99112233, 88112233" if number % 4 == 0 else "95011223", aimag_code="64",
            soum_code=rng.choice(SOUMS), role="member" if number > 12 else rng.choice(list(members.ROLES)),
            head_of_household=number % 3 == 0, single_parent=number % 11 == 0, association_id=association_id,
        )
        rows.append(members.row_values(m))
        derived.append(members.derived_columns(m))
    with writes.transaction(conn, writes.SYSTEM, "members.write") as tx:
        tx.insert_many("member", rows, derived)


@pytest.mark.benchmark
@pytest.mark.parametrize("lang", ["mn", "en"])
def test_roster_of_6500_members_renders_within_5_seconds(conn, tmp_path, lang):
    insert_members(conn, MEMBERS)
    calls: list[tuple[int, int]] = []
    started = time.perf_counter()
    out = roster.render_roster_pdf(conn, tmp_path / "roster.pdf", actor=writes.SYSTEM, lang=lang,
                                   today=dt.date(2026, 11, 22),
                                   progress=lambda done, total: calls.append((done, total)))
    seconds = time.perf_counter() - started
    size = out.stat().st_size
    print(f"\nroster PDF of {MEMBERS:,} members ({lang}): {seconds:.2f} s, {size / 1e6:.1f} MB, "
          f"{len(calls)} progress calls")
    assert calls[-1] == (MEMBERS, MEMBERS)
    assert seconds <= MAX_SECONDS
