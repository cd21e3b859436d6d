from typing import Literal

MetafieldField = Literal[
    "date_created",
    "date_modified",
    "description",
    "key",
    "namespace",
    "owner_client_id",
    "permission_set",
    "resource_id",
    "resource_type",
    "value",
]

METAFIELD_FIELD_VALUES: set[MetafieldField] = {
    "date_created",
    "date_modified",
    "description",
    "key",
    "namespace",
    "owner_client_id",
    "permission_set",
    "resource_id",
    "resource_type",
    "value",
}


def check_metafield_field(value: str) -> MetafieldField:
    if value in METAFIELD_FIELD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {METAFIELD_FIELD_VALUES!r}")
