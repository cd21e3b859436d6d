"""The metafield families the fake serves, as data: one :class:`Family` per resource type.

Router, store, listing and batches read everything family-specific from here, so a new family is
one entry in :data:`FAMILIES`. The entries follow BigCommerce's reference for the single-resource
operations (``/{resource path}/metafields[/{metafield_id}]``) and the batch ones (``GET/POST/PUT/
DELETE {batch_path}``); where it is silent or self-contradictory the choice is written next to the
entry.

Resource ids: a family whose path has one id segment is addressed by that id (``111``, a cart
UUID); the variant family's path has two, so its address is the tuple ``(product_id,
variant_id)``. A resource is stored under its *key*, the last id of its address, which is also its
JSON ``resource_id`` and what batch items name: a variant is its variant id, and the product before
it is its parent (variant ids are unique store-wide, each variant belongs to one product). The
store family has no id segment: its one resource is the store itself, keyed ``"0"``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

import attrs

#: A family's name, its metafields' ``resource_type``. Plain ``str``, not a ``Literal`` of the
#: table's names: adding a family is its entry in :data:`FAMILIES` and nothing else.
FamilyName = str
IdKind = Literal["int", "str"]
ResourceId = str | int | tuple[int, ...]

#: Every list takes these (brand's list lacks ``direction``, see its entry); ``before``/``after``
#: are the cursors every listing takes since 2026-01.
BASIC_FILTERS = frozenset({"page", "limit", "key", "namespace", "direction", "before", "after"})
#: Comma-separated alternatives, date ranges and sparse fieldsets.
EXTENDED_FILTERS = frozenset(
    {
        "key:in",
        "namespace:in",
        "date_created:min",
        "date_created:max",
        "date_modified:min",
        "date_modified:max",
        "include_fields",
    }
)
#: The category and brand lists filter on the metafield id.
ID_FILTERS = frozenset({"id", "id:in", "id:not_in", "id:min", "id:max", "id:greater", "id:less"})
#: The order and channel lists also take exact creation and modification dates.
EXACT_DATE_FILTERS = frozenset({"date_created", "date_modified"})
EXCLUDE_FIELDS = frozenset({"exclude_fields"})
#: Metafields of the listed resources only: documented on the product and variant batch GETs.
RESOURCE_FILTERS = frozenset({"resource_id:in"})
#: Every query parameter the listing knows (a family accepts a subset, the rest is ignored).
ALL_FILTERS = (
    BASIC_FILTERS
    | EXTENDED_FILTERS
    | ID_FILTERS
    | EXACT_DATE_FILTERS
    | EXCLUDE_FIELDS
    | RESOURCE_FILTERS
)
#: What every batch GET takes, whatever its family's single-resource list does (no
#: ``exclude_fields``, no id or exact-date filters).
BATCH_FILTERS = BASIC_FILTERS | EXTENDED_FILTERS


#: The fake's catalogues of resources that exist (``FakeBigCommerce(products=, variants=)``).
Catalogue = Literal["products", "variants"]


@attrs.frozen
class IdSegment:
    """One id in a family's resource path."""

    name: str
    kind: IdKind
    #: The catalogue the id must be in when the fake has one (else any id exists); unknown: 404.
    catalogue: Catalogue | None = None

    @property
    def label(self) -> str:
        """``"Product"`` for ``product_id``: how errors name the resource."""
        return self.name.removesuffix("_id").capitalize()


@attrs.frozen
class Family:
    """One metafield family as the fake serves it: where it lives and how it differs from the rest.

    A new family is one ``Family(...)`` appended to :data:`FAMILIES`; router, store, listing and
    the seeding helpers read everything family-specific from it.
    """

    #: The metafield's ``resource_type``; also the name seeding helpers take.
    name: FamilyName
    #: The resource's path under ``/v3`` with ``{id}`` placeholders, without ``/metafields``.
    path: str
    #: The placeholders of ``path``, in order.
    ids: tuple[IdSegment, ...]
    #: How the service writes the metafield's ``id`` in JSON.
    metafield_id: IdKind
    #: PUT takes any subset of the fields (else the four required on create, as on create).
    partial_update: bool
    #: Query parameters the list understands; any other is ignored.
    filters: frozenset[str]
    #: The store-wide batch endpoints' path under ``/v3`` (GET, POST, PUT and DELETE).
    batch_path: str
    #: Whether responses carry ``owner_client_id``.
    owner_client_id: bool = True
    #: Whether ``{path}/metafields`` serves list (GET) and create (POST).
    collection: bool = True
    #: Metafields one client may own on one resource; ``None``: the fake's ``max_per_resource``.
    max_per_resource: int | None = None
    #: The JSON ``resource_id`` of the only resource of an id-less family.
    fixed_resource_id: str | None = None
    #: Batch PUT items take any subset of the fields besides ``id`` (else the four create fields).
    batch_partial_update: bool = True
    #: The JSON type of ``id`` in batch PUT items (batch DELETE ids are integers in every family).
    batch_update_id: IdKind = "int"
    #: Query parameters the batch GET understands; any other is ignored.
    batch_filters: frozenset[str] = BATCH_FILTERS

    def json_id(self, metafield_id: int) -> int | str:
        return str(metafield_id) if self.metafield_id == "str" else metafield_id

    def json_resource_id(self, resource_id: ResourceId) -> str | int:
        """The ``resource_id`` the service writes, which is also the resource's key in the
        fake's store: the last id of a compound address."""
        return resource_id[-1] if isinstance(resource_id, tuple) else resource_id

    def parents(self, resource_id: ResourceId) -> tuple[int, ...]:
        """The ids before the key in a compound address (a variant's product)."""
        return resource_id[:-1] if isinstance(resource_id, tuple) else ()

    @property
    def key_kind(self) -> IdKind | None:
        """The type of the resource key (``resource_id`` of batch create items); ``None`` for
        the store, whose items name no resource."""
        return self.ids[-1].kind if self.ids else None

    def resource_path(self, resource_id: ResourceId | None = None) -> str:
        """``path`` with the ids filled in (unencoded), e.g. for tests building URLs."""
        values = self._parts(resource_id)
        return self.path.format(**{seg.name: v for seg, v in zip(self.ids, values, strict=True)})

    def resource_id(self, values: Mapping[str, str | int]) -> ResourceId:
        """The resource id of path values already checked against ``ids``."""
        if not self.ids:
            assert self.fixed_resource_id is not None
            return self.fixed_resource_id
        parts = [values[seg.name] for seg in self.ids]
        if len(parts) == 1:
            return parts[0]
        return tuple(int(part) for part in parts)

    def normalise(self, resource_id: ResourceId | None) -> ResourceId:
        """A resource id given to a seeding helper, as stored; ``ValueError`` if it cannot be."""
        values = self._parts(resource_id)
        return self.resource_id({seg.name: v for seg, v in zip(self.ids, values, strict=True)})

    def _parts(self, resource_id: ResourceId | None) -> tuple[str | int, ...]:
        if not self.ids:
            if resource_id not in (None, self.fixed_resource_id):
                raise ValueError(f"{self.name} metafields have no resource id but the store's")
            return ()
        # Single ids are kept as given (as the fake always did); a compound one must be a tuple
        # of as many ints.
        parts: tuple[str | int, ...] = ()
        if isinstance(resource_id, tuple):
            if all(type(part) is int for part in resource_id):
                parts = resource_id
        elif resource_id is not None:
            parts = (resource_id,)
        if len(parts) != len(self.ids):
            kinds = ", ".join(f"{seg.name}: {seg.kind}" for seg in self.ids)
            raise ValueError(f"a {self.name} resource id is ({kinds}), got {resource_id!r}")
        return parts


_EXTENDED = BASIC_FILTERS | EXTENDED_FILTERS

#: Every family the fake serves, one entry each: the one place a new family is added.
FAMILIES: tuple[Family, ...] = (
    # The facts give product lists the extended filters and field exclusion; PUT is partial.
    # Its batch GET also takes resource_id:in (release notes).
    Family(
        name="product",
        path="/catalog/products/{product_id}",
        ids=(IdSegment("product_id", "int", "products"),),
        metafield_id="int",
        partial_update=True,
        filters=_EXTENDED | EXCLUDE_FIELDS,
        batch_path="/catalog/products/metafields",
        batch_filters=BATCH_FILTERS | RESOURCE_FILTERS,
    ),
    # Documented with the create schema for PUT (all four required), no owner_client_id, and
    # no exclude_fields on the list. Its product must exist, as for product metafields. Batch
    # items name the variant alone (resource_id: the variant id); its batch PUT is partial and
    # its batch GET takes resource_id:in (release notes).
    Family(
        name="variant",
        path="/catalog/products/{product_id}/variants/{variant_id}",
        ids=(
            IdSegment("product_id", "int", "products"),
            IdSegment("variant_id", "int", "variants"),
        ),
        metafield_id="int",
        partial_update=False,
        filters=_EXTENDED,
        owner_client_id=False,
        batch_path="/catalog/variants/metafields",
        batch_filters=BATCH_FILTERS | RESOURCE_FILTERS,
    ),
    # PUT with the create schema; the list adds id filters and field exclusion.
    Family(
        name="category",
        path="/catalog/categories/{category_id}",
        ids=(IdSegment("category_id", "int"),),
        metafield_id="int",
        partial_update=False,
        filters=_EXTENDED | ID_FILTERS | EXCLUDE_FIELDS,
        owner_client_id=False,
        batch_path="/catalog/categories/metafields",
    ),
    # The brand list has no key:in, namespace:in, direction or dates, but id filters and fields.
    Family(
        name="brand",
        path="/catalog/brands/{brand_id}",
        ids=(IdSegment("brand_id", "int"),),
        metafield_id="int",
        partial_update=True,
        filters=(BASIC_FILTERS - {"direction"}) | ID_FILTERS | {"include_fields", "exclude_fields"},
        batch_path="/catalog/brands/metafields",
    ),
    # Cart ids are taken as given (metafields outlive their cart); PUT with the create schema;
    # ids travel as JSON strings; the list has the basic parameters only. Batch PUT items need
    # the four create fields and type ``id`` as a string, while batch DELETE takes integers.
    Family(
        name="cart",
        path="/carts/{cart_id}",
        ids=(IdSegment("cart_id", "str"),),
        metafield_id="str",
        partial_update=False,
        filters=BASIC_FILTERS,
        batch_path="/carts/metafields",
        batch_partial_update=False,
        batch_update_id="str",
    ),
    # Batch PUT items need the four create fields.
    Family(
        name="order",
        path="/orders/{order_id}",
        ids=(IdSegment("order_id", "int"),),
        metafield_id="int",
        partial_update=False,
        filters=_EXTENDED | EXACT_DATE_FILTERS,
        batch_path="/orders/metafields",
        batch_partial_update=False,
    ),
    # PUT documents ``id`` as required in the body too; the fake ignores a body ``id`` (as any
    # read-only field) and does not require it, so a client sending it or not both work. The
    # batch DELETE is documented without a request body: the fake takes the array of ids every
    # other family takes (its documented 422 partial success needs items, and "delete every
    # customer metafield" would be a dangerous reading of an omission), so no body is a 400.
    Family(
        name="customer",
        path="/customers/{customer_id}",
        ids=(IdSegment("customer_id", "int"),),
        metafield_id="int",
        partial_update=True,
        filters=_EXTENDED,
        owner_client_id=False,
        batch_path="/customers/metafields",
    ),
    # metafield_id is documented as a string path parameter but the object's id as an integer;
    # BigCommerce documents these responses without the envelope, the fake (like every other
    # family) answers {data, meta}.
    Family(
        name="channel",
        path="/channels/{channel_id}",
        ids=(IdSegment("channel_id", "int"),),
        metafield_id="int",
        partial_update=True,
        filters=_EXTENDED | EXACT_DATE_FILTERS,
        owner_client_id=False,
        batch_path="/channels/metafields",
    ),
    # Batch PUT items type ``id`` as a string (batch DELETE takes integers).
    Family(
        name="location",
        path="/inventory/locations/{location_id}",
        ids=(IdSegment("location_id", "int"),),
        metafield_id="int",
        partial_update=True,
        filters=_EXTENDED,
        batch_path="/inventory/locations/metafields",
        batch_update_id="str",
    ),
    # Only GET/PUT/DELETE at /store/metafields/{id}: its list and create are the batch endpoints
    # at /store/metafields, whose create items name no resource. PUT (single and batch) with the
    # create schema; 10,000 metafields per client.
    Family(
        name="store",
        path="/store",
        ids=(),
        metafield_id="str",
        partial_update=False,
        filters=frozenset(),
        collection=False,
        max_per_resource=10_000,
        fixed_resource_id="0",
        batch_path="/store/metafields",
        batch_partial_update=False,
    ),
)

BY_NAME: dict[str, Family] = {family.name: family for family in FAMILIES}


def family_named(name: str) -> Family:
    """The family of a ``resource_type``; ``ValueError`` for one the fake does not serve."""
    try:
        return BY_NAME[name]
    except KeyError:
        known = ", ".join(BY_NAME)
        raise ValueError(f"unknown metafield family {name!r} (known: {known})") from None
