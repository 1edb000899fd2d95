"""The `asm-assoc` command: exit status 0 done, 1 refused, 2 wrong use; plain messages, never a traceback."""

from __future__ import annotations

import argparse
import gettext
import os
import sqlite3
import subprocess
import sys
import types
from pathlib import Path

import pytest
from credentials import DIRECTOR_LOGIN, DIRECTOR_PASSWORD

from asm_assoc import cli
from asm_assoc.core import backup, db, i18n, members, writes

GOOD_AND_BAD_ROWS = "Овог,Нэр,Регистрийн дугаар\nДорж,Болд,УБ99032218\nБат,,УБ99133218\n"


@pytest.fixture(autouse=True)
def logged_in(monkeypatch):
    """Commands log in as the director from the environment, as a scripted backup would."""
    monkeypatch.setenv(cli.LOGIN_ENV, DIRECTOR_LOGIN)
    monkeypatch.setenv(cli.PASSWORD_ENV, DIRECTOR_PASSWORD)


@pytest.fixture
def existing_db(conn, director, db_path) -> Path:
    """A database with an association profile, its director and no member, closed so that commands can
    open it."""
    conn.close()
    return db_path


def _run(capsys, *argv: object) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def _member_count(path: Path) -> int:
    raw = sqlite3.connect(path)
    try:
        return raw.execute("SELECT count(*) FROM member").fetchone()[0]
    finally:
        raw.close()


def test_help_names_every_command_and_the_global_options(capsys):
    code, out, _ = _run(capsys, "--lang", "en", "--help")
    assert code == 0
    words = ("members", "report", "backup", "restore", "--db", "--data-dir", "--lang", "--demo", "--version")
    assert all(word in out for word in words)
    assert argparse._ is gettext.gettext  # argparse speaks our catalog only while main() runs


def test_each_job_has_its_own_help(capsys):
    code, out, _ = _run(capsys, "--lang", "en", "members", "import", "--help")
    assert code == 0 and "--dry-run" in out and "--update-known" in out and "--all-or-nothing" in out
    code, out, _ = _run(capsys, "--lang", "en", "report", "roster", "--help")
    assert code == 0 and "--out" in out


def test_version_is_printed(capsys):
    code, out, _ = _run(capsys, "--version")
    assert code == 0 and out.strip() == "asm-assoc 0.1.0"


def test_messages_are_mongolian_unless_english_is_asked_for_before_the_command(capsys, tmp_path):
    missing = tmp_path / "none.db"
    _run(capsys, "--db", missing, "report", "roster", "--out", tmp_path / "r.pdf", "--lang", "en")
    assert i18n.active().lang == "mn"  # the report's --lang is not the messages' language
    _run(capsys, "--lang", "en", "--db", missing, "backup", tmp_path / "b.sqlite3")
    assert i18n.active().lang == "en"


@pytest.mark.parametrize(
    "argv",
    [["members"], ["report", "roster"], ["frobnicate"], ["backup"], ["--lang", "fr", "backup", "x"]],
)
def test_wrong_use_exits_2_with_the_usage(capsys, argv):
    code, out, err = _run(capsys, "--lang", "en", *argv)
    assert code == 2 and "usage:" in err and out == ""


def test_a_job_without_db_asks_for_it_and_does_not_guess(capsys, tmp_path):
    code, _, err = _run(capsys, "--lang", "en", "--data-dir", tmp_path, "backup", tmp_path / "b.sqlite3")
    assert code == 2 and "--db FILE" in err
    assert list(tmp_path.iterdir()) == []


def test_without_a_command_the_window_opens_with_the_options_given(monkeypatch, tmp_path):
    calls = []
    fake = types.ModuleType("asm_assoc.gui.app")
    fake.run_gui = lambda **kwargs: calls.append(kwargs) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "asm_assoc.gui.app", fake)

    assert cli.main(["--demo"]) == 0
    assert cli.main(["--db", str(tmp_path / "a.db"), "--data-dir", str(tmp_path), "--lang", "en"]) == 0
    assert calls == [
        {"db_path": None, "data_dir": None, "demo": True, "lang": None},
        {"db_path": tmp_path / "a.db", "data_dir": tmp_path, "demo": False, "lang": "en"},
    ]


def test_backup_command_writes_a_checked_copy(capsys, existing_db, tmp_path):
    out_file = tmp_path / "usb" / "copy.sqlite3"
    code, out, _ = _run(capsys, "--lang", "en", "--db", existing_db, "backup", out_file)
    assert code == 0 and str(out_file) in out
    assert db.is_asm_database(out_file)


def test_restore_command_brings_back_the_backup_and_names_the_safety_copy(
    capsys, conn, director, actor, db_path, tmp_path
):
    saved = backup.backup(conn, tmp_path / "copy.sqlite3", actor=writes.SYSTEM)
    members.save(conn, actor, members.Member(None, "Дорж", "Үүрцайх", sex="F"))
    conn.close()
    code, out, _ = _run(capsys, "--lang", "en", "--db", db_path, "restore", saved)
    assert code == 0
    assert _member_count(db_path) == 0
    safety = db.list_backups(db_path)[0]
    assert str(safety) in out and _member_count(safety) == 1


def test_restore_of_a_text_file_is_refused_in_plain_words(capsys, existing_db, tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("not a backup")
    before = existing_db.read_bytes()
    code, out, err = _run(capsys, "--lang", "en", "--db", existing_db, "restore", text)
    assert code == 1 and "not a database file" in err and out == ""
    assert existing_db.read_bytes() == before


def test_a_database_that_does_not_exist_is_refused_not_created(capsys, tmp_path):
    missing = tmp_path / "nowhere.db"
    code, _, err = _run(capsys, "--lang", "en", "--db", missing, "backup", tmp_path / "b.sqlite3")
    assert code == 1 and "There is no database" in err
    assert not missing.exists()


def test_a_damaged_database_names_the_newest_backup_and_the_restore_command(capsys, conn, db_path, tmp_path):
    newest = backup.automatic_backup(conn, db_path)
    conn.close()
    db_path.write_bytes(b"\x00garbage" * 1000)
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    code, _, err = _run(capsys, "--lang", "en", "--db", db_path, "backup", tmp_path / "b.sqlite3")
    assert code == 1 and "damaged" in err
    assert f"asm-assoc --db {db_path} restore {newest}" in err


def test_import_into_a_database_without_a_profile_says_the_profile_comes_first(capsys, db_path, tmp_path):
    pytest.importorskip("asm_assoc.core.member_io")
    code, _, _ = _run(capsys, "--db", db_path, "setup", "--name", "Сараа", "--login", DIRECTOR_LOGIN)
    assert code == 0
    source = tmp_path / "in.csv"
    source.write_text(GOOD_AND_BAD_ROWS, encoding="utf-8")
    code, _, err = _run(capsys, "--lang", "en", "--db", db_path, "members", "import", source)
    assert code == 1 and "no association profile" in err


def test_import_of_a_missing_file_is_refused_plainly(capsys, existing_db, tmp_path):
    pytest.importorskip("asm_assoc.core.member_io")
    code, _, err = _run(capsys, "--lang", "en", "--db", existing_db, "members", "import", tmp_path / "no.csv")
    assert code == 1 and "was not found" in err


def test_import_dry_run_lists_the_errors_of_each_row_and_writes_nothing(capsys, existing_db, tmp_path):
    pytest.importorskip("asm_assoc.core.member_io")
    source = tmp_path / "in.csv"
    source.write_text(GOOD_AND_BAD_ROWS, encoding="utf-8")
    code, out, _ = _run(capsys, "--lang", "en", "--db", existing_db, "members", "import", source, "--dry-run")
    assert code == 0
    assert "Line 3: Enter the given name" in out and "Line 2:" not in out
    assert "nothing was written" in out
    assert _member_count(existing_db) == 0


def test_import_adds_the_rows_without_errors(capsys, existing_db, tmp_path):
    pytest.importorskip("asm_assoc.core.member_io")
    source = tmp_path / "in.csv"
    source.write_text(GOOD_AND_BAD_ROWS, encoding="utf-8")
    code, out, _ = _run(capsys, "--lang", "en", "--db", existing_db, "members", "import", source)
    assert code == 0 and "1 added" in out and "Line 3" in out
    assert _member_count(existing_db) == 1


def test_import_all_or_nothing_writes_nothing_when_a_row_has_an_error(capsys, existing_db, tmp_path):
    pytest.importorskip("asm_assoc.core.member_io")
    source = tmp_path / "in.csv"
    source.write_text(GOOD_AND_BAD_ROWS, encoding="utf-8")
    code, out, err = _run(capsys, "--lang", "en", "--db", existing_db, "members", "import", source,
                          "--all-or-nothing")
    assert code == 1 and "Line 3: Enter the given name" in out and "Nothing could be imported" in err
    assert _member_count(existing_db) == 0


def test_import_exits_1_when_every_row_has_an_error(capsys, existing_db, tmp_path):
    pytest.importorskip("asm_assoc.core.member_io")
    source = tmp_path / "in.csv"
    source.write_text("Овог,Нэр\nБат,\n,Болд\n", encoding="utf-8")
    code, _, err = _run(capsys, "--lang", "en", "--db", existing_db, "members", "import", source)
    assert code == 1 and "Nothing could be imported" in err


def test_demo_with_db_and_a_command_makes_the_demo_there_then_exports_it(capsys, tmp_path):
    pytest.importorskip("asm_assoc.core.member_io")
    path, out_file = tmp_path / "demo.db", tmp_path / "members.csv"
    code, out, _ = _run(capsys, "--lang", "en", "--db", path, "--demo", "setup", "--name", "Сараа", "--login",
                        DIRECTOR_LOGIN)
    assert code == 0 and "demo association" in out and "Recovery code" in out
    code, out, _ = _run(capsys, "--lang", "en", "--db", path, "--demo", "members", "export", out_file)
    assert code == 0 and "60 members" in out
    assert len(out_file.read_text(encoding="utf-8-sig").splitlines()) == 61
    code, out, _ = _run(capsys, "--lang", "en", "--db", path, "--demo", "members", "export", out_file)
    assert "demo association" not in out and _member_count(path) == 60  # made once only


def test_export_into_a_missing_folder_is_refused_plainly(capsys, existing_db, tmp_path):
    pytest.importorskip("asm_assoc.core.member_io")
    code, _, err = _run(capsys, "--lang", "en", "--db", existing_db, "members", "export",
                        tmp_path / "no-folder" / "m.csv")
    assert code == 1 and err.strip()


def test_report_roster_writes_a_pdf(capsys, tmp_path):
    pytest.importorskip("asm_assoc.core.reports.roster")
    out_file = tmp_path / "roster.pdf"
    _run(capsys, "--db", tmp_path / "demo.db", "--demo", "setup", "--name", "Сараа", "--login", DIRECTOR_LOGIN)
    code, out, _ = _run(capsys, "--lang", "en", "--db", tmp_path / "demo.db", "report", "roster",
                        "--out", out_file)
    assert code == 0 and str(out_file) in out
    assert out_file.read_bytes().startswith(b"%PDF")


@pytest.mark.slow
def test_the_installed_command_runs_as_a_module_without_loading_qt(conn, director, db_path, tmp_path):
    conn.close()
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    shown = subprocess.run([sys.executable, "-m", "asm_assoc", "--help"], capture_output=True, text=True,
                           env=env, timeout=60)
    assert shown.returncode == 0 and "restore" in shown.stdout
    out_file = tmp_path / "copy.sqlite3"
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "asm_assoc", "--db", str(db_path), "backup",
         str(out_file)],
        capture_output=True, text=True, env=env, timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert db.is_asm_database(out_file)
    assert "PySide6" not in done.stderr  # -X importtime lists every module imported


def test_a_wrong_password_is_refused_plainly_and_nothing_runs(capsys, existing_db, tmp_path, monkeypatch):
    monkeypatch.setenv(cli.PASSWORD_ENV, "wrong")
    code, out, err = _run(capsys, "--lang", "en", "--db", existing_db, "backup", tmp_path / "b.sqlite3")
    assert code == 1 and err.strip() == "The login or the password is wrong." and out == ""
    assert not (tmp_path / "b.sqlite3").exists()


def test_without_a_terminal_the_password_must_come_from_the_environment(capsys, existing_db, tmp_path,
                                                                         monkeypatch):
    monkeypatch.delenv(cli.PASSWORD_ENV)
    code, _, err = _run(capsys, "--lang", "en", "--db", existing_db, "backup", tmp_path / "b.sqlite3")
    assert code == 2 and cli.PASSWORD_ENV in err


def test_jobs_obey_the_role_of_who_logged_in(capsys, conn, director, db_path, tmp_path, monkeypatch):
    from asm_assoc.core import accounts

    accounts.add_user(conn, director.actor(), "Үзэгч", "uzegch", "viewer", "Үзэгчийн-нууц-үг")
    conn.close()
    monkeypatch.setenv(cli.LOGIN_ENV, "uzegch")
    monkeypatch.setenv(cli.PASSWORD_ENV, "Үзэгчийн-нууц-үг")
    code, _, err = _run(capsys, "--lang", "en", "--db", db_path, "backup", tmp_path / "b.sqlite3")
    assert code == 1 and "Your role (Viewer) does not allow this: Make a backup." in err
    code, out, _ = _run(capsys, "--lang", "en", "--db", db_path, "report", "roster", "--out", tmp_path / "r.pdf")
    assert code == 0 and (tmp_path / "r.pdf").is_file()


def test_audit_verify_passes_a_clean_file_and_names_an_edited_entry(capsys, existing_db):
    code, out, _ = _run(capsys, "--lang", "en", "--db", existing_db, "audit", "verify")
    assert code == 0 and "The audit trail is intact" in out and "Last entry of this computer: 2" in out
    raw = sqlite3.connect(existing_db)
    raw.execute("UPDATE change_log SET user_name = 'someone' WHERE seq = 1")
    raw.commit()
    raw.close()
    code, out, err = _run(capsys, "--lang", "en", "--db", existing_db, "audit", "verify")
    assert code == 1 and "Entry 1 (" in err and "was changed outside the program" in err
