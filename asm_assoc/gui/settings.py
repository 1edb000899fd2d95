"""Options of the desktop program: one typed registry with defaults, stored with QSettings in INI format.

`configure(folder)` (called once at start-up) points Qt's INI storage at the data folder, so an installation
started with `--data-dir` (e.g. from a USB stick) keeps its settings beside its data. After that,
`Settings()` anywhere reads and writes the same file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from asm_assoc.core.i18n import DEFAULT_LANGUAGE, LANGUAGES

T = TypeVar("T", str, int, bool)

ORGANISATION = "asm-assoc"
APPLICATION = "asm-assoc"


@dataclass(frozen=True)
class Option(Generic[T]):
    """One setting: its key in the INI file, its default and (for text) the values it may take."""

    key: str
    default: T
    choices: tuple[T, ...] = ()


LANGUAGE = Option("ui/language", DEFAULT_LANGUAGE, LANGUAGES)
REPORT_LANGUAGE = Option("reports/language", "mn", LANGUAGES)
LAST_IMPORT_DIR = Option("paths/last_import_dir", "")
LAST_EXPORT_DIR = Option("paths/last_export_dir", "")
LAST_LOGO_DIR = Option("paths/last_logo_dir", "")

OPTIONS: tuple[Option, ...] = (LANGUAGE, REPORT_LANGUAGE, LAST_IMPORT_DIR, LAST_EXPORT_DIR, LAST_LOGO_DIR)


def configure(folder: Path) -> Path:
    """Store settings as `<folder>/settings/asm-assoc/asm-assoc.ini`; returns the file's path."""
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(Path(folder) / "settings"))
    return Path(QSettings().fileName())


class Settings:
    """Typed access to the options; unknown or damaged values fall back to the default."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or QSettings()

    def get(self, option: Option[T]) -> T:
        raw = self.store.value(option.key, option.default)
        value: object
        if isinstance(option.default, bool):
            value = raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1", "yes")
        elif isinstance(option.default, int):
            try:
                value = int(raw)
            except (TypeError, ValueError):
                value = option.default
        else:
            value = "" if raw is None else str(raw)
        if option.choices and value not in option.choices:
            return option.default
        return value  # type: ignore[return-value]

    def set(self, option: Option[T], value: T) -> None:
        if option.choices and value not in option.choices:
            raise ValueError(f"{option.key}: {value!r} is not one of {option.choices}")
        self.store.setValue(option.key, value)

    def sync(self) -> None:
        self.store.sync()

    # Window geometry and layout, saved per class so each dialog reopens where the person left it.

    def save_geometry(self, widget: QWidget) -> None:
        name = type(widget).__name__
        self.store.setValue(f"geometry/{name}", widget.saveGeometry())
        save_state = getattr(widget, "saveState", None)
        if callable(save_state):
            self.store.setValue(f"state/{name}", save_state())

    def restore_geometry(self, widget: QWidget) -> bool:
        name = type(widget).__name__
        geometry = self.store.value(f"geometry/{name}")
        restored = isinstance(geometry, QByteArray) and widget.restoreGeometry(geometry)
        state = self.store.value(f"state/{name}")
        restore_state = getattr(widget, "restoreState", None)
        if isinstance(state, QByteArray) and callable(restore_state):
            restore_state(state)
        return bool(restored)

    def save_header(self, key: str, header: QHeaderView) -> None:
        self.store.setValue(f"header/{key}", header.saveState())

    def restore_header(self, key: str, header: QHeaderView) -> None:
        state = self.store.value(f"header/{key}")
        if isinstance(state, QByteArray):
            header.restoreState(state)


def remember_geometry(dialog: QDialog) -> None:
    """Open `dialog` at the size and place it had when last closed, and remember it again on closing."""
    options = Settings()
    options.restore_geometry(dialog)
    dialog.finished.connect(lambda _result: options.save_geometry(dialog))
