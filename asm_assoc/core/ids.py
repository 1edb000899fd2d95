"""Identifiers for rows that travel between installations."""

from __future__ import annotations

import os
import time

# A random hex digit with a UUID's variant bits (0b10) set on top: its two low bits stay random (0 -> 8,
# 5 -> 9, e -> a, ...).
_VARIANT = {f"{d:x}": f"{8 + (d & 3):x}" for d in range(16)}


def new_id() -> str:
    """A UUIDv7 as text: time-ordered, so new rows land at the end of the primary-key index."""
    return new_ids(1)[0]


def new_ids(count: int) -> list[str]:
    """`count` UUIDv7s made now (an import makes two per member): the random part of all of them from one
    urandom call, cut from one hex string, with no UUID object built."""
    stamp = f"{time.time_ns() // 1_000_000 & ((1 << 48) - 1):012x}"
    # 48 bits of milliseconds, version 7 and 12 random bits, variant 0b10 and 62 random bits: the same text
    # as str(uuid.UUID(...)).
    head = f"{stamp[:8]}-{stamp[8:]}-7"
    noise = os.urandom(10 * count).hex()
    variant = _VARIANT
    return [f"{head}{noise[i:i + 3]}-{variant[noise[i + 3]]}{noise[i + 4:i + 7]}-{noise[i + 7:i + 19]}"
            for i in range(0, 20 * count, 20)]
