"""`export` and `import` through the batch endpoints: many metafields a request, counted in the
fake's request log, and the same results as one at a time."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from clikit import json_lines, run, seed, stored

from bigcommerce_metafields.testing import FakeBigCommerce, FakeServer


def _write(path: Path, records: list[dict[str, Any]]) -> None:
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")


def _calls(fake: FakeBigCommerce, since: int = 0) -> Counter[str]:
    """The requests the fake answered (from the `since`-th on), by method."""
    return Counter(request.method for request in fake.requests[since:])


def _records(products: int, keys: int, value: str = "v") -> list[dict[str, Any]]:
    return [
        {
            "product_id": product,
            "namespace": "bulk",
            "key": f"k{key}",
            "value": f"{value}-{product}-{key}",
            "permission_set": "read",
        }
        for product in range(1, products + 1)
        for key in range(keys)
    ]


def test_import_creates_updates_and_leaves_alone_in_batches(
    server: FakeServer, fake: FakeBigCommerce, tmp_path: Path
) -> None:
    """500 records over 100 products: 5 lookups (100 records each) and 10 creates (50 items
    each) where one at a time would take 1,000 requests; run again, only the lookups."""
    records = _records(100, 5)
    _write(tmp_path / "in.jsonl", records)

    first = run("product", "import", "in.jsonl", server=server, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert first.stderr.strip() == "import: 500 created, 0 updated, 0 unchanged, 0 failed"
    assert _calls(fake) == {"GET": 5, "POST": 10}
    assert sum(len(fields) for fields in stored(fake, "product").values()) == 500
    assert [line["action"] for line in json_lines(first.stdout)] == ["created"] * 500

    since = len(fake.requests)
    again = run("product", "import", "in.jsonl", server=server, cwd=tmp_path)
    assert again.stderr.strip() == "import: 0 created, 0 updated, 500 unchanged, 0 failed"
    assert _calls(fake, since) == {"GET": 5}

    for record in records[::10]:  # one in ten changes: 50 updates, in the 5 lookups' batches
        record["value"] = "changed"
    _write(tmp_path / "in.jsonl", records)
    since = len(fake.requests)
    changed = run("product", "import", "in.jsonl", server=server, cwd=tmp_path)
    assert changed.stderr.strip() == "import: 0 created, 50 updated, 450 unchanged, 0 failed"
    assert _calls(fake, since) == {"GET": 5, "PUT": 5}
    values = [mf["value"] for mf in fake.metafields("product")]
    assert values.count("changed") == 50


def test_a_dry_run_through_batches_reads_and_writes_nothing(
    server: FakeServer, fake: FakeBigCommerce, tmp_path: Path
) -> None:
    records = _records(3, 2)
    fake.add_metafield("product", 1, namespace="bulk", key="k0", value="old")
    _write(tmp_path / "in.jsonl", records)
    before = fake.metafields("product")
    result = run("product", "import", "in.jsonl", "--dry-run", server=server, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    actions = [line["action"] for line in json_lines(result.stdout)]
    assert actions == ["would_update"] + ["would_create"] * 5
    assert fake.metafields("product") == before
    assert _calls(fake) == {"GET": 1}


def test_another_apps_metafield_with_the_same_key_is_not_taken_for_ours(
    server: FakeServer, fake: FakeBigCommerce, tmp_path: Path
) -> None:
    """Two apps hold namespace/key on product 1: which is ours cannot be told before this
    client has written anything, so the record fails rather than update a guess."""
    for owner in ("app-a", "app-b"):
        fake.add_metafield(
            "product", 1, namespace="bulk", key="k0", value=owner, owner_client_id=owner
        )
    _write(tmp_path / "in.jsonl", _records(2, 1))
    result = run("product", "import", "in.jsonl", server=server, cwd=tmp_path)
    assert result.returncode == 5
    report = json_lines(result.stdout)
    assert [line["action"] for line in report] == ["failed", "created"]
    assert "cannot tell which to update" in report[0]["error"]
    assert {mf["value"] for mf in fake.metafields("product", 1)} == {"app-a", "app-b"}


def test_a_store_wide_export_imports_back_unchanged(
    server: FakeServer, fake: FakeBigCommerce, tmp_path: Path
) -> None:
    """`export --all`: every product metafield of the store, 250 a request."""
    for product_id in range(1, 61):
        seed(fake, "product", product_id, 5)
    exported = run("product", "export", "--all", "-o", "all.jsonl", server=server, cwd=tmp_path)
    assert exported.returncode == 0, exported.stderr
    assert exported.stderr.strip() == "export: 300 metafields of 60 products -> all.jsonl"
    assert _calls(fake) == {"GET": 2}
    lines = json_lines((tmp_path / "all.jsonl").read_text(encoding="utf-8"))
    assert len(lines) == 300
    assert all(line["product_id"] == line["resource_id"] for line in lines)

    since = len(fake.requests)
    imported = run("product", "import", "all.jsonl", server=server, cwd=tmp_path)
    assert imported.stderr.strip() == "import: 0 created, 0 updated, 300 unchanged, 0 failed"
    assert set(_calls(fake, since)) == {"GET"}


def test_export_all_takes_no_ids(server: FakeServer) -> None:
    result = run("product", "export", "--all", "1", server=server)
    assert result.returncode == 2
    assert "export --all reads every product: give no ids with it" in result.stderr


def test_variants_round_trip_through_the_batch_listing(
    server: FakeServer, fake: FakeBigCommerce, tmp_path: Path
) -> None:
    """A variant's batch listing names it by its own id alone: the export puts back the
    product id each variant was asked with, so the file imports into a fresh store."""
    for variant_id in (10, 11):
        seed(fake, "variant", (1, variant_id), 3)
    exported = run(
        "variant", "export", "1", "10", "1", "11", "-o", "v.jsonl", server=server, cwd=tmp_path
    )
    assert exported.returncode == 0, exported.stderr
    assert _calls(fake) == {"GET": 1}
    lines = json_lines((tmp_path / "v.jsonl").read_text(encoding="utf-8"))
    assert [(line["product_id"], line["variant_id"]) for line in lines] == [(1, 10)] * 3 + [
        (1, 11)
    ] * 3

    fresh = FakeBigCommerce(quota=None)
    server.fake = fresh
    imported = run("variant", "import", "v.jsonl", server=server, cwd=tmp_path)
    assert imported.returncode == 0, imported.stderr
    assert imported.stderr.strip() == "import: 6 created, 0 updated, 0 unchanged, 0 failed"
    assert stored(fresh, "variant") == stored(fake, "variant")
