"""The incident book out to CSV or Excel: one row per case (a person in an incident; an incident with nobody
named is one row), with the incident's facts repeated, so that a spreadsheet can count and filter them.
Names of privacy cases are masked as in the printed log; medical details only for those allowed."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from asm_assoc.core import access, i18n, members, tabular, writes
from asm_assoc.core.i18n import N_
from asm_assoc.core.incidents import classification, figures
from asm_assoc.core.incidents import vocabulary as v

HEADERS = (
    N_("Case no."), N_("Date"), N_("Time"), N_("Kind"), N_("Hazard"), N_("Mine site or licence area"),
    N_("Place"), N_("Status"), N_("Privacy case"), N_("Member no."), N_("Name"), N_("Sex"), N_("Age"),
    N_("Kind of work"), N_("Outcome"), N_("Recordable"), N_("Lost-time"), N_("Part of the body"),
    N_("Nature of the injury or illness"), N_("Days away (as entered)"), N_("Days restricted (as entered)"),
    N_("Days away (counted)"), N_("Days restricted (counted)"), N_("What happened"), N_("Incident id"),
)
MASKED = "•••"


def export_incidents(conn: sqlite3.Connection, path: Path, *, actor: writes.Actor, start: dt.date, end: dt.date,
                     lang: str = "mn") -> int:
    """Write the cases of the incidents from `start` to `end` to `path` (.csv or .xlsx); returns the rows."""
    access.require(actor, "reports.print")
    figures.check_period(start, end)
    tr = i18n.translator(lang)
    _ = tr.gettext
    medical = figures.shows_medical(actor)

    def label(choices: dict[str, str], key: str | None) -> str:
        return v.choice_name(tr, choices, key)

    def yes(flag: bool) -> str:
        return _("Yes") if flag else ""

    rows = []
    for c in figures.cases(conn, start, end):
        p = c.person
        facts = [c.reference, c.occurred_on, c.occurred_time, label(v.KINDS, c.kind), label(v.HAZARDS, c.hazard),
                 c.site, c.place, label(v.STATUSES, c.status), yes(c.privacy)]
        if p is None:
            people = [""] * 14
        else:
            hidden = c.privacy
            away, restricted = c.counted_days
            people = [
                "" if hidden or not p.member_no else f"{p.member_no:04d}", figures.shown_name(c, tr),
                "" if hidden else label(members.SEXES, p.sex), "" if hidden or p.age is None else p.age,
                label(members.WORK_KINDS, p.work_kind), label(v.OUTCOMES, c.classification),
                yes(c.classification in classification.RECORDABLE),
                yes(c.classification in classification.LOST_TIME),
                (label(v.BODY_PARTS, p.body_part) if medical else MASKED) if p.body_part else "",
                (label(v.INJURY_NATURES, p.injury_nature) if medical else MASKED) if p.injury_nature else "",
                p.days_away, p.days_restricted, away, restricted]
        rows.append([*facts, *people, c.description, c.incident_id])
    tabular.write_table(path, [_(h) for h in HEADERS], rows)
    return len(rows)
