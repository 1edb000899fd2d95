"""Open or create an asm-assoc database: pragmas, collation, integrity, migrations.

A database is one SQLite file. Opening it:
1. refuses a file that is not SQLite or not ours, and detects a damaged one (offering the newest backup);
2. refuses a file made by a newer version of the program (its schema number is higher than ours);
3. backs the file up, then runs the numbered migrations it lacks, each in its own transaction.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import sqlite3
from pathlib import Path

from asm_assoc.core import collation, migrations
from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import N_

log = logging.getLogger(__name__)

# PRAGMA application_id marks the file as ours ("ASMA"), so restore can refuse any other SQLite file.
APPLICATION_ID = 0x41534D41
SQLITE_MAGIC = b"SQLite format 3\x00"
BACKUP_SUFFIX = ".sqlite3"


class DatabaseError(UserError):
    pass


class NewerSchemaError(DatabaseError):
    pass


class NotAnAsmDatabaseError(DatabaseError):
    pass


class CorruptDatabaseError(DatabaseError):
    def __init__(self, message: str, *, latest_backup: Path | None, **params: object) -> None:
        super().__init__(message, **params)
        self.latest_backup = latest_backup


def backups_dir(db_path: Path) -> Path:
    return Path(db_path).parent / "backups"


def list_backups(db_path: Path) -> list[Path]:
    """Backups of this database, newest first."""
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return []
    # `backup_name` makes STEM-REASON-YYYYMMDD-HHMMSS-ffffff.sqlite3, REASON being words ("auto",
    # "before-restore") or "before-vN". Matching that exactly keeps another database's backups out
    # ("assoc-2-auto-..." is not a backup of "assoc"), as a glob on "assoc-*" would not.
    name = re.compile(rf"^{re.escape(Path(db_path).stem)}-(?:[a-z]+(?:-[a-z]+)*|before-v\d+)"
                      rf"-\d{{8}}-\d{{6}}-\d{{6}}{re.escape(BACKUP_SUFFIX)}$")
    found = [p for p in folder.iterdir() if name.match(p.name) and p.is_file()]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def latest_backup(db_path: Path) -> Path | None:
    backups = list_backups(db_path)
    return backups[0] if backups else None


def backup_name(db_path: Path, reason: str) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return backups_dir(db_path) / f"{Path(db_path).stem}-{reason}-{stamp}{BACKUP_SUFFIX}"


def connect(path: Path | str) -> sqlite3.Connection:
    """A connection with the project's pragmas and functions; no schema checks (see `open_database`)."""
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    collation.register(conn)
    return conn


def online_backup(conn: sqlite3.Connection, dest: Path) -> Path:
    """Copy a live database with SQLite's online backup API (consistent even while in use)."""
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    try:
        target = sqlite3.connect(str(tmp))
        try:
            conn.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
        tmp.replace(dest)
    except BaseException:
        # A full disk or a pulled USB stick must not leave half a backup that looks like a whole one.
        tmp.unlink(missing_ok=True)
        raise
    return dest


def _looks_like_sqlite(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(16) == SQLITE_MAGIC


def _corrupt(path: Path) -> CorruptDatabaseError:
    backup = latest_backup(path)
    if backup:
        return CorruptDatabaseError(
            N_("The database {path} is damaged. The newest backup is {backup}; restore it to continue."),
            latest_backup=backup,
            path=str(path),
            backup=str(backup),
        )
    return CorruptDatabaseError(
        N_("The database {path} is damaged and no backup of it was found."), latest_backup=None, path=str(path)
    )


def open_database(path: Path | str, *, check_integrity: bool = True) -> sqlite3.Connection:
    """Open (creating if missing) and migrate the database at `path`."""
    path = Path(path)
    existed = path.exists() and path.stat().st_size > 0
    if path.exists() and not existed and latest_backup(path):
        raise _corrupt(path)  # emptied (a power cut while writing): not a new database to start afresh
    if existed and not _looks_like_sqlite(path):
        # Our own file with a destroyed header has backups beside it; any other file is simply not ours.
        if latest_backup(path):
            raise _corrupt(path)
        raise NotAnAsmDatabaseError(N_("{path} is not an asm-assoc database."), path=str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = connect(path)
    except sqlite3.DatabaseError as exc:
        log.error("cannot open %s: %s", path, exc)
        raise _corrupt(path) from exc
    try:
        version, app_id = _read_header(conn, path)
        if existed and app_id != APPLICATION_ID and _has_tables(conn):
            raise NotAnAsmDatabaseError(N_("{path} is not an asm-assoc database."), path=str(path))
        if existed and check_integrity:
            _check_integrity(conn, path)
        latest = migrations.latest_version()
        if version > latest:
            raise NewerSchemaError(
                N_(
                    "This database was made by a newer version of asm-assoc (data version {found}; this "
                    "program knows up to {known}). Install the newer program to open it; nothing was changed."
                ),
                found=version,
                known=latest,
            )
        conn.execute("PRAGMA journal_mode = WAL")
        if version < latest:
            if existed and version > 0:
                online_backup(conn, backup_name(path, f"before-v{latest}"))
            _migrate(conn, version)
        return conn
    except BaseException:
        conn.close()
        raise


def _read_header(conn: sqlite3.Connection, path: Path) -> tuple[int, int]:
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        log.error("cannot read header of %s: %s", path, exc)
        raise _corrupt(path) from exc
    return version, app_id


def _has_tables(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0


def _check_integrity(conn: sqlite3.Connection, path: Path) -> None:
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        log.error("integrity check of %s failed: %s", path, exc)
        raise _corrupt(path) from exc
    if result != "ok":
        log.error("integrity check of %s: %s", path, result)
        raise _corrupt(path)


def open_read_only(path: Path) -> sqlite3.Connection:
    """Open a file without trusting it: read-only, no memory mapping, cell sizes checked, nothing run from
    its schema (after Paheko's restore checks); usable from another thread.

    `absolute()`, not `resolve()`: on Windows resolve() turns a mapped drive (Z:) into a UNC path,
    whose file:// address SQLite refuses."""
    conn = sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=ro", uri=True, check_same_thread=False)
    try:
        conn.execute("PRAGMA mmap_size = 0")
        conn.execute("PRAGMA cell_size_check = ON")
        conn.execute("PRAGMA trusted_schema = OFF")
        collation.register(conn)
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def verify_integrity(path: Path) -> None:
    """Run SQLite's quick_check on its own read-only connection; raise CorruptDatabaseError when damaged.

    With 100,000 members the check takes a few tenths of a second, so the window runs it in the background
    after opening with `check_integrity=False`; the command line checks before every job."""
    path = Path(path)
    try:
        conn = open_read_only(path)
    except sqlite3.DatabaseError as exc:
        raise _corrupt(path) from exc
    try:
        _check_integrity(conn, path)
    finally:
        conn.close()


def _migrate(conn: sqlite3.Connection, from_version: int) -> None:
    import sqlite_utils  # only when migrating: it costs a tenth of a second at start-up

    db = sqlite_utils.Database(conn)
    for number, name, step in migrations.steps():
        if number <= from_version:
            continue
        log.info("migrating to schema %d (%s)", number, name)
        conn.execute("BEGIN IMMEDIATE")
        try:
            step(db)
            conn.execute(f"PRAGMA user_version = {int(number)}")
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute("COMMIT")
        except BaseException:
            # After a full disk or an I/O error SQLite has rolled back already; a second ROLLBACK would hide
            # that error behind "cannot rollback".
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def is_asm_database(path: Path) -> bool:
    """True for a readable SQLite file marked as ours (used before a restore replaces anything)."""
    path = Path(path)
    if not path.is_file() or not _looks_like_sqlite(path):
        return False
    try:
        conn = open_read_only(path)
    except sqlite3.DatabaseError:
        return False
    try:
        return conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()
