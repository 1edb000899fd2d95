"""Import members from a spreadsheet and export the register to one.

An import has three steps, so the person sees what will happen before anything is written:
1. `read_file`: the table and a guessed column mapping (column index -> member field, or None to ignore),
   which the GUI lets the person change;
2. `plan_import`: every row parsed and checked with `members.check`; writes nothing;
3. `apply_import`: the planned rows written in one transaction, or nothing at all.
`export_members` writes the register so that importing the file back changes nothing: headings, labels
and place names in the chosen language, all of which the import recognises in either language.
"""

from __future__ import annotations

import datetime as dt
import gc
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from asm_assoc.core import access, association, members, regnum, writes
from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import N_, Translator, active, translator
from asm_assoc.core.member_columns import COLUMNS, RowParser, export_row, field_for_heading
from asm_assoc.core.progress import Progress, nothing
from asm_assoc.core.tabular import ImportFileError, Table, read_table, write_table

Action = Literal["add", "update", "unchanged", "skip", "error"]
KnownRegnum = Literal["update", "skip"]
Mode = Literal["valid_only", "all_or_nothing"]
ColumnMapping = dict[int, str | None]
PROGRESS_EVERY = 1000
REQUIRED = ("family_name", "given_name")
MAX_REASONS_SHOWN = 200
# A letter Windows-1251 cannot hold, which Excel wrote as "?", inside a Cyrillic word.
_LOST_LETTER = re.compile(r"[А-яЁё]\?|\?[А-яЁё]")


@dataclass
class RowResult:
    """What the import will do with one row of the file."""

    line: int
    action: Action
    member: members.Member | None = None
    errors: list[UserError] = field(default_factory=list)
    warnings: list[UserError] = field(default_factory=list)
    reason: UserError | None = None  # why a row is skipped


@dataclass
class ImportPlan:
    """What an import will do, row by row; nothing is written until `apply_import`."""

    file_name: str
    rows: list[RowResult]

    def count(self, action: Action) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def error_rows(self) -> list[RowResult]:
        return [r for r in self.rows if r.action == "error"]

    def summary(self) -> ImportSummary:
        """What `apply_import(..., mode="valid_only")` will report (for a preview or a dry run)."""
        result = ImportSummary(self.count("add"), self.count("update"), self.count("unchanged"))
        for r in self.rows:
            if r.action == "skip" and r.reason is not None:
                result.skip(r.line, r.reason)
            elif r.action == "error":
                result.skip(r.line, *r.errors)
        return result


@dataclass
class ImportSummary:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    reasons: list[tuple[int, UserError]] = field(default_factory=list)  # (line, why it was skipped)

    def skip(self, line: int, *why: UserError) -> None:
        self.skipped += 1
        self.reasons.extend((line, w) for w in why)

    def text(self, tr: Translator | None = None) -> str:
        tr = tr or active()
        _ = tr.gettext
        parts = [
            _("{added} added, {updated} updated, {unchanged} unchanged, {skipped} skipped.").format(
                added=tr.number(self.added), updated=tr.number(self.updated),
                unchanged=tr.number(self.unchanged), skipped=tr.number(self.skipped),
            )
        ]
        parts += [_("Line {line}: {reason}").format(line=line, reason=why.text(tr))
                  for line, why in self.reasons[:MAX_REASONS_SHOWN]]
        if len(self.reasons) > MAX_REASONS_SHOWN:
            hidden = len(self.reasons) - MAX_REASONS_SHOWN
            parts.append(_("… and {count} more.").format(count=tr.number(hidden)))
        return "\n".join(parts)


def guess_mapping(headers: Sequence[str]) -> ColumnMapping:
    """Each column's field, guessed from its heading; a field is taken by the first column naming it."""
    mapping: ColumnMapping = {}
    taken: set[str] = set()
    for index, heading in enumerate(headers):
        name = field_for_heading(heading)
        mapping[index] = name if name not in taken else None
        if name:
            taken.add(name)
    return mapping


def is_member_header(cells: Sequence[str]) -> bool:
    return any(field_for_heading(c) for c in cells)


@contextmanager
def _many_objects() -> Iterator[None]:
    """Pause the cyclic garbage collector while an import makes hundreds of thousands of small objects:
    none of them forms a cycle (reference counting frees them), and collecting the growing heap again and
    again made a 100,000-row import a third slower."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def read_file(path: Path | str) -> tuple[Table, ColumnMapping]:
    """Read a member file and guess its column mapping. Raises ImportFileError for a file that cannot be
    imported at all (not a table, empty, no known column...)."""
    with _many_objects():
        table = read_table(path, is_header=is_member_header)
    return table, guess_mapping(table.headers)


def _require_columns(mapping: Mapping[int, str | None]) -> None:
    labels = {c.field: c.label for c in COLUMNS}
    missing = [name for name in REQUIRED if name not in mapping.values()]
    if missing:
        raise ImportFileError(
            N_("The file has no column for: {fields}. Give the columns headings in the first row (for "
               "example Овог, Нэр) or choose them in the list of columns."),
            fields=", ".join(active().gettext(labels[name]) for name in missing),
        )


def _lines_text(lines: Sequence[int]) -> str:
    return ", ".join(str(n) for n in lines)


class _Numbers:
    """New member numbers for the rows that give none: consecutive after the register's highest number,
    stepping over numbers that other rows of the file give explicitly."""

    def __init__(self, register: members.Register, claimed: set[int]) -> None:
        self.next = register.next_member_no()
        self.taken = claimed | set(register.by_member_no)

    def take(self) -> int:
        while self.next in self.taken:
            self.next += 1
        self.next += 1
        return self.next - 1


def plan_import(
    conn: sqlite3.Connection,
    table: Table,
    mapping: Mapping[int, str | None],
    *,
    actor: writes.Actor,
    on_known_regnum: KnownRegnum = "skip",
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> ImportPlan:
    """Check every row and decide what to do with it. Writes nothing.

    A row whose РД is already in the register (or, for a member without РД, whose member number is) is that
    member: it is updated or skipped as `on_known_regnum` says; an update keeps the member's number unless
    the file gives one. Two rows with the same РД or member number are both errors naming each other."""
    access.require(actor, "members.import")  # even a check tells which РД the register holds
    _require_columns(mapping)
    profile = association.get(conn)
    if profile is None:
        raise UserError(N_("Enter the association's profile first."))
    report = progress or nothing
    columns = [(index, name, table.headers[index] if index < len(table.headers) else "")
               for index, name in sorted(mapping.items()) if name]
    total = len(table.rows)
    with _many_objects():
        planner = _Planner(conn, members.Register.load(conn, profile.id), on_known_regnum,
                           today or dt.date.today())  # one date for the whole file, not one per row
        planner.parse_row = RowParser(columns, profile.aimag_code)
        planner.lost_letters = table.may_have_lost_letters
        parsed = []
        for done, row in enumerate(table.rows):
            if done % PROGRESS_EVERY == 0:
                report(done, 2 * total)
            parsed.append(planner.parse(row.line, row.cells))
        planner.numbers = _Numbers(planner.register, set(planner.lines_by_no))
        results = []
        for done, row_parsed in enumerate(parsed, start=total):
            if done % PROGRESS_EVERY == 0:
                report(done, 2 * total)
            results.append(planner.decide(*row_parsed))
    report(2 * total, 2 * total)
    return ImportPlan(table.name, results)


# What a row starts from when it is not yet in the register: the defaults of a new member.
_NEW_MEMBER = members.Member(member_no=None, family_name="", given_name="")


class _Planner:
    """Decides row by row, knowing the register and every row of the file (for duplicates)."""

    def __init__(self, conn: sqlite3.Connection, register: members.Register, on_known: KnownRegnum,
                 today: dt.date) -> None:
        self.conn, self.register, self.on_known, self.today = conn, register, on_known, today
        self.lines_by_regnum: dict[str, list[int]] = defaultdict(list)
        self.lines_by_no: dict[int, list[int]] = defaultdict(list)
        self.numbers: _Numbers | None = None
        self.parse_row = RowParser([])
        self.lost_letters = False

    def parse(self, line: int, cells: list[str]) -> tuple:
        values, problems = self.parse_row(cells)
        if values.get("regnum"):
            values["regnum"] = regnum.normalize(values["regnum"])[0]
            self.lines_by_regnum[values["regnum"]].append(line)
        if isinstance(values.get("member_no"), int):
            self.lines_by_no[values["member_no"]].append(line)
        notes = []
        if self.lost_letters and any(_LOST_LETTER.search(c) for c in cells if "?" in c):
            notes.append(UserError(N_(
                "A “?” stands where a letter was: Excel saved this file in the old Cyrillic code page, which "
                "has no Ө and Ү. In Excel choose Save As “CSV UTF-8” (or .xlsx) and import that file.")))
        return line, values, problems, notes

    def known_member(self, values: dict) -> members.Member | None:
        if values.get("regnum"):
            return self.register.by_regnum.get(values["regnum"])
        number = values.get("member_no")
        if isinstance(number, int):
            holder = self.register.by_member_no.get(number)
            return holder if holder is not None and not holder.regnum else None
        # Neither number: the same names and birth date are the same person, so importing a file twice
        # (after correcting the rows left out) adds nobody twice.
        born, family, given = values.get("birth_date"), values.get("family_name"), values.get("given_name")
        if isinstance(born, str) and born and isinstance(family, str) and isinstance(given, str):
            return self.register.by_name_and_birth.get(members.person_key(family, given, born))
        return None

    def duplicates(self, line: int, values: dict) -> list[UserError]:
        if (len(self.lines_by_regnum.get(values.get("regnum") or "", ())) < 2
                and len(self.lines_by_no.get(values.get("member_no"), ())) < 2):  # type: ignore[arg-type]
            return []  # the usual case, answered without building the lists below
        found = []
        others = [n for n in self.lines_by_regnum.get(values.get("regnum") or "", ()) if n != line]
        if others:
            found.append(UserError(
                N_("The registration number {regnum} is also on line {lines} of this file."),
                regnum=values["regnum"], lines=_lines_text(others),
            ))
        others = [n for n in self.lines_by_no.get(values.get("member_no"), ()) if n != line]  # type: ignore
        if others:
            found.append(UserError(N_("Member number {no} is also on line {lines} of this file."),
                                   no=values["member_no"], lines=_lines_text(others)))
        return found

    def decide(
        self, line: int, values: dict, problems: dict[str, UserError], notes: list[UserError]
    ) -> RowResult:
        known = self.known_member(values)
        if known is not None and self.on_known == "skip":
            why = UserError(N_("Already in the register as member no. {no}, {name}; not changed."),
                            no=known.member_no, name=known.full_name)
            return RowResult(line, "skip", known, reason=why)
        c = members.check(self.conn, known or _NEW_MEMBER, today=self.today, register=self.register,
                          changes=values)
        errors = [*problems.values(), *(e for name, e in c.errors.items() if name not in problems),
                  *self.duplicates(line, values)]
        m, warnings = c.member, notes + c.all_warnings
        numbered_here = known is None and "member_no" not in values
        if errors:
            if numbered_here:
                m.member_no = None  # a number is given only to a row that will be written
            return RowResult(line, "error", m, errors, warnings)
        if numbered_here:
            m.member_no = self.numbers.take()  # type: ignore[union-attr]
        if known is None:
            return RowResult(line, "add", m, warnings=warnings)
        same = members.row_values(m) == members.row_values(known)
        return RowResult(line, "unchanged" if same else "update", m, warnings=warnings)


def apply_import(
    conn: sqlite3.Connection,
    actor: writes.Actor,
    plan: ImportPlan,
    *,
    mode: Mode = "valid_only",
    progress: Progress | None = None,
) -> ImportSummary:
    """Write a plan in one transaction. "valid_only" leaves out the rows with errors; "all_or_nothing"
    writes nothing when any row has an error. Cancelling (progress raises Cancelled) writes nothing."""
    failed = plan.error_rows
    if failed and mode == "all_or_nothing":
        raise UserError(
            N_("Rows with errors: {count}. Nothing was imported. Correct those rows in the file and import "
               "it again, or choose to import only the rows without errors."),
            count=len(failed),
        )
    report = progress or nothing
    adds = [r.member for r in plan.rows if r.action == "add"]
    updates = [r.member for r in plan.rows if r.action == "update"]
    total = len(adds) + len(updates)
    try:
        with _many_objects(), writes.transaction(conn, actor, "members.import") as tx:
            new_ids: list[str] = []
            with tx.bulk_insert("member", len(adds)):
                for done in range(0, len(adds), PROGRESS_EVERY):
                    report(done, total)
                    chunk = adds[done:done + PROGRESS_EVERY]
                    new_ids += tx.insert_rows("member", members.FIELDS, [members.row_tuple(m) for m in chunk],
                                              members.DERIVED, [members.derived_tuple(m) for m in chunk])
            for done, m in enumerate(updates, start=len(adds)):
                if done % PROGRESS_EVERY == 0:
                    report(done, total)
                tx.update("member", m.id, members.row_values(m), derived=members.derived_columns(m))
            report(total, total)
    except sqlite3.IntegrityError as exc:
        raise UserError(
            N_("The register was changed while the file was being checked. Check the file again, then "
               "import it.")
        ) from exc
    for m, new_id in zip(adds, new_ids, strict=True):
        m.id = new_id
    return plan.summary()


def import_file(
    conn: sqlite3.Connection,
    actor: writes.Actor,
    path: Path | str,
    *,
    on_known_regnum: KnownRegnum = "skip",
    mode: Mode = "valid_only",
    dry_run: bool = False,
    progress: Progress | None = None,
) -> tuple[ImportPlan, ImportSummary | None]:
    """Read, check and (unless `dry_run`) write a member file with the guessed column mapping (the CLI's
    import)."""
    table, mapping = read_file(path)
    plan = plan_import(conn, table, mapping, actor=actor, on_known_regnum=on_known_regnum, progress=progress)
    if dry_run:
        return plan, None
    return plan, apply_import(conn, actor, plan, mode=mode, progress=progress)


def export_members(conn: sqlite3.Connection, path: Path | str, *, actor: writes.Actor, lang: str = "mn",
                   include_archived: bool = False) -> int:
    """Write the register to a .csv or .xlsx file (by its name) that imports back unchanged; returns the
    number of members written."""
    access.require(actor, "members.export")
    tr = translator(lang)
    register = sorted(members.all_members(conn, include_archived=include_archived), key=lambda m: m.member_no)
    write_table(path, headings(lang), (export_row(m, tr) for m in register))
    return len(register)


def headings(lang: str) -> list[str]:
    tr = translator(lang)
    return [tr.gettext(c.label) for c in COLUMNS]


def write_template(path: Path | str, lang: str = "mn") -> None:
    """An empty member file with only the heading row, for a person to fill in and import."""
    write_table(path, headings(lang), [])
