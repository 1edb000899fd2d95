"""What the incident-book printouts share: the document with its period, names of choices, rates as
printed, the footnotes that give each rate's formula, and what a reader without the right may not see."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Mapping
from pathlib import Path

from babel.numbers import format_decimal

from asm_assoc.core import access, association, i18n, writes
from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import N_, Translator
from asm_assoc.core.incidents import figures
from asm_assoc.core.incidents import vocabulary as v
from asm_assoc.core.reports import layout
from asm_assoc.core.reports.layout import Signature

MASKED = "•••"
DEFINITIONS = (
    N_("Recordable case: death, permanent disability, days away from work, restricted work, or medical "
       "treatment beyond first aid. Lost-time case: death, permanent disability, or at least one day away."),
    N_("Days away and restricted are calendar days after the day of the incident, counted up to 180 per person "
       "together (as the OSHA 300 log counts them)."),
)
RATE_NOTES = (
    N_("Total recordable case rate = recordable cases × 200,000 ÷ hours worked (cases per 100 full-time workers "
       "a year)."),
    N_("Lost-time injury frequency rate = lost-time cases × 1,000,000 ÷ hours worked."),
    N_("Severity rate = days away × 1,000,000 ÷ hours worked; deaths and permanent disability are not turned "
       "into days (as in the ILO's 1998 resolution on statistics of occupational injuries)."),
    N_("ILO incidence rate = lost-time cases × 1,000 ÷ workers: for the whole association, the average of the "
       "monthly numbers of workers entered with the hours; by sex and by kind of work, the members' lost-time "
       "cases against the members of the register in that group during the period."),
    N_("A month only partly in the period counts its hours in proportion to its days in the period."),
)


class IncidentReport:
    """A printout of the incident book: `doc` is the PDF, `tr` its language, `medical` whether the reader
    may see body parts and the nature of injuries."""

    def __init__(self, conn: sqlite3.Connection, out: Path, *, actor: writes.Actor, title: str, subtitle: str,
                 lang: str, today: dt.date | None, wide: bool = False) -> None:
        access.require(actor, "reports.print")
        profile = association.get(conn)
        if profile is None:
            raise UserError(N_("Enter the association's profile first."))
        self.conn, self.profile = conn, profile
        self.tr: Translator = i18n.translator(lang)
        self.medical = figures.shows_medical(actor)
        self.doc = layout.ReportDocument(out, self.tr, profile, self.tr.gettext(title), subtitle, wide=wide,
                                         printed_on=today)

    def label(self, choices: Mapping[str, str], key: str | None) -> str:
        """The translated name of a choice (a kind, a hazard, an outcome)."""
        return v.choice_name(self.tr, choices, key)

    def medical_label(self, choices: Mapping[str, str], key: str) -> str:
        """A body part or nature of injury, masked for a reader without the right to see it."""
        if not key:
            return ""
        return self.label(choices, key) if self.medical else MASKED

    def rate(self, value: float | None) -> str:
        """A rate with two decimals, or a dash where it cannot be computed (no hours or workers)."""
        return "–" if value is None else format_decimal(value, format="#,##0.00", locale=self.tr.lang)

    def director_signature(self) -> list[Signature]:
        return [Signature(self.tr.gettext("Executive director"), self.profile.director)]

    def notes(self, extra: tuple[str, ...] = (), *, rates: bool = False) -> list:
        """The footnotes: `extra` (already in the reader's language) first, then the definitions (and the
        rates' formulas)."""
        texts = (*extra, *(self.tr.gettext(n) for n in (*DEFINITIONS, *(RATE_NOTES if rates else ()))))
        return [layout.heading(self.tr.gettext("Notes")), *(layout.paragraph("• " + t, "small") for t in texts)]


def period(tr: Translator, start: dt.date, end: dt.date) -> str:
    return tr.gettext("{start} – {end}").format(start=tr.date(start), end=tr.date(end))


def days_text(tr: Translator, days: int) -> str:
    return tr.number(days) if days else ""
