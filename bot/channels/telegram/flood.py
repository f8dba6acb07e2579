"""Per-user flood limit: at most N updates from one person in any sliding minute.

A person over the limit is told once, politely, and then ignored until the window frees up, so a
flood costs the bot one reply rather than one per message.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from enum import Enum

PRUNE_ABOVE_USERS = 10_000


class Verdict(Enum):
    ALLOW = "allow"
    REFUSE_WITH_NOTICE = "refuse_with_notice"
    REFUSE_SILENTLY = "refuse_silently"


class FloodLimit:
    """Counts each person's recent updates; a limit of 0 or less turns the check off."""

    def __init__(self, limit: int, period: float = 60.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.period = period
        self.clock = clock
        self.recent: dict[int, deque[float]] = {}
        self.noticed: set[int] = set()

    def check(self, user_id: int) -> Verdict:
        """Record one update from `user_id` and say whether to handle it."""
        if self.limit <= 0:
            return Verdict.ALLOW
        now = self.clock()
        stamps = self.recent.setdefault(user_id, deque())
        while stamps and stamps[0] <= now - self.period:
            stamps.popleft()
        if len(stamps) < self.limit:
            stamps.append(now)
            self.noticed.discard(user_id)
            self.prune(now)
            return Verdict.ALLOW
        if user_id in self.noticed:
            return Verdict.REFUSE_SILENTLY
        self.noticed.add(user_id)
        return Verdict.REFUSE_WITH_NOTICE

    def prune(self, now: float) -> None:
        """Forget people who have been quiet for a whole period, so memory stays bounded."""
        if len(self.recent) <= PRUNE_ABOVE_USERS:
            return
        quiet = [
            user for user, stamps in self.recent.items() if not stamps or stamps[-1] <= now - self.period
        ]
        for user in quiet:
            del self.recent[user]
            self.noticed.discard(user)
