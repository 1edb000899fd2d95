"""The audit trail: `audit.verify` passes a clean file and names each entry changed outside the program by
raw SQL (edited, removed, added, reordered); a member's history in plain values, masked for a viewer."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest

from asm_assoc.core import accounts, audit, members, writes


@pytest.fixture
def book(conn, director):
    """A director who added three members and changed one of them: 6 entries on this device."""
    boss = director.actor()
    made = []
    for given, regnum in (("Сараа", "УБ90051512"), ("Болд", "УБ85022813"), ("Оюун", "")):
        m = members.Member(None, "Батын", given, regnum=regnum, sex="F" if given != "Болд" else "M")
        members.save(conn, boss, m)
        made.append(m)
    made[0].phones = "99112233"
    members.save(conn, boss, made[0])
    return conn, boss, made


def _entries(conn: sqlite3.Connection) -> list[tuple[int, str]]:
    return conn.execute("SELECT seq, id FROM change_log ORDER BY seq").fetchall()


def _messages(report: audit.VerifyReport) -> list[str]:
    return [p.text() for p in report.problems]


def test_a_clean_file_passes_and_gives_its_last_entry(book):
    conn, boss, _ = book
    report = audit.verify(conn, boss)
    last_seq, last_hash = conn.execute("SELECT seq, hash FROM change_log ORDER BY seq DESC LIMIT 1").fetchone()
    assert report.ok and report.entries == last_seq == 6 and report.devices == 1
    assert report.head == (last_seq, last_hash)


def test_an_entry_edited_by_raw_sql_is_named(book):
    conn, boss, _ = book
    seq, entry_id = _entries(conn)[3]
    changes = json.loads(conn.execute("SELECT changes FROM change_log WHERE id = ?", (entry_id,)).fetchone()[0])
    changes["given_name"][1] = "Хуурамч"
    conn.execute("UPDATE change_log SET changes = ? WHERE id = ?", (json.dumps(changes), entry_id))
    conn.commit()
    report = audit.verify(conn, boss)
    assert [p.seq for p in report.problems] == [seq]
    assert f"Entry {seq} (" in _messages(report)[0] and "member added) was changed" in _messages(report)[0]


def test_an_edited_author_or_time_is_caught_too(book):
    conn, boss, _ = book
    conn.execute("UPDATE change_log SET user_name = 'someone else' WHERE seq = 2")
    conn.execute("UPDATE change_log SET at = '2020-01-01T00:00:00.000+00:00' WHERE seq = 5")
    conn.commit()
    assert [p.seq for p in audit.verify(conn, boss).problems] == [2, 5]


def test_a_removed_entry_is_named(book):
    conn, boss, _ = book
    conn.execute("DELETE FROM change_log WHERE seq = 3")
    conn.commit()
    report = audit.verify(conn, boss)
    assert _messages(report) == ["Entry 3 is missing: it was removed outside the program."]


def test_removed_last_entries_are_named(book):
    conn, boss, _ = book
    conn.execute("DELETE FROM change_log WHERE seq >= 5")
    conn.commit()
    assert _messages(audit.verify(conn, boss)) == [
        "The last entries (5 to 6) were removed outside the program."]


def test_an_inserted_entry_is_named_even_with_a_correct_looking_hash(book):
    conn, boss, _ = book
    last = conn.execute("SELECT * FROM change_log ORDER BY seq DESC LIMIT 1").fetchone()
    cols = [d[0] for d in conn.execute("SELECT * FROM change_log LIMIT 1").description]
    row = dict(zip(cols, last, strict=True))
    # Forged with the program's own recipe, chained onto the last entry.
    forged = {**row, "id": "forged", "seq": row["seq"] + 1, "prev_hash": row["hash"],
              "changes": json.dumps({"given_name": ["Сараа", "Хуурамч"]})}
    entry = {k: forged[k] for k in writes.ENTRY_COLUMNS}
    forged["hash"] = writes.entry_hash(forged["prev_hash"], entry)
    conn.execute(f"INSERT INTO change_log ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                 [forged[c] for c in cols])
    conn.commit()
    assert _messages(audit.verify(conn, boss)) == ["Entries after 6 were added outside the program."]


def test_an_entry_inserted_in_the_middle_breaks_the_chain_where_it_stands(book):
    conn, boss, _ = book
    conn.execute("UPDATE change_log SET seq = seq + 100 WHERE seq >= 4")  # make room, as a forger must
    conn.execute("UPDATE change_log SET seq = seq - 99 WHERE seq >= 100")
    conn.execute("INSERT INTO change_log (id, device_id, seq, hlc, at, table_name, row_id, op, changes, prev_hash, "
                 "hash) SELECT 'x', device_id, 4, hlc, at, table_name, row_id, op, changes, hash, 'bad' "
                 "FROM change_log WHERE seq = 3")
    conn.commit()
    report = audit.verify(conn, boss)
    assert report.problems and report.problems[0].seq == 4


def test_reordered_entries_are_named(book):
    conn, boss, _ = book
    conn.execute("UPDATE change_log SET seq = -1 WHERE seq = 2")
    conn.execute("UPDATE change_log SET seq = 2 WHERE seq = 3")
    conn.execute("UPDATE change_log SET seq = 3 WHERE seq = -1")
    conn.commit()
    # 4 no longer follows the entry now numbered 3.
    assert [p.seq for p in audit.verify(conn, boss).problems] == [2, 3, 4]


def test_swapping_the_contents_of_two_entries_is_caught(book):
    conn, boss, _ = book
    cols = "changes, row_id, hash, prev_hash"
    two = conn.execute(f"SELECT {cols} FROM change_log WHERE seq = 2").fetchone()
    three = conn.execute(f"SELECT {cols} FROM change_log WHERE seq = 3").fetchone()
    conn.execute("UPDATE change_log SET changes = ?, row_id = ?, hash = ?, prev_hash = ? WHERE seq = 2", three)
    conn.execute("UPDATE change_log SET changes = ?, row_id = ?, hash = ?, prev_hash = ? WHERE seq = 3", two)
    conn.commit()
    assert [p.seq for p in audit.verify(conn, boss).problems][:2] == [2, 3]


def test_history_of_a_member_gives_who_when_and_old_and_new_values(book):
    conn, boss, made = book
    items = audit.history(conn, boss, "member", made[0].id)
    assert [i.op for i in items] == ["insert", "update"]
    assert items[0].user_name == "Б. Сарантуяа" and items[0].user_id == boss.user_id
    assert audit.Change("phones", "", "99112233") in items[1].changes
    assert {c.field for c in items[1].changes} == {"phones"}
    assert audit.Change("regnum", None, "УБ90051512") in items[0].changes


def test_a_viewer_sees_the_history_with_the_registration_number_masked(book):
    conn, boss, made = book
    viewer = accounts.add_user(conn, boss, "Үзэгч", "viewer", "viewer", "Эхний-нууц-үг").actor()
    [added, _] = audit.history(conn, viewer, "member", made[0].id)
    assert audit.Change("regnum", "", "УБ••••••••") in added.changes


def test_history_is_filtered_by_user_and_date(book):
    conn, boss, made = book
    clerk = accounts.add_user(conn, boss, "Д. Болд", "bold", "secretary", "Эхний-нууц-үг").actor()
    made[0].notes = "шинэ"
    members.save(conn, clerk, made[0])
    assert audit.history_users(conn, "member", made[0].id) == ["Б. Сарантуяа", "Д. Болд"]
    mine = audit.history(conn, boss, "member", made[0].id, audit.HistoryFilter(user_name="Д. Болд"))
    assert [i.changes for i in mine] == [(audit.Change("notes", "", "шинэ"),)]
    today = dt.datetime.now().astimezone().date()
    assert len(audit.history(conn, boss, "member", made[0].id, audit.HistoryFilter(since=today))) == 3
    yesterday = today - dt.timedelta(days=1)
    assert audit.history(conn, boss, "member", made[0].id, audit.HistoryFilter(until=yesterday)) == []
