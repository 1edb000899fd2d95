"""The package works from an installed wheel: forms, catalogs, fonts and reference data are inside it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def installed_wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = out.glob("asm_assoc-*.whl")
    target = out / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    return wheel, target


@pytest.mark.slow
def test_wheel_contains_forms_catalogs_fonts_and_reference_data(installed_wheel):
    wheel, _ = installed_wheel
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in [
        "asm_assoc/resources/fonts/DejaVuSans.ttf",
        "asm_assoc/resources/fonts/LICENSE-DejaVu.txt",
        "asm_assoc/resources/reference/admin_units.json",
        "asm_assoc/locale/mn/LC_MESSAGES/asm_assoc.mo",
        "asm_assoc/gui/forms/ui_member_dialog.py",
    ]:
        assert required in names
    assert not any(n.startswith(("tests/", "tools/")) for n in names)


@pytest.mark.slow
def test_installed_wheel_runs_a_whole_job_outside_the_source_tree(installed_wheel, tmp_path):
    _, target = installed_wheel
    script = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(target)!r})
        import asm_assoc
        assert asm_assoc.__file__.startswith({str(target)!r}), asm_assoc.__file__
        from asm_assoc.core import i18n, reference, resources
        assert len(reference.aimags()) == 22
        assert resources.resource_path("fonts", "DejaVuSans.ttf").stat().st_size > 100_000
        assert i18n.translator("mn").gettext("Female") != "Female"
        import asm_assoc.gui.forms.ui_member_dialog
        from asm_assoc.cli import main
        db, pdf = {str(tmp_path / "w.db")!r}, {str(tmp_path / "roster.pdf")!r}
        assert main(["--db", db, "--demo", "setup", "--name", "Сараа", "--login", "saraa"]) == 0
        assert main(["--db", db, "report", "roster", "--out", pdf]) == 0
        print("wheel ok")
        """
    )
    env = {**os.environ, "ASM_ASSOC_USER": "saraa", "ASM_ASSOC_PASSWORD": "Алтан-2026", "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    assert "wheel ok" in result.stdout
    assert (tmp_path / "roster.pdf").read_bytes().startswith(b"%PDF")
