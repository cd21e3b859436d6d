"""Fixtures of the quota tests: a real Redis server for the session, a clean database per test.

`redis-server` must be installed (`make install` installs it on a Debian machine): without it the
Redis tests fail, loudly, rather than skip, so a machine that cannot run them is noticed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from quotakit import RedisServer


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    try:
        server = RedisServer(tmp_path_factory.mktemp("redis"))
    except RuntimeError as exc:
        pytest.fail(str(exc), pytrace=False)
    yield server
    server.stop()


@pytest.fixture
def redis_url(redis_server: RedisServer) -> str:
    """The session server's database 0, emptied for this test."""
    url = redis_server.url(0)
    with redis.Redis.from_url(url) as admin:
        admin.flushdb()
    return url


@pytest.fixture
def quota_dir(tmp_path: Path) -> Path:
    return tmp_path / "quota"
