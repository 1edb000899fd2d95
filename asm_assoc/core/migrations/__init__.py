"""Numbered schema steps. A landed step is never edited; a change of schema is a new step.

Each module `mNNNN_name.py` has `migrate(db: sqlite_utils.Database) -> None`; its number is the
schema version the database has after it ran (stored in `PRAGMA user_version`).
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


def _names() -> list[tuple[int, str]]:
    found = sorted(
        (int(info.name[1:5]), info.name)
        for info in pkgutil.iter_modules(__path__)
        if info.name.startswith("m") and info.name[1:5].isdigit()
    )
    numbers = [n for n, _ in found]
    if numbers != list(range(1, len(numbers) + 1)):
        raise RuntimeError(f"migration numbers must run 1..N without gaps: {numbers}")
    return found


def steps() -> list[tuple[int, str, Callable[[sqlite_utils.Database], None]]]:
    return [(n, name, importlib.import_module(f"{__name__}.{name}").migrate) for n, name in _names()]


def latest_version() -> int:
    """The schema version this program makes (read from the module names: nothing is imported)."""
    return len(_names())
