"""The incident report form of one case: what the investigation commission and the insurer need (where,
when, who, what happened to each person, causes, witnesses, who was told, the commission's act, the
corrective actions, and any correction made after the case was closed). Without a case it is the blank
form to fill in by hand at the mine: the same questions, with boxes to tick and lines to write on."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Mapping, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from asm_assoc.core import members, writes
from asm_assoc.core.i18n import N_
from asm_assoc.core.incidents import actions, book, events, figures
from asm_assoc.core.incidents import vocabulary as v
from asm_assoc.core.progress import Progress
from asm_assoc.core.reports import layout
from asm_assoc.core.reports.incident_common import IncidentReport
from asm_assoc.core.reports.layout import Column, Signature
from asm_assoc.core.reports.tables import INK, RULE

BOX = "☐"
BLANK_PEOPLE = 2
BLANK_ACTIONS = 4
WRITE_HEIGHT = 8 * mm  # room to write one answer by hand


def render_incident_form(conn: sqlite3.Connection, out: Path, *, actor: writes.Actor, incident_id: str | None = None,
                         lang: str = "mn", reveal_names: bool = False, today: dt.date | None = None,
                         progress: Progress | None = None) -> Path:
    """`reveal_names` prints the names of a privacy case (the commission's and the insurer's copy); only
    someone allowed to see medical details may ask for it."""
    if reveal_names:
        writes.authorize(actor, figures.MEDICAL)
    inc = book.get(conn, incident_id) if incident_id else None
    report = IncidentReport(conn, out, actor=actor, title=N_("Incident report"), subtitle="", lang=lang,
                            today=today)
    form = _Form(report, inc, reveal_names)
    report.doc.subtitle = (report.tr.gettext("No. {number}").format(number=inc.reference) if inc else
                           report.tr.gettext("Blank form: fill in by hand at the mine, then enter it in the program."))
    return report.doc.build(form.story(conn), signatures=form.signatures(), progress=progress)


class _Form:
    def __init__(self, report: IncidentReport, inc: book.Incident | None, reveal: bool) -> None:
        self.report, self.inc, self.reveal = report, inc, reveal
        self.tr, self._ = report.tr, report.tr.gettext
        self.width = report.doc.width

    # --- pieces ---------------------------------------------------------------------------------------------

    def choice(self, choices: Mapping[str, str], chosen: str | None) -> str:
        """The chosen answer, or on the blank form every answer with a box to tick."""
        if self.inc is not None:
            return self.report.label(choices, chosen)
        # Each box kept on one line with its answer (no-break spaces), the answers separated by wide gaps.
        return "   ".join(f"{BOX}{layout.NBSP}{self._(label).replace(' ', layout.NBSP)}"
                          for key, label in choices.items() if key)

    def fields(self, pairs: Sequence[tuple[str, str]]) -> Flowable:
        """Questions and answers; on the blank form the answers are ruled lines to write on."""
        body = layout.styles()["body"]
        rows = [[Paragraph(escape(q), layout.styles()["small"]), Paragraph(escape(a), body)] for q, a in pairs]
        blank = self.inc is None
        return layout.layout_table(
            rows, [self.width * 0.3, self.width * 0.7],
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM" if blank else "TOP"),
            ("LINEBELOW", (1, 0), (1, -1), 0.5, INK if blank else RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (0, -1), 6),
            rowHeights=[None if not blank or len(a) > 60 else WRITE_HEIGHT for _q, a in pairs], hAlign="LEFT")

    def text(self, question: str, answer: str, lines: int = 4) -> list[Flowable]:
        """A free-text answer: the text, or ruled lines on the blank form."""
        if self.inc is not None:
            return [layout.paragraph(question, "small"), layout.paragraph(answer or "—")]
        return [self.fields([(question, "")] + [("", "")] * (lines - 1))]

    # --- the form -------------------------------------------------------------------------------------------

    def story(self, conn: sqlite3.Connection) -> list:
        _ = self._
        inc = self.inc or book.Incident()
        tr = self.tr
        place = layout.place_name(tr, inc.aimag_code, inc.soum_code)
        coordinates = (f"{inc.latitude:.5f}, {inc.longitude:.5f}" if inc.latitude is not None else "")
        when = f"{tr.date(inc.occurred_on)} {inc.occurred_time}".strip() if self.inc else ""
        story: list = [layout.heading(_("1. The incident")), self.fields([
            (_("Date and time"), when),
            (_("Mine site or licence area"), inc.site),
            (_("Aimag and soum"), place),
            (_("Bagh"), inc.bagh),
            (_("Place"), inc.place),
            (_("Coordinates (latitude, longitude)"), coordinates),
            (_("Kind of incident"), self.choice(v.KINDS, inc.kind)),
            (_("Hazard"), self.choice(v.HAZARDS, inc.hazard)),
            (_("Reported by"), inc.reported_by),
        ])]
        story.append(layout.heading(_("2. People involved")))
        people = inc.people if self.inc else [None] * BLANK_PEOPLE
        if not people:
            story.append(layout.paragraph(_("Nobody was hurt or named.")))
        for number, person in enumerate(people, start=1):
            story += [layout.paragraph(_("Person {number}").format(number=number)), self.person(person)]
        story += [layout.heading(_("3. What happened")),
                  *self.text(_("What happened, step by step"), inc.description, 6),
                  *self.text(_("Immediate causes"), inc.immediate_causes, 3),
                  *self.text(_("Underlying causes"), inc.underlying_causes, 3),
                  *self.text(_("Witnesses"), inc.witnesses, 2)]
        story += [layout.heading(_("4. Who was told")), self.fields([
            (_(label), self.told(inc.notified.get(key, ""))) for key, label in v.NOTIFIED.items()])]
        story += [layout.heading(_("5. Investigation and corrective actions")), self.fields([
            (_("The commission's act: number"), inc.act_no),
            (_("The commission's act: date"), tr.date(inc.act_on) if inc.act_on else ""),
            (_("Status"), self.choice(v.STATUSES, inc.status) if self.inc else ""),
        ]), self.actions(conn)]
        if self.inc:
            story += self.history(conn)
        return story

    def told(self, moment: str) -> str:
        if self.inc is None:
            return self._("date ____________  time ______")
        if not moment:
            return self._("Not told")
        day, _sep, time = moment.partition(" ")
        return f"{self.tr.date(day)} {time}".strip()

    def person(self, p: book.Person | None) -> Flowable:
        _, report, tr = self._, self.report, self.tr
        if p is None:
            return self.fields([
                (_("Name (member no. if a member)"), ""), (_("Sex"), self.choice(members.SEXES, None)),
                (_("Age"), ""), (_("Kind of work"), self.choice(members.WORK_KINDS, None)),
                (_("Outcome"), self.choice(v.OUTCOMES, None)), (_("Part of the body"), ""),
                (_("Nature of the injury or illness"), ""), (_("Days away from work"), ""),
                (_("Days of restricted work"), "")])
        # A privacy case's copy without names hides what would tell who it is in a small association.
        shown = self.reveal or not self.inc.privacy
        name = p.name if shown else _(figures.PRIVACY_CASE)
        if p.member_no and shown:
            name += " · " + _("member no. {number}").format(number=f"{p.member_no:04d}")
        return self.fields([
            (_("Name"), name),
            (_("Sex"), report.label(members.SEXES, p.sex) if shown else ""),
            (_("Age"), tr.number(p.age) if p.age is not None and shown else ""),
            (_("Kind of work"), report.label(members.WORK_KINDS, p.work_kind)),
            (_("Outcome"), report.label(v.OUTCOMES, p.classification)),
            (_("Part of the body"), report.medical_label(v.BODY_PARTS, p.body_part)),
            (_("Nature of the injury or illness"), report.medical_label(v.INJURY_NATURES, p.injury_nature)),
            (_("Days away from work"), tr.number(p.days_away)),
            (_("Days of restricted work"), tr.number(p.days_restricted))])

    def actions(self, conn: sqlite3.Connection) -> Flowable:
        _, tr = self._, self.tr
        columns = [Column(_("Corrective action"), 6), Column(_("Who"), 2.6), Column(_("Due by"), 2),
                   Column(_("Status"), 2), Column(_("Done on"), 2)]
        if self.inc is None:
            rows = [[" \n ", "", "", "", ""]] * BLANK_ACTIONS
        else:
            rows = [[a.description, a.owner, tr.date(a.due_on), self.report.label(v.ACTION_STATUSES, a.status),
                     tr.date(a.done_on)] for a in actions.actions_of(conn, self.inc.id)]
            if not rows:
                return layout.paragraph(_("No corrective actions yet."))
        return layout.data_table(columns, rows, self.width)

    def history(self, conn: sqlite3.Connection) -> list:
        _, tr = self._, self.tr
        rows = []
        for e in events.events_of(conn, self.inc.id):
            what = _(events.KIND_LABELS.get(e.kind, e.kind))
            if e.kind == events.STATUS:
                status = self.report.label
                what += f": {status(v.STATUSES, e.old_status)} → {status(v.STATUSES, e.new_status)}"
            day, _sep, time = e.at.partition(" ")
            rows.append([f"{tr.date(day)} {time}", what, e.reason, e.user_name])
        columns = [Column(_("When"), 2.6), Column(_("What"), 4.4), Column(_("Reason"), 5), Column(_("By"), 2.4)]
        return [layout.heading(_("6. History of the case")), layout.data_table(columns, rows, self.width),
                layout.paragraph(_("Every change to the fields is also kept in the audit trail, with the old and "
                                   "new values."), "small")]

    def signatures(self) -> list[Signature]:
        _ = self._
        return [Signature(_("Reported by"), self.inc.reported_by if self.inc else ""),
                Signature(_("Chair of the investigation commission")),
                *self.report.director_signature()]
