"""What each command does, given parsed arguments and a connected client.

Output rules: a single metafield is one JSON document; a listing is JSON Lines (one metafield per
line, so `--all` streams and `jq -s` makes an array); `--table` prints aligned tables instead.
Diagnostics go to stderr, one line each.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

import attrs

from .. import MetafieldsClient
from . import _io
from ._export import InterruptGuard, Target, run_export, run_store_wide_export
from ._family import WRITABLE_FIELDS, BadResourceIdError, Family, PathIds, families
from ._import import Outcome, run_import
from ._metafields import Created, Metafields
from ._progress import Progress
from ._table import METAFIELD_COLUMNS, columns_for, record_table, table

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_CONFIG = 3
EXIT_API = 4
EXIT_PARTIAL = 5

IMPORT_COLUMNS = ("namespace", "key", "action", "id")
"""The import report's table columns after the line, resource type and resource ids."""


class UsageError(Exception):
    """A command line that argparse accepted but that cannot run (exit code 2)."""


@attrs.define
class Context:
    """What every command gets besides its arguments."""

    client: MetafieldsClient
    family: Family
    as_table: bool
    created: Created
    stdout: TextIO = attrs.field(factory=lambda: sys.stdout)
    stderr: TextIO = attrs.field(factory=lambda: sys.stderr)

    @property
    def api(self) -> Metafields:
        return Metafields(self.client, self.family, self.created)

    def say(self, line: str) -> None:
        """One diagnostic line on stderr."""
        self.stderr.write(line + "\n")
        self.stderr.flush()

    def show(self, document: dict[str, Any]) -> None:
        """One result: a JSON document, or a field/value table."""
        if self.as_table:
            self.stdout.write(record_table(document))
        else:
            self.stdout.write(_io.dumps(document, pretty=True) + "\n")
        self.stdout.flush()

    def show_many(self, rows: Iterable[dict[str, Any]], columns: tuple[str, ...]) -> int:
        """A listing: JSON Lines as they come, or one table once all are in. Returns the count."""
        if self.as_table:
            everything = list(rows)
            # An empty listing still shows its header, so that "none" does not look like a hang.
            self.stdout.write(table(everything, columns_for(everything, columns)))
            self.stdout.flush()
            return len(everything)
        count = 0
        for row in rows:
            self.stdout.write(_io.dumps(row) + "\n")
            count += 1
        self.stdout.flush()
        return count


# -- single-resource commands ---------------------------------------------------------------------


def resource_ids(args: argparse.Namespace, family: Family) -> PathIds:
    """The resource's ids, parsed by argparse into one attribute each (`product_id`...)."""
    return tuple(getattr(args, name) for name in family.id_names)


def list_command(ctx: Context, args: argparse.Namespace) -> int:
    ids = resource_ids(args, ctx.family)
    filters = list_filters(args, ctx.family)
    if args.all:
        rows: Iterable[dict[str, Any]] = ctx.api.iterate(ids, filters, page_size=args.limit)
        ctx.show_many(rows, METAFIELD_COLUMNS)
        return EXIT_OK
    page: int = args.page or 1
    limit: int = args.limit or 50
    items, pagination = ctx.api.list_page(ids, filters, page=page, limit=limit)
    ctx.show_many(items, METAFIELD_COLUMNS)
    if pagination.current_page < pagination.total_pages:
        ctx.say(
            f"page {pagination.current_page} of {pagination.total_pages} "
            f"({pagination.total} metafields): --page {pagination.current_page + 1} for the "
            "next, --all for every page"
        )
    return EXIT_OK


def list_filters(args: argparse.Namespace, family: Family) -> dict[str, Any]:
    """The listing filters given on the command line, as SDK keyword arguments."""
    filters: dict[str, Any] = {}
    for name in (each.name for each in family.filters):
        value = getattr(args, name, None)
        if value is None:
            continue
        filters[name] = ",".join(value) if isinstance(value, list) else value
    return filters


def get_command(ctx: Context, args: argparse.Namespace) -> int:
    ctx.show(ctx.api.get(resource_ids(args, ctx.family), args.metafield_id))
    return EXIT_OK


def nothing_to_prepare(args: argparse.Namespace) -> None:
    """Commands whose arguments argparse checks fully."""


def prepare_write(args: argparse.Namespace) -> None:
    """The fields to send (reading --value-file), before connecting."""
    args.fields = _written_fields(args)
    if args.command == "update" and not args.fields:
        raise UsageError(
            "update needs at least one of --namespace, --key, --value, --value-file, "
            "--permission-set, --description"
        )


def create_command(ctx: Context, args: argparse.Namespace) -> int:
    ctx.show(ctx.api.create(resource_ids(args, ctx.family), args.fields))
    return EXIT_OK


def update_command(ctx: Context, args: argparse.Namespace) -> int:
    ctx.show(ctx.api.update(resource_ids(args, ctx.family), args.metafield_id, args.fields))
    return EXIT_OK


def delete_command(ctx: Context, args: argparse.Namespace) -> int:
    ids = resource_ids(args, ctx.family)
    ctx.api.delete(ids, args.metafield_id)
    ctx.show(
        {
            "resource_type": ctx.family.name,
            **ctx.family.id_fields(ids),
            "id": args.metafield_id,
            "deleted": True,
        }
    )
    return EXIT_OK


def _written_fields(args: argparse.Namespace) -> dict[str, Any]:
    fields = {name: getattr(args, name) for name in WRITABLE_FIELDS}
    if args.value_file is not None:
        fields["value"] = _read_value(args.value_file)
    return {name: value for name, value in fields.items() if value is not None}


def _read_value(path: str) -> str:
    try:
        if path == "-":
            return sys.stdin.read()
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read --value-file {path}: {exc}") from exc


# -- bulk commands --------------------------------------------------------------------------------


def export_targets(args: argparse.Namespace, family: Family) -> list[Target]:
    """The resources to export, in the order given, each once."""
    targets = [Target(ids) for ids in _given_ids(args.resource_ids, family)]
    for low, high in getattr(args, "ranges", None) or []:
        targets += [Target((number,), named=False) for number in range(low, high + 1)]
    if args.ids_file is not None:
        targets += [Target(ids) for ids in _read_ids(args.ids_file, family)]
    seen: set[PathIds] = set()
    unique = []
    for target in targets:
        if target.ids not in seen:
            seen.add(target.ids)
            unique.append(target)
    if not unique:
        hint = ", --range" if family.ranges else ""
        raise UsageError(f"export needs {family.ids_metavar} (one or more){hint} or --ids-file")
    return unique


def _given_ids(words: list[str], family: Family) -> Iterator[PathIds]:
    """The command line's ids, taken as many at a time as name one resource."""
    size = len(family.ids)
    if not size:  # a family of one resource (the store): no ids to give
        if words:
            raise UsageError(f"the {family.name} is named by no ids: {len(words)} given")
        yield ()
        return
    if len(words) % size:
        raise UsageError(
            f"export takes {family.ids_metavar} for each {family.name}: {len(words)} ids given"
        )
    for start in range(0, len(words), size):
        try:
            yield family.parse_ids(words[start : start + size])
        except BadResourceIdError as exc:
            raise UsageError(str(exc)) from exc


def _read_ids(path: str, family: Family) -> Iterator[PathIds]:
    try:
        if path == "-":
            lines = sys.stdin.read().splitlines()
        else:
            with open(path, encoding="utf-8-sig") as handle:
                lines = handle.read().splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read --ids-file {path}: {exc}") from exc
    for number, line in enumerate(lines, start=1):
        text = line.split("#", 1)[0].strip()
        if not text:
            continue
        # One resource a line; several ids are separated by spaces or commas.
        words = [text] if len(family.ids) == 1 else re.split(r"[\s,]+", text)
        try:
            yield family.parse_ids(words)
        except ValueError as exc:
            raise UsageError(f"--ids-file {path} line {number}: {exc}") from exc


def prepare_export(args: argparse.Namespace) -> None:
    """The resources to export, before connecting."""
    if args.table:
        raise UsageError("export writes JSON Lines or CSV for import; --table does not apply")
    family = families()[args.family]
    if getattr(args, "store_wide", False):
        if args.resource_ids or getattr(args, "ranges", None) or args.ids_file is not None:
            raise UsageError(f"export --all reads every {family.name}: give no ids with it")
        args.targets = []
        return
    args.targets = export_targets(args, family)


def export_command(ctx: Context, args: argparse.Namespace) -> int:
    targets: list[Target] = args.targets
    filters = {name: getattr(args, name) for name in ("namespace", "key")}
    filters = {name: value for name, value in filters.items() if value is not None}
    output: str | None = args.output
    fmt = _io.format_for(output or "", args.format)
    existed = output is not None and os.path.exists(output)
    file = _io.OutputFile(output, fmt) if output else None
    stream = file.stream if file else ctx.stdout
    store_wide: bool = getattr(args, "store_wide", False)
    progress = Progress(
        ctx.stderr,
        label="export",
        total=len(targets),
        unit="pages" if store_wide else ctx.family.plural,
        items_unit="metafields",
        enabled=False if args.no_progress else None,
    )
    written = [0, 0]  # resources, metafields: what is in the output
    guard = InterruptGuard()

    def write(metafields: list[dict[str, Any]]) -> None:
        with guard.atomic():  # Ctrl-C waits for the resource to be written whole, and counted
            if file is None:
                progress.clear()  # stdout may share the terminal with the bar
            writer.write_all(metafields)
            written[0] += 1
            written[1] += len(metafields)

    try:
        writer = _io.RecordWriter(stream, fmt, _io.csv_columns(ctx.family.id_names))
        with guard.installed():
            if store_wide:
                result = run_store_wide_export(ctx.api, filters, progress=progress, write=write)
            else:
                result = run_export(
                    ctx.api,
                    targets,
                    filters,
                    concurrency=args.concurrency,
                    progress=progress,
                    write=write,
                )
    except BaseException as exc:
        progress.close()
        what = "interrupted" if isinstance(exc, KeyboardInterrupt) else "stopped"
        done = f"{_count(written[1], 'metafield', 'metafields')} " + (
            "written"  # a page at a time: whole resources are not known
            if store_wide
            else f"of {_count(written[0], ctx.family.name, ctx.family.plural)} "
            f"(of {len(targets)} asked) written"
        )
        if file is None:
            if not isinstance(exc, BrokenPipeError):  # `| head`: the reader wanted no more
                ctx.say(f"export {what}, incomplete: {done} to stdout")
        else:
            kept = file.abandon()
            ctx.say(
                f"export {what}, incomplete: {done}"
                + (f", kept in {kept}" if kept else ", and discarded")
                + (
                    ""
                    if file.direct
                    else f"; {output} {'left as it was' if existed else 'not written'}"
                )
            )
        raise
    progress.close()
    if file:
        file.commit()
    family = ctx.family
    summary = (
        f"export: {_count(result.metafields, 'metafield', 'metafields')} of "
        f"{_count(result.resources, family.name, family.plural)}"
        + (f", {result.missing} not found" if result.missing else "")
        + (f", {len(result.failed)} failed" if result.failed else "")
    )
    ctx.say(summary + (f" -> {output}" if output else ""))
    return EXIT_PARTIAL if result.failed else EXIT_OK


def prepare_import(args: argparse.Namespace) -> None:
    """The records, read whole before connecting (so --failures may name the input file)."""
    args.sources, args.input_format = _io.read_records(args.file, args.format)


def import_command(ctx: Context, args: argparse.Namespace) -> int:
    sources: list[_io.SourceRecord] = args.sources
    dry_run: bool = args.dry_run
    progress = Progress(
        ctx.stderr,
        label="import" + (" (dry run)" if dry_run else ""),
        total=len(sources),
        unit="records",
        enabled=False if args.no_progress else None,
    )
    reports: list[dict[str, Any]] = []
    stdout_open = True

    def emit(outcome: Outcome) -> None:
        nonlocal stdout_open
        if outcome.action == "failed":
            progress.message(
                f"import: line {outcome.source.line}: {' '.join(str(outcome.error).split())}"
            )
        if ctx.as_table:
            reports.append(outcome.report())
        elif stdout_open:
            progress.clear()
            try:
                ctx.stdout.write(_io.dumps(outcome.report()) + "\n")
                ctx.stdout.flush()
            except BrokenPipeError:
                stdout_open = False  # the reader went away; the import itself goes on

    try:
        result = run_import(
            ctx.api,
            sources,
            dry_run=dry_run,
            concurrency=args.concurrency,
            progress=progress,
            emit=emit,
        )
    finally:
        progress.close()
    if ctx.as_table:
        ids = [name for report in reports for name in report if name.endswith("_id")]
        leading = ("line", "resource_type", *dict.fromkeys(ids or ctx.family.id_names))
        columns = [c for c in (*leading, *IMPORT_COLUMNS, "error") if c != "resource_id"]
        ctx.stdout.write(table(reports, columns_for(reports, columns)))
        ctx.stdout.flush()
    failures = result.failures
    failures_path: str = args.failures
    where = ""
    if not dry_run:
        where = _keep_failures(failures_path, failures, args.input_format)
    skipped = result.count("not_attempted")
    failed = f"{len(failures)} failed" + (f" ({skipped} not attempted)" if skipped else "")
    if dry_run:
        counts = (
            f"{result.count('would_create')} to create, {result.count('would_update')} to update, "
            f"{result.count('unchanged')} unchanged, {failed}"
        )
        ctx.say(f"import (dry run, nothing written): {counts}")
    else:
        counts = (
            f"{result.count('created')} created, {result.count('updated')} updated, "
            f"{result.count('unchanged')} unchanged, {failed}"
        )
        ctx.say(f"import: {counts}{where}")
    if result.fatal is not None:
        raise result.fatal.cause
    if result.interrupted:
        raise KeyboardInterrupt
    return EXIT_PARTIAL if failures else EXIT_OK


def _keep_failures(path: str, failures: list[Outcome], input_format: _io.Format) -> str:
    """Write the failed records to `path`, or remove it when none failed; what to say about it.

    The file always tells the last run's failures: after a run with none (the failures file
    itself imported once fixed, say), an old one would look like failures still to fix.
    """
    try:
        if failures:
            fmt = _io.format_by_name(path) or input_format
            records = [outcome.failure() for outcome in failures]
            _io.write_records(path, records, fmt, leading=_io.IMPORT_COLUMNS)
            return f" (records and errors in {path})"
        if _io.remove(path):
            return f" ({path} from an earlier run removed: nothing failed)"
    except _io.InputError as exc:
        return f" ({exc}" + ("; the errors are in the report above)" if failures else ")")
    return ""


def _count(number: int, singular: str, plural: str) -> str:
    return f"{number} {singular if number == 1 else plural}"
