"""The metafield families the fake serves, as data: one :class:`Family` per resource type.

Router, store and listing read everything family-specific from here, so a new family is one entry
in :data:`FAMILIES`. The entries follow BigCommerce's reference for the single-resource operations
(``/{resource path}/metafields[/{metafield_id}]``); where it is silent or self-contradictory the
choice is written next to the entry.

Resource ids: a family whose path has one id segment is addressed by that id (``111``, a cart
UUID); the variant family's path has two, so its resource id is the tuple ``(product_id,
variant_id)``, and its JSON ``resource_id`` is the variant id alone. The store family has no id
segment: its one resource is the store itself, whose JSON ``resource_id`` is ``"0"``.
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

#: Every list takes these (brand's list lacks ``direction``, see its entry).
BASIC_FILTERS = frozenset({"page", "limit", "key", "namespace", "direction"})
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
#: Every query parameter the listing knows (a family accepts a subset, the rest is ignored).
ALL_FILTERS = BASIC_FILTERS | EXTENDED_FILTERS | ID_FILTERS | EXACT_DATE_FILTERS | EXCLUDE_FIELDS


@attrs.frozen
class IdSegment:
    """One id in a family's resource path."""

    name: str
    kind: IdKind
    #: Checked against the fake's ``products`` (unknown product: 404).
    product: bool = False


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
    #: Whether responses carry ``owner_client_id``.
    owner_client_id: bool = True
    #: Whether ``{path}/metafields`` serves list (GET) and create (POST).
    collection: bool = True
    #: Metafields one client may own on one resource; ``None``: the fake's ``max_per_resource``.
    max_per_resource: int | None = None
    #: The JSON ``resource_id`` of the only resource of an id-less family.
    fixed_resource_id: str | None = None

    def json_id(self, metafield_id: int) -> int | str:
        return str(metafield_id) if self.metafield_id == "str" else metafield_id

    def json_resource_id(self, resource_id: ResourceId) -> ResourceId:
        """The ``resource_id`` the service writes: the last id of a compound one."""
        return resource_id[-1] if isinstance(resource_id, tuple) else resource_id

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
    Family(
        name="product",
        path="/catalog/products/{product_id}",
        ids=(IdSegment("product_id", "int", product=True),),
        metafield_id="int",
        partial_update=True,
        filters=_EXTENDED | EXCLUDE_FIELDS,
    ),
    # Documented with the create schema for PUT (all four required), no owner_client_id, and
    # no exclude_fields on the list. Its product must exist, as for product metafields.
    Family(
        name="variant",
        path="/catalog/products/{product_id}/variants/{variant_id}",
        ids=(IdSegment("product_id", "int", product=True), IdSegment("variant_id", "int")),
        metafield_id="int",
        partial_update=False,
        filters=_EXTENDED,
        owner_client_id=False,
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
    ),
    # The brand list has no key:in, namespace:in, direction or dates, but id filters and fields.
    Family(
        name="brand",
        path="/catalog/brands/{brand_id}",
        ids=(IdSegment("brand_id", "int"),),
        metafield_id="int",
        partial_update=True,
        filters=(BASIC_FILTERS - {"direction"}) | ID_FILTERS | {"include_fields", "exclude_fields"},
    ),
    # Cart ids are taken as given (metafields outlive their cart); PUT with the create schema;
    # ids travel as JSON strings; the list has the basic parameters only.
    Family(
        name="cart",
        path="/carts/{cart_id}",
        ids=(IdSegment("cart_id", "str"),),
        metafield_id="str",
        partial_update=False,
        filters=BASIC_FILTERS,
    ),
    Family(
        name="order",
        path="/orders/{order_id}",
        ids=(IdSegment("order_id", "int"),),
        metafield_id="int",
        partial_update=False,
        filters=_EXTENDED | EXACT_DATE_FILTERS,
    ),
    # PUT documents ``id`` as required in the body too; the fake ignores a body ``id`` (as any
    # read-only field) and does not require it, so a client sending it or not both work.
    Family(
        name="customer",
        path="/customers/{customer_id}",
        ids=(IdSegment("customer_id", "int"),),
        metafield_id="int",
        partial_update=True,
        filters=_EXTENDED,
        owner_client_id=False,
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
    ),
    Family(
        name="location",
        path="/inventory/locations/{location_id}",
        ids=(IdSegment("location_id", "int"),),
        metafield_id="int",
        partial_update=True,
        filters=_EXTENDED,
    ),
    # Only GET/PUT/DELETE at /store/metafields/{id}: its list and create are the batch endpoints,
    # not served yet (seed with ``fake.add_metafield("store", ...)``). PUT with the create schema.
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
