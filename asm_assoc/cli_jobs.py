"""What the report and export jobs of the command line share: a date argument, the PDF options, opening the
database as the person who logged in, and the line that says what was written."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from asm_assoc.core import i18n
from asm_assoc.core.i18n import _


def date_arg(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("{text} is not a date; write it as 2026-11-22.").format(text=text)) from None


def add_pdf_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", type=Path, required=True, metavar="OUT.pdf", help=_("the PDF file to write"))
    parser.add_argument("--lang", dest="report_lang", choices=i18n.LANGUAGES,
                        help=_("language of the report (default: the language of the messages)"))


def open_for_reports(args: argparse.Namespace):  # noqa: ANN201 - cli._database's context manager
    from asm_assoc import cli

    return cli._database(args, "reports.print", needs_association=True)


def report_lang(args: argparse.Namespace, tr: i18n.Translator) -> str:
    return args.report_lang or args.lang or tr.lang


def wrote(path: Path) -> int:
    print(_("Wrote {path}.").format(path=path))
    return 0
