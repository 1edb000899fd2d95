"""The one write path: transactions, change log, device sequence and clock."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asm_assoc.core import audit, clock, writes
from asm_assoc.core.ids import new_ids


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
    made = [uuid.UUID(i) for i in ids]
    assert [str(u) for u in made] == ids  # the canonical text of each
    assert {(u.version, u.variant) for u in made} == {(7, uuid.RFC_4122)}
    now_ms = time.time_ns() // 1_000_000
    assert all(now_ms - 5000 <= u.int >> 80 <= now_ms for u in made)  # the first 48 bits: milliseconds


def test_uuid_random_bits_vary_in_every_random_position():
    made = [uuid.UUID(i).int for i in new_ids(2000)]
    random_bits = ((1 << 12) - 1) << 64 | ((1 << 62) - 1)  # rand_a and rand_b of RFC 9562
    varied = 0
    for u in made:
        varied |= (u ^ made[0]) & random_bits
    assert varied == random_bits


def test_a_role_other_than_director_is_refused_until_roles_exist(conn):
    with pytest.raises(writes.PermissionDenied):
        with writes.transaction(conn, writes.Actor("u1", "viewer", "viewer"), "members.write"):
            pass


def association_rows(count: int, **fields) -> list[dict]:
    return [{"name": f"N{i}", "legal_form": "ngo", **fields} for i in range(count)]


def writer_threads() -> list:
    return [t for t in threading.enumerate() if t.name == "asm-assoc writer"]


def test_a_bulk_insert_in_the_background_writes_every_row_with_its_verified_log_entry(conn, actor, monkeypatch):
    monkeypatch.setattr(writes, "ROWS_PER_STATEMENT", 7)  # many statements, and a last one that is shorter
    before = len(log_rows(conn))
    with writes.transaction(conn, actor, "association.write") as tx:
        ids = tx.insert_many("association", association_rows(100))
        assert writer_threads()  # the rows are being written while the caller goes on
        tx.update("association", ids[0], {"name": "first"})  # waits for the writer, then reads its row
    assert not writer_threads()
    names = dict(conn.execute("SELECT id, name FROM association"))
    assert [names[i] for i in ids] == ["first", *(f"N{i}" for i in range(1, 100))]
    keys = ["id", "device_id", "seq", "hlc", "user_id", "user_name", "at", "table_name", "row_id", "op", "changes"]
    entries = conn.execute(f"SELECT {', '.join(keys)}, prev_hash, hash FROM change_log ORDER BY seq").fetchall()
    assert len(entries) == before + 101
    for row in entries:
        assert writes.entry_hash(row[11], dict(zip(keys, row[:11], strict=True))) == row[12]
    assert [r[11] for r in entries[1:]] == [r[12] for r in entries[:-1]]
    assert conn.execute("SELECT last_seq FROM local_device").fetchone()[0] == entries[-1][2]


def test_rows_given_as_tuples_are_written_and_logged_as_rows_given_as_mappings(conn, actor):
    def written(ids):
        marks = ", ".join("?" * len(ids))
        rows = conn.execute(f"SELECT name, legal_form, phones FROM association WHERE id IN ({marks}) ORDER BY name",
                            ids).fetchall()
        logged = [json.loads(c) for (c,) in conn.execute(
            f"SELECT changes FROM change_log WHERE row_id IN ({marks}) ORDER BY seq", ids)]
        return rows, logged

    with writes.transaction(conn, actor, "association.write") as tx:
        by_mapping = tx.insert_many("association", association_rows(3, phones="99112233"))
        by_tuple = tx.insert_rows("association", ("phones", "legal_form", "name"),
                                  [("99112233", "ngo", f"N{i}") for i in range(3)])
    assert written(by_mapping) == written(by_tuple)
    assert written(by_tuple)[1][0] == {"name": [None, "N0"], "legal_form": [None, "ngo"],
                                       "phones": [None, "99112233"]}


def test_a_boolean_is_logged_as_the_number_sqlite_keeps(conn, actor):
    with writes.transaction(conn, actor, "association.write") as tx:
        association_id = tx.insert("association", {"name": "B", "legal_form": "ngo"})
        row_id = tx.insert("member", {"association_id": association_id, "member_no": 1, "given_name": "Сараа",
                                      "disability": True})
        tx.update("member", row_id, {"disability": False})
    inserted, updated = [json.loads(c) for (c,) in conn.execute(
        "SELECT changes FROM change_log WHERE row_id = ? ORDER BY seq", (row_id,))]
    assert inserted["disability"] == [None, 1] and updated == {"disability": [1, 0]}
    assert {type(v) for v in (inserted["disability"][1], *updated["disability"])} == {int}  # not true/false
    assert conn.execute("SELECT disability FROM member WHERE id = ?", (row_id,)).fetchone() == (0,)


def test_a_bulk_insert_and_an_update_in_one_write_keep_the_log_in_the_order_of_the_changes(conn, actor, monkeypatch):
    monkeypatch.setattr(writes, "BULK_INSERT_MIN_ROWS", 10)
    monkeypatch.setattr(writes, "ROWS_PER_STATEMENT", 4)  # the background writer, statements of 4 rows
    with writes.transaction(conn, actor, "association.write") as tx:
        first = tx.insert("association", {"name": "before", "legal_form": "ngo"})
        with tx.bulk_insert("association", 20):
            bulk = tx.insert_many("association", association_rows(10)) + tx.insert_many(
                "association", association_rows(10, phones="99112233"))
            tx.update("association", bulk[3], {"name": "changed inside"})  # its entry after the 20 inserts
        last = tx.insert("association", {"name": "after", "legal_form": "ngo"})
    logged = conn.execute("SELECT row_id, op, seq, hlc FROM change_log WHERE table_name = 'association' "
                          "ORDER BY seq").fetchall()
    assert [(r, op) for r, op, _, _ in logged][-23:] == [
        (first, "insert"), *((i, "insert") for i in bulk), (bulk[3], "update"), (last, "insert")]
    assert [h for *_, h in logged] == sorted(h for *_, h in logged)  # the clock follows the sequence
    hlc_of_rows = dict(conn.execute("SELECT id, hlc FROM association"))
    inserted = {r: h for r, op, _, h in logged if op == "insert"}
    assert all(hlc_of_rows[r] == inserted[r] for r in [first, *bulk[:3], *bulk[4:], last])
    report = audit.verify(conn, actor)
    assert report.ok, report.problems


def test_a_failed_statement_in_the_background_writes_nothing(conn, actor, monkeypatch):
    monkeypatch.setattr(writes, "ROWS_PER_STATEMENT", 5)
    counts = conn.execute("SELECT (SELECT count(*) FROM association), (SELECT count(*) FROM change_log)").fetchone()
    seq = conn.execute("SELECT last_seq FROM local_device").fetchone()[0]
    rows = association_rows(40)
    rows[23]["legal_form"] = None  # NOT NULL: SQLite refuses the fifth statement
    with pytest.raises(sqlite3.IntegrityError):
        with writes.transaction(conn, actor, "association.write") as tx:
            tx.insert_many("association", rows)
    assert not writer_threads()
    assert conn.execute(
        "SELECT (SELECT count(*) FROM association), (SELECT count(*) FROM change_log)"
    ).fetchone() == counts
    assert conn.execute("SELECT last_seq FROM local_device").fetchone()[0] == seq


def test_an_error_of_the_caller_while_the_writer_works_writes_nothing(conn, actor, monkeypatch):
    monkeypatch.setattr(writes, "ROWS_PER_STATEMENT", 5)
    counts = conn.execute("SELECT (SELECT count(*) FROM association), (SELECT count(*) FROM change_log)").fetchone()
    with pytest.raises(RuntimeError):
        with writes.transaction(conn, actor, "association.write") as tx:
            tx.insert_many("association", association_rows(200))
            raise RuntimeError("cancelled")
    assert not writer_threads()
    assert conn.execute(
        "SELECT (SELECT count(*) FROM association), (SELECT count(*) FROM change_log)"
    ).fetchone() == counts


def test_a_bulk_insert_keeps_within_sqlites_limit_of_parameters(conn, actor, monkeypatch):
    monkeypatch.setattr(writes, "ROWS_PER_STATEMENT", 50)
    old = conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 9)  # 2 rows of 4 columns (id, hlc, name, form)
    try:
        with writes.transaction(conn, actor, "association.write") as tx:
            ids = tx.insert_many("association", association_rows(55))
    finally:
        conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, old)
    stored = {r[0] for r in conn.execute("SELECT id FROM association")}
    assert set(ids) <= stored


def test_a_full_disk_is_told_plainly_and_nothing_is_written(conn, actor):
    from asm_assoc.core import members

    before = conn.execute("SELECT (SELECT count(*) FROM member), (SELECT count(*) FROM change_log)").fetchone()
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages + 2}")  # the file may grow by two pages: the disk is "full"
    aid = conn.execute("SELECT association_id FROM local_device").fetchone()[0]
    people = [members.Member(i + 1, "Батын", f"Сараа{i}", sex="F", notes="тэмдэглэл " * 300, association_id=aid)
              for i in range(40)]
    with pytest.raises(writes.DiskFull) as err:
        with writes.transaction(conn, actor, "members.write") as tx:
            tx.insert_many("member", [members.row_values(m) for m in people],
                           [members.derived_columns(m) for m in people])
    assert "disk is full" in err.value.text()
    assert conn.execute(
        "SELECT (SELECT count(*) FROM member), (SELECT count(*) FROM change_log)"
    ).fetchone() == before


def test_a_write_inside_another_is_part_of_it(conn, actor):
    before = conn.execute("SELECT count(*) FROM association").fetchone()[0]
    with pytest.raises(RuntimeError):
        with writes.transaction(conn, actor, "association.write"):
            with writes.transaction(conn, actor, "association.write") as inner:
                inner.insert("association", {"name": "Дотор", "legal_form": "ngo"})
            raise RuntimeError("the outer job failed after the inner write")
    assert conn.execute("SELECT count(*) FROM association").fetchone()[0] == before
    with writes.transaction(conn, actor, "association.write"):
        with writes.transaction(conn, actor, "association.write") as inner:
            inner.insert("association", {"name": "Дотор", "legal_form": "ngo"})
    assert conn.execute("SELECT count(*) FROM association").fetchone()[0] == before + 1
    seqs = [r[0] for r in conn.execute("SELECT seq FROM change_log ORDER BY seq")]
    assert seqs == list(range(1, len(seqs) + 1))


plain_values = st.one_of(st.none(), st.booleans(), st.integers(-(2**63), 2**63 - 1), st.text(max_size=8),
                         st.floats(allow_nan=False), st.binary(max_size=4))


@given(st.lists(plain_values, max_size=30))
def test_a_column_is_logged_as_each_of_its_values_alone(column):
    # A column mixing True and 1, 0.0 and 0 ... is encoded once per distinct value; each value is still
    # written as itself (json.dumps of what SQLite stores).
    expected = [json.dumps(writes._jsonable(v), ensure_ascii=False) for v in column]
    assert writes._json_column(column) == expected


@given(st.integers(0, 3), st.integers(1, 40), st.integers(-5, 5), st.integers(0, 99_999))
def test_many_ticks_at_once_stamp_as_one_tick_each(seq, count, now_offset, counter):
    one_by_one = clock.DeviceClock("d", seq, 1_700_000_000_000, counter)
    at_once = clock.DeviceClock("d", seq, 1_700_000_000_000, counter)
    now = 1_700_000_000_000 + now_offset
    ticks = [one_by_one.tick(now) for _ in range(count)]
    first, stamps = at_once.tick_many(count, now)
    assert [(first + i, s) for i, s in enumerate(stamps)] == ticks
    assert at_once == one_by_one
    assert stamps == sorted(stamps) and len(set(stamps)) == count and {len(s) for s in stamps} == {19}


def test_a_full_counter_moves_the_clock_a_millisecond_on_so_stamps_still_sort():
    device = clock.DeviceClock("d", 0, 1_700_000_000_000, 99_998)
    _, stamps = device.tick_many(3, now_ms=1_600_000_000_000)  # the laptop's clock is behind
    assert stamps == ["1700000000000-99999", "1700000000001-00000", "1700000000001-00001"]
