"""The command line's parts in process: grammar, record checks, tables, progress, redaction."""

from __future__ import annotations

import argparse
import io
import re
import signal

import attrs
import pytest

from bigcommerce_metafields.cli import build_parser, main
from bigcommerce_metafields.cli._commands import UsageError, export_targets
from bigcommerce_metafields.cli._export import InterruptGuard, Target
from bigcommerce_metafields.cli._family import BadResourceIdError, families
from bigcommerce_metafields.cli._grammar import redact, remember_secrets
from bigcommerce_metafields.cli._import import Outcome, Record, check
from bigcommerce_metafields.cli._io import SourceRecord
from bigcommerce_metafields.cli._progress import Progress
from bigcommerce_metafields.cli._table import cell, table

GOOD = {"resource_id": "7", "namespace": "n", "key": "k", "value": "v", "permission_set": "read"}
CART_ID = "b2f9a4c3-7d45-4c1e-9a5b-0f6a3a1d2e77"
FAMILIES = families()
PRODUCT, CART, VARIANT = FAMILIES["product"], FAMILIES["cart"], FAMILIES["variant"]


def test_global_options_go_before_or_after_the_command() -> None:
    parser = build_parser()
    before = parser.parse_args(["--table", "--max-retries", "1", "product", "get", "7", "9"])
    after = parser.parse_args(["product", "get", "7", "9", "--table", "--max-retries", "1"])
    for args in (before, after):
        assert (args.table, args.max_retries, args.product_id, args.metafield_id) == (
            True,
            1,
            7,
            9,
        )
    assert parser.parse_args(["--timeout", "5", "cart", "list", CART_ID]).timeout == 5.0


@pytest.mark.parametrize(
    "words",
    [
        ["product", "get", "0", "1"],  # product ids are positive
        ["product", "list", "1", "--limit", "251"],
        ["product", "list", "1", "--all", "--page", "2"],
        ["product", "create", "1", "--namespace", "n", "--key", "k", "--value", "v"],
        ["product", "export", "--range", "9-3"],
        ["cart", "list", "1", "--key-in", "a"],  # cart lists take no key:in
        ["brand", "list", "1", "--direction", "asc"],  # nor do brand lists take a direction
        ["product", "list", "1", "--date-created-min", "yesterday"],
        ["cart", "get", " ", "1"],  # string ids are not blank
        ["variant", "get", "1", "2"],  # a variant is two ids, then the metafield's
        ["variant", "get", "1", "x", "3"],
        ["store", "list"],  # the SDK has no list (nor create) for the store's metafields
        ["store", "create", "--namespace", "n", "--key", "k", "--value", "v"],
        ["store", "export"],
    ],
)
def test_bad_command_lines_are_usage_errors(
    words: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        build_parser().parse_args(words)
    assert exit_info.value.code == 2
    assert len(capsys.readouterr().err.splitlines()) == 1


def test_resource_ids_are_typed_as_the_sdk_types_them() -> None:
    assert PRODUCT.parse_ids([" 12 "]) == (12,)
    assert PRODUCT.parse_ids([12]) == (12,)
    for bad in ("0", "-1", "1.5", True, "", None):
        with pytest.raises(BadResourceIdError, match="PRODUCT_ID: expected a positive integer"):
            PRODUCT.parse_ids([bad])
    # String ids are taken as given (the service answers for them), but not blank.
    assert CART.parse_ids([f" {CART_ID}\n"]) == (CART_ID,)
    assert CART.parse_ids(["abc-1"]) == ("abc-1",)
    for blank in (" ", "", None):
        with pytest.raises(BadResourceIdError, match="CART_ID: expected a non-empty string"):
            CART.parse_ids([blank])
    assert VARIANT.parse_ids(["12", 34]) == (12, 34)
    with pytest.raises(BadResourceIdError, match="VARIANT_ID: expected a positive integer"):
        VARIANT.parse_ids(["12", "x"])
    with pytest.raises(BadResourceIdError, match="expected PRODUCT_ID VARIANT_ID"):
        VARIANT.parse_ids(["12"])


def test_help_names_each_familys_ids(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["variant", "get", "--help"])
    out = capsys.readouterr().out
    assert "usage: bigcommerce-metafields variant get [-h]" in out
    assert "[--max-retries N] PRODUCT_ID VARIANT_ID METAFIELD_ID" in " ".join(out.split())
    assert "PRODUCT_ID            the product id: a positive integer" in out
    with pytest.raises(SystemExit):
        main(["cart", "get", "--help"])
    assert "CART_ID               the cart id: a non-empty string" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "  variant   PRODUCT_ID VARIANT_ID  list get create update delete export import" in out
    assert "  store     -                      get update delete" in out


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({**GOOD, "key": "k" * 65}, "key: must be between 1 and 64 characters long"),
        ({**GOOD, "permission_set": "everyone"}, "permission_set: must be one of"),
        ({**GOOD, "value": 5}, "value: must be a string"),
        ({k: v for k, v in GOOD.items() if k != "value"}, "value: is required"),
        ({**GOOD, "resource_id": "x"}, "resource_id: expected a positive integer, got 'x'"),
        ({**GOOD, "resource_id": ""}, "product_id (or resource_id) is required"),
        ({**GOOD, "product_id": 0}, "product_id: expected a positive integer, got 0"),
        ({**GOOD, "product_id": 8}, "product_id 8 and resource_id '7' differ"),
        ({**GOOD, "resource_type": "nothing"}, "resource_type must be one of brand, cart,"),
        ({**GOOD, "resource_type": "cart", "resource_id": " "}, "resource_id: expected a non-"),
        ({**GOOD, "resource_type": "variant"}, "product_id and variant_id are required"),
        ({**GOOD, "resource_type": "store"}, "store metafields cannot be imported"),
    ],
)
def test_invalid_records_fail_before_anything_is_sent(
    fields: dict[str, object], error: str
) -> None:
    outcome = check(SourceRecord(3, fields), PRODUCT, FAMILIES)
    assert isinstance(outcome, Outcome)
    assert outcome.action == "failed"
    assert error in (outcome.error or "")
    assert outcome.failure() == {**fields, "error": outcome.error}  # the record as read


def test_a_record_takes_its_own_resource_type_and_keeps_an_absent_description_absent() -> None:
    fields = {**GOOD, "resource_type": "cart", "resource_id": CART_ID}
    record = check(SourceRecord(1, fields), PRODUCT, FAMILIES)
    assert isinstance(record, Record)
    assert (record.family, record.ids, record.description) == (CART, (CART_ID,), None)
    assert "description" not in record.fields()
    product = check(SourceRecord(1, {**GOOD, "description": ""}), PRODUCT, FAMILIES)
    assert isinstance(product, Record)
    assert (product.ids, product.fields()["description"]) == ((7,), "")


def test_a_record_names_its_resource_by_its_ids_names() -> None:
    named = {k: v for k, v in GOOD.items() if k != "resource_id"}
    product = check(
        SourceRecord(1, {**named, "product_id": "7", "resource_id": 7}), PRODUCT, FAMILIES
    )
    assert isinstance(product, Record)
    assert product.ids == (7,)
    # A variant's resource_id (the variant's own id, as BigCommerce writes it) is not read.
    fields = {**named, "resource_type": "variant", "product_id": 7, "variant_id": "9"}
    variant = check(SourceRecord(2, {**fields, "resource_id": 1}), PRODUCT, FAMILIES)
    assert isinstance(variant, Record)
    assert (variant.family, variant.ids) == (VARIANT, (7, 9))


def test_table_aligns_and_cuts_cells() -> None:
    rows = [{"id": 1, "value": "short"}, {"id": 22, "value": "x" * 100 + "\nmore"}]
    lines = table(rows, ["id", "value"]).splitlines()
    assert lines[0] == "ID  VALUE"
    assert lines[1] == "1   short"
    assert lines[2].startswith("22  xxx")
    assert lines[2].endswith("…")
    assert len(lines[2]) == 4 + 40
    assert cell("a\nb\tc") == "a\\nb c"
    assert cell(None) == ""


def test_progress_draws_only_when_enabled() -> None:
    quiet = io.StringIO()  # not a terminal
    progress = Progress(quiet, label="export", total=2, unit="products", items_unit="metafields")
    progress.advance(items=3)
    progress.advance(items=1)
    progress.close()
    assert quiet.getvalue() == ""

    shown = io.StringIO()
    progress = Progress(shown, label="export", total=2, unit="products", enabled=True)
    progress.advance()
    progress.message("a line")
    progress.advance()
    progress.close()
    text = shown.getvalue()
    assert text.startswith("\rexport [############------------]  50% 1/2 products")
    assert "a line\n" in text
    assert text.endswith("\r")  # the bar is erased at the end


def test_redaction_masks_the_token_wherever_it_came_from(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BIGCOMMERCE_ACCESS_TOKEN", "env-secret")
    remember_secrets(["--access-token=flag-secret", "--acces-tokn", "typo-secret", "x"])
    assert redact("a env-secret b flag-secret c typo-secret\nd") == "a *** b *** c *** d"


def test_help_documents_the_grammar_and_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for words in ("FAMILY COMMAND [IDS]", "export", "import", "--sandbox", "exit codes"):
        assert words in out
    for name in FAMILIES:
        assert f"\n  {name} " in out


def test_usage_problems_are_found_before_connecting(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("BIGCOMMERCE_ACCESS_TOKEN", raising=False)  # would be exit code 3
    assert main(["product", "update", "1", "2"]) == 2
    assert "update needs at least one of" in capsys.readouterr().err
    assert main(["product", "export", "--table", "1"]) == 2
    assert main(["product", "import", "no-such-file.jsonl"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[-1] == (
        "bigcommerce-metafields product import: error: cannot read no-such-file.jsonl: "
        "No such file or directory"
    )


def test_a_mistyped_token_option_is_not_echoed(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--acess-token", "typed-secret", "product", "get", "1", "1"])
    assert exit_info.value.code == 2
    assert "typed-secret" not in capsys.readouterr().err


PYTHON_SPEAK = re.compile(r"\w=\.\.\.|=True|allow_insecure_http|store_hash|access_token|base_url")
"""How the SDK's messages name its Python arguments: never in what the command line prints."""


@pytest.mark.parametrize(
    ("words", "env", "expected"),
    [
        ([], {}, "no store hash: pass --store-hash or set $BIGCOMMERCE_STORE_HASH ("),
        (
            ["--store-hash", "abc123"],
            {},
            "no access token: set $BIGCOMMERCE_ACCESS_TOKEN (preferred: other users of the "
            "machine can see a command line) or pass --access-token",
        ),
        (
            ["--store-hash", "ABC!", "--access-token", "s3cr3t-1"],
            {},
            "the store hash 'ABC!' (--store-hash) is malformed",
        ),
        (
            [],
            {"BIGCOMMERCE_STORE_HASH": "ABC!", "BIGCOMMERCE_ACCESS_TOKEN": "s3cr3t-1"},
            "(pass --store-hash or set $BIGCOMMERCE_STORE_HASH)",
        ),
        (
            ["--store-hash", "abc123", "--access-token", "s3cr3t 1"],
            {},
            "the access token is malformed: ",
        ),
        (
            ["--store-hash", "abc123"],
            {"BIGCOMMERCE_ACCESS_TOKEN": "s3cr3t\n1"},
            "(pass --access-token or set $BIGCOMMERCE_ACCESS_TOKEN;",
        ),
        (
            ["--base-url", "http://example.com/stores/abc123/v3"],
            {"BIGCOMMERCE_ACCESS_TOKEN": "s3cr3t-1"},
            "the base URL 'http://example.com/stores/abc123/v3' (--base-url) is plain http to a "
            "host that is not loopback: the access token would cross the network unencrypted. "
            "The command line sends the token over https only (plain http only to a loopback "
            "host, such as a local proxy or the fake store); use an https URL.",
        ),
        (
            [],
            {
                "BIGCOMMERCE_BASE_URL": "http://example.com/stores/abc123/v3",
                "BIGCOMMERCE_ACCESS_TOKEN": "s3cr3t-1",
            },
            "the base URL 'http://example.com/stores/abc123/v3' ($BIGCOMMERCE_BASE_URL) is plain",
        ),
        (
            ["--store-hash", "abc123", "--base-url", "https://example.com/stores/xyz/v3"],
            {"BIGCOMMERCE_ACCESS_TOKEN": "s3cr3t-1"},
            "the store hash 'abc123' (--store-hash) contradicts the base URL "
            "'https://example.com/stores/xyz/v3' (--base-url)",
        ),
        (
            ["--base-url", "https://example.com/v3"],
            {"BIGCOMMERCE_ACCESS_TOKEN": "s3cr3t-1"},
            "give a --base-url naming the store",
        ),
        (
            ["--store-hash", "abc123", "--base-url", "https://example.com/v3?x=1"],
            {"BIGCOMMERCE_ACCESS_TOKEN": "s3cr3t-1"},
            "the base URL 'https://example.com/v3?x=1' (--base-url) must not have a query",
        ),
    ],
)
def test_configuration_errors_name_the_command_lines_options_and_variables(
    words: list[str],
    env: dict[str, str],
    expected: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("BIGCOMMERCE_STORE_HASH", "BIGCOMMERCE_ACCESS_TOKEN", "BIGCOMMERCE_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert main([*words, "product", "get", "1", "2"]) == 3
    err = capsys.readouterr().err
    assert err.startswith("bigcommerce-metafields: error: ")
    assert expected in err
    assert not PYTHON_SPEAK.search(err), err
    assert len(err.splitlines()) == 1
    assert "s3cr3t" not in err  # nor the token


def test_arguments_refused_before_sending_are_named_as_options(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BIGCOMMERCE_STORE_HASH", "abc123")
    monkeypatch.setenv("BIGCOMMERCE_ACCESS_TOKEN", "s3cr3t-1")
    monkeypatch.setenv("BIGCOMMERCE_BASE_URL", "http://127.0.0.1:9/stores/abc123/v3")  # unused
    assert main(["product", "list", "1", "--include-fields", "bogus", "--key", ""]) == 3
    err = capsys.readouterr().err
    assert err.startswith("bigcommerce-metafields: error: refused before sending: ")
    assert "--include-fields: item 0 must be one of " in err
    assert "--key: must be between 1 and 64 characters long, got 0" in err
    assert "get_product_metafields" not in err
    assert not PYTHON_SPEAK.search(err), err
    assert main(["product", "update", "1", "2", "--key", "k" * 65]) == 3
    assert "refused before sending: --key: must be between 1 and 64" in capsys.readouterr().err


def test_ctrl_c_lets_an_export_write_finish_then_interrupts() -> None:
    guard = InterruptGuard()
    done: list[str] = []

    def export() -> None:
        with guard.installed():
            with guard.atomic():
                signal.raise_signal(signal.SIGINT)  # Ctrl-C in the middle of writing a resource
                done.append("the rest of the resource")
            done.append("the next resource")

    with pytest.raises(KeyboardInterrupt):
        export()
    assert done == ["the rest of the resource"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # put back
    with pytest.raises(KeyboardInterrupt), guard.installed():
        signal.raise_signal(signal.SIGINT)  # outside a write: at once


def test_a_family_of_one_resource_exports_it_without_ids() -> None:
    # The store, were the SDK to list its metafields (its batch endpoints): no ids to give.
    lone = attrs.evolve(FAMILIES["store"], methods=PRODUCT.methods)
    assert "export" in lone.commands
    assert export_targets(argparse.Namespace(resource_ids=[], ids_file=None), lone) == [Target(())]
    with pytest.raises(UsageError, match="the store is named by no ids: 1 given"):
        export_targets(argparse.Namespace(resource_ids=["1"], ids_file=None), lone)
    pairs = argparse.Namespace(resource_ids=["1", "2", "1", "3", "1", "2"], ids_file=None)
    assert export_targets(pairs, VARIANT) == [Target((1, 2)), Target((1, 3))]  # each once
    with pytest.raises(UsageError, match="export takes PRODUCT_ID VARIANT_ID for each variant"):
        export_targets(argparse.Namespace(resource_ids=["1", "2", "3"], ids_file=None), VARIANT)
