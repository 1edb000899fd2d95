from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from asm_assoc.core import db, members, writes
from asm_assoc.gui.dialogs import backup_dialogs


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes answered without a person: records what each said; a restore is confirmed."""
    shown: list[str] = []

    def answer(box: QMessageBox) -> int:
        shown.append(box.text())
        replace = box.button(QMessageBox.StandardButton.Yes)
        (replace or box.button(QMessageBox.StandardButton.Ok)).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda parent, title, text, *args: shown.append(text))
    return shown


def choose_file(monkeypatch, method: str, path: Path, asked: list | None = None) -> None:
    def chooser(parent, caption, proposed, *args):
        if asked is not None:
            asked.append(proposed)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, method, chooser)


def test_backup_now_proposes_a_dated_name_and_says_where_it_saved(qtbot, conn, db_path, boxes, monkeypatch,
                                                                  tmp_path):
    asked: list[str] = []
    choose_file(monkeypatch, "getSaveFileName", tmp_path / "USB" / "my backup", asked)
    (tmp_path / "USB").mkdir()
    saved = backup_dialogs.backup_now(conn, db_path, writes.SYSTEM, None)
    assert Path(asked[0]).name == f"asm-assoc-{dt.date.today().isoformat()}.sqlite3"
    assert saved == tmp_path / "USB" / "my backup.sqlite3"
    assert db.is_asm_database(saved)
    assert str(saved) in boxes[0]


def test_restoring_a_file_that_is_not_a_database_says_why_and_changes_nothing(qtbot, conn, db_path, boxes,
                                                                              monkeypatch, tmp_path):
    conn.close()
    before = db_path.read_bytes()
    letter = tmp_path / "letter.sqlite3"
    letter.write_text("Dear governor, …", encoding="utf-8")
    choose_file(monkeypatch, "getOpenFileName", letter)
    assert backup_dialogs.restore_from_file(db_path, writes.SYSTEM, None) is False
    assert len(boxes) == 1 and "is not an asm-assoc backup" in boxes[0]  # refused before any question
    assert db_path.read_bytes() == before


def test_restore_brings_back_the_backup_after_a_clear_warning(qtbot, conn, actor, db_path, boxes, monkeypatch,
                                                              tmp_path):
    choose_file(monkeypatch, "getSaveFileName", tmp_path / "backup.sqlite3")
    backup_dialogs.backup_now(conn, db_path, writes.SYSTEM, None)
    members.save(conn, actor, members.Member(None, "Бат", "Дорж", regnum="УБ90051512"))
    conn.close()
    boxes.clear()

    choose_file(monkeypatch, "getOpenFileName", tmp_path / "backup.sqlite3")
    assert backup_dialogs.restore_from_file(db_path, writes.SYSTEM, None) is True
    warning, done = boxes
    assert "replaces ALL the data" in warning and str(db.backups_dir(db_path)) in warning
    assert "kept in" in done
    reopened = db.open_database(db_path)
    try:
        assert members.all_members(reopened) == []
    finally:
        reopened.close()


def test_restore_cancelled_at_the_warning_changes_nothing(qtbot, conn, db_path, monkeypatch, tmp_path):
    choose_file(monkeypatch, "getSaveFileName", tmp_path / "backup.sqlite3")
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)  # the box closed without "Replace the data"
    backup_dialogs.backup_now(conn, db_path, writes.SYSTEM, None)
    conn.close()
    before = db_path.read_bytes()
    choose_file(monkeypatch, "getOpenFileName", tmp_path / "backup.sqlite3")
    assert backup_dialogs.restore_from_file(db_path, writes.SYSTEM, None) is False
    assert db_path.read_bytes() == before
