"""The member list: search as you type, filters, Mongolian order, archive; the model loads rows lazily."""

from __future__ import annotations

import pytest
from gui_helpers import type_text
from PySide6.QtCore import Qt

from asm_assoc.core import member_list, members, writes
from asm_assoc.gui.models.member_table import COLUMNS, MemberTableModel
from asm_assoc.gui.pages.members_page import MembersPage
from asm_assoc.gui.widgets.place_combos import select_code


@pytest.fixture
def page(qtbot, conn, actor, register):
    widget = MembersPage(conn, actor)
    qtbot.addWidget(widget)
    widget.resize(1000, 500)
    widget.show()
    return widget


def shown_names(page: MembersPage) -> list[str]:
    model = page.model
    column = COLUMNS.index("name")
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_names_are_listed_in_mongolian_alphabetical_order(page):
    # Code-point order would put Өлзий and Үүрийн after Ус; the Mongolian alphabet puts Ө after О, Ү after У.
    assert shown_names(page) == ["Бат Мөнхзул", "Олон Бат", "Өлзий Туяа", "Ус Сараа", "Үүрийн Болд"]


def test_opening_the_list_sorts_the_register_once_in_name_order(conn, actor, register, monkeypatch):
    """Only the name order is made when the page opens (100,000 members: each other order costs a sort)."""
    made = []
    view = member_list.MemberIndex._view
    monkeypatch.setattr(member_list.MemberIndex, "_view",
                        lambda self, sort, archived, descending: made.append((sort, descending))
                        or view(self, sort, archived, descending))
    MembersPage(conn, actor)
    assert set(made) == {("name", False)}


def test_clicking_the_name_header_again_sorts_backwards(page):
    page.view.sortByColumn(COLUMNS.index("name"), Qt.SortOrder.DescendingOrder)
    assert shown_names(page) == ["Үүрийн Болд", "Ус Сараа", "Өлзий Туяа", "Олон Бат", "Бат Мөнхзул"]
    assert page.model.filter.sort == "name" and page.model.filter.descending


def test_typing_in_the_search_box_narrows_the_list(qtbot, page):
    type_text(qtbot, page.search, "өлз")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert shown_names(page) == ["Өлзий Туяа"]
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 5)


def test_the_sex_filter_shows_only_that_sex(page):
    select_code(page.sex, "M")
    assert shown_names(page) == ["Олон Бат", "Үүрийн Болд"]


def test_the_soum_filter_lists_the_soums_in_use_by_name(page):
    labels = [page.soum.itemText(i) for i in range(1, page.soum.count())]
    assert labels == ["Bayan-Ovoo", "Bayangovi"]
    select_code(page.soum, "64-05")
    assert shown_names(page) == ["Ус Сараа", "Үүрийн Болд"]


def test_archiving_hides_a_member_and_show_archive_brings_them_back(page, conn, register, answer_yes):
    page.select_member(register["Ус"])
    page.archive_selected()
    assert len(answer_yes) == 1 and "Ус Сараа" in answer_yes[0]
    assert "Ус Сараа" not in shown_names(page)
    assert members.get(conn, register["Ус"]).archived

    page.archive.setChecked(True)
    assert shown_names(page) == ["Ус Сараа"]
    page.select_member(register["Ус"])
    page.archive_selected()  # in the archive the same button restores
    assert shown_names(page) == []
    page.archive.setChecked(False)
    assert "Ус Сараа" in shown_names(page)


def test_the_count_reports_shown_and_total(qtbot, page):
    with qtbot.waitSignal(page.countChanged) as signal:
        select_code(page.sex, "F")
    assert signal.args == [3, 5]


def test_rows_are_fetched_in_blocks_only_when_shown(conn, actor, register):
    model = MemberTableModel(conn, writes.SYSTEM)
    model.set_filter(model.filter)
    assert model.fetches == 0  # the query returned ids only
    for row in range(model.rowCount()):
        model.data(model.index(row, 1))
    assert model.fetches == 1  # one block held all five


def test_a_changed_member_shows_after_refresh(conn, actor, register):
    model = MemberTableModel(conn, writes.SYSTEM)
    model.set_filter(model.filter)
    row = model.row_of(register["Бат"])
    assert model.data(model.index(row, COLUMNS.index("status"))) == "Active"
    m = members.get(conn, register["Бат"])
    m.status, m.left_on = "left", "2026-01-05"
    members.save(conn, actor, m)
    model.refresh()
    assert model.data(model.index(model.row_of(register["Бат"]), COLUMNS.index("status"))) == "Left"
