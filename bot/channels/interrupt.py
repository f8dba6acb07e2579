"""SIGINT and SIGTERM during a load: stop between files, never halfway through storing one.

Reading is abandoned at once (the workers are stopped); a file being stored is committed first and then
the load stops, so the summary can say exactly what was stored. A second signal does not wait: the file
being stored is rolled back instead.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class Interrupted(BaseException):
    """A stop signal arrived. Like KeyboardInterrupt it is no Exception, so no `except Exception` eats it."""

    def __init__(self, signum: int) -> None:
        self.signum = signum
        super().__init__(signal.Signals(signum).name)

    @property
    def exit_status(self) -> int:
        """128 + the signal's number, as a shell reports it: 130 for SIGINT, 143 for SIGTERM."""
        return 128 + self.signum


class StopSignals:
    """While entered, SIGINT and SIGTERM raise Interrupted, but wait for a file being stored."""

    def __init__(self) -> None:
        self.received: int | None = None
        self.storing = False
        self.previous: dict[int, Any] = {}

    def __enter__(self) -> StopSignals:
        self.previous = {signum: signal.signal(signum, self.handle) for signum in STOP_SIGNALS}
        return self

    def __exit__(self, *exc: object) -> None:
        for signum, handler in self.previous.items():
            signal.signal(signum, handler)

    def handle(self, signum: int, _frame: FrameType | None) -> None:
        waiting = self.storing and self.received is None
        self.received = signum
        if not waiting:
            raise Interrupted(signum)

    @contextmanager
    def finishing_file(self) -> Iterator[None]:
        """Storing one file: a stop signal now takes effect once it is committed."""
        self.storing = True
        try:
            yield
        finally:
            self.storing = False
        if self.received is not None:
            raise Interrupted(self.received)
