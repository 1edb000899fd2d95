"""Damage inside a database file (its header intact, so it opens) is found by the background check after
the window is shown, and the newest backup is offered."""

from __future__ import annotations

from PySide6.QtCore import QThreadPool

from asm_assoc.core import association, db, members
from asm_assoc.gui import app as gui_app


def damage_data_pages(path) -> None:
    """Overwrite pages near the end (member and log data), leaving the schema pages at the start whole."""
    data = bytearray(path.read_bytes())
    pages = len(data) // 4096
    data[4096 * (pages - 6): 4096 * (pages - 3)] = b"\xde\xad" * (4096 * 3 // 2)
    path.write_bytes(bytes(data))


def make_database_with_backup(path, actor) -> None:
    conn = db.open_database(path)
    association.save(conn, actor, association.Association(name="Нөөц ТББ"))
    for i in range(150):  # enough pages that damage in the middle hits member data, not the schema
        members.save(conn, actor, members.Member(None, "Батын", f"Сараа{i}", sex="F", notes="x" * 200))
    db.online_backup(conn, db.backup_name(path, "auto"))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def test_background_check_finds_damage_and_restores_the_newest_backup(qtbot, qapp, tmp_path, actor, answer_yes):
    path = tmp_path / "data" / "asm-assoc.db"
    make_database_with_backup(path, actor)
    damage_data_pages(path)

    window = gui_app.start(qapp, db_path=path, data_dir=tmp_path / "data", lang="en", handle_crashes=False)
    assert window is not None  # the window opens at once: the check has not finished yet
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(answer_yes), timeout=10_000)
    assert "damaged" in answer_yes[0]
    qtbot.waitUntil(lambda: window.conn is not None and window.statusBar().currentMessage() != "", timeout=10_000)
    db.verify_integrity(path)  # the restored file is whole
    assert members.all_members(window.conn)[0].family_name == "Батын"
    window.close()


def test_background_check_of_a_sound_file_stays_quiet(qtbot, qapp, tmp_path, actor, answer_yes, messages):
    path = tmp_path / "data" / "asm-assoc.db"
    make_database_with_backup(path, actor)
    window = gui_app.start(qapp, db_path=path, data_dir=tmp_path / "data", lang="en", handle_crashes=False)
    qtbot.addWidget(window)
    assert QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.wait(50)  # deliver whatever the check emitted
    assert answer_yes == [] and messages == []
    window.close()
