"""What the generated response parsers take as `client` (generated; do not edit)."""


class Client:
    """The generated parsers' `client` argument: they read `raise_on_unexpected_status` only."""

    def __init__(self, *, raise_on_unexpected_status: bool = False) -> None:
        # False: an undocumented status parses to None; the invoker has raised for it already.
        self.raise_on_unexpected_status = raise_on_unexpected_status


AuthenticatedClient = Client
"""The parsers' signatures name both of upstream's clients; here they are one."""

__all__ = ["AuthenticatedClient", "Client"]
