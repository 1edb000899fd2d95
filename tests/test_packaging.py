"""The Linux desktop entry is valid enough for a menu to show it, in both languages."""

from __future__ import annotations

import configparser
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_desktop_entry_launches_the_entry_point_and_is_translated():
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(ROOT / "packaging" / "asm-assoc.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert section["Type"] == "Application"
    assert section["Exec"].split()[0] in scripts
    assert section["GenericName[mn]"] and section["Comment[mn]"]
    assert section["Categories"].endswith(";")
