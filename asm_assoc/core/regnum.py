"""The citizen registration number (регистрийн дугаар, РД) of Mongolia.

Form: two Cyrillic letters and eight digits, e.g. `УБ99032218`.
- digits 1-6 are the birth date YYMMDD; people born in 2000 or later have 20 added to the month
  (born 2003-05-14 -> `032514`), so a month of 21-32 means the 2000s;
- digit 9 (the second-to-last) encodes sex: odd for male, even for female.
Latin letters that look like Cyrillic ones (A for А, B for В ...) are a common typing slip; they are
normalised, and the check says so.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import N_

# Latin letters that are typed for the Cyrillic letter of the same shape.
LOOKALIKES = str.maketrans(
    {
        "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М",
        "O": "О", "P": "Р", "T": "Т", "X": "Х", "Y": "У",
    }
)
CYRILLIC_LETTERS = "АБВГДЕЁЖЗИЙКЛМНОӨПРСТУҮФХЦЧШЩЪЫЬЭЮЯ"
# [0-9], not \d: \d also matches full-width and other scripts' digits, which would make a second spelling of
# the same number.
PATTERN = re.compile(rf"^[{CYRILLIC_LETTERS}]{{2}}[0-9]{{8}}$")
_SPACES = re.compile(r"[\s\-]")


@dataclass
class RegnumCheck:
    """The result of checking one РД. `value` is the normalised number (None when malformed)."""

    value: str | None
    errors: list[UserError] = field(default_factory=list)
    warnings: list[UserError] = field(default_factory=list)
    birth_date: dt.date | None = None
    sex: str | None = None  # "M" or "F"

    @property
    def ok(self) -> bool:
        return not self.errors


def normalize(text: str) -> tuple[str, bool]:
    """Upper-case, strip spaces, map Latin look-alikes to Cyrillic. Returns (text, look-alikes found)."""
    if PATTERN.fullmatch(text or ""):  # already normal (nearly every РД of an import): nothing to change
        return text, False
    compact = _SPACES.sub("", text or "").upper()
    letters, rest = compact[:2], compact[2:]
    fixed = letters.translate(LOOKALIKES)
    return fixed + rest, fixed != letters


@lru_cache(maxsize=65536)  # a register holds at most some 36,500 birth dates: an import decodes each once
def decode_birth_date(digits: str) -> dt.date | None:
    """The birth date in the first six digits, or None when that date does not exist."""
    yy, mm, dd = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    year = 1900 + yy
    if mm > 20:
        year, mm = 2000 + yy, mm - 20
    try:
        return dt.date(year, mm, dd)
    except ValueError:
        return None


def check(text: str, *, birth_date: dt.date | None = None, sex: str | None = None) -> RegnumCheck:
    """Check a РД; compare its date and sex with what was entered (a difference is a warning)."""
    value, had_lookalikes = normalize(text)
    result = RegnumCheck(value=None)
    if not PATTERN.match(value):
        result.errors.append(
            UserError(
                N_("The registration number “{value}” must be two Cyrillic letters and eight digits, "
                   "for example УБ99032218."),
                value=text.strip(),
            )
        )
        return result
    born = decode_birth_date(value[2:8])
    if born is None:
        result.errors.append(
            UserError(
                N_("The registration number {value} holds the birth date {digits}, which does not exist."),
                value=value,
                digits=value[2:8],
            )
        )
        return result
    result.value, result.birth_date = value, born
    result.sex = "M" if int(value[8]) % 2 else "F"
    if had_lookalikes:
        result.warnings.append(
            UserError(N_("Latin letters in the registration number were changed to Cyrillic: {value}."),
                      value=value)
        )
    if birth_date is not None and birth_date != born:
        result.warnings.append(
            UserError(
                N_("The registration number gives the birth date {regnum_date}, but {entered} was entered."),
                regnum_date=born.isoformat(),
                entered=birth_date.isoformat(),
            )
        )
    if sex in ("M", "F") and sex != result.sex:
        result.warnings.append(
            UserError(
                N_("The registration number is that of a man, but the member was entered as a woman.")
                if result.sex == "M"
                else N_("The registration number is that of a woman, but the member was entered as a man.")
            )
        )
    return result
