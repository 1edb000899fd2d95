"""The member roster: every current member in Mongolian alphabetical order, with totals by sex, role and
soum, signed by the executive director and stamped for the soum governor.

`roster_data` is a pure function over the database; every figure keeps the members that make it up, so a
number on paper can be traced to rows. `render_roster_pdf` lays it out with the shared report layout.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from asm_assoc.core import access, association, i18n, members, reference, writes
from asm_assoc.core.association import Association
from asm_assoc.core.collation import sort_key
from asm_assoc.core.errors import UserError
from asm_assoc.core.i18n import N_, Translator
from asm_assoc.core.members import Member
from asm_assoc.core.progress import Progress
from asm_assoc.core.reports import layout
from asm_assoc.core.reports.layout import Column, Signature

# Members who left or died stay in the register (unarchived) for their history, but are not members any
# more: the roster lists those still in the association, suspended ones included.
CURRENT_STATUSES = ("active", "suspended")
# Up to this many soums their totals sit beside the others; more get a table of their own below.
SOUMS_BESIDE = 10
REGNUM_COLUMN = 4  # in `_member_rows`


@dataclass(frozen=True)
class RosterData:
    """The roster and its totals. Each total is the tuple of members it counts."""

    association: Association
    as_of: dt.date
    members: tuple[Member, ...]
    by_sex: dict[str, tuple[Member, ...]]  # "F", "M" (and "" if not recorded), in that order
    by_role: dict[str, tuple[Member, ...]]  # in the order of members.ROLES
    by_soum: dict[str, tuple[Member, ...]]  # soum code ("" if not recorded) -> members
    single_parents: tuple[Member, ...]
    heads_of_household: tuple[Member, ...]

    @property
    def total(self) -> int:
        return len(self.members)

    @property
    def women(self) -> int:
        return len(self.by_sex.get("F", ()))

    @property
    def men(self) -> int:
        return len(self.by_sex.get("M", ()))

    @property
    def women_share(self) -> float | None:
        """Women as a fraction of all listed members (None for an empty roster)."""
        return self.women / self.total if self.total else None


def _group(items: Iterable[Member], key: Callable[[Member], str], order: Iterable[str]) -> dict[str, tuple]:
    groups: dict[str, list[Member]] = {}
    for m in items:
        groups.setdefault(key(m), []).append(m)
    ranked = {k: i for i, k in enumerate(order)}
    return {k: tuple(groups[k]) for k in sorted(groups, key=lambda k: (ranked.get(k, len(ranked)), k))}


def roster_data(conn: sqlite3.Connection, *, association_id: str | None = None,
                today: dt.date | None = None) -> RosterData:
    """The association's current members (not archived, not left or deceased) in Mongolian alphabetical
    order, with their totals."""
    profile = association.get(conn, association_id)
    if profile is None:
        raise UserError(N_("Enter the association's profile first."))
    listed = tuple(m for m in members.all_members(conn, profile.id) if m.status in CURRENT_STATUSES)
    return RosterData(
        association=profile,
        as_of=today or dt.date.today(),
        members=listed,
        by_sex=_group(listed, lambda m: m.sex if m.sex in members.SEXES else "", ("F", "M")),
        by_role=_group(listed, lambda m: m.role, members.ROLES),
        by_soum=_group(listed, lambda m: m.soum_code or "", ()),
        single_parents=tuple(m for m in listed if m.single_parent),
        heads_of_household=tuple(m for m in listed if m.head_of_household),
    )


def _date(tr: Translator, value: str) -> str:
    try:
        return tr.date(value)
    except ValueError:  # a malformed date that came in by sync or import: show it as it is
        return value


def _member_columns(tr: Translator) -> list[Column]:
    _ = tr.gettext
    # Weights are points on a landscape page (763 pt wide), measured so that "Nov 22, 2026", "Эмэгтэй",
    # "ӨШ99032218" and two phone numbers fit on one line; long names wrap at a space or hyphen.
    return [
        Column(_("No."), 34, "right"),
        Column(_("Member no."), 60, "right"),  # wide enough for "Гишүүний" unbroken
        Column(_("Family name"), 92),
        Column(_("Given name"), 92),
        Column(_("Reg. no."), 72),
        Column(_("Sex"), 50),
        Column(_("Birth date"), 68),
        Column(_("Soum"), 84),
        Column(_("Role"), 96),
        Column(_("Phone"), 112),
    ]


def _member_rows(tr: Translator, listed: Iterable[Member]) -> list[list[str]]:
    _ = tr.gettext
    sexes = {k: _(v) for k, v in members.SEXES.items()}
    roles = {k: _(v) for k, v in members.ROLES.items()}
    # Babel is slow per call and many members share a soum or a birth date: format each value once.
    soums: dict[str, str] = {}
    dates: dict[str, str] = {}
    rows = []
    for number, m in enumerate(listed, start=1):
        if m.soum_code not in soums:
            soums[m.soum_code] = reference.unit_name(m.soum_code, tr.lang)
        if m.birth_date not in dates:
            dates[m.birth_date] = _date(tr, m.birth_date)
        rows.append([
            str(number),  # a place in the list, like a member no.: never grouped ("1234", not "1,234")
            f"{m.member_no:04d}" if isinstance(m.member_no, int) else str(m.member_no or ""),
            m.family_name,
            m.given_name,
            m.regnum,
            sexes.get(m.sex, ""),
            dates[m.birth_date],
            soums[m.soum_code],
            roles.get(m.role, m.role),
            m.phones,
        ])
    return rows


def _totals(tr: Translator, data: RosterData, width: float) -> list:
    """The totals: by sex with the women's share, by role, by soum, heads of household and single parents."""
    _ = tr.gettext
    count = _("Members")
    short_soums = len(data.by_soum) <= SOUMS_BESIDE
    blocks = 4 if short_soums else 3
    block = layout.block_width(width, blocks)

    def share(n: int) -> str:
        return tr.percent(n / data.total) if data.total else "–"

    sex_labels = {"F": _("Women"), "M": _("Men"), "": _("Not recorded")}
    sex_table = layout.data_table(
        [Column(_("Sex"), 3), Column(count, 3.5, "right"), Column(_("Share"), 3, "right")],
        [[sex_labels[k], tr.number(len(v)), share(len(v))] for k, v in data.by_sex.items()],
        block, total_row=[_("Total"), tr.number(data.total), share(data.total)],
    )
    role_table = layout.data_table(
        [Column(_("Role"), 6), Column(count, 3, "right")],
        [[_(members.ROLES.get(k, k)), tr.number(len(v))] for k, v in data.by_role.items()],
        block, total_row=[_("Total"), tr.number(data.total)],
    )
    other_table = layout.data_table(
        [Column(_("Household"), 6), Column(count, 3, "right")],
        [[_("Heads of household"), tr.number(len(data.heads_of_household))],
         [_("Single parents"), tr.number(len(data.single_parents))]],
        block,
    )
    soum_rows = sorted(
        ([reference.unit_name(k, tr.lang) or _("Not recorded"), tr.number(len(v)), k == ""]
         for k, v in data.by_soum.items()),
        key=lambda r: (r[2], sort_key(r[0])),
    )
    soum_table = layout.data_table(
        [Column(_("Soum"), 6), Column(count, 3, "right")], [r[:2] for r in soum_rows],
        block if short_soums else width / 2, total_row=[_("Total"), tr.number(data.total)],
    )
    beside = [[layout.heading(_("By sex")), sex_table], [layout.heading(_("By role")), role_table]]
    if short_soums:
        beside.append([layout.heading(_("By soum")), soum_table])
    beside.append([layout.heading(_("Households")), other_table])
    story: list = [layout.heading(_("Totals")), layout.side_by_side(beside, width)]
    if not short_soums:
        story += [layout.heading(_("By soum")), soum_table]
    return story


def render_roster_pdf(conn: sqlite3.Connection, out: Path, *, actor: writes.Actor, lang: str = "mn",
                      today: dt.date | None = None, progress: Progress | None = None) -> Path:
    """Write the member roster as a PDF to `out` and return its path (РД masked for a role that may not
    see them)."""
    access.require(actor, "reports.print")
    data = roster_data(conn, today=today)
    if progress:
        progress(0, data.total)
    tr = i18n.translator(lang)
    _ = tr.gettext
    # Landscape: ten columns of Cyrillic names, numbers and roles at a readable 9 pt do not fit the
    # 180 mm of a portrait page without cramming or wrapping almost every row.
    doc = layout.ReportDocument(out, tr, data.association, _("Member roster"),
                                _("as of {date}").format(date=tr.date(data.as_of)), wide=True,
                                printed_on=today)
    rows = _member_rows(tr, data.members)
    if not access.can(actor.role, "members.regnum"):
        for row in rows:
            row[REGNUM_COLUMN] = access.mask_regnum(row[REGNUM_COLUMN])
    story: list = [layout.data_table(_member_columns(tr), rows, doc.width)]
    if not data.members:
        story = [layout.paragraph(_("The association has no members yet."))]
    story += _totals(tr, data, doc.width)
    return doc.build(story, signatures=[Signature(_("Executive director"), data.association.director)],
                     progress=progress)
