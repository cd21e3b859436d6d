"""The command line's grammar: one subcommand per family of the SDK's client, each with the
commands, ids and filters its resource has; argument types; and errors that never show the token.
"""

from __future__ import annotations

import argparse
import os
import re
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any, NoReturn, get_args

from .. import (
    ACCESS_TOKEN_ENV,
    BASE_URL_ENV,
    MAX_PAGE_SIZE,
    STORE_HASH_ENV,
    PermissionSet,
    __version__,
)
from . import _io
from ._commands import (
    EXIT_USAGE,
    Context,
    create_command,
    delete_command,
    export_command,
    get_command,
    import_command,
    list_command,
    nothing_to_prepare,
    prepare_export,
    prepare_import,
    prepare_write,
    update_command,
)
from ._family import BadResourceIdError, Family, Filter, IdPart, families
from ._sandbox import DEFAULT_STATE_HELP

PROG = "bigcommerce-metafields"
_BASE_URL_DEFAULT = f"${BASE_URL_ENV}, else " + ("https://api.bigcommerce.com/stores/HASH/v3")

GRAMMAR = """\
  list    IDS [--namespace NS] [--key KEY] [the family's filters]
          [--page N] [--limit N] [--all]
  get     IDS METAFIELD_ID
  create  IDS --namespace NS --key KEY --value VALUE|--value-file FILE
          --permission-set SET [--description TEXT]
  update  IDS METAFIELD_ID [--namespace] [--key] [--value|--value-file]
          [--permission-set] [--description]        (at least one)
  delete  IDS METAFIELD_ID
  export  [IDS ...] [--range FIRST-LAST] [--ids-file FILE]
          [--output FILE] [--format jsonl|csv]
  import  FILE|- [--format jsonl|csv] [--dry-run] [--failures FILE]"""


def _description(known: dict[str, Family]) -> str:
    """The top-level help: the grammar, and each family's ids and commands as the SDK has them."""
    width = max(len(family.name) for family in known.values())
    id_width = max(len(family.ids_metavar) for family in known.values())
    rows = [
        f"  {family.name.ljust(width)}  {(family.ids_metavar or '-').ljust(id_width)}  "
        + " ".join(family.commands)
        for family in known.values()
    ]
    example = max(known.values(), key=lambda family: len(family.ids))
    return f"""\
Read and write BigCommerce metafields of every family the SDK knows.

  {PROG} [OPTIONS] FAMILY COMMAND [IDS] ...

{GRAMMAR}

Families, the ids (IDS) naming one of their resources, and their commands:
{chr(10).join(rows)}

Ids go one after the other, in this order: `{example.name} get {example.ids_metavar}
METAFIELD_ID`. Integer ids are positive, string ids non-empty.
`{PROG} FAMILY COMMAND --help` tells more about a command."""


EPILOG = f"""\
credentials:
  --store-hash and --access-token default to ${STORE_HASH_ENV} and
  ${ACCESS_TOKEN_ENV}; prefer the variable for the token (a command-line
  argument can be seen by other users of the machine). No message ever shows it.

output:
  one metafield (get, create, update, delete): one JSON document
  a listing (list, export, import's per-record report): JSON Lines, one object
    a line (`jq -s .` makes an array of them)
  --table: aligned columns for reading, with long values cut
  progress bars and diagnostics go to stderr; a progress bar only when stderr is
    a terminal

exit codes:
  0  success
  2  usage error (bad arguments, unreadable input file)
  3  configuration or validation error: credentials missing, malformed or
     rejected (401), or arguments refused before anything was sent
  4  API error (any other error status, or the service unreachable)
  5  partial failure: export or import finished, but some resources or records
     failed (import writes them to its --failures file)
  130 interrupted; 141 stdout closed early (`| head`)"""


class _Parser(argparse.ArgumentParser):
    """argparse with one-line errors that never show the access token."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {redact(message)} (see --help)\n")


class _FamilyParser(_Parser):
    """A family's parser, whose commands are added when it is first used.

    A command line names one family: the other families' commands (some seventy parsers in
    all) are never built, which keeps the tool's start quick however many families there are.
    """

    family: Family | None = None

    def parse_known_args(self, *args: Any, **kwargs: Any) -> Any:
        if self.family is not None:
            family, self.family = self.family, None
            _add_commands(self, family)
        return super().parse_known_args(*args, **kwargs)


# -- argument types -------------------------------------------------------------------------------


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {value}")
    return value


def _page_size(text: str) -> int:
    value = _positive_int(text)
    if value > MAX_PAGE_SIZE:
        raise argparse.ArgumentTypeError(f"at most {MAX_PAGE_SIZE}, got {value}")
    return value


def _non_negative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected 0 or more, got {text!r}")
    return value


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not value > 0:
        raise argparse.ArgumentTypeError(f"expected a number of seconds above 0, got {text!r}")
    return value


def _moment(text: str) -> datetime:
    """An ISO 8601 date or date-time; without an offset it is UTC."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected an ISO 8601 date or date-time (2024-05-01, 2024-05-01T12:00:00Z), "
            f"got {text!r}"
        ) from None
    return value if value.utcoffset() is not None else value.replace(tzinfo=UTC)


def _id_range(text: str) -> tuple[int, int]:
    first, sep, last = text.partition("-")
    try:
        low, high = _positive_int(first), _positive_int(last)
    except argparse.ArgumentTypeError:
        low = high = 0
    if not sep or not 1 <= low <= high:
        raise argparse.ArgumentTypeError(f"expected FIRST-LAST such as 1-500, got {text!r}")
    return low, high


def _integer(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected an integer, got {text!r}") from None


def _id(part: IdPart) -> Callable[[str], Any]:
    def parse(text: str) -> Any:
        try:
            return part.parse(text)
        except BadResourceIdError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    parse.__name__ = part.metavar  # what argparse names in its "invalid value" message
    return parse


def _csv_list(text: str) -> str:
    return ",".join(part.strip() for part in text.split(",") if part.strip())


# -- the grammar ----------------------------------------------------------------------------------


def _add_global_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """The options every command takes, before or after the command words.

    Below the top level their defaults are suppressed, so that one given before the command is
    not reset by the subcommand's parser.
    """

    def default(value: Any) -> Any:
        return value if top else argparse.SUPPRESS

    group = parser.add_argument_group("connection and output")
    group.add_argument(
        "--store-hash",
        metavar="HASH",
        default=default(None),
        help=f"the store's hash (default: ${STORE_HASH_ENV})",
    )
    group.add_argument(
        "--access-token",
        metavar="TOKEN",
        default=default(None),
        help=f"the API account's token (default: ${ACCESS_TOKEN_ENV}, preferred)",
    )
    group.add_argument(
        "--base-url",
        metavar="URL",
        default=default(None),
        help=f"API base URL, https (plain http only to a loopback host) (default: "
        f"{_BASE_URL_DEFAULT})",
    )
    group.add_argument(
        "--sandbox",
        action="store_true",
        default=default(False),
        help="run against the embedded fake store on loopback (no account needed); its "
        "metafields are kept between commands in a state file (see --sandbox-state), so "
        "`create` then `get` finds the metafield",
    )
    group.add_argument(
        "--sandbox-state",
        metavar="FILE",
        default=default(None),
        help=f"with --sandbox: the file keeping the sandbox's metafields (default: "
        f"{DEFAULT_STATE_HELP}); delete it to start with an empty store",
    )
    group.add_argument(
        "--table",
        action="store_true",
        default=default(False),
        help="print aligned tables for reading instead of JSON",
    )
    group.add_argument(
        "--timeout",
        type=_seconds,
        metavar="SECONDS",
        default=default(None),
        help="per request attempt (default: 30, 10 to connect)",
    )
    group.add_argument(
        "--max-retries",
        type=_non_negative_int,
        metavar="N",
        default=default(None),
        help="retries of a failed request: 429, 5xx, connection errors (default: 3)",
    )


def _command(
    commands: Any,
    name: str,
    handler: Callable[[Context, argparse.Namespace], int],
    help_text: str,
    description: str | None = None,
    prepare: Callable[[argparse.Namespace], None] = nothing_to_prepare,
) -> argparse.ArgumentParser:
    text = description or help_text
    parser: argparse.ArgumentParser = commands.add_parser(
        name,
        help=help_text,
        description=text,
        allow_abbrev=False,
        # Laid-out text keeps its lines; a plain paragraph is wrapped to the terminal.
        formatter_class=(
            argparse.RawDescriptionHelpFormatter if "\n" in text else argparse.HelpFormatter
        ),
    )
    parser.set_defaults(handler=handler, prepare=prepare)
    return parser


def _add_written_fields(parser: argparse.ArgumentParser, *, create: bool) -> None:
    fields = parser.add_argument_group("fields" if create else "fields to change (at least one)")
    fields.add_argument("--namespace", metavar="NS", required=create, help="1-64 characters")
    fields.add_argument("--key", metavar="KEY", required=create, help="1-64 characters")
    value = fields.add_mutually_exclusive_group(required=create)
    value.add_argument("--value", metavar="VALUE", help="1-65535 characters")
    value.add_argument(
        "--value-file", metavar="FILE", help="read the value from FILE, as is (- is stdin)"
    )
    fields.add_argument(
        "--permission-set",
        metavar="SET",
        required=create,
        choices=get_args(PermissionSet),
        help="one of: " + ", ".join(get_args(PermissionSet)),
    )
    fields.add_argument("--description", metavar="TEXT", help="0-255 characters")


def _add_ids(parser: argparse.ArgumentParser, family: Family, *, metafield: bool) -> None:
    """The positional ids naming the resource (one argument each), then the metafield's."""
    for part in family.ids:
        parser.add_argument(part.name, type=_id(part), metavar=part.metavar, help=part.help)
    if metafield:
        part = family.metafield_id
        parser.add_argument(part.name, type=_id(part), metavar=part.metavar, help=part.help)


def _add_filter(group: Any, each: Filter) -> None:
    """One `list` keyword of the SDK as an option, typed as the SDK types it."""
    options: dict[str, Any] = {"dest": each.name, "help": each.help, "metavar": each.metavar}
    if each.kind == "choice":
        options |= {"choices": each.choices, "metavar": None}
    elif each.kind == "list":
        options |= {"action": "append", "type": _csv_list}
    elif each.kind == "moment":
        options["type"] = _moment
    elif each.kind == "integer":
        options["type"] = _integer
    group.add_argument(each.option, **options)


def _add_family(subparsers: Any, family: Family) -> None:
    if family.ids:
        named = f"A {family.name} is named by {family.ids_metavar}: " + "; ".join(
            f"{part.metavar} {part.help.partition(': ')[2]}" for part in family.ids
        )
    else:
        named = f"The {family.name} is one resource: no ids name it"
    # No help of its own: the description's table of families says it, aligned.
    parser: _FamilyParser = subparsers.add_parser(
        family.name,
        description=f"Commands on {family.name} metafields. {named}.",
        allow_abbrev=False,
    )
    parser.family = family


def _add_commands(parser: argparse.ArgumentParser, family: Family) -> None:
    """A family's commands: those its resource's methods allow."""
    commands_of = family.commands
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", required=True, parser_class=_Parser
    )
    the_resource = f"one {family.name}" if family.ids else f"the {family.name}"

    if "list" in commands_of:
        listing = _command(
            commands,
            "list",
            list_command,
            f"list the metafields of {the_resource} (JSON Lines)",
            f"List the metafields of {the_resource}: one page (default: the first 50)"
            + (", or --all of them" if family.has("paginate") else "")
            + ". JSON Lines on stdout, one metafield a line; when more pages exist, a one-line "
            "hint on stderr says so.",
        )
        _add_ids(listing, family, metafield=False)
        filters = listing.add_argument_group("filters")
        for each in family.filters:
            _add_filter(filters, each)
        paging = listing.add_argument_group("paging")
        which = paging.add_mutually_exclusive_group()
        which.add_argument(
            "--page", type=_positive_int, metavar="N", help="page number (default: 1)"
        )
        if family.has("paginate"):
            which.add_argument("--all", action="store_true", help="every page, streamed")
        paging.add_argument(
            "--limit",
            type=_page_size,
            metavar="N",
            help=f"metafields per page, at most {MAX_PAGE_SIZE} (default: 50; {MAX_PAGE_SIZE} "
            "with --all)",
        )
        _add_global_options(listing, top=False)

    if "get" in commands_of:
        getting = _command(commands, "get", get_command, "show one metafield (JSON)")
        _add_ids(getting, family, metafield=True)
        _add_global_options(getting, top=False)

    if "create" in commands_of:
        creating = _command(
            commands,
            "create",
            create_command,
            f"create a metafield on {the_resource}",
            prepare=prepare_write,
        )
        _add_ids(creating, family, metafield=False)
        _add_written_fields(creating, create=True)
        _add_global_options(creating, top=False)

    if "update" in commands_of:
        updating = _command(
            commands,
            "update",
            update_command,
            "change fields of a metafield",
            "Change the given fields of a metafield; the others stay as they are."
            + (
                f" (A {family.name} update takes the whole metafield, so the tool reads it "
                "first and sends it back with the changes.)"
                if family.whole_update
                else ""
            ),
            prepare=prepare_write,
        )
        _add_ids(updating, family, metafield=True)
        _add_written_fields(updating, create=False)
        _add_global_options(updating, top=False)

    if "delete" in commands_of:
        deleting = _command(commands, "delete", delete_command, "delete a metafield")
        _add_ids(deleting, family, metafield=True)
        _add_global_options(deleting, top=False)

    if "export" in commands_of:
        _add_export(commands, family)
    if "import" in commands_of:
        _add_import(commands, family)


def _add_export(commands: Any, family: Family) -> None:
    several = len(family.ids) > 1
    exporting = _command(
        commands,
        "export",
        export_command,
        f"every metafield of some {family.plural}, as JSON Lines (or CSV)",
        f"Write every metafield of the given {family.plural}, one a line with its "
        f"resource_type and {', '.join(family.id_names)}, in the order the {family.plural} are "
        "given (JSON Lines by default: what `import` reads back)."
        + (f" Give {family.ids_metavar} for each {family.name}." if several else "")
        + f" A {family.name} that fails is reported on stderr and skipped (exit code 5)"
        + (
            f"; {family.plural} of a --range that do not exist are skipped silently."
            if family.ranges
            else "."
        )
        + " A progress bar is drawn on stderr when it is a terminal.",
        prepare=prepare_export,
    )
    exporting.add_argument(
        "resource_ids",
        nargs="*",
        metavar=family.ids_metavar,
        help=f"the {family.plural} to export",
    )
    if family.ranges:
        exporting.add_argument(
            "--range",
            dest="ranges",
            type=_id_range,
            action="append",
            metavar="FIRST-LAST",
            help=f"{family.name} ids FIRST to LAST, inclusive (repeatable)",
        )
    if family.batch is not None and len(family.ids) == 1:
        exporting.add_argument(
            "--all",
            dest="store_wide",
            action="store_true",
            help=f"every {family.name} metafield in the store, through the batch listing (250 "
            "a request) instead of the ids",
        )
    exporting.add_argument(
        "--ids-file",
        metavar="FILE",
        help=f"more {family.plural}, one a line"
        + (" (its ids separated by spaces or commas)" if several else "")
        + " (- is stdin)",
    )
    for each in family.filters:
        if each.name in ("namespace", "key"):
            exporting.add_argument(each.option, metavar=each.metavar, help=each.help)
    exporting.add_argument(
        "--output",
        "-o",
        metavar="FILE",
        help="write here, not to stdout: under a temporary name beside FILE, renamed to FILE "
        "once complete; an export interrupted (Ctrl-C) or stopped by an error leaves FILE as it "
        "was, keeps what was written as FILE.partial and says how much that is",
    )
    exporting.add_argument(
        "--format",
        choices=_io.FORMATS,
        help="jsonl or csv (default: by --output's extension, else jsonl)",
    )
    _add_bulk_options(exporting)
    _add_global_options(exporting, top=False)


def _add_import(commands: Any, family: Family) -> None:
    ids = ", ".join(family.id_names)
    alias = " (or resource_id, as BigCommerce calls it)" if len(family.ids) == 1 else ""
    importing = _command(
        commands,
        "import",
        import_command,
        "create or update metafields from JSON Lines or CSV",
        f"""\
Upsert metafields from FILE (- is stdin), JSON Lines or CSV (by --format,
else by the extension, else by the first line). A record has {ids}{alias},
namespace, key, value, permission_set, and optionally description and
resource_type (default: {family.name}; a record of another family names it,
and its ids by their names). Other fields (id, dates, error...) are
ignored, so export output and the failures file import as they are.

Each record's metafield is looked up by namespace and key on its resource:
created if absent, its differing fields updated if present, left alone if
the same. A record without a description leaves the stored one alone.

stdout: a JSON line per record: line, resource_type, the ids, namespace,
  key, action (created, updated, unchanged, failed, not_attempted; with
  --dry-run: would_create, would_update), id, changed, error.
stderr: a line per failed record, a progress bar on a terminal, a summary.

Failed records go to --failures as read, plus an "error" field: fix them and
import that file (a run without failures removes it). A rejected token or an
unreachable service stops the run; records not tried yet go to the failures
file too (not_attempted).
Exit code 5 when any record failed.""",
        prepare=prepare_import,
    )
    importing.add_argument("file", metavar="FILE", help="the records; - for stdin")
    importing.add_argument(
        "--format",
        choices=_io.FORMATS,
        help="jsonl or csv (default: by the extension; else, as for stdin, by the first line: "
        "a JSON object, or a CSV header naming the columns)",
    )
    importing.add_argument(
        "--dry-run",
        action="store_true",
        help="look up and report what would happen; write nothing (no failures file either)",
    )
    importing.add_argument(
        "--failures",
        metavar="FILE",
        default="import-failures.jsonl",
        help="where failed records go (default: import-failures.jsonl): CSV if FILE ends in "
        ".csv, JSON Lines if .jsonl, .ndjson or .json, else the input's format. Written when "
        "some records fail; removed when none do, so that it never holds failures already "
        "fixed",
    )
    _add_bulk_options(importing)
    _add_global_options(importing, top=False)


def _add_bulk_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--concurrency",
        type=_positive_int,
        default=4,
        metavar="N",
        help="resources worked on at once (default: 4)",
    )
    parser.add_argument(
        "--no-progress", action="store_true", help="no progress bar, even on a terminal"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description=_description(families()),
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        allow_abbrev=False,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_global_options(parser, top=True)
    subparsers = parser.add_subparsers(
        dest="family",
        metavar="FAMILY",
        required=True,
        parser_class=_FamilyParser,
        help="one of the families above",
    )
    for family in families().values():
        _add_family(subparsers, family)
    return parser


# -- redaction: no message shows the access token ------------------------------------------------

_secrets: list[str] = []


def redact(text: str) -> str:
    """`text` without any access token it might quote, flattened to one line."""
    for secret in _secrets:
        text = text.replace(secret, "***")
    return " ".join(text.split())


_SECRET_OPTION = re.compile(r"-[\w-]*(tok|acc|auth|secret|cred|pass)[\w-]*", re.IGNORECASE)
"""`--access-token`, and what a mistyped one looks like (`--acess-token`, `--token`)."""


def remember_secrets(argv: Sequence[str]) -> None:
    """Note the tokens this run may quote (its environment's, its arguments'), for `redact`."""
    _secrets.clear()
    candidates = [os.environ.get(ACCESS_TOKEN_ENV, "")]
    for index, word in enumerate(argv):
        option, equals, value = word.partition("=")
        if not _SECRET_OPTION.fullmatch(option):
            continue
        if equals:
            candidates.append(value)
        elif index + 1 < len(argv):
            candidates.append(argv[index + 1])
    # Longest first, so a token containing another is masked whole.
    _secrets.extend(sorted({c for c in candidates if len(c) >= 4}, key=len, reverse=True))
