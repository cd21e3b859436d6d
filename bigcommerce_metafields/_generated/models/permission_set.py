from typing import Literal

PermissionSet = Literal["app_only", "read", "read_and_sf_access", "write", "write_and_sf_access"]

PERMISSION_SET_VALUES: set[PermissionSet] = {
    "app_only",
    "read",
    "read_and_sf_access",
    "write",
    "write_and_sf_access",
}


def check_permission_set(value: str) -> PermissionSet:
    if value in PERMISSION_SET_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PERMISSION_SET_VALUES!r}")
