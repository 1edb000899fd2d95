"""The incident log of a period, in the manner of the OSHA 300 log: one line per person hurt with the case's
most serious outcome and the days away and restricted as counted, then the count of cases by outcome (the
OSHA log's check columns); names of privacy cases replaced by "Privacy case". Near misses and dangerous
occurrences follow in a list of their own."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from asm_assoc.core import members, writes
from asm_assoc.core.i18n import N_
from asm_assoc.core.incidents import classification, figures
from asm_assoc.core.incidents import vocabulary as v
from asm_assoc.core.incidents.figures import Case
from asm_assoc.core.progress import Progress
from asm_assoc.core.reports import layout
from asm_assoc.core.reports.incident_common import IncidentReport, days_text, period
from asm_assoc.core.reports.layout import Column
from asm_assoc.core.reports.savings_common import facts_table


def render_incident_log(conn: sqlite3.Connection, out: Path, *, actor: writes.Actor, start: dt.date, end: dt.date,
                        lang: str = "mn", today: dt.date | None = None, progress: Progress | None = None) -> Path:
    figures.check_period(start, end)
    report = IncidentReport(conn, out, actor=actor, title=N_("Incident log"), subtitle="", lang=lang, today=today,
                            wide=True)
    tr, _ = report.tr, report.tr.gettext
    report.doc.subtitle = period(tr, start, end)
    found = figures.cases(conn, start, end)
    hurt = [c for c in found if c.person is not None and c.classification != v.NONE]
    others = [c for c in found if c.kind in v.UNHARMED_KINDS]
    seen: set[str] = set()
    others = [c for c in others if not (c.incident_id in seen or seen.add(c.incident_id))]

    columns = [Column(_("Case no."), 1.9), Column(_("Date"), 2.3), Column(_("Name"), 3.4), Column(_("Sex"), 1.7),
               Column(_("Age"), 1.1, "right"), Column(_("Kind of work"), 2.4), Column(_("Where"), 2.6),
               Column(_("Injury or illness, part of the body, cause"), 4.6),
               Column(_("Most serious outcome"), 3.2), Column(_("Days away"), 2.3, "right"),
               Column(_("Days restricted"), 2.3, "right")]

    def row(c: Case) -> list[str]:
        p = c.person
        away, restricted = c.counted_days
        what = "; ".join(t for t in (report.label(v.KINDS, c.kind) if c.is_illness else "",
                                     report.medical_label(v.INJURY_NATURES, p.injury_nature),
                                     report.medical_label(v.BODY_PARTS, p.body_part),
                                     report.label(v.HAZARDS, c.hazard)) if t)
        return [c.reference, tr.date(c.occurred_on), figures.shown_name(c, tr),
                report.label(members.SEXES, p.sex) if not c.privacy else "",
                tr.number(p.age) if p.age is not None and not c.privacy else "",
                report.label(members.WORK_KINDS, p.work_kind), ", ".join(t for t in (c.site, c.place) if t), what,
                report.label(v.OUTCOMES, c.classification), days_text(tr, away), days_text(tr, restricted)]

    totals = [_("Total"), "", tr.number(len(hurt)), "", "", "", "", "", "",
              tr.number(sum(c.counted_days[0] for c in hurt)), tr.number(sum(c.counted_days[1] for c in hurt))]
    # The OSHA log's check columns, as counts: each case counted once, under its most serious outcome.
    by_outcome = [(report.label(v.OUTCOMES, o), tr.number(sum(c.classification == o for c in hurt)))
                  for o in reversed(v.OUTCOMES) if o != v.NONE]
    by_outcome.insert(5, (_("Recordable cases"), tr.number(sum(classification.is_recordable(c.classification)
                                                               for c in hurt))))
    story: list = [layout.heading(_("People hurt"))]
    if hurt:
        story.append(layout.data_table(columns, [row(c) for c in hurt], report.doc.width, total_row=totals))
        story += [layout.heading(_("Cases by most serious outcome")), facts_table(by_outcome, report.doc.width / 3)]
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
                           _("First-aid cases are listed but are not recordable.")))
    return report.doc.build(story, signatures=report.director_signature(), progress=progress)
