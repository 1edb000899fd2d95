"""Back up the data now, and restore it from a backup file: the person chooses the file, the core does the
work (on the worker), and the person is told plainly where things are and what restoring replaces."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from asm_assoc.core import backup, db, writes
from asm_assoc.core.i18n import _, active
from asm_assoc.gui.worker import Job, Worker

BACKUP_FILTER = "*" + db.BACKUP_SUFFIX


def documents_folder() -> Path:
    """The person's Documents folder, where files they save are proposed to go."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def _title() -> str:
    return _("Backup")


def default_backup_name(today: dt.date | None = None) -> str:
    return f"asm-assoc-{(today or dt.date.today()).isoformat()}{db.BACKUP_SUFFIX}"


def backup_now(conn: sqlite3.Connection, db_path: Path, actor: writes.Actor, parent: QWidget | None, *,
               worker: Worker | None = None) -> Path | None:
    """Ask where to save a backup (a dated file in Documents by default), write it on the worker and say
    where it is. Returns the file written, or None when the person cancelled or it failed."""
    proposed = documents_folder() / default_backup_name()
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, _("Save a backup of all the data"), str(proposed),
        _("asm-assoc backups ({pattern})").format(pattern=BACKUP_FILTER))
    if not chosen:
        return None
    target = Path(chosen)
    if target.suffix.lower() != db.BACKUP_SUFFIX:
        target = target.with_name(target.name + db.BACKUP_SUFFIX)
    outcome = Job(parent, lambda progress: backup.backup(conn, target, actor=actor), label=_("Making the backup…"),
                  cancellable=False).run_and_wait(worker)
    if not outcome.ok or outcome.result is None:
        return None
    _tell_backup_saved(parent, outcome.result)
    return outcome.result


def _tell_backup_saved(parent: QWidget | None, path: Path) -> None:
    text = _("The backup was saved as:\n{path}\n\nKeep a copy away from this computer too (on a USB stick "
             "or another computer), so the data survives if the laptop is lost or broken.").format(
                 path=str(path))
    box = QMessageBox(QMessageBox.Icon.Information, _title(), text, QMessageBox.StandardButton.Ok, parent)
    show_folder = box.addButton(_("Show the folder"), QMessageBox.ButtonRole.ActionRole)
    box.exec()
    if box.clickedButton() is show_folder:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def restore_from_file(db_path: Path, actor: writes.Actor, parent: QWidget | None, *,
                      worker: Worker | None = None) -> bool:
    """Replace the database with a backup the person chooses, after a clear warning. The caller has closed
    its connection first and opens the database again when this returns True. A file that cannot be
    restored is refused, with the reason, before anything is asked or changed."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent, _("Choose the backup to restore"), str(documents_folder()),
        _("asm-assoc backups ({pattern});;All files (*)").format(pattern=f"{BACKUP_FILTER} *.db"))
    if not chosen:
        return False
    source = Path(chosen)
    checked = Job(parent, lambda progress: backup.check_restorable(source, db_path=db_path),
                  label=_("Checking the backup…"), cancellable=False).run_and_wait(worker)
    if not checked.ok:
        return False
    if not confirm_restore(parent, source, db_path):
        return False
    restored = Job(parent, lambda progress: backup.restore(db_path, source, actor=actor),
                   label=_("Restoring the backup…"), cancellable=False).run_and_wait(worker)
    if not restored.ok:
        return False
    safety = restored.result
    text = _("The data was restored from:\n{source}").format(source=str(source))
    if safety is not None:
        text += "\n\n" + _("The data as it was before is kept in:\n{path}").format(path=str(safety))
    QMessageBox.information(parent, _title(), text)
    return True


def confirm_restore(parent: QWidget | None, source: Path, db_path: Path) -> bool:
    """The warning before a restore; "Cancel" is the default button, so Enter does no harm."""
    tr = active()
    made = dt.datetime.fromtimestamp(source.stat().st_mtime)
    text = _("Restoring replaces ALL the data in this program with the data in the backup:\n{file}\n"
             "(saved on {date} at {time}).\n\nEverything entered after that backup was made will be gone "
             "from the register.").format(file=str(source), date=tr.date(made.date()),
                                          time=made.strftime("%H:%M"))
    text += "\n\n" + _("The current data is kept as a backup in:\n{folder}").format(
        folder=str(db.backups_dir(db_path)))
    box = QMessageBox(QMessageBox.Icon.Warning, _("Restore a backup"), text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, parent)
    replace = box.button(QMessageBox.StandardButton.Yes)
    replace.setText(_("Replace the data"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is replace

