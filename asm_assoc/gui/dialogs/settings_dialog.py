"""Preferences: the language of the program (applied at once) and of printed reports, and where the data
and the log are kept (so a helper on the phone can find them)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QComboBox, QDialog, QMessageBox, QWidget

from asm_assoc.core import access, office_settings, writes
from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import LANGUAGE_NAMES, LANGUAGES, active
from asm_assoc.gui import settings
from asm_assoc.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from asm_assoc.gui.i18n_qt import apply_language
from asm_assoc.gui.widgets.place_combos import select_code


def _fill_languages(combo: QComboBox) -> None:
    # Each language is named in itself, so someone who cannot read the current one still finds theirs.
    for lang in LANGUAGES:
        combo.addItem(LANGUAGE_NAMES[lang], lang)


class SettingsDialog(QDialog):
    def __init__(
        self,
        options: settings.Settings,
        *,
        data_dir: Path | None = None,
        db_path: Path | None = None,
        log_path: Path | None = None,
        parent: QWidget | None = None,
        conn: sqlite3.Connection | None = None,
        actor: writes.Actor | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.options = options
        self.conn, self.actor = conn, actor
        # The idle lock is the office's policy, kept in the database: shown to all, changed by a director.
        self.ui.securityGroup.setVisible(conn is not None and actor is not None)
        if conn is not None and actor is not None:
            self.ui.idleLockSpin.setValue(office_settings.idle_lock_minutes(conn))
            self.ui.idleLockSpin.setEnabled(access.can(actor.role, "settings.write"))
        _fill_languages(self.ui.languageCombo)
        _fill_languages(self.ui.reportLanguageCombo)
        # The language on screen (a --lang on the command line may differ from the saved one).
        select_code(self.ui.languageCombo, active().lang)
        select_code(self.ui.reportLanguageCombo, options.get(settings.REPORT_LANGUAGE))
        for label, path in ((self.ui.dataFolderValue, data_dir), (self.ui.databaseValue, db_path),
                            (self.ui.logFileValue, log_path)):
            label.setText(str(path) if path else "—")
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def accept(self) -> None:
        if self.conn is not None and self.actor is not None and self.ui.idleLockSpin.isEnabled():
            minutes = self.ui.idleLockSpin.value()
            if minutes != office_settings.idle_lock_minutes(self.conn):
                try:
                    office_settings.set_idle_lock_minutes(self.conn, self.actor, minutes)
                except UserError as exc:
                    QMessageBox.warning(self, self.windowTitle(), exc.text())
                    return
        lang = self.ui.languageCombo.currentData()
        changed = lang != active().lang
        self.options.set(settings.LANGUAGE, lang)
        self.options.set(settings.REPORT_LANGUAGE, self.ui.reportLanguageCombo.currentData())
        self.options.sync()
        super().accept()
        if changed:
            app = QCoreApplication.instance()
            if app is not None:
                apply_language(app, lang)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "options"):
            self.ui.retranslateUi(self)
        super().changeEvent(event)
