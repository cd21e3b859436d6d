"""The fake service: state, settings, and the one request-handling core behind every run mode.

A request goes through an :class:`Exchange`: entering it counts the request as in flight and picks
its fault rule and delay; the driver (httpx transport or ASGI app) then waits the delay in its own
way (``time.sleep`` or ``anyio.sleep``) and asks for the outcome; leaving it records the request.
Everything else is here, once.
"""

from __future__ import annotations

import contextlib
import functools
import random
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import UTC, datetime
from types import TracebackType

import httpx

from ._asgi import AsgiApp
from ._batch import DEFAULT_MAX_BATCH_SIZE
from ._families import Catalogue, Family, FamilyName, ResourceId, family_named
from ._faults import FaultRule, Faults, Latency, pick_delay
from ._http import ApiError, Drop, Outcome, RawRequest, Response
from ._ratelimit import RateLimiter
from ._records import RecordedRequest
from ._routes import Known, Router
from ._store import MetafieldStore, ResourceKey
from ._transport import AsyncFakeTransport, FakeTransport

DEFAULT_STORE_HASH = "abc123"
DEFAULT_TOKEN = "test-token"  # noqa: S105 (a fake's well-known token, not a secret)
DEFAULT_CLIENT_ID = "test-client"


_PLATFORM_LOAD = ApiError(429, "Too Many Requests", detail="The platform is under load.")


def _utc_now() -> datetime:
    return datetime.now(UTC)


@contextlib.contextmanager
def _as_value_error() -> Iterator[None]:
    """Seeding helpers are Python calls: they raise ValueError, not an HTTP error."""
    try:
        yield
    except ApiError as error:
        raise ValueError(f"{error.title}: {error.detail}") from None


class FakeBigCommerce:
    """An in-memory BigCommerce store serving the single-resource and batch metafield endpoints
    of every family in ``_families.FAMILIES``."""

    def __init__(
        self,
        *,
        store_hash: str = DEFAULT_STORE_HASH,
        tokens: Mapping[str, str] | None = None,
        products: Iterable[int] | None = None,
        variants: Mapping[int, int] | None = None,
        quota: int | None = 150,
        window_ms: int = 30_000,
        retry_after: int | None = None,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], datetime] = _utc_now,
        latency: Latency | None = None,
        max_per_resource: int | None = 250,
        max_batch_size: int | None = DEFAULT_MAX_BATCH_SIZE,
        seed: int | None = None,
    ) -> None:
        self.store_hash = store_hash
        #: Access token -> API client id; a token not in here answers 401.
        self.tokens = dict(tokens) if tokens is not None else {DEFAULT_TOKEN: DEFAULT_CLIENT_ID}
        #: Product ids that exist; ``None`` means every product exists.
        self.products = set(products) if products is not None else None
        #: Variant id -> its product's id, for the variants that exist; ``None`` means every
        #: variant exists, belonging to the product it is first addressed under.
        self.variants = dict(variants) if variants is not None else None
        #: Items one batch request may hold (more: 413); ``None`` for no limit. BigCommerce
        #: documents none; the default is a conservative guess, small enough to prove chunking.
        self.max_batch_size = max_batch_size
        #: Delay added to every request (seconds, or a uniform ``(low, high)`` range).
        self.latency = latency
        #: While true, every request answers 429 without rate-limit headers.
        self.platform_load = False
        #: ``X-Retry-After`` seconds sent with quota 429s, if set.
        self.retry_after = retry_after
        self.faults = Faults()
        self._lock = threading.Lock()
        self._rng = random.Random(seed)  # noqa: S311 (latency jitter, not crypto)
        self._limiter = RateLimiter(quota, window_ms, clock)
        self._store = MetafieldStore(max_per_resource)
        self._router = Router(
            self._store, store_hash, self._known, now, lambda: self.max_batch_size
        )
        self._now = now
        self._requests: list[RecordedRequest] = []
        self._in_flight = 0
        self._max_in_flight = 0

    @property
    def base_url(self) -> str:
        """The real API's URL for this store, to use with :meth:`transport`."""
        return f"https://api.bigcommerce.com/stores/{self.store_hash}/v3"

    @property
    def quota(self) -> int | None:
        """Requests per window, store-wide; ``None`` when rate limiting is off."""
        return self._limiter.quota

    @quota.setter
    def quota(self, quota: int | None) -> None:
        """Change the quota while the fake serves: ``None`` stops the 429s and the
        ``X-Rate-Limit-*`` headers (a proxy that strips them, a store without limits), a number
        starts counting afresh in a new window."""
        with self._lock:
            self._limiter.set_quota(quota)

    @property
    def requests(self) -> list[RecordedRequest]:
        """Finished requests, in the order they finished."""
        with self._lock:
            return list(self._requests)

    @property
    def in_flight(self) -> int:
        with self._lock:
            return self._in_flight

    @property
    def max_in_flight(self) -> int:
        """The most requests ever handled at once (waiting on injected latency counts)."""
        with self._lock:
            return self._max_in_flight

    def metafields(
        self, resource: FamilyName, resource_id: ResourceId | None = None
    ) -> list[dict[str, object]]:
        """Stored metafields of one resource (or all of the family, by ascending id) as the
        service serialises them. ``resource`` is a family name (``"product"``, ``"variant"``,
        ... ``"store"``); a variant's ``resource_id`` is the tuple ``(product_id, variant_id)``
        (none when the variant is another product's)."""
        family = family_named(resource)
        with self._lock:
            if resource_id is None and family.ids:
                return [mf.to_json() for mf in self._store.of(resource)]
            key = self._key(family, resource_id, claim=False)
            if key is None:
                return []
            return [mf.to_json() for mf in self._store.of(resource, key)]

    def add_metafield(
        self,
        resource: FamilyName,
        resource_id: ResourceId | None,
        *,
        namespace: str,
        key: str,
        value: str,
        permission_set: str = "app_only",
        description: str = "",
        owner_client_id: str = DEFAULT_CLIENT_ID,
    ) -> dict[str, object]:
        """Seed a metafield without a request: no field validation, no quota, not recorded.

        ``resource`` is a family name; ``resource_id`` its resource's id as the path has it
        (``111``, a cart UUID), the tuple ``(product_id, variant_id)`` for ``"variant"``, and
        ``None`` (or ``"0"``) for ``"store"``. A variant seeded under a product belongs to it
        (``ValueError`` if it is another's). Uniqueness holds (a duplicate raises
        ``ValueError``); the per-client cap does not, as it binds API clients, not the setup of
        a test.
        """
        family = family_named(resource)
        fields = {"namespace": namespace, "key": key, "value": value}
        fields |= {"permission_set": permission_set, "description": description}
        with self._lock, _as_value_error():
            stored_id = self._seeding_key(family, resource_id)
            mf = self._store.create(
                resource, stored_id, fields, owner_client_id, self._now(), capped=False
            )
            return mf.to_json()

    def add_metafields(
        self,
        resource: FamilyName,
        resource_id: ResourceId | None,
        count: int,
        *,
        namespace: str = "seed",
        owner_client_id: str = DEFAULT_CLIENT_ID,
    ) -> None:
        """Seed ``count`` metafields at once (keys ``key-1``..., values ``value-1``...), in time
        proportional to ``count``: for benchmarks and paging tests. ``resource`` and
        ``resource_id`` as for :meth:`add_metafield`."""
        family = family_named(resource)
        fields = (
            {
                "namespace": namespace,
                "key": f"key-{n}",
                "value": f"value-{n}",
                "permission_set": "app_only",
            }
            for n in range(1, count + 1)
        )
        with self._lock, _as_value_error():
            stored_id = self._seeding_key(family, resource_id)
            self._store.create_many(resource, stored_id, fields, owner_client_id, self._now())

    def _key(
        self, family: Family, resource_id: ResourceId | None, *, claim: bool
    ) -> ResourceKey | None:
        """The store key of a resource id given to a helper (``ValueError`` if it is none);
        ``None`` when a variant is another product's. ``claim`` makes an unclaimed one this
        product's."""
        address = family.normalise(resource_id)
        key = family.json_resource_id(address)
        parents = family.parents(address)
        if claim:
            return key if self._store.claim(family.name, key, parents) else None
        known = self._store.parent(family.name, key)
        return key if known is None or known == parents else None

    def _seeding_key(self, family: Family, resource_id: ResourceId | None) -> ResourceKey:
        key = self._key(family, resource_id, claim=True)
        if key is None:
            raise ValueError(f"{family.name} {resource_id!r}: it belongs to another resource")
        return key

    def _known(self, catalogue: Catalogue) -> Known | None:
        return self.products if catalogue == "products" else self.variants

    def reset(self) -> None:
        """Forget metafields (and which product each variant was addressed under), recorded
        requests, fault rules, the quota window and load mode."""
        with self._lock:
            self._store.clear()
            self._limiter.reset()
            self._requests.clear()
            self._max_in_flight = self._in_flight
            self.platform_load = False
        self.faults.clear()

    def transport(self) -> httpx.BaseTransport:
        """An httpx transport answering from this fake, without sockets."""
        return FakeTransport(self)

    def async_transport(self) -> httpx.AsyncBaseTransport:
        """The async twin of :meth:`transport` (asyncio and trio alike)."""
        return AsyncFakeTransport(self)

    @functools.cached_property
    def asgi_app(self) -> AsgiApp:
        """An ASGI application serving this fake (drops need the bundled server, see ``serve``)."""
        return AsgiApp(self)

    def exchange(self, request: RawRequest) -> Exchange:
        """Start handling one request; for run-mode drivers, see the module docstring."""
        return Exchange(self, request)

    # -- the core, called by Exchange -----------------------------------------------------------

    def _enter(self, request: RawRequest) -> tuple[FaultRule | None, float]:
        rule = self.faults.take(request.method, self._subpath(request.path))
        with self._lock:
            self._in_flight += 1
            self._max_in_flight = max(self._max_in_flight, self._in_flight)
            delay = pick_delay(self.latency, self._rng)
            return rule, delay + pick_delay(rule.latency if rule else None, self._rng)

    def _answer(self, request: RawRequest, rule: FaultRule | None) -> Outcome:
        if rule is not None and rule.drop == "before":
            return Drop("before")
        with self._lock:
            if self.platform_load:
                return _PLATFORM_LOAD.to_response()
            injected = rule.injected_response() if rule else None
            if injected is not None:
                return injected.with_default_headers(self._limiter.peek())
            response = self._serve(request)
        if rule is None:
            return response
        return Drop("after") if rule.drop == "after" else rule.spoil(response)

    def _serve(self, request: RawRequest) -> Response:
        allowed, limits = self._limiter.acquire()
        try:
            if not allowed:
                raise ApiError(429, "Too Many Requests", detail="The request quota is spent.")
            response = self._router.handle(request, self._authenticate(request))
        except ApiError as error:
            response = error.to_response()
        if response.status == 429 and self.retry_after is not None:
            limits += (("x-retry-after", str(self.retry_after)),)
        return response.with_headers(limits)

    def _authenticate(self, request: RawRequest) -> str:
        client = self.tokens.get(request.headers.get("x-auth-token", ""))
        if client is None:
            raise ApiError(401, "Unauthorized", detail="Missing or unknown X-Auth-Token.")
        return client

    def _leave(self, record: RecordedRequest) -> None:
        with self._lock:
            self._in_flight -= 1
            self._requests.append(record)

    def _subpath(self, path: str) -> str:
        prefix = f"/stores/{self.store_hash}/v3"
        return path[len(prefix) :] if path.startswith(prefix + "/") else path


class Exchange:
    """One request's way through the fake: ``with fake.exchange(req) as ex:`` wait
    ``ex.delay`` seconds, then ``ex.respond()``."""

    def __init__(self, fake: FakeBigCommerce, request: RawRequest) -> None:
        self._fake = fake
        self.request = request
        self.delay = 0.0
        self._rule: FaultRule | None = None
        self._outcome: Outcome | None = None
        self._started = 0.0

    def __enter__(self) -> Exchange:
        self._started = time.monotonic()
        self._rule, self.delay = self._fake._enter(self.request)
        return self

    def respond(self) -> Outcome:
        self._outcome = self._fake._answer(self.request, self._rule)
        return self._outcome

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        request, outcome = self.request, self._outcome
        client = self._fake.tokens.get(request.headers.get("x-auth-token", ""))
        self._fake._leave(
            RecordedRequest(
                method=request.method,
                path=request.path,
                query=request.query,
                headers={k: v for k, v in request.headers.items() if k != "x-auth-token"},
                body=request.body,
                authenticated=client is not None,
                client_id=client,
                status=outcome.status if isinstance(outcome, Response) else None,
                dropped=outcome.when if isinstance(outcome, Drop) else None,
                started=self._started,
                finished=time.monotonic(),
            )
        )
