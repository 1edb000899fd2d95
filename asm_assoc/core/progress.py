"""Progress reporting for long core jobs, without Qt: a plain callback the GUI turns into a dialog."""

from __future__ import annotations

from collections.abc import Callable

# progress(done, total): called now and then by a long job; it may raise Cancelled to stop the job,
# which then rolls back whatever it had started.
Progress = Callable[[int, int], None]


class Cancelled(Exception):
    """The person pressed Cancel; the job wrote nothing."""


def nothing(done: int, total: int) -> None:
    """The default progress callback: report to no one."""
