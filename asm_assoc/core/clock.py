"""The device identity, its sequence counter and its hybrid logical clock (HLC).

Every local change takes the next sequence number and an HLC stamp. An HLC is wall-clock milliseconds
plus a counter, never going backwards even if the laptop's clock does, and it moves past any stamp seen
from another device, so (hlc, device_id) orders concurrent changes the same way on every installation.
Stamps are text `MMMMMMMMMMMMM-CCCCC` so they sort as strings.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass

# The counter's five digits: the most changes one millisecond can stamp.
MAX_COUNTER = 99_999


def format_hlc(ms: int, counter: int) -> str:
    return f"{ms:013d}-{counter:05d}"


def parse_hlc(stamp: str) -> tuple[int, int]:
    ms, counter = stamp.split("-")
    return int(ms), int(counter)


@dataclass
class DeviceClock:
    device_id: str
    seq: int
    hlc_ms: int
    hlc_counter: int

    def tick(self, now_ms: int | None = None) -> tuple[int, str]:
        """Advance for one local change; return (sequence number, HLC stamp)."""
        seq, stamps = self.tick_many(1, now_ms)
        return seq, stamps[0]

    def tick_many(self, count: int, now_ms: int | None = None) -> tuple[int, list[str]]:
        """Advance for `count` changes made at one moment (the rows of one bulk write): the first one's
        sequence number (the others follow it) and their stamps, exactly as `count` calls of `tick`.
        When the counter is full, the clock runs a millisecond ahead: a stamp must keep its width to sort."""
        now_ms = int(time.time() * 1000) if now_ms is None else now_ms
        first_seq = self.seq + 1
        stamps: list[str] = []
        while len(stamps) < count:
            ms, start = (now_ms, 0) if now_ms > self.hlc_ms else (self.hlc_ms, self.hlc_counter + 1)
            if start > MAX_COUNTER:
                ms, start = ms + 1, 0
            end = min(MAX_COUNTER + 1, start + count - len(stamps))
            prefix = f"{ms:013d}-"
            stamps += [f"{prefix}{counter:05d}" for counter in range(start, end)]
            self.hlc_ms, self.hlc_counter = ms, end - 1
        self.seq += count
        return first_seq, stamps

    def observe(self, remote_stamp: str) -> None:
        """Move past a stamp received from another device (used when a sync bundle is applied)."""
        ms, counter = parse_hlc(remote_stamp)
        if (ms, counter) > (self.hlc_ms, self.hlc_counter):
            self.hlc_ms, self.hlc_counter = ms, counter


def load(conn: sqlite3.Connection) -> DeviceClock:
    row = conn.execute("SELECT device_id, last_seq, hlc_ms, hlc_counter FROM local_device").fetchone()
    return DeviceClock(*row)


def save(conn: sqlite3.Connection, clock: DeviceClock) -> None:
    conn.execute(
        "UPDATE local_device SET last_seq = ?, hlc_ms = ?, hlc_counter = ?",
        (clock.seq, clock.hlc_ms, clock.hlc_counter),
    )


def device_id(conn: sqlite3.Connection) -> str:
    return conn.execute("SELECT device_id FROM local_device").fetchone()[0]
