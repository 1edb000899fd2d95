"""Start the desktop program: application, logging, crash dialog, settings, language, database, window."""

from __future__ import annotations

import gc
import logging
import os
import sqlite3
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QStandardPaths,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

import asm_assoc
from asm_assoc.core import access, association, db, writes
from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import _
from asm_assoc.gui import settings
from asm_assoc.gui.i18n_qt import apply_language
from asm_assoc.gui.sign_in import sign_in

log = logging.getLogger(__name__)

DEFAULT_DB_NAME = "asm-assoc.db"
DEMO_DB_NAME = "demo.db"
LOG_NAME = "asm-assoc.log"
# Set (to anything) to keep the crash dialog from opening, e.g. on a build machine; the log still records.
NO_CRASH_DIALOG_ENV = "ASM_ASSOC_NO_CRASH_DIALOG"


def run_gui(*, db_path: Path | None, data_dir: Path | None, demo: bool, lang: str | None) -> int:
    """Open the window and run until it is closed; returns the process exit code."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    window = start(app, db_path=db_path, data_dir=data_dir, demo=demo, lang=lang)
    if window is None:
        return 1
    window.show()
    try:
        return app.exec()
    finally:
        stop_logging()


def start(
    app: QApplication,
    *,
    db_path: Path | None = None,
    data_dir: Path | None = None,
    demo: bool = False,
    lang: str | None = None,
    handle_crashes: bool = True,
) -> QWidget | None:
    """Everything before the event loop; returns the main window (not shown), or None when the program
    should not go on (the database cannot be opened, the first profile was not entered)."""
    QCoreApplication.setOrganizationName(settings.ORGANISATION)
    QCoreApplication.setApplicationName(settings.APPLICATION)
    QCoreApplication.setApplicationVersion(asm_assoc.__version__)
    app.setApplicationDisplayName("asm-assoc")
    data_dir = Path(data_dir) if data_dir else default_data_dir()
    data_dir.mkdir(parents=True, exist_ok=True)
    log_path = setup_logging(data_dir)
    if handle_crashes:
        install_excepthook(log_path, show_dialog=not os.environ.get(NO_CRASH_DIALOG_ENV))
    log.info("asm-assoc %s starting; data folder %s", asm_assoc.__version__, data_dir)
    settings.configure(data_dir)
    options = settings.Settings()
    apply_language(app, lang or options.get(settings.LANGUAGE))
    db_path = Path(db_path) if db_path else data_dir / (DEMO_DB_NAME if demo else DEFAULT_DB_NAME)
    conn = open_or_explain(db_path)
    if conn is None:
        return None
    actor = sign_in(conn)
    if actor is None:
        conn.close()
        return None
    if association.current_id(conn) is None and not first_profile(conn, actor, demo=demo):
        conn.close()
        return None
    from asm_assoc.gui.main_window import MainWindow

    window = MainWindow(conn, db_path, actor, options, data_dir=data_dir, log_path=log_path)
    window.check_integrity_in_background()
    # What starting made (modules, the window, reference data) lives as long as the program: out of the
    # garbage collector's sight, its full collections stop walking it again and again (pauses of 15-25 ms
    # in the middle of typing a search with 100,000 members).
    gc.freeze()
    return window


def default_data_dir() -> Path:
    """The platform's folder for the program's data (on Windows under AppData\\Roaming)."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


# Logging ------------------------------------------------------------------------------------------------

_file_handler: list[logging.Handler] = []
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def setup_logging(data_dir: Path) -> Path:
    """Log to `<data>/logs/asm-assoc.log` (rotated: 5 files of 1 MB), Qt's own messages included."""
    path = Path(data_dir) / "logs" / LOG_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for old in _file_handler:  # started twice in one process (tests): one file, one handler
        root.removeHandler(old)
        old.close()
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    _file_handler[:] = [handler]
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    qInstallMessageHandler(_qt_message)
    return path


def stop_logging() -> None:
    """Close the log file and give Qt's messages back to stderr (at exit, and between tests)."""
    qInstallMessageHandler(None)
    root = logging.getLogger()
    for handler in _file_handler:
        root.removeHandler(handler)
        handler.close()
    _file_handler.clear()


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    where = f" ({context.file}:{context.line})" if context.file else ""
    logging.getLogger("qt").log(_QT_LEVELS.get(kind, logging.WARNING), "%s%s", message, where)


# Crashes ------------------------------------------------------------------------------------------------

_dialog_open: list[bool] = [False]


def install_excepthook(log_path: Path, *, show_dialog: bool = True) -> None:
    """An exception nobody caught is logged and shown once, naming the log file; never a silent exit."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.critical("uncaught exception", exc_info=(kind, error, tb))
        if not show_dialog or QApplication.instance() is None or _dialog_open[0]:
            traceback.print_exception(kind, error, tb)
            return
        _dialog_open[0] = True  # errors raised while the dialog is open are only logged
        try:
            show_crash(error, log_path)
        finally:
            _dialog_open[0] = False

    sys.excepthook = hook


def show_crash(error: BaseException, log_path: Path) -> None:
    if isinstance(error, UserError):  # a known problem that escaped its handler: its own words suffice
        QMessageBox.warning(None, "asm-assoc", error.text())
        return
    QMessageBox.critical(
        None,
        _("Something went wrong"),
        _("Something went wrong that the program did not expect.\n\nThe details were written to the log "
          "file:\n{path}\n\nPlease send this file to the person who supports the program. What was saved "
          "before stays saved; if something looks wrong, close the program and start it again.").format(
            path=log_path),
    )


# The database -------------------------------------------------------------------------------------------

def open_or_explain(db_path: Path, parent: QWidget | None = None) -> sqlite3.Connection | None:
    """Open the database, or tell the person plainly why it cannot be opened (and offer the newest backup
    when the file is damaged). None when it stays closed."""
    tried: set[Path] = set()
    while True:
        try:
            # The full integrity check runs in the background once the window is up (MainWindow).
            return db.open_database(db_path, check_integrity=False)
        except db.CorruptDatabaseError as exc:
            log.error("database %s is damaged", db_path)
            if exc.latest_backup in tried or not agrees_to_restore(exc, parent):
                return None
            tried.add(exc.latest_backup)
            if not restore_backup(db_path, exc.latest_backup, parent):
                return None
        except UserError as exc:  # a newer program's file, or not ours at all
            log.error("cannot open %s: %s", db_path, exc.msgid)
            QMessageBox.critical(parent, _("The database cannot be opened"), exc.text())
            return None


def agrees_to_restore(exc: db.CorruptDatabaseError, parent: QWidget | None) -> bool:
    """Say the database is damaged; when a backup exists, ask whether to restore it (Yes is the default)."""
    if exc.latest_backup is None:
        QMessageBox.critical(parent, _("The database is damaged"), exc.text())
        return False
    answer = QMessageBox.question(
        parent,
        _("The database is damaged"),
        exc.text() + "\n\n" + _("Restore this backup now? The damaged file is kept as a safety copy."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


def restore_backup(db_path: Path, backup: Path, parent: QWidget | None) -> bool:
    from asm_assoc.core import backup as backups

    try:
        backups.recover(db_path, backup)
    except UserError as exc:
        QMessageBox.critical(parent, _("The backup was not restored"), exc.text())
        return False
    log.info("restored %s from %s", db_path, backup)
    return True


def first_profile(conn: sqlite3.Connection, actor: writes.Actor, *, demo: bool) -> bool:
    """A database without an association: the demo fills itself; a real one asks for the profile first
    (the director's job)."""
    if not access.can(actor.role, "association.write"):
        QMessageBox.information(None, "asm-assoc", _("The association's profile has not been entered yet. The "
                                                     "director enters it at the next start."))
        return False
    if demo:
        from asm_assoc.core.demo import create_demo_association

        create_demo_association(conn, actor)
        return True
    from asm_assoc.gui.dialogs.association_dialog import AssociationDialog

    return AssociationDialog(conn, actor).exec() == QDialog.DialogCode.Accepted
