"""The member list with 100,000 members stays smooth: opening, searching, sorting and jumping far down
the list each take well under half a second (the model reads ids, then only the rows on screen).

Run with: pytest tests/benchmarks -m benchmark -s"""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt

from asm_assoc.core import association, demo, members, writes
from asm_assoc.gui.models.member_table import COLUMNS
from asm_assoc.gui.pages.members_page import MembersPage

ROWS = 100_000
MAX_SECONDS = 0.5

pytestmark = pytest.mark.benchmark


@pytest.fixture
def big_register(conn, actor):
    association_id = association.current_id(conn)
    people = list(demo.generate_members(ROWS, seed=3, aimag_code="64"))
    for m in people:
        m.association_id = association_id
    with writes.transaction(conn, actor, "members.write") as tx:
        tx.insert_many("member", [members.row_values(m) for m in people],
                       [members.derived_columns(m) for m in people])
    return conn


def timed(label: str, action) -> float:
    start = time.perf_counter()
    action()
    seconds = time.perf_counter() - start
    print(f"{label}: {seconds * 1000:.0f} ms")
    return seconds


def test_the_list_of_100000_members_opens_searches_sorts_and_scrolls_quickly(qtbot, big_register, actor):
    page = MembersPage(big_register, actor)
    qtbot.addWidget(page)
    page.resize(1100, 650)
    with qtbot.waitExposed(page):
        page.show()
    model, view = page.model, page.view
    assert model.rowCount() == ROWS

    def jump(row: int) -> None:
        view.scrollTo(model.index(row, 0))
        view.viewport().grab()  # paints the rows now on screen

    times = {
        "open": timed("open (all members, by name)", page.apply_filter),
        "scroll": timed("jump to the middle and paint", lambda: jump(ROWS // 2)),
        "search": timed("search 'бат'", lambda: (page.search.setText("бат"), page.apply_filter())),
        "clear": timed("clear search", lambda: (page.search.clear(), page.apply_filter())),
        "sort": timed("sort by number, descending",
                      lambda: view.sortByColumn(COLUMNS.index("member_no"), Qt.SortOrder.DescendingOrder)),
        "end": timed("jump to the end and paint", lambda: jump(ROWS - 1)),
    }
    assert model.fetches <= 10  # a handful of block reads, not one per row
    slow = {k: round(v, 3) for k, v in times.items() if v > MAX_SECONDS}
    assert slow == {}
