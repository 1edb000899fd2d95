"""Mongolian alphabetical order and case-insensitive matching."""

from __future__ import annotations

from asm_assoc.core import collation, db


def test_oe_sorts_after_o_and_ue_after_u_not_after_ya():
    names = ["Яндаг", "Үүрийн", "Улаан", "Өлзий", "Олон", "Пүрэв", "Энх"]
    assert sorted(names, key=collation.sort_key) == ["Олон", "Өлзий", "Пүрэв", "Улаан", "Үүрийн", "Энх", "Яндаг"]


def test_order_ignores_case():
    assert sorted(["өлзий", "Олон", "ОЮУН"], key=collation.sort_key) == ["Олон", "ОЮУН", "өлзий"]


def test_yo_sorts_after_ye():
    assert sorted(["Ёндон", "Жаргал", "Ерөө"], key=collation.sort_key) == ["Ерөө", "Ёндон", "Жаргал"]


def test_fold_makes_cyrillic_and_latin_case_insensitive():
    assert collation.fold("ӨЛЗИЙ Bat") == collation.fold("өлзий bAT")


def test_mn_collation_is_registered_on_every_connection(tmp_path):
    conn = db.open_database(tmp_path / "x.db")
    conn.execute("CREATE TEMP TABLE n(name TEXT)")
    conn.executemany("INSERT INTO n VALUES (?)", [("Үүрийн",), ("Өлзий",), ("Улаан",), ("Олон",)])
    got = [r[0] for r in conn.execute("SELECT name FROM n ORDER BY name COLLATE MN")]
    assert got == ["Олон", "Өлзий", "Улаан", "Үүрийн"]
    assert conn.execute("SELECT mn_fold('ӨЛЗИЙ')").fetchone()[0] == "өлзий"
