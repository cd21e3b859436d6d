"""The examples run as a user runs them: the FastAPI app over ASGI, the scripts as processes."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from bigcommerce_metafields import AsyncMetafieldsClient
from bigcommerce_metafields.testing import (
    DEFAULT_STORE_HASH,
    DEFAULT_TOKEN,
    FakeBigCommerce,
    FakeServer,
)
from examples.fastapi_app import create_app

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture
async def api(bigcommerce_fake: FakeBigCommerce) -> AsyncIterator[httpx.AsyncClient]:
    """The app with its lifespan running, its one SDK client wired to the fake store."""

    def make_client() -> AsyncMetafieldsClient:
        transport = bigcommerce_fake.async_transport()
        return AsyncMetafieldsClient(DEFAULT_STORE_HASH, DEFAULT_TOKEN, transport=transport)

    app = create_app(make_client)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app), base_url="http://app") as client,
    ):
        yield client


@pytest.mark.anyio
async def test_fastapi_service_writes_lists_and_deletes(
    api: httpx.AsyncClient, bigcommerce_fake: FakeBigCommerce
) -> None:
    body = {"namespace": "shipping", "key": "box", "value": "small"}
    created = await api.post("/products/5/metafields", json=body)
    assert created.status_code == 201
    assert created.json()["value"] == "small"
    assert (await api.post("/products/5/metafields", json=body)).status_code == 409

    listed = await api.get("/products/5/metafields", params={"namespace": "shipping"})
    assert [(m["key"], m["value"]) for m in listed.json()] == [("box", "small")]
    other = await api.get("/products/5/metafields", params={"namespace": "other"})
    assert other.json() == []

    too_long = await api.post("/products/5/metafields", json={**body, "key": "k" * 65})
    assert too_long.status_code == 422
    assert "key" in too_long.json()["detail"]

    path = f"/products/5/metafields/{created.json()['id']}"
    assert (await api.delete(path)).status_code == 204
    assert (await api.delete(path)).status_code == 404
    assert bigcommerce_fake.metafields("product", 5) == []


def _run(script: str, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - our own scripts, fixed arguments
        [sys.executable, str(EXAMPLES / script), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **env},
        check=False,
    )


def test_sync_script_against_the_fake_on_loopback(bigcommerce_fake_server: FakeServer) -> None:
    env = {
        "BIGCOMMERCE_STORE_HASH": DEFAULT_STORE_HASH,
        "BIGCOMMERCE_ACCESS_TOKEN": DEFAULT_TOKEN,
    }
    first = _run_with_base_url(bigcommerce_fake_server, env, "9", "ns", "color", "red")
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines()[0] == "created"
    second = _run_with_base_url(bigcommerce_fake_server, env, "9", "ns", "color", "blue")
    assert second.stdout.splitlines() == ["updated", "1: ns.color = 'blue'"]
    third = _run_with_base_url(bigcommerce_fake_server, env, "9", "ns", "color", "blue")
    assert third.stdout.splitlines() == ["unchanged", "1: ns.color = 'blue'"]


def _run_with_base_url(
    server: FakeServer, env: dict[str, str], *args: str
) -> subprocess.CompletedProcess[str]:
    # The script reads its settings from the environment, as a deployed script would.
    return _run("sync_script.py", *args, env={**env, "BIGCOMMERCE_BASE_URL": server.base_url})


def test_demo_walks_through_both_families() -> None:
    result = _run("demo.py", env={"BIGCOMMERCE_STORE_HASH": "", "BIGCOMMERCE_ACCESS_TOKEN": ""})
    assert result.returncode == 0, result.stderr
    for line in (
        "== Product 111: create three metafields",
        "ConflictError: 409 Conflict",
        "UnprocessableEntityError: 422",
        "key: must be between 1 and 64 characters long, got 65",
        "left in sdk-demo-",
        "== Summary",
    ):
        assert line in result.stdout
    # The one 429 of the burst is the fake's, on purpose: the output says so, not just "1 answered
    # 429" right after "no error surfaced".
    lines = result.stdout.splitlines()
    done = next(line for line in lines if line.startswith("   done in "))
    assert done.endswith(
        "no error surfaced: the 429 injected on purpose was absorbed by the SDK's retry"
    )
    wire = next(line for line in lines if "requests on the wire" in line)
    assert wire.endswith(
        ", 1 answered 429: injected on purpose by the fake's fault injection, absorbed by the "
        "SDK's retry"
    )
