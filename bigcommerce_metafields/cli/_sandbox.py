"""`--sandbox`: the embedded fake store, its metafields kept between commands in a state file.

Each command is a process of its own, so the store lives in a JSON file: loaded into a fresh
`FakeBigCommerce` before the command runs, written back (atomically, and only when it changed)
after it ends, whether it succeeded or not, since what was written before a failure stays
written. Metafields keep their ids, owners and dates, and ids are never handed out twice, as a
store's would not be: `create` then `get` finds the metafield, `delete` then `create` gets a new
id. While a command runs it holds a lock on the file (POSIX), so sandbox commands run one after
the other rather than overwrite each other's changes.

The fake has no snapshot of its own, so a store is rebuilt with its public seeding interface and
the SDK: `add_metafield` in id order (the fake numbers them 1, 2, ... store-wide) with the fake's
clock set to each one's creation date; a stand-in fills each id no longer in use and is deleted
again, and a metafield modified after its creation is written back with its own value at its
modification date. Stand-ins live on a cart of their own and are gone before a command runs.

Every family of the command line is kept. A metafield's JSON names its resource by one
`resource_id`, which is not enough for a family with several ids (a variant's is the variant id
alone, without its product's), so the state file adds `resource_ids` to those, and the store is
read back resource by resource: those of the state file and those the command created metafields
on (`SandboxStore.created`).
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, cast

import attrs

from .. import BigCommerceError, MetafieldsClient
from ._family import Family, PathIds, families

if TYPE_CHECKING:  # the fake is imported only when a sandbox is asked for
    from ..testing import FakeBigCommerce

STATE_ENV = "BIGCOMMERCE_SANDBOX_STATE"
STATE_FORMAT = "bigcommerce-metafields sandbox"
STATE_VERSION = 1
_STAND_IN_CART = "sandbox-unused-ids"
"""Where the stand-ins for ids no longer in use live (only while the store is rebuilt)."""
_WRITTEN = ("namespace", "key", "value", "permission_set", "description")


class SandboxError(Exception):
    """The state file cannot be read or written (a usage problem: exit code 2)."""


def default_state_path() -> Path:
    """$BIGCOMMERCE_SANDBOX_STATE, else $XDG_STATE_HOME/..., else ~/.local/state/..."""
    explicit = os.environ.get(STATE_ENV)
    if explicit:
        return Path(explicit).expanduser()
    base = os.environ.get("XDG_STATE_HOME") or os.path.join("~", ".local", "state")
    return Path(base).expanduser() / "bigcommerce-metafields" / "sandbox.json"


DEFAULT_STATE_HELP = (
    f"${STATE_ENV}, else $XDG_STATE_HOME/bigcommerce-metafields/sandbox.json, else "
    "~/.local/state/bigcommerce-metafields/sandbox.json"
)


class _Clock:
    """The fake's idea of now: a restored metafield's own date while the store is rebuilt."""

    def __init__(self) -> None:
        self.moment: datetime | None = None

    def __call__(self) -> datetime:
        return self.moment or datetime.now(UTC)


@attrs.define
class SandboxStore:
    """A command's fake store, and the resources with several ids it may hold metafields on."""

    fake: FakeBigCommerce
    compound: set[tuple[str, PathIds]] = attrs.field(factory=set)

    def created(self, family: Family, ids: PathIds) -> None:
        """Told of every create the command sends, so that the metafield is saved."""
        if len(ids) > 1:
            self.compound.add((family.name, ids))


@contextlib.contextmanager
def sandbox_store(path: Path, say: Callable[[str], None]) -> Iterator[SandboxStore]:
    """The fake store kept in `path`, saved back when the block ends; `say` gets the lines for
    stderr (a new store, changes that could not be kept)."""
    from ..testing import FakeBigCommerce

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = open(path.with_name(path.name + ".lock"), "a")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise SandboxError(f"cannot use the sandbox state file {path}: {_reason(exc)}") from exc
    with lock:
        _lock(lock)
        state = _read(path)
        if state is None:
            say(f"sandbox: a new empty store, kept in {path} for the next commands")
            state = {"last_id": 0, "metafields": []}
        clock = _Clock()
        store = SandboxStore(FakeBigCommerce(now=clock))
        _restore(store, clock, state, path)
        try:
            yield store
        except BaseException:
            try:  # what the command wrote before it failed stays written
                _save(store, state, path)
            except SandboxError as exc:
                say(f"sandbox: {exc}")
            raise
        _save(store, state, path)


def _lock(handle: IO[str]) -> None:
    try:
        import fcntl
    except ImportError:  # not POSIX: commands must not overlap
        return
    fcntl.flock(handle.fileno(), fcntl.LOCK_EX)


def _read(path: Path) -> dict[str, Any] | None:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise _unreadable(path, _reason(exc)) from exc
    try:
        state = json.loads(text)
    except ValueError as exc:
        raise _unreadable(path, f"not JSON: {exc}") from exc
    if (
        not isinstance(state, dict)
        or state.get("format") != STATE_FORMAT
        or not isinstance(state.get("last_id"), int)
        or not isinstance(state.get("metafields"), list)
    ):
        raise _unreadable(path, "not a sandbox state file")
    if state.get("version") != STATE_VERSION:
        raise _unreadable(path, f"version {state.get('version')!r}, expected {STATE_VERSION}")
    return state


def _restore(store: SandboxStore, clock: _Clock, state: dict[str, Any], path: Path) -> None:
    from ..testing import DEFAULT_CLIENT_ID, DEFAULT_STORE_HASH, DEFAULT_TOKEN

    fake = store.fake
    try:
        records = {int(record["id"]): record for record in state["metafields"]}
        stand_ins: list[int] = []
        for number in range(1, max([state["last_id"], *records]) + 1):
            record = records.get(number)
            if record is None:
                fake.add_metafield(
                    "cart", _STAND_IN_CART, namespace="sandbox", key=str(number), value="-"
                )
                stand_ins.append(number)
                continue
            clock.moment = datetime.fromisoformat(record["date_created"])
            resource = _fake_id(record)
            if isinstance(resource, tuple):
                store.compound.add((record["resource_type"], resource))
            added = fake.add_metafield(
                record["resource_type"],
                resource,
                **{name: record[name] for name in _WRITTEN},
                # Families whose JSON hides the owner: the sandbox's own client wrote them.
                owner_client_id=record.get("owner_client_id", DEFAULT_CLIENT_ID),
            )
            if int(str(added["id"])) != number:
                raise ValueError(f"metafield {number} was given id {added['id']}")
        quota, fake.quota = fake.quota, None  # the rebuilding spends none of the commands' quota
        with MetafieldsClient(
            DEFAULT_STORE_HASH,
            DEFAULT_TOKEN,
            base_url=fake.base_url,
            transport=fake.transport(),
            max_retries=0,
        ) as client:
            for number in stand_ins:
                client.cart_metafields.delete(_STAND_IN_CART, number)
            for number, record in records.items():
                if record["date_modified"] != record["date_created"]:
                    clock.moment = datetime.fromisoformat(record["date_modified"])
                    family = families()[record["resource_type"]]
                    family.resource(client).update(
                        *_path_ids(family, _fake_id(record)),
                        family.metafield_id.parse(number),
                        **{name: record[name] for name in _WRITTEN},
                    )
        fake.quota = quota
    except (KeyError, TypeError, ValueError, BigCommerceError) as exc:
        raise _unreadable(path, f"cannot rebuild the store: {exc!r}") from exc
    finally:
        clock.moment = None


def _fake_id(record: dict[str, Any]) -> Any:
    """The resource id the fake's seeding takes: the ids of a compound one as a tuple."""
    if "resource_ids" in record:
        return tuple(record["resource_ids"])
    return record["resource_id"]


def _path_ids(family: Family, resource: Any) -> PathIds:
    """The SDK's ids of a resource the fake names `resource`."""
    if not family.ids:
        return ()
    return tuple(resource) if isinstance(resource, tuple) else (resource,)


def snapshot(store: SandboxStore) -> dict[str, Any]:
    """The store as the state file keeps it."""
    fake = store.fake
    records: list[dict[str, Any]] = []
    for family in families().values():
        name = cast(Any, family.name)  # the fake types its family names as a Literal
        try:
            found = fake.metafields(name)
        except ValueError:  # a family the fake does not serve holds nothing
            continue
        if len(family.ids) <= 1:
            records += [record for record in found if record["resource_id"] != _STAND_IN_CART]
            continue
        kept = [
            {**record, "resource_ids": list(ids)}
            for kind, ids in store.compound
            if kind == family.name
            for record in fake.metafields(name, cast(Any, ids))
        ]
        if len(kept) != len(found):
            raise SandboxError(f"some {family.name} metafields were created on unknown resources")
        records += kept
    records.sort(key=lambda record: int(str(record["id"])))
    # The fake tells the last id it handed out only through the next one.
    probe = fake.add_metafield(
        "cart", _STAND_IN_CART, namespace="sandbox", key="next-id", value="-"
    )
    return {"last_id": int(str(probe["id"])) - 1, "metafields": records}


def _save(store: SandboxStore, loaded: dict[str, Any], path: Path) -> None:
    state = snapshot(store)
    if state == {"last_id": loaded["last_id"], "metafields": loaded["metafields"]}:
        return  # nothing changed: nothing to write
    document = {"format": STATE_FORMAT, "version": STATE_VERSION, **state}
    temporary = path.with_name(f"{path.name}.tmp-{os.getpid()}")
    try:
        temporary.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(temporary, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise SandboxError(
            f"the sandbox's changes could not be kept in {path}: {_reason(exc)}"
        ) from exc


def _unreadable(path: Path, reason: str) -> SandboxError:
    return SandboxError(
        f"the sandbox state file {path} is unusable ({reason}): fix it, or delete it to start "
        "with an empty store"
    )


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc)
