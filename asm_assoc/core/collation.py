"""Mongolian alphabetical order and case-insensitive matching for Cyrillic and Latin.

Code-point order puts Ө and Ү after Я; the Mongolian alphabet puts Ө after О and Ү after У. The sort key
maps every Cyrillic letter to its rank in the alphabet, so plain binary comparison of keys (and an ordinary
SQLite index on a key column) gives Mongolian order without calling Python for each comparison.
"""

from __future__ import annotations

import sqlite3

ALPHABET = "АБВГДЕЁЖЗИЙКЛМНОӨПРСТУҮФХЦЧШЩЪЫЬЭЮЯ"

# Ranks start above the Latin range, so digits and Latin words sort first (as Mongolian lists do).
_RANK = {ch: chr(0x0400 + i) for i, ch in enumerate(ALPHABET)}
_RANK.update({ch.lower(): _RANK[ch] for ch in ALPHABET})
_RANK_TABLE = str.maketrans(_RANK)  # str.translate: the key of 100,000 names in C, not a Python loop

COLLATION_NAME = "MN"


def fold(text: str) -> str:
    """Case-fold for searching: `Өлзий` and `өЛЗИЙ` match; Latin too."""
    return text.casefold()


def sort_key(text: str) -> str:
    """A string whose code-point order is Mongolian alphabetical order, case-insensitive."""
    return text.strip().casefold().translate(_RANK_TABLE)


def _compare(a: str | None, b: str | None) -> int:
    ka, kb = sort_key(a or ""), sort_key(b or "")
    return (ka > kb) - (ka < kb)


def register(conn: sqlite3.Connection) -> None:
    """Register the `MN` collation and an `mn_fold()` function on a connection."""
    conn.create_collation(COLLATION_NAME, _compare)
    conn.create_function("mn_fold", 1, lambda s: fold(s) if s is not None else None, deterministic=True)
    conn.create_function("mn_key", 1, lambda s: sort_key(s) if s is not None else None, deterministic=True)
