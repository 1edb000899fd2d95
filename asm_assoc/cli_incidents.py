"""The incident-book jobs of the command line: the log, the summary and the report form as PDFs, and the
cases as CSV or Excel. `cli` adds them to its parser."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from asm_assoc.cli_jobs import add_pdf_options, date_arg, open_for_reports, report_lang, wrote
from asm_assoc.core import i18n
from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import N_, _, ngettext


def _add_period(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="start", type=date_arg, metavar=_("DATE"),
                        help=_("the first day of the period (default: 1 January of the year of --to, or of this year)"))
    parser.add_argument("--to", dest="end", type=date_arg, metavar=_("DATE"),
                        help=_("the last day of the period (default: 31 December of the first day's year)"))


def _period(args: argparse.Namespace) -> tuple[dt.date, dt.date]:
    """The period asked for: a whole year when a day is left out (this year when both are)."""
    year = (args.start or args.end or dt.date.today()).year
    start = args.start or dt.date(args.end.year if args.end else year, 1, 1)
    return start, args.end or dt.date(start.year, 12, 31)


def add_reports(reports: argparse._SubParsersAction) -> None:
    """`report incident-log|incident-summary|incident-form`."""
    for name, help_text, job in (
        ("incident-log", _("the incident log of a period (privacy cases without names)"), _log),
        ("incident-summary", _("the safety summary of a period with its rates, by sex and kind of work"), _summary),
    ):
        parser = reports.add_parser(name, help=help_text, description=help_text)
        _add_period(parser)
        add_pdf_options(parser)
        parser.set_defaults(job=job)
    form = reports.add_parser("incident-form", help=_("the report form of one incident, or a blank form"),
                              description=_("The report form of one incident for the investigation commission "
                                            "and the insurer, or with --blank the form to fill in by hand."))
    chosen = form.add_mutually_exclusive_group(required=True)
    chosen.add_argument("--number", metavar="2026-007", help=_("the incident's number"))
    chosen.add_argument("--blank", action="store_true", help=_("a blank form to fill in by hand at the mine"))
    form.add_argument("--reveal-names", action="store_true",
                      help=_("print the names of a privacy case (the commission's and insurer's copy)"))
    add_pdf_options(form)
    form.set_defaults(job=_form)


def add_commands(commands: argparse._SubParsersAction) -> None:
    """`incidents export OUT.csv|OUT.xlsx`."""
    incidents = commands.add_parser("incidents", help=_("export the safety incident book"),
                                    description=_("Export the safety incident book to a CSV or Excel file."))
    jobs = incidents.add_subparsers(dest="incidents_command", metavar=_("JOB"), required=True)
    export = jobs.add_parser("export", help=_("one line per person in each incident of a period"),
                             description=_("Write one line per person in each incident of a period (privacy "
                                           "cases without names) to a CSV or Excel file."))
    export.add_argument("file", type=Path, metavar="OUT.csv|OUT.xlsx", help=_("the file to write"))
    _add_period(export)
    export.set_defaults(job=_export)


def _log(args: argparse.Namespace, tr: i18n.Translator) -> int:
    from asm_assoc.core.reports.incident_log import render_incident_log

    start, end = _period(args)
    with open_for_reports(args) as (conn, actor):
        out = render_incident_log(conn, args.out, actor=actor, start=start, end=end, lang=report_lang(args, tr))
    return wrote(out)


def _summary(args: argparse.Namespace, tr: i18n.Translator) -> int:
    from asm_assoc.core.reports.incident_summary import render_incident_summary

    start, end = _period(args)
    with open_for_reports(args) as (conn, actor):
        out = render_incident_summary(conn, args.out, actor=actor, start=start, end=end, lang=report_lang(args, tr))
    return wrote(out)


def _form(args: argparse.Namespace, tr: i18n.Translator) -> int:
    from asm_assoc.core.incidents import book
    from asm_assoc.core.reports.incident_form import render_incident_form

    with open_for_reports(args) as (conn, actor):
        incident_id = None
        if args.number:
            incident_id = book.find(conn, args.number)
            if incident_id is None:
                raise UserError(N_("There is no incident {number}."), number=args.number)
        out = render_incident_form(conn, args.out, actor=actor, incident_id=incident_id,
                                   reveal_names=args.reveal_names, lang=report_lang(args, tr))
    return wrote(out)


def _export(args: argparse.Namespace, tr: i18n.Translator) -> int:
    from asm_assoc.core.incidents import exports

    start, end = _period(args)
    with open_for_reports(args) as (conn, actor):
        count = exports.export_incidents(conn, args.file, actor=actor, start=start, end=end,
                                         lang=args.lang or tr.lang)
    print(ngettext("Wrote {count} line to {path}.", "Wrote {count} lines to {path}.", count).format(
        count=count, path=args.file))
    return 0
