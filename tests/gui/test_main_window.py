"""Start-up and the main window: the demo opens, shortcuts work, unreadable databases are explained."""

from __future__ import annotations

import logging
import sqlite3
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QWidget

from asm_assoc.core import association, db, i18n
from asm_assoc.core.i18n import active
from asm_assoc.gui import app as gui_app
from asm_assoc.gui import settings
from asm_assoc.gui.dialogs.association_dialog import AssociationDialog
from asm_assoc.gui.dialogs.member_dialog import MemberDialog
from asm_assoc.gui.dialogs.settings_dialog import SettingsDialog


@pytest.fixture
def started(qtbot, qapp, tmp_path):
    """The program started on its demo database, as `asm-assoc --demo` does (window not shown yet)."""
    window = gui_app.start(qapp, data_dir=tmp_path / "data", demo=True, lang="en", handle_crashes=False)
    assert window is not None
    qtbot.addWidget(window)
    yield window
    window.close_database()
    gui_app.stop_logging()


def test_the_main_window_opens_on_the_demo_association(started, tmp_path):
    assert started.members_page.model.rowCount() == 60
    assert started.count_label.text() == "60 members"
    assert association.get(started.conn).name in started.windowTitle()
    assert started.db_path == tmp_path / "data" / "demo.db"
    assert (tmp_path / "data" / "logs" / "asm-assoc.log").is_file()


def test_the_standard_shortcuts_are_bound(started):
    assert started.new_member_action.shortcut().matches(QKeySequence(QKeySequence.StandardKey.New))
    assert started.find_action.shortcut().matches(QKeySequence(QKeySequence.StandardKey.Find))
    assert started.roster_action.shortcut().matches(QKeySequence(QKeySequence.StandardKey.Print))
    assert started.quit_action.shortcut() == QKeySequence("Ctrl+Q")


def test_ctrl_f_puts_the_cursor_in_the_search_box(qtbot, started):
    with qtbot.waitActive(started):
        started.show()
        started.activateWindow()
    started.members_page.focus_list()
    assert not started.members_page.search.hasFocus()
    qtbot.keyClick(started.members_page.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(started.members_page.search.hasFocus)


def focus_the_list(qtbot, window):
    """Show the window, go to the Members tab (the window opens on Home) and put the keyboard in its member
    list, as a person clicking into it would."""
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    page = window.members_page
    window.pages.setCurrentWidget(page)
    page.focus_list()
    qtbot.waitUntil(page.view.hasFocus)
    return page


def test_return_in_the_list_opens_the_selected_member(qtbot, started, monkeypatch):
    opened: list[str | None] = []
    monkeypatch.setattr(MemberDialog, "exec", lambda self: opened.append(self.member.id) or 0)
    page = focus_the_list(qtbot, started)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert opened == [page.model.member_id(0)]


def test_the_database_can_be_closed_and_opened_again_for_a_restore(started):
    path = started.db_path
    started.close_database()
    assert started.conn is None and not started.pages.isEnabled()
    assert not started.backup_action.isEnabled()
    assert started.open_database(path)
    assert started.members_page.model.rowCount() == 60 and started.backup_action.isEnabled()


def test_the_window_reopens_at_the_size_it_was_closed(qtbot, qapp, tmp_path):
    settings.configure(tmp_path)
    first = QWidget()
    qtbot.addWidget(first)
    first.resize(640, 410)
    settings.Settings().save_geometry(first)
    second = QWidget()
    qtbot.addWidget(second)
    assert settings.Settings().restore_geometry(second)
    assert (second.width(), second.height()) == (640, 410)


def test_an_unknown_saved_language_falls_back_to_mongolian(options):
    options.store.setValue(settings.LANGUAGE.key, "xx")
    assert options.get(settings.LANGUAGE) == "mn"
    with pytest.raises(ValueError):
        options.set(settings.LANGUAGE, "xx")


def test_preferences_switch_the_language_at_once_and_remember_it(qtbot, started, english_qt):
    page = started.members_page
    assert page.soum.itemText(page.soum.findData("64-03")) == "Bayangovi"
    dialog = SettingsDialog(started.options, parent=started)
    qtbot.addWidget(dialog)
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("mn"))
    dialog.accept()
    assert active().lang == "mn"
    assert settings.Settings().get(settings.LANGUAGE) == "mn"
    # The open window relabels itself: soum names in Mongolian, without a restart.
    qtbot.waitUntil(lambda: page.soum.itemText(page.soum.findData("64-03")) == "Баянговь")


def test_a_new_real_database_asks_for_the_profile_before_the_window(qapp, tmp_path, monkeypatch):
    asked = []

    def fill_in(dialog):
        asked.append(dialog.windowTitle())
        association.save(dialog.conn, dialog.actor, association.Association(name="Шинэ ТББ"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AssociationDialog, "exec", fill_in)
    window = gui_app.start(qapp, data_dir=tmp_path, lang="en", handle_crashes=False)
    try:
        assert asked and window is not None
        assert association.get(window.conn).name == "Шинэ ТББ"
    finally:
        window.close_database()
        gui_app.stop_logging()


def test_cancelling_the_first_profile_does_not_open_the_window(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(AssociationDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert gui_app.start(qapp, data_dir=tmp_path, lang="en", handle_crashes=False) is None
    gui_app.stop_logging()


def test_a_database_from_a_newer_program_is_refused_with_a_plain_message(tmp_path, qapp, messages):
    path = tmp_path / "asm-assoc.db"
    db.open_database(path).close()
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA user_version = 999")
    raw.close()
    assert gui_app.open_or_explain(path) is None
    [(kind, text)] = messages
    assert kind == "critical" and "newer version" in text


def test_another_programs_database_is_refused_with_a_plain_message(tmp_path, qapp, messages):
    path = tmp_path / "other.db"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE songs (title TEXT)")
    raw.close()
    assert gui_app.open_or_explain(path) is None
    assert "is not an asm-assoc database" in messages[0][1]


def test_a_damaged_database_is_restored_from_its_newest_backup_when_the_person_agrees(
    tmp_path, qapp, answer_yes, actor
):
    path = tmp_path / "asm-assoc.db"
    conn = db.open_database(path)
    association.save(conn, actor, association.Association(name="Нөөц ТББ"))
    db.online_backup(conn, db.backup_name(path, "auto"))
    conn.close()
    path.write_bytes(b"this is not a database any more" * 100)

    conn = gui_app.open_or_explain(path)
    try:
        assert conn is not None and "damaged" in answer_yes[0]
        assert association.get(conn).name == "Нөөц ТББ"
    finally:
        conn.close()


def test_an_uncaught_exception_is_logged_and_shown_once(tmp_path, qapp, monkeypatch):
    shown = []
    monkeypatch.setattr(gui_app, "show_crash", lambda error, log_path: shown.append((error, log_path)))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    log_path = gui_app.setup_logging(tmp_path)
    try:
        gui_app.install_excepthook(log_path, show_dialog=True)
        try:
            raise RuntimeError("a bug")
        except RuntimeError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        logging.getLogger().handlers[-1].flush()
    finally:
        gui_app.stop_logging()
    assert [str(e) for e, _path in shown] == ["a bug"] and shown[0][1] == log_path
    assert "RuntimeError: a bug" in log_path.read_text(encoding="utf-8")


def test_the_window_acts_as_the_person_who_logged_in(started):
    assert started.actor.role == "director" and started.actor.user_id is not None
    assert started.idle_lock is not None


def test_english_is_active_outside_language_tests():
    assert i18n.active().lang == "en"


def test_restore_closes_the_database_before_the_file_is_replaced_and_reopens_it(started, monkeypatch):
    from asm_assoc.gui.dialogs import backup_dialogs

    seen = []

    def restore_from_file(db_path, actor, parent):
        seen.append((db_path, started.conn))
        return True

    monkeypatch.setattr(backup_dialogs, "restore_from_file", restore_from_file)
    path = started.db_path
    started.restore_action.trigger()
    assert seen == [(path, None)]  # the window had let go of the file
    assert started.conn is not None and started.members_page.model.rowCount() == 60


def test_export_writes_the_register_to_the_chosen_file(qtbot, started, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "export" / "гишүүд"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), "CSV file (*.csv)"))
    started.export_action.trigger()
    written = target.with_suffix(".csv")
    qtbot.waitUntil(written.exists)
    qtbot.waitUntil(lambda: "60 members written" in started.statusBar().currentMessage())
    assert len(written.read_text(encoding="utf-8-sig").strip().splitlines()) == 61
    assert started.options.get(settings.LAST_EXPORT_DIR) == str(target.parent)


def test_delete_in_the_list_archives_the_selected_member_after_asking(qtbot, started, answer_yes):
    page = focus_the_list(qtbot, started)
    first = page.model.member_id(0)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert len(answer_yes) == 1
    assert page.model.row_of(first) == -1 and started.count_label.text() == "59 members"


def test_closing_the_window_keeps_a_checked_backup_of_the_day(qtbot, started):
    from asm_assoc.core import backup as backups

    assert backups.automatic_backups(started.db_path) == []
    started.close()
    made = backups.automatic_backups(started.db_path)
    assert len(made) == 1 and db.is_asm_database(made[0])


def test_database_actions_wait_while_a_background_job_holds_the_connection(started):
    from asm_assoc.gui.worker import default_worker

    default_worker().busyChanged.emit(True)
    assert not started.new_member_action.isEnabled() and not started.pages.isEnabled()
    default_worker().busyChanged.emit(False)
    assert started.new_member_action.isEnabled() and started.pages.isEnabled()
