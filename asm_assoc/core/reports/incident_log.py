"""The incident log of a period, in the manner of the OSHA 300 log: one line per person hurt, the case
ticked in the column of its most serious outcome, days away and restricted as counted; names of privacy
cases replaced by "Privacy case". Near misses and dangerous occurrences follow in a list of their own."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from asm_assoc.core import members, writes
from asm_assoc.core.i18n import N_
from asm_assoc.core.incidents import figures
from asm_assoc.core.incidents import vocabulary as v
from asm_assoc.core.incidents.figures import Case
from asm_assoc.core.progress import Progress
from asm_assoc.core.reports import layout
from asm_assoc.core.reports.incident_common import IncidentReport, check_period, days_text, period
from asm_assoc.core.reports.layout import Column

TICK = "✔"
# The outcome columns of the log, most serious first; a case is ticked in one of them.
_OUTCOME_COLUMNS = ((v.DEATH, N_("Death")), (v.DAYS_AWAY, N_("Days away")), (v.RESTRICTED, N_("Restricted")),
                    (v.MEDICAL, N_("Other recordable")))


def _column_of(outcome: str) -> str | None:
    """The log column a case is ticked in: permanent disability counts with days away (it kept the person
    from work), first aid and no injury are not recordable and tick nothing."""
    return v.DAYS_AWAY if outcome == v.DISABILITY else outcome if outcome in dict(_OUTCOME_COLUMNS) else None


def render_incident_log(conn: sqlite3.Connection, out: Path, *, actor: writes.Actor, start: dt.date, end: dt.date,
                        lang: str = "mn", today: dt.date | None = None, progress: Progress | None = None) -> Path:
    check_period(start, end)
    report = IncidentReport(conn, out, actor=actor, title=N_("Incident log"), subtitle="", lang=lang, today=today,
                            wide=True)
    tr, _ = report.tr, report.tr.gettext
    report.doc.subtitle = period(tr, start, end)
    found = figures.cases(conn, start, end)
    hurt = [c for c in found if c.person is not None and c.kind not in v.UNHARMED_KINDS]
    others = [c for c in found if c.kind in v.UNHARMED_KINDS]
    seen: set[str] = set()
    others = [c for c in others if not (c.incident_id in seen or seen.add(c.incident_id))]

    columns = [Column(_("Case no."), 1.8), Column(_("Date"), 2.1), Column(_("Person"), 3.4), Column(_("Sex"), 1.5),
               Column(_("Age"), 1.2, "right"), Column(_("Kind of work"), 2.3), Column(_("Where"), 2.6),
               Column(_("Injury or illness, part of the body, cause"), 4.4),
               *(Column(_(title), 1.8, "center") for _key, title in _OUTCOME_COLUMNS),
               Column(_("Days away"), 1.6, "right"), Column(_("Days restricted"), 1.9, "right"),
               Column(_("Illness"), 1.6, "center")]

    def row(c: Case) -> list[str]:
        p = c.person
        away, restricted = c.counted_days
        what = "; ".join(t for t in (report.medical_label(v.INJURY_NATURES, p.injury_nature),
                                     report.medical_label(v.BODY_PARTS, p.body_part),
                                     report.label(v.HAZARDS, c.hazard)) if t)
        column = _column_of(c.classification)
        return [c.reference, tr.date(c.occurred_on), figures.shown_name(c, tr),
                report.label(members.SEXES, p.sex) if not c.privacy else "",
                tr.number(p.age) if p.age is not None and not c.privacy else "",
                report.label(members.WORK_KINDS, p.work_kind), ", ".join(t for t in (c.site, c.place) if t), what,
                *(TICK if column == key else "" for key, _title in _OUTCOME_COLUMNS),
                days_text(tr, away), days_text(tr, restricted), TICK if c.is_illness else ""]

    recordable = [c for c in hurt if _column_of(c.classification)]
    totals = [_("Total"), "", tr.number(len(recordable)), "", "", "", "", "",
              *(tr.number(sum(_column_of(c.classification) == key for c in hurt)) for key, _t in _OUTCOME_COLUMNS),
              tr.number(sum(c.counted_days[0] for c in hurt)), tr.number(sum(c.counted_days[1] for c in hurt)),
              tr.number(sum(c.is_illness for c in recordable))]
    story: list = [layout.heading(_("People hurt"))]
    if hurt:
        story.append(layout.data_table(columns, [row(c) for c in hurt], report.doc.width, total_row=totals))
    else:
        story.append(layout.paragraph(_("Nobody was hurt in this period.")))
    story.append(layout.heading(_("Near misses and dangerous occurrences")))
    if others:
        near = [Column(_("Case no."), 1.7), Column(_("Date"), 2), Column(_("Kind"), 3), Column(_("Hazard"), 4),
                Column(_("Where"), 4), Column(_("What happened"), 10)]
        story.append(layout.data_table(near, [[c.reference, tr.date(c.occurred_on), report.label(v.KINDS, c.kind),
                                               report.label(v.HAZARDS, c.hazard),
                                               ", ".join(t for t in (c.site, c.place) if t), c.description]
                                              for c in others], report.doc.width))
    else:
        story.append(layout.paragraph(_("None recorded in this period.")))
    story += report.notes((_("A privacy case is shown without the person's name, sex or age; the incident's "
                             "own form, kept apart, names them."),
                           _("Only cases beyond first aid are ticked; first-aid cases are listed unticked.")))
    return report.doc.build(story, signatures=report.director_signature(), progress=progress)
