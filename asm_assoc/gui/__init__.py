"""The desktop window (PySide6). Calls `asm_assoc.core` for every rule and every write; runs no SQL itself."""

import sys as _sys


def _keep_none_true_false_alive() -> None:
    """PySide6 6.12 on CPython 3.11 drops one reference to None on every call of a void method
    (`label.setText(...)`) and one to True on every `Signal.emit()`. After a few thousand calls CPython
    aborts ("Fatal Python error: none_dealloc"/"bool_dealloc"). Since Python 3.12 these objects are
    immortal and the bug is harmless; before that, give them references enough for 10^12 calls."""
    immortal_already = _sys.version_info >= (3, 12)
    debug_build = hasattr(_sys, "gettotalrefcount")  # its object header differs
    if _sys.implementation.name != "cpython" or immortal_already or debug_build:
        return
    import ctypes

    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += 1 << 40


_keep_none_true_false_alive()
