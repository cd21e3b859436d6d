"""The quota arithmetic (`_ratelimit.QuotaState`, internal), and its Lua port in Redis.

The arithmetic is tested here on its own, at the moments that matter, on a made-up clock: a window
that has ended, or that could not be (the clock went back an hour), is forgotten; an answer of the
window before, arriving late, teaches nothing; room freed by answers is seen before the reset.
Then the same random operations go through `_quota.SharedState` in Python and through the Lua
script in a real Redis (`_quota_redis.SCRIPT`, given the same clock), which must agree on every
answer and on the state they leave.
"""

from __future__ import annotations

import os
import random
from typing import Any

import attrs
import pytest
import redis

from bigcommerce_metafields import RateLimitInfo
from bigcommerce_metafields._quota import SharedState
from bigcommerce_metafields._quota_redis import SCRIPT, keys, parse_reply, script_args
from bigcommerce_metafields._ratelimit import QuotaState, Wait

WINDOW_MS = 2000
NOW = 1_000.0


def _info(left: int, reset_ms: int, window_ms: int | None = WINDOW_MS) -> RateLimitInfo:
    return RateLimitInfo(window_ms=window_ms, reset_ms=reset_ms, quota=100, left=left)


def _learnt(left: int = 0) -> QuotaState:
    """An account that has learnt a window with `left` requests left, ending at NOW + 1 s."""
    state = QuotaState()
    state.record(NOW, _info(left, 1000), reserved_at=NOW - 0.05)
    return state


def test_a_spent_window_is_waited_for_until_its_reset() -> None:
    state = _learnt(left=0)
    assert state.reserve(NOW + 0.25, in_flight=0) == Wait(0.75, 0.75)


def test_a_window_that_has_ended_is_forgotten() -> None:
    state = _learnt(left=0)
    assert state.reserve(NOW + 1.0, in_flight=0) is None
    assert state.left is None, "an ended window's count would apply to the next one"


@pytest.mark.parametrize("jump_s", [-3600.0, -5.0])
def test_a_reset_further_than_a_window_away_is_forgotten(jump_s: float) -> None:
    """The clock went back (an hour, or the wall clock was stepped) since the window was learnt:
    its end now lies more than a window ahead, which no window can. Not waited for."""
    state = _learnt(left=0)
    assert state.reserve(NOW + jump_s, in_flight=0) is None


def test_a_late_answer_of_the_window_before_teaches_nothing() -> None:
    """Answered before the reset, received after the next window was learnt: its `left` (high)
    and its end (earlier than the new window's) must change neither."""
    state = QuotaState()
    state.record(NOW, _info(left=40, reset_ms=1500), reserved_at=NOW - 0.1)  # ends by NOW + 1.5
    state.record(NOW + 1.6, _info(left=99, reset_ms=2000), reserved_at=NOW + 1.55)  # by + 3.6
    state.record(NOW + 1.7, _info(left=3, reset_ms=50), reserved_at=NOW + 1.4)  # by + 1.75
    assert (state.left, state.reset_at) == (99, NOW + 3.6)


def test_a_late_answer_of_an_ended_window_does_not_end_the_next_early() -> None:
    """The window ended (forgotten), then a slow answer of it arrives, and one of the next window
    sent long before (so not surely of a later window). Counted, the late answer's end (the ended
    window's) must not stand for the next window's: a burst would go in while it runs."""
    state = _learnt(left=0)  # ends by NOW + 1
    assert state.reserve(NOW + 1.0, in_flight=0) is None  # ended: forgotten
    state.record(NOW + 1.05, _info(left=0, reset_ms=20), reserved_at=NOW + 0.7)  # by NOW + 1.07
    state.record(NOW + 1.1, _info(left=9, reset_ms=1900), reserved_at=NOW - 0.5)  # by NOW + 3.0
    assert state.reserve(NOW + 1.5, in_flight=0) == Wait(pytest.approx(1.5), pytest.approx(1.5))
    # An answer to a request sent once the window had ended is surely of a later one: its end
    # bounds the window's.
    state.record(NOW + 1.6, _info(left=7, reset_ms=1300), reserved_at=NOW + 1.2)  # by NOW + 2.9
    assert state.reserve(NOW + 1.7, in_flight=0) == Wait(pytest.approx(1.2), pytest.approx(1.2))


def test_a_slow_answer_sent_before_the_window_was_learnt_cannot_pull_its_end_earlier() -> None:
    """Perhaps of the window before (sent before this one was learnt), perhaps of this one: its
    count lowers `left` (safe either way), its end is not trusted."""
    state = QuotaState()
    state.record(NOW, _info(left=90, reset_ms=2000), reserved_at=NOW - 0.01)  # ends by NOW + 2
    state.record(NOW + 0.1, _info(left=5, reset_ms=1600), reserved_at=NOW - 0.5)  # by NOW + 1.7
    assert (state.left, state.reset_at) == (5, NOW + 2.0)


def test_answers_of_the_window_keep_the_lowest_count_and_the_earliest_end() -> None:
    """Requests reserved after the window was learnt are about it: an answer may overtake one
    sent after it (the lowest `left` is the latest count), and the fastest answer gives the
    tightest end."""
    state = QuotaState()
    state.record(NOW, _info(left=50, reset_ms=1000), reserved_at=NOW - 0.01)  # ends by NOW + 1
    state.record(NOW + 0.1, _info(left=52, reset_ms=990), reserved_at=NOW + 0.01)  # by + 1.09
    assert (state.left, state.reset_at) == (50, NOW + 1.0)
    state.record(NOW + 0.2, _info(left=45, reset_ms=780), reserved_at=NOW + 0.15)  # by + 0.98
    assert (state.left, state.reset_at) == (45, NOW + 0.98)


def test_requests_in_flight_are_taken_off_what_is_left() -> None:
    state = _learnt(left=3)
    assert state.reserve(NOW, in_flight=2) is None
    wait = state.reserve(NOW, in_flight=3)
    assert wait is not None
    # Answers in flight may free room before the reset: asked again well before it.
    assert wait.reset_in == 1.0
    assert wait.sleep == pytest.approx(WINDOW_MS / 1000 / 40)


# -- the Lua port, against the Python ------------------------------------------------------------

OPERATIONS = 600


def _random_operations(rng: random.Random) -> list[tuple[str, str, float, RateLimitInfo | None]]:
    """Reservations and answers on a clock that mostly creeps, sometimes jumps ahead a window or
    goes back; answers with every header missing in turn, old windows' included."""
    now, taken, operations = NOW, [], []
    for number in range(OPERATIONS):
        now += rng.choice([0.0, 0.001, 0.05, 0.3, 2.5, 61.0, -0.4, -3600.0])
        if taken and rng.random() < 0.5:
            ticket = taken.pop(rng.randrange(len(taken)))
            left = rng.choice([None, 0, 1, 5, 20, 99])
            reset_ms = rng.choice([None, 0, 1, 250, 1999, 2000, 2600])
            window_ms = rng.choice([None, 2000, 2000, 500])
            info = None if rng.random() < 0.1 else RateLimitInfo(window_ms, reset_ms, 100, left)
            operations.append(("record", ticket, now, info))
        else:
            ticket = f"worker/{number}"
            taken.append(ticket)
            operations.append(("reserve", ticket, now, None))
    return operations


def _redis_state(client: redis.Redis, store: str) -> dict[str, Any]:
    state_key, in_flight_key = keys(store)
    fields = {k.decode(): v.decode() for k, v in client.hgetall(state_key).items()}
    numbers = ("reset_at", "reset_after", "adopted_at", "forgotten_at")
    return {
        "left": None if "left" not in fields else int(fields["left"]),
        **{name: float(fields.get(name, 0)) for name in numbers},
        "certain": fields.get("certain", "1") == "1",
        "window_s": None if "window_s" not in fields else float(fields["window_s"]),
        "in_flight": {
            k.decode(): score for k, score in client.zrange(in_flight_key, 0, -1, withscores=True)
        },
    }


def _python_state(state: SharedState) -> dict[str, Any]:
    return {**attrs.asdict(state.quota), "in_flight": dict(state.in_flight)}


def test_the_lua_script_computes_what_the_python_does(redis_url: str) -> None:
    seed = int(os.environ.get("BIGCOMMERCE_QUOTA_SEED", random.randrange(2**32)))
    print(f"BIGCOMMERCE_QUOTA_SEED={seed}")
    operations = _random_operations(random.Random(seed))
    python = SharedState()
    answers: list[Wait | None] = []
    with redis.Redis.from_url(redis_url) as client:
        script = client.register_script(SCRIPT)
        for step, (op, ticket, now, info) in enumerate(operations):
            if op == "reserve":
                expected = python.reserve(now, ticket)
            else:
                python.record(now, ticket, info)
                expected = None
            empty = RateLimitInfo(None, None, None, None)
            args = script_args(op, ticket, now, info or empty if op == "record" else None)
            got = parse_reply(script(keys=keys("abc123"), args=args))
            if op == "reserve":
                answers.append(got)
            context = f"step {step} ({op} at {now - NOW:+.3f} s, {info}), seed {seed}"
            assert got == expected, context
            assert _redis_state(client, "abc123") == _python_state(python), context
    waits = [answer for answer in answers if answer is not None]
    rechecks = [wait for wait in waits if wait.sleep < wait.reset_in]
    print(f"{len(answers)} reservations: {len(waits)} waits, {len(rechecks)} asked to ask again")
    assert 0 < len(rechecks) < len(waits) < len(answers), "the operations missed a case"
