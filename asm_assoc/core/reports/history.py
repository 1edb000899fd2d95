"""A record's history as a PDF: every change, when, by whom, old and new values, for the file or for the
person who asks what happened to their record."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from asm_assoc.core import access, association, audit, history_text, i18n, writes
from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import N_
from asm_assoc.core.progress import Progress
from asm_assoc.core.reports import layout
from asm_assoc.core.reports.layout import Column


def render_history_pdf(conn: sqlite3.Connection, out: Path, *, actor: writes.Actor, table: str, row_id: str,
                       subject: str, f: audit.HistoryFilter = audit.NO_FILTER, lang: str = "mn",
                       today: dt.date | None = None, progress: Progress | None = None) -> Path:
    """`subject` names the record on the page ("Member no. 0012, Батын Сараа")."""
    access.require(actor, "reports.print")
    profile = association.get(conn)
    if profile is None:
        raise UserError(N_("Enter the association's profile first."))
    items = audit.history(conn, actor, table, row_id, f)
    tr = i18n.translator(lang)
    _ = tr.gettext
    limits = [text for text in (
        _("by {name}").format(name=f.user_name) if f.user_name else "",
        _("from {date}").format(date=tr.date(f.since)) if f.since else "",
        _("to {date}").format(date=tr.date(f.until)) if f.until else "",
    ) if text]
    doc = layout.ReportDocument(out, tr, profile, _("History of changes"),
                                " · ".join([subject, *limits]), printed_on=today)
    rows = [[tr.date(item.at.date()) + " " + item.at.strftime("%H:%M"), item.user_name,
             history_text.op_text(item, tr), "\n".join(history_text.change_lines(table, item, tr))]
            for item in items]
    columns = [Column(_("When"), 2.2), Column(_("By"), 2.2), Column(_("What"), 1.6), Column(_("Changes"), 6)]
    story = [layout.data_table(columns, rows, doc.width)] if rows else [
        layout.paragraph(_("No changes match the filter."))]
    story.append(Spacer(1, 4 * mm))
    story.append(layout.paragraph(_("Each change is recorded with who made it and when, and is part of the "
                                    "audit trail, which Help → Check the audit trail verifies."), "small"))
    return doc.build(story, progress=progress)
