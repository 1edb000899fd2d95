"""The columns of a member spreadsheet: which heading means which field, and how a cell's text becomes a
field's value (and back, for an export).

People write the same thing many ways: "Эм", "эмэгтэй", "F", "female"; "Тийм", "x", "1"; "2024.03.05",
"05/03/2024". The Mongolian words here are parsing data, not text shown to anyone. Labels of choices are
recognised as codes, in English and in their Mongolian translation, so an export in either language
imports back.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from asm_assoc.core import members, reference
from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import N_, Translator, _, translator


@dataclass(frozen=True)
class Column:
    field: str
    label: str  # the heading written in an export (translated), English source
    aliases: tuple[str, ...] = ()  # other headings people use, in Mongolian and English


COLUMNS = (
    Column("member_no", N_("Member no."), ("гишүүний дугаар", "гишүүний", "member no", "member number",
                                            "membership number")),
    Column("family_name", N_("Family name"), ("овог", "эцэг эхийн нэр", "эцгийн нэр", "surname", "last name",
                                              "family name", "patronymic")),
    Column("given_name", N_("Given name"), ("нэр", "өөрийн нэр", "name", "first name", "given name")),
    Column("regnum", N_("Registration number"), ("регистрийн дугаар", "регистрийн", "регистр", "рд",
                                                 "registration number", "registration no", "reg no", "regnum",
                                                 "national id")),
    Column("sex", N_("Sex"), ("хүйс", "sex", "gender")),
    Column("birth_date", N_("Birth date"), ("төрсөн огноо", "төрсөн он сар өдөр", "төрсөн", "birth date",
                                            "date of birth", "birthday", "born", "dob")),
    Column("phones", N_("Phone"), ("утас", "утасны дугаар", "гар утас", "phone", "phones", "phone number",
                                   "mobile", "telephone")),
    Column("aimag_code", N_("Aimag"), ("аймаг", "аймаг хот", "aimag", "province")),
    Column("soum_code", N_("Soum"), ("сум", "сум дүүрэг", "дүүрэг", "soum", "sum", "district")),
    Column("bagh", N_("Bagh"), ("баг", "баг хороо", "хороо", "bagh", "bag", "khoroo")),
    Column("work_kind", N_("Kind of work"), ("ажлын төрөл", "эрхэлдэг ажил", "work kind", "kind of work",
                                             "work")),
    Column("role", N_("Role"), ("үүрэг", "албан тушаал", "role", "position")),
    Column("status", N_("Status"), ("төлөв", "статус", "status")),
    Column("joined_on", N_("Date joined"), ("элссэн огноо", "гишүүнээр элссэн огноо", "элссэн", "joined",
                                            "date joined", "joined date", "joined on")),
    Column("left_on", N_("Date left"), ("гарсан огноо", "гарсан", "left", "date left", "left date",
                                        "left on")),
    Column("left_reason", N_("Reason for leaving"), ("гарсан шалтгаан", "шалтгаан", "reason left",
                                                     "left reason", "reason for leaving", "reason")),
    Column("head_of_household", N_("Head of household"), ("өрхийн тэргүүн", "head of household",
                                                          "household head")),
    Column("single_parent", N_("Single parent"), ("өрх толгойлсон", "өрх толгойлсон эх эцэг",
                                                  "single parent")),
    Column("dependants", N_("Dependants"), ("асрамжийн хүн", "асрамжид байгаа хүний тоо", "хамааралтай хүн",
                                            "dependants", "dependents", "number of dependants")),
    Column("disability", N_("Disability"), ("хөгжлийн бэрхшээл", "хөгжлийн бэрхшээлтэй", "disability",
                                            "disabled")),
    Column("notes", N_("Notes"), ("тэмдэглэл", "тайлбар", "notes", "note", "remarks", "comment")),
)
FIELDS = tuple(c.field for c in COLUMNS)
FLAGS = ("head_of_household", "single_parent", "disability")
YES, NO = N_("Yes"), N_("No")
SEX_WORDS = {"эм": "F", "эмэгтэй": "F", "f": "F", "female": "F", "woman": "F", "w": "F",
             "эр": "M", "эрэгтэй": "M", "m": "M", "male": "M", "man": "M"}
YES_WORDS = frozenset({"тийм", "т", "yes", "y", "true", "1", "x", "х", "v", "+", "✓", "✔"})
NO_WORDS = frozenset({"үгүй", "ү", "no", "n", "false", "0", "-", "—"})
_PLACE_WORDS = re.compile(r"\s+(аймаг|сум|дүүрэг|хот|aimag|province|soum|sum|district|city)\.?$")


# Fields whose empty cell is no value: a new member gets the default, an update keeps what is in the
# register (member number, sex, role, status, kind of work). A row's values leave them out.
KEPT_WHEN_EMPTY = frozenset({"member_no", "sex", "work_kind", "role", "status"})


def _key(text: str) -> str:
    """Fold for comparing words: case, ё/е, punctuation and spacing do not matter."""
    text = re.sub(r"[^\w\s+✓✔—-]", " ", text.casefold().replace("ё", "е"))
    return " ".join(text.split())


def _place_key(text: str) -> str:
    folded = _key(_PLACE_WORDS.sub("", text.strip()))
    return re.sub(r"[\s-]", "", folded).replace("ö", "o").replace("ü", "u")


@cache
def _heading_table() -> dict[str, str]:
    """Folded heading -> field. The headings an export writes come first, so that no alias of another
    field can take them and an exported file always maps back."""
    mn = translator("mn")
    table: dict[str, str] = {}
    for c in COLUMNS:
        for text in (c.label, mn.gettext(c.label)):
            table.setdefault(_key(text), c.field)
    for c in COLUMNS:
        for text in c.aliases:
            table.setdefault(_key(text), c.field)
    return table


@lru_cache(maxsize=1024)
def field_for_heading(heading: str) -> str | None:
    """The member field a column heading names (Mongolian or English), or None."""
    table = _heading_table()
    heading = re.sub(r"^\s*\d+[.)]\s*", "", heading)  # "1. Овог"
    candidates = [heading, re.sub(r"\(.*?\)|\[.*?\]", " ", heading), *re.split(r"[()\[\]/]", heading)]
    for text in candidates:
        found = table.get(_key(text))
        if found:
            return found
    return None


@cache
def _choice_table(kind: str) -> dict[str, str]:
    labels = {"sex": members.SEXES, "work_kind": members.WORK_KINDS, "role": members.ROLES,
              "status": members.STATUSES, "yes_no": {True: YES, False: NO}}[kind]
    mn = translator("mn")
    table: dict[str, object] = {}
    for code, label in labels.items():
        codes = [code, code.replace("_", " ")] if isinstance(code, str) else []
        for text in (label, mn.gettext(label), *codes):
            table.setdefault(_key(text), code)
    # Then the other words people write; the labels an export writes keep their meaning.
    words = {"sex": SEX_WORDS, "yes_no": {w: True for w in YES_WORDS} | {w: False for w in NO_WORDS}}
    for word, code in words.get(kind, {}).items():
        table.setdefault(word, code)
    return table


def _choice(kind: str) -> Callable[[str], object]:
    @lru_cache(maxsize=256)
    def parse(text: str) -> object:
        found = _choice_table(kind).get(_key(text))
        if found is None:
            raise ValueError(text)
        return found

    return parse


_ISO = re.compile(r"(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?")
_DAY_FIRST = re.compile(r"(\d{1,2})[-./](\d{1,2})[-./](\d{4})")
_WHOLE = re.compile(r"\d+(\.0*)?")  # 42, 0042, and 42.0 as some programs write whole numbers


@lru_cache(maxsize=8192)
def parse_date(text: str) -> str:
    """An ISO date from 2024-03-05, 2024.03.05, 2024/3/5 or 05/03/2024 (the day first, as in Mongolia)."""
    if match := _ISO.fullmatch(text):
        year, month, day = match.group(1, 2, 3)
    elif match := _DAY_FIRST.fullmatch(text):
        day, month, year = match.group(1, 2, 3)
    else:
        raise ValueError(text)
    return dt.date(int(year), int(month), int(day)).isoformat()


@cache
def _places(parent: str | None) -> dict[str, list[reference.Unit]]:
    """Soums by their folded names and codes: of one aimag, or of the whole country."""
    pool = reference.soums(parent) if parent else [u for a in reference.aimags()
                                                    for u in reference.soums(a.code)]
    index: dict[str, list[reference.Unit]] = {}
    for u in pool:
        for text in {u.code, u.name_mn, u.name_en}:
            index.setdefault(_place_key(text), []).append(u)
    return index


@lru_cache(maxsize=1024)
def find_aimag(text: str) -> str:
    found = reference.find_unit(text) or reference.find_unit(_PLACE_WORDS.sub("", text.strip()))
    if found is None:
        matches = [a for a in reference.aimags() if _place_key(text) in {_place_key(a.name_mn),
                                                                         _place_key(a.name_en), a.code}]
        found = matches[0] if matches else None
    if found is None:
        raise ValueError(text)
    return found.code


@lru_cache(maxsize=4096)
def find_soum(text: str, aimag_code: str | None, home_aimag: str | None = None) -> str:
    """A soum by name or code within the row's aimag. A row without an aimag means the association's own
    aimag (`home_aimag`) first, then any soum whose name is the only one of its kind in the country."""
    for parent in (aimag_code,) if aimag_code else (home_aimag, None):
        found = reference.find_unit(text, parent) if parent else None
        matches = [found] if found else _places(parent).get(_place_key(text), [])
        if len(matches) == 1:
            return matches[0].code
    raise ValueError(text)


def _whole_number(text: str) -> int | str:
    if _WHOLE.fullmatch(text):
        return int(text.split(".")[0])
    return text  # members.check says what is wrong with it


def _text(text: str) -> str:
    return text


def _date(text: str) -> str:
    return parse_date(text) if text else ""


def _flag(text: str) -> object:
    return _yes_no(text) if text else False


_yes_no = _choice("yes_no")
PARSERS: dict[str, Callable[[str], object]] = {
    "member_no": _whole_number,
    "sex": _choice("sex"),
    "birth_date": _date, "joined_on": _date, "left_on": _date,
    "aimag_code": lambda text: find_aimag(text) if text else "",
    "soum_code": _text,  # resolved after the aimag (see parse_row)
    "work_kind": _choice("work_kind"),
    "role": _choice("role"),
    "status": _choice("status"),
    "head_of_household": _flag, "single_parent": _flag, "disability": _flag,
    "dependants": lambda text: _whole_number(text) if text else 0,
}
MESSAGES = {
    "sex": N_("Column “{column}”: “{value}” is not a sex; write M or F (Эр or Эм)."),
    "birth_date": N_("Column “{column}”: “{value}” is not a date; write it like 2024-03-25."),
    "aimag_code": N_("Column “{column}”: there is no aimag “{value}”; write its name as on the list of "
                     "aimags."),
    "soum_code": N_("Column “{column}”: “{value}” is not a soum of the aimag on this row; write the soum's "
                    "name and the aimag."),
    "choice": N_("Column “{column}”: “{value}” is not one of the choices: {choices}."),
    "yes_no": N_("Column “{column}”: “{value}” is not yes or no; write Yes or No (Тийм or Үгүй)."),
}
CHOICES = {"work_kind": members.WORK_KINDS, "role": members.ROLES, "status": members.STATUSES}
for _name in ("joined_on", "left_on"):
    MESSAGES[_name] = MESSAGES["birth_date"]
for _name in FLAGS:
    MESSAGES[_name] = MESSAGES["yes_no"]
for _name in CHOICES:
    MESSAGES[_name] = MESSAGES["choice"]


def _not_understood(name: str, heading: str, text: str) -> UserError:
    choices = ", ".join(_(label) for label in CHOICES.get(name, {}).values())
    return UserError(MESSAGES[name], column=heading, value=text, choices=choices)


# Each parser remembers its answers: a file repeats the same few words, numbers and dates on thousands of rows.
_CACHED_PARSERS = {name: lru_cache(maxsize=32768)(parse) for name, parse in PARSERS.items() if parse is not _text}


class RowParser:
    """Parses the rows of one file (`columns`: index, field, heading); each column's parser is looked up
    once, not on every row. `home_aimag` (the association's) is where a soum is looked for when the row names
    no aimag."""

    def __init__(self, columns: Sequence[tuple[int, str, str]], home_aimag: str | None = None) -> None:
        self.columns = [(index, name, heading, _CACHED_PARSERS.get(name), name in KEPT_WHEN_EMPTY)
                        for index, name, heading in columns]
        self.soum_heading = next((heading for _, name, heading in columns if name == "soum_code"), "")
        self.home_aimag = home_aimag or None

    def __call__(self, cells: Sequence[str]) -> tuple[dict, dict[str, UserError]]:
        """The field values of one row (without the empty cells of `KEPT_WHEN_EMPTY`) and the cells not
        understood."""
        values: dict[str, object] = {}
        problems: dict[str, UserError] = {}
        width = len(cells)
        for index, name, heading, parse, kept_when_empty in self.columns:
            text = cells[index] if index < width else ""
            if parse is None:  # a text field: the cell as it is
                values[name] = text
                continue
            if kept_when_empty and not text:
                continue
            try:
                values[name] = parse(text)
            except ValueError:
                problems[name] = _not_understood(name, heading, text)
        soum = values.get("soum_code")
        if soum:
            try:
                values["soum_code"] = find_soum(soum, values.get("aimag_code") or None, self.home_aimag)
            except ValueError:
                problems["soum_code"] = _not_understood("soum_code", self.soum_heading, soum)
            else:
                if not values.get("aimag_code"):  # the soum's name was enough to know its aimag
                    values["aimag_code"] = reference.unit(values["soum_code"]).parent  # type: ignore[union-attr]
        return values, problems


def parse_row(cells: Sequence[str], columns: Sequence[tuple[int, str, str]],
              home_aimag: str | None = None) -> tuple[dict, dict[str, UserError]]:
    """The field values of one row (`columns`: index, field, heading) and the cells not understood (for many
    rows of one file, make one `RowParser`)."""
    return RowParser(columns, home_aimag)(cells)


def display_value(name: str, value: object, tr: Translator) -> object:
    """A field's value as a person reads it (choices and places by name, flags as Yes/No), as in an export."""
    _ = tr.gettext
    if name == "sex":
        return _(members.SEXES[value]) if value in members.SEXES else value  # type: ignore[index]
    if name in ("aimag_code", "soum_code"):
        return reference.unit_name(str(value or ""), tr.lang) or value
    if name in CHOICES:
        return _(CHOICES[name].get(value, value))  # type: ignore[arg-type]
    if name in FLAGS:
        return _(YES if value else NO)
    return value


def export_row(m: members.Member, tr: Translator) -> list[object]:
    """A member as the cells of an export: what a person reads in Excel and what imports back unchanged."""
    return [display_value(name, getattr(m, name), tr) for name in FIELDS]
