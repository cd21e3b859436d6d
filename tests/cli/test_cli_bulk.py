"""`export` and `import` end to end: round trips, upserts, partial failures, dry runs, progress."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from clikit import clean_env, cli_command, connection, json_lines, run, seed, stored

from bigcommerce_metafields.testing import FakeBigCommerce, FakeServer

CARTS = ("b2f9a4c3-7d45-4c1e-9a5b-0f6a3a1d2e77", "0c5f9b7e-1111-4c1e-9a5b-0f6a3a1d2e78")


def test_export_then_import_into_a_fresh_store_reproduces_it(
    server: FakeServer, fake: FakeBigCommerce, tmp_path: Path
) -> None:
    for product_id, count in ((1, 3), (2, 1), (4, 5)):
        seed(fake, "product", product_id, count)
    for cart_id, count in zip(CARTS, (2, 3), strict=True):
        seed(fake, "cart", cart_id, count)
    products, carts = stored(fake, "product"), stored(fake, "cart")

    exported = run(
        "product",
        "export",
        "1",
        "2",
        "--range",
        "3-5",
        "-o",
        "p.jsonl",
        server=server,
        cwd=tmp_path,
    )
    assert exported.returncode == 0, exported.stderr
    assert "\r" not in exported.stderr  # stderr is a pipe: no progress bar
    assert exported.stderr.strip() == "export: 9 metafields of 5 products -> p.jsonl"
    lines = json_lines((tmp_path / "p.jsonl").read_text(encoding="utf-8"))
    assert [(line["resource_type"], line["resource_id"]) for line in lines] == (
        [("product", 1)] * 3 + [("product", 2)] + [("product", 4)] * 5
    )
    cart_export = run("cart", "export", *CARTS, "-o", "c.csv", server=server, cwd=tmp_path)
    assert cart_export.returncode == 0, cart_export.stderr
    header = (tmp_path / "c.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("resource_type,cart_id,resource_id,id,namespace,key,value")

    fresh = FakeBigCommerce(quota=None)
    server.fake = fresh
    for family, name in (("product", "p.jsonl"), ("cart", "c.csv")):
        imported = run(family, "import", name, server=server, cwd=tmp_path)
        assert imported.returncode == 0, imported.stderr
        assert "\r" not in imported.stderr
        assert {row["action"] for row in json_lines(imported.stdout)} == {"created"}
    assert stored(fresh, "product") == products
    assert stored(fresh, "cart") == carts
    assert not (tmp_path / "import-failures.jsonl").exists()


def test_upsert_updates_what_differs_and_leaves_the_rest(
    server: FakeServer, fake: FakeBigCommerce, tmp_path: Path
) -> None:
    fake.add_metafield("product", 5, namespace="n", key="a", value="old", description="keep")
    fake.add_metafield("product", 5, namespace="n", key="b", value="same", permission_set="read")
    fake.add_metafield("cart", CARTS[0], namespace="n", key="c", value="old", description="d")
    records = [
        {
            "resource_id": 5,
            "namespace": "n",
            "key": "a",
            "value": "new",
            "permission_set": "app_only",
        },
        {
            "resource_id": "5",
            "namespace": "n",
            "key": "b",
            "value": "same",
            "permission_set": "read",
        },
        {"resource_id": 5, "namespace": "n", "key": "c", "value": "v", "permission_set": "write"},
        {"resource_id": 5, "namespace": "n", "key": "c", "value": "v2", "permission_set": "write"},
        {"resource_type": "cart", "resource_id": CARTS[0], "namespace": "n", "key": "c"}
        | {"value": "new", "permission_set": "read", "description": "d"},
    ]
    source = "\n".join(json.dumps(record) for record in records) + "\n"
    result = run("product", "import", "-", server=server, cwd=tmp_path, stdin=source)
    assert result.returncode == 0, result.stderr
    report = json_lines(result.stdout)
    assert [(row["line"], row["action"]) for row in report] == [
        (1, "updated"),
        (2, "unchanged"),
        (3, "created"),
        (4, "updated"),  # the same key twice: records of one resource run in file order
        (5, "updated"),
    ]
    assert report[0]["changed"] == ["value"]
    assert report[4]["changed"] == ["value", "permission_set"]
    product = {mf["key"]: mf for mf in fake.metafields("product", 5)}
    assert (product["a"]["value"], product["a"]["description"]) == ("new", "keep")
    assert product["c"]["value"] == "v2"
    cart = fake.metafields("cart", CARTS[0])[0]
    assert (cart["value"], cart["permission_set"], cart["description"]) == ("new", "read", "d")
    assert result.stderr.strip() == "import: 1 created, 3 updated, 1 unchanged, 0 failed"


def test_partial_failure_keeps_failed_records_for_a_second_run(
    server: FakeServer, fake: FakeBigCommerce, tmp_path: Path
) -> None:
    good = {"namespace": "n", "key": "k", "value": "v", "permission_set": "read"}
    records = [
        {"resource_id": 1, **good},
        {"resource_id": 1, **good, "key": "x" * 65},  # refused before sending
        {"resource_id": 2, **good, "note": "kept as is"},  # the store has no product 2
        {"resource_id": 3, **good},
    ]
    (tmp_path / "in.jsonl").write_text(
        "".join(json.dumps(record) + "\n" for record in records) + "{not json\n", encoding="utf-8"
    )
    fake.products = {1, 3}  # so the batch create answers 422: written but for product 2's item
    result = run(
        *("--max-retries", "0", "product", "import", "in.jsonl", "--failures", "failed.jsonl"),
        server=server,
        cwd=tmp_path,
    )
    assert result.returncode == 5, result.stderr
    assert sorted(stored(fake, "product")) == [1, 3]  # the others were imported
    failures = json_lines((tmp_path / "failed.jsonl").read_text(encoding="utf-8"))
    assert [{k: v for k, v in f.items() if k != "error"} for f in failures] == [
        records[1],
        records[2],
        {"raw": "{not json"},
    ]
    assert "key: must be between 1 and 64 characters long" in failures[0]["error"]
    assert failures[1]["error"].startswith("404 "), failures[1]["error"]
    assert "Product not found" in failures[1]["error"]
    assert "not valid JSON" in failures[2]["error"]
    summary = result.stderr.splitlines()[-1]
    assert summary == (
        "import: 2 created, 0 updated, 0 unchanged, 3 failed (records and errors in failed.jsonl)"
    )

    # Fix the file, add the product, and import the failures file itself.
    fake.products = None
    fixed = [f for f in failures if "raw" not in f]
    fixed[0]["key"] = "short"
    (tmp_path / "failed.jsonl").write_text(
        "".join(json.dumps(f) + "\n" for f in fixed), encoding="utf-8"
    )
    second = run("product", "import", "failed.jsonl", server=server, cwd=tmp_path)
    assert second.returncode == 0, second.stderr
    assert {mf["key"] for mf in fake.metafields("product", 1)} == {"k", "short"}
    assert [mf["key"] for mf in fake.metafields("product", 2)] == ["k"]


def test_dry_run_writes_nothing(server: FakeServer, fake: FakeBigCommerce, tmp_path: Path) -> None:
    fake.add_metafield("product", 1, namespace="n", key="a", value="old")
    records = [
        {"resource_id": 1, "namespace": "n", "key": "a", "value": "new", "permission_set": "read"},
        {"resource_id": 1, "namespace": "n", "key": "b", "value": "v", "permission_set": "read"},
        {"resource_id": 1, "namespace": "n", "key": "", "value": "v", "permission_set": "read"},
    ]
    (tmp_path / "in.jsonl").write_text(
        "".join(json.dumps(record) + "\n" for record in records), encoding="utf-8"
    )
    before = fake.metafields("product")
    result = run("product", "import", "in.jsonl", "--dry-run", server=server, cwd=tmp_path)
    assert result.returncode == 5  # one record is invalid
    assert [row["action"] for row in json_lines(result.stdout)] == [
        "would_update",
        "would_create",
        "failed",
    ]
    assert result.stderr.splitlines()[-1] == (
        "import (dry run, nothing written): 1 to create, 1 to update, 0 unchanged, 1 failed"
    )
    assert fake.metafields("product") == before
    assert {request.method for request in fake.requests} == {"GET"}
    assert list(tmp_path.iterdir()) == [tmp_path / "in.jsonl"]  # no failures file either


def test_export_skips_failures_and_missing_range_ids(
    server: FakeServer, fake: FakeBigCommerce
) -> None:
    """Per resource (a category's batch listing takes no resource filter): a category that
    fails is reported, one of a --range that does not exist is skipped."""
    fake.faults.add(method="GET", path="/catalog/categories/4/metafields", status=404, times=None)
    for category_id in (1, 2, 3, 5):
        seed(fake, "category", category_id, 2)
    fake.faults.add(method="GET", path="/catalog/categories/2/metafields", status=500, times=None)
    fake.faults.add(method="GET", path="/catalog/categories/6/metafields", status=404, times=None)
    result = run("--max-retries", "0", "category", "export", "--range", "1-6", server=server)
    assert result.returncode == 5
    assert sorted({row["resource_id"] for row in json_lines(result.stdout)}) == [1, 3, 5]
    errors = result.stderr.splitlines()
    assert errors[0].startswith("export: category 2 failed: 500 Internal Server Error")
    assert errors[-1] == "export: 6 metafields of 3 categories, 2 not found, 1 failed"


def test_a_batch_export_reads_many_products_a_request_and_reports_a_failed_read(
    server: FakeServer, fake: FakeBigCommerce
) -> None:
    """Products through the batch listing (`resource_id:in`, 50 a request): a read that fails
    fails its products, the others are exported in the order asked."""
    for product_id in (1, 2, 51, 52, 120):
        seed(fake, "product", product_id, 2)
    fake.faults.add(method="GET", path="/catalog/products/metafields", status=500, times=1)
    result = run(
        *("--max-retries", "0", "product", "export", "--range", "1-120", "--concurrency", "1"),
        server=server,
    )
    assert result.returncode == 5
    rows = json_lines(result.stdout)
    assert [row["resource_id"] for row in rows] == [51, 51, 52, 52, 120, 120]
    listings = [r for r in fake.requests if r.method == "GET"]
    assert len(listings) == 3  # 120 products, 50 a request
    errors = result.stderr.splitlines()
    assert errors[0].startswith("export: product 1 failed: 500 Internal Server Error")
    assert len(errors) == 51
    assert errors[-1] == "export: 6 metafields of 70 products, 50 failed"


def test_rejected_token_stops_the_import_and_keeps_every_record(
    server: FakeServer, tmp_path: Path
) -> None:
    records = [
        {"resource_id": n, "namespace": "n", "key": "k", "value": "v", "permission_set": "read"}
        for n in range(1, 6)
    ]
    (tmp_path / "in.jsonl").write_text(
        "".join(json.dumps(record) + "\n" for record in records), encoding="utf-8"
    )
    command = [*connection(server)]
    command[command.index("--access-token") + 1] = "wrong-token"
    result = run(*command, "product", "import", "in.jsonl", "--concurrency", "1", cwd=tmp_path)
    assert result.returncode == 3
    assert "401 Unauthorized" in result.stderr.splitlines()[-1]
    failures = json_lines((tmp_path / "import-failures.jsonl").read_text(encoding="utf-8"))
    assert [f["resource_id"] for f in failures] == [1, 2, 3, 4, 5]
    assert all(f["error"].startswith("not attempted") for f in failures[1:])
    assert "wrong-token" not in result.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs a pty")
def test_progress_bar_only_on_a_terminal(server: FakeServer, fake: FakeBigCommerce) -> None:
    import pty  # POSIX only

    seed(fake, "product", 1, 3)
    primary, secondary = pty.openpty()
    process = subprocess.Popen(  # noqa: S603 - our own console script
        [*cli_command(), *connection(server), "product", "export", "--range", "1-30"],
        stdout=subprocess.PIPE,
        stderr=secondary,
        env=clean_env(),
    )
    os.close(secondary)
    terminal = b""
    while True:
        try:
            chunk = os.read(primary, 4096)
        except OSError:  # the pty is closed once the process exits
            break
        if not chunk:
            break
        terminal += chunk
    assert process.stdout is not None
    out = process.stdout.read()
    process.stdout.close()
    assert process.wait(timeout=30) == 0
    os.close(primary)
    text = terminal.decode()
    assert "\rexport [" in text
    assert "30/30 products, 3 metafields" in text
    assert text.rstrip().endswith("export: 3 metafields of 30 products")
    assert len(json_lines(out.decode())) == 3  # stdout unaffected


def _jsonl(records: list[dict[str, object]]) -> str:
    return "".join(json.dumps(record) + "\n" for record in records)


GOOD = {"namespace": "n", "key": "k", "value": "v", "permission_set": "read"}


def test_failures_file_takes_the_format_its_name_says_and_imports_again(
    server: FakeServer, fake: FakeBigCommerce, tmp_path: Path
) -> None:
    records = [
        {"resource_id": 1, **GOOD},
        {"resource_id": 2, **GOOD, "value": ""},  # refused: empty value
        {"resource_id": 3, **GOOD, "key": "x" * 65, "description": 'd, with "quotes"\n'},
    ]
    (tmp_path / "in.jsonl").write_text(_jsonl(records), encoding="utf-8")
    first = run(
        "product", "import", "in.jsonl", "--failures", "fails.csv", cwd=tmp_path, server=server
    )
    assert first.returncode == 5, first.stderr
    assert first.stderr.splitlines()[-1].endswith("2 failed (records and errors in fails.csv)")
    text = (tmp_path / "fails.csv").read_text(encoding="utf-8")
    assert text.startswith("resource_id,namespace,key,value,permission_set,")  # CSV, not JSON
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert [(row["resource_id"], row["key"], row["value"]) for row in rows] == [
        ("2", "k", ""),
        ("3", "x" * 65, "v"),
    ]
    assert rows[1]["description"] == 'd, with "quotes"\n'
    assert rows[0]["description"] == ""  # the column is shared; this record had none
    assert "value: must be between 1 and 65535" in rows[0]["error"]

    # Fix the CSV in place and import the failures file itself: it reads as CSV, by its name.
    rows[0]["value"], rows[1]["key"] = "fixed", "short"
    with (tmp_path / "fails.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    second = run(
        "product", "import", "fails.csv", "--failures", "fails.csv", cwd=tmp_path, server=server
    )
    assert second.returncode == 0, second.stderr
    assert [row["action"] for row in json_lines(second.stdout)] == ["created", "created"]
    assert stored(fake, "product") == {
        1: {("n", "k", "v", "read", "")},
        2: {("n", "k", "fixed", "read", "")},
        3: {("n", "short", "v", "read", 'd, with "quotes"\n')},
    }
    # The failures are all fixed: the file is gone rather than left looking outstanding.
    assert not (tmp_path / "fails.csv").exists()
    assert second.stderr.splitlines()[-1] == (
        "import: 2 created, 0 updated, 0 unchanged, 0 failed "
        "(fails.csv from an earlier run removed: nothing failed)"
    )


@pytest.mark.parametrize(
    ("failures", "expected"),
    [("failed.jsonl", "jsonl"), ("failed.json", "jsonl"), ("failed", "csv"), ("f.txt", "csv")],
)
def test_failures_file_format_by_its_name_else_the_inputs(
    server: FakeServer, tmp_path: Path, failures: str, expected: str
) -> None:
    source = "resource_id,namespace,key,value,permission_set\n1,n,k,,read\n"
    result = run(
        *("product", "import", "-", "--failures", failures),
        cwd=tmp_path,
        server=server,
        stdin=source,
    )
    assert result.returncode == 5, result.stderr
    text = (tmp_path / failures).read_text(encoding="utf-8")
    if expected == "csv":
        assert text.splitlines()[0] == "resource_id,namespace,key,value,permission_set,error"
    else:
        (failure,) = json_lines(text)
        assert failure["resource_id"] == "1"  # as read from the CSV
        assert failure["value"] == ""


def test_a_run_without_failures_removes_a_stale_failures_file(
    server: FakeServer, tmp_path: Path
) -> None:
    stale = tmp_path / "import-failures.jsonl"
    stale.write_text(_jsonl([{"resource_id": 9, **GOOD, "error": "old"}]), encoding="utf-8")
    source = _jsonl([{"resource_id": 1, **GOOD}])
    dry = run("product", "import", "-", "--dry-run", cwd=tmp_path, server=server, stdin=source)
    assert dry.returncode == 0, dry.stderr
    assert stale.exists()  # a dry run writes nothing, removes nothing
    real = run("product", "import", "-", cwd=tmp_path, server=server, stdin=source)
    assert real.returncode == 0, real.stderr
    assert not stale.exists()
    assert "import-failures.jsonl from an earlier run removed" in real.stderr


def test_csv_on_stdin_is_recognised_by_its_header(
    server: FakeServer, fake: FakeBigCommerce, tmp_path: Path
) -> None:
    source = 'resource_id,namespace,key,value,permission_set\n4,n,k,"a, b",read\n'
    result = run("product", "import", "-", cwd=tmp_path, server=server, stdin=source)
    assert result.returncode == 0, result.stderr
    assert [(row["line"], row["action"]) for row in json_lines(result.stdout)] == [(2, "created")]
    assert stored(fake, "product") == {4: {("n", "k", "a, b", "read", "")}}
    # A file whose extension says nothing is recognised the same way.
    (tmp_path / "records.txt").write_text(source.replace("a, b", "c"), encoding="utf-8")
    again = run("product", "import", "records.txt", cwd=tmp_path, server=server)
    assert again.returncode == 0, again.stderr
    assert [row["action"] for row in json_lines(again.stdout)] == ["updated"]


@pytest.mark.parametrize("first_line", ["4;n;k;v;read", "[1, 2]", "hello"])
def test_input_of_unknown_format_is_refused_naming_format_csv(
    server: FakeServer, tmp_path: Path, first_line: str
) -> None:
    result = run("product", "import", "-", cwd=tmp_path, server=server, stdin=first_line + "\n")
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "bigcommerce-metafields product import: error: cannot tell the format of stdin: its "
        "first line is neither a JSON object nor a CSV header naming the columns (resource_id, "
        "namespace, key, value, permission_set, ...); pass --format csv or --format jsonl"
    )
    assert server.fake.requests == []
    assert list(tmp_path.iterdir()) == []


def test_ctrl_c_during_export_leaves_the_output_alone_and_says_what_was_written(
    server: FakeServer, fake: FakeBigCommerce, tmp_path: Path
) -> None:
    """Per resource: the category's batch listing takes no resource filter."""
    for product_id in range(1, 41):
        seed(fake, "category", product_id, 2)
    output = tmp_path / "out.jsonl"
    output.write_text("an earlier export\n", encoding="utf-8")
    fake.faults.add(method="GET", latency=0.2, times=None)  # a slow store: 40 categories take 8 s
    process = subprocess.Popen(  # noqa: S603 - our own console script
        [
            *(*cli_command(), *connection(server), "category", "export", "--range", "1-40"),
            *("-o", "out.jsonl", "--concurrency", "1"),
        ],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=clean_env(),
        text=True,
        encoding="utf-8",
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:  # until a few products are written, under a temporary name
        temporary = list(tmp_path.glob("out.jsonl.tmp-*"))
        if temporary and temporary[0].read_text(encoding="utf-8").count("\n") >= 6:
            break
        time.sleep(0.02)
    assert output.read_text(encoding="utf-8") == "an earlier export\n"  # not written to directly
    process.send_signal(signal.SIGINT)  # what Ctrl-C sends
    out, err = process.communicate(timeout=30)
    assert process.returncode == 130, err
    assert out == ""
    assert output.read_text(encoding="utf-8") == "an earlier export\n"
    assert not list(tmp_path.glob("out.jsonl.tmp-*"))
    partial = json_lines((tmp_path / "out.jsonl.partial").read_text(encoding="utf-8"))
    products = sorted({line["resource_id"] for line in partial})
    assert products == list(range(1, len(products) + 1))
    assert 3 <= len(products) < 40
    assert len(partial) == 2 * len(products)
    assert err.splitlines() == [
        f"export interrupted, incomplete: {len(partial)} metafields of {len(products)} categories "
        "(of 40 asked) written, kept in out.jsonl.partial; out.jsonl left as it was",
        "bigcommerce-metafields: interrupted",
    ]


def test_an_export_stopped_by_an_error_is_not_left_as_the_output(
    server: FakeServer, fake: FakeBigCommerce, tmp_path: Path
) -> None:
    """Per resource: the category's batch listing takes no resource filter."""
    for product_id in (1, 2, 3):
        seed(fake, "category", product_id, 2)
    # The service goes away after the first product: the run cannot go on.
    fake.faults.add(
        method="GET", path="/catalog/categories/2/metafields", drop="before", times=None
    )
    result = run(
        *("--max-retries", "0", "category", "export", "1", "2", "3", "-o", "out.csv"),
        *("--concurrency", "1"),
        cwd=tmp_path,
        server=server,
    )
    assert result.returncode == 4
    assert sorted(path.name for path in tmp_path.iterdir()) == ["out.csv.partial"]
    rows = list(csv.DictReader(io.StringIO((tmp_path / "out.csv.partial").read_text("utf-8"))))
    assert [row["resource_id"] for row in rows] == ["1", "1"]
    lines = result.stderr.splitlines()
    assert lines[0] == (
        "export stopped, incomplete: 2 metafields of 1 category (of 3 asked) written, kept in "
        "out.csv.partial; out.csv not written"
    )
    assert lines[1].startswith("bigcommerce-metafields: error: ")


def test_ctrl_c_during_export_to_stdout_says_how_much_was_written(
    server: FakeServer, fake: FakeBigCommerce
) -> None:
    """Per resource: the category's batch listing takes no resource filter."""
    for product_id in range(1, 41):
        seed(fake, "category", product_id, 2)
    fake.faults.add(method="GET", latency=0.2, times=None)
    process = subprocess.Popen(  # noqa: S603 - our own console script
        [*cli_command(), *connection(server), "category", "export", "--range", "1-40"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=clean_env(),
        text=True,
        encoding="utf-8",
    )
    assert process.stdout is not None
    assert process.stderr is not None
    first = [process.stdout.readline() for _ in range(4)]  # two products' worth
    process.send_signal(signal.SIGINT)
    rest = process.stdout.read()  # (not communicate(): it would skip what readline buffered)
    err = process.stderr.read()
    assert process.wait(timeout=30) == 130, err
    process.stdout.close()
    process.stderr.close()
    lines = json_lines("".join(first) + rest)
    products = len({line["resource_id"] for line in lines})
    assert err.splitlines() == [
        f"export interrupted, incomplete: {len(lines)} metafields of {products} categories "
        "(of 40 asked) written to stdout",
        "bigcommerce-metafields: interrupted",
    ]
