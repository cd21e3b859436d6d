"""The sentinel the generated models and endpoint modules use (generated; do not edit)."""

from .._unset import UNSET, Unset

__all__ = ["UNSET", "Unset"]
