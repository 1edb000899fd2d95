"""The text of a PDF, as poppler's pdftotext reads it (what a person would copy out of it)."""

from __future__ import annotations

import subprocess
from pathlib import Path


def pdf_text(path: Path) -> str:
    """The PDF's text in drawing order (pages separated by form feeds)."""
    return subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
