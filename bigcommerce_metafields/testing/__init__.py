"""A faithful fake of BigCommerce's metafield endpoints, single-resource and batch, for tests.

It serves the ten families of :data:`FAMILIES` (product, variant, category, brand, cart, order,
customer, channel, location, store), each as its :class:`Family` entry says: path and id types
(:class:`IdSegment`), the JSON type of metafield ids, partial or full PUT, the list parameters it
takes (a subset of :data:`ALL_FILTERS`), whether ``owner_client_id`` is shown, and its batch
endpoints. The table is public so that tests can be parametrized over it; serving a new family is
one entry appended to it (in ``testing/_families.py``), nothing else. Seeding helpers take a
family name and a resource id: a variant's is ``(product_id, variant_id)``, the store's ``None``.
Each family also serves its batch endpoints (``GET/POST/PUT/DELETE`` at
``/catalog/products/metafields``, ``/carts/metafields``...; see ``_batch``), and every listing
takes ``before``/``after`` cursors (see ``_listing``). The store family's single-resource
operations are GET, PUT and DELETE at ``/store/metafields/{id}``; its list and create are its
batch endpoints at ``/store/metafields``.

Run it in process through httpx transports (no sockets)::

    fake = FakeBigCommerce()
    client = httpx.Client(base_url=fake.base_url, transport=fake.transport(),
                          headers={"X-Auth-Token": DEFAULT_TOKEN})

or on a real loopback socket (needs the ``testing`` extra, which brings uvicorn)::

    with serve(fake) as server:
        httpx.get(server.base_url + "/carts/c1/metafields", headers=...)

or as a process: ``python -m bigcommerce_metafields.testing --port 0``. The pytest fixtures
``bigcommerce_fake`` and ``bigcommerce_fake_server`` come with the package's pytest plugin.

Where BigCommerce's documentation is silent or wrong, the fake decides as follows:

- A PUT documented with the create schema (cart, variant, category, order, store) requires the
  four create fields; the others (product, brand, customer, channel, location) take any subset.
  Every field given is validated as on create; a body ``id`` (customer PUT) is ignored.
- Integer path segments (``product_id``, ``metafield_id``...) that are not positive integers
  answer 404 (a router with integer path parameters matches no route); any other method answers
  405 + Allow.
- A ``limit`` above 250 is clamped to 250 (every family); a bad ``page``/``limit``/
  ``direction``/date/id filter answers 422. A list ignores the parameters its family does not
  document (a cart list ignores ``key:in``, dates and field selection; a brand list
  ``direction``), as the service ignores unknown query parameters.
- Going over ``max_per_resource`` metafields of one client on one resource answers 403 (the
  store family allows 10,000 whatever the setting, unless the cap is off). The seeding helpers
  (``add_metafield(s)``) are not capped: they set up a store, they are no client.
- Anyone may delete a metafield and change its description; only its owner may change its
  namespace, key, permission_set or value (to a different value), else 403.
- A batch holds at most ``max_batch_size`` items (default 50; more: 413, nothing written); a
  malformed one (not an array, empty, an item of the wrong kind) is a 400, nothing written;
  every other failure is its item's, in a 422 whose ``errors`` are keyed by input index.
- A variant is stored under its variant id (what batch items name) and belongs to the product
  it is first addressed under, unless ``variants={variant_id: product_id}`` says which exist.
- Checks run in the order: quota (429), token (401), route (404), body (400, 413, 422), rules
  (403, 409). Every response carries the rate-limit headers except in platform-load mode or
  with ``quota=None``; responses injected by fault rules show the quota without spending it.

A dropped connection (``fake.faults.add(drop="before"|"after")``) raises
``httpx.RemoteProtocolError`` in process; on the loopback server the TCP connection is really
closed without a byte of response, so clients see the same error.
"""

from ._asgi import DROP_EXTENSION, AsgiApp, DropUnsupportedError
from ._fake import DEFAULT_CLIENT_ID, DEFAULT_STORE_HASH, DEFAULT_TOKEN, Exchange, FakeBigCommerce
from ._families import ALL_FILTERS, FAMILIES, Family, IdSegment, ResourceId
from ._faults import BodyKind, FaultRule, Faults, Latency
from ._http import DropWhen
from ._records import RecordedRequest
from ._server import FakeServer, serve

__all__ = [
    "ALL_FILTERS",
    "DEFAULT_CLIENT_ID",
    "DEFAULT_STORE_HASH",
    "DEFAULT_TOKEN",
    "DROP_EXTENSION",
    "FAMILIES",
    "AsgiApp",
    "BodyKind",
    "DropUnsupportedError",
    "DropWhen",
    "Exchange",
    "FakeBigCommerce",
    "FakeServer",
    "Family",
    "FaultRule",
    "Faults",
    "IdSegment",
    "Latency",
    "RecordedRequest",
    "ResourceId",
    "serve",
]
