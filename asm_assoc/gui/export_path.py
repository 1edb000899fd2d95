"""Exports from the window: the Save dialog for an Excel or CSV file (starting in the last folder used), and
the writing with its message of rows written or of why the file could not be written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import _, active, ngettext
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


def export_to(parent: QWidget, title: str, stem: str, write: Callable[[Path], int], done: str | None = None) -> None:
    """Ask where, write (`write` returns the rows written), and say how it went. `done`: the message of
    success with {count} and {file}, by default "N rows written to FILE"."""
    target = ask_export_path(parent, title, stem, settings.Settings(), Path.home())
    if target is None:
        return
    try:
        count = write(target)
    except (UserError, OSError) as exc:
        text = exc.text() if isinstance(exc, UserError) else _(
            "The file {path} could not be written. Check that it is not open in another program (such as "
            "Excel).").format(path=target)
        QMessageBox.warning(parent, title, text)
        return
    done = done or ngettext("{count} row written to {file}.", "{count} rows written to {file}.", count)
    QMessageBox.information(parent, title, done.format(count=active().number(count), file=target.name))
