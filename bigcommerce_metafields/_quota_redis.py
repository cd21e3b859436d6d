"""`redis://host:port/db`: quota accounts in Redis, shared by every machine (the `redis` extra).

A store's account is two keys: a hash of `QuotaState`'s fields and a sorted set of the
reservations in flight (ticket -> when taken), both under the store's hash tag so that a Redis
Cluster keeps them on one node. Every update is one Lua script run atomically by the server:
`SCRIPT` below is `_quota.SharedState.reserve` and `.record` in Lua, line for line (a test runs
both on the same random operations and compares). The time is the Redis server's (`TIME`), one
clock for every machine; a test may pass its own. Keys expire `KEY_TTL_MS` after their last
update, so the accounts of stores no longer called do not accumulate.

The async client uses `redis.asyncio` under asyncio (one connection pool per event loop, as its
connections belong to the loop that opened them), and the sync client in a worker thread under
trio, which `redis.asyncio` does not support: neither blocks the event loop.
"""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import Callable, Sequence
from typing import Any

import anyio.to_thread
import redis
import redis.asyncio
import sniffio
from redis.asyncio.retry import Retry as AsyncRetry
from redis.backoff import NoBackoff
from redis.retry import Retry

from ._quota import AsyncFailover, Failover, Health, ticket_name
from ._ratelimit import (
    _NEW_WINDOW_TOLERANCE_S,
    _RECHECK_FRACTION,
    IN_FLIGHT_TTL_S,
    AsyncQuotaAccount,
    QuotaAccount,
    RateLimitInfo,
    Wait,
)

TIMEOUT_S = 1.0
"""Connecting to Redis and each command: an unreachable server is given up on quickly (the call
then goes on with this process's account), not after redis-py's default 5 s."""
KEY_TTL_MS = 600_000
"""An account not updated for 10 minutes is deleted: its window ended long ago (a window is 30 s),
and its reservations expired (`IN_FLIGHT_TTL_S`)."""

SCRIPT = """
local fmt = function(x) return string.format('%.17g', x) end
local now = tonumber(ARGV[3])
if not now then
  local t = redis.call('TIME')
  now = tonumber(t[1]) + tonumber(t[2]) / 1000000
end
local cap, recheck_fraction = tonumber(ARGV[6]), tonumber(ARGV[7])
local state = redis.call('HMGET', KEYS[1], 'left', 'reset_at', 'reset_after', 'adopted_at',
  'forgotten_at', 'certain', 'window_s')
local left, reset_at = tonumber(state[1]), tonumber(state[2]) or 0
local reset_after, adopted_at = tonumber(state[3]) or 0, tonumber(state[4]) or 0
local forgotten_at, certain = tonumber(state[5]) or 0, state[6] ~= '0'
local window_s = tonumber(state[7])
local function tolerance()
  if window_s == nil then return cap end
  return math.min(cap, window_s / 2)
end
local function adopt(value, ends_by, ends_after, is_certain)
  left, reset_at, reset_after = value, ends_by, math.max(ends_after, 0)
  adopted_at, certain = now, is_certain
end
local result = {}
local reserved_at = nil
if ARGV[1] == 'record' then
  reserved_at = tonumber(redis.call('ZSCORE', KEYS[2], ARGV[2]))
  redis.call('ZREM', KEYS[2], ARGV[2])
end
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', '(' .. fmt(now - tonumber(ARGV[4])))
if ARGV[1] == 'reserve' then
  local in_flight = redis.call('ZCARD', KEYS[2])
  if window_s ~= nil and reset_at - now > window_s + tolerance() then
    left, adopted_at, forgotten_at = nil, 0, 0
  elseif left ~= nil and now >= reset_at then
    left, forgotten_at = nil, now
  end
  if left == nil or left - in_flight > 0 then
    redis.call('ZADD', KEYS[2], fmt(now), ARGV[2])
  else
    local reset_in = math.max(reset_at - now, 0.001)
    local sleep = reset_in
    if left > 0 and in_flight > 0 then
      sleep = math.min(reset_in, math.max((window_s or 2.0) * recheck_fraction, 0.01))
    end
    result = {fmt(sleep), fmt(reset_in)}
  end
else
  local info_left, reset_ms, window_ms = tonumber(ARGV[8]), tonumber(ARGV[9]), tonumber(ARGV[10])
  if info_left ~= nil and reset_ms ~= nil then
    if window_ms ~= nil then window_s = window_ms / 1000 end
    local reset_s = reset_ms / 1000
    local ends_by = now + reset_s
    local ends_after = -math.huge
    if reserved_at ~= nil then ends_after = reserved_at + reset_s end
    local after_forget = reserved_at ~= nil and forgotten_at > 0 and reserved_at >= forgotten_at
    if adopted_at == 0 or ends_after - tolerance() > reset_at then
      adopt(info_left, ends_by, ends_after, true)
    elseif left == nil then
      adopt(info_left, ends_by, ends_after, after_forget)
    elseif ends_by + tolerance() >= reset_after then
      left = math.min(left, info_left)
      if not certain and after_forget then
        certain, reset_at, adopted_at = true, ends_by, now
      elseif not certain then
        reset_at = math.max(reset_at, ends_by)
      elseif reserved_at ~= nil and reserved_at >= adopted_at then
        reset_at = math.min(reset_at, ends_by)
      end
    end
  end
end
if left == nil then
  redis.call('HDEL', KEYS[1], 'left')
else
  redis.call('HSET', KEYS[1], 'left', string.format('%d', left))
end
local certain_flag = '0'
if certain then certain_flag = '1' end
redis.call('HSET', KEYS[1], 'reset_at', fmt(reset_at), 'reset_after', fmt(reset_after),
  'adopted_at', fmt(adopted_at), 'forgotten_at', fmt(forgotten_at), 'certain', certain_flag)
if window_s ~= nil then redis.call('HSET', KEYS[1], 'window_s', fmt(window_s)) end
redis.call('PEXPIRE', KEYS[1], ARGV[5])
redis.call('PEXPIRE', KEYS[2], ARGV[5])
return result
"""


def keys(store_hash: str) -> list[str]:
    """The store's two keys, under one hash tag."""
    state = f"bigcommerce_metafields:quota:{{{store_hash}}}"
    return [state, f"{state}:in-flight"]


def script_args(
    op: str, ticket: str, now: float | None, info: RateLimitInfo | None = None
) -> list[str]:
    """`SCRIPT`'s ARGV; `now` None: the server's clock."""
    args = [
        op,
        ticket,
        "" if now is None else repr(now),
        repr(IN_FLIGHT_TTL_S),
        str(KEY_TTL_MS),
        repr(_NEW_WINDOW_TOLERANCE_S),
        repr(_RECHECK_FRACTION),
    ]
    if info is not None:
        args += ["" if v is None else str(v) for v in (info.left, info.reset_ms, info.window_ms)]
    return args


class RedisBackend:
    """Accounts in the Redis at `url`, shared by every process and machine that names it."""

    def __init__(self, url: str, shown: str, *, clock: Callable[[], float] | None = None) -> None:
        self.shown = shown
        self._url = url
        self._clock = clock  # None: the server's
        # Constructed, not connected: the first request connects.
        self._sync = redis.Redis.from_url(url, **_OPTIONS)
        self._sync_script = self._sync.register_script(SCRIPT)
        self._loops: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, Any] = (
            weakref.WeakKeyDictionary()
        )
        self._health = Health(shown)

    def account(self, store_hash: str) -> QuotaAccount:
        return Failover(RedisAccount(self, keys(store_hash)), self._health)

    def async_account(self, store_hash: str) -> AsyncQuotaAccount:
        return AsyncFailover(AsyncRedisAccount(self, keys(store_hash)), self._health)

    def run(
        self, store_keys: Sequence[str], op: str, ticket: int, info: RateLimitInfo | None = None
    ) -> Wait | None:
        args = script_args(op, ticket_name(ticket), self._now(), info)
        return parse_reply(self._sync_script(keys=store_keys, args=args))

    async def run_async(
        self, store_keys: Sequence[str], op: str, ticket: int, info: RateLimitInfo | None = None
    ) -> Wait | None:
        if sniffio.current_async_library() != "asyncio":
            return await anyio.to_thread.run_sync(self.run, store_keys, op, ticket, info)
        args = script_args(op, ticket_name(ticket), self._now(), info)
        return parse_reply(await self._loop_script()(keys=store_keys, args=args))

    def _now(self) -> float | None:
        return None if self._clock is None else self._clock()

    def _loop_script(self) -> Any:
        loop = asyncio.get_running_loop()
        found = self._loops.get(loop)
        if found is None:
            client = redis.asyncio.Redis.from_url(self._url, **_ASYNC_OPTIONS)
            found = self._loops[loop] = (client, client.register_script(SCRIPT))
        return found[1]

    def close(self) -> None:
        self._sync.close()

    async def aclose(self) -> None:
        """Close the pool of this event loop (and the sync one, used under trio); another loop's
        connections cannot be closed from here, and go with their loop."""
        self._sync.close()
        if sniffio.current_async_library() != "asyncio":
            return
        found = self._loops.pop(asyncio.get_running_loop(), None)
        if found is not None:
            await found[0].aclose()


class RedisAccount:
    """A store's account in Redis (raises what Redis raises: `Failover` handles it)."""

    def __init__(self, backend: RedisBackend, store_keys: list[str]) -> None:
        self._backend = backend
        self._keys = store_keys

    idle = True  # the account is in Redis: nothing is lost here

    def reserve(self, ticket: int) -> Wait | None:
        return self._backend.run(self._keys, "reserve", ticket)

    def record(self, ticket: int, info: RateLimitInfo | None) -> None:
        self._backend.run(self._keys, "record", ticket, info or _NOTHING)


class AsyncRedisAccount:
    """`RedisAccount` for an event loop."""

    def __init__(self, backend: RedisBackend, store_keys: list[str]) -> None:
        self._backend = backend
        self._keys = store_keys

    idle = True  # the account is in Redis: nothing is lost here

    async def reserve(self, ticket: int) -> Wait | None:
        return await self._backend.run_async(self._keys, "reserve", ticket)

    async def record(self, ticket: int, info: RateLimitInfo | None) -> None:
        await self._backend.run_async(self._keys, "record", ticket, info or _NOTHING)


_NOTHING = RateLimitInfo(None, None, None, None)
"""A request answered without the headers, or not at all: it only leaves the in-flight set."""

_OPTIONS: dict[str, Any] = {
    "socket_timeout": TIMEOUT_S,
    "socket_connect_timeout": TIMEOUT_S,
    # One retry, at once: a pooled connection that a restarted server closed is replaced; a
    # server that is down is not waited for (redis-py's default retries ten times, backing off).
    "retry": Retry(NoBackoff(), 1),
}
_ASYNC_OPTIONS: dict[str, Any] = {**_OPTIONS, "retry": AsyncRetry(NoBackoff(), 1)}


def parse_reply(reply: object) -> Wait | None:
    """`SCRIPT`'s answer: an empty list (reserved, or recorded), or the two numbers of a `Wait`."""
    if not isinstance(reply, list) or not reply:
        return None
    sleep, reset_in = (float(value) for value in reply)
    return Wait(sleep, reset_in)
