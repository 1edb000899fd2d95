"""Check the open database for damage in the background, so a large file opens without waiting for it."""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal

from asm_assoc.core import db

log = logging.getLogger(__name__)


class IntegrityCheck(QObject):
    """Runs `db.verify_integrity` on a pool thread with its own read-only connection; `damaged` carries the
    CorruptDatabaseError (with the newest backup) to the GUI thread."""

    damaged = Signal(object)

    def start(self, path: Path) -> None:
        QThreadPool.globalInstance().start(partial(self._run, Path(path)))

    def _run(self, path: Path) -> None:
        try:
            db.verify_integrity(path)
        except db.CorruptDatabaseError as exc:
            log.error("integrity check of %s failed", path)
            self.damaged.emit(exc)
            return
        except Exception:  # the check itself failed (file gone, disk error): say so in the log, go on
            log.exception("integrity check of %s could not run", path)
