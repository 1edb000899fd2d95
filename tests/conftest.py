from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ["cli_support"]  # the command-line tests' fixtures

from credentials import DIRECTOR_LOGIN, DIRECTOR_NAME, DIRECTOR_PASSWORD  # noqa: E402

import asm_assoc.gui  # noqa: E402,F401  (its guard against the PySide6 6.12 refcount bug must run first)
from asm_assoc.core import accounts, association, db, i18n, writes  # noqa: E402


@pytest.fixture(autouse=True)
def english_messages():
    """Messages in English unless a test chooses Mongolian (tests of the catalog do)."""
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture(autouse=True)
def quick_password_hashing(request, monkeypatch):
    """scrypt at its real cost takes a tenth of a second per hash; tests of other things use a cheap N
    (the parameters travel with each hash, so both kinds verify). Tests marked `real_kdf` keep the real one."""
    if "real_kdf" not in request.keywords:
        monkeypatch.setattr(accounts, "SCRYPT_N", 2**4)


@pytest.fixture
def director(conn) -> accounts.User:
    """The association's director account (login `saraa`)."""
    user, _code = accounts.create_director(conn, DIRECTOR_NAME, DIRECTOR_LOGIN, DIRECTOR_PASSWORD)
    return user


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "asm-assoc.db"


@pytest.fixture
def conn(db_path: Path):
    """A fresh database with an association profile (Bayankhongor aimag, Bayangovi soum)."""
    connection = db.open_database(db_path)
    association.save(
        connection,
        writes.SYSTEM,
        association.Association(name="Алтан дэлхий ТББ", state_reg_no="9012345", aimag_code="64",
                                soum_code="64-03", director="Б. Сарантуяа"),
    )
    yield connection
    connection.close()


@pytest.fixture
def actor() -> writes.Actor:
    return writes.SYSTEM
