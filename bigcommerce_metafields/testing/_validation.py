"""Checks on create/update bodies, answering 400 or 422 the way the service does.

Every broken field is reported at once in the ``errors`` object, so a client that shows them all
to a user can be tested. Fields the schema does not know (``id``, ``resource_type``...) are ignored
rather than rejected, as the read-only fields of a fetched metafield are often sent back.
"""

from __future__ import annotations

import json

from ._http import ApiError

PERMISSION_SETS = frozenset(
    {"app_only", "read", "write", "read_and_sf_access", "write_and_sf_access"}
)
REQUIRED_ON_CREATE = ("permission_set", "namespace", "key", "value")
#: Inclusive character-length bounds of the string fields.
LENGTHS = {"namespace": (1, 64), "key": (1, 64), "value": (1, 65_535), "description": (0, 255)}
WRITABLE = ("permission_set", "namespace", "key", "value", "description")


def parse_json_object(body: bytes) -> dict[str, object]:
    try:
        payload = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ApiError(
            400, "Input is invalid", detail="The request body is not valid JSON."
        ) from None
    if not isinstance(payload, dict):
        raise ApiError(400, "Input is invalid", detail="The request body must be a JSON object.")
    return payload


def validate_fields(payload: dict[str, object], *, partial: bool) -> dict[str, str]:
    """The writable fields of ``payload``, checked; ``partial`` makes every field optional."""
    errors: dict[str, str] = {}
    fields: dict[str, str] = {}
    if not partial:
        for name in REQUIRED_ON_CREATE:
            if name not in payload:
                errors[name] = f"{name} is required"
    for name in WRITABLE:
        if name not in payload:
            continue
        value = payload[name]
        problem = _problem(name, value)
        if problem is not None:
            errors[name] = problem
        elif isinstance(value, str):
            fields[name] = value
    if errors:
        raise ApiError(422, "JSON data is missing or invalid", errors=errors)
    return fields


def _problem(name: str, value: object) -> str | None:
    if not isinstance(value, str):
        return f"{name} must be a string"
    if name == "permission_set":
        if value not in PERMISSION_SETS:
            return f"permission_set must be one of: {', '.join(sorted(PERMISSION_SETS))}"
        return None
    low, high = LENGTHS[name]
    if not low <= len(value) <= high:
        return f"{name} must be between {low} and {high} characters long"
    return None
