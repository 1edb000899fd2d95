"""Numbered schema steps. A landed step is never edited; a change of schema is a new step.

Each module `mNNNN_name.py` has `migrate(db: sqlite_utils.Database) -> None`; its number is the
schema version the database has after it ran (stored in `PRAGMA user_version`).
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from types import ModuleType

import sqlite_utils


def steps() -> list[tuple[int, str, Callable[[sqlite_utils.Database], None]]]:
    found = []
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("m") and info.name[1:5].isdigit():
            module: ModuleType = importlib.import_module(f"{__name__}.{info.name}")
            found.append((int(info.name[1:5]), info.name, module.migrate))
    found.sort()
    numbers = [n for n, _, _ in found]
    if numbers != list(range(1, len(numbers) + 1)):
        raise RuntimeError(f"migration numbers must run 1..N without gaps: {numbers}")
    return found


def latest_version() -> int:
    return len(steps())
