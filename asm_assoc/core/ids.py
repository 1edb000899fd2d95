"""Identifiers for rows that travel between installations."""

from __future__ import annotations

import os
import time


def new_id() -> str:
    """A UUIDv7 as text: time-ordered, so new rows land at the end of the primary-key index."""
    return new_ids(1)[0]


def new_ids(count: int) -> list[str]:
    """`count` UUIDv7s made now (an import makes two per member: one urandom call for all is much quicker)."""
    stamp = (time.time_ns() // 1_000_000 & ((1 << 48) - 1)).to_bytes(6, "big")
    noise = os.urandom(10 * count)
    made = []
    for start in range(0, 10 * count, 10):
        rand = noise[start:start + 10]
        # 48 bits of milliseconds, version 7 and 12 random bits, variant 0b10 and 62 random bits.
        h = (stamp + bytes((0x70 | rand[0] & 0x0F, rand[1], 0x80 | rand[2] & 0x3F)) + rand[3:]).hex()
        # The same text as str(uuid.UUID(...)), without building a UUID object.
        made.append(f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}")
    return made
