"""Backups of the database file and restoring one.

A backup is a whole SQLite file made with SQLite's online backup API (consistent while the program runs,
WAL content included), checked with `PRAGMA integrity_check` before it is called a backup.

Restoring checks the chosen file completely before anything is replaced (a readable SQLite file, intact,
made by asm-assoc, not from a newer version), keeps the current database as a safety copy in the backups
folder, and swaps the file in atomically (`os.replace`), so a failure at any step leaves a database that
opens: the old one or the restored one, never half of each.
"""

from __future__ import annotations

import errno
import logging
import os
import re
import shutil
import sqlite3
from pathlib import Path

from asm_assoc.core import access, db, migrations, writes
from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import N_

log = logging.getLogger(__name__)

AUTO_REASON = "auto"
SAFETY_REASON = "before-restore"
# A damaged database cannot go through the backup API; its bytes are kept under a name that
# `db.list_backups` does not list, so no one is ever offered it as "the newest backup".
DAMAGED_SUFFIX = ".damaged"
_SQLITE_FULL = 13


class BackupError(UserError):
    """A backup could not be written. Nothing else was changed."""


class RestoreRefused(UserError):
    """The chosen file cannot be restored. Nothing was changed."""


class RestoreError(UserError):
    """Restoring failed part way; the current database is still in place (and also in the safety copy)."""


def backup(conn: sqlite3.Connection, dest: Path, *, actor: writes.Actor) -> Path:
    """Copy the open database to `dest` (a file, or a folder to put a dated file in) and check the copy.

    Returns the path written. Refuses to overwrite the live database or a file that is not a database.
    A backup holds every РД in full, so a role that may not see them may not make one.
    """
    access.require(actor, "backup.make")
    return _backup(conn, Path(dest))


def _backup(conn: sqlite3.Connection, dest: Path) -> Path:
    live = _live_path(conn)
    if dest.is_dir():
        dest = dest / db.backup_name(live or Path("asm-assoc"), "copy").name
    if live is not None and (_same_file(dest, live) or _same_file(dest, _sidecar(live, "-wal"))):
        raise BackupError(
            N_("{path} is the database in use itself. Choose another file name or folder for the backup."),
            path=str(dest),
        )
    if dest.is_file() and dest.stat().st_size > 0 and not _has_sqlite_header(dest):
        raise BackupError(
            N_("{path} already exists and is not a backup; it was left alone. Choose another file name."),
            path=str(dest),
        )
    try:
        db.online_backup(conn, dest)
    except (OSError, sqlite3.Error) as exc:
        log.warning("backup to %s failed: %r", dest, exc)
        raise _write_failure(dest, exc) from exc
    problem = _integrity_problem(dest)
    if problem:
        log.error("backup %s failed its check: %s", dest, problem)
        dest.unlink(missing_ok=True)
        raise BackupError(
            N_("The backup written to {path} did not pass its check and was removed. Try another disk or "
               "folder."),
            path=str(dest),
        )
    _fsync_dir(dest.parent)
    return dest


def automatic_backup(conn: sqlite3.Connection, db_path: Path, keep: int = 10) -> Path:
    """Back up into the backups folder (on start or close) and delete the oldest automatic backups beyond
    `keep`. Backups made for other reasons (before a migration or a restore, by hand) are never deleted."""
    if keep < 1:
        raise ValueError("keep at least one automatic backup")
    dest = _backup(conn, db.backup_name(db_path, AUTO_REASON))
    for old in automatic_backups(db_path)[keep:]:
        old.unlink(missing_ok=True)
    return dest


def automatic_backups(db_path: Path) -> list[Path]:
    """The automatic backups of this database, newest first (their names sort by the time they were made)."""
    folder = db.backups_dir(db_path)
    if not folder.is_dir():
        return []
    name = re.compile(
        rf"^{re.escape(Path(db_path).stem)}-{AUTO_REASON}-\d{{8}}-\d{{6}}-\d{{6}}{re.escape(db.BACKUP_SUFFIX)}$"
    )
    return sorted((p for p in folder.iterdir() if name.match(p.name) and p.is_file()), reverse=True)


def restore(db_path: Path, source: Path, *, actor: writes.Actor) -> Path | None:
    """Replace the database at `db_path` with the backup `source` (a director's job).

    The caller must have closed every connection to `db_path` first, and opens the result afterwards with
    `db.open_database` (which migrates a backup made by an older version). Returns the safety copy of the
    database as it was (None when there was no database yet). Raises RestoreRefused, with nothing changed,
    when `source` is missing, not a database, another program's, damaged, or from a newer version.
    """
    access.require(actor, "backup.restore")
    return _restore(Path(db_path), Path(source))


def recover(db_path: Path, source: Path) -> Path | None:
    """Put one of the database's own automatic backups in place of the damaged database, before anyone can
    log in (the accounts are in the damaged file). Only a backup from its backups folder qualifies: it holds
    the same accounts, who log in again afterwards; the damaged file is kept as the safety copy."""
    if Path(source).resolve() not in {p.resolve() for p in db.list_backups(db_path)}:
        raise RestoreRefused(N_("Only a backup from the database's own backups folder can be restored before "
                                "logging in."))
    return _restore(Path(db_path), Path(source))


def _restore(db_path: Path, source: Path) -> Path | None:
    check_restorable(source, db_path=db_path)
    safety = _keep_safety_copy(db_path) if db_path.is_file() and db_path.stat().st_size > 0 else None
    tmp = db_path.with_name(f".{db_path.name}.restoring")
    try:
        _copy_database(source, tmp)
        _fsync_file(tmp)
        # The old database's WAL was checkpointed into the safety copy; a stale WAL left beside the new file
        # would be replayed into it and damage it.
        for suffix in ("-wal", "-shm"):
            _sidecar(db_path, suffix).unlink(missing_ok=True)
        os.replace(tmp, db_path)
        _fsync_dir(db_path.parent)
    except (OSError, sqlite3.Error) as exc:
        log.error("restore of %s from %s failed: %r", db_path, source, exc)
        tmp.unlink(missing_ok=True)
        raise RestoreError(
            N_("The backup could not be put in place of {path}. Close every window of asm-assoc and try "
               "again. The database as it was is kept in {safety}."),
            path=str(db_path),
            safety=str(safety or db_path),
        ) from exc
    return safety


def check_restorable(source: Path, *, db_path: Path | None = None) -> int:
    """Check a file before it may replace the database: returns its schema version, or raises
    RestoreRefused saying what is wrong with it."""
    source = Path(source)
    if not source.is_file():
        raise RestoreRefused(N_("The file {path} was not found."), path=str(source))
    if db_path is not None and _same_file(source, Path(db_path)):
        raise RestoreRefused(
            N_("{path} is the database in use itself. Choose a backup file to restore."), path=str(source)
        )
    if not _has_sqlite_header(source):
        raise RestoreRefused(
            N_("{path} is not an asm-assoc backup: it is not a database file. Choose a file made by the "
               "Backup command (its name ends in .sqlite3)."),
            path=str(source),
        )
    damaged = RestoreRefused(
        N_("{path} is damaged and cannot be restored. Choose another (older) backup."), path=str(source)
    )
    try:
        conn = db.open_read_only(source)
    except sqlite3.Error as exc:
        raise damaged from exc
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id != db.APPLICATION_ID:
            raise RestoreRefused(
                N_("{path} is a database of another program, not an asm-assoc backup. Nothing was changed."),
                path=str(source),
            )
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if problems != ["ok"] or conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
            log.error("restore source %s failed its check: %s", source, problems[:5])
            raise damaged
    except sqlite3.DatabaseError as exc:
        log.error("restore source %s cannot be read: %r", source, exc)
        raise damaged from exc
    finally:
        conn.close()
    latest = migrations.latest_version()
    if version > latest:
        raise RestoreRefused(
            N_("{path} was made by a newer version of asm-assoc (data version {found}; this program knows up "
               "to {known}). Install the newer program to restore it. Nothing was changed."),
            path=str(source),
            found=version,
            known=latest,
        )
    return version


def _refuse_if_in_use(conn: sqlite3.Connection, db_path: Path) -> None:
    """Replacing a file another connection still writes to would lose what it writes next (on Linux the
    old file lives on unseen). Leaving WAL mode needs every other connection gone, so it tells."""
    conn.execute("PRAGMA busy_timeout = 500")
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
    except sqlite3.OperationalError as exc:
        if exc.sqlite_errorcode in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            raise RestoreRefused(
                N_("The database {path} is still open in asm-assoc. Close every window of the program, then "
                   "restore again. Nothing was changed."),
                path=str(db_path),
            ) from exc
        raise


def _keep_safety_copy(db_path: Path) -> Path:
    """Copy the current database into the backups folder before it is replaced, WAL content included."""
    dest = db.backup_name(db_path, SAFETY_REASON)
    try:
        conn = db.connect(db_path)
        try:
            _refuse_if_in_use(conn, db_path)
            db.online_backup(conn, dest)
            # Fold the WAL into the file, so the old database stays whole even if the swap fails later.
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        return dest
    except sqlite3.DatabaseError as exc:
        if _is_disk_full(exc):
            raise _safety_failure(db_path) from exc
        log.warning("current database %s cannot be copied by SQLite (%r); keeping its bytes", db_path, exc)
    except OSError as exc:
        raise _safety_failure(db_path) from exc
    # The database being replaced is usually damaged (that is why it is being restored): keep it byte for
    # byte, with its WAL, in case someone can rescue records from it later.
    raw = dest.with_suffix(DAMAGED_SUFFIX)
    try:
        raw.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(db_path, raw)
        wal = _sidecar(db_path, "-wal")
        if wal.is_file():
            shutil.copyfile(wal, _sidecar(raw, "-wal"))
    except OSError as exc:
        raw.unlink(missing_ok=True)
        raise _safety_failure(db_path) from exc
    return raw


def _safety_failure(db_path: Path) -> RestoreError:
    return RestoreError(
        N_("A safety copy of {path} could not be made (is the disk full?), so nothing was restored and "
           "nothing was changed."),
        path=str(db_path),
    )


def _copy_database(source: Path, dest: Path) -> None:
    conn = db.open_read_only(source)
    try:
        db.online_backup(conn, dest)
    finally:
        conn.close()



def _integrity_problem(path: Path) -> str | None:
    try:
        conn = db.open_read_only(path)
        try:
            result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return repr(exc)
    return None if result == ["ok"] else "; ".join(result[:5])


def _write_failure(dest: Path, exc: BaseException) -> BackupError:
    if _is_disk_full(exc):
        return BackupError(
            N_("The backup could not be written to {path}: the disk is full. Free some space or choose "
               "another disk. Nothing was changed."),
            path=str(dest),
        )
    return BackupError(
        N_("The backup could not be written to {path}. Check that the folder exists and can be written to (a "
           "USB stick may be full or write-protected), then try again. Nothing was changed."),
        path=str(dest),
    )


def _is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, errno.EFBIG)
    return getattr(exc, "sqlite_errorcode", None) == _SQLITE_FULL


def _live_path(conn: sqlite3.Connection) -> Path | None:
    for _seq, name, file in conn.execute("PRAGMA database_list"):
        if name == "main" and file:
            return Path(file)
    return None


def _sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _has_sqlite_header(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(len(db.SQLITE_MAGIC)) == db.SQLITE_MAGIC
    except OSError:
        return False


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable on POSIX; Windows cannot open a folder for this and needs no such step."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
