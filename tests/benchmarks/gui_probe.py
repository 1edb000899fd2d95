"""Run in a subprocess by test_app_bench.py: start the real window on a big database, say when it is shown,
then use the list as a person would (scroll, search) and report the peak memory.

    python gui_probe.py DB DATA_DIR
prints "shown" as soon as the window has been shown and painted, then the time of each search keystroke
("keystrokes_ms ..."), then "peak_mb N".
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path


def peak_kb() -> int:
    """This process's peak resident memory. Linux keeps ru_maxrss across fork and exec, so a probe started
    by a big pytest process would report the parent's peak; VmHWM belongs to this process alone."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main(db: str, data_dir: str) -> int:
    from PySide6.QtWidgets import QApplication

    import asm_assoc.gui  # noqa: F401  (its PySide6 guard first)
    from asm_assoc.core import accounts
    from asm_assoc.gui import app as gui_app
    from asm_assoc.gui.app import start

    # The login is answered at once, but checked for real (scrypt at its full cost): only the person's
    # typing is left out of the start-up time.
    gui_app.sign_in = lambda conn, parent=None: accounts.login(conn, "saraa", "Алтан-2026").actor()
    app = QApplication(sys.argv[:1])
    window = start(app, db_path=Path(db), data_dir=Path(data_dir), lang="mn", handle_crashes=False)
    if window is None:
        return 1
    window.resize(1100, 700)
    window.show()
    app.processEvents()
    window.grab()  # the first paint is part of "shown"
    print("shown", flush=True)
    page = window.members_page
    model, view = page.model, page.view
    for row in (model.rowCount() // 2, model.rowCount() - 1, 0):
        view.scrollTo(model.index(row, 0))
        view.viewport().grab()
    # Type words and erase them again, timing each keystroke from the text changing to the list painted
    # (the debounce timer is left out: it waits on purpose).
    keystrokes = []
    for word in ("батбаяр", "өлзий", "9911", "бб8", "сараа", "0042"):
        for n in [*range(1, len(word) + 1), *range(len(word) - 1, -1, -1)]:
            page.search.setText(word[:n])
            start = time.perf_counter()
            page.apply_filter()
            view.viewport().grab()
            keystrokes.append(time.perf_counter() - start)
    print("keystrokes_ms " + " ".join(f"{k * 1000:.2f}" for k in keystrokes), flush=True)
    print(f"peak_mb {peak_kb() / 1024:.0f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], sys.argv[2]))
