"""The single-metafield commands, output formats and exit codes, end to end in a subprocess.

Every family's commands run in process in `test_cli_families.py`; these run the installed script.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from clikit import assert_one_line_errors, clean_env, connection, json_lines, run, seed

from bigcommerce_metafields.testing import (
    DEFAULT_STORE_HASH,
    DEFAULT_TOKEN,
    FakeBigCommerce,
    FakeServer,
)

CART_ID = "b2f9a4c3-7d45-4c1e-9a5b-0f6a3a1d2e77"


@pytest.mark.parametrize(("family", "resource_id"), [("product", 111), ("cart", CART_ID)])
def test_create_get_list_update_delete(
    server: FakeServer, fake: FakeBigCommerce, family: str, resource_id: object
) -> None:
    rid = str(resource_id)
    created = run(
        *(family, "create", rid, "--namespace", "warehouse", "--key", "location"),
        *("--value-file", "-", "--permission-set", "read", "--description", "bin"),
        server=server,
        stdin="4HG\nrow 2",
    )
    assert created.returncode == 0, created.stderr
    assert created.stderr == ""
    metafield = json.loads(created.stdout)  # one JSON document
    assert metafield["resource_type"] == family
    assert metafield["resource_id"] == resource_id
    assert (metafield["namespace"], metafield["key"]) == ("warehouse", "location")
    assert (metafield["value"], metafield["permission_set"]) == ("4HG\nrow 2", "read")
    assert metafield["description"] == "bin"
    mid = str(metafield["id"])

    got = run(family, "get", rid, mid, server=server)
    assert got.returncode == 0, got.stderr
    assert json.loads(got.stdout) == metafield

    fake.add_metafield(family, resource_id, namespace="other", key="k", value="v")  # type: ignore[arg-type]
    listed = run(family, "list", rid, "--namespace", "warehouse", server=server)
    assert listed.returncode == 0, listed.stderr
    assert json_lines(listed.stdout) == [metafield]  # JSON Lines, filtered

    updated = run(
        *(family, "update", rid, mid, "--value", "5XY", "--permission-set", "write"),
        server=server,
    )
    assert updated.returncode == 0, updated.stderr
    after = json.loads(updated.stdout)
    assert (after["value"], after["permission_set"], after["description"]) == (
        "5XY",
        "write",
        "bin",  # fields not given stay as they were
    )

    deleted = run(family, "delete", rid, mid, server=server)
    assert deleted.returncode == 0, deleted.stderr
    assert json.loads(deleted.stdout)["deleted"] is True
    assert [mf["key"] for mf in fake.metafields(family, resource_id)] == ["k"]  # type: ignore[arg-type]


def test_list_one_page_or_all(server: FakeServer, fake: FakeBigCommerce) -> None:
    seed(fake, "product", 7, 7)
    page = run("product", "list", "7", "--limit", "3", "--page", "2", server=server)
    assert page.returncode == 0, page.stderr
    assert [mf["key"] for mf in json_lines(page.stdout)] == ["key4", "key5", "key6"]
    assert page.stderr.strip() == (
        "page 2 of 3 (7 metafields): --page 3 for the next, --all for every page"
    )

    everything = run("product", "list", "7", "--all", "--limit", "2", server=server)
    assert everything.returncode == 0, everything.stderr
    assert [mf["key"] for mf in json_lines(everything.stdout)] == [f"key{n}" for n in range(1, 8)]
    assert everything.stderr == ""
    assert len([r for r in fake.requests if r.method == "GET"]) == 1 + 4  # pages of 2


def test_product_only_filters(server: FakeServer, fake: FakeBigCommerce) -> None:
    seed(fake, "product", 7, 6)
    result = run(
        *("product", "list", "7", "--namespace-in", "ns0,ns1", "--key-in", "key1,key2"),
        *("--key-in", "key4", "--direction", "desc", "--include-fields", "key"),
        *("--date-created-min", "2000-01-01"),
        server=server,
    )
    assert result.returncode == 0, result.stderr
    rows = json_lines(result.stdout)
    assert [row["key"] for row in rows] == ["key4", "key2", "key1"]
    assert "value" not in rows[0]  # include_fields
    assert rows[0]["resource_type"] == "product"  # filled in although the listing left it out
    query = next(r for r in fake.requests if r.method == "GET").query
    assert "key%3Ain=key1%2Ckey2%2Ckey4" in query or "key:in=key1,key2,key4" in query


def test_table_output_and_options_after_the_command(
    server: FakeServer, fake: FakeBigCommerce
) -> None:
    seed(fake, "product", 7, 3)
    listed = run("product", "list", "7", "--table", *connection(server))
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert lines[0].split() == ["ID", "NAMESPACE", "KEY", "VALUE", "PERMISSION_SET", "DESCRIPTION"]
    assert len(lines) == 4
    value_column = lines[0].index("VALUE")
    assert all(line[value_column:].startswith('{"n": ') for line in lines[1:])  # aligned
    assert all("…" in line for line in lines[1:])  # long values are cut

    got = run("--table", "product", "get", "7", "1", server=server)
    assert got.returncode == 0, got.stderr
    fields = dict(line.split(None, 1) for line in got.stdout.splitlines() if " " in line)
    assert fields["key"] == "key1"
    assert fields["resource_type"] == "product"


def test_table_of_an_empty_listing_still_prints_its_header(server: FakeServer) -> None:
    listed = run("--table", "cart", "list", CART_ID, server=server)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.split() == [
        "ID",
        "NAMESPACE",
        "KEY",
        "VALUE",
        "PERMISSION_SET",
        "DESCRIPTION",
    ]
    everything = run("--table", "product", "list", "5", "--all", server=server)
    assert everything.returncode == 0, everything.stderr
    assert everything.stdout.splitlines()[0].startswith("ID  NAMESPACE  KEY")
    imported = run(
        "--table", "product", "import", "-", "--format", "jsonl", server=server, stdin=""
    )
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.split() == [
        *("LINE", "RESOURCE_TYPE", "PRODUCT_ID", "NAMESPACE", "KEY", "ACTION", "ID", "ERROR")
    ]


def test_sandbox_runs_against_an_embedded_fake(tmp_path: Path) -> None:
    result = run(
        *("--sandbox", "cart", "create", CART_ID, "--namespace", "n", "--key", "k"),
        *("--value", "v", "--permission-set", "app_only"),
        env=clean_env(BIGCOMMERCE_SANDBOX_STATE=str(tmp_path / "sandbox.json")),
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["resource_id"] == CART_ID  # stdout holds only the result


def test_usage_error_exits_2(server: FakeServer) -> None:
    result = run("product", "frobnicate", "1", server=server)
    assert result.returncode == 2
    assert result.stderr.startswith("bigcommerce-metafields product: error: argument COMMAND")
    assert len(result.stderr.splitlines()) == 1
    assert result.stdout == ""


def test_missing_token_exits_3(server: FakeServer) -> None:
    result = run(
        *("--base-url", server.base_url, "--store-hash", DEFAULT_STORE_HASH),
        *("product", "get", "1", "1"),
        env=clean_env(),  # no BIGCOMMERCE_ACCESS_TOKEN
    )
    assert result.returncode == 3
    assert "no access token: set $BIGCOMMERCE_ACCESS_TOKEN" in result.stderr
    assert "or pass --access-token" in result.stderr
    assert_one_line_errors(result.stderr)
    assert server.fake.requests == []


def test_rejected_token_exits_3_without_showing_it(server: FakeServer) -> None:
    secret = "very-secret-token-123"
    result = run(
        *("--base-url", server.base_url, "--store-hash", DEFAULT_STORE_HASH),
        *("--access-token", secret, "product", "get", "1", "1"),
    )
    assert result.returncode == 3
    assert "401" in result.stderr
    assert secret not in result.stderr + result.stdout


def test_client_side_validation_exits_3_and_sends_nothing(server: FakeServer) -> None:
    result = run(
        *("product", "create", "1", "--namespace", "n", "--key", "k" * 65),
        *("--value", "v", "--permission-set", "read"),
        server=server,
    )
    assert result.returncode == 3
    assert "key: must be between 1 and 64 characters long" in result.stderr
    assert_one_line_errors(result.stderr)
    assert server.fake.requests == []


def test_api_error_exits_4_with_credentials_from_the_environment(server: FakeServer) -> None:
    result = run(
        *("--base-url", server.base_url, "product", "get", "1", "999"),
        env=clean_env(
            BIGCOMMERCE_STORE_HASH=DEFAULT_STORE_HASH, BIGCOMMERCE_ACCESS_TOKEN=DEFAULT_TOKEN
        ),
    )
    assert result.returncode == 4
    assert result.stderr.startswith("bigcommerce-metafields: error: 404 Not Found")
    assert_one_line_errors(result.stderr)
    assert result.stdout == ""
    assert server.fake.requests[0].authenticated  # the token came from the environment
