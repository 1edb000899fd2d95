"""Backups and restoring them: a backup is a checked copy; a restore replaces nothing until the backup
passed every check, and always keeps the database it replaces."""

from __future__ import annotations

import random
import sqlite3
import sys
from pathlib import Path

import pytest

from asm_assoc.core import backup, db, members, migrations, writes


def _add(conn, actor, given: str) -> str:
    member = members.Member(None, "Батбаяр", given, sex="F")
    members.save(conn, actor, member)
    return member.id


def _given_names(path: Path) -> set[str]:
    raw = sqlite3.connect(path)
    try:
        return {r[0] for r in raw.execute("SELECT given_name FROM member")}
    finally:
        raw.close()


def _folder_listing(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*")}


def test_backup_is_a_checked_copy_with_every_committed_change(conn, actor, tmp_path):
    _add(conn, actor, "Мөнхзул")  # still in the WAL: the online backup must include it
    dest = backup.backup(conn, tmp_path / "usb" / "copy.sqlite3", actor=writes.SYSTEM)
    assert dest == tmp_path / "usb" / "copy.sqlite3"
    assert _given_names(dest) == {"Мөнхзул"}
    copy = sqlite3.connect(dest)
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert copy.execute("PRAGMA application_id").fetchone()[0] == db.APPLICATION_ID
    assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one file, nothing beside it
    copy.close()
    assert sorted(p.name for p in dest.parent.iterdir()) == ["copy.sqlite3"]


def test_backup_into_a_folder_makes_a_dated_file_there(conn, tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    dest = backup.backup(conn, folder, actor=writes.SYSTEM)
    assert dest.parent == folder and dest.suffix == db.BACKUP_SUFFIX and dest.is_file()


def test_backup_refuses_to_overwrite_the_live_database(conn, db_path):
    with pytest.raises(backup.BackupError) as err:
        backup.backup(conn, db_path, actor=writes.SYSTEM)
    assert "database in use itself" in err.value.text()
    assert db.open_database(db_path).execute("SELECT count(*) FROM association").fetchone()[0] == 1


def test_backup_refuses_to_overwrite_a_file_that_is_not_a_database(conn, tmp_path):
    sheet = tmp_path / "members.xlsx"
    sheet.write_bytes(b"PK\x03\x04 a spreadsheet")
    with pytest.raises(backup.BackupError) as err:
        backup.backup(conn, sheet, actor=writes.SYSTEM)
    assert "is not a backup" in err.value.text()
    assert sheet.read_bytes() == b"PK\x03\x04 a spreadsheet"


def test_backup_to_a_place_that_cannot_be_written_is_a_clear_error(conn, tmp_path):
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("x")
    with pytest.raises(backup.BackupError) as err:
        backup.backup(conn, not_a_folder / "copy.sqlite3", actor=writes.SYSTEM)
    assert "could not be written" in err.value.text() and str(not_a_folder) in err.value.text()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "notes.txt"]  # no half file anywhere


@pytest.mark.skipif(sys.platform == "win32", reason="file size limits are a POSIX feature")
def test_backup_on_a_full_disk_says_so_and_leaves_no_half_file(conn, actor, tmp_path):
    import resource
    import signal

    for n in range(40):
        _add(conn, actor, f"Хулан{n}")
    dest = tmp_path / "usb" / "copy.sqlite3"
    dest.parent.mkdir()
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    # Files may grow to 8 KiB: the disk is "full" after two pages of the copy.
    resource.setrlimit(resource.RLIMIT_FSIZE, (8192, hard))
    try:
        with pytest.raises(backup.BackupError) as err:
            backup.backup(conn, dest, actor=writes.SYSTEM)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, old_handler)
    assert "could not be written" in err.value.text()
    assert list(dest.parent.iterdir()) == []


def test_restore_brings_back_the_backup_and_keeps_the_replaced_database(conn, actor, db_path, tmp_path):
    _add(conn, actor, "Өлзийбаяр")
    saved = backup.backup(conn, tmp_path / "copy.sqlite3", actor=writes.SYSTEM)
    _add(conn, actor, "Үүрцайх")  # made after the backup
    conn.close()

    safety = backup.restore(db_path, saved, actor=writes.SYSTEM)

    assert _given_names(db_path) == {"Өлзийбаяр"}
    assert _given_names(safety) == {"Өлзийбаяр", "Үүрцайх"}
    assert safety in db.list_backups(db_path) and "before-restore" in safety.name
    reopened = db.open_database(db_path)
    assert reopened.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    reopened.close()
    assert not list(db_path.parent.glob(".*restoring*"))


def test_restore_onto_a_new_computer_needs_no_current_database(conn, actor, tmp_path):
    _add(conn, actor, "Мөнхзул")
    saved = backup.backup(conn, tmp_path / "copy.sqlite3", actor=writes.SYSTEM)
    new_place = tmp_path / "new" / "asm-assoc.db"
    assert backup.restore(new_place, saved, actor=writes.SYSTEM) is None
    assert _given_names(new_place) == {"Мөнхзул"}


def test_restore_accepts_a_backup_from_an_older_version_which_opening_then_migrates(
    conn, db_path, tmp_path, monkeypatch
):
    saved = backup.backup(conn, tmp_path / "old.sqlite3", actor=writes.SYSTEM)
    conn.close()
    real = migrations.steps()
    monkeypatch.setattr(migrations, "steps", lambda: [
        *real, (len(real) + 1, "m_test", lambda d: d["member"].add_column("nickname", str))])
    monkeypatch.setattr(migrations, "latest_version", lambda: len(real) + 1)

    backup.restore(db_path, saved, actor=writes.SYSTEM)
    reopened = db.open_database(db_path)
    assert db.schema_version(reopened) == len(real) + 1
    reopened.close()


def test_restore_over_a_damaged_database_keeps_its_bytes_but_never_offers_them_as_a_backup(
    conn, actor, db_path, tmp_path
):
    _add(conn, actor, "Мөнхзул")
    saved = backup.backup(conn, tmp_path / "copy.sqlite3", actor=writes.SYSTEM)
    conn.close()
    garbage = random.Random(1).randbytes(20_000)
    db_path.write_bytes(garbage)

    safety = backup.restore(db_path, saved, actor=writes.SYSTEM)

    assert safety.read_bytes() == garbage
    assert safety not in db.list_backups(db_path)
    assert _given_names(db_path) == {"Мөнхзул"}


def _damage_pages(source: Path, dest: Path) -> Path:
    """A valid database file with some of its pages (not the first) overwritten by garbage."""
    data = bytearray(source.read_bytes())
    page = 4096
    rng = random.Random(3)
    for number in range(2, len(data) // page):
        if number % 2 == 0:
            data[number * page:(number + 1) * page] = rng.randbytes(page)
    dest.write_bytes(bytes(data))
    return dest


def _bad_source(kind: str, conn, tmp_path: Path, db_path: Path) -> Path:
    if kind == "missing":
        return tmp_path / "no-such-backup.sqlite3"
    if kind == "text":
        path = tmp_path / "notes.sqlite3"
        path.write_text("Гишүүдийн жагсаалт\n", encoding="utf-8")
        return path
    if kind == "random bytes":
        path = tmp_path / "noise.sqlite3"
        path.write_bytes(random.Random(2).randbytes(8192))
        return path
    if kind == "another program":
        path = tmp_path / "other.sqlite3"
        other = sqlite3.connect(path)
        other.execute("CREATE TABLE photos (name TEXT)")
        other.commit()
        other.close()
        return path
    good = backup.backup(conn, tmp_path / "good.sqlite3", actor=writes.SYSTEM)
    if kind == "damaged":
        return _damage_pages(good, tmp_path / "damaged.sqlite3")
    if kind == "newer":
        raw = sqlite3.connect(good)
        raw.execute(f"PRAGMA user_version = {migrations.latest_version() + 1}")
        raw.close()
        return good
    assert kind == "the database itself"
    return db_path


@pytest.mark.parametrize(
    ("kind", "says"),
    [
        ("missing", "was not found"),
        ("text", "not a database file"),
        ("random bytes", "not a database file"),
        ("another program", "another program"),
        ("damaged", "is damaged"),
        ("newer", "newer version"),
        ("the database itself", "database in use itself"),
    ],
)
def test_a_file_that_cannot_be_restored_is_refused_and_nothing_changes(
    kind, says, conn, actor, db_path, tmp_path
):
    for n in range(30):  # enough pages for the damage to hit member data
        _add(conn, actor, f"Солонго{n}")
    source = _bad_source(kind, conn, tmp_path, db_path)
    conn.close()
    before = db_path.read_bytes()
    files_before = _folder_listing(db_path.parent)

    with pytest.raises(backup.RestoreRefused) as err:
        backup.restore(db_path, source, actor=writes.SYSTEM)

    assert says in err.value.text()
    assert db_path.read_bytes() == before
    assert _folder_listing(db_path.parent) == files_before  # no safety copy, no temporary file


def test_automatic_backups_keep_the_newest_and_never_touch_other_backups(conn, db_path):
    other_reason = db.online_backup(conn, db.backup_name(db_path, "before-restore"))
    other_db = db.backups_dir(db_path) / "another-auto-20200101-000000-000000.sqlite3"
    other_db.write_bytes(b"")
    made = [backup.automatic_backup(conn, db_path, keep=3) for _ in range(5)]

    assert backup.automatic_backups(db_path) == made[:-4:-1]  # the last three, newest first
    assert all(not p.exists() for p in made[:2])
    assert other_reason.exists() and other_db.exists()


def test_restore_is_refused_while_another_connection_has_the_database_open(tmp_path):
    from asm_assoc.core import association, backup, db, writes

    path = tmp_path / "asm-assoc.db"
    conn = db.open_database(path)
    association.save(conn, writes.SYSTEM, association.Association(name="Нээлттэй ТББ"))
    copy = backup.backup(conn, tmp_path / "copy.sqlite3", actor=writes.SYSTEM)
    with pytest.raises(backup.RestoreRefused) as err:
        backup.restore(path, copy, actor=writes.SYSTEM)
    assert "still open" in err.value.text()
    association.save(conn, writes.SYSTEM, association.Association(name="Дараагийн ТББ"))  # still writes
    conn.close()
    reopened = db.open_database(path)
    assert reopened.execute("SELECT count(*) FROM association").fetchone()[0] == 2
