"""The metafield families, read from the SDK's client, behind one small typed interface.

There is no table of families here: a family is a resource of `MetafieldsClient` (an attribute
whose class is one of `bigcommerce_metafields.resources`), named by the attribute without
`_metafields`. What the command line offers for it follows from that resource's methods: the ids
naming a resource are the positional parameters of `get` before `metafield_id` (with their names
and types: the variant family's are `product_id` and `variant_id`, the store's none), the list
filters are the keyword parameters of `list`, the commands are the methods it has, and whether an
update must send the whole metafield is read from `update`'s overloads. So a family added to the
spec is on the command line after `make generate`, with nothing to edit here.

The operations on a family's metafields are in `_metafields`.
"""

from __future__ import annotations

import datetime
import functools
import inspect
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Literal

import attrs
import httpx

from .. import MetafieldsClient, Unset, resources

PathIds = tuple[int | str, ...]
"""A resource's ids, in the order of its path parameters (`()` for the store)."""

RESOURCE_SUFFIX = "_metafields"
PAGING = ("page", "limit")
"""`list` parameters the command line offers as `--page` and `--limit` for every family."""


class BadResourceIdError(ValueError):
    """A resource id that cannot name a resource of the family."""


@attrs.frozen
class IdPart:
    """One path id (`product_id`, `cart_id`, `metafield_id`): integers are positive, strings
    are non-empty, as the SDK's signature types them."""

    name: str
    integer: bool

    @property
    def metavar(self) -> str:
        return self.name.upper()

    @property
    def help(self) -> str:
        what = "a positive integer" if self.integer else "a non-empty string"
        return f"the {self.name.replace('_', ' ')}: {what}"

    def parse(self, text: object) -> int | str:
        """The id from the command line or an import record (CSV cells are text)."""
        if self.integer:
            number = 0
            if isinstance(text, int) and not isinstance(text, bool):
                number = text
            elif isinstance(text, str) and text.strip().isdigit() and text.strip().isascii():
                number = int(text.strip())
            if number < 1:
                raise BadResourceIdError(f"expected a positive integer, got {text!r}")
            return number
        if isinstance(text, int) and not isinstance(text, bool):
            text = str(text)  # a JSON number where a string id is expected: the same id
        if isinstance(text, str) and text.strip():
            return text.strip()
        raise BadResourceIdError(f"expected a non-empty string, got {text!r}")


FilterKind = Literal["text", "integer", "choice", "moment", "list"]


@attrs.frozen
class Filter:
    """A keyword parameter of a family's `list`, offered as `--name-with-dashes`."""

    name: str
    kind: FilterKind
    choices: tuple[str, ...] = ()
    """The allowed values (of each item, for a list)."""

    @property
    def option(self) -> str:
        return "--" + self.name.replace("_", "-")

    @property
    def metavar(self) -> str:
        base = _base(self.name).upper()
        for prefix, _ in _FIELD_SETS:  # fields to include: FIELD[,FIELD...]
            if self.name.startswith(prefix):
                base = self.name.removeprefix(prefix).removesuffix("s").upper()
        if self.kind == "list":
            return f"{base}[,{base}...]"
        return {"moment": "WHEN", "integer": "N"}.get(self.kind, base)

    @property
    def help(self) -> str:
        """What the filter keeps, in words made from its name and type."""
        name = self.name
        words = _base(name).replace("_", " ")
        for prefix, phrase in _FIELD_SETS:
            if name.startswith(prefix):
                text = phrase.format(name.removeprefix(prefix).replace("_", " "))
                break
        else:
            operator = _operator(name)
            moment = self.kind == "moment"
            text = {
                "in": f"any of these {plural(words)}",
                "not_in": f"none of these {plural(words)}",
                "min": f"{words} {'at or after' if moment else 'at least'} {self.metavar}",
                "max": f"{words} {'at or before' if moment else 'at most'} {self.metavar}",
                "greater": f"{words} above {self.metavar}",
                "less": f"{words} below {self.metavar}",
                "": f"{words} exactly {self.metavar}" if moment else f"only this {words}",
            }[operator]
        if self.kind == "list":
            text += " (comma-separated, repeatable)"
        if self.kind == "moment":
            text += " (ISO 8601; UTC unless it says)"
        if self.kind == "choice":
            text = f"{words}: " + " or ".join(self.choices)
        elif self.choices:
            text += ": any of " + ", ".join(self.choices)
        return text


_FIELD_SETS = (("include_", "only these {}, and id"), ("exclude_", "leave these {} out"))
"""Sparse fieldsets: `include_fields`, `exclude_fields`."""
_OPERATORS = ("not_in", "in", "min", "max", "greater", "less")


def _operator(name: str) -> str:
    return next((op for op in _OPERATORS if name.endswith("_" + op)), "")


def _base(name: str) -> str:
    operator = _operator(name)
    return name[: -len(operator) - 1] if operator else name


def plural(word: str) -> str:
    """English plural of a family or field name (category: categories, product: products)."""
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "o", "u"):
        return word[:-1] + "ies"
    return word if word.endswith("s") else word + "s"


WRITABLE_FIELDS = ("namespace", "key", "value", "permission_set", "description")
"""The fields a create or update sends, in the order the tool shows them."""


@attrs.frozen
class BatchShape:
    """What a family's batch operations (`<resource>.batch`) take, read from their signatures:
    the item models of `create` and `update`, and whether the listing filters by resource."""

    create_item: type
    update_item: type
    by_resource: bool
    """The listing takes `resource_id_in`: chosen resources are read without reading the store."""

    def create(self, ids: PathIds, fields: Mapping[str, Any]) -> Any:
        """A create item for the resource `ids` (BigCommerce's `resource_id` is the last id)."""
        if "resource_id" in attrs.fields_dict(self.create_item):
            return self.create_item(resource_id=ids[-1], **fields)
        return self.create_item(**fields)  # the store's: the store is the resource

    def update(
        self, metafield_id: int | str, changes: Mapping[str, Any], current: Mapping[str, Any]
    ) -> Any:
        """An update item changing `changes`; where the family's batch update takes the whole
        metafield, the fields it requires come from `current`."""
        fields = attrs.fields_dict(self.update_item)
        as_text = typing.get_type_hints(self.update_item)["id"] is str  # cart, location
        sent: dict[str, Any] = {"id": str(metafield_id) if as_text else int(metafield_id)}
        for name in WRITABLE_FIELDS:
            if name in changes:
                sent[name] = changes[name]
            elif name in fields and fields[name].default is attrs.NOTHING:
                sent[name] = current[name]
        return self.update_item(**sent)


@attrs.frozen
class Family:
    """One family of metafields: how its resources are named and what can be done with them."""

    name: str
    attribute: str
    """The client's attribute (`variant_metafields`)."""
    ids: tuple[IdPart, ...]
    """The path ids naming a resource, in order (`product_id`, `variant_id`); none for the store."""
    metafield_id: IdPart
    methods: frozenset[str]
    filters: tuple[Filter, ...]
    whole_update: bool
    """An update takes the whole metafield (the create fields), not only what changes."""
    batch: BatchShape | None = None
    """Its batch operations, if its resource has them (`.batch`: list, create, update)."""

    @property
    def plural(self) -> str:
        return plural(self.name)

    @property
    def id_names(self) -> tuple[str, ...]:
        return tuple(part.name for part in self.ids)

    @property
    def ids_metavar(self) -> str:
        """The ids as the usage shows them (`PRODUCT_ID VARIANT_ID`)."""
        return " ".join(part.metavar for part in self.ids)

    def has(self, *methods: str) -> bool:
        return all(method in self.methods for method in methods)

    @property
    def commands(self) -> tuple[str, ...]:
        """The commands the family's resource supports, in the order the help lists them."""
        needs = {
            "list": ("list",),
            "get": ("get",),
            "create": ("create",),
            "update": ("update",) + (("get",) if self.whole_update else ()),
            "delete": ("delete",),
            "export": ("paginate",),
            "import": ("find", "create", "update"),
        }
        return tuple(command for command, methods in needs.items() if self.has(*methods))

    @property
    def ranges(self) -> bool:
        """Whether ids can be given as `--range FIRST-LAST` (one integer id)."""
        return len(self.ids) == 1 and self.ids[0].integer

    def parse_ids(self, values: Sequence[object], names: Sequence[str] | None = None) -> PathIds:
        """The ids, checked; an error names the id (`names`: how the input calls them)."""
        if len(values) != len(self.ids):
            raise BadResourceIdError(f"expected {self.ids_metavar or 'no ids'}, got {values!r}")
        shown = names or [part.metavar for part in self.ids]
        parsed = []
        for part, name, value in zip(self.ids, shown, values, strict=True):
            try:
                parsed.append(part.parse(value))
            except BadResourceIdError as exc:
                raise BadResourceIdError(f"{name}: {exc}") from None
        return tuple(parsed)

    def id_fields(self, ids: PathIds) -> dict[str, Any]:
        """The ids by name, plus `resource_id` as BigCommerce writes it: the last one."""
        fields: dict[str, Any] = dict(zip(self.id_names, ids, strict=True))
        if ids:
            fields["resource_id"] = ids[-1]
        return fields

    def resource(self, client: MetafieldsClient) -> Any:
        """The SDK's resource of the family on `client`."""
        return getattr(client, self.attribute)


def describe(ids: PathIds) -> str:
    """Ids as the command line takes them (`12 34`)."""
    return " ".join(str(part) for part in ids)


# -- discovery ------------------------------------------------------------------------------------

_METHODS = ("list", "paginate", "create", "get", "update", "delete", "find")


def _members(hint: Any) -> tuple[Any, ...]:
    """A type hint's alternatives, without `Unset` (the SDK's "not given")."""
    union = typing.get_origin(hint) in (typing.Union, types.UnionType)
    members = typing.get_args(hint) if union else (hint,)
    return tuple(member for member in members if member is not Unset)


def _is_integer(hint: Any) -> bool:
    return int in _members(hint)


def _filter(name: str, hint: Any) -> Filter:
    members = _members(hint)
    for member in members:
        if member is datetime.datetime:
            return Filter(name, "moment")
        if typing.get_origin(member) is Literal:
            return Filter(name, "choice", tuple(str(choice) for choice in typing.get_args(member)))
        if typing.get_origin(member) is Sequence:
            (item,) = typing.get_args(member) or (str,)
            choices = typing.get_args(item) if typing.get_origin(item) is Literal else ()
            return Filter(name, "list", tuple(str(choice) for choice in choices))
    return Filter(name, "integer" if int in members else "text")


def _positional(method: Callable[..., Any]) -> list[str]:
    return [
        name
        for name, parameter in inspect.signature(method).parameters.items()
        if parameter.kind is parameter.POSITIONAL_OR_KEYWORD
    ]


def _keyword_only(method: Callable[..., Any]) -> list[str]:
    return [
        name
        for name, parameter in inspect.signature(method).parameters.items()
        if parameter.kind is parameter.KEYWORD_ONLY
    ]


def _takes_whole(resource: Any) -> bool:
    """Whether `update`'s keyword form requires the value (as create does): the service's PUT
    replaces the metafield, so the tool sends the fields not changed too."""
    for overload in typing.get_overloads(type(resource).update):
        value = inspect.signature(overload).parameters.get("value")
        if value is not None and value.kind is value.KEYWORD_ONLY:
            return value.default is inspect.Parameter.empty
    return False


def family_of(attribute: str, resource: Any) -> Family:
    """A family read from its resource's methods and their signatures."""
    methods = frozenset(m for m in _METHODS if callable(getattr(resource, m, None)))
    # `get` names a resource and a metafield; any single-metafield method would do as well.
    single = next(getattr(resource, m) for m in ("get", "update", "delete") if m in methods)
    hints = typing.get_type_hints(single)
    names = _positional(single)
    before = names[: names.index("metafield_id")]
    ids = tuple(IdPart(name, _is_integer(hints[name])) for name in before)
    filters: tuple[Filter, ...] = ()
    if "list" in methods:
        # Its keywords, but the paging and the per-call options every method takes.
        common = set(_keyword_only(single)) | set(PAGING)
        listing = resource.list
        list_hints = typing.get_type_hints(listing)
        filters = tuple(
            _filter(name, list_hints[name]) for name in _keyword_only(listing) if name not in common
        )
    return Family(
        name=attribute.removesuffix(RESOURCE_SUFFIX),
        attribute=attribute,
        ids=ids,
        metafield_id=IdPart("metafield_id", _is_integer(hints["metafield_id"])),
        methods=methods,
        filters=filters,
        whole_update="update" in methods and _takes_whole(resource),
        batch=_batch_shape(resource),
    )


def _batch_shape(resource: Any) -> BatchShape | None:
    batch: Any = getattr(resource, "batch", None)
    if not all(callable(getattr(batch, m, None)) for m in ("paginate", "create", "update")):
        return None
    items = [typing.get_type_hints(getattr(batch, m))["items"] for m in ("create", "update")]
    create_item, update_item = (typing.get_args(hint)[0] for hint in items)
    return BatchShape(
        create_item=create_item,
        update_item=update_item,
        by_resource="resource_id_in" in inspect.signature(batch.paginate).parameters,
    )


def _refuse(request: httpx.Request) -> httpx.Response:
    raise AssertionError("the probe client sends nothing")


@functools.cache
def families() -> dict[str, Family]:
    """Every family of the SDK's client, by name, in the client's order."""
    # Resources are attributes of a client instance; this one is never used to send.
    with MetafieldsClient("probe", "probe", transport=httpx.MockTransport(_refuse)) as probe:
        return {
            family.name: family
            for family in (
                family_of(attribute, value)
                for attribute, value in vars(probe).items()
                if type(value).__name__ in resources.__all__ and attribute.endswith(RESOURCE_SUFFIX)
            )
        }
