"""The desktop window (PySide6). Calls `asm_assoc.core` for every rule and every write; runs no SQL itself."""
