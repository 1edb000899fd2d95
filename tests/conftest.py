from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import asm_assoc.gui  # noqa: E402,F401  (its guard against the PySide6 6.12 refcount bug must run first)
from asm_assoc.core import association, db, i18n, writes  # noqa: E402


@pytest.fixture(autouse=True)
def english_messages():
    """Messages in English unless a test chooses Mongolian (tests of the catalog do)."""
    i18n.set_language("en")
    yield
    i18n.set_language("en")


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
