"""Numbers people write on paper (incident 2026-007, receipt 2026-0012): per association and year, from a
counter that keeps the last number given, so a number once given is never given again (even when its row
moves to another year or is reversed) and a paper quoting it cannot come to mean something else."""

from __future__ import annotations

from asm_assoc.core import writes


def next_number(tx: writes.Tx, counter_table: str, numbered_table: str, association_id: str, year: int) -> int:
    """The year's next number of `numbered_table` (its `number` column), kept in `counter_table`."""
    row = tx.conn.execute(f"SELECT id, last_number FROM {counter_table} WHERE association_id = ? AND year = ?",
                          (association_id, year)).fetchone()
    used = tx.conn.execute(f"SELECT max(number) FROM {numbered_table} WHERE association_id = ? AND year = ?",
                           (association_id, year)).fetchone()[0] or 0
    number = max(used, row[1] if row else 0) + 1
    if row:
        tx.update(counter_table, row[0], {"last_number": number})
    else:
        tx.insert(counter_table, {"association_id": association_id, "year": year, "last_number": number})
    return number
