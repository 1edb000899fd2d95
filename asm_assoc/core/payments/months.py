"""Months and payment periods, as text `YYYY-MM` so that they compare and sort as strings.

A period is named by its first month: a quarter by January, April, July or October, a year by January."""

from __future__ import annotations

import datetime as dt
import re

from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import N_

MONTHLY, QUARTERLY, YEARLY = "monthly", "quarterly", "yearly"
PERIODS = {MONTHLY: N_("Monthly"), QUARTERLY: N_("Quarterly"), YEARLY: N_("Yearly")}
LENGTH = {MONTHLY: 1, QUARTERLY: 3, YEARLY: 12}
_MONTH = re.compile(r"^\s*(\d{4})[-./](\d{1,2})\s*$")


def month_of(day: dt.date | str) -> str:
    if isinstance(day, str):
        day = dt.date.fromisoformat(day)
    return f"{day.year:04d}-{day.month:02d}"


def parse(text: str) -> str:
    """"2026-3", "2026.03" or "2026/03" -> "2026-03"; anything else is refused."""
    m = _MONTH.match(text or "")
    if not m or not 1 <= int(m.group(2)) <= 12 or not 1900 <= int(m.group(1)) <= 2999:
        raise UserError(N_("Write the month as year and month, for example 2026-03."))
    return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}"


def split(month: str) -> tuple[int, int]:
    return int(month[:4]), int(month[5:7])


def add(month: str, count: int) -> str:
    year, mon = split(month)
    index = year * 12 + mon - 1 + count
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def span(first: str, last: str) -> list[str]:
    """Every month from `first` to `last`, both included (empty when `last` is before `first`)."""
    out, month = [], first
    while month <= last:
        out.append(month)
        month = add(month, 1)
    return out


def first_day(month: str) -> dt.date:
    year, mon = split(month)
    return dt.date(year, mon, 1)


def period_start(month: str, period: str) -> str:
    year, mon = split(month)
    length = LENGTH[period]
    return f"{year:04d}-{(mon - 1) // length * length + 1:02d}"


def period_months(start: str, period: str) -> list[str]:
    return [add(start, i) for i in range(LENGTH[period])]


def periods(first: str, last: str, period: str) -> list[str]:
    """The periods that have at least one month between `first` and `last`, by their first months."""
    out, start = [], period_start(first, period)
    while start <= last:
        out.append(start)
        start = add(start, LENGTH[period])
    return out


def period_end(start: str, period: str) -> str:
    return add(start, LENGTH[period] - 1)
