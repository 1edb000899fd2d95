from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from asm_assoc.core import members
from asm_assoc.gui import settings
from asm_assoc.gui.dialogs.import_dialog import ERROR_BACKGROUND, WARNING_BACKGROUND, ImportDialog

HEADER = "Овог,Нэр,Регистрийн дугаар,Утас,Хүйс\n"
GOOD = "Бат,Дорж,УБ90051512,99112233,эр\n"
BAD_REGNUM = "Болд,Сараа,УБ99133312,,\n"  # month 33 does not exist
BAD_PHONE = "Ганбаатар,Туяа,ЧЕ85111003,12,\n"
ODD_SEX = "Энх,Номин,УБ90051532,,эм\n"  # the РД is a man's: a warning, still imported


def count(conn, table: str) -> int:
    return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@pytest.fixture
def dialog(qtbot, conn, actor, options):
    d = ImportDialog(conn, actor, options=options)
    qtbot.addWidget(d)
    d.show()
    return d


def write_csv(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "гишүүд.csv"
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


def wait_for_page(qtbot, dialog: ImportDialog, page: int) -> None:
    qtbot.waitUntil(lambda: dialog.ui.pages.currentIndex() == page and not dialog.busy, timeout=5000)


def go_to_preview(qtbot, dialog: ImportDialog, path: Path) -> None:
    dialog.load_file(path)
    wait_for_page(qtbot, dialog, dialog.MAPPING)
    qtbot.mouseClick(dialog.ui.nextButton, Qt.MouseButton.LeftButton)
    wait_for_page(qtbot, dialog, dialog.PREVIEW)


def preview_row(dialog: ImportDialog, line: int) -> dict:
    model = dialog.model
    for r in range(model.rowCount()):
        if model.data(model.index(r, 0)) == line:
            return {
                "action": model.rows[r].action,
                "problems": model.data(model.index(r, 3)),
                "background": model.data(model.index(r, 0), Qt.ItemDataRole.BackgroundRole),
            }
    raise AssertionError(f"line {line} not in the preview")


def test_preview_shows_each_rows_errors_and_writes_nothing_before_import(qtbot, dialog, conn, tmp_path):
    before = count(conn, "member"), count(conn, "change_log")
    go_to_preview(qtbot, dialog, write_csv(tmp_path, GOOD, BAD_REGNUM, BAD_PHONE, ODD_SEX))

    assert dialog.mapping() == {0: "family_name", 1: "given_name", 2: "regnum", 3: "phones", 4: "sex"}
    assert dialog.ui.countsLabel.text() == ("4 rows in гишүүд.csv: 2 to add, 0 to update, 0 skipped, "
                                            "2 with errors")
    bad_regnum = preview_row(dialog, 3)
    assert bad_regnum["action"] == "error" and "991333" in bad_regnum["problems"]
    assert bad_regnum["background"] == ERROR_BACKGROUND
    assert "12" in preview_row(dialog, 4)["problems"]
    odd_sex = preview_row(dialog, 5)
    assert odd_sex["action"] == "add" and odd_sex["problems"].startswith("⚠")
    assert odd_sex["background"] == WARNING_BACKGROUND
    assert preview_row(dialog, 2)["background"] is None
    assert dialog.ui.importButton.isEnabled()
    assert (count(conn, "member"), count(conn, "change_log")) == before


def test_a_binary_file_shows_why_and_stays_on_the_first_step(qtbot, dialog, conn, tmp_path):
    before = count(conn, "member"), count(conn, "change_log")
    path = tmp_path / "members.csv"
    path.write_bytes(bytes(range(256)) * 40)
    dialog.load_file(path)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    assert dialog.ui.pages.currentIndex() == dialog.FILE
    assert "not a table of text" in dialog.ui.fileMessage.text()
    assert dialog.ui.fileMessage.isVisible()
    assert not dialog.ui.nextButton.isEnabled()
    assert (count(conn, "member"), count(conn, "change_log")) == before


def test_valid_only_import_writes_the_valid_rows_and_shows_the_summary(qtbot, dialog, conn, tmp_path):
    before = count(conn, "member")
    go_to_preview(qtbot, dialog, write_csv(tmp_path, GOOD, BAD_REGNUM, ODD_SEX))
    with qtbot.waitSignal(dialog.membersImported, timeout=5000):
        qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ui.pages.currentIndex() == dialog.DONE, timeout=5000)
    assert count(conn, "member") == before + 2
    assert members.find_by_regnum(conn, members.all_members(conn)[0].association_id, "УБ90051512") is not None
    summary = dialog.ui.summaryText.toPlainText()
    assert summary.startswith("2 added, 0 updated, 0 unchanged, 1 skipped.")
    assert "Line 3:" in summary
    assert dialog.ui.closeButton.text() == "Close" and not dialog.ui.importButton.isVisible()


def test_all_or_nothing_with_an_error_row_cannot_import(qtbot, dialog, conn, tmp_path):
    path = write_csv(tmp_path, GOOD, BAD_REGNUM)
    dialog.load_file(path)
    wait_for_page(qtbot, dialog, dialog.MAPPING)
    dialog.ui.allOrNothingRadio.setChecked(True)
    dialog.next()
    wait_for_page(qtbot, dialog, dialog.PREVIEW)
    assert not dialog.ui.importButton.isEnabled()
    assert "you chose to import nothing if any row has an error" in dialog.ui.previewMessage.text()


def test_changing_the_columns_checks_the_rows_again(qtbot, dialog, tmp_path):
    go_to_preview(qtbot, dialog, write_csv(tmp_path, GOOD, BAD_PHONE))
    assert preview_row(dialog, 3)["action"] == "error"
    dialog.back()
    dialog.combos[3].setCurrentIndex(0)  # ignore the phone column
    dialog.next()
    wait_for_page(qtbot, dialog, dialog.PREVIEW)
    assert preview_row(dialog, 3)["action"] == "add"


def test_a_known_registration_number_is_skipped_or_updated_as_chosen(qtbot, dialog, conn, actor, tmp_path):
    members.save(conn, actor, members.Member(None, "Бат", "Дорж", regnum="УБ90051512", phones="88001122"))
    go_to_preview(qtbot, dialog, write_csv(tmp_path, GOOD))
    assert preview_row(dialog, 2)["action"] == "skip"
    assert not dialog.ui.importButton.isEnabled()
    dialog.back()
    dialog.ui.updateKnownRadio.setChecked(True)
    dialog.next()
    wait_for_page(qtbot, dialog, dialog.PREVIEW)
    assert preview_row(dialog, 2)["action"] == "update"


def test_next_is_blocked_while_two_columns_name_the_same_field(qtbot, dialog, tmp_path):
    dialog.load_file(write_csv(tmp_path, GOOD))
    wait_for_page(qtbot, dialog, dialog.MAPPING)
    dialog.combos[3].setCurrentIndex(dialog.combos[3].findData("given_name"))
    assert not dialog.ui.nextButton.isEnabled()
    assert "Two columns" in dialog.ui.mappingMessage.text()


def test_the_folder_of_the_file_is_remembered(qtbot, dialog, options, tmp_path):
    dialog.load_file(write_csv(tmp_path, GOOD))
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    assert options.get(settings.LAST_IMPORT_DIR) == str(tmp_path)


def test_the_import_can_be_done_with_the_enter_key_alone(qtbot, dialog, conn, tmp_path):
    before = count(conn, "member")
    dialog.load_file(write_csv(tmp_path, GOOD))
    wait_for_page(qtbot, dialog, dialog.MAPPING)
    assert QApplication.focusWidget() is dialog.combos[0]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    wait_for_page(qtbot, dialog, dialog.PREVIEW)
    assert QApplication.focusWidget() is dialog.ui.importButton
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    wait_for_page(qtbot, dialog, dialog.DONE)
    assert count(conn, "member") == before + 1


def test_an_empty_template_can_be_saved_from_the_first_step(qtbot, conn, actor, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from asm_assoc.core import member_io as io

    target = tmp_path / "template.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog = ImportDialog(conn, actor)
    qtbot.addWidget(dialog)
    dialog.ui.templateButton.click()
    assert str(target) in dialog.ui.fileMessage.text()
    import openpyxl

    headings = [c.value for c in next(openpyxl.load_workbook(target, read_only=True).active.iter_rows())]
    assert {"family_name", "given_name", "regnum"} <= set(io.guess_mapping(headings).values())
