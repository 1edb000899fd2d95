"""Identifiers for rows that travel between installations."""

from __future__ import annotations

import os
import time


def new_id() -> str:
    """A UUIDv7 as text: time-ordered, so new rows land at the end of the primary-key index."""
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    rand_a = (rand >> 62) & 0xFFF
    rand_b = rand & ((1 << 62) - 1)
    value = ((ms & ((1 << 48) - 1)) << 80) | (0x7 << 76) | (rand_a << 64) | (0b10 << 62) | rand_b
    # The same text as str(uuid.UUID(int=value)), without building a UUID object (an import makes two ids
    # per member).
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
