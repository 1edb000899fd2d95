"""Translation catalogs (gettext, managed with Babel) and locale-aware formatting.

English is the source language; `translations/mn.po` is compiled into
`asm_assoc/locale/mn/LC_MESSAGES/asm_assoc.mo`, which ships inside the package so a wheel finds it.

Core code marks strings with `N_` (extraction only) or translates with `_` (the active language, chosen
once at start-up by the GUI or the CLI). Reports take an explicit `Translator`, because a report's language
is chosen per report.
"""

from __future__ import annotations

import datetime as dt
import gettext
from dataclasses import dataclass
from functools import cache
from importlib import resources

from babel import Locale
from babel.dates import format_date as _babel_format_date
from babel.dates import format_skeleton
from babel.numbers import format_decimal, format_percent

DOMAIN = "asm_assoc"
LANGUAGES = ("mn", "en")
DEFAULT_LANGUAGE = "mn"
LANGUAGE_NAMES = {"mn": "Монгол", "en": "English"}


def N_(message: str) -> str:  # noqa: N802 - gettext convention
    """Mark a string for extraction without translating it now."""
    return message


def locale_dir() -> str:
    return str(resources.files("asm_assoc") / "locale")


_QUARTER = N_("{year} Q{quarter}")  # a quarter of a year as a payment period: "2026 Q1"


@dataclass(frozen=True)
class Translator:
    """One language: its catalog and Babel formatting."""

    lang: str
    catalog: gettext.NullTranslations

    def gettext(self, message: str) -> str:
        return self.catalog.gettext(message) if message else message

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self.catalog.ngettext(singular, plural, n)

    def has_translation(self, message: str) -> bool:
        """True when the catalog holds a translation (used by the Qt translator to answer `None`)."""
        if self.lang == "en":
            return False
        catalog = getattr(self.catalog, "_catalog", {})
        return bool(catalog.get(message))

    @property
    def locale(self) -> Locale:
        return Locale.parse(self.lang)

    def number(self, value: int | float) -> str:
        return format_decimal(value, locale=self.lang)

    def money(self, amount: int) -> str:
        """Whole tögrög with the tögrög sign, grouped as Babel does for the locale:
        `1,234,567 ₮` (mn), `₮1,234,567` (en)."""
        if not isinstance(amount, int):
            raise TypeError("money is integer tögrög")
        digits = format_decimal(abs(amount), format="#,##0", locale=self.lang)
        sign = "-" if amount < 0 else ""
        return f"{sign}{digits} ₮" if self.lang == "mn" else f"{sign}₮{digits}"

    def money_fraction(self, amount: float) -> str:
        """A tögrög figure with two decimals, placed like `money` (only for a shown ratio such as the value of
        one share: money itself is always whole)."""
        digits = format_decimal(abs(amount), format="#,##0.00", locale=self.lang)
        sign = "-" if amount < 0 else ""
        return f"{sign}{digits} ₮" if self.lang == "mn" else f"{sign}₮{digits}"

    def percent(self, fraction: float, digits: int = 1) -> str:
        fmt = "#,##0." + "0" * digits + "%" if digits else "#,##0%"
        return format_percent(fraction, format=fmt, locale=self.lang)

    def date(self, value: dt.date | str | None) -> str:
        """A date as the locale writes it (mn: 2026.11.22; en: Nov 22, 2026)."""
        if value in (None, ""):
            return ""
        if isinstance(value, str):
            value = dt.date.fromisoformat(value)
        if self.lang == "mn":
            return _babel_format_date(value, format="yyyy.MM.dd", locale=self.lang)
        return _babel_format_date(value, format="medium", locale=self.lang)

    def month(self, month: str) -> str:
        """A month given as YYYY-MM, as the locale writes it (mn: 2026 оны 3-р сар; en: Mar 2026)."""
        if not month:
            return ""
        return format_skeleton("yMMM", dt.date(int(month[:4]), int(month[5:7]), 1), locale=self.lang)

    def period(self, start: str, period: str) -> str:
        """A payment period by its first month: a month, a quarter (2026 Q1) or a year."""
        if period == "yearly":
            return start[:4]
        if period == "quarterly":
            quarter = (int(start[5:7]) - 1) // 3 + 1
            return self.gettext(_QUARTER).format(year=start[:4], quarter=quarter)
        return self.month(start)


@cache
def translator(lang: str) -> Translator:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    if lang == "en":
        return Translator(lang, gettext.NullTranslations())
    catalog = gettext.translation(DOMAIN, localedir=locale_dir(), languages=[lang], fallback=False)
    return Translator(lang, catalog)


_active: list[Translator] = []


def set_language(lang: str) -> Translator:
    """Choose the language of messages shown to the person at the keyboard (called once at start-up)."""
    _active[:] = [translator(lang)]
    return _active[0]


def active() -> Translator:
    return _active[0] if _active else translator(DEFAULT_LANGUAGE)


def _(message: str) -> str:
    return active().gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return active().ngettext(singular, plural, n)
