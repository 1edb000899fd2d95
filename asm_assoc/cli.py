"""The `asm-assoc` command. Without a command it opens the window; commands run core jobs without Qt.

Exit status: 0 done, 1 refused (a file or database that cannot be used, an import stopped by errors),
2 wrong use of the command. Messages go to stderr in the chosen language, never as a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import itertools
import logging
import os
import shutil
import sqlite3
import sys
import tempfile
import textwrap
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from asm_assoc import __version__, cli_incidents, cli_jobs, cli_payments, cli_savings
from asm_assoc.core import access, accounts, association, backup, db, demo, i18n, writes
from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import N_, _, ngettext

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
COMMANDS = ("members", "report", "savings", "incidents", "payments", "backup", "restore", "audit", "setup")
WIDTH = 78  # of the help texts that argparse does not wrap itself
# Scripted jobs (a nightly backup) log in from the environment instead of a prompt.
LOGIN_ENV, PASSWORD_ENV = "ASM_ASSOC_USER", "ASM_ASSOC_PASSWORD"

# argparse's own words (Python 3.11), marked here so that the catalog translates them with ours.
ARGPARSE_WORDS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("expected one argument"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("%(prog)s: error: %(message)s\n"),
)


class UsageError(UserError):
    """The command was given wrongly (exit status 2)."""


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _tolerate_unprintable_letters()
    tr = i18n.set_language(_message_language(argv))
    with _argparse_in_active_language():
        try:
            args = build_parser().parse_args(argv)
        except SystemExit as stop:  # --help, --version, or a usage error argparse already printed
            return stop.code if isinstance(stop.code, int) else (EXIT_OK if stop.code is None else EXIT_USAGE)
    if args.command is None:
        return _open_window(args)
    _keep_core_logging_off_the_console()
    try:
        return args.job(args, tr)
    except db.CorruptDatabaseError as exc:
        _error(exc.text(tr))
        if exc.latest_backup is not None:
            _error(_("To restore it, run: asm-assoc --db {db} restore {backup}").format(
                db=_quoted(args.db), backup=_quoted(exc.latest_backup)))
        return EXIT_REFUSED
    except UserError as exc:
        _error(exc.text(tr))
        return EXIT_USAGE if isinstance(exc, UsageError) else EXIT_REFUSED
    except OSError as exc:
        logging.getLogger(__name__).warning("file error: %r", exc)
        _error(_("The file {path} could not be read or written. Check the name, that the folder exists, and "
                 "that the file is not open in another program (such as Excel).").format(
            path=exc.filename or args.db))
        return EXIT_REFUSED
    except KeyboardInterrupt:
        _error(_("Stopped (Ctrl+C)."))
        return EXIT_REFUSED
    except sqlite3.Error as exc:
        logging.getLogger(__name__).warning("database error: %r", exc)
        _error(_("The database {path} could not be used. Check that it is a file and that no other program "
                 "has it open.").format(path=args.db))
        return EXIT_REFUSED


def build_parser() -> argparse.ArgumentParser:
    """The command line, its help in the active language (call `i18n.set_language` first)."""
    parser = argparse.ArgumentParser(
        prog="asm-assoc",
        description=textwrap.fill(_("Member register and reports for artisanal miners' associations. "
                                    "Without a command it opens the window; the commands below do one job "
                                    "without it."), WIDTH),
        epilog=_examples(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--db", type=Path, metavar=_("FILE"),
                        help=_("the database file to use (every command needs it)"))
    parser.add_argument("--data-dir", type=Path, metavar=_("FOLDER"),
                        help=_("the folder of the window's database, backups and log (instead of the usual "
                               "one)"))
    parser.add_argument("--user", metavar=_("LOGIN"),
                        help=_("your login (else the environment variable {env}, else you are asked); the "
                               "password is asked for, or read from {password_env}").format(
                            env=LOGIN_ENV, password_env=PASSWORD_ENV))
    parser.add_argument("--lang", choices=i18n.LANGUAGES,
                        help=_("language of messages and reports: mn (Mongolian, the default) or en "
                               "(English)"))
    parser.add_argument("--demo", action="store_true",
                        help=_("use the demo association; with --db and the setup job, make it in that file"))
    parser.add_argument("--version", action="version", version=f"asm-assoc {__version__}",
                        help=_("show the program's version and exit"))
    commands = parser.add_subparsers(dest="command", title=_("commands"), metavar=_("COMMAND"))

    members = commands.add_parser("members", help=_("import or export the member register"),
                                  description=_("Import members from a file or export the register to one."))
    member_jobs = members.add_subparsers(dest="members_command", metavar=_("JOB"), required=True)
    imp = member_jobs.add_parser(
        "import", help=_("add members from a CSV or Excel file"),
        description=_("Add members from a CSV or Excel (.xlsx) file, row by row. Rows with errors are "
                      "listed with their line number."))
    imp.add_argument("file", type=Path, metavar="IN.csv|IN.xlsx", help=_("the file to import"))
    imp.add_argument("--dry-run", action="store_true",
                     help=_("only check the file and list the errors of each row; write nothing"))
    imp.add_argument("--update-known", action="store_true",
                     help=_("update members whose registration number is already in the register "
                            "(otherwise those rows are skipped)"))
    imp.add_argument("--all-or-nothing", action="store_true",
                     help=_("import nothing if any row has an error (otherwise the rows without errors "
                            "are imported)"))
    imp.set_defaults(job=_import_members)
    exp = member_jobs.add_parser("export", help=_("write the member register to a CSV or Excel file"),
                                 description=_("Write every member to a CSV or Excel (.xlsx) file that can "
                                               "be imported again."))
    exp.add_argument("file", type=Path, metavar="OUT.csv|OUT.xlsx", help=_("the file to write"))
    exp.set_defaults(job=_export_members)

    report = commands.add_parser("report", help=_("make a report as a PDF file"),
                                 description=_("Make a report as a PDF file, ready to print."))
    reports = report.add_subparsers(dest="report_command", metavar=_("REPORT"), required=True)
    roster = reports.add_parser("roster", help=_("the member roster (list of members) for the soum governor"),
                                description=_("The member roster for the soum governor, as a PDF file."))
    cli_jobs.add_pdf_options(roster)
    roster.set_defaults(job=_roster_report)
    cli_savings.add_reports(reports)
    cli_incidents.add_reports(reports)
    cli_payments.add_reports(reports)

    cli_savings.add_commands(commands)
    cli_incidents.add_commands(commands)
    cli_payments.add_commands(commands)

    bak = commands.add_parser("backup", help=_("write a checked copy of the database"),
                              description=_("Write a copy of the database and check it. OUT is a file name "
                                            "or a folder (for example a USB stick), where a dated file is "
                                            "made."))
    bak.add_argument("out", type=Path, metavar="OUT", help=_("the backup file or folder"))
    bak.set_defaults(job=_backup)

    res = commands.add_parser(
        "restore", help=_("replace the database with a backup"),
        description=_("Replace the database with a backup after checking the backup. The database as it "
                      "was is kept in the backups folder next to it. Close the window first."))
    res.add_argument("source", type=Path, metavar="IN", help=_("the backup file to restore"))
    res.set_defaults(job=_restore)

    audit = commands.add_parser("audit", help=_("check the audit trail"),
                                description=_("Check that no entry of the audit trail (the log of every change) "
                                              "was changed, removed, added or reordered outside the program."))
    audit_jobs = audit.add_subparsers(dest="audit_command", metavar=_("JOB"), required=True)
    verify = audit_jobs.add_parser("verify", help=_("check every entry of the audit trail"),
                                   description=_("Check every entry of the audit trail and name each one that "
                                                 "was tampered with. Exit status 1 when any was."))
    verify.set_defaults(job=_audit_verify)

    setup = commands.add_parser(
        "setup", help=_("make the director's account in a new database"),
        description=_("Make the first account, the director's, in a database that has none (the window asks "
                      "for it at its first start). The password is asked for twice, or read from {env}. The "
                      "recovery code printed at the end is shown only once: write it down.").format(
            env=PASSWORD_ENV))
    setup.add_argument("--name", required=True, metavar=_("NAME"), help=_("the director's name"))
    setup.add_argument("--login", required=True, metavar=_("LOGIN"), help=_("the director's login"))
    setup.set_defaults(job=_setup)
    return parser


def _examples() -> str:
    lines = [
        ("asm-assoc", _("open the window")),
        ("asm-assoc --demo", _("open the window on the demo association")),
        ("asm-assoc --db asm-assoc.db members import members.xlsx --dry-run",
         _("check a file before importing")),
        ("asm-assoc --db asm-assoc.db members export members.xlsx", _("export the register")),
        ("asm-assoc --db asm-assoc.db report roster --out roster.pdf", _("make the member roster")),
        ("asm-assoc --db asm-assoc.db report shareout --group \"Алтан зам\" --out shareout.pdf",
         _("print a savings group's share-out sheet")),
        ("asm-assoc --db asm-assoc.db savings ledger ledger.xlsx", _("export the savings ledger")),
        ("asm-assoc --db asm-assoc.db backup E:\\", _("back up to a USB stick")),
        ("asm-assoc --db asm-assoc.db restore backup.sqlite3", _("restore a backup")),
        ("asm-assoc --db asm-assoc.db audit verify", _("check that nobody changed the audit trail")),
        ("asm-assoc --db asm-assoc.db setup --name \"Б. Сарантуяа\" --login saraa",
         _("make the director's account in a new database")),
    ]
    body = "\n".join(f"  {command}\n      {what}" for command, what in lines)
    status = _("Exit status: 0 done; 1 refused (a wrong password, a role that does not allow the job, a file "
               "or database that cannot be used, or import errors); 2 wrong use of the command.")
    login = _("Every job asks for your login and password. For a script (a nightly backup), set {user} and "
              "{password} in its environment instead.").format(user=LOGIN_ENV, password=PASSWORD_ENV)
    heading = _("examples:")
    return f"{heading}\n{body}\n\n{textwrap.fill(login, WIDTH)}\n\n{textwrap.fill(status, WIDTH)}"


# --- jobs -------------------------------------------------------------------------------------------

def _import_members(args: argparse.Namespace, tr: i18n.Translator) -> int:
    # The three steps of member_io (rather than its one-call import_file), so that the rows with errors
    # can be listed even when --all-or-nothing stops the import.
    from asm_assoc.core import member_io

    _require_input_file(args.file)
    with _database(args, "members.import", needs_association=True) as (conn, actor):
        table, mapping = member_io.read_file(args.file)
        plan = member_io.plan_import(
            conn, table, mapping, actor=actor, on_known_regnum="update" if args.update_known else "skip"
        )
        errors = plan.count("error")
        stopped = errors > 0 and args.all_or_nothing
        if args.dry_run or stopped:
            summary = plan.summary()  # what a real import would do
        else:
            summary = member_io.apply_import(conn, actor, plan, mode="valid_only")
    if args.dry_run:
        for row in plan.rows:
            for warning in row.warnings:
                print(_("Line {line} (check): {problem}").format(line=row.line, problem=warning.text(tr)))
    if stopped and not args.dry_run:  # the counts would tell of rows that were not written
        for row in plan.error_rows:
            for problem in row.errors:
                print(_("Line {line}: {reason}").format(line=row.line, reason=problem.text(tr)))
    else:
        print(summary.text(tr))
    if args.dry_run:
        print(_("This was a check only (--dry-run): nothing was written."))
    if errors and (stopped or plan.count("add") + plan.count("update") == 0):
        _error(_("Nothing could be imported because of the errors listed. Correct them in the file and run "
                 "the import again."))
        return EXIT_REFUSED
    return EXIT_OK


def _export_members(args: argparse.Namespace, tr: i18n.Translator) -> int:
    from asm_assoc.core import member_io

    with _database(args, "members.export", needs_association=True) as (conn, actor):
        count = member_io.export_members(conn, args.file, actor=actor, lang=args.lang or tr.lang)
    print(ngettext("Wrote {count} member to {path}.", "Wrote {count} members to {path}.", count).format(
        count=count, path=args.file))
    return EXIT_OK


def _roster_report(args: argparse.Namespace, tr: i18n.Translator) -> int:
    from asm_assoc.core.reports.roster import render_roster_pdf

    with _database(args, "reports.print", needs_association=True) as (conn, actor):
        out = render_roster_pdf(conn, args.out, actor=actor, lang=cli_jobs.report_lang(args, tr))
    print(_("Wrote the member roster to {path}.").format(path=out))
    return EXIT_OK


def _backup(args: argparse.Namespace, tr: i18n.Translator) -> int:
    with _database(args, "backup.make", needs_association=False) as (conn, actor):
        written = backup.backup(conn, args.out, actor=actor)
    print(_("Backup written and checked: {path}").format(path=written))
    return EXIT_OK


def _restore(args: argparse.Namespace, tr: i18n.Translator) -> int:
    path = _db_path(args)
    _require_input_file(args.source)
    actor = _may_restore(args, path)
    safety = backup.restore(path, args.source, actor=actor)  # nothing here holds the database open
    db.open_database(path).close()  # brings a backup of an older version up to date, and proves it opens
    print(_("Restored {path} from {source}.").format(path=path, source=args.source))
    if safety is not None:
        print(_("The database as it was before is kept in {path}.").format(path=safety))
    return EXIT_OK


def _may_restore(args: argparse.Namespace, path: Path) -> writes.Actor:
    """A director of the database being replaced may restore; when that file is too damaged to open, a
    director of the backup (the file that will be in its place)."""
    try:
        with _database(args, "backup.restore", needs_association=False) as (_conn, actor):
            return actor
    except db.CorruptDatabaseError:
        pass
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "check.db"
        shutil.copyfile(args.source, copy)
        if not db.is_asm_database(copy):
            raise UserError(N_("The file {path} is not an asm-assoc backup."), path=str(args.source))
        checked = argparse.Namespace(**{**vars(args), "db": copy, "demo": False})
        with _database(checked, "backup.restore", needs_association=False) as (_conn, actor):
            return actor


def _audit_verify(args: argparse.Namespace, tr: i18n.Translator) -> int:
    from asm_assoc.core import audit

    with _database(args, "audit.read", needs_association=False) as (conn, actor):
        report = audit.verify(conn, actor)
    for problem in report.problems:
        _error(problem.text(tr))
    for line in report.summary(tr):
        print(line) if report.ok else _error(line)
    return EXIT_OK if report.ok else EXIT_REFUSED


def _setup(args: argparse.Namespace, tr: i18n.Translator) -> int:
    path = _db_path(args)
    conn = db.open_database(path)
    try:
        if accounts.has_accounts(conn):
            raise UserError(N_("The database {path} has its director's account already."), path=str(path))
        password = _password(_("New password: "), twice=True)
        user, code = accounts.create_director(conn, args.name, args.login, password)
        if args.demo and association.current_id(conn) is None:
            demo.create_demo_association(conn, user.actor())
            print(_("Made the demo association in {path}.").format(path=path))
    finally:
        conn.close()
    print(_("Made the director's account {login} in {path}.").format(login=user.login, path=path))
    print(_("Recovery code (shown only this once; write it down and keep it locked away): {code}").format(
        code=code))
    return EXIT_OK


# --- helpers ----------------------------------------------------------------------------------------

def _password(prompt: str, *, twice: bool = False) -> str:
    """$ASM_ASSOC_PASSWORD, else typed at the terminal (`twice` for a new one); a script without the
    variable is told what to set rather than left waiting for a prompt nobody sees."""
    password = os.environ.get(PASSWORD_ENV)
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise UsageError(N_("Give the password in the environment variable {env}, or run the command in a "
                            "terminal to type it."), env=PASSWORD_ENV)
    first = getpass.getpass(prompt)
    if twice and getpass.getpass(_("The same password again: ")) != first:
        raise UserError(N_("The two passwords are not the same. Nothing was changed."))
    return first


def _log_in(conn: sqlite3.Connection, args: argparse.Namespace) -> writes.Actor:
    """Who runs the job: --user or $ASM_ASSOC_USER, with the password typed or from $ASM_ASSOC_PASSWORD."""
    if not accounts.has_accounts(conn):
        raise UserError(N_("The database {path} has no user accounts yet. Open the program once to make the "
                           "director's account, or run: asm-assoc --db {path} setup --name NAME --login LOGIN"),
                        path=str(args.db))
    login = args.user or os.environ.get(LOGIN_ENV)
    if not login and sys.stdin.isatty():
        login = input(_("Login: ")).strip()
    if not login:
        raise UsageError(N_("Give your login with --user LOGIN (or in the environment variable {env})."),
                         env=LOGIN_ENV)
    password = _password(_("Password for {login}: ").format(login=login))
    return accounts.login(conn, login, password).actor()



def _db_path(args: argparse.Namespace) -> Path:
    if args.db is None:
        raise UsageError(N_("Give the database file with --db FILE for this command, for example: "
                            "asm-assoc --db asm-assoc.db backup E:\\ (without a command, asm-assoc opens the "
                            "window)."))
    return Path(args.db)


@contextmanager
def _database(args: argparse.Namespace, permission: str, *,
              needs_association: bool) -> Iterator[tuple[sqlite3.Connection, writes.Actor]]:
    """Open the database of a job and log in; refuse when the person's role does not allow `permission`.
    With --demo, a database without an association gets the demo association."""
    path = _db_path(args)
    if not (path.is_file() and path.stat().st_size > 0):
        raise UserError(N_("There is no database at {path} yet. Open the program once to create it and enter "
                           "the association's profile, then run this command again."), path=str(path))
    conn = db.open_database(path)
    try:
        actor = _log_in(conn, args)
        access.require(actor, permission)
        if args.demo and association.current_id(conn) is None:
            demo.create_demo_association(conn, actor)
            print(_("Made the demo association in {path}.").format(path=path))
        if needs_association and association.current_id(conn) is None:
            raise UserError(N_("The database {path} has no association profile yet. Open the program and "
                               "enter the association's profile first, then run this command again."),
                            path=str(path))
        yield conn, actor
    finally:
        conn.close()


def _require_input_file(path: Path) -> None:
    if not Path(path).is_file():
        raise UserError(N_("The file {path} was not found."), path=str(path))


def _open_window(args: argparse.Namespace) -> int:
    from asm_assoc.gui.app import run_gui  # only here: commands never load Qt

    return run_gui(db_path=args.db, data_dir=args.data_dir, demo=args.demo, lang=args.lang)


def _message_language(argv: Sequence[str]) -> str:
    """The last valid --lang given before the command (a report's own --lang comes after it), else
    Mongolian; so the complaint about a wrong `--lang fr` is still in the language asked for before it."""
    head = list(itertools.takewhile(lambda arg: arg not in COMMANDS, argv))
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--lang", action="append", default=[])
    try:
        known, _rest = early.parse_known_args(head)
    except SystemExit:  # "--lang" without a value: the real parser says what is wrong
        return i18n.DEFAULT_LANGUAGE
    valid = [lang for lang in known.lang if lang in i18n.LANGUAGES]
    return valid[-1] if valid else i18n.DEFAULT_LANGUAGE


@contextmanager
def _argparse_in_active_language() -> Iterator[None]:
    """argparse looks its words up through its module-level `_`; answer from our catalog meanwhile."""
    saved = argparse._  # type: ignore[attr-defined]
    argparse._ = _  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = saved  # type: ignore[attr-defined]


def _error(text: str) -> None:
    print(text, file=sys.stderr)


def _quoted(path: Path | str) -> str:
    text = str(path)
    return f'"{text}"' if any(ch.isspace() for ch in text) else text


def _tolerate_unprintable_letters() -> None:
    """A Windows console redirected to a file may have no Ө or Ү; print a replacement, never crash."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="replace")
            except (ValueError, OSError):
                pass


def _keep_core_logging_off_the_console() -> None:
    """Without a handler, Python prints core's log warnings in English to stderr; the person reads our
    message instead (the window has its own log file)."""
    logger = logging.getLogger("asm_assoc")
    if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
        logger.addHandler(logging.NullHandler())
