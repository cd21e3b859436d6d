"""Reading and writing records: JSON documents, JSON Lines and CSV, from files or stdin/stdout.

Import files are read whole before anything is written (so `--failures` may name the input file),
each record keeping its source line and its fields exactly as read, for the failures file.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Literal, TextIO

import attrs

Format = Literal["jsonl", "csv"]
FORMATS: tuple[Format, ...] = ("jsonl", "csv")
_EXTENSIONS: dict[str, Format] = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl"}
_EXTENSIONS[".csv"] = "csv"

CSV_COLUMNS = (
    "resource_type",
    "resource_id",
    "id",
    "namespace",
    "key",
    "value",
    "permission_set",
    "description",
    "date_created",
    "date_modified",
    "owner_client_id",
)
"""Export's CSV columns; import needs resource_id, namespace, key, value and permission_set."""


class InputError(Exception):
    """A file cannot be opened or has no usable layout (a usage problem: exit code 2)."""


def format_for(path: str, given: Format | None) -> Format:
    """`--format` if given, else the file's extension, else JSON Lines."""
    if given is not None:
        return given
    return _EXTENSIONS.get(os.path.splitext(path)[1].lower(), "jsonl")


def dumps(document: Any, *, pretty: bool = False) -> str:
    if pretty:
        return json.dumps(document, ensure_ascii=False, indent=2)
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"))


def use_utf8(stream: TextIO) -> None:
    """JSON is UTF-8 (RFC 8259) whatever the locale says."""
    if isinstance(stream, io.TextIOWrapper) and (stream.encoding or "").lower() != "utf-8":
        stream.reconfigure(encoding="utf-8")


@attrs.frozen
class SourceRecord:
    """One record of an import file: where it was, and its fields as read (or the raw text)."""

    line: int
    fields: dict[str, Any]
    problem: str | None = None
    """Why the record could not be read at all (its raw text is then under `raw`)."""


def read_records(path: str, fmt: Format) -> list[SourceRecord]:
    """Every record of `path` (`-` is stdin)."""
    try:
        if path == "-":
            text = sys.stdin.buffer.read().decode("utf-8-sig")
        else:
            with open(path, encoding="utf-8-sig", newline="") as handle:
                text = handle.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read {path}: {_reason(exc)}") from exc
    return list(_csv_records(text, path) if fmt == "csv" else _jsonl_records(text))


def _jsonl_records(text: str) -> Iterator[SourceRecord]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            parsed = json.loads(line)
        except ValueError as exc:
            yield SourceRecord(number, {"raw": line}, f"not valid JSON: {exc}")
            continue
        if not isinstance(parsed, dict):
            yield SourceRecord(number, {"raw": line}, "not a JSON object")
            continue
        yield SourceRecord(number, parsed)


def _csv_records(text: str, path: str) -> Iterator[SourceRecord]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if reader.fieldnames is None:
        return
    names = [name.strip() for name in reader.fieldnames]
    if "resource_id" not in names and "value" not in names:
        raise InputError(
            f"{path} has no CSV header naming the columns (resource_id, namespace, key, value, "
            "permission_set, ...)"
        )
    reader.fieldnames = names
    start = reader.line_num + 1
    for row in reader:
        fields: dict[str, Any] = {
            name: value for name, value in row.items() if name is not None and value is not None
        }
        if None in row:
            extra = row[None]
            yield SourceRecord(start, fields, f"{len(extra)} more cells than the header names")
        else:
            yield SourceRecord(start, fields)
        start = reader.line_num + 1


class RecordWriter:
    """Writes metafield records as JSON Lines or CSV (with a header) to a text stream."""

    def __init__(self, stream: TextIO, fmt: Format) -> None:
        self._stream = stream
        self._csv = (
            csv.DictWriter(stream, CSV_COLUMNS, extrasaction="ignore") if fmt == "csv" else None
        )
        if self._csv is not None:
            self._csv.writeheader()

    def write_all(self, records: Iterable[Mapping[str, Any]]) -> None:
        for record in records:
            if self._csv is not None:
                self._csv.writerow({k: "" if v is None else v for k, v in record.items()})
            else:
                self._stream.write(dumps(record) + "\n")
        self._stream.flush()


def open_output(path: str, fmt: Format) -> TextIO:
    """A file to write records to (CSV wants `newline=""`)."""
    try:
        return open(path, "w", encoding="utf-8", newline="" if fmt == "csv" else None)
    except OSError as exc:
        raise InputError(f"cannot write {path}: {_reason(exc)}") from exc


def write_jsonl(path: str, records: Iterable[Mapping[str, Any]]) -> None:
    """Replace `path` with `records` as JSON Lines, atomically (a rename once it is complete)."""
    temporary = f"{path}.tmp-{os.getpid()}"
    try:
        with open(temporary, "w", encoding="utf-8") as handle:
            for record in records:
                handle.write(dumps(record) + "\n")
        os.replace(temporary, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise InputError(f"cannot write {path}: {_reason(exc)}") from exc


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc)
