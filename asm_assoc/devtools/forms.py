"""Qt Designer forms: `ui/NAME.ui` compiles to `asm_assoc/gui/forms/ui_NAME.py` with pyside6-uic."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORMS = ROOT / "asm_assoc" / "gui" / "forms"


def form_module_path(ui: Path) -> Path:
    return FORMS / f"ui_{ui.stem}.py"


def _uic() -> str:
    found = Path(sys.executable).with_name("pyside6-uic")
    return str(found) if found.exists() else (shutil.which("pyside6-uic") or "pyside6-uic")


def compile_form(ui: Path) -> str:
    out = subprocess.run([_uic(), "--generator", "python", str(ui)], capture_output=True, text=True, check=True)
    return out.stdout


def comparable(source: str) -> str:
    """Generated code without the header comment, whose uic version line changes with PySide6 releases."""
    return "\n".join(line for line in source.splitlines() if not line.startswith("##")).strip()
