"""Properties of the payment books: whatever members pay, whatever is reversed and passed on, every tögrög
collected is either remitted or shown as held, nothing held is negative, a refused write changes nothing,
and a payment divides into its parts exactly."""

from __future__ import annotations

import shutil
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from incident_support import add_member
from payment_support import TODAY, enrol

from asm_assoc.core import association, db, writes
from asm_assoc.core.errors import UserError
from asm_assoc.core.payments import collections, figures, ledger, obligations, remittances
from asm_assoc.core.payments.collections import Line, Payment

MONTHS = ["2026-01", "2026-02", "2026-03"]


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """Three members owing health and voluntary social insurance from January 2026."""
    path = tmp_path_factory.mktemp("payments") / "template.db"
    conn = db.open_database(path)
    association.save(conn, writes.SYSTEM, association.Association(name="Тест", aimag_code="64"))
    for family, name, sex in (("Бат", "Оюун", "F"), ("Дорж", "Болд", "M"), ("Цэрэн", "Сараа", "F")):
        member = add_member(conn, family, name, sex)
        enrol(conn, member, "health", "2026-01")
        enrol(conn, member, "social", "2026-01", 900_000)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


@pytest.fixture
def fresh(template, tmp_path_factory):
    def make():
        path = tmp_path_factory.mktemp("example") / "a.db"
        shutil.copy(template, path)
        return db.open_database(path, check_integrity=False)
    return make


steps = st.lists(st.one_of(
    st.tuples(st.just("pay"), st.integers(0, 2), st.sampled_from(["health", "social"]), st.sampled_from(MONTHS),
              st.integers(1, 130_000)),
    st.tuples(st.just("reverse"), st.integers(0, 50)),
    st.tuples(st.just("remit"), st.lists(st.tuples(st.integers(0, 20), st.integers(1, 130_000)), max_size=4)),
    st.tuples(st.just("unremit"), st.integers(0, 50)),
), min_size=1, max_size=14)


def state(conn):
    return conn.execute("SELECT (SELECT count(*) FROM payment_allocation), "
                        "(SELECT count(*) FROM payment_remittance_item), (SELECT count(*) FROM change_log)").fetchone()


def check_books(conn, rates) -> None:
    collected = sum(ledger.collected(conn).values())
    remitted = sum(ledger.remitted(conn).values())
    held = ledger.held(conn)
    assert all(amount > 0 for amount in held.values())
    assert collected == remitted + sum(held.values())
    balances = ledger.balances(conn, rates)
    assert sum(b.collected for b in balances) == collected and sum(b.held for b in balances) == sum(held.values())
    for b in balances:
        own = {o.id for o in rates.obligations.values() if o.authority_id == b.authority_id}
        assert b.held == sum(a for (_, o, _), a in held.items() if o in own)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps)
def test_every_tögrög_collected_is_remitted_or_shown_as_held(fresh, plan):
    conn = fresh()
    rates = obligations.load(conn)
    association_id = association.current_id(conn)
    people = [r[0] for r in conn.execute("SELECT id FROM member ORDER BY member_no")]
    authority = next(a.id for a in rates.authorities.values() if a.code == "social_insurance")
    for step in plan:
        before = state(conn)
        try:
            if step[0] == "pay":
                _, who, code, month, amount = step
                payment = Payment(people[who], "2026-11-02", [Line(rates.by_code(code).id, month, amount)])
                collections.record(conn, writes.SYSTEM, rates, payment, today=TODAY)
            elif step[0] == "reverse":
                found = [c for c in collections.listing(conn, association_id) if c.reverses is None]
                if found:
                    collections.reverse(conn, writes.SYSTEM, found[step[1] % len(found)].id, "алдаа", today=TODAY)
            elif step[0] == "remit":
                held = remittances.held_for(conn, rates, authority, association_id)
                chosen = {}
                for index, amount in step[1]:
                    if held:
                        item = held[index % len(held)]
                        chosen[(item.member_id, item.obligation_id, item.period)] = min(amount, item.amount + 1)
                items = [remittances.Item(m, o, p, a) for (m, o, p), a in chosen.items()]
                remittances.record(conn, writes.SYSTEM, rates, association_id=association_id, authority_id=authority,
                                   paid_on="2026-11-10", receipt_no="НД-1", items=items, today=TODAY)
            else:
                found = [r for r in remittances.listing(conn, association_id) if r.reverses is None]
                if found:
                    remittances.reverse(conn, writes.SYSTEM, found[step[1] % len(found)].id, "алдаа", today=TODAY)
        except UserError:
            assert state(conn) == before  # refused: nothing written
        check_books(conn, rates)
    conn.close()


weights = st.lists(st.integers(1, 2_000), min_size=1, max_size=5)


@given(st.integers(-10_000_000, 10_000_000), weights)
def test_a_payment_divides_into_parts_that_add_up_to_it(amount, raw):
    total = sum(raw)
    shares = figures.split(amount, [(str(i), w) for i, w in enumerate(raw)])
    assert sum(shares.values()) == amount
    for i, w in enumerate(raw):
        assert abs(shares[str(i)] - Fraction(amount * w, total)) < 1
