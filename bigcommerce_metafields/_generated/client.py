"""The names the generated package's `__init__` imports (generated; do not edit)."""


class Client:
    """Nothing in the SDK uses it: requests go through its own invoker."""


AuthenticatedClient = Client
"""Upstream's second client, the same class here."""

__all__ = ["AuthenticatedClient", "Client"]
