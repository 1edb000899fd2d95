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
        now_ms = int(time.time() * 1000) if now_ms is None else now_ms
        if now_ms > self.hlc_ms:
            self.hlc_ms, self.hlc_counter = now_ms, 0
        else:
            self.hlc_counter += 1
        self.seq += 1
        return self.seq, format_hlc(self.hlc_ms, self.hlc_counter)

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
