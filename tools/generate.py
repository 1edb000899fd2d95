"""Regenerate what is built from source files and committed: Qt forms and translation catalogs.

    python tools/generate.py            # forms + extract + update + compile
    python tools/generate.py --forms    # only forms

Tests (tests/test_generated.py) fail when a committed file no longer matches its source.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from asm_assoc.devtools import catalogs, forms  # noqa: E402


def main(argv: list[str]) -> int:
    for ui in sorted((ROOT / "ui").glob("*.ui")):
        target = forms.form_module_path(ui)
        target.write_text(forms.compile_form(ui), encoding="utf-8")
        print("form", target.relative_to(ROOT))
    if "--forms" in argv:
        return 0
    catalogs.extract()
    catalogs.update()
    catalogs.compile_all()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
