"""Obligation types (what a member owes, to which authority, how often), their rates with the month each
came into force, and the minimum wage: data the user edits, never constants in code.

A rate version is the set of rows of one obligation sharing `effective_from`; each row is one part (the
pension, benefit and industrial-accident parts of voluntary social insurance; "" for an obligation in one
piece) with its basis:
- `fixed`: an amount for the whole period;
- `income_percent`: a percentage of the member's declared monthly income (`floor_min_wage`: of at least the
  minimum wage);
- `min_wage_percent`: a percentage of the minimum wage of the month;
- `entered`: nothing is computed; what the member pays is entered each time.
"""

from __future__ import annotations

import bisect
import re
import sqlite3
from dataclasses import dataclass

from asm_assoc.core import writes
from asm_assoc.core.errors import Label, Month, Names, UserError, ValidationError
from asm_assoc.core.i18n import N_
from asm_assoc.core.payments import months

WRITE = "payments.write"
FIXED, INCOME, MIN_WAGE, ENTERED = "fixed", "income_percent", "min_wage_percent", "entered"
BASES = {
    FIXED: N_("Fixed amount per period"),
    INCOME: N_("Percentage of declared income"),
    MIN_WAGE: N_("Percentage of the minimum wage"),
    ENTERED: N_("Amount entered each time"),
}
PARTS = {
    "": N_("Whole"),
    "pension": N_("Pension insurance"),
    "benefit": N_("Benefit insurance"),
    "accident": N_("Industrial accident and occupational disease insurance"),
}
MAX_PERCENT_BP = 100 * 100
MAX_AMOUNT = 1_000_000_000
_CODE = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class Authority:
    id: str
    code: str
    name_mn: str
    name_en: str
    keeps: bool

    def name(self, lang: str) -> str:
        return self.name_mn if lang == "mn" else self.name_en


@dataclass(frozen=True)
class RatePart:
    part: str
    basis: str
    percent_bp: int = 0
    amount: int = 0
    floor_min_wage: bool = False


@dataclass(frozen=True)
class RateVersion:
    effective_from: str
    parts: tuple[RatePart, ...]

    @property
    def entered(self) -> bool:
        return any(p.basis == ENTERED for p in self.parts)

    @property
    def needs_income(self) -> bool:
        return any(p.basis == INCOME for p in self.parts)


@dataclass(frozen=True)
class Obligation:
    id: str
    code: str
    name_mn: str
    name_en: str
    authority_id: str
    period: str
    sort_order: int = 0
    archived: bool = False

    def name(self, lang: str) -> str:
        return self.name_mn if lang == "mn" else self.name_en

    @property
    def names(self) -> Names:
        return Names(self.name_mn, self.name_en)


@dataclass
class Rates:
    """Everything the amounts due depend on, read once: obligations, their rate versions, the minimum wage."""

    authorities: dict[str, Authority]
    obligations: dict[str, Obligation]  # in the order they are shown
    versions: dict[str, list[RateVersion]]  # per obligation, oldest first
    minimum_wages: list[tuple[str, int]]  # (from month, amount), oldest first

    def version(self, obligation_id: str, month: str) -> RateVersion | None:
        found = self.versions.get(obligation_id, [])
        i = bisect.bisect_right([v.effective_from for v in found], month)
        return found[i - 1] if i else None

    def minimum_wage(self, month: str) -> int | None:
        i = bisect.bisect_right([m for m, _ in self.minimum_wages], month)
        return self.minimum_wages[i - 1][1] if i else None

    def authority_of(self, obligation_id: str) -> Authority:
        return self.authorities[self.obligations[obligation_id].authority_id]

    def by_code(self, code: str) -> Obligation:
        for o in self.obligations.values():
            if o.code == code:
                return o
        raise UserError(N_("There is no obligation “{code}”."), code=code)

    def parts(self, obligation_id: str) -> list[str]:
        """Every part any version of the obligation has, in the order of `PARTS` (the columns of a summary)."""
        seen = {p.part for v in self.versions.get(obligation_id, []) for p in v.parts}
        return [p for p in PARTS if p in seen] + sorted(seen - set(PARTS))


def load(conn: sqlite3.Connection, *, with_archived: bool = False) -> Rates:
    authorities = {r[0]: Authority(r[0], r[1], r[2], r[3], bool(r[4])) for r in conn.execute(
        "SELECT id, code, name_mn, name_en, keeps FROM payment_authority WHERE archived = 0 ORDER BY rowid")}
    obligations = {r[0]: Obligation(r[0], r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7])) for r in conn.execute(
        "SELECT id, code, name_mn, name_en, authority_id, period, sort_order, archived FROM payment_obligation "
        f"{'' if with_archived else 'WHERE archived = 0'} ORDER BY sort_order, name_en")}
    grouped: dict[tuple[str, str], list[RatePart]] = {}
    for ob, start, part, basis, bp, amount, floor in conn.execute(
            "SELECT obligation_id, effective_from, part, basis, percent_bp, amount, floor_min_wage FROM payment_rate "
            "WHERE archived = 0 ORDER BY obligation_id, effective_from, part"):
        grouped.setdefault((ob, start), []).append(RatePart(part, basis, bp, amount, bool(floor)))
    versions: dict[str, list[RateVersion]] = {}
    order = list(PARTS)
    for (ob, start), parts in sorted(grouped.items()):
        parts.sort(key=lambda p: (order.index(p.part) if p.part in PARTS else len(order), p.part))
        versions.setdefault(ob, []).append(RateVersion(start, tuple(parts)))
    wages = [(r[0], r[1]) for r in conn.execute(
        "SELECT effective_from, amount FROM minimum_wage WHERE archived = 0 ORDER BY effective_from")]
    return Rates(authorities, obligations, versions, wages)


def _check_names(name_mn: str, name_en: str) -> dict[str, UserError]:
    problems = {}
    for key, value in (("name_mn", name_mn), ("name_en", name_en)):
        if not value.strip():
            problems[key] = UserError(N_("Write the name in both languages."))
        elif len(value) > 120:
            problems[key] = UserError(N_("A name is at most 120 characters."))
    return problems


def _free_code(conn: sqlite3.Connection, table: str, name_en: str) -> str:
    """A code for a row the user adds, from its English name, not taken by another (seeds included)."""
    base = _CODE.sub("_", name_en.strip().lower()).strip("_")[:40] or "item"
    taken = {r[0] for r in conn.execute(f"SELECT code FROM {table}")}
    code, n = base, 1
    while code in taken:
        n += 1
        code = f"{base}_{n}"
    return code


def add_obligation(conn: sqlite3.Connection, actor: writes.Actor, *, name_mn: str, name_en: str,
                   authority_id: str, period: str, first_version: RateVersion) -> str:
    """A new kind of obligation (land fees, association dues) with its first rate."""
    writes.authorize(actor, WRITE)
    problems = _check_names(name_mn, name_en)
    if period not in months.PERIODS:
        problems["period"] = UserError(N_("Choose how often it is paid."))
    found = conn.execute("SELECT 1 FROM payment_authority WHERE id = ? AND archived = 0", (authority_id,)).fetchone()
    if found is None:
        problems["authority"] = UserError(N_("Choose the authority it is paid to."))
    try:
        check_version(first_version)
    except ValidationError as exc:
        problems.update(exc.problems)
    if problems:
        raise ValidationError(problems)
    code = _free_code(conn, "payment_obligation", name_en)
    order = conn.execute("SELECT coalesce(max(sort_order), 0) + 1 FROM payment_obligation").fetchone()[0]
    with writes.transaction(conn, actor, WRITE) as tx:
        ob_id = tx.insert("payment_obligation", {"code": code, "name_mn": name_mn.strip(), "name_en": name_en.strip(),
                                                 "authority_id": authority_id, "period": period, "sort_order": order})
        _insert_version(tx, ob_id, first_version)
    return ob_id


def rename_obligation(conn: sqlite3.Connection, actor: writes.Actor, obligation_id: str, *, name_mn: str,
                      name_en: str) -> None:
    problems = _check_names(name_mn, name_en)
    if problems:
        raise ValidationError(problems)
    with writes.transaction(conn, actor, WRITE) as tx:
        tx.update("payment_obligation", obligation_id, {"name_mn": name_mn.strip(), "name_en": name_en.strip()})


def set_obligation_archived(conn: sqlite3.Connection, actor: writes.Actor, obligation_id: str,
                            archived: bool) -> None:
    """An obligation no longer used is set aside: what was paid for it stays in the books and the reports."""
    with writes.transaction(conn, actor, WRITE) as tx:
        tx.update("payment_obligation", obligation_id, {"archived": int(archived)})


def check_version(version: RateVersion) -> None:
    problems: dict[str, UserError] = {}
    try:
        months.parse(version.effective_from)
    except UserError as exc:
        problems["effective_from"] = exc
    if not version.parts:
        problems["parts"] = UserError(N_("A rate needs at least one part."))
    if len({p.part for p in version.parts}) != len(version.parts):
        problems["parts"] = UserError(N_("Each part may be given once."))
    for p in version.parts:
        if p.basis not in BASES:
            problems["basis"] = UserError(N_("Choose how the amount is worked out."))
        elif p.basis in (INCOME, MIN_WAGE) and not 0 < p.percent_bp <= MAX_PERCENT_BP:
            problems["percent"] = UserError(N_("A percentage is more than 0 and at most 100."))
        elif p.basis == FIXED and not 0 < p.amount <= MAX_AMOUNT:
            problems["amount"] = UserError(N_("Give the amount in whole tögrög, more than 0."))
    if version.entered and len(version.parts) > 1:
        problems["basis"] = UserError(N_("An amount entered each time cannot be split into parts."))
    if problems:
        raise ValidationError(problems)


def _insert_version(tx: writes.Tx, obligation_id: str, version: RateVersion) -> None:
    start = months.parse(version.effective_from)
    tx.insert_many("payment_rate", [
        {"obligation_id": obligation_id, "effective_from": start, "part": p.part, "basis": p.basis,
         "percent_bp": p.percent_bp if p.basis in (INCOME, MIN_WAGE) else 0,
         "amount": p.amount if p.basis == FIXED else 0,
         "floor_min_wage": int(p.floor_min_wage and p.basis == INCOME)}
        for p in version.parts])


def set_version(conn: sqlite3.Connection, actor: writes.Actor, obligation_id: str, version: RateVersion) -> None:
    """The rate from a month on (a change in the law): replaces a version from the same month, if any (its
    rows are set aside, so the change log keeps what they said). Earlier months keep their rates."""
    writes.authorize(actor, WRITE)
    check_version(version)
    start = months.parse(version.effective_from)
    with writes.transaction(conn, actor, WRITE) as tx:
        for (row_id,) in conn.execute("SELECT id FROM payment_rate WHERE obligation_id = ? AND effective_from = ? "
                                      "AND archived = 0", (obligation_id, start)).fetchall():
            tx.update("payment_rate", row_id, {"archived": 1})
        _insert_version(tx, obligation_id, version)


def remove_version(conn: sqlite3.Connection, actor: writes.Actor, obligation_id: str, effective_from: str) -> None:
    """Set aside a version entered by mistake; the one before it applies again from that month."""
    effective_from = months.parse(effective_from)
    rows = conn.execute("SELECT id FROM payment_rate WHERE obligation_id = ? AND effective_from = ? AND archived = 0",
                        (obligation_id, effective_from)).fetchall()
    left = conn.execute("SELECT count(DISTINCT effective_from) FROM payment_rate WHERE obligation_id = ? "
                        "AND archived = 0", (obligation_id,)).fetchone()[0]
    if rows and left <= 1:
        raise UserError(N_("An obligation keeps at least one rate; set the obligation aside instead."))
    with writes.transaction(conn, actor, WRITE) as tx:
        for (row_id,) in rows:
            tx.update("payment_rate", row_id, {"archived": 1})


def set_minimum_wage(conn: sqlite3.Connection, actor: writes.Actor, effective_from: str, amount: int) -> None:
    """The minimum wage from a month on (replacing one from the same month)."""
    writes.authorize(actor, WRITE)
    problems = {}
    try:
        start = months.parse(effective_from)
    except UserError as exc:
        problems["effective_from"] = exc
    if not isinstance(amount, int) or not 0 < amount <= MAX_AMOUNT:
        problems["amount"] = UserError(N_("Give the amount in whole tögrög, more than 0."))
    if problems:
        raise ValidationError(problems)
    with writes.transaction(conn, actor, WRITE) as tx:
        old = conn.execute("SELECT id, amount FROM minimum_wage WHERE effective_from = ? AND archived = 0",
                           (start,)).fetchone()
        if old:
            tx.update("minimum_wage", old[0], {"amount": amount})
        else:
            tx.insert("minimum_wage", {"effective_from": start, "amount": amount})


def remove_minimum_wage(conn: sqlite3.Connection, actor: writes.Actor, effective_from: str) -> None:
    row = conn.execute("SELECT id FROM minimum_wage WHERE effective_from = ? AND archived = 0",
                       (effective_from,)).fetchone()
    if row is None:
        raise UserError(N_("There is no minimum wage from {month}."), month=Month(effective_from))
    with writes.transaction(conn, actor, WRITE) as tx:
        tx.update("minimum_wage", row[0], {"archived": 1})


def add_authority(conn: sqlite3.Connection, actor: writes.Actor, *, name_mn: str, name_en: str,
                  keeps: bool = False) -> str:
    problems = _check_names(name_mn, name_en)
    if problems:
        raise ValidationError(problems)
    code = _free_code(conn, "payment_authority", name_en)
    with writes.transaction(conn, actor, WRITE) as tx:
        return tx.insert("payment_authority", {"code": code, "name_mn": name_mn.strip(), "name_en": name_en.strip(),
                                               "keeps": int(keeps)})


def basis_label(basis: str) -> Label:
    return Label(BASES[basis])
