"""The per-user flood limit: a sliding window, one notice, then silence."""

from __future__ import annotations

from bot.channels.telegram.flood import FloodLimit, Verdict


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_allows_up_to_the_limit_then_notices_once_then_stays_silent() -> None:
    clock = Clock()
    flood = FloodLimit(3, period=60, clock=clock)
    assert [flood.check(1) for _ in range(3)] == [Verdict.ALLOW] * 3
    assert flood.check(1) is Verdict.REFUSE_WITH_NOTICE
    assert flood.check(1) is Verdict.REFUSE_SILENTLY


def test_each_person_has_their_own_window() -> None:
    flood = FloodLimit(1, clock=Clock())
    assert flood.check(1) is Verdict.ALLOW
    assert flood.check(2) is Verdict.ALLOW
    assert flood.check(1) is Verdict.REFUSE_WITH_NOTICE


def test_window_slides_and_a_new_flood_is_noticed_again() -> None:
    clock = Clock()
    flood = FloodLimit(2, period=60, clock=clock)
    flood.check(1)
    clock.now += 30
    flood.check(1)
    assert flood.check(1) is Verdict.REFUSE_WITH_NOTICE
    clock.now += 31  # the first one left the window
    assert flood.check(1) is Verdict.ALLOW
    assert flood.check(1) is Verdict.REFUSE_WITH_NOTICE


def test_zero_turns_the_limit_off() -> None:
    flood = FloodLimit(0, clock=Clock())
    assert all(flood.check(1) is Verdict.ALLOW for _ in range(1000))
