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
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Literal, TextIO

import attrs

Format = Literal["jsonl", "csv"]
FORMATS: tuple[Format, ...] = ("jsonl", "csv")
_EXTENSIONS: dict[str, Format] = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl"}
_EXTENSIONS[".csv"] = "csv"

METAFIELD_CSV_COLUMNS = (
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


def csv_columns(id_names: Sequence[str]) -> tuple[str, ...]:
    """Export's CSV columns for a family whose resources are named by `id_names`: each id by its
    name (`product_id`, `variant_id`), then BigCommerce's `resource_id` and the metafield."""
    return ("resource_type", *id_names, "resource_id", *METAFIELD_CSV_COLUMNS)


class InputError(Exception):
    """A file cannot be opened or has no usable layout (a usage problem: exit code 2)."""


def format_for(path: str, given: Format | None) -> Format:
    """`--format` if given, else the file's extension, else JSON Lines."""
    if given is not None:
        return given
    return format_by_name(path) or "jsonl"


def format_by_name(path: str) -> Format | None:
    """The format a file's extension names (.csv; .jsonl, .ndjson, .json), if any."""
    return _EXTENSIONS.get(os.path.splitext(path)[1].lower())


IMPORT_COLUMNS = ("resource_id", "namespace", "key", "value", "permission_set")
"""The columns an import record of a one-id family needs (description and resource_type are
optional); the resource's ids may come by name instead (`product_id`; `product_id` and
`variant_id` for a variant, whose `resource_id` alone cannot name it)."""


def detect_format(text: str, path: str) -> Format:
    """The format of records whose name does not tell it, from their first non-blank line.

    A JSON object starts with `{`; a CSV file starts with a header naming import's columns.
    Anything else is refused rather than guessed: every line would fail.
    """
    first = next((line for line in text.splitlines() if line.strip()), None)
    if first is None or first.lstrip().startswith("{"):
        return "jsonl"
    header = {cell.strip() for cell in next(csv.reader([first]), [])}
    if header & {*IMPORT_COLUMNS, "description", "resource_type"}:
        return "csv"
    name = "stdin" if path == "-" else path
    raise InputError(
        f"cannot tell the format of {name}: its first line is neither a JSON object nor a CSV "
        f"header naming the columns ({', '.join(IMPORT_COLUMNS)}, ...); "
        "pass --format csv or --format jsonl"
    )


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


def read_records(path: str, fmt: Format | None) -> tuple[list[SourceRecord], Format]:
    """Every record of `path` (`-` is stdin), and their format: `fmt`, else `path`'s extension,
    else what the first line shows (`detect_format`)."""
    try:
        if path == "-":
            text = sys.stdin.buffer.read().decode("utf-8-sig")
        else:
            with open(path, encoding="utf-8-sig", newline="") as handle:
                text = handle.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read {path}: {_reason(exc)}") from exc
    fmt = fmt or format_by_name(path) or detect_format(text, path)
    records = list(_csv_records(text, path) if fmt == "csv" else _jsonl_records(text))
    return records, fmt


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

    def __init__(self, stream: TextIO, fmt: Format, columns: Sequence[str]) -> None:
        self._stream = stream
        self._csv = csv.DictWriter(stream, columns, extrasaction="ignore") if fmt == "csv" else None
        if self._csv is not None:
            self._csv.writeheader()

    def write_all(self, records: Iterable[Mapping[str, Any]]) -> None:
        for record in records:
            if self._csv is not None:
                self._csv.writerow({k: "" if v is None else v for k, v in record.items()})
            else:
                self._stream.write(dumps(record) + "\n")
        self._stream.flush()


class OutputFile:
    """A file of records written under a temporary name beside `path`, renamed into place once
    complete (`commit`), so that `path` is never left half written: until then, a file already
    there stays as it was. `abandon` keeps what was written under `partial_path` instead.

    A `path` that exists and is not a regular file (/dev/stdout, a pipe) is written directly.
    """

    def __init__(self, path: str, fmt: Format) -> None:
        self.path = path
        self.partial_path = f"{path}.partial"
        direct = os.path.exists(path) and not os.path.isfile(path)
        self._temporary = path if direct else f"{path}.tmp-{os.getpid()}"
        try:
            self.stream: TextIO = open(  # noqa: SIM115 - closed by commit or abandon
                self._temporary, "w", encoding="utf-8", newline="" if fmt == "csv" else None
            )
        except OSError as exc:
            raise InputError(f"cannot write {path}: {_reason(exc)}") from exc

    @property
    def direct(self) -> bool:
        return self._temporary == self.path

    def commit(self) -> None:
        """Put the complete file in place."""
        try:
            self.stream.close()
            if not self.direct:
                os.replace(self._temporary, self.path)
        except OSError as exc:
            self._discard()
            raise InputError(f"cannot write {self.path}: {_reason(exc)}") from exc

    def abandon(self) -> str | None:
        """Keep what was written as `partial_path` (None when that fails); `path` is untouched."""
        with contextlib.suppress(OSError):
            self.stream.close()
        if self.direct:
            return self.path
        try:
            os.replace(self._temporary, self.partial_path)
        except OSError:
            self._discard()
            return None
        return self.partial_path

    def _discard(self) -> None:
        if not self.direct:
            with contextlib.suppress(OSError):
                os.unlink(self._temporary)


def write_records(
    path: str, records: Sequence[Mapping[str, Any]], fmt: Format, *, leading: Sequence[str] = ()
) -> None:
    """Replace `path` with `records` as JSON Lines or CSV, atomically (a rename once complete).

    Records are written as they are, whatever their fields. CSV columns are those of `leading`
    some record has, then every other field any record has, in the order they first appear; a
    cell that is not text holds its JSON, a missing one is empty.
    """
    temporary = f"{path}.tmp-{os.getpid()}"
    try:
        with open(temporary, "w", encoding="utf-8", newline="" if fmt == "csv" else None) as out:
            if fmt == "csv":
                present = dict.fromkeys(name for record in records for name in record)
                columns = [name for name in leading if name in present]
                columns += [name for name in present if name not in columns]
                writer = csv.DictWriter(out, columns)
                writer.writeheader()
                writer.writerows({k: _csv_cell(v) for k, v in r.items()} for r in records)
            else:
                for record in records:
                    out.write(dumps(record) + "\n")
        os.replace(temporary, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise InputError(f"cannot write {path}: {_reason(exc)}") from exc


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else dumps(value)


def remove(path: str) -> bool:
    """Delete `path` if it is there; whether it was."""
    try:
        os.unlink(path)
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise InputError(f"cannot remove {path}: {_reason(exc)}") from exc
    return True


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc)
