"""A Federation-scale database (100,000 members) made once per benchmark run and shared."""

from __future__ import annotations

from pathlib import Path

import pytest

from asm_assoc.core import accounts, association, db, demo, members, writes

BIG = 100_000
# The account the window probe logs in as (gui_probe.py types nothing: it answers the login itself).
PROBE_LOGIN, PROBE_PASSWORD = "saraa", "Алтан-2026"


def build_register(path: Path, rows: int = BIG) -> Path:
    conn = db.open_database(path)
    aid = association.save(conn, writes.SYSTEM, association.Association(
        name="Бичил уурхайчдын үндэсний холбоо", state_reg_no="9012345", aimag_code="64", soum_code="64-03",
        director="Б. Сарантуяа"))
    people = list(demo.generate_members(rows, seed=3, aimag_code="64"))
    for m in people:
        m.association_id = aid
    with writes.transaction(conn, writes.SYSTEM, "members.write") as tx:
        tx.insert_many("member", [members.row_values(m) for m in people],
                       [members.derived_columns(m) for m in people])
    quick, accounts.SCRYPT_N = accounts.SCRYPT_N, 2**15  # the real cost, whatever the test fixtures set
    try:
        accounts.create_director(conn, "Б. Сарантуяа", PROBE_LOGIN, PROBE_PASSWORD)
    finally:
        accounts.SCRYPT_N = quick
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


@pytest.fixture(scope="session")
def big_db_path(tmp_path_factory) -> Path:
    """A database file of 100,000 members (closed; open it yourself)."""
    return build_register(tmp_path_factory.mktemp("big") / "federation.db")
