"""The association profile form: inline checks, the first profile of a new database, the logo."""

from __future__ import annotations

import pytest
from gui_helpers import type_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from asm_assoc.core import association, db
from asm_assoc.gui.dialogs.association_dialog import LOGO_MAX_PIXELS, AssociationDialog, picture_as_logo
from asm_assoc.gui.widgets.place_combos import select_code


@pytest.fixture
def dialog(qtbot, conn, actor):
    widget = AssociationDialog(conn, actor)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_a_six_digit_state_registration_number_is_refused_beside_the_field(qtbot, dialog):
    dialog.ui.stateRegNoEdit.clear()
    type_text(qtbot, dialog.ui.stateRegNoEdit, "123456")
    assert dialog.ui.stateRegNoMessage.isVisible()
    assert "7 digits" in dialog.ui.stateRegNoMessage.text()
    assert not dialog.save_button.isEnabled()

    type_text(qtbot, dialog.ui.stateRegNoEdit, "7")
    assert not dialog.ui.stateRegNoMessage.isVisible()
    assert dialog.save_button.isEnabled()


def test_saving_the_profile_updates_the_association(qtbot, conn, dialog):
    dialog.ui.nameEdit.clear()
    type_text(qtbot, dialog.ui.nameEdit, "Шинэ Алтан ТББ")
    select_code(dialog.ui.legalFormCombo, "cooperative")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = association.get(conn)
    assert (saved.name, saved.legal_form, saved.state_reg_no) == ("Шинэ Алтан ТББ", "cooperative", "9012345")


def test_the_first_profile_of_a_new_database_becomes_its_association(qtbot, tmp_path, actor):
    conn = db.open_database(tmp_path / "new.db")
    try:
        dialog = AssociationDialog(conn, actor)
        qtbot.addWidget(dialog)
        dialog.show()
        assert "Welcome" in dialog.windowTitle()
        type_text(qtbot, dialog.ui.nameEdit, "Эрдэнэ ТББ")
        qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)
        assert association.get(conn).name == "Эрдэнэ ТББ"
    finally:
        conn.close()


def test_a_large_picture_becomes_a_small_png_logo(tmp_path, qapp):
    photo = QImage(2000, 1000, QImage.Format.Format_RGB32)
    photo.fill(QColor("gold"))
    path = tmp_path / "photo.jpg"
    assert photo.save(str(path))
    logo = picture_as_logo(path)
    assert logo is not None and logo.startswith(b"\x89PNG")
    small = QImage.fromData(logo)
    assert (small.width(), small.height()) == (LOGO_MAX_PIXELS, LOGO_MAX_PIXELS // 2)
    assert association.validate(association.Association(name="x", logo=logo)) == {}


def test_a_file_that_is_not_a_picture_is_not_taken_as_a_logo(tmp_path, qapp):
    path = tmp_path / "notes.png"
    path.write_text("not a picture")
    assert picture_as_logo(path) is None


def test_set_and_clear_logo_update_the_preview(dialog):
    dialog.set_logo(picture_as_logo_bytes())
    assert not dialog.ui.logoPreview.pixmap().isNull()
    assert dialog.ui.clearLogoButton.isEnabled()
    dialog.clear_logo()
    assert dialog.logo is None and not dialog.ui.clearLogoButton.isEnabled()


def picture_as_logo_bytes() -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("navy"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())
