"""Qt asks our gettext catalog for its texts (Designer forms, standard buttons), and the language can be
switched while the program runs."""

from __future__ import annotations

import gettext

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox

from asm_assoc.core import i18n, reference, writes
from asm_assoc.gui.i18n_qt import GettextTranslator, apply_language, qtbase_catalog
from asm_assoc.gui.models.member_table import COLUMNS, MemberTableModel
from asm_assoc.gui.qt_strings import QT_STANDARD_TEXTS


class FakeCatalog(gettext.NullTranslations):
    def __init__(self, messages: dict[str, str]) -> None:
        super().__init__()
        self._catalog = messages

    def gettext(self, message: str) -> str:
        return self._catalog.get(message) or message


def fake_translator() -> GettextTranslator:
    catalog = FakeCatalog({
        "": "Project-Id-Version: header that must never be served",
        "Cancel": "Болих",
        "&Family name (овог):": "&Овог:",
        "{count} members": "{count} гишүүн",
        "Broken {name}": "Эвдэрсэн {нэр}",
    })
    return GettextTranslator(i18n.Translator("mn", catalog))


def test_the_translator_answers_from_the_catalog_whatever_the_context(qapp):
    tr = fake_translator()
    assert tr.translate("QPlatformTheme", "Cancel") == "Болих"
    assert tr.translate("MemberDialog", "&Family name (овог):") == "&Овог:"
    assert tr.translate("MemberDialog", "{count} members") == "{count} гишүүн"


def test_the_translator_answers_none_when_untranslated_or_empty(qapp):
    tr = fake_translator()
    assert tr.translate("QPlatformTheme", "Apply") is None
    assert tr.translate("X", "") is None  # the catalog header hides behind the empty string


def test_a_translation_that_changes_its_placeholders_is_refused(qapp):
    assert fake_translator().translate("X", "Broken {name}") is None


def test_installed_it_translates_the_standard_buttons(qapp):
    tr = fake_translator()
    qapp.installTranslator(tr)
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Болих"
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Болих"
    finally:
        qapp.removeTranslator(tr)


def test_qts_standard_button_texts_are_marked_for_our_catalog():
    # No qtbase_mn.qm ships with Qt, so these must come from mn.po.
    assert qtbase_catalog("mn") is None
    assert {"OK", "Cancel", "&Yes", "&No", "Save", "Close", "Apply"} <= set(QT_STANDARD_TEXTS)


def test_switching_language_relabels_the_open_list(qapp, conn, english_qt):
    from asm_assoc.core import members

    members.save(conn, i18n_actor(), members.Member(None, "Бат", "Болд", sex="M", aimag_code="64",
                                                     soum_code="64-03"))
    model = MemberTableModel(conn, writes.SYSTEM)
    model.set_filter(model.filter)
    soum = model.index(0, COLUMNS.index("soum_code"))
    assert model.data(soum) == reference.unit("64-03").name_en
    apply_language(qapp, "mn")
    assert model.data(soum) == reference.unit("64-03").name_mn
    apply_language(qapp, "en")
    assert model.data(soum) == reference.unit("64-03").name_en


def i18n_actor():
    from asm_assoc.core import writes

    return writes.SYSTEM
