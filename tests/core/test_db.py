"""Opening, creating and migrating the database file."""

from __future__ import annotations

import sqlite3

import pytest

from asm_assoc.core import db, migrations


def test_new_file_gets_every_migration_and_the_project_pragmas(db_path):
    conn = db.open_database(db_path)
    assert db.schema_version(conn) == migrations.latest_version()
    assert conn.execute("PRAGMA application_id").fetchone()[0] == db.APPLICATION_ID
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"local_device", "change_log", "association", "member"} <= tables


def test_device_has_a_uuid_and_a_sequence_from_the_first_migration(db_path):
    conn = db.open_database(db_path)
    device_id, seq = conn.execute("SELECT device_id, last_seq FROM local_device").fetchone()
    assert len(device_id) == 36 and device_id[14] == "7"  # UUIDv7
    assert seq == 0


def test_reopening_keeps_data_and_runs_nothing_again(db_path):
    conn = db.open_database(db_path)
    device = conn.execute("SELECT device_id FROM local_device").fetchone()[0]
    conn.close()
    conn = db.open_database(db_path)
    assert conn.execute("SELECT device_id FROM local_device").fetchone()[0] == device
    assert db.list_backups(db_path) == []  # nothing to migrate, so no backup


def test_database_from_a_newer_version_is_refused_and_left_unchanged(db_path):
    db.open_database(db_path).close()
    raw = sqlite3.connect(db_path)
    raw.execute(f"PRAGMA user_version = {migrations.latest_version() + 1}")
    raw.close()
    before = db_path.read_bytes()
    with pytest.raises(db.NewerSchemaError) as err:
        db.open_database(db_path)
    assert "newer version" in err.value.text()
    assert db_path.read_bytes() == before


def _fake_steps(monkeypatch, extra):
    real = migrations.steps()
    monkeypatch.setattr(migrations, "steps", lambda: [*real, (len(real) + 1, "m_test", extra)])
    monkeypatch.setattr(migrations, "latest_version", lambda: len(real) + 1)


def test_database_is_backed_up_before_a_migration_runs(db_path, monkeypatch):
    db.open_database(db_path).close()

    def add_column(database):
        database["member"].add_column("nickname", str)

    _fake_steps(monkeypatch, add_column)
    conn = db.open_database(db_path)
    assert "nickname" in {r[1] for r in conn.execute("PRAGMA table_info(member)")}
    backups = db.list_backups(db_path)
    assert len(backups) == 1 and "before-v" in backups[0].name
    old = sqlite3.connect(backups[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version() - 1


def test_a_failing_migration_changes_nothing(db_path, monkeypatch):
    db.open_database(db_path).close()

    def broken(database):
        database["member"].add_column("nickname", str)
        raise RuntimeError("step failed half way")

    _fake_steps(monkeypatch, broken)
    with pytest.raises(RuntimeError):
        db.open_database(db_path)
    raw = sqlite3.connect(db_path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version() - 1
    assert "nickname" not in {r[1] for r in raw.execute("PRAGMA table_info(member)")}


def test_damaged_file_is_detected_and_the_newest_backup_is_offered(db_path, monkeypatch):
    conn = db.open_database(db_path)
    conn.execute("CREATE TABLE filler(x BLOB)")
    conn.executemany("INSERT INTO filler VALUES (?)", [(b"x" * 3000,) for _ in range(200)])
    backup = db.online_backup(conn, db.backup_name(db_path, "manual"))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(db_path.read_bytes())
    data[4096 * 3: 4096 * 6] = b"\xde\xad" * 4096  # overwrite pages in the middle
    db_path.write_bytes(bytes(data))
    with pytest.raises(db.CorruptDatabaseError) as err:
        db.open_database(db_path)
    assert err.value.latest_backup == backup
    assert str(backup) in err.value.text()


def test_garbage_file_is_not_taken_for_a_database(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("hello, this is not a database\n" * 10)
    with pytest.raises(db.NotAnAsmDatabaseError):
        db.open_database(path)
    assert path.read_text().startswith("hello")


def test_another_programs_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.db"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE t(x)")
    raw.commit()
    raw.close()
    with pytest.raises(db.NotAnAsmDatabaseError):
        db.open_database(path)
    assert not db.is_asm_database(path)


def test_is_asm_database_accepts_our_file(db_path):
    db.open_database(db_path).close()
    assert db.is_asm_database(db_path)


def test_backups_of_another_database_are_never_offered(db_path):
    conn = db.open_database(db_path)
    folder = db.backups_dir(db_path)
    other = folder / f"{db_path.stem}-2-auto-20261122-101010-000001.sqlite3"  # of "asm-assoc-2.db"
    db.online_backup(conn, other)
    assert db.latest_backup(db_path) is None
    ours = db.online_backup(conn, db.backup_name(db_path, "auto"))
    assert db.list_backups(db_path) == [ours]


def test_an_emptied_database_file_with_backups_is_damaged_not_new(db_path):
    conn = db.open_database(db_path)
    backup = db.online_backup(conn, db.backup_name(db_path, "auto"))
    conn.close()
    db_path.write_bytes(b"")  # a power cut while the file was being written
    with pytest.raises(db.CorruptDatabaseError) as err:
        db.open_database(db_path)
    assert err.value.latest_backup == backup
    assert db_path.read_bytes() == b""
