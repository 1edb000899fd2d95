"""The summary of a period (an OSHA 300A for the year, with rates): cases by most serious outcome, days,
hours worked and how they were known, the four rates, and the same figures by sex and by kind of work.
Every figure is a count or sum over `figures.cases`, the rows of the incident log of the same period."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from asm_assoc.core import members, writes
from asm_assoc.core.i18n import N_
from asm_assoc.core.incidents import figures
from asm_assoc.core.incidents import vocabulary as v
from asm_assoc.core.incidents.figures import Breakdown, Summary
from asm_assoc.core.progress import Progress
from asm_assoc.core.reports import layout
from asm_assoc.core.reports.incident_common import IncidentReport, period
from asm_assoc.core.reports.layout import Column
from asm_assoc.core.reports.savings_common import facts_table


def render_incident_summary(conn: sqlite3.Connection, out: Path, *, actor: writes.Actor, start: dt.date,
                            end: dt.date, lang: str = "mn", today: dt.date | None = None,
                            progress: Progress | None = None) -> Path:
    figures.check_period(start, end)
    report = IncidentReport(conn, out, actor=actor, title=N_("Safety summary"), subtitle="", lang=lang,
                            today=today)
    tr, _ = report.tr, report.tr.gettext
    report.doc.subtitle = period(tr, start, end)
    s = figures.summarise(conn, start, end)
    half = layout.block_width(report.doc.width, 2)
    n = tr.number
    cases = [
        (_("Deaths"), n(s.by_outcome[v.DEATH])),
        (_("Permanent disability"), n(s.by_outcome[v.DISABILITY])),
        (_("Cases with days away from work"), n(s.by_outcome[v.DAYS_AWAY])),
        (_("Cases with restricted work"), n(s.by_outcome[v.RESTRICTED])),
        (_("Other recordable cases (medical treatment)"), n(s.by_outcome[v.MEDICAL])),
        (_("Recordable cases"), n(s.total.recordable)),
        (layout.NBSP * 3 + _("of them injuries"), n(s.injuries)),
        (layout.NBSP * 3 + _("of them illnesses and poisonings"), n(s.illnesses)),
        (_("First-aid cases (not recordable)"), n(s.by_outcome[v.FIRST_AID])),
        (_("Days away from work"), n(s.total.days_away)),
        (_("Days of restricted work"), n(s.total.days_restricted)),
    ]
    incidents = [(_("Incidents recorded"), n(s.incidents)),
                 *((report.label(v.KINDS, kind), n(s.by_kind[kind])) for kind in v.KINDS)]
    story: list = [layout.side_by_side([[layout.heading(_("Cases")), facts_table(cases, half)],
                                        [layout.heading(_("Incidents")), facts_table(incidents, half),
                                         layout.heading(_("Hours worked")), facts_table(_exposure(report, s), half)]],
                                       report.doc.width)]
    story += [layout.heading(_("Rates")), _rates_table(report, s)]
    story += [layout.heading(_("By sex")),
              _breakdown(report, _("Sex"), [(report.label(members.SEXES, k), b) for k, b in _in_order(
                  s.by_sex, members.SEXES)])]
    story += [layout.heading(_("By kind of work")),
              _breakdown(report, _("Kind of work"), [(report.label(members.WORK_KINDS, k), b) for k, b in _in_order(
                  s.by_work, members.WORK_KINDS)])]
    hazards = [(report.label(v.HAZARDS, h), n(s.by_hazard[h])) for h in v.HAZARDS if s.by_hazard[h]]
    if hazards:
        story += [layout.heading(_("Incidents by hazard")), facts_table(hazards, half)]
    extra = ()
    if s.missing_months:
        extra = (_("No hours were entered for {months}; the rates count only the hours entered.").format(
            months=", ".join(s.missing_months)),)
    story += report.notes(extra, rates=True)
    return report.doc.build(story, signatures=report.director_signature(), progress=progress)


def _in_order(groups: dict[str, Breakdown], choices: dict[str, str]) -> list[tuple[str, Breakdown]]:
    return [(k, groups[k]) for k in choices if k in groups] + [(k, b) for k, b in groups.items() if k not in choices]


def _exposure(report: IncidentReport, s: Summary) -> list[tuple[str, str]]:
    tr, _ = report.tr, report.tr.gettext
    counted = len(s.months) - s.estimated_months
    return [(_("Hours worked"), tr.number(s.hours)),
            (_("Months counted"), tr.number(counted)),
            (_("Months estimated"), tr.number(s.estimated_months)),
            (_("Months without hours"), tr.number(len(s.missing_months))),
            (_("Workers, monthly average"), tr.number(s.average_workers))]


def _rates_table(report: IncidentReport, s: Summary):  # noqa: ANN202 - a reportlab flowable
    _ = report.tr.gettext
    columns = [Column(_("Rate"), 6), Column(_("Value"), 2, "right"), Column(_("Per"), 4)]
    rows = [[_("Total recordable case rate (TRCR)"), report.rate(s.trcr), _("200,000 hours worked")],
            [_("Lost-time injury frequency rate (LTIFR)"), report.rate(s.ltifr), _("1,000,000 hours worked")],
            [_("Severity rate (days away)"), report.rate(s.severity), _("1,000,000 hours worked")],
            [_("ILO incidence rate (lost-time cases)"), report.rate(s.incidence), _("1,000 workers")]]
    return layout.data_table(columns, rows, report.doc.width)


def _breakdown(report: IncidentReport, title: str, groups: list[tuple[str, Breakdown]]):  # noqa: ANN202
    """One column per group (women, men; or each kind of work), one row per figure: the Mongolian headings
    of the figures are too long to stand over narrow columns."""
    tr, _ = report.tr, report.tr.gettext
    n = tr.number
    figures_of = [
        (_("People hurt"), lambda b: n(b.persons)), (_("Recordable"), lambda b: n(b.recordable)),
        (_("Lost-time"), lambda b: n(b.lost_time)), (_("Deaths"), lambda b: n(b.deaths)),
        (_("Days away"), lambda b: n(b.days_away)), (_("Days restricted"), lambda b: n(b.days_restricted)),
        (_("Members"), lambda b: n(b.workers)), (_("Per 1,000 members"), lambda b: report.rate(b.incidence)),
    ]
    columns = [Column(title, 4.5), *(Column(name, 2.2, "right") for name, _b in groups)]
    rows = [[label, *(show(b) for _name, b in groups)] for label, show in figures_of]
    return layout.data_table(columns, rows, report.doc.width * min(1.0, (4.5 + 2.2 * len(groups)) / 13.3))
