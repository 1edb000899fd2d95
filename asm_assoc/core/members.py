"""The member register: one record per member, archived (never deleted), checked before every save."""

from __future__ import annotations

import datetime as dt
import operator
import re
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from functools import lru_cache

from asm_assoc.core import access, association, reference, regnum, writes
from asm_assoc.core.collation import fold, sort_key
from asm_assoc.core.errors import UserError, ValidationError
from asm_assoc.core.i18n import N_

SEXES = {"F": N_("Female"), "M": N_("Male")}
WORK_KINDS = {
    "digging": N_("Digging"),
    "processing": N_("Processing"),
    "trading": N_("Trading"),
    "other": N_("Other work"),
}
ROLES = {
    "member": N_("Member"),
    "board_member": N_("Board member"),
    "chair": N_("Chair"),
    "treasurer": N_("Treasurer"),
    "secretary": N_("Secretary"),
    "auditor": N_("Auditor"),
}
STATUSES = {
    "active": N_("Active"),
    "suspended": N_("Suspended"),
    "left": N_("Left"),
    "deceased": N_("Deceased"),
}
MAX_DEPENDANTS = 30
# A Mongolian phone number: 8 digits, optionally after +976.
PHONE = re.compile(r"^(\+?976)?[0-9]{8}$")  # [0-9], not \d: \d also takes full-width and other digits


@dataclass
class Member:
    member_no: int | None
    family_name: str
    given_name: str
    regnum: str = ""
    sex: str = ""  # "F" or "M"
    birth_date: str = ""  # ISO date
    phones: str = ""  # comma-separated
    aimag_code: str = ""
    soum_code: str = ""
    bagh: str = ""
    head_of_household: bool = False
    single_parent: bool = False
    dependants: int = 0
    disability: bool = False
    work_kind: str = "digging"
    role: str = "member"
    joined_on: str = ""
    left_on: str = ""
    left_reason: str = ""
    status: str = "active"
    notes: str = ""
    archived: bool = False
    id: str | None = None
    association_id: str | None = None

    @property
    def full_name(self) -> str:
        return f"{self.family_name} {self.given_name}".strip()

    def copy(self) -> Member:
        """A copy: every field is a plain value, so a shallow copy is a full one. Copying the instance dict is
        several times quicker than copy.copy, which counts when an import checks 100,000."""
        clone = object.__new__(Member)
        clone.__dict__.update(self.__dict__)
        return clone


# Columns written to the member table (everything but the ids the write path and caller manage).
FIELDS = [f.name for f in fields(Member) if f.name not in ("id",)]
_BOOL_FIELDS = ("head_of_household", "single_parent", "disability", "archived")
_get_fields = operator.attrgetter(*FIELDS)


@dataclass
class Check:
    """What is wrong (errors, one per field) and what looks odd (warnings) about a member."""

    member: Member
    errors: dict[str, UserError] = field(default_factory=dict)
    warnings: dict[str, list[UserError]] = field(default_factory=dict)

    def warn(self, name: str, problem: UserError) -> None:
        self.warnings.setdefault(name, []).append(problem)

    @property
    def all_warnings(self) -> list[UserError]:
        return [w for ws in self.warnings.values() for w in ws]


@lru_cache(maxsize=65536)  # an import meets the same few thousand dates on 100,000 rows
def _parse_date(value: str) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


_PHONE_SEPARATORS = re.compile(r"[,;/]")
_PHONE_PUNCTUATION = re.compile(r"[\s\-()]")


def split_phones(text: str) -> list[str]:
    if text and text.isdigit():  # one number (nearly always): nothing to split
        return [text]
    return [p.strip() for p in _PHONE_SEPARATORS.split(text or "") if p.strip()]


_SPACED_FIELDS = ("family_name", "given_name", "regnum", "bagh", "left_reason", "phones")


def _normalised(m: Member, changes: Mapping[str, object] | None) -> Member:
    m = m.copy()
    values = m.__dict__  # the fields themselves: quicker than getattr and setattr for each (an import checks 100,000)
    if changes:
        values.update(changes)
    for name in _SPACED_FIELDS:
        value = values[name]
        if not value:
            values[name] = ""
        elif type(value) is not str or not value.isalnum():  # a word of letters or digits has no spaces to tidy
            values[name] = " ".join(str(value).split())
    values["notes"] = str(values["notes"] or "").strip()
    phones = values["phones"]
    if phones and not phones.isdigit():  # one number of digits alone (nearly always) has nothing to tidy
        values["phones"] = ", ".join([_PHONE_PUNCTUATION.sub("", p) for p in split_phones(phones)])
    for name in _BOOL_FIELDS:
        values[name] = bool(values[name])
    return m


def person_key(family_name: str, given_name: str, birth_date: str) -> tuple[str, str, str]:
    """Who a member is when no number says so: the same names (case and spacing aside) and birth date."""
    return fold(" ".join(family_name.split())), fold(" ".join(given_name.split())), birth_date


@dataclass
class Register:
    """Who holds each РД and member number in one association, read once, so that checking many members
    (an import) costs no query per member. The rules stay in `check`; only where it looks differs."""

    association_id: str | None
    by_regnum: dict[str, Member] = field(default_factory=dict)
    by_member_no: dict[int, Member] = field(default_factory=dict)
    by_name_and_birth: dict[tuple[str, str, str], Member] = field(default_factory=dict)
    _next_no: int | None = field(default=None, repr=False)

    @classmethod
    def load(cls, conn: sqlite3.Connection, association_id: str | None = None) -> Register:
        association_id = association_id or association.current_id(conn)
        found = cls(association_id)
        for m in all_members(conn, association_id, include_archived=True):
            found.by_member_no[m.member_no] = m
            if m.regnum:
                found.by_regnum[m.regnum] = m
            if m.birth_date:
                found.by_name_and_birth[person_key(m.family_name, m.given_name, m.birth_date)] = m
        return found

    def next_member_no(self) -> int:
        """The number after the highest in the register (as read; counted once: an import asks per row)."""
        if self._next_no is None:
            self._next_no = max(self.by_member_no, default=0) + 1
        return self._next_no


def check(conn: sqlite3.Connection, member: Member, *, today: dt.date | None = None,
          register: Register | None = None, changes: Mapping[str, object] | None = None) -> Check:
    """Validate a member (with the field values in `changes`, when given) against the register's rules;
    returns the normalised member and its problems; `member` itself is not changed. With a `register`
    (loaded once for many members) the РД and member number are looked up there."""
    today = today or dt.date.today()
    m = _normalised(member, changes)
    if not m.association_id:
        m.association_id = register.association_id if register else association.current_id(conn)
    c = Check(m)
    _check_names(c)
    _check_regnum(conn, c, register)  # first: a valid РД fills an empty birth date, which is then checked
    _check_dates(c, today)
    _check_member_no(conn, c, register)
    _check_choices(c)
    _check_phones(c)
    return c


def _check_names(c: Check) -> None:
    if not c.member.family_name:
        c.errors["family_name"] = UserError(N_("Enter the family name (овог)."))
    if not c.member.given_name:
        c.errors["given_name"] = UserError(N_("Enter the given name (нэр)."))


_DATE_LABELS = {
    "birth_date": N_("The birth date"),
    "joined_on": N_("The date joined"),
    "left_on": N_("The date left"),
}


@lru_cache(maxsize=65536)  # an import meets the same few thousand dates on 100,000 rows
def _date_verdict(value: str, today: dt.date) -> tuple[dt.date | None, str | None]:
    """The date in `value` (None when empty) and what is wrong with it: not a date, or after `today`."""
    try:
        day = _parse_date(value)
    except ValueError:
        return None, N_("{label} is not a valid date (use YYYY-MM-DD).")
    return day, N_("{label} is in the future.") if day and day > today else None


def _check_dates(c: Check, today: dt.date) -> None:
    m = c.member
    parsed: dict[str, dt.date | None] = {}
    for name, label in _DATE_LABELS.items():
        parsed[name], problem = _date_verdict(getattr(m, name), today)
        if problem:
            c.errors[name] = UserError(problem, label=label)
    born, joined, left = parsed["birth_date"], parsed["joined_on"], parsed["left_on"]
    if born and "birth_date" not in c.errors and (today.year - born.year) < 16:
        c.warn("birth_date", UserError(N_("This member is younger than 16.")))
    if joined and left and left < joined:
        c.errors["left_on"] = UserError(N_("The date left is before the date joined."))
    if m.status in ("left", "deceased") and not m.left_on and "left_on" not in c.errors:
        c.errors["left_on"] = UserError(N_("Enter the date the member left (or died)."))
    if m.status in ("active", "suspended") and m.left_on and "left_on" not in c.errors:
        c.errors["status"] = UserError(N_("A date left is entered, so the status cannot be active or suspended."))


def _check_regnum(conn: sqlite3.Connection, c: Check, register: Register | None) -> None:
    m = c.member
    if not m.regnum:
        return
    try:
        born = _parse_date(m.birth_date)
    except ValueError:
        born = None
    result = regnum.check(m.regnum, birth_date=born, sex=m.sex or None)
    if not result.ok:
        c.errors["regnum"] = result.errors[0]
        return
    m.regnum = result.value or m.regnum
    for w in result.warnings:
        c.warn("regnum", w)
    # A valid РД fills what was left empty.
    if not m.sex:
        m.sex = result.sex or ""
    if not m.birth_date and result.birth_date:
        m.birth_date = result.birth_date.isoformat()
    other = _other_holder(conn, register, m, "regnum", m.regnum)
    if other:
        c.errors["regnum"] = UserError(
            N_("The registration number {regnum} is already that of member no. {no}, {name}."),
            regnum=m.regnum, no=other[2], name=f"{other[0]} {other[1]}",
        )


def _other_holder(conn: sqlite3.Connection, register: Register | None, m: Member, column: str,
                  value: object) -> tuple[str, str, int] | None:
    """(family name, given name, member no.) of another member holding this РД or member number: looked
    up in a register loaded for many members (an import), else in the database."""
    if register is not None:
        holder = (register.by_regnum if column == "regnum" else register.by_member_no).get(value)  # type: ignore[call-overload]
        return (holder.family_name, holder.given_name, holder.member_no) if holder and holder.id != m.id else None
    assert column in ("regnum", "member_no")  # a column name from code, never from user text
    return conn.execute(
        f"SELECT family_name, given_name, member_no FROM member WHERE association_id IS ? AND {column} = ? "
        "AND id IS NOT ?",
        (m.association_id, value, m.id),
    ).fetchone()


def _check_member_no(conn: sqlite3.Connection, c: Check, register: Register | None) -> None:
    m = c.member
    if m.member_no is None or m.member_no == "":
        m.member_no = register.next_member_no() if register else next_member_no(conn, m.association_id)
        return
    try:
        m.member_no = int(m.member_no)
    except (TypeError, ValueError):
        c.errors["member_no"] = UserError(N_("The member number must be a whole number."))
        return
    if m.member_no <= 0:
        c.errors["member_no"] = UserError(N_("The member number must be 1 or more."))
        return
    other = _other_holder(conn, register, m, "member_no", m.member_no)
    if other:
        c.errors["member_no"] = UserError(
            N_("Member number {no} is already used by {name}."), no=m.member_no, name=f"{other[0]} {other[1]}"
        )


def _check_choices(c: Check) -> None:
    m = c.member
    if m.sex not in SEXES:
        c.errors["sex"] = UserError(N_("Choose the member's sex."))
    if m.work_kind not in WORK_KINDS:
        c.errors["work_kind"] = UserError(N_("Choose the kind of mining work."))
    if m.role not in ROLES:
        c.errors["role"] = UserError(N_("Choose the member's role in the association."))
    if m.status not in STATUSES:
        c.errors["status"] = UserError(N_("Choose the member's status."))
    try:
        m.dependants = int(m.dependants or 0)
        if not 0 <= m.dependants <= MAX_DEPENDANTS:
            raise ValueError
    except (TypeError, ValueError):
        c.errors["dependants"] = UserError(
            N_("The number of dependants must be a whole number from 0 to {max}."), max=MAX_DEPENDANTS
        )
    if m.aimag_code and not reference.unit(m.aimag_code):
        c.errors["aimag_code"] = UserError(N_("Choose the aimag from the list."))
    soum = reference.unit(m.soum_code)
    if m.soum_code and (soum is None or soum.parent != m.aimag_code):
        c.errors["soum_code"] = UserError(N_("Choose a soum of the chosen aimag."))


def _check_phones(c: Check) -> None:
    bad = [p for p in split_phones(c.member.phones) if not PHONE.match(p)]
    if bad:
        c.errors["phones"] = UserError(
            N_("A phone number has 8 digits (optionally after +976); “{value}” does not."), value=bad[0]
        )


def row_values(m: Member) -> dict[str, object]:
    """The member as table columns (booleans as 0/1, empty strings kept)."""
    values = dict(zip(FIELDS, row_tuple(m), strict=True))
    for name in _BOOL_FIELDS:
        values[name] = int(bool(values[name]))
    return values


def row_tuple(m: Member) -> tuple:
    """The values of `row_values` in the order of FIELDS, for many members at once (`Tx.insert_rows`): a
    checked member's flags are booleans, which SQLite and the change log keep as 1 and 0."""
    return _get_fields(m)


@lru_cache(maxsize=65536)  # family and given names repeat from member to member
def _name_key(family_name: str, given_name: str) -> str:
    return sort_key(f"{family_name}\x01{given_name}")


DERIVED = ("name_key", "search_text")


def derived_columns(m: Member) -> dict[str, str]:
    """Columns computed from the record for sorting and search; recomputed on every write, never synced."""
    return dict(zip(DERIVED, derived_tuple(m), strict=True))


def derived_tuple(m: Member) -> tuple[str, str]:
    """The values of `derived_columns`, in the order of DERIVED."""
    phones = split_phones(m.phones)
    words = [str(m.member_no), f"{m.member_no:04d}" if isinstance(m.member_no, int) else "",
             m.family_name, m.given_name, m.regnum, *phones]
    return _name_key(m.family_name, m.given_name), fold(" ".join([w for w in words if w]))


def save(conn: sqlite3.Connection, actor: writes.Actor, member: Member, *, today: dt.date | None = None) -> Check:
    """Add or update a member. Raises ValidationError when there is an error; returns the check (with its
    warnings and the saved, normalised member whose `id` is set)."""
    c = check(conn, member, today=today)
    if c.errors:
        raise ValidationError(c.errors)
    m = c.member
    if m.association_id is None:
        raise ValidationError({"association": UserError(N_("Enter the association's profile first."))})
    with writes.transaction(conn, actor, "members.write") as tx:
        if m.id is None:
            m.id = tx.insert("member", row_values(m), derived=derived_columns(m))
        else:
            tx.update("member", m.id, row_values(m), derived=derived_columns(m))
    member.id, member.member_no = m.id, m.member_no  # the caller's record is the saved one from now on
    return c


def set_archived(conn: sqlite3.Connection, actor: writes.Actor, member_id: str, archived: bool = True) -> None:
    """Archive (or bring back) a member. Members are never deleted: their history stays."""
    with writes.transaction(conn, actor, "members.write") as tx:
        tx.update("member", member_id, {"archived": int(archived)}, op="archive" if archived else "unarchive")


def get(conn: sqlite3.Connection, member_id: str) -> Member:
    cols = ", ".join(FIELDS)
    row = conn.execute(f"SELECT {cols}, id FROM member WHERE id = ?", (member_id,)).fetchone()
    if row is None:
        raise KeyError(member_id)
    return _from_row(row)


def _from_row(row: Sequence[object]) -> Member:
    values = dict(zip([*FIELDS, "id"], row, strict=True))
    for name in FIELDS:
        if values[name] is None and name not in ("member_no", "association_id"):
            values[name] = 0 if name in (*_BOOL_FIELDS, "dependants") else ""
    for name in _BOOL_FIELDS:
        values[name] = bool(values[name])
    return Member(**values)


def read_member(conn: sqlite3.Connection, actor: writes.Actor, member_id: str) -> Member:
    """A member as `actor` may see them (the РД masked for a viewer): what the window shows."""
    access.require(actor, "members.read")
    m = get(conn, member_id)
    if not access.can(actor.role, "members.regnum"):
        m.regnum = access.mask_regnum(m.regnum)
    return m


def find_by_regnum(conn: sqlite3.Connection, association_id: str | None, value: str) -> Member | None:
    cols = ", ".join(FIELDS)
    row = conn.execute(
        f"SELECT {cols}, id FROM member WHERE association_id IS ? AND regnum = ?", (association_id, value)
    ).fetchone()
    return _from_row(row) if row else None


def next_member_no(conn: sqlite3.Connection, association_id: str | None) -> int:
    row = conn.execute("SELECT max(member_no) FROM member WHERE association_id IS ?", (association_id,)).fetchone()
    return (row[0] or 0) + 1


def all_members(conn: sqlite3.Connection, association_id: str | None = None, *,
                include_archived: bool = False) -> list[Member]:
    """Every member of the association in Mongolian alphabetical order (for exports and reports)."""
    association_id = association_id or association.current_id(conn)
    cols = ", ".join(FIELDS)
    sql = f"SELECT {cols}, id FROM member WHERE association_id IS ?"
    if not include_archived:
        sql += " AND archived = 0"
    return [_from_row(r) for r in conn.execute(sql + " ORDER BY name_key, member_no", (association_id,))]
