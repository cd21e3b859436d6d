"""A walk through the SDK: both metafield families end to end, errors, retries and the throttle.

    make demo                 # against the embedded fake store on loopback, no account needed

With BIGCOMMERCE_STORE_HASH and BIGCOMMERCE_ACCESS_TOKEN set it runs against that store instead,
writing only under its own namespace and deleting what it created. It then needs a product id
(BIGCOMMERCE_DEMO_PRODUCT_ID) and, for the cart part, a cart id (BIGCOMMERCE_DEMO_CART_ID).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import anyio

from bigcommerce_metafields import (
    AsyncMetafieldsClient,
    ConflictError,
    UnprocessableEntityError,
    ValidationError,
)

if TYPE_CHECKING:
    from bigcommerce_metafields.testing import FakeBigCommerce

NAMESPACE = f"sdk-demo-{uuid.uuid4().hex[:8]}"


class RetryCounter(logging.Handler):
    """Counts the SDK's retry and throttle log lines, for the summary."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.retries = 0
        self.throttle_waits = 0

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        self.retries += message.startswith("retry ")
        self.throttle_waits += message.startswith("throttle:")


def step(text: str) -> None:
    print(f"\n== {text}")


@contextlib.contextmanager
def target() -> Iterator[tuple[AsyncMetafieldsClient, FakeBigCommerce | None, str | None]]:
    """A client for the real store when credentials are set, else for a fake on loopback."""
    if os.environ.get("BIGCOMMERCE_STORE_HASH") and os.environ.get("BIGCOMMERCE_ACCESS_TOKEN"):
        print(f"Live store {os.environ['BIGCOMMERCE_STORE_HASH']}, namespace {NAMESPACE}")
        yield AsyncMetafieldsClient(), None, None
        return
    from bigcommerce_metafields.testing import (
        DEFAULT_STORE_HASH,
        DEFAULT_TOKEN,
        FakeBigCommerce,
        serve,
    )

    # A tight quota (20 requests per second) so that the throttle has work to do.
    fake = FakeBigCommerce(quota=20, window_ms=1000)
    with serve(fake) as server:
        print(f"Embedded fake store at {server.base_url}, namespace {NAMESPACE}")
        yield (
            AsyncMetafieldsClient(DEFAULT_STORE_HASH, DEFAULT_TOKEN, base_url=server.base_url),
            fake,
            server.base_url,
        )


async def products(
    client: AsyncMetafieldsClient, product_id: int, fake: FakeBigCommerce | None
) -> None:
    mf = client.product_metafields
    step(f"Product {product_id}: create three metafields")
    created = []
    for color in ("red", "green", "blue"):
        response = await mf.create(
            product_id,
            namespace=NAMESPACE,
            key=f"color_{color}",
            value=color,
            permission_set="app_only",
            description="made by the SDK demo",
        )
        created.append(response.data)
        print(f"   created id={response.data.id} {response.data.key}={response.data.value}")

    step("Get one, with the raw response beside the model")
    raw = await mf.with_raw_response.get(product_id, created[0].id)
    print(f"   {raw.status_code} {raw.parsed.data.key}={raw.parsed.data.value}; {raw.rate_limit}")

    step("List with a filter, then paginate every item (page size 2 to show several pages)")
    page = await mf.list(product_id, namespace=NAMESPACE, key="color_green")
    print(f"   key=color_green -> {[item.value for item in page.data]}")
    async for page_ in mf.paginate(product_id, namespace=NAMESPACE, page_size=2).pages():
        print(
            f"   page {page_.number}/{page_.pagination.total_pages}: {[i.key for i in page_.items]}"
        )

    step("Update one (a partial update: only the value)")
    updated = await mf.update(product_id, created[0].id, value="crimson")
    print(f"   {updated.data.key} is now {updated.data.value}")

    step("A duplicate namespace+key is a ConflictError (409)")
    try:
        await mf.create(
            product_id,
            namespace=NAMESPACE,
            key="color_red",
            value="again",
            permission_set="app_only",
        )
    except ConflictError as error:
        print(f"   {type(error).__name__}: {error}")

    step("Bad input is refused before sending: ValidationError names each field and rule")
    try:
        bad_permission: Any = "everyone"  # not a PermissionSet: mypy would refuse it
        await mf.create(
            product_id, namespace=NAMESPACE, key="k" * 65, value="", permission_set=bad_permission
        )
    except ValidationError as error:
        for field, rule in error.errors.items():
            print(f"   {field}: {rule}")

    if fake is not None:
        step("A 422 from the service is an UnprocessableEntityError (scripted on the fake)")
        fake.faults.add(method="PUT", status=422)
        try:
            await mf.update(product_id, created[1].id, value="x")
        except UnprocessableEntityError as error:
            print(f"   {type(error).__name__}: {error}")

    step("Delete what was created")
    for item in created:
        await mf.delete(product_id, item.id)
    print(f"   left in {NAMESPACE}: {len((await mf.list(product_id, namespace=NAMESPACE)).data)}")


async def carts(client: AsyncMetafieldsClient, cart_id: str) -> None:
    mf = client.cart_metafields
    step(f"Cart {cart_id}: create, list, delete")
    note = await mf.create(
        cart_id,
        namespace=NAMESPACE,
        key="gift_message",
        value="Happy birthday!",
        permission_set="write_and_sf_access",
    )
    listing = await mf.list(cart_id, namespace=NAMESPACE)
    print(f"   {listing.meta.pagination.total} metafield(s): {[i.value for i in listing.data]}")
    await mf.delete(cart_id, int(note.data.id))


async def burst(
    client: AsyncMetafieldsClient, product_id: int, fake: FakeBigCommerce | None
) -> int:
    """Returns how many 429s were injected on purpose (by the fake's fault injection)."""
    step("60 concurrent reads against a quota of 20 per second")
    rule = None
    if fake is not None:
        # One 429 injected on purpose by the fake's fault injection (the quota itself is
        # never overdrawn: the throttle waits instead), to show the SDK's retry absorbing it.
        rule = fake.faults.add(
            method="GET", status=429, headers={"X-Rate-Limit-Time-Reset-Ms": "200"}
        )
        print("   (the fake is told to answer one of them 429, on purpose)")
    started = time.perf_counter()
    async with anyio.create_task_group() as group:
        for _ in range(60):
            group.start_soon(client.product_metafields.list, product_id)
    injected = 0 if rule is None else 1 - (rule.times or 0)
    elapsed = time.perf_counter() - started
    line = f"   done in {elapsed:.2f}s, no error surfaced"
    if injected:
        which = "the 429 injected on purpose was" if injected == 1 else "the 429s injected were"
        line += f": {which} absorbed by the SDK's retry"
    print(line)
    return injected


def bulk(fake: FakeBigCommerce, base_url: str) -> None:
    """The command line's bulk import and export, through the batch endpoints (fake only: it
    writes 400 metafields over 100 products)."""
    from bigcommerce_metafields.testing import DEFAULT_STORE_HASH, DEFAULT_TOKEN

    step("Bulk: import 400 metafields over 100 products with the command line, export them")
    connection = ["--base-url", base_url, "--store-hash", DEFAULT_STORE_HASH]
    env = {**os.environ, "BIGCOMMERCE_ACCESS_TOKEN": DEFAULT_TOKEN}
    with tempfile.TemporaryDirectory() as folder:
        records = Path(folder, "in.jsonl")
        records.write_text(
            "".join(
                json.dumps(
                    {
                        "product_id": product_id,
                        "namespace": NAMESPACE,
                        "key": f"bin_{n}",
                        "value": f"A{product_id}-{n}",
                        "permission_set": "read",
                    }
                )
                + "\n"
                for product_id in range(1000, 1100)
                for n in range(4)
            ),
            encoding="utf-8",
        )
        commands = [
            ["product", "import", str(records), "--failures", str(Path(folder, "failed.jsonl"))],
            ["product", "import", str(records), "--dry-run"],
            ["product", "export", "--range", "1000-1099", "-o", str(Path(folder, "out.jsonl"))],
        ]
        for command in commands:
            before = len(fake.requests)
            done = subprocess.run(  # noqa: S603 - the package's own command line
                [sys.executable, "-m", "bigcommerce_metafields.cli", *connection, *command],
                capture_output=True,
                text=True,
                env=env,
                check=False,
            )
            summary = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else ""
            sent = len(fake.requests) - before
            shown = " ".join("FILE" if os.sep in word else word for word in command)
            print(f"   $ bigcommerce-metafields {shown}")
            print(f"     {summary}")
            print(f"     {sent} requests (one at a time: {_one_at_a_time(command)})")


def _one_at_a_time(command: list[str]) -> str:
    """What the per-record path would have sent: a lookup per record and a write per change,
    or a listing per product."""
    return "100 listings" if command[1] == "export" else "400 lookups + up to 400 writes"


def _plural(count: int, what: str, plural: str | None = None) -> str:
    return f"{count} {what if count == 1 else plural or what + 's'}"


async def main() -> None:
    counter = RetryCounter()
    logging.getLogger("bigcommerce_metafields").addHandler(counter)
    logging.getLogger("bigcommerce_metafields").setLevel(logging.INFO)
    product_id = int(os.environ.get("BIGCOMMERCE_DEMO_PRODUCT_ID", "111"))
    cart_id = os.environ.get("BIGCOMMERCE_DEMO_CART_ID")
    started = time.perf_counter()
    with target() as (client, fake, base_url):
        async with client:
            await products(client, product_id, fake)
            if cart_id or fake is not None:
                await carts(client, cart_id or str(uuid.uuid4()))
            injected = await burst(client, product_id, fake)
        if fake is not None and base_url is not None:
            await anyio.to_thread.run_sync(bulk, fake, base_url)
        step("Summary")
        if fake is not None:
            wire = fake.requests
            limited = sum(1 for r in wire if r.status == 429)
            line = f"   {len(wire)} requests on the wire, {limited} answered 429"
            if injected:
                line += (
                    f": {'' if injected == limited else f'{injected} '}injected on purpose by the "
                    "fake's fault injection, absorbed by the SDK's retry"
                    + (f"; {limited - injected} from the quota" if limited > injected else "")
                )
            print(line)
        print(
            f"   {_plural(counter.retries, 'retry', 'retries')}, "
            f"{_plural(counter.throttle_waits, 'throttle wait')}"
        )
        print(f"   {time.perf_counter() - started:.2f}s in all")


if __name__ == "__main__":
    anyio.run(main)
