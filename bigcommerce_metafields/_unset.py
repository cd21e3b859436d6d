"""`UNSET`, the value of an argument or model field that was not given, so it is not sent.

The generated models and endpoint modules import it from `_generated.types`, which only re-exports
this module (openapi/templates/types.py.jinja): the sentinel is ours, not a copy of the
generator's. Upstream's `Unset` is a plain class with one instance, which mypy cannot narrow on
(`x is UNSET` leaves `str | Unset`); a one-member enum narrows like `None` does, while
`isinstance(x, Unset)` (what the generated code tests) still works and reprs read `UNSET`.
"""

from __future__ import annotations

import enum
from typing import Final, Literal


class Unset(enum.Enum):
    """The type of `UNSET`: a value the caller did not give, so it is not sent."""

    UNSET = "UNSET"

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = Unset.UNSET

__all__ = ["UNSET", "Unset"]
