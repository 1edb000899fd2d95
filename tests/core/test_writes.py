"""The one write path: transactions, change log, device sequence and clock."""

from __future__ import annotations

import json

import pytest

from asm_assoc.core import clock, writes


def log_rows(conn):
    return conn.execute(
        "SELECT seq, hlc, table_name, op, changes, prev_hash, hash FROM change_log ORDER BY seq"
    ).fetchall()


def test_each_change_is_logged_with_old_and_new_values(conn, actor):
    before = len(log_rows(conn))
    with writes.transaction(conn, actor, "association.write") as tx:
        aid = tx.insert("association", {"name": "Шинэ", "legal_form": "ngo"})
        tx.update("association", aid, {"name": "Шинэ нэр"})
    rows = log_rows(conn)[before:]
    assert [r[3] for r in rows] == ["insert", "update"]
    assert json.loads(rows[1][4]) == {"name": ["Шинэ", "Шинэ нэр"]}


def test_update_that_changes_nothing_logs_nothing(conn, actor):
    aid = conn.execute("SELECT id FROM association").fetchone()[0]
    before = len(log_rows(conn))
    with writes.transaction(conn, actor, "association.write") as tx:
        assert tx.update("association", aid, {"name": "Алтан дэлхий ТББ"}) == {}
    assert len(log_rows(conn)) == before


def test_sequence_numbers_are_consecutive_and_clock_never_goes_back(conn, actor, monkeypatch):
    with writes.transaction(conn, actor, "association.write") as tx:
        for i in range(5):
            tx.insert("association", {"name": f"A{i}", "legal_form": "ngo"})
    # The laptop's clock jumps back a day: stamps still increase.
    real_time = clock.time.time
    monkeypatch.setattr(clock.time, "time", lambda: real_time() - 86_400)
    with writes.transaction(conn, actor, "association.write") as tx:
        tx.insert("association", {"name": "later", "legal_form": "ngo"})
    rows = log_rows(conn)
    seqs, stamps = [r[0] for r in rows], [r[1] for r in rows]
    assert seqs == list(range(1, len(rows) + 1))
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    assert conn.execute("SELECT last_seq FROM local_device").fetchone()[0] == seqs[-1]


def test_log_entries_are_hash_chained(conn, actor):
    with writes.transaction(conn, actor, "association.write") as tx:
        tx.insert("association", {"name": "B", "legal_form": "ngo"})
    rows = log_rows(conn)
    assert rows[0][5] == ""
    for prev, cur in zip(rows, rows[1:], strict=False):
        assert cur[5] == prev[6]


def test_an_error_inside_the_transaction_writes_nothing(conn, actor):
    counts = conn.execute("SELECT (SELECT count(*) FROM association), (SELECT count(*) FROM change_log)").fetchone()
    seq = conn.execute("SELECT last_seq FROM local_device").fetchone()[0]
    with pytest.raises(RuntimeError):
        with writes.transaction(conn, actor, "association.write") as tx:
            tx.insert("association", {"name": "C", "legal_form": "ngo"})
            raise RuntimeError("disk full")
    assert conn.execute(
        "SELECT (SELECT count(*) FROM association), (SELECT count(*) FROM change_log)"
    ).fetchone() == counts
    assert conn.execute("SELECT last_seq FROM local_device").fetchone()[0] == seq


def test_columns_not_in_the_table_are_refused(conn, actor):
    with pytest.raises(ValueError):
        with writes.transaction(conn, actor, "association.write") as tx:
            tx.insert("association", {"name": "D", "legal_form": "ngo", "name; DROP TABLE member": 1})
    with pytest.raises(ValueError):
        with writes.transaction(conn, actor, "association.write") as tx:
            tx.insert("association", {"id": "chosen-by-caller", "name": "E", "legal_form": "ngo"})


def test_rows_get_time_ordered_uuid_ids(conn, actor):
    with writes.transaction(conn, actor, "association.write") as tx:
        ids = tx.insert_many("association", [{"name": f"N{i}", "legal_form": "ngo"} for i in range(50)])
    assert len(set(ids)) == 50
    assert all(len(i) == 36 and i[14] == "7" for i in ids)


def test_a_role_other_than_director_is_refused_until_roles_exist(conn):
    with pytest.raises(writes.PermissionDenied):
        with writes.transaction(conn, writes.Actor("u1", "viewer", "viewer"), "members.write"):
            pass
