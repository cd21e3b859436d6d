"""Aligned plain-text tables for `--table`: for people, not for parsing (use the JSON for that).

Cells are flattened to one line and long ones are cut with an ellipsis, so a 64 KB value cannot
wreck the layout; `record_table` shows one object as field/value rows with values cut less.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

MAX_CELL = 40
"""Characters of a cell in a listing table."""
MAX_RECORD_VALUE = 200
"""Characters of a value in a one-record table."""

METAFIELD_COLUMNS = ("id", "namespace", "key", "value", "permission_set", "description")


def cell(value: Any, limit: int = MAX_CELL) -> str:
    """One value as single-line text of at most `limit` characters."""
    if value is None:
        text = ""
    elif isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, list | tuple):
        text = ",".join(cell(part, limit) for part in value)
    else:
        text = str(value)
    text = text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\r")
    text = text.replace("\t", " ")
    return text if len(text) <= limit else text[: max(limit - 1, 0)] + "…"


def table(rows: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> str:
    """Rows under an upper-case header, columns padded to their widest cell."""
    header = [column.upper() for column in columns]
    body = [[cell(row.get(column)) for column in columns] for row in rows]
    widths = [max(len(line[i]) for line in [header, *body]) for i in range(len(columns))]
    lines = [
        "  ".join(text.ljust(width) for text, width in zip(line, widths, strict=True)).rstrip()
        for line in [header, *body]
    ]
    return "\n".join(lines) + "\n"


def record_table(record: Mapping[str, Any]) -> str:
    """One object as `FIELD  VALUE` rows, in the object's order."""
    width = max((len(name) for name in record), default=0)
    lines = [
        f"{name.ljust(width)}  {cell(value, MAX_RECORD_VALUE)}".rstrip()
        for name, value in record.items()
    ]
    return "\n".join(lines) + "\n"


def columns_for(rows: Sequence[Mapping[str, Any]], preferred: Sequence[str]) -> list[str]:
    """The preferred columns any row has, in order (a listing may have left some fields out)."""
    present = {name for row in rows for name in row}
    chosen = [name for name in preferred if name in present]
    return chosen or list(preferred)
