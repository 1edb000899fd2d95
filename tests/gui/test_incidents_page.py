"""The safety pages: the incident list and its filters, the home page's figures and overdue actions, the
hours worked per month, what a viewer may not do, and both pages in the main window."""

from __future__ import annotations

import datetime as dt
import sys
import types

import pytest
from incident_support import TODAY, add_member, hurt, incident, record
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog

from asm_assoc.core import writes
from asm_assoc.core.incidents import actions, book, hours
from asm_assoc.core.incidents import vocabulary as v
from asm_assoc.gui.dialogs.hours_dialog import HOURS, METHOD, NOTE, PROBLEM, PROBLEM_TINT, WORKERS, HoursDialog
from asm_assoc.gui.pages import incidents_page
from asm_assoc.gui.pages.home_page import LATE, HomePage
from asm_assoc.gui.pages.incidents_page import NUMBER, PRIVACY, IncidentsPage, PeriodDialog

DIRECTOR = writes.Actor(None, "Сараа", "director")
VIEWER = writes.Actor(None, "Туяа", "viewer")
JANUARY, APRIL, JUNE, DECEMBER = 0, 3, 5, 11


@pytest.fixture
def book_of_three(conn):
    """A lost-time injury in 2025, a near miss and a privacy case with medical treatment in 2026."""
    oyun, bold = add_member(conn, "Бат", "Оюун", "F"), add_member(conn, "Дорж", "Болд", "M")
    return {
        "injury": record(conn, incident("2025-08-04", people=[hurt(oyun, away=5)])),
        "near_miss": record(conn, incident("2026-06-02", kind=v.NEAR_MISS, hazard="explosives")),
        "private": record(conn, incident("2026-09-15", people=[hurt(bold, outcome=v.MEDICAL)], privacy=True)),
    }


class FakeIncidentDialog(QDialog):
    """Stands in for the incident dialog: records what it was opened on and runs `on_exec` as the person."""

    incidentSaved = Signal(str)  # noqa: N815
    opened: list[str | None] = []
    on_exec = None

    def __init__(self, conn, actor, incident_id, parent=None, today=None):
        super().__init__(parent)
        self.conn, self.actor, self.incident_id = conn, actor, incident_id
        FakeIncidentDialog.opened.append(incident_id)

    def exec(self):
        if FakeIncidentDialog.on_exec is not None:
            FakeIncidentDialog.on_exec(self)
        return QDialog.DialogCode.Rejected


@pytest.fixture
def fake_dialog(monkeypatch):
    module = types.ModuleType("asm_assoc.gui.dialogs.incident_dialog")
    module.IncidentDialog = FakeIncidentDialog
    monkeypatch.setitem(sys.modules, module.__name__, module)
    FakeIncidentDialog.opened, FakeIncidentDialog.on_exec = [], None
    return FakeIncidentDialog


def shown_page(qtbot, conn, actor=DIRECTOR) -> IncidentsPage:
    page = IncidentsPage(conn, actor, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    return page


def references(page: IncidentsPage) -> list[str]:
    table = page.ui.incidentsTable
    return [table.item(row, NUMBER).text() for row in range(table.rowCount())]


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


# The incident list -------------------------------------------------------------------------------------

def test_the_list_is_read_only_when_the_page_is_first_shown(qtbot, conn, book_of_three):
    page = IncidentsPage(conn, DIRECTOR, today=TODAY)
    qtbot.addWidget(page)
    assert page.ui.incidentsTable.rowCount() == 0  # the window's start-up reads no incident
    page.show()
    assert references(page) == ["2026-002", "2026-001", "2025-001"]


def test_the_list_shows_each_incident_and_marks_privacy_cases(qtbot, conn, book_of_three):
    page = shown_page(qtbot, conn)
    table = page.ui.incidentsTable
    cells = [table.item(0, column).text() for column in range(table.columnCount())]
    assert cells == ["2026-002", "Sep 15, 2026", "Injury", "Fall of ground (pit or tunnel collapse)",
                     "Хөх толгой уурхай", "1", "Medical treatment", "Reported", "", "Privacy case"]
    assert [table.item(row, PRIVACY).text() for row in (1, 2)] == ["", ""]
    assert page.ui.countLabel.text() == "3 incidents"


def test_the_filters_narrow_the_list_by_year_status_and_kind(qtbot, conn, book_of_three):
    page = shown_page(qtbot, conn)
    ui = page.ui
    assert [ui.yearCombo.itemText(i) for i in range(ui.yearCombo.count())] == ["All years", "2026", "2025"]
    choose(ui.yearCombo, 2025)
    assert references(page) == ["2025-001"]
    choose(ui.yearCombo, None)
    choose(ui.kindCombo, v.NEAR_MISS)
    assert references(page) == ["2026-001"]
    choose(ui.kindCombo, None)
    choose(ui.statusCombo, v.CLOSED)
    assert references(page) == [] and "No incident matches these filters" in ui.hintLabel.text()
    choose(ui.statusCombo, v.REPORTED)
    assert len(references(page)) == 3 and ui.hintLabel.isHidden()


def test_enter_opens_the_selected_incident_and_a_save_shows_in_the_list(qtbot, conn, book_of_three, fake_dialog):
    page = shown_page(qtbot, conn)
    heard = []
    page.incidentSaved.connect(heard.append)

    def correct_the_site(dialog):
        inc = book.get(dialog.conn, dialog.incident_id)
        inc.site = "Шинэ талбай"
        book.save(dialog.conn, dialog.actor, inc, today=TODAY)
        dialog.incidentSaved.emit(inc.id)

    fake_dialog.on_exec = correct_the_site
    page.ui.incidentsTable.selectRow(2)
    qtbot.keyClick(page.ui.incidentsTable, Qt.Key.Key_Return)
    assert fake_dialog.opened == [book_of_three["injury"]] and heard == [book_of_three["injury"]]
    table = page.ui.incidentsTable
    row = references(page).index("2025-001")
    assert table.item(row, 4).text() == "Шинэ талбай" and page.selected_id() == book_of_three["injury"]


def test_new_incident_opens_an_empty_incident_dialog(qtbot, conn, fake_dialog):
    page = shown_page(qtbot, conn)
    assert "No incident is recorded yet" in page.ui.hintLabel.text()
    page.ui.newButton.click()
    assert fake_dialog.opened == [None]


def test_the_real_incident_dialog_opens_from_the_list(qtbot, conn, book_of_three, monkeypatch):
    dialog_module = pytest.importorskip("asm_assoc.gui.dialogs.incident_dialog")
    shown = []
    monkeypatch.setattr(dialog_module.IncidentDialog, "exec", lambda self: shown.append(self) or 0)
    page = shown_page(qtbot, conn)
    page.ui.incidentsTable.selectRow(0)
    page.ui.openButton.click()
    assert len(shown) == 1 and isinstance(shown[0], QDialog)


# Printouts and the export ------------------------------------------------------------------------------

def test_the_period_defaults_to_the_chosen_year_or_this_year_up_to_today():
    assert incidents_page.default_period(2025, TODAY) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert incidents_page.default_period(None, TODAY) == (dt.date(2026, 1, 1), TODAY)


def test_a_period_that_ends_before_it_starts_is_refused(qtbot):
    dialog = PeriodDialog("Print", dt.date(2026, 5, 1), dt.date(2026, 4, 1))
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and "ends before it starts" in dialog.message.text()


@pytest.fixture
def previews(monkeypatch):
    """The period dialog answers OK with its default period; previews are recorded instead of shown."""
    from asm_assoc.gui.dialogs import report_preview

    monkeypatch.setattr(PeriodDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    seen = []
    monkeypatch.setattr(report_preview, "show_report_preview",
                        lambda title, render, parent, lang: seen.append((title, render, lang)))
    return seen


@pytest.mark.parametrize("button, title", [("logButton", "Incident log"), ("summaryButton", "Incident summary"),
                                           ("blankFormButton", "Incident report form")])
def test_each_printout_renders_a_pdf_of_the_period(qtbot, conn, book_of_three, previews, tmp_path, button, title):
    pytest.importorskip("asm_assoc.core.reports.incident_log")
    page = shown_page(qtbot, conn)
    choose(page.ui.yearCombo, 2026)
    getattr(page.ui, button).click()
    [(shown_title, render, lang)] = previews
    assert shown_title == title and lang == "en"
    written = render("en", tmp_path / "report.pdf", lambda done, total: None)
    assert written.read_bytes().startswith(b"%PDF")


def test_export_writes_the_incidents_of_the_period(qtbot, conn, book_of_three, previews, tmp_path, monkeypatch,
                                                    messages):
    pytest.importorskip("asm_assoc.core.incidents.exports")
    target = tmp_path / "incidents.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page = shown_page(qtbot, conn)
    choose(page.ui.yearCombo, 2026)
    page.ui.exportButton.click()
    assert target.exists()
    [(kind, text)] = messages
    assert kind == "information" and "incidents.csv" in text
    assert "2025-001" not in target.read_text(encoding="utf-8-sig")  # outside the period


# The home page -----------------------------------------------------------------------------------------

@pytest.fixture
def overdue(conn, book_of_three):
    """An action of the 2025 injury, due 2026-10-31 and not done: 20 days late on TODAY."""
    action = actions.Action("Тулгуур тавих", "Б. Дорж", "2026-10-31")
    actions.save_action(conn, writes.SYSTEM, book_of_three["injury"], action, today=TODAY)
    return action


def home(qtbot, conn, actor=DIRECTOR) -> HomePage:
    page = HomePage(conn, actor, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    return page


def test_home_shows_the_days_since_the_last_lost_time_injury(qtbot, conn, book_of_three):
    page = home(qtbot, conn)
    # The injury of 2025-08-04 cost days away; the later cases did not (a near miss, medical treatment).
    assert page.ui.daysNumberLabel.text() == "473"
    assert "since the last lost-time injury (on Aug 4, 2025)" in page.ui.daysCaptionLabel.text()
    assert page.ui.openNumberLabel.text() == "3"


def test_home_says_when_no_lost_time_injury_is_recorded(qtbot, conn):
    page = home(qtbot, conn)
    assert page.ui.daysCaptionLabel.text() == "No lost-time injury recorded"
    assert page.ui.overdueTable.isHidden() and page.ui.overdueEmptyLabel.isVisible()


def test_home_lists_an_overdue_action_in_red_and_opens_its_incident(qtbot, conn, overdue, fake_dialog):
    page = home(qtbot, conn)
    table = page.ui.overdueTable
    assert [table.item(0, c).text() for c in range(5)] == ["2025-001", "Тулгуур тавих", "Б. Дорж", "Oct 31, 2026",
                                                          "20"]
    assert table.item(0, LATE).foreground().color().name() == "#b3261e"
    assert page.ui.overdueNumberLabel.text() == "1"

    def mark_done(dialog):
        overdue.status, overdue.done_on = v.ACTION_DONE, "2026-11-19"
        actions.save_action(dialog.conn, dialog.actor, dialog.incident_id, overdue, today=TODAY)
        dialog.incidentSaved.emit(dialog.incident_id)

    fake_dialog.on_exec = mark_done
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert fake_dialog.opened == [overdue.incident_id]
    # Refreshed after the save: nothing is overdue any more.
    assert table.rowCount() == 0 and page.ui.overdueEmptyLabel.isVisible()


# Hours worked ------------------------------------------------------------------------------------------

def hours_dialog(qtbot, conn, actor=DIRECTOR) -> HoursDialog:
    dialog = HoursDialog(conn, actor, year=2026, today=TODAY)
    qtbot.addWidget(dialog)
    return dialog


def type_month(dialog: HoursDialog, row: int, hours_text: str, workers_text: str) -> None:
    dialog.ui.monthsTable.item(row, HOURS).setText(hours_text)
    dialog.ui.monthsTable.item(row, WORKERS).setText(workers_text)


def saved_months(conn) -> dict[str, tuple[int, int, str]]:
    return {m.month: (m.hours, m.workers, m.method) for m in hours.months(conn, "2026-01", "2026-12")}


def test_the_hours_dialog_saves_a_counted_month_and_an_estimate(qtbot, conn):
    dialog = hours_dialog(qtbot, conn)
    type_month(dialog, JANUARY, "8,800", "50")
    ui = dialog.ui
    ui.monthsTable.setCurrentCell(JUNE, HOURS)
    ui.estimateWorkersSpin.setValue(40)
    ui.estimateDaysSpin.setValue(22)
    ui.estimateHoursSpin.setValue(8)
    ui.estimateButton.click()
    assert ui.monthsTable.cellWidget(JUNE, METHOD).currentData() == v.ESTIMATED
    assert "Estimated months: June." in ui.totalsLabel.text()
    ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert saved_months(conn) == {"2026-01": (8800, 50, v.COUNTED), "2026-06": (7040, 40, v.ESTIMATED)}
    assert ui.messageLabel.text() == "Saved: January, June."
    assert hours.months(conn, "2026-06", "2026-06")[0].note == "40 workers × 22 days × 8 hours a day"
    assert dialog.changed_rows() == []


def test_a_refused_month_shows_why_in_its_row_and_writes_nothing(qtbot, conn):
    hours.save(conn, writes.SYSTEM, hours.MonthHours("2026-04", 5000, 30), today=TODAY)
    dialog = hours_dialog(qtbot, conn)
    type_month(dialog, JANUARY, "8800", "50")
    type_month(dialog, APRIL, "99999", "2")  # more than 2 people can work in April, even around the clock
    dialog.ui.monthsTable.item(APRIL, NOTE).setText("шинэ")
    dialog.save()
    table = dialog.ui.monthsTable
    assert "99999 hours is more than 2 workers can work" in table.item(APRIL, PROBLEM).text()
    assert table.item(APRIL, HOURS).background().color() == PROBLEM_TINT
    assert not table.isColumnHidden(PROBLEM)
    assert saved_months(conn) == {"2026-01": (8800, 50, v.COUNTED), "2026-04": (5000, 30, v.COUNTED)}
    assert hours.months(conn, "2026-04", "2026-04")[0].note == ""
    assert "Saved: January." in dialog.ui.messageLabel.text() and "Not saved: April." in dialog.ui.messageLabel.text()


def test_hours_typed_as_words_are_refused_in_their_row(qtbot, conn):
    dialog = hours_dialog(qtbot, conn)
    type_month(dialog, JANUARY, "many", "5")
    dialog.save()
    assert "whole numbers" in dialog.ui.monthsTable.item(JANUARY, PROBLEM).text()
    assert saved_months(conn) == {}
    type_month(dialog, JANUARY, "700", "5")  # correcting the row clears its message
    assert dialog.ui.monthsTable.isColumnHidden(PROBLEM)


def test_months_still_to_come_cannot_be_filled_in(qtbot, conn):
    dialog = hours_dialog(qtbot, conn)
    table = dialog.ui.monthsTable
    assert not table.item(DECEMBER, HOURS).flags() & Qt.ItemFlag.ItemIsEditable
    assert table.item(JANUARY, HOURS).flags() & Qt.ItemFlag.ItemIsEditable
    assert not table.cellWidget(DECEMBER, METHOD).isEnabled()
    table.setCurrentCell(DECEMBER, HOURS)
    assert not dialog.ui.estimateButton.isEnabled()


# What a viewer may do ----------------------------------------------------------------------------------

def test_a_viewer_reads_the_book_but_its_write_buttons_are_disabled(qtbot, conn, book_of_three):
    page = shown_page(qtbot, conn, VIEWER)
    assert len(references(page)) == 3
    assert not page.ui.newButton.isEnabled()
    assert page.ui.openButton.isEnabled() and page.ui.logButton.isEnabled()
    assert not home(qtbot, conn, VIEWER).ui.newButton.isEnabled()
    dialog = hours_dialog(qtbot, conn, VIEWER)
    assert dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).isHidden()
    assert not dialog.ui.monthsTable.item(JANUARY, HOURS).flags() & Qt.ItemFlag.ItemIsEditable
    assert "can read these hours but not change them" in dialog.ui.introLabel.text()


# The main window ---------------------------------------------------------------------------------------

@pytest.fixture
def window(qtbot, qapp, tmp_path):
    from asm_assoc.gui import app as gui_app

    started = gui_app.start(qapp, data_dir=tmp_path / "data", demo=True, lang="en", handle_crashes=False)
    qtbot.addWidget(started)
    yield started
    started.close_database()
    gui_app.stop_logging()


def test_the_window_opens_on_home_with_the_incidents_after_the_savings_groups(qtbot, window):
    pages = window.pages
    titles = [pages.tabText(i) for i in range(pages.count())]
    assert titles[0] == "Home" and pages.currentWidget() is window.home_page
    assert titles.index("Safety incidents") == titles.index("Savings groups") + 1
    assert pages.widget(titles.index("Safety incidents")) is window.incidents_page
    assert window.incidents_page.incidents == []  # not read at start-up
    window.show()
    pages.setCurrentWidget(window.incidents_page)
    assert len(window.incidents_page.incidents) == len(book.listing(window.conn))


def test_ctrl_f_on_the_home_page_goes_to_the_member_search(qtbot, window):
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.find_action.trigger()
    assert window.pages.currentWidget() is window.members_page
    qtbot.waitUntil(window.members_page.search.hasFocus)


def test_a_save_from_the_incidents_tab_refreshes_the_home_page(qtbot, window, fake_dialog):
    home_page, page = window.home_page, window.incidents_page
    oldest = book.listing(window.conn)[-1]  # the demo's book: an action of its oldest incident, overdue
    late = actions.Action("Хашаа барих", "Б. Дорж", oldest.occurred_on)
    actions.save_action(window.conn, window.actor, oldest.id, late)
    home_page.refresh()
    before = len(home_page.overdue)
    assert late.id in [o.action.id for o in home_page.overdue]

    def mark_done(dialog):
        late.status, late.done_on = v.ACTION_DONE, dt.date.today().isoformat()
        actions.save_action(dialog.conn, dialog.actor, dialog.incident_id, late)
        dialog.incidentSaved.emit(dialog.incident_id)

    fake_dialog.on_exec = mark_done
    window.show()
    window.pages.setCurrentWidget(page)
    page.ui.incidentsTable.selectRow([i.id for i in page.incidents].index(late.incident_id))
    page.ui.openButton.click()
    assert fake_dialog.opened == [late.incident_id]
    assert len(home_page.overdue) == before - 1
