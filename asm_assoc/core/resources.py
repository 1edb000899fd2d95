"""Files shipped with the package (fonts, reference data, demo data), found the same way from a source
checkout and from an installed wheel."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource_path(*parts: str) -> Path:
    path = Path(str(resources.files("asm_assoc"))).joinpath("resources", *parts)
    if not path.exists():
        raise FileNotFoundError(f"bundled resource missing: {path}")
    return path
