"""Every family's commands, in process, with no family tables: the families are the client's.

The families, their resource ids (names and types) and their methods are read here from the
public client, as the command line reads them, but independently of its code: a family the SDK
gains is on the command line and tested here after `make generate` alone. Each scenario runs
`main()` in this process against the fake on loopback, so that ten families cost seconds.
"""

from __future__ import annotations

import inspect
import json
import re
import typing
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any, cast

import pytest
from clikit import WRITTEN, connection, json_lines

from bigcommerce_metafields import MetafieldsClient, resources
from bigcommerce_metafields.cli import main
from bigcommerce_metafields.testing import (
    DEFAULT_STORE_HASH,
    DEFAULT_TOKEN,
    FakeBigCommerce,
    FakeServer,
)

_PROBE = MetafieldsClient(DEFAULT_STORE_HASH, DEFAULT_TOKEN)
RESOURCES: dict[str, Any] = {
    name.removesuffix("_metafields"): value
    for name, value in vars(_PROBE).items()
    if type(value).__name__ in resources.__all__
}
_PROBE.close()
FAMILIES = sorted(RESOURCES)


def _has(family: str, *methods: str) -> bool:
    return all(callable(getattr(RESOURCES[family], m, None)) for m in methods)


def _id_types(family: str) -> dict[str, Any]:
    """The ids naming a resource: `get`'s positional parameters before `metafield_id`."""
    method = RESOURCES[family].get
    hints = typing.get_type_hints(method)
    names = list(inspect.signature(method).parameters)
    return {name: hints[name] for name in names[: names.index("metafield_id")]}


def _fresh_ids(family: str) -> list[int | str]:
    """Ids of a resource no other test uses (integers where the SDK takes them)."""
    return [
        uuid.uuid4().int % 10**6 + 1
        if int in (typing.get_args(kind) or (kind,))
        else str(uuid.uuid4())
        for kind in _id_types(family).values()
    ]


def _fake_id(ids: Sequence[int | str]) -> Any:
    """The resource id the fake's helpers take: one id as is, several as a tuple, none: None."""
    if not ids:
        return None
    return ids[0] if len(ids) == 1 else tuple(ids)


def _stored(fake: FakeBigCommerce, family: str, ids: Sequence[int | str]) -> set[tuple[Any, ...]]:
    metafields = fake.metafields(cast(Any, family), _fake_id(ids))
    return {tuple(mf[name] for name in WRITTEN) for mf in metafields}


class Cli:
    """`main()` in this process, against one fake on loopback; output captured."""

    def __init__(self, server: FakeServer, capsys: pytest.CaptureFixture[str]) -> None:
        self.server = server
        self.capsys = capsys

    def __call__(self, *words: object) -> tuple[int, str, str]:
        try:
            code = main([*connection(self.server), *(str(word) for word in words)])
        except SystemExit as exc:  # argparse's way out: a usage error
            code = int(str(exc.code))
        out, err = self.capsys.readouterr()
        return code, out, err

    def ok(self, *words: object) -> str:
        code, out, err = self(*words)
        assert code == 0, err
        return out


@pytest.fixture
def cli(server: FakeServer, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(server, capsys)


CREATE = ("--namespace", "warehouse", "--key", "location", "--value", "4HG")
CREATE += ("--permission-set", "read", "--description", "bin")


def test_the_families_are_found() -> None:
    assert {"product", "variant", "cart", "store"} <= set(FAMILIES)
    assert list(_id_types("variant")) == ["product_id", "variant_id"]
    assert list(_id_types("store")) == []


@pytest.mark.parametrize("family", FAMILIES)
def test_every_command_the_resource_has(family: str, cli: Cli, fake: FakeBigCommerce) -> None:
    ids = _fresh_ids(family)
    names = list(_id_types(family))
    if _has(family, "create"):
        created = json.loads(cli.ok(family, "create", *ids, *CREATE))
    else:  # seeded, as the SDK cannot create one
        fake.add_metafield(
            cast(Any, family),
            _fake_id(ids),
            namespace="warehouse",
            key="location",
            value="4HG",
            permission_set="read",
            description="bin",
        )
        (seeded,) = fake.metafields(cast(Any, family), _fake_id(ids))
        created = json.loads(cli.ok(family, "get", *ids, seeded["id"]))
    assert created["resource_type"] == family
    assert [created[name] for name in names] == ids  # the ids by name
    assert [created[name] for name in ("namespace", "key", "value")] == [
        "warehouse",
        "location",
        "4HG",
    ]
    mid = created["id"]

    assert json.loads(cli.ok(family, "get", *ids, mid)) == created

    if _has(family, "list"):
        fake.add_metafield(cast(Any, family), _fake_id(ids), namespace="other", key="k", value="v")
        assert json_lines(cli.ok(family, "list", *ids, "--namespace", "warehouse")) == [created]
    else:
        code, _, err = cli(family, "list", *ids)
        assert code == 2, err

    # Only the value: the description stays, whether the service's update is partial or whole.
    updated = json.loads(cli.ok(family, "update", *ids, mid, "--value", "5XY"))
    assert (updated["value"], updated["description"], updated["permission_set"]) == (
        "5XY",
        "bin",
        "read",
    )

    deleted = json.loads(cli.ok(family, "delete", *ids, mid))
    assert deleted["deleted"] is True
    assert [deleted[name] for name in names] == ids
    code, out, err = cli(family, "get", *ids, mid)
    assert (code, out) == (4, "")
    assert "404" in err


@pytest.mark.parametrize("family", [f for f in FAMILIES if _has(f, "list")])
def test_list_offers_the_filters_of_the_sdks_list(
    family: str, capsys: pytest.CaptureFixture[str]
) -> None:
    resource = RESOURCES[family]
    options = set(inspect.signature(resource.get).parameters)  # per-call options every method has
    filters = [
        name
        for name, parameter in inspect.signature(resource.list).parameters.items()
        if parameter.kind is parameter.KEYWORD_ONLY and name not in {*options, "page", "limit"}
    ]
    with pytest.raises(SystemExit):
        main([family, "list", "--help"])
    usage = capsys.readouterr().out.split("\n\n")[0]
    offered = set(re.findall(r"(?<![\w-])--[a-z][a-z-]*", usage))
    expected = {f"--{name.replace('_', '-')}" for name in filters}
    assert expected <= offered
    # Nothing the SDK's list lacks is offered either: the rest are paging and connection options.
    rest = {"--page", "--all", "--limit", "--store-hash", "--access-token", "--base-url"}
    rest |= {"--sandbox", "--sandbox-state", "--table", "--timeout", "--max-retries"}
    assert offered - expected == rest


@pytest.mark.parametrize("family", [f for f in FAMILIES if _has(f, "paginate", "find", "create")])
def test_export_then_import_round_trips(
    family: str, cli: Cli, server: FakeServer, fake: FakeBigCommerce, tmp_path: Path
) -> None:
    first, second = _fresh_ids(family), _fresh_ids(family)
    names = list(_id_types(family))
    for n, ids in enumerate((first, first, second)):  # seeded: `create` is tested above
        fake.add_metafield(
            cast(Any, family),
            _fake_id(ids),
            namespace="warehouse",
            key=f"k{n}",
            value=f'{{"n": {n}, "text": "comma, quote \\" and ünïcødé"}}\nsecond line',
            description=f"description {n}" if n else "",
        )
    words = [*first, *second]
    cli.ok(family, "export", *words, "-o", tmp_path / "all.jsonl")
    cli.ok(family, "export", *words, "-o", tmp_path / "all.csv")
    lines = json_lines((tmp_path / "all.jsonl").read_text(encoding="utf-8"))
    assert [[line[name] for name in names] for line in lines] == [first, first, second]
    header = (tmp_path / "all.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith(",".join(["resource_type", *names]))

    for name in ("all.jsonl", "all.csv"):
        fresh = FakeBigCommerce(quota=None)
        server.fake = fresh
        report = json_lines(cli.ok(family, "import", tmp_path / name, "--failures", tmp_path / "f"))
        assert [row["action"] for row in report] == ["created"] * 3
        for ids in (first, second):
            assert _stored(fresh, family, ids) == _stored(fake, family, ids)
