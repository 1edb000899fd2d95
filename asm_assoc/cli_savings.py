"""The savings-group jobs of the command line: reports of a group or cycle, and the ledger and data sheet as
CSV or Excel. `cli` adds them to its parser; they open the database and log in the way every job does."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from asm_assoc.cli_jobs import add_pdf_options, date_arg, open_for_reports, report_lang, wrote
from asm_assoc.core import i18n
from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import N_, _, ngettext


def add_reports(reports: argparse._SubParsersAction) -> None:
    """`report shareout|passbook|meeting|loans|cycle|savings-indicators`."""
    def add(name: str, help_text: str, job, *, group_required: bool = True) -> argparse.ArgumentParser:
        parser = reports.add_parser(name, help=help_text, description=help_text)
        parser.add_argument("--group", metavar=_("NAME"), required=False,
                            help=_("the savings group (may be left out when there is only one)")
                            if group_required else _("only this savings group (default: all groups)"))
        add_pdf_options(parser)
        parser.set_defaults(job=job)
        return parser

    for parser in (
        add("shareout", _("the share-out sheet of a cycle (a draft while the cycle is open)"), _shareout),
        add("passbook", _("a member's passbook statement"), _passbook),
        add("meeting", _("the summary of one meeting"), _meeting),
        add("loans", _("the loan register with due dates and overdue loans"), _loans),
        add("cycle", _("the summary of a cycle"), _cycle),
    ):
        parser.add_argument("--cycle", type=int, metavar="N", help=_("the cycle's number (default: the open one)"))
        if parser.prog.endswith("shareout") or parser.prog.endswith("loans"):
            parser.add_argument("--date", type=date_arg, metavar=_("DATE"),
                                help=_("the day of the share-out or of the figures (default: today)"))
        if parser.prog.endswith("passbook"):
            parser.add_argument("--member", type=int, required=True, metavar=_("NO"), help=_("the member number"))
        if parser.prog.endswith("meeting"):
            parser.add_argument("--meeting", type=int, metavar="N",
                                help=_("the meeting's number in the cycle (default: the last)"))
    ind = add("savings-indicators", _("savings group indicators for funders, by sex"), _indicators,
              group_required=False)
    ind.add_argument("--date", type=date_arg, metavar=_("DATE"), help=_("the day of the figures (default: today)"))


def add_commands(commands: argparse._SubParsersAction) -> None:
    """`savings ledger|datasheet OUT.csv|OUT.xlsx`."""
    savings = commands.add_parser("savings", help=_("export the savings groups' ledger or data sheet"),
                                  description=_("Export the savings groups' books to a CSV or Excel file."))
    jobs = savings.add_subparsers(dest="savings_command", metavar=_("JOB"), required=True)
    ledger = jobs.add_parser("ledger", help=_("every entry of the ledger, reversals included"),
                             description=_("Write every entry of the savings ledger, reversals included, to a "
                                           "CSV or Excel file."))
    ledger.add_argument("file", type=Path, metavar="OUT.csv|OUT.xlsx", help=_("the file to write"))
    ledger.add_argument("--group", metavar=_("NAME"), help=_("only this savings group (default: all groups)"))
    ledger.add_argument("--cycle", type=int, metavar="N", help=_("only this cycle of the group"))
    ledger.set_defaults(job=_ledger)
    sheet = jobs.add_parser("datasheet", help=_("the group totals for the savings-group MIS"),
                            description=_("Write one line per group with the totals an NGO enters in the global "
                                          "savings-group MIS."))
    sheet.add_argument("file", type=Path, metavar="OUT.csv|OUT.xlsx", help=_("the file to write"))
    sheet.add_argument("--date", type=date_arg, metavar=_("DATE"), help=_("the day of the figures (default: today)"))
    sheet.set_defaults(job=_datasheet)


def _cycle_of(conn, args: argparse.Namespace):
    from asm_assoc.core.savings import groups

    group = groups.find_group(conn, args.group)
    return group, groups.find_cycle(conn, group.id, args.cycle)


def _cycle_report(args: argparse.Namespace, tr: i18n.Translator, render: Callable[..., Path], **more: object) -> int:
    """A report of the chosen group's cycle: `render(conn, out, actor=, cycle_id=, lang=, **more)`."""
    with open_for_reports(args) as (conn, actor):
        _group, cycle = _cycle_of(conn, args)
        out = render(conn, args.out, actor=actor, cycle_id=cycle.id, lang=report_lang(args, tr), **more)
    return wrote(out)


def _shareout(args: argparse.Namespace, tr: i18n.Translator) -> int:
    from asm_assoc.core.reports.shareout_sheet import render_shareout_pdf

    return _cycle_report(args, tr, render_shareout_pdf, held_on=args.date)


def _passbook(args: argparse.Namespace, tr: i18n.Translator) -> int:
    from asm_assoc.core.reports.passbook import render_passbook_pdf
    from asm_assoc.core.savings import groups

    with open_for_reports(args) as (conn, actor):
        group, cycle = _cycle_of(conn, args)
        member = next((m for m in groups.members_of(conn, group.id, include_left=True)
                       if m.member_no == args.member), None)
        if member is None:
            raise UserError(N_("Member no. {number} is not in the group {group}."), number=args.member,
                            group=group.name)
        out = render_passbook_pdf(conn, args.out, actor=actor, cycle_id=cycle.id, member_id=member.member_id,
                                  lang=report_lang(args, tr))
    return wrote(out)


def _meeting(args: argparse.Namespace, tr: i18n.Translator) -> int:
    from asm_assoc.core.reports.savings_meeting import meetings_of, render_meeting_pdf

    with open_for_reports(args) as (conn, actor):
        _group, cycle = _cycle_of(conn, args)
        held = [m for m in meetings_of(conn, cycle.id) if m[2] == "meeting"]
        chosen = held[-1:] if args.meeting is None else [m for m in held if m[1] == args.meeting]
        if not chosen:
            raise UserError(N_("The cycle has no meeting {number}."), number=args.meeting or 1)
        out = render_meeting_pdf(conn, args.out, actor=actor, meeting_id=chosen[0][0], lang=report_lang(args, tr))
    return wrote(out)


def _loans(args: argparse.Namespace, tr: i18n.Translator) -> int:
    from asm_assoc.core.reports.loan_register import render_loan_register_pdf

    return _cycle_report(args, tr, render_loan_register_pdf, today=args.date)


def _cycle(args: argparse.Namespace, tr: i18n.Translator) -> int:
    from asm_assoc.core.reports.cycle_summary import render_cycle_summary_pdf

    return _cycle_report(args, tr, render_cycle_summary_pdf)


def _indicators(args: argparse.Namespace, tr: i18n.Translator) -> int:
    from asm_assoc.core.reports.savings_indicators import render_indicators_pdf
    from asm_assoc.core.savings import groups

    with open_for_reports(args) as (conn, actor):
        group_id = groups.find_group(conn, args.group).id if args.group else None
        out = render_indicators_pdf(conn, args.out, actor=actor, group_id=group_id, lang=report_lang(args, tr),
                                    today=args.date)
    return wrote(out)


def _ledger(args: argparse.Namespace, tr: i18n.Translator) -> int:
    from asm_assoc.core.savings import exports, groups

    with open_for_reports(args) as (conn, actor):
        cycle_id = None
        if args.group or args.cycle:
            group = groups.find_group(conn, args.group)
            cycle_id = groups.find_cycle(conn, group.id, args.cycle).id
        count = exports.export_ledger(conn, args.file, actor=actor, cycle_id=cycle_id, lang=args.lang or tr.lang)
    print(ngettext("Wrote {count} entry to {path}.", "Wrote {count} entries to {path}.", count).format(
        count=count, path=args.file))
    return 0


def _datasheet(args: argparse.Namespace, tr: i18n.Translator) -> int:
    from asm_assoc.core.savings import exports

    with open_for_reports(args) as (conn, actor):
        count = exports.export_datasheet(conn, args.file, actor=actor, as_of=args.date, lang=args.lang or tr.lang)
    print(ngettext("Wrote {count} group to {path}.", "Wrote {count} groups to {path}.", count).format(
        count=count, path=args.file))
    return 0
