"""The layers point one way: core knows nothing of Qt; the GUI never runs SQL itself."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "asm_assoc"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_core_source_never_imports_qt_or_the_gui():
    offenders = {
        str(p.relative_to(PACKAGE)): sorted(
            m for m in imported_modules(p) if m.startswith(("PySide6", "asm_assoc.gui"))
        )
        for p in (PACKAGE / "core").rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_importing_every_core_module_loads_no_qt():
    modules = [
        ".".join(p.relative_to(PACKAGE.parent).with_suffix("").parts)
        for p in (PACKAGE / "core").rglob("*.py")
    ]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_gui_runs_no_sql():
    offenders = [
        str(p.relative_to(PACKAGE))
        for p in (PACKAGE / "gui").rglob("*.py")
        if ".execute(" in p.read_text(encoding="utf-8") or "executemany(" in p.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_the_code_is_ruff_clean():
    out = subprocess.run([sys.executable, "-m", "ruff", "check", "--output-format", "concise", str(PACKAGE.parent)],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout[-3000:]


def test_the_window_acts_only_as_a_logged_in_person():
    """writes.SYSTEM (the program itself) may appear in core and tests; the window and the command line
    always act as the person who logged in, so every change they make is checked against a real role."""
    offenders = [
        str(p.relative_to(PACKAGE))
        for p in [*(PACKAGE / "gui").rglob("*.py"), PACKAGE / "cli.py"]
        if "SYSTEM" in p.read_text(encoding="utf-8")
    ]
    assert offenders == []
