"""`--sandbox`: the embedded fake store, kept between commands in a state file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from clikit import clean_env, json_lines, run

from bigcommerce_metafields.cli import main

CART_ID = "b2f9a4c3-7d45-4c1e-9a5b-0f6a3a1d2e77"
CREATE = ("--namespace", "n", "--key", "k", "--value", "v", "--permission-set", "read")


def sandbox(state: Path, *args: str, stdin: str | None = None) -> Any:
    return run("--sandbox", *args, env=clean_env(BIGCOMMERCE_SANDBOX_STATE=str(state)), stdin=stdin)


def test_create_then_get_finds_the_metafield_in_the_next_command(tmp_path: Path) -> None:
    state = tmp_path / "sandbox.json"
    created = sandbox(state, "product", "create", "7", *CREATE)
    assert created.returncode == 0, created.stderr
    assert created.stderr == f"sandbox: a new empty store, kept in {state} for the next commands\n"
    metafield = json.loads(created.stdout)

    got = sandbox(state, "product", "get", "7", str(metafield["id"]))
    assert got.returncode == 0, got.stderr
    assert got.stderr == ""  # said once, when the store was new
    assert json.loads(got.stdout) == metafield  # same id, fields, owner and dates

    cart = sandbox(state, "cart", "create", CART_ID, *CREATE)
    assert cart.returncode == 0, cart.stderr
    deleted = sandbox(state, "product", "delete", "7", str(metafield["id"]))
    assert deleted.returncode == 0, deleted.stderr
    again = sandbox(state, "product", "create", "7", *CREATE)
    assert again.returncode == 0, again.stderr
    # Ids are never handed out twice, as a store's are not: not the deleted 1, nor the cart's 2.
    assert json.loads(again.stdout)["id"] == 3
    listed = sandbox(state, "--table", "product", "list", "7")
    assert listed.stdout.splitlines()[1].split()[:3] == ["3", "n", "k"]
    assert len(listed.stdout.splitlines()) == 2
    assert json_lines(sandbox(state, "cart", "list", CART_ID).stdout)[0]["id"] == "2"
    assert sandbox(state, "product", "get", "7", "1").returncode == 4  # deleted stays deleted


def _stored(number: int, **fields: Any) -> dict[str, Any]:
    return {
        "id": number,
        "key": f"k{number}",
        "value": f"v{number}",
        "namespace": "n",
        "permission_set": "read",
        "resource_type": "product",
        "resource_id": 7,
        "description": "",
        "date_created": "2024-05-01T12:00:00+00:00",
        "date_modified": "2024-05-01T12:00:00+00:00",
        "owner_client_id": "test-client",
        **fields,
    }


def test_a_store_is_rebuilt_with_its_ids_dates_and_owners(tmp_path: Path) -> None:
    records = [
        _stored(2, description="kept", date_modified="2024-06-02T08:30:00+00:00"),
        _stored(5, resource_type="cart", resource_id=CART_ID, id="5", owner_client_id="other"),
        _stored(6, permission_set="app_only"),
    ]
    state = tmp_path / "sandbox.json"
    document = {"format": "bigcommerce-metafields sandbox", "version": 1, "last_id": 9}
    state.write_text(json.dumps({**document, "metafields": records}), encoding="utf-8")

    listed = sandbox(state, "product", "list", "7")
    assert listed.returncode == 0, listed.stderr
    assert listed.stderr == ""
    # As stored, plus the resource's ids by name.
    assert json_lines(listed.stdout) == [
        {**records[0], "product_id": 7},
        {**records[2], "product_id": 7},
    ]
    cart = sandbox(state, "cart", "get", CART_ID, "5")
    assert json.loads(cart.stdout) == {**records[1], "cart_id": CART_ID}
    assert json.loads(state.read_text(encoding="utf-8"))["metafields"] == records  # unchanged

    created = sandbox(state, "product", "create", "7", *CREATE)
    assert json.loads(created.stdout)["id"] == 10  # after the last id handed out, not reused
    # The cart metafield belongs to another API client: the rebuilt store knows.
    refused = sandbox(state, "cart", "update", CART_ID, "5", "--value", "mine now")
    assert refused.returncode == 4
    assert "403" in refused.stderr
    saved = json.loads(state.read_text(encoding="utf-8"))
    assert saved["last_id"] == 10
    assert [record["id"] for record in saved["metafields"]] == [2, "5", 6, 10]
    assert saved["metafields"][:3] == records


def test_writes_before_a_failure_are_kept(tmp_path: Path) -> None:
    state = tmp_path / "sandbox.json"
    records = [
        {"resource_id": 7, "namespace": "n", "key": "good", "value": "v", "permission_set": "read"},
        {"resource_id": 7, "namespace": "n", "key": "bad", "value": "", "permission_set": "read"},
    ]
    source = "".join(json.dumps(record) + "\n" for record in records)
    imported = sandbox(
        state, "product", "import", "-", "--failures", str(tmp_path / "f.jsonl"), stdin=source
    )
    assert imported.returncode == 5
    listed = sandbox(state, "product", "list", "7")
    assert [row["key"] for row in json_lines(listed.stdout)] == ["good"]


def test_where_the_state_file_lives(tmp_path: Path) -> None:
    xdg = clean_env(XDG_STATE_HOME=str(tmp_path / "xdg"), HOME=str(tmp_path / "home"))
    assert run("--sandbox", "product", "create", "1", *CREATE, env=xdg).returncode == 0
    assert (tmp_path / "xdg" / "bigcommerce-metafields" / "sandbox.json").is_file()

    home = clean_env(HOME=str(tmp_path / "home"))
    home.pop("XDG_STATE_HOME", None)
    assert run("--sandbox", "product", "create", "2", *CREATE, env=home).returncode == 0
    assert (tmp_path / "home/.local/state/bigcommerce-metafields/sandbox.json").is_file()

    flag = tmp_path / "flag.json"
    chosen = run(
        *("--sandbox", "--sandbox-state", str(flag), "product", "create", "3", *CREATE),
        env=clean_env(BIGCOMMERCE_SANDBOX_STATE=str(tmp_path / "env.json")),
    )
    assert chosen.returncode == 0, chosen.stderr
    assert flag.is_file()
    assert not (tmp_path / "env.json").exists()


def test_an_unusable_state_file_is_a_usage_error(tmp_path: Path) -> None:
    state = tmp_path / "sandbox.json"
    state.write_text("{not json", encoding="utf-8")
    result = sandbox(state, "product", "list", "1")
    assert result.returncode == 2
    assert result.stderr.startswith(
        f"bigcommerce-metafields product list: error: the sandbox state file {state} is unusable "
        "(not JSON: "
    )
    assert result.stderr.rstrip().endswith("fix it, or delete it to start with an empty store")
    assert state.read_text(encoding="utf-8") == "{not json"  # left for the user to look at


def test_help_names_the_state_file(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = "".join(capsys.readouterr().out.split())  # argparse wraps lines, even at hyphens
    assert "itsmetafieldsarekeptbetweencommandsinastatefile" in out
    expected = (
        "--sandbox-state FILE with --sandbox: the file keeping the sandbox's metafields (default: "
        "$BIGCOMMERCE_SANDBOX_STATE, else $XDG_STATE_HOME/bigcommerce-metafields/sandbox.json, "
        "else ~/.local/state/bigcommerce-metafields/sandbox.json); delete it to start with an "
        "empty store"
    )
    assert "".join(expected.split()) in out
    monkeypatch.setenv("BIGCOMMERCE_STORE_HASH", "abc123")
    monkeypatch.setenv("BIGCOMMERCE_ACCESS_TOKEN", "s3cr3t-1")
    assert main(["--sandbox-state", "x.json", "product", "get", "1", "1"]) == 2
    assert "--sandbox-state goes with --sandbox" in capsys.readouterr().err


def test_a_variant_is_kept_with_both_its_ids(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A metafield's JSON names a variant by its own id only: the state file keeps both."""
    state = tmp_path / "sandbox.json"

    def sandbox_here(*words: str) -> Any:  # in process: quicker than the script
        code = main(["--sandbox", "--sandbox-state", str(state), *words])
        out, err = capsys.readouterr()
        assert code == 0, err
        return json.loads(out)

    created = sandbox_here("variant", "create", "12", "34", *CREATE)
    # Variant ids are store-wide (a variant has one product), so a second variant has its own id.
    sandbox_here("variant", "create", "13", "35", *CREATE)
    updated = sandbox_here("variant", "update", "12", "34", str(created["id"]), "--value", "w")
    assert updated["date_modified"] >= created["date_modified"]
    saved = json.loads(state.read_text(encoding="utf-8"))["metafields"]
    assert [record["resource_ids"] for record in saved] == [[12, 34], [13, 35]]
    got = sandbox_here("variant", "get", "12", "34", str(created["id"]))
    assert got == updated  # rebuilt with its value and both dates
    assert (got["product_id"], got["variant_id"], got["value"]) == (12, 34, "w")
