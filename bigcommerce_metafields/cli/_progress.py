"""A one-line progress bar on stderr, redrawn in place with `\\r`, only when stderr is a terminal.

Hand-rolled to keep the install lean. Redraws are rate-limited, so a fast loop costs nothing, and
every other message goes through `message()`, which clears the bar first so lines never mix.
"""

from __future__ import annotations

import shutil
import time
from typing import TextIO

_MIN_INTERVAL = 0.1
"""Seconds between redraws."""
_BAR_WIDTH = 24


class Progress:
    """Counts done out of `total` units (resources, records) and items found along the way."""

    def __init__(
        self,
        stream: TextIO,
        *,
        label: str,
        total: int,
        unit: str,
        items_unit: str | None = None,
        enabled: bool | None = None,
    ) -> None:
        self._stream = stream
        self._label = label
        self._total = total
        self._unit = unit
        self._items_unit = items_unit
        self.enabled = _is_terminal(stream) if enabled is None else enabled
        self.done = 0
        self.items = 0
        self._last_draw = 0.0
        self._drawn = 0

    def set_total(self, total: int) -> None:
        """Learn the total once known (a store-wide read learns it from its first page)."""
        self._total = total

    def advance(self, done: int = 1, items: int = 0) -> None:
        self.done += done
        self.items += items
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last_draw >= _MIN_INTERVAL or self.done >= self._total:
            self._last_draw = now
            self._draw()

    def message(self, line: str) -> None:
        """Write one line to the stream, around the bar."""
        self.clear()
        self._stream.write(line + "\n")
        self._stream.flush()

    def clear(self) -> None:
        """Erase the bar (e.g. before writing to a stdout that shares the terminal)."""
        if self._drawn:
            self._stream.write("\r" + " " * self._drawn + "\r")
            self._stream.flush()
            self._drawn = 0
            self._last_draw = 0.0

    def close(self) -> None:
        self.clear()

    def render(self) -> str:
        """The bar's text, e.g. `export [#####-----]  40% 2/5 products, 17 metafields`."""
        fraction = self.done / self._total if self._total else 1.0
        filled = round(fraction * _BAR_WIDTH)
        bar = "#" * filled + "-" * (_BAR_WIDTH - filled)
        text = f"{self._label} [{bar}] {fraction:4.0%} {self.done}/{self._total} {self._unit}"
        if self._items_unit is not None:
            text += f", {self.items} {self._items_unit}"
        return text

    def _draw(self) -> None:
        width = shutil.get_terminal_size((80, 24)).columns - 1
        text = self.render()[: max(width, 10)]
        padding = " " * max(self._drawn - len(text), 0)
        self._stream.write("\r" + text + padding)
        self._stream.flush()
        self._drawn = len(text)


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
