"""Bundled reference data: Mongolia's aimags (and the capital) with their soums (and districts)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from asm_assoc.core.resources import resource_path


@dataclass(frozen=True)
class Unit:
    code: str
    kind: str  # capital, aimag, soum, district
    name_mn: str
    name_en: str
    parent: str | None = None

    def name(self, lang: str) -> str:
        return self.name_mn if lang == "mn" else self.name_en


@lru_cache(maxsize=1)
def _load() -> tuple[tuple[Unit, ...], dict[str, tuple[Unit, ...]], dict[str, Unit]]:
    data = json.loads(resource_path("reference", "admin_units.json").read_text(encoding="utf-8"))
    tops, children, by_code = [], {}, {}
    for u in data["units"]:
        top = Unit(u["code"], u["kind"], u["name_mn"], u["name_en"])
        tops.append(top)
        by_code[top.code] = top
        subs = tuple(Unit(s["code"], s["kind"], s["name_mn"], s["name_en"], top.code) for s in u["subunits"])
        children[top.code] = subs
        by_code.update({s.code: s for s in subs})
    return tuple(tops), children, by_code


def aimags() -> tuple[Unit, ...]:
    """The 21 aimags and Ulaanbaatar, in Mongolian alphabetical order."""
    return _load()[0]


def soums(aimag_code: str) -> tuple[Unit, ...]:
    """The soums of an aimag (or the districts of Ulaanbaatar)."""
    return _load()[1].get(aimag_code, ())


def unit(code: str | None) -> Unit | None:
    return _load()[2].get(code) if code else None


def unit_name(code: str | None, lang: str) -> str:
    found = unit(code)
    return found.name(lang) if found else ""


def find_unit(name: str, parent: str | None = None) -> Unit | None:
    """A unit by its Mongolian or English name (case-insensitive), e.g. from an imported spreadsheet."""
    wanted = name.strip().casefold()
    if not wanted:
        return None
    pool = soums(parent) if parent else aimags()
    for u in pool:
        if wanted in (u.name_mn.casefold(), u.name_en.casefold(), u.code.casefold()):
            return u
    return None
