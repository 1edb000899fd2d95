"""Sums over the payment entries: what was collected (allocations of members' payments) and what was
remitted (items of remittances), per member, obligation and period. A reversal is an entry of the
opposite amount, so plain sums are right; what is held for an authority is collected minus remitted."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass

from asm_assoc.core.payments.obligations import Rates

Key = tuple[str, str, str]  # (member id, obligation id, period)


def _sums(conn: sqlite3.Connection, table: str, member_id: str | None, first: str | None,
          last: str | None, paid_by: str | None = None) -> dict[Key, int]:
    where, params = [], []
    if paid_by is not None:
        where.append("paid_on <= ?")
        params.append(paid_by)
    if member_id is not None:
        where.append("member_id = ?")
        params.append(member_id)
    if first is not None:
        where.append("period >= ?")
        params.append(first)
    if last is not None:
        where.append("period <= ?")
        params.append(last)
    sql = (f"SELECT member_id, obligation_id, period, sum(amount) FROM {table} "
           f"{'WHERE ' + ' AND '.join(where) if where else ''} GROUP BY member_id, obligation_id, period")
    return {(m, o, p): total for m, o, p, total in conn.execute(sql, params) if total}


def collected(conn: sqlite3.Connection, *, member_id: str | None = None, first: str | None = None,
              last: str | None = None, paid_by: str | None = None) -> dict[Key, int]:
    """`paid_by`: only what was paid (or reversed) on that day or before."""
    return _sums(conn, "payment_allocation", member_id, first, last, paid_by)


def remitted(conn: sqlite3.Connection, *, member_id: str | None = None, first: str | None = None,
             last: str | None = None) -> dict[Key, int]:
    return _sums(conn, "payment_remittance_item", member_id, first, last)


def held(conn: sqlite3.Connection, *, member_id: str | None = None, first: str | None = None,
         last: str | None = None, paid_by: str | None = None) -> dict[Key, int]:
    """Collected and not yet passed on, per member, obligation and period (never negative: the write path
    refuses a remittance of more than is held and the reversal of a payment already passed on). With
    `paid_by`, what could be passed on that day: collected by then, and still held now (a reversal made
    since takes its money back)."""
    scope = {"member_id": member_id, "first": first, "last": last}
    sent = remitted(conn, **scope)
    now = _less(collected(conn, **scope), sent)
    if paid_by is None:
        return now
    then = _less(collected(conn, paid_by=paid_by, **scope), sent)
    return {k: min(v, now[k]) for k, v in then.items() if v > 0 and now.get(k, 0) > 0}


def _less(amounts: dict[Key, int], taken: dict[Key, int]) -> dict[Key, int]:
    out = dict(amounts)
    for key, amount in taken.items():
        out[key] = out.get(key, 0) - amount
    return {k: v for k, v in out.items() if v}


@dataclass(frozen=True)
class Balance:
    """One authority's money: collected from members, passed on, and still held by the association."""

    authority_id: str
    collected: int
    remitted: int

    @property
    def held(self) -> int:
        return self.collected - self.remitted


def balances(conn: sqlite3.Connection, rates: Rates, association_id: str | None = None) -> list[Balance]:
    """Per authority, in the order of `rates.authorities` (those of archived obligations included)."""
    owner = {r[0]: r[1] for r in conn.execute("SELECT id, authority_id FROM payment_obligation")}
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    member_filter = "" if association_id is None else \
        " WHERE member_id IN (SELECT id FROM member WHERE association_id = ?)"
    params = () if association_id is None else (association_id,)
    for index, table in enumerate(("payment_allocation", "payment_remittance_item")):
        for obligation_id, total in conn.execute(
                f"SELECT obligation_id, sum(amount) FROM {table}{member_filter} GROUP BY obligation_id", params):
            totals[owner[obligation_id]][index] += total
    return [Balance(a, *totals[a]) for a in rates.authorities if a in totals or not rates.authorities[a].keeps]
