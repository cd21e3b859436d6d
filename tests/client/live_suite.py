"""`make live-test`: the family-generic scenarios of scenarios.py against a real BigCommerce store.

    BIGCOMMERCE_STORE_HASH=abc123xyz BIGCOMMERCE_ACCESS_TOKEN=... \\
    BIGCOMMERCE_LIVE_PRODUCT=111 BIGCOMMERCE_LIVE_VARIANT=111/222 make live-test

Each family is run on the resource its variable names: `BIGCOMMERCE_LIVE_<FAMILY>` holds the
resource's path ids in path order, joined by "/", as the client's signatures declare them (so a
family added to the spec gets a variable with no edit here). A family without ids, the store
itself, runs only when its variable is 1: it writes store-level metafields. A family left unset is
reported as not run. `BIGCOMMERCE_BASE_URL` (optional) points the client at a sandbox, a proxy or
the fake, as it does for any client.

Everything is written as `app_only` metafields under the run's random namespace prefix,
`sdk-live-<8 hex>-<scenario>` (one namespace per scenario, so that a scenario's clean-up sweeps
only its own), and deleted after each scenario whatever happened; what could not be deleted is
listed with its ids and fails the run.

Exit status: 0 when every scenario run passed and nothing was left behind, and also when nothing
was run (credentials missing or no family configured: the output says "live contract suite NOT
run" and lists every variable it needs); 1 when a scenario failed, a metafield could not be deleted
or an exception showed the token; 2 when a variable is malformed (nothing run).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from typing import Any

import anyio
import httpx
from clientkit import RAISED, Api, leaks
from scenarios import (
    FAMILIES,
    SCENARIOS,
    Context,
    Family,
    Leftover,
    Scenario,
    new_namespace,
    run,
)

from bigcommerce_metafields import (
    ACCESS_TOKEN_ENV,
    BASE_URL_ENV,
    STORE_HASH_ENV,
    AsyncMetafieldsClient,
    ConfigurationError,
)

LIVE_PREFIX = "BIGCOMMERCE_LIVE_"
SCENARIOS_ENV = "BIGCOMMERCE_SCENARIOS"
OPT_IN = "1"
NOT_RUN = "live contract suite NOT run"
_EXAMPLE_STR_ID = "b2f9a4c3-7d45-4c1e-9a5b-0f6a3a1d2e77"

Plan = list[tuple[Family, tuple[Any, ...]]]


def variable(family: Family) -> str:
    return f"{LIVE_PREFIX}{family.name.upper()}"


def placeholder(family: Family) -> str:
    return "/".join(f"<{name}>" for name, _ in family.ids) or OPT_IN


def example(family: Family) -> str:
    values = (
        str(111 + n) if kind is int else _EXAMPLE_STR_ID for n, (_, kind) in enumerate(family.ids)
    )
    return "/".join(values) or OPT_IN


def runnable(family: Family, scenarios: Sequence[Scenario] = SCENARIOS) -> str | None:
    """Why none of `scenarios` can run on `family`, or None if one can."""
    if any(scenario.applies(family) for scenario in scenarios):
        return None
    lacking = min((sorted(set(s.needs) - family.methods) for s in scenarios), key=len)
    return f"the SDK's {family.resource} has no {', '.join(lacking)}"


def parse(family: Family, value: str) -> tuple[Any, ...]:
    """The resource ids in `value`; ValueError saying what is expected."""
    expected = f"{variable(family)}={placeholder(family)}, e.g. {example(family)}"
    if not family.ids:
        if value != OPT_IN:
            raise ValueError(
                f"got {value!r}; it writes store-level metafields: opt in with {expected}"
            )
        return ()
    parts = value.split("/")
    if len(parts) != len(family.ids):
        raise ValueError(f"got {value!r}; expected {expected}")
    ids: list[Any] = []
    for part, (name, kind) in zip(parts, family.ids, strict=True):
        if kind is int:
            if not part.isdigit() or int(part) < 1:
                raise ValueError(f"{name} {part!r} is not a positive integer; expected {expected}")
            ids.append(int(part))
        elif not part:
            raise ValueError(f"{name} is empty; expected {expected}")
        else:
            ids.append(part)
    return tuple(ids)


def needs() -> str:
    width = max(len(f"{variable(f)}={placeholder(f)}") for f in FAMILIES)
    lines = [
        "The live contract suite plays the family-generic scenarios (tests/client/scenarios.py)",
        "against a real store, under a random namespace, and deletes what it creates. It needs:",
        f"  {STORE_HASH_ENV}    the store's hash, e.g. abc123xyz",
        f"  {ACCESS_TOKEN_ENV}  a store API account's token that may write the metafields of",
        "                            the families below",
        f"  {BASE_URL_ENV}      optional: another API base URL (a sandbox, a proxy, the fake)",
        f"  {SCENARIOS_ENV}     optional: the scenarios to play, comma-separated (default all:",
        f"                            {', '.join(s.name for s in SCENARIOS)})",
        "and, per family, the resource it may write metafields to (ids in path order, joined by",
        '"/"; a family left unset is not run):',
    ]
    for family in FAMILIES:
        setting = f"{variable(family)}={placeholder(family)}".ljust(width)
        note = f"e.g. {variable(family)}={example(family)}"
        if not family.ids:
            note = "writes metafields of the store itself: 1 opts in"
        if (reason := runnable(family)) is not None:
            note += f" (not run even if set: {reason})"
        lines.append(f"  {setting}  {note}")
    return "\n".join(lines)


def configure(environ: Mapping[str, str]) -> tuple[Plan, list[Scenario], list[str], list[str]]:
    """The families to run with their resource ids, the scenarios to play, the malformed
    variables, and the families not run with the reason."""
    plan: Plan = []
    problems: list[str] = []
    not_run: list[str] = []
    by_name = {scenario.name: scenario for scenario in SCENARIOS}
    names = [name.strip() for name in environ.get(SCENARIOS_ENV, "").split(",") if name.strip()]
    if unknown := [name for name in names if name not in by_name]:
        problems.append(
            f"{SCENARIOS_ENV}: no scenario {', '.join(unknown)}; known: {', '.join(by_name)}"
        )
    selected = [by_name[name] for name in names if name in by_name] or list(SCENARIOS)
    for family in FAMILIES:
        value = environ.get(variable(family), "")
        if not value:
            not_run.append(f"{family.resource} ({variable(family)} not set)")
            continue
        try:
            where = parse(family, value)
        except ValueError as exc:
            problems.append(f"{variable(family)}: {exc}")
            continue
        if (reason := runnable(family, selected)) is not None:
            not_run.append(f"{family.resource} ({reason})")
            continue
        plan.append((family, where))
    return plan, selected, problems, not_run


class CountingTransport(httpx.AsyncBaseTransport):
    """Counts the requests that leave the client: proof that a refused call sent nothing."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.sent = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.sent += 1
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


async def play(
    plan: Plan, scenarios: list[Scenario], not_run: list[str], environ: Mapping[str, str]
) -> int:
    namespace = new_namespace()
    token = environ[ACCESS_TOKEN_ENV]
    base_url = environ.get(BASE_URL_ENV) or None
    transport = CountingTransport(httpx.AsyncHTTPTransport())
    try:
        # The SDK's defaults otherwise (retries, rate-limit waits): what an app would run.
        client = AsyncMetafieldsClient(
            environ[STORE_HASH_ENV], token, base_url=base_url, transport=transport
        )
    except ConfigurationError as exc:
        print(f"{exc}\n{NOT_RUN}: the client cannot be configured", flush=True)
        return 2
    where_to = base_url or f"store {environ[STORE_HASH_ENV]}"
    print(f"live contract suite: {where_to}, namespaces {namespace}-<scenario>", flush=True)
    passed = failed = made = removed = 0
    left: list[Leftover] = []
    api = Api(client)
    try:
        for family, where in plan:
            ids = "/".join(str(part) for part in where) or "the store"
            outcomes, failures = [], []
            for scenario in scenarios:
                if not scenario.applies(family):
                    continue
                own = f"{namespace}-{scenario.name}"
                ctx = Context(api, family, where, own, lambda: transport.sent)
                try:
                    await run(scenario, ctx)
                except Exception as exc:
                    RAISED.append(exc)  # checked for the token below, with the expected ones
                    failed += 1
                    outcomes.append(f"{scenario.name} FAILED")
                    failures.append(f"    {scenario.name}: {type(exc).__name__}: {exc}")
                else:
                    passed += 1
                    outcomes.append(f"{scenario.name} ok")
                made, removed = made + ctx.made, removed + ctx.removed
                left.extend(ctx.left)
            print(
                f"  {family.resource} {ids}: {', '.join(outcomes)}", *failures, sep="\n", flush=True
            )
    finally:
        await api.aclose()
    for reason in not_run:
        print(f"  not run: {reason}")
    unchecked = sum(1 for leftover in left if leftover.metafield_id is None)
    print(
        f"cleanup: {made} metafields created, {removed} deleted, {len(left) - unchecked} left "
        f"behind, {unchecked} namespaces not checked"
    )
    for leftover in left:
        print(f"  left behind: {leftover}")
    shown = [error for error in RAISED if leaks(error, token)]
    for error in shown:
        print(f"  an exception shows the access token: {type(error).__name__}")
    print(
        f"live contract suite: scenarios passed {passed}, failed {failed}; families run "
        f"{len(plan)}, NOT run {len(not_run)}",
        flush=True,
    )
    return 1 if failed or left or shown else 0


def main(environ: Mapping[str, str] = os.environ) -> int:
    plan, scenarios, problems, not_run = configure(environ)
    missing = [name for name in (STORE_HASH_ENV, ACCESS_TOKEN_ENV) if not environ.get(name)]
    if problems:
        print(*problems, sep="\n")
        print(f"{NOT_RUN}: fix the variables above")
        return 2
    if missing or not plan:
        print(needs())
        reason = f"{' and '.join(missing)} not set" if missing else "no family configured"
        print(f"{NOT_RUN}: {reason}")
        return 0
    return anyio.run(play, plan, scenarios, not_run, environ, backend="asyncio")


if __name__ == "__main__":
    sys.exit(main())
