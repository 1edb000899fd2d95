"""Where to write an export: the Save dialog for an Excel or CSV file, starting in the last folder used."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from asm_assoc.core.i18n import _
from asm_assoc.gui import settings


def ask_export_path(parent: QWidget, title: str, stem: str, options: settings.Settings,
                    fallback_folder: Path) -> Path | None:
    """The file the person chose (.xlsx or .csv, the suffix added from the chosen type), or None."""
    excel, csv = _("Excel workbook (*.xlsx)"), _("CSV file (*.csv)")
    folder = options.get(settings.LAST_EXPORT_DIR) or str(fallback_folder)
    path, chosen = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / (stem + ".xlsx")),
                                               f"{excel};;{csv}")
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() not in (".xlsx", ".csv"):
        target = target.with_suffix(".csv" if chosen == csv else ".xlsx")
    options.set(settings.LAST_EXPORT_DIR, str(target.parent))
    return target
