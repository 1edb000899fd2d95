"""Serve the gettext catalog to Qt, and switch the language of the running program.

Designer forms call `QCoreApplication.translate(context, text)`; Qt's own widgets do the same for their
standard texts. `GettextTranslator` answers those calls from our catalog by the source text. It answers
`None` when the catalog has no translation, so Qt falls back to the next translator (its own qtbase
catalog, where one exists) or to the English source.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from asm_assoc.core import i18n

log = logging.getLogger(__name__)

# Qt's placeholders (%1, %n, %L1) and ours ({name}); a translation that changes them would crash
# `.format()` or show garbage, so it is refused and the English source shown instead.
_PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[^{}]*\}")


def placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


class GettextTranslator(QTranslator):
    """A QTranslator that answers from a gettext `Translator` (our catalog), whatever the context."""

    def __init__(self, translator: i18n.Translator, parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self.translator = translator

    def language(self) -> str:
        return self.translator.lang

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        # Never empty: Qt must ask us, we cannot list our messages the way a .qm file can.
        return False

    def translate(  # noqa: D401 - Qt override
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # The empty string is the catalog's header in gettext; it must never be answered.
        if not source_text or not self.translator.has_translation(source_text):
            return None
        translated = self.translator.gettext(source_text)
        if placeholders(translated) != placeholders(source_text):
            log.warning("translation of %r changes its placeholders; using the source text", source_text)
            return None
        return translated


def qtbase_catalog(lang: str) -> Path | None:
    """Qt's own translation of its standard texts for `lang`, when PySide6 ships one (none for mn)."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    found = folder / f"qtbase_{lang}.qm"
    return found if found.is_file() else None


_installed: list[QTranslator] = []


def apply_language(app: QCoreApplication, lang: str) -> i18n.Translator:
    """Make `lang` the language of every message: core's `_()`, Designer forms and Qt's own texts.

    Installing or removing a translator sends a LanguageChange event to every widget; ours re-translate
    themselves in `changeEvent`, so the switch takes effect at once.
    """
    translator = i18n.set_language(lang)
    QLocale.setDefault(QLocale(lang))
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if lang != "en":
        qtbase = qtbase_catalog(lang)
        if qtbase is not None:
            qt_translator = QTranslator(app)
            if qt_translator.load(str(qtbase)):
                _installed.append(qt_translator)
        # Installed last, so asked first: our catalog wins over Qt's where both know a text.
        _installed.append(GettextTranslator(translator, app))
    # (Switching to English installs nothing; removing the Mongolian translators above already told
    # every widget that the language changed.)
    for item in _installed:
        app.installTranslator(item)
    return translator
