#!/usr/bin/env python3
"""Set up a fresh machine and run the program or its tests. Needs only Python 3.11+.

    python3 dev.py run      # create .venv, install, start the app on the demo association
    python3 dev.py test     # create .venv, install with test tools, run the whole test suite
    python3 dev.py bench    # benchmarks at Federation scale (slow; prints each figure)
    python3 dev.py gen      # regenerate forms from ui/*.ui and the translation catalogs
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")


def ensure_env(extras: str) -> None:
    """Create the virtual environment and install the package (again only when pyproject.toml changed)."""
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py may be started by an older Python
        sys.exit("asm-assoc needs Python 3.11 or newer.")
    if not PY.exists():
        print("Creating the virtual environment in .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    stamp = VENV / f".installed-{extras or 'app'}"
    if stamp.exists() and stamp.read_text() == digest:
        return
    print("Installing asm-assoc and its dependencies ...", flush=True)
    target = f".[{extras}]" if extras else "."
    subprocess.run([str(PY), "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True)
    subprocess.run([str(PY), "-m", "pip", "install", "--quiet", "-e", target], check=True, cwd=ROOT)
    stamp.write_text(digest)


def run_tests(args: list[str], *, benchmarks: bool) -> int:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    selection = ["tests/benchmarks", "-m", "benchmark", "-s"] if benchmarks else ["-m", "not benchmark"]
    return subprocess.run([str(PY), "-m", "pytest", *selection, *args], cwd=ROOT, env=env).returncode


def main(argv: list[str]) -> int:
    command, rest = (argv[0], argv[1:]) if argv else ("run", [])
    if command == "run":
        ensure_env("")
        return subprocess.run([str(BIN / "asm-assoc"), *(rest or ["--demo"])]).returncode
    if command == "test":
        ensure_env("test")
        return run_tests(rest, benchmarks=False)
    if command == "bench":
        ensure_env("test")
        return run_tests(rest, benchmarks=True)
    if command == "gen":
        ensure_env("test")
        return subprocess.run([str(PY), str(ROOT / "tools" / "generate.py"), *rest], cwd=ROOT).returncode
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
