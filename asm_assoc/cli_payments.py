"""The tax and insurance payment jobs of the command line: a receipt, the arrears list, the summary for an
authority, a member's statement and the yearly contribution as PDFs, and the payment books as CSV or Excel.
`cli` adds them to its parser."""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
from pathlib import Path

from asm_assoc.cli_jobs import add_pdf_options, date_arg, open_for_reports, report_lang, wrote
from asm_assoc.core import association, i18n
from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import N_, _, ngettext
from asm_assoc.core.payments import figures, months


def month_arg(text: str) -> str:
    try:
        return months.parse(text)
    except UserError:
        raise argparse.ArgumentTypeError(_("{text} is not a month; write it as 2026-03.").format(text=text)) from None


def year_arg(text: str) -> int:
    if not (text.isdigit() and len(text) == 4 and int(text) >= 1900):
        raise argparse.ArgumentTypeError(_("{text} is not a year; write it as 2026.").format(text=text))
    return int(text)


def add_reports(reports: argparse._SubParsersAction) -> None:
    """`report receipt|arrears|payments-summary|payment-statement|payments-contribution`."""
    def add(name: str, help_text: str, description: str, job) -> argparse.ArgumentParser:  # noqa: ANN001
        parser = reports.add_parser(name, help=help_text, description=description)
        add_pdf_options(parser)
        parser.set_defaults(job=job)
        return parser

    receipt = add("receipt", _("a member's receipt (half an A4 sheet)"),
                  _("A member's receipt on half an A4 sheet; a cancelled receipt prints marked as cancelled."),
                  _receipt)
    receipt.add_argument("--number", required=True, metavar="2026-0012", help=_("the receipt's number"))

    arrears = add("arrears", _("who owes tax or insurance for periods that have ended"),
                  _("The list of members who owe tax or insurance for periods that have ended (the current "
                    "month is not late), with the periods and amounts."), _arrears)
    arrears.add_argument("--on", type=date_arg, metavar=_("DATE"), help=_("the day of the list (default: today)"))
    arrears.add_argument("--sort", choices=figures.SORTS, default="name",
                         help=_("the order of the list: name, number, amount (largest first) or periods (most "
                                "first); default: name"))

    summary = add("payments-summary", _("what members paid to the tax or social insurance office"),
                  _("What each member paid to an authority for the periods of a month or a year, divided into "
                    "the parts of the rate, with what was passed on and what is still held."), _summary)
    summary.add_argument("--authority", required=True, metavar=_("CODE"),
                         help=_("the authority's code: tax or social_insurance"))
    _add_month_or_year(summary, _("one month, for example 2026-03"), _("a whole year, for example 2026"),
                       required=True)

    statement = add("payment-statement", _("a member's statement of tax and insurance payments"),
                    _("A member's statement: what was due and paid for each obligation and period, and the "
                      "receipts. The periods are a year (default: this year) or --from and --to."), _statement)
    statement.add_argument("--member", type=int, required=True, metavar=_("NO"), help=_("the member number"))
    statement.add_argument("--year", type=year_arg, metavar=_("YEAR"), help=_("the year of the statement"))
    statement.add_argument("--from", dest="first", type=month_arg, metavar=_("MONTH"),
                           help=_("the first month (default: January of the year)"))
    statement.add_argument("--to", dest="last", type=month_arg, metavar=_("MONTH"),
                           help=_("the last month (default: December of the first month's year)"))

    contribution = add("payments-contribution", _("the association's yearly tax and insurance, by sex"),
                       _("The tax and insurance the members paid for the periods of a year, per obligation, for "
                         "women and men, and how many members paid."), _contribution)
    contribution.add_argument("--year", type=year_arg, required=True, metavar=_("YEAR"), help=_("the year"))


def _add_month_or_year(parser: argparse.ArgumentParser, month_help: str, year_help: str, *, required: bool) -> None:
    period = parser.add_mutually_exclusive_group(required=required)
    period.add_argument("--month", type=month_arg, metavar=_("MONTH"), help=month_help)
    period.add_argument("--year", type=year_arg, metavar=_("YEAR"), help=year_help)


def add_commands(commands: argparse._SubParsersAction) -> None:
    """`payments export OUT.csv|OUT.xlsx`."""
    payments = commands.add_parser("payments", help=_("export the tax and insurance payment books"),
                                   description=_("Export the tax and insurance payment books to a CSV or Excel "
                                                 "file."))
    jobs = payments.add_subparsers(dest="payments_command", metavar=_("JOB"), required=True)
    export = jobs.add_parser(
        "export", help=_("members' payments, remittances, arrears or a summary for an authority"),
        description=_("Write the members' payments (one line per obligation and period of each receipt), the "
                      "remittances to the authorities (one line per item), the arrears as of today (one line per "
                      "period owed) or the summary for an authority (one line per member) to a CSV or Excel "
                      "file. Amounts are whole tögrög, negative for a reversal."))
    export.add_argument("file", type=Path, metavar="OUT.csv|OUT.xlsx", help=_("the file to write"))
    export.add_argument("--what", choices=("collections", "remittances", "arrears", "summary"),
                        default="collections", help=_("what to write (default: collections, the members' payments)"))
    export.add_argument("--authority", metavar=_("CODE"),
                        help=_("for the summary: the authority's code, tax or social_insurance"))
    _add_month_or_year(export, _("for the summary: one month, for example 2026-03"),
                       _("the year the payments and remittances were made, or for the summary the year of the "
                         "periods (default: every year; for the summary, this year)"), required=False)
    export.set_defaults(job=_export)


def _authority(conn: sqlite3.Connection, code: str) -> str:
    from asm_assoc.core.payments import obligations

    authorities = [a for a in obligations.load(conn).authorities.values() if not a.keeps]
    for a in authorities:
        if a.code == code:
            return a.id
    raise UserError(N_("There is no authority “{code}”. Choose one of: {codes}."), code=code,
                    codes=", ".join(a.code for a in authorities))


def _member(conn: sqlite3.Connection, number: int) -> str:
    row = conn.execute("SELECT id FROM member WHERE association_id = ? AND member_no = ?",
                       (association.current_id(conn), number)).fetchone()
    if row is None:
        raise UserError(N_("There is no member no. {number}."), number=number)
    return row[0]


def _months(args: argparse.Namespace) -> tuple[str, str]:
    """A month, or a year (this year when neither is given)."""
    if args.month:
        return args.month, args.month
    year = args.year or dt.date.today().year
    return f"{year:04d}-01", f"{year:04d}-12"


def _receipt(args: argparse.Namespace, tr: i18n.Translator) -> int:
    from asm_assoc.core.payments import collections
    from asm_assoc.core.reports.payment_receipt import render_receipt

    with open_for_reports(args) as (conn, actor):
        collection_id = collections.find(conn, args.number)
        out = render_receipt(conn, args.out, actor=actor, collection_id=collection_id, lang=report_lang(args, tr))
    return wrote(out)


def _arrears(args: argparse.Namespace, tr: i18n.Translator) -> int:
    from asm_assoc.core.reports.payment_arrears import render_arrears

    with open_for_reports(args) as (conn, actor):
        out = render_arrears(conn, args.out, actor=actor, on=args.on or dt.date.today(), sort=args.sort,
                             lang=report_lang(args, tr))
    return wrote(out)


def _summary(args: argparse.Namespace, tr: i18n.Translator) -> int:
    from asm_assoc.core.reports.payment_summary import render_summary

    first, last = _months(args)
    with open_for_reports(args) as (conn, actor):
        out = render_summary(conn, args.out, actor=actor, authority_id=_authority(conn, args.authority),
                             first=first, last=last, lang=report_lang(args, tr))
    return wrote(out)


def _statement(args: argparse.Namespace, tr: i18n.Translator) -> int:
    from asm_assoc.core.reports.payment_statement import render_statement

    if args.year and (args.first or args.last):
        raise UserError(N_("Give either --year or --from and --to, not both."))
    year = args.year or int((args.first or args.last or months.month_of(dt.date.today()))[:4])
    first = args.first or f"{year:04d}-01"
    last = args.last or f"{first[:4]}-12"
    with open_for_reports(args) as (conn, actor):
        out = render_statement(conn, args.out, actor=actor, member_id=_member(conn, args.member), first=first,
                               last=last, lang=report_lang(args, tr))
    return wrote(out)


def _contribution(args: argparse.Namespace, tr: i18n.Translator) -> int:
    from asm_assoc.core.reports.payment_contribution import render_contribution

    with open_for_reports(args) as (conn, actor):
        out = render_contribution(conn, args.out, actor=actor, year=args.year, lang=report_lang(args, tr))
    return wrote(out)


def _export(args: argparse.Namespace, tr: i18n.Translator) -> int:
    from asm_assoc.core.payments import exports

    summary = args.what == "summary"
    if summary and not args.authority:
        raise UserError(N_("The summary is for one authority: give --authority tax or --authority "
                           "social_insurance."))
    if args.month and not summary:
        raise UserError(N_("A month is given only for the summary; give --year for the other exports."))
    first, last = _months(args) if summary else (None, None)
    with open_for_reports(args) as (conn, actor):
        count = exports.export_payments(conn, args.file, actor=actor, what=args.what, year=args.year,
                                        lang=args.lang or tr.lang, first=first, last=last,
                                        authority_id=_authority(conn, args.authority) if summary else None)
    print(ngettext("Wrote {count} line to {path}.", "Wrote {count} lines to {path}.", count).format(
        count=count, path=args.file))
    return 0
