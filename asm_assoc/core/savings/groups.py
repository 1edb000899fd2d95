"""Savings groups, their members and officers, and their cycles (records, through the write path)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from asm_assoc.core import association, writes
from asm_assoc.core.collation import fold
from asm_assoc.core.errors import Label, Money, UserError, ValidationError
from asm_assoc.core.i18n import N_
from asm_assoc.core.savings import constitution as rules
from asm_assoc.core.savings.constitution import Constitution, FineKind

# The offices of a group and how many people may hold each.
OFFICES = {
    "chair": (N_("Chair"), 1),
    "cashier": (N_("Cashier"), 1),
    "record_keeper": (N_("Record keeper"), 1),
    "money_counter": (N_("Money counter"), 2),
    "key_holder": (N_("Key holder"), 3),
}
MAX_NAME = 80


@dataclass(frozen=True)
class Group:
    id: str
    name: str
    frequency: str
    archived: bool


@dataclass(frozen=True)
class GroupMember:
    member_id: str
    member_no: int
    name: str
    sex: str
    office: str
    joined_on: str
    left_on: str | None

    def belongs_on(self, day: dt.date | str) -> bool:
        """Whether they were in the group on that day (joined on or before it, not left before it)."""
        day = str(day)
        return self.joined_on <= day and (not self.left_on or self.left_on >= day)


@dataclass(frozen=True)
class Cycle:
    id: str
    group_id: str
    number: int
    started_on: str
    closed_on: str | None
    constitution: Constitution

    @property
    def is_open(self) -> bool:
        return self.closed_on is None


SAVINGS = "savings.write"
_CYCLE_COLUMNS = "id, group_id, number, started_on, closed_on, " + ", ".join(Constitution().as_row())


def _checked(name: str, frequency: str, c: Constitution | None = None, fines: list[FineKind] = ()) -> str:
    """The name tidied; raises ValidationError naming every field that is wrong."""
    name = " ".join(name.split())
    found: dict[str, UserError] = {**rules.problems(c), **rules.fine_problems(list(fines))} if c else {}
    if not name:
        found["name"] = UserError(N_("Enter the group's name."))
    elif len(name) > MAX_NAME:
        found["name"] = UserError(N_("A group's name can be at most {count} letters."), count=MAX_NAME)
    if frequency not in rules.FREQUENCIES:
        found["frequency"] = UserError(N_("Choose how often the group meets."))
    if found:
        raise ValidationError(found)
    return name


def create_group(conn: sqlite3.Connection, actor: writes.Actor, name: str, *, started_on: dt.date,
                 frequency: str = "weekly", constitution: Constitution | None = None,
                 fines: list[FineKind] | None = None) -> str:
    """A new group with its first cycle (starting `started_on`) and its constitution."""
    c = constitution or Constitution()
    fines = fines or []
    name = _checked(name, frequency, c, fines)
    association_id = association.current_id(conn)
    if association_id is None:
        raise UserError(N_("Enter the association's profile first."))
    if conn.execute("SELECT 1 FROM savings_group WHERE association_id = ? AND name = ? AND archived = 0",
                    (association_id, name)).fetchone():
        raise ValidationError({"name": UserError(N_("There is already a group called “{name}”."), name=name)})
    with writes.transaction(conn, actor, SAVINGS) as tx:
        group_id = tx.insert("savings_group", {"association_id": association_id, "name": name,
                                               "frequency": frequency, "archived": 0})
        cycle_id = tx.insert("savings_cycle", {"group_id": group_id, "number": 1,
                                               "started_on": started_on.isoformat(), **c.as_row()})
        add_fines(tx, cycle_id, fines)
    return group_id


def add_fines(tx: writes.Tx, cycle_id: str, fines: list[FineKind]) -> None:
    for kind in fines:
        tx.insert("savings_fine_kind", {"cycle_id": cycle_id, "name": kind.name.strip(), "amount": kind.amount,
                                        "archived": 0})


def update_group(conn: sqlite3.Connection, actor: writes.Actor, group_id: str, *, name: str,
                 frequency: str) -> None:
    name = _checked(name, frequency)
    with writes.transaction(conn, actor, SAVINGS) as tx:
        tx.update("savings_group", group_id, {"name": name, "frequency": frequency})


def set_constitution(conn: sqlite3.Connection, actor: writes.Actor, cycle_id: str, c: Constitution,
                     fines: list[FineKind]) -> None:
    """Change a cycle's rules. Only before any money moved in it: members bought shares at the price and
    borrowed on the terms it had. Fines keep their ids (entries point to them); removed ones are archived."""
    found = {**rules.problems(c), **rules.fine_problems(fines)}
    if found:
        raise ValidationError(found)
    with writes.transaction(conn, actor, SAVINGS) as tx:
        cycle = get_cycle(conn, cycle_id)
        if not cycle.is_open:
            raise UserError(N_("This cycle is closed; its rules cannot change."))
        if rules_fixed(conn, cycle_id) and c != cycle.constitution:
            raise UserError(N_("Money has already been entered in this cycle, so its rules are fixed until the "
                               "share-out. Only the fines catalogue can still change."))
        tx.update("savings_cycle", cycle_id, c.as_row())
        kept = {k.id for k in fines if k.id}
        if kept - {k.id for k in fine_kinds(conn, cycle_id, include_archived=True)}:
            raise ValueError("a fine of another cycle")
        for old in fine_kinds(conn, cycle_id):
            if old.id not in kept:
                tx.update("savings_fine_kind", old.id, {"archived": 1})
        for kind in fines:
            if kind.id:
                tx.update("savings_fine_kind", kind.id, {"name": kind.name.strip(), "amount": kind.amount})
        add_fines(tx, cycle_id, [k for k in fines if not k.id])


def save_group(conn: sqlite3.Connection, actor: writes.Actor, group_id: str | None, *, name: str, frequency: str,
               started_on: dt.date, constitution: Constitution, fines: list[FineKind],
               offices: dict[str, str], on: dt.date) -> str:
    """The group dialog's Save, in one transaction: the group (new, or renamed), its open cycle's rules and
    fines, and who is in it with which office (`offices`: member id -> office, "" for none). Members left
    out leave the group on `on`; new ones join on it (or on the cycle's start, for a new group)."""
    counts: dict[str, int] = {}
    for office in offices.values():
        if office:
            if office not in OFFICES:
                raise UserError(N_("Choose an office from the list."))
            counts[office] = counts.get(office, 0) + 1
    for office, count in counts.items():
        label, most = OFFICES[office]
        if count > most:
            raise UserError(N_("A group has at most {count} {office}."), count=most, office=Label(label))
    with writes.transaction(conn, actor, SAVINGS):
        if group_id is None:
            group_id = create_group(conn, actor, name, started_on=started_on, frequency=frequency,
                                    constitution=constitution, fines=fines)
            on = started_on
        else:
            update_group(conn, actor, group_id, name=name, frequency=frequency)
            set_constitution(conn, actor, current_cycle(conn, group_id).id, constitution, fines)
        now = {m.member_id: m for m in members_of(conn, group_id, include_left=True) if not m.left_on}
        for member_id in now.keys() - offices.keys():
            remove_member(conn, actor, group_id, member_id, left_on=on)
        for member_id, member in now.items():  # free offices first, so that two people can swap them
            if member_id in offices and member.office and offices[member_id] != member.office:
                set_office(conn, actor, group_id, member_id, "")
        for member_id, office in offices.items():
            if member_id not in now:
                add_member(conn, actor, group_id, member_id, joined_on=on, office=office)
            elif office != now[member_id].office:
                set_office(conn, actor, group_id, member_id, office)
    return group_id


def rules_fixed(conn: sqlite3.Connection, cycle_id: str) -> bool:
    """Whether money moved in the cycle under its rules (what a share-out carried into it does not count)."""
    from asm_assoc.core.savings import ledger  # here: ledger reads groups, so groups cannot import it first

    marks = ", ".join("?" * len(ledger.CARRIED))
    return conn.execute(f"SELECT 1 FROM savings_entry WHERE cycle_id = ? AND kind NOT IN ({marks}) LIMIT 1",
                        (cycle_id, *ledger.CARRIED)).fetchone() is not None


def add_member(conn: sqlite3.Connection, actor: writes.Actor, group_id: str, member_id: str, *,
               joined_on: dt.date, office: str = "") -> None:
    """Put a member of the association into the group (again, if they had left it)."""
    with writes.transaction(conn, actor, SAVINGS) as tx:
        person = conn.execute("SELECT given_name, archived FROM member WHERE id = ?", (member_id,)).fetchone()
        if person is None or person[1]:
            raise UserError(N_("Only current members of the association can join a group."))
        existing = conn.execute("SELECT id, left_on FROM savings_group_member WHERE group_id = ? AND member_id = ?",
                                (group_id, member_id)).fetchone()
        if existing and not existing[1]:
            raise UserError(N_("{name} is already in this group."), name=person[0])
        _check_office(conn, group_id, member_id, office)
        if existing:
            tx.update("savings_group_member", existing[0], {"left_on": None, "joined_on": joined_on.isoformat(),
                                                            "office": office})
        else:
            tx.insert("savings_group_member", {"group_id": group_id, "member_id": member_id, "office": office,
                                               "joined_on": joined_on.isoformat()})


def _check_office(conn: sqlite3.Connection, group_id: str, member_id: str, office: str) -> None:
    if not office:
        return
    if office not in OFFICES:
        raise UserError(N_("Choose an office from the list."))
    label, most = OFFICES[office]
    holders = conn.execute(
        "SELECT count(*) FROM savings_group_member WHERE group_id = ? AND office = ? AND member_id <> ? "
        "AND left_on IS NULL", (group_id, office, member_id)).fetchone()[0]
    if holders >= most:
        raise UserError(N_("The group already has {count} {office}: free that office first."), count=most,
                        office=Label(label))


def set_office(conn: sqlite3.Connection, actor: writes.Actor, group_id: str, member_id: str, office: str) -> None:
    row_id = _membership_id(conn, group_id, member_id)
    with writes.transaction(conn, actor, SAVINGS) as tx:
        _check_office(conn, group_id, member_id, office)
        tx.update("savings_group_member", row_id, {"office": office})


def remove_member(conn: sqlite3.Connection, actor: writes.Actor, group_id: str, member_id: str, *,
                  left_on: dt.date) -> None:
    """A member leaves the group: their entries stay; they are no longer expected at meetings."""
    row_id = _membership_id(conn, group_id, member_id)
    with writes.transaction(conn, actor, SAVINGS) as tx:
        cycle = current_cycle(conn, group_id)
        from asm_assoc.core.savings import ledger  # here: ledger reads groups, so groups cannot import it first

        owed = sum(loan.principal_owed for loan in ledger.loans(conn, cycle.id, member_id=member_id))
        if owed > 0:
            name = conn.execute("SELECT given_name FROM member WHERE id = ?", (member_id,)).fetchone()[0]
            raise UserError(N_("{name} still owes {amount} on a loan: record the repayment before they leave "
                               "the group."), name=name, amount=Money(owed))
        tx.update("savings_group_member", row_id, {"left_on": left_on.isoformat(), "office": ""})


def _membership_id(conn: sqlite3.Connection, group_id: str, member_id: str) -> str:
    row = conn.execute("SELECT id FROM savings_group_member WHERE group_id = ? AND member_id = ?",
                       (group_id, member_id)).fetchone()
    if row is None:
        raise UserError(N_("That member is not in this group."))
    return row[0]


def groups(conn: sqlite3.Connection, *, include_archived: bool = False) -> list[Group]:
    sql = "SELECT id, name, frequency, archived FROM savings_group WHERE association_id = ?"
    if not include_archived:
        sql += " AND archived = 0"
    rows = conn.execute(sql + " ORDER BY name COLLATE MN", (association.current_id(conn),))
    return [Group(r[0], r[1], r[2], bool(r[3])) for r in rows]


def find_group(conn: sqlite3.Connection, name: str | None) -> Group:
    """The group called `name` (any case); without a name, the association's only group."""
    found = groups(conn)
    if name:
        key = fold(" ".join(name.split()))
        found = [g for g in found if fold(g.name) == key]
    if len(found) == 1:
        return found[0]
    names = ", ".join(g.name for g in groups(conn)) or "–"
    if not name:
        raise UserError(N_("Name the savings group (one of: {names})."), names=names)
    raise UserError(N_("There is no savings group called “{name}”. The groups are: {names}."), name=name,
                    names=names)


def find_cycle(conn: sqlite3.Connection, group_id: str, number: int | None) -> Cycle:
    """The group's cycle by number; without one, the open cycle."""
    if number is None:
        return current_cycle(conn, group_id)
    for cycle in cycles(conn, group_id):
        if cycle.number == number:
            return cycle
    raise UserError(N_("The group has no cycle {number}."), number=number)


def get_group(conn: sqlite3.Connection, group_id: str) -> Group:
    row = conn.execute("SELECT id, name, frequency, archived FROM savings_group WHERE id = ?",
                       (group_id,)).fetchone()
    if row is None:
        raise UserError(N_("That savings group does not exist."))
    return Group(row[0], row[1], row[2], bool(row[3]))


def members_of(conn: sqlite3.Connection, group_id: str, *, on: dt.date | None = None,
               include_left: bool = False) -> list[GroupMember]:
    """The group's members in Mongolian alphabetical order: those in it on the day `on` (today if not
    given), or everyone who ever was with `include_left`."""
    rows = conn.execute(
        "SELECT m.id, m.member_no, trim(coalesce(m.family_name, '') || ' ' || m.given_name), coalesce(m.sex, ''),"
        " g.office, g.joined_on, g.left_on FROM savings_group_member g JOIN member m ON m.id = g.member_id "
        "WHERE g.group_id = ? ORDER BY m.name_key, m.member_no", (group_id,))
    found = [GroupMember(*r) for r in rows]
    if include_left:
        return found
    day = on or dt.date.today()
    return [m for m in found if m.belongs_on(day)]


def officers(conn: sqlite3.Connection, group_id: str) -> list[GroupMember]:
    return [m for m in members_of(conn, group_id, include_left=True) if m.office and not m.left_on]


def cycles(conn: sqlite3.Connection, group_id: str) -> list[Cycle]:
    rows = conn.execute(f"SELECT {_CYCLE_COLUMNS} FROM savings_cycle WHERE group_id = ? ORDER BY number",
                        (group_id,))
    return [_cycle(r) for r in rows]


def _cycle(row: sqlite3.Row | tuple) -> Cycle:
    names = _CYCLE_COLUMNS.split(", ")
    values = dict(zip(names, row, strict=True))
    return Cycle(values["id"], values["group_id"], values["number"], values["started_on"], values["closed_on"],
                 Constitution.from_row(values))


def get_cycle(conn: sqlite3.Connection, cycle_id: str) -> Cycle:
    row = conn.execute(f"SELECT {_CYCLE_COLUMNS} FROM savings_cycle WHERE id = ?", (cycle_id,)).fetchone()
    if row is None:
        raise UserError(N_("That savings cycle does not exist."))
    return _cycle(row)


def current_cycle(conn: sqlite3.Connection, group_id: str) -> Cycle:
    """The group's open cycle (the last one: a cycle is closed only by opening the next)."""
    found = cycles(conn, group_id)
    if not found:
        raise UserError(N_("That savings group does not exist."))
    return found[-1]


def fine_kinds(conn: sqlite3.Connection, cycle_id: str, *, include_archived: bool = False) -> list[FineKind]:
    sql = "SELECT name, amount, id FROM savings_fine_kind WHERE cycle_id = ?"
    if not include_archived:
        sql += " AND archived = 0"
    return [FineKind(*r) for r in conn.execute(sql + " ORDER BY name COLLATE MN", (cycle_id,))]
