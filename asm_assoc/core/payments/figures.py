"""The figures of the payment printouts, as pure functions over the database: a member's statement, the
arrears list, the summary for an authority (per member, per obligation and part), and the association's
yearly contribution by sex. Each figure is a sum of entries (`payment_allocation`, `payment_remittance_item`)
or of amounts due (`dues`), so it can be traced to the rows that make it."""

from __future__ import annotations

import datetime as dt
import gc
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from asm_assoc.core import collation
from asm_assoc.core.payments import collections, dues, enrolments, ledger, months, people
from asm_assoc.core.payments.obligations import Rates, RateVersion
from asm_assoc.core.progress import Progress

# --- a member's statement ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class StatementRow:
    obligation_id: str
    period: str
    due: int | None  # None: an amount entered each time
    paid: int

    @property
    def balance(self) -> int:
        """Still owed (positive) or paid ahead of what is owed (negative)."""
        return (self.due or 0) - self.paid if self.due is not None else 0


@dataclass
class Statement:
    person: people.Person
    first: str
    last: str
    rows: list[StatementRow]
    receipts: list[collections.Collection]

    @property
    def due(self) -> int:
        return sum(r.due or 0 for r in self.rows) + sum(r.paid for r in self.rows if r.due is None)

    @property
    def paid(self) -> int:
        return sum(r.paid for r in self.rows)

    @property
    def owed(self) -> int:
        return sum(max(r.balance, 0) for r in self.rows)

    @property
    def ahead(self) -> int:
        return sum(max(-r.balance, 0) for r in self.rows)


def statement(conn: sqlite3.Connection, rates: Rates, member_id: str, first: str, last: str) -> Statement:
    """Everything due and paid for the periods from `first` to `last`, and the receipts of those months."""
    person = people.get(conn, member_id)
    if person is None:
        raise ValueError(f"no member {member_id}")
    paid = ledger.collected(conn, member_id=member_id)
    rows: dict[tuple[str, str], StatementRow] = {}
    for (_, obligation_id), history in enrolments.histories(conn, member_id).items():
        if obligation_id not in rates.obligations:
            continue
        for due in dues.dues(rates, history, obligation_id, first, last, person.months):
            amount = None if due.entered else due.amount
            rows[(obligation_id, due.period)] = StatementRow(obligation_id, due.period, amount,
                                                             paid.get((member_id, obligation_id, due.period), 0))
    for (_, obligation_id, period), amount in paid.items():  # paid for a period no longer owed: shown, not lost
        if first <= period <= last and (obligation_id, period) not in rows and obligation_id in rates.obligations:
            rows[(obligation_id, period)] = StatementRow(obligation_id, period, 0, amount)
    order = list(rates.obligations)
    # The receipts that paid (or reversed) any of these periods, whenever they were paid: an advance paid in
    # December for January is listed with January's payment.
    touching = {r[0] for r in conn.execute(
        "SELECT DISTINCT collection_id FROM payment_allocation WHERE member_id = ? AND period BETWEEN ? AND ?",
        (member_id, first, last))}
    receipts = [collections.get(conn, c) for c in touching]
    return Statement(person, first, last, sorted(rows.values(), key=lambda r: (order.index(r.obligation_id), r.period)),
                     sorted(receipts, key=lambda c: (c.paid_on, c.year, c.number or 0)))


# --- arrears -------------------------------------------------------------------------------------------------

@dataclass
class Arrears:
    person: people.Person
    periods: dict[str, list[tuple[str, int]]] = field(default_factory=dict)  # obligation -> [(period, open)]

    @property
    def amount(self) -> int:
        return sum(a for items in self.periods.values() for _, a in items)

    @property
    def period_count(self) -> int:
        return sum(len(items) for items in self.periods.values())

    def owed(self, obligation_id: str) -> int:
        return sum(a for _, a in self.periods.get(obligation_id, []))


SORTS = ("name", "number", "amount", "periods")


def arrears(conn: sqlite3.Connection, rates: Rates, association_id: str, on: dt.date, *, sort: str = "name",
            progress: Progress | None = None) -> list[Arrears]:
    """Who owes what for periods that ended before the month of `on` (the current period is not yet late)."""
    through = months.add(months.month_of(on), -1)
    members = people.of_association(conn, association_id)
    paid = ledger.collected(conn, last=through, paid_by=on.isoformat())  # as the books stood that day
    found: dict[str, Arrears] = {}
    histories = enrolments.histories(conn)
    for n, ((member_id, obligation_id), history) in enumerate(histories.items()):
        person = members.get(member_id)
        if person is None or person.archived or obligation_id not in rates.obligations:
            continue
        period = rates.obligations[obligation_id].period
        for due in dues.dues(rates, history, obligation_id, history.first_month or through, through,
                             person.months):
            if due.entered or months.period_end(due.period, period) > through:
                continue
            still = due.amount - paid.get((member_id, obligation_id, due.period), 0)
            if still > 0:
                found.setdefault(member_id, Arrears(person)).periods.setdefault(obligation_id, []).append(
                    (due.period, still))
        if progress is not None and n % 200 == 0:
            progress(n, len(histories))
    return sort_arrears(list(found.values()), sort)


def sort_arrears(rows: list[Arrears], sort: str) -> list[Arrears]:
    keys = {
        "name": lambda a: (collation.sort_key(a.person.name), a.person.member_no),
        "number": lambda a: a.person.member_no,
        "amount": lambda a: (-a.amount, a.person.member_no),
        "periods": lambda a: (-a.period_count, -a.amount, a.person.member_no),
    }
    if sort not in keys:
        raise ValueError(f"unknown sort {sort!r}")
    return sorted(rows, key=keys[sort])


# --- the summary for an authority ----------------------------------------------------------------------------

class Column(NamedTuple):  # a tuple: summed into 100,000 rows, so its hash must be cheap
    obligation_id: str
    part: str  # "" for an obligation in one piece


@dataclass
class SummaryRow:
    person: people.Person
    amounts: dict[Column, int]

    @property
    def total(self) -> int:
        return sum(self.amounts.values())


@dataclass
class Summary:
    authority_id: str
    first: str
    last: str
    columns: list[Column]
    rows: list[SummaryRow]
    remitted: int  # passed on to the authority for these periods
    collected: int

    @property
    def held(self) -> int:
        return self.collected - self.remitted

    def column_total(self, column: Column) -> int:
        return sum(r.amounts.get(column, 0) for r in self.rows)


def _weights(rates: Rates, version: RateVersion) -> list[tuple[str, int]]:
    """How a payment under this rate version divides among its parts: in proportion to what each part owes at
    the minimum wage (every basis gives a figure there, so mixed bases divide too). Whole numbers: the
    percentages are hundredths, so wage × percent_bp is exact."""
    wage = rates.minimum_wage(version.effective_from) or 1
    return [(p.part, p.amount * 10_000 if p.basis == "fixed" else wage * p.percent_bp) for p in version.parts]


def split(amount: int, weights: list[tuple[str, int]]) -> dict[str, int]:
    """Divide whole tögrög among parts in proportion to whole-number weights, the tögrög left over going to
    the largest remainders (ties to the earlier part), so the parts add up to the amount exactly (a reversal,
    negative, divides as its original did)."""
    return dict(zip([p for p, _ in weights], _split(amount, tuple(w for _, w in weights)), strict=True))


@lru_cache(maxsize=4096)  # members paying the same amount under the same rate are most of a summary
def _split(amount: int, weights: tuple[int, ...]) -> tuple[int, ...]:
    if amount < 0:
        return tuple(-v for v in _split(-amount, weights))
    total = sum(weights)
    if not total:
        weights, total = (1,) * len(weights), len(weights)
    shares, remainders = [], []
    for index, w in enumerate(weights):
        share, rest = divmod(amount * w, total)
        shares.append(share)
        remainders.append((-rest, index))
    for _, index in sorted(remainders)[:amount - sum(shares)]:
        shares[index] += 1
    return tuple(shares)


def _runs(rates: Rates, obligation_id: str, first: str, last: str) -> list[tuple[str, str, RateVersion | None]]:
    """The months `first`..`last` cut where a rate version begins: (from, to, version in force or None)."""
    versions = rates.versions.get(obligation_id, [])
    cuts = [v.effective_from for v in versions if first < v.effective_from <= last]
    runs, start = [], first
    for cut in [*cuts, months.add(last, 1)]:
        runs.append((start, months.add(cut, -1), rates.version(obligation_id, start)))
        start = cut
    return runs


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Building a row per member makes hundreds of thousands of containers and no cycles: the cyclic garbage
    collector, run again and again while they are made, would take a third of the time for nothing."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def summary(conn: sqlite3.Connection, rates: Rates, association_id: str, authority_id: str, first: str, last: str,
            progress: Progress | None = None) -> Summary:
    """What each member paid to the authority's obligations for the periods from `first` to `last`, divided
    into the parts of the rate in force in each period."""
    with _collector_paused():
        return _summary(conn, rates, association_id, authority_id, first, last, progress)


def _summary(conn: sqlite3.Connection, rates: Rates, association_id: str, authority_id: str, first: str, last: str,
             progress: Progress | None) -> Summary:
    members = people.of_association(conn, association_id)
    own = [o for o in rates.obligations.values() if o.authority_id == authority_id]
    columns = [Column(o.id, part) for o in own for part in (rates.parts(o.id) or [""])]
    amounts: dict[str, list[int]] = defaultdict(lambda: [0] * len(columns))
    collected = 0
    for step, obligation in enumerate(own):
        known = {c.part: i for i, c in enumerate(columns) if c.obligation_id == obligation.id}
        whole = known.get("", min(known.values()))  # paid where no rate was in force: the first part
        for run_first, run_last, version in _runs(rates, obligation.id, first, last):
            weights = _weights(rates, version) if version else [("", 1)]
            targets = [known.get(part, whole) for part, _ in weights]
            shape = tuple(w for _, w in weights)
            # One sum per member and run of months under one rate: the index (obligation, member, period)
            # answers it in member order, without sorting.
            for member_id, total in conn.execute(
                    "SELECT member_id, sum(amount) FROM payment_allocation WHERE obligation_id = ? "
                    "AND period BETWEEN ? AND ? GROUP BY member_id", (obligation.id, run_first, run_last)):
                if not total or member_id not in members:
                    continue
                collected += total
                row = amounts[member_id]
                for target, share in zip(targets, _split(total, shape), strict=True):
                    row[target] += share
        if progress is not None:
            progress(step + 1, len(own))
    own_ids = {o.id for o in own}
    remitted = sum(a for (m, o, _), a in ledger.remitted(conn, first=first, last=last).items()
                   if o in own_ids and m in members)
    rows = [SummaryRow(members[m], dict(zip(columns, a, strict=True))) for m, a in amounts.items() if any(a)]
    rows.sort(key=lambda r: r.person.member_no)
    return Summary(authority_id, first, last, columns, rows, remitted, collected)


# --- the association's contribution, by sex ------------------------------------------------------------------

@dataclass
class ContributionRow:
    obligation_id: str
    by_sex: dict[str, int]  # members.SEXES key ("F" | "M") or "" -> tögrög
    payers: dict[str, int]  # members who paid anything, by sex

    @property
    def total(self) -> int:
        return sum(self.by_sex.values())


def contribution(conn: sqlite3.Connection, rates: Rates, association_id: str, year: int) -> list[ContributionRow]:
    """Tax and insurance paid for members for the periods of `year`, per obligation, by sex."""
    first, last = f"{year:04d}-01", f"{year:04d}-12"
    rows = {o: ContributionRow(o, defaultdict(int), defaultdict(int)) for o in rates.obligations}
    for obligation_id, sex, total, payers in conn.execute(
            "SELECT a.obligation_id, coalesce(m.sex, ''), sum(a.total), sum(a.total > 0) FROM "
            "(SELECT member_id, obligation_id, sum(amount) AS total FROM payment_allocation "
            " WHERE period BETWEEN ? AND ? GROUP BY member_id, obligation_id) a "
            "JOIN member m ON m.id = a.member_id WHERE m.association_id = ? "
            "GROUP BY a.obligation_id, coalesce(m.sex, '')", (first, last, association_id)):
        if obligation_id in rows:
            rows[obligation_id].by_sex[sex] += total
            rows[obligation_id].payers[sex] += payers
    return [r for r in rows.values() if r.total]
