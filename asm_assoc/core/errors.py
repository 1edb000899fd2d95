"""Errors a person reads. The message is a catalog id plus named values, rendered in the user's language
when it is shown, so core never needs to know which language is on screen."""

from __future__ import annotations

from asm_assoc.core.i18n import Translator, active


class Label(str):
    """A catalog id passed as a value of a message (a role, an action): translated when the message is."""


class Money(int):
    """Whole tögrög passed as a value of a message: formatted for the reader's language when shown."""


class Number(float):
    """A plain number (3.5 times) passed as a value of a message, formatted for the reader's language."""


class Day(str):
    """An ISO date passed as a value of a message, written as the reader's language writes dates."""


class Month(str):
    """A month (`YYYY-MM`) passed as a value of a message, written as the reader's language writes months."""


class Names(tuple):
    """A name the user gave in both languages (Mongolian, English): the reader's one is shown."""

    def __new__(cls, name_mn: str, name_en: str) -> Names:
        return super().__new__(cls, (name_mn, name_en))


def _render(value: object, tr: Translator) -> object:
    if isinstance(value, Label):
        return tr.gettext(value)
    if isinstance(value, Money):
        return tr.money(int(value))
    if isinstance(value, Number):
        return tr.number(float(value))
    if isinstance(value, Day):
        return tr.date(str(value))
    if isinstance(value, Names):
        return value[0] if tr.lang == "mn" else value[1]
    if isinstance(value, Month):
        return tr.month(str(value))
    return value


class UserError(Exception):
    """Something the person can understand and fix. Nothing was written when this is raised."""

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message)
        self.msgid = message
        self.params = params

    def text(self, tr: Translator | None = None) -> str:
        tr = tr or active()
        params = {k: _render(v, tr) for k, v in self.params.items()}
        return tr.gettext(self.msgid).format(**params)

    def __str__(self) -> str:
        return self.text()


class ProblemsError(UserError):
    """Several rules broken at once (a meeting, a share-out): all of them are listed, one a line."""

    def __init__(self, problems: list[UserError]) -> None:
        super().__init__(problems[0].msgid, **problems[0].params)
        self.problems = list(problems)

    def text(self, tr: Translator | None = None) -> str:
        return "\n".join(p.text(tr) for p in self.problems)


class ValidationError(UserError):
    """One or more fields are wrong. `problems` maps a field name to its message (an error each)."""

    def __init__(self, problems: dict[str, UserError]) -> None:
        first = next(iter(problems.values()))
        super().__init__(first.msgid, **first.params)
        self.problems = problems

    def text(self, tr: Translator | None = None) -> str:
        return "\n".join(p.text(tr) for p in self.problems.values())
