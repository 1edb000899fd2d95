"""One background worker for long database jobs (import, reports, backup, sync): the window never freezes.

The idea comes from Anki (`qt/aqt/taskman.py`, `progress.py`, `operations/`):
- jobs run one at a time, in the order they were asked for, on a single pool thread, so the one SQLite
  connection (opened with `check_same_thread=False`) is never used by two jobs at once;
- a busy cursor appears after 300 ms and a progress dialog with Cancel after 600 ms, so quick jobs flash
  nothing;
- `Job(parent, fn).success(...).failure(...).run()` like Anki's `CollectionOp`.

A job function takes the core's progress callback (`Progress`, see `asm_assoc.core.progress`). The callback
runs on the pool thread: it forwards progress to the GUI through a queued signal (at most every 50 ms) and
raises `Cancelled` once the person pressed Cancel, which rolls back what the job had started.

While a job runs the GUI thread must not use the connection either: pages that query the database listen
to `Worker.busyChanged` and hold off until the worker is idle again.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import _
from asm_assoc.core.progress import Cancelled, Progress

log = logging.getLogger(__name__)

T = TypeVar("T")

BUSY_CURSOR_AFTER_MS = 300
PROGRESS_DIALOG_AFTER_MS = 600
# Progress reaches the GUI at most this often: a job calling back for each of 100,000 rows must not
# flood the event loop.
_PROGRESS_INTERVAL_S = 0.05
_WORKER_NAME = "asm_assoc_worker"


def log_file() -> str | None:
    """The log file the application writes to (set up at start-up), to name it in error messages."""
    for handler in reversed(logging.getLogger().handlers):
        if isinstance(handler, logging.FileHandler) and handler.baseFilename != os.devnull:
            return handler.baseFilename
    return None


def _title() -> str:
    return QApplication.applicationDisplayName() or "asm-assoc"


def show_user_error(parent: QWidget | None, error: UserError) -> None:
    """A problem the person can fix, in their language."""
    QMessageBox.warning(parent, _title(), error.text())


def show_unexpected_error(parent: QWidget | None, error: BaseException) -> None:
    """A bug or a broken machine: say so plainly and point at the log, which holds the details."""
    path = log_file()
    if path:
        text = _("Something went wrong that the program did not expect, and the job was stopped.\n\n"
                 "The details were written to the log file:\n{path}\n\n"
                 "Please send this file to the person who supports the program.").format(path=path)
    else:
        text = _("Something went wrong that the program did not expect, and the job was stopped.")
    QMessageBox.critical(parent, _title(), text + "\n\n" + type(error).__name__ + ": " + str(error))


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """The standard way to tell the person a job failed."""
    if isinstance(error, UserError):
        show_user_error(parent, error)
    else:
        show_unexpected_error(parent, error)


@dataclass
class Outcome(Generic[T]):
    """How a job ended (for `Job.run_and_wait`)."""

    result: T | None = None
    error: BaseException | None = None
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None and not self.cancelled


class Job(Generic[T]):
    """A long core call: `fn(progress)` runs on the worker thread; the callbacks run on the GUI thread.

    Without a `.failure` callback a failure is shown in a message box (a `UserError` in the person's words,
    anything else as an unexpected error naming the log). Cancel shows nothing: the person asked for it.
    """

    def __init__(self, parent: QWidget | None, fn: Callable[[Progress], T], *, label: str = "",
                 cancellable: bool = True) -> None:
        self.parent = parent
        self.fn = fn
        self.label = label or _("Working…")
        self.cancellable = cancellable
        self._on_success: list[Callable[[T], Any]] = []
        self._on_failure: list[Callable[[BaseException], Any]] = []
        self._on_cancelled: list[Callable[[], Any]] = []
        self._on_finished: list[Callable[[], Any]] = []
        self._cancel = threading.Event()
        self._last_emit = 0.0
        self._emit_progress: Callable[[int, int], None] = lambda done, total: None
        self.done = 0
        self.total = 0
        self.started_at = 0.0
        self.outcome: Outcome[T] | None = None

    # Callbacks (chainable) -------------------------------------------------------------------------
    def success(self, callback: Callable[[T], Any]) -> Job[T]:
        self._on_success.append(callback)
        return self

    def failure(self, callback: Callable[[BaseException], Any]) -> Job[T]:
        """Handle a failure yourself instead of the standard message (`show_error` shows it)."""
        self._on_failure.append(callback)
        return self

    def cancelled(self, callback: Callable[[], Any]) -> Job[T]:
        self._on_cancelled.append(callback)
        return self

    def finished(self, callback: Callable[[], Any]) -> Job[T]:
        """Called after the job ended however it ended (to enable buttons again)."""
        self._on_finished.append(callback)
        return self

    # Running ---------------------------------------------------------------------------------------
    def run(self, worker: Worker | None = None) -> Job[T]:
        """Queue the job on the worker (the application's one worker unless given) and return at once."""
        (worker or default_worker()).submit(self)
        return self

    def run_and_wait(self, worker: Worker | None = None) -> Outcome[T]:
        """Run the job and wait for it while the window keeps working (a local event loop)."""
        loop = QEventLoop()
        self.finished(loop.quit)
        self.run(worker)
        if self.outcome is None:
            loop.exec()
        assert self.outcome is not None
        return self.outcome

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def progress(self, done: int, total: int) -> None:
        """The `Progress` callback handed to the core (called on the worker thread)."""
        if self._cancel.is_set():
            raise Cancelled()
        now = time.monotonic()
        if done >= total or now - self._last_emit >= _PROGRESS_INTERVAL_S:
            self._last_emit = now
            self._emit_progress(done, total)

    def _deliver(self, outcome: Outcome[T]) -> None:
        self.outcome = outcome
        try:
            if outcome.cancelled:
                for cancelled in self._on_cancelled:
                    cancelled()
            elif outcome.error is not None:
                if not isinstance(outcome.error, UserError):
                    log.error("job %r failed", self.label, exc_info=outcome.error)
                if self._on_failure:
                    for failure in self._on_failure:
                        failure(outcome.error)
                else:
                    show_error(self.parent, outcome.error)
            else:
                for success in self._on_success:
                    success(outcome.result)
        finally:
            for finished in self._on_finished:
                finished()


class _Relay(QObject):
    """Carries results and progress from the pool thread to the GUI thread (queued connections)."""

    progressed = Signal(object, int, int)
    ended = Signal(object, object)


class Worker(QObject):
    """Runs queued jobs one after another on one pool thread."""

    busyChanged = Signal(bool)  # noqa: N815 - Qt signal naming
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._on_progress)
        self._relay.ended.connect(self._on_ended)
        self._queue: deque[Job[Any]] = deque()
        self._current: Job[Any] | None = None
        self._cursor_timer = QTimer(self, singleShot=True, interval=BUSY_CURSOR_AFTER_MS)
        self._cursor_timer.timeout.connect(self._show_busy_cursor)
        self._dialog_timer = QTimer(self, singleShot=True, interval=PROGRESS_DIALOG_AFTER_MS)
        self._dialog_timer.timeout.connect(self._show_progress_dialog)
        self._cursor_shown = False
        self._dialog: QProgressDialog | None = None
        self.gui_thread = threading.get_ident()

    @property
    def busy(self) -> bool:
        return self._current is not None or bool(self._queue)

    @property
    def progress_dialog(self) -> QProgressDialog | None:
        """The dialog of the running job once it is shown (tests press its Cancel)."""
        return self._dialog

    def submit(self, job: Job[Any]) -> None:
        was_busy = self.busy
        self._queue.append(job)
        if not was_busy:
            self.busyChanged.emit(True)
        self._start_next()

    def cancel_all(self) -> None:
        """Drop queued jobs and ask the running one to stop (on quitting)."""
        for job in self._queue:
            job._deliver(Outcome(cancelled=True))
        self._queue.clear()
        if self._current is not None:
            self._current.cancel()

    def shutdown(self) -> None:
        """Cancel and wait for the running job, so no transaction is cut off when the program exits."""
        self.cancel_all()
        self._pool.waitForDone()

    # Internals -------------------------------------------------------------------------------------
    def _start_next(self) -> None:
        if self._current is not None:
            return
        if not self._queue:
            self.busyChanged.emit(False)
            self.idle.emit()
            return
        job = self._current = self._queue.popleft()
        job._emit_progress = lambda done, total: self._relay.progressed.emit(job, done, total)
        self._cursor_timer.start()
        self._dialog_timer.start()
        log.debug("job %r started", job.label)
        job.started_at = time.monotonic()
        self._pool.start(lambda: self._execute(job))

    def _execute(self, job: Job[Any]) -> None:
        """Runs on the pool thread. Only signals leave it."""
        try:
            outcome: Outcome[Any] = Outcome(result=job.fn(job.progress))
        except Cancelled:
            outcome = Outcome(cancelled=True)
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the GUI thread
            outcome = Outcome(error=exc)
        self._relay.ended.emit(job, outcome)

    def _show_busy_cursor(self) -> None:
        if self._current is not None and not self._cursor_shown:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            self._cursor_shown = True

    def _show_progress_dialog(self) -> None:
        job = self._current
        if job is None or self._dialog is not None:
            return
        dialog = QProgressDialog(job.label, _("Cancel") if job.cancellable else "", 0, 0, job.parent)
        dialog.setWindowTitle(_title())
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        dialog.setMinimumDuration(0)
        dialog.setMinimumWidth(380)
        if job.cancellable:
            dialog.canceled.connect(self._cancel_current)
        else:
            dialog.setCancelButton(None)
        self._dialog = dialog
        self._update_dialog(job)
        dialog.show()

    def _cancel_current(self) -> None:
        if self._current is not None:
            self._current.cancel()
            if self._dialog is not None:
                self._dialog.setLabelText(_("Stopping… nothing will be saved."))

    def _update_dialog(self, job: Job[Any]) -> None:
        if self._dialog is None or job.cancel_requested:
            return
        if job.total > 0:
            self._dialog.setRange(0, job.total)
            self._dialog.setValue(min(job.done, job.total))
        else:
            self._dialog.setRange(0, 0)  # a moving bar: the job does not know how long it takes

    def _on_progress(self, job: Job[Any], done: int, total: int) -> None:
        job.done, job.total = done, total
        if job is self._current:
            self._update_dialog(job)

    def _on_ended(self, job: Job[Any], outcome: Outcome[Any]) -> None:
        self._cursor_timer.stop()
        self._dialog_timer.stop()
        if self._cursor_shown:
            QApplication.restoreOverrideCursor()
            self._cursor_shown = False
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        log.debug("job %r ended after %.2f s", job.label, time.monotonic() - job.started_at)
        self._current = None
        try:
            job._deliver(outcome)
        except Exception as exc:  # a bug in a callback must not stop the queue
            log.exception("callback of job %r failed", job.label)
            show_unexpected_error(job.parent, exc)
        finally:
            self._start_next()


def default_worker() -> Worker:
    """The application's one worker, created on first use and stopped when the application quits."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication first")
    worker = app.findChild(Worker, _WORKER_NAME)
    if worker is None:
        worker = Worker(app)
        worker.setObjectName(_WORKER_NAME)
        app.aboutToQuit.connect(worker.shutdown)
    return worker
