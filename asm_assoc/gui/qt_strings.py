"""Texts that Qt itself shows (standard buttons, the right-click menu of text fields), marked here so the
extractor puts them into our catalog.

No `qtbase_mn.qm` ships with Qt, so without these a Mongolian window would say "Cancel" and "&Yes".
`GettextTranslator` answers Qt's requests (context `QPlatformTheme`, `QLineEdit`, ...) by the source text
alone, so one entry per text covers every context that uses it. The list is what Qt 6 asks for (checked by
installing a recording translator and building a QDialogButtonBox, a QMessageBox and a context menu), plus
the `&`-variants that desktop themes on Linux use.
"""

from __future__ import annotations

from asm_assoc.core.i18n import N_

QT_STANDARD_TEXTS = (
    # QPlatformTheme: QDialogButtonBox and QMessageBox standard buttons.
    N_("OK"), N_("&OK"), N_("Save"), N_("&Save"), N_("Save All"), N_("Open"), N_("&Yes"), N_("Yes to &All"),
    N_("&No"), N_("N&o to All"), N_("Abort"), N_("Retry"), N_("Ignore"), N_("Close"), N_("&Close"),
    N_("Cancel"), N_("&Cancel"), N_("Discard"), N_("Close without Saving"), N_("Help"), N_("Apply"),
    N_("Reset"), N_("Restore Defaults"),
    # QMessageBox.
    N_("Show Details..."), N_("Hide Details..."),
    # QLineEdit / QWidgetTextControl right-click menu.
    N_("&Undo"), N_("&Redo"), N_("Cu&t"), N_("&Copy"), N_("&Paste"), N_("Delete"), N_("Select All"),
    # QAbstractSpinBox (date and number fields) right-click menu.
    N_("&Step up"), N_("Step &down"),
)
