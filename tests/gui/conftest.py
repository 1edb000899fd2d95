"""Fixtures of the main-window tests: a register of a few members, settings in a temporary folder,
and the application language put back to English after a test that switched it."""

from __future__ import annotations

import datetime as dt

import pytest
from credentials import DIRECTOR_LOGIN, DIRECTOR_NAME, DIRECTOR_PASSWORD
from PySide6.QtWidgets import QMessageBox

from asm_assoc.core import accounts, members
from asm_assoc.gui import settings
from asm_assoc.gui.i18n_qt import apply_language

TODAY = dt.date(2026, 11, 22)
PEOPLE = [
    # family, given, РД, sex, soum, role
    ("Өлзий", "Туяа", "УБ90121524", "F", "64-03", "member"),
    ("Олон", "Бат", "УБ85010513", "M", "64-03", "chair"),
    ("Ус", "Сараа", "УБ99032228", "F", "64-05", "treasurer"),
    ("Үүрийн", "Болд", "БХ78061213", "M", "64-05", "member"),
    ("Бат", "Мөнхзул", "ЧД03251426", "F", "64-03", "member"),
]


@pytest.fixture
def register(conn, actor) -> dict[str, str]:
    """Five members; family name -> id."""
    ids = {}
    for family, given, regnum, sex, soum, role in PEOPLE:
        m = members.Member(None, family, given, regnum, sex=sex, aimag_code="64", soum_code=soum, role=role)
        ids[family] = members.save(conn, actor, m, today=TODAY).member.id
    return ids


@pytest.fixture(autouse=True)
def director_signs_in(monkeypatch):
    """Windows started by `app.start` log in as the director without dialogs (making the account on a new
    database). Tests of the login itself call `sign_in.sign_in`."""
    from asm_assoc.gui import app

    def sign_in(conn, parent=None):
        if not accounts.has_accounts(conn):
            accounts.create_director(conn, DIRECTOR_NAME, DIRECTOR_LOGIN, DIRECTOR_PASSWORD)
        return accounts.login(conn, DIRECTOR_LOGIN, DIRECTOR_PASSWORD).actor()

    monkeypatch.setattr(app, "sign_in", sign_in)


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory) -> None:
    """Settings (window sizes, last folders) go to a temporary folder, never the developer's own."""
    settings.configure(tmp_path_factory.mktemp("settings-home"))


@pytest.fixture
def options(qapp) -> settings.Settings:
    return settings.Settings()


@pytest.fixture
def answer_yes(monkeypatch) -> list[str]:
    """Every question box answers Yes; returns the questions asked."""
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.fixture
def messages(monkeypatch) -> list[tuple[str, str]]:
    """Warning and error boxes are recorded instead of shown."""
    shown: list[tuple[str, str]] = []
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind,
                            lambda parent, title, text, *a, kind=kind, **k: shown.append((kind, text)))
    return shown


@pytest.fixture
def english_qt(qapp):
    """For tests that switch the language of the running application: back to English afterwards."""
    yield
    apply_language(qapp, "en")

