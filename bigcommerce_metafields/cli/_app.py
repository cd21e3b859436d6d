"""The command line: its grammar, the client it builds, and errors turned into exit codes."""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NoReturn, get_args

from .. import (
    ACCESS_TOKEN_ENV,
    BASE_URL_ENV,
    DEFAULT_TIMEOUT,
    MAX_PAGE_SIZE,
    STORE_HASH_ENV,
    APIConnectionError,
    APIError,
    AuthenticationError,
    BigCommerceError,
    ConfigurationError,
    MetafieldsClient,
    PermissionSet,
    ValidationError,
    __version__,
)
from . import _io
from ._commands import (
    EXIT_API,
    EXIT_CONFIG,
    EXIT_USAGE,
    Context,
    UsageError,
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
from ._family import CART, CART_ID_EXAMPLE, FAMILIES, PRODUCT, BadResourceIdError, Family
from ._sandbox import DEFAULT_STATE_HELP, SandboxError, default_state_path, sandbox_store

PROG = "bigcommerce-metafields"
_BASE_URL_DEFAULT = f"${BASE_URL_ENV}, else " + ("https://api.bigcommerce.com/stores/HASH/v3")
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141

DESCRIPTION = f"""\
Read and write BigCommerce product and cart metafields.

  {PROG} [OPTIONS] product|cart COMMAND ...

  list    RESOURCE_ID [--namespace NS] [--key KEY] [--direction asc|desc]
          [--page N] [--limit N] [--all] [product filters]
  get     RESOURCE_ID METAFIELD_ID
  create  RESOURCE_ID --namespace NS --key KEY --value VALUE|--value-file FILE
          --permission-set SET [--description TEXT]
  update  RESOURCE_ID METAFIELD_ID [--namespace] [--key] [--value|--value-file]
          [--permission-set] [--description]        (at least one)
  delete  RESOURCE_ID METAFIELD_ID
  export  [RESOURCE_ID ...] [--range FIRST-LAST] [--ids-file FILE]
          [--output FILE] [--format jsonl|csv]
  import  FILE|- [--format jsonl|csv] [--dry-run] [--failures FILE]

RESOURCE_ID is a product id (a positive integer) or a cart id (a UUID, such
as {CART_ID_EXAMPLE}; anything else is refused before sending).
`{PROG} product COMMAND --help` tells more about a command."""

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


def _resource_id(family: Family) -> Callable[[str], Any]:
    def parse(text: str) -> Any:
        try:
            return family.parse_id(text)
        except BadResourceIdError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    parse.__name__ = family.id_metavar
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


def _add_family(families: Any, family: Family) -> None:
    other = CART if family is PRODUCT else PRODUCT
    parser: argparse.ArgumentParser = families.add_parser(
        family.name,
        help=f"{family.name} metafields (see `{PROG} {family.name} --help`)",
        description=f"Commands on the metafields of {family.plural}; {family.id_metavar} names "
        f"the {family.name}: {family.id_help}. (For {other.plural}: `{PROG} {other.name} ...`.)",
        allow_abbrev=False,
    )
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", required=True, parser_class=_Parser
    )
    rid = _resource_id(family)

    # list
    listing = _command(
        commands,
        "list",
        list_command,
        f"list the metafields of one {family.name} (JSON Lines)",
        f"List the metafields of one {family.name}: one page (default: the first 50), or "
        "--all of them. JSON Lines on stdout, one metafield a line; when more pages exist, "
        "a one-line hint on stderr says so.",
    )
    listing.add_argument("resource_id", type=rid, metavar=family.id_metavar, help=family.id_help)
    filters = listing.add_argument_group("filters")
    filters.add_argument("--namespace", metavar="NS", help="only this namespace")
    filters.add_argument("--key", metavar="KEY", help="only this key")
    filters.add_argument("--direction", choices=("asc", "desc"), help="by id (default: asc)")
    if family is PRODUCT:
        filters.add_argument(
            "--key-in",
            metavar="KEY[,KEY...]",
            action="append",
            type=_csv_list,
            help="any of these keys (repeatable)",
        )
        filters.add_argument(
            "--namespace-in",
            metavar="NS[,NS...]",
            action="append",
            type=_csv_list,
            help="any of these namespaces (repeatable)",
        )
        for field in ("created", "modified"):
            for bound, word in (("min", "at or after"), ("max", "at or before")):
                filters.add_argument(
                    f"--date-{field}-{bound}",
                    dest=f"date_{field}_{bound}",
                    metavar="WHEN",
                    type=_moment,
                    help=f"{field} {word} WHEN (ISO 8601; UTC unless it says)",
                )
        filters.add_argument(
            "--include-fields",
            metavar="FIELD[,FIELD...]",
            action="append",
            type=_csv_list,
            help="only these fields (and id)",
        )
        filters.add_argument(
            "--exclude-fields",
            metavar="FIELD[,FIELD...]",
            action="append",
            type=_csv_list,
            help="leave these fields out",
        )
    paging = listing.add_argument_group("paging")
    which = paging.add_mutually_exclusive_group()
    which.add_argument("--page", type=_positive_int, metavar="N", help="page number (default: 1)")
    which.add_argument("--all", action="store_true", help="every page, streamed")
    paging.add_argument(
        "--limit",
        type=_page_size,
        metavar="N",
        help=f"metafields per page, at most {MAX_PAGE_SIZE} (default: 50; {MAX_PAGE_SIZE} "
        "with --all)",
    )
    _add_global_options(listing, top=False)

    # get
    getting = _command(commands, "get", get_command, "show one metafield (JSON)")
    getting.add_argument("resource_id", type=rid, metavar=family.id_metavar, help=family.id_help)
    getting.add_argument("metafield_id", type=_positive_int, metavar="METAFIELD_ID")
    _add_global_options(getting, top=False)

    # create
    creating = _command(
        commands,
        "create",
        create_command,
        f"create a metafield on a {family.name}",
        prepare=prepare_write,
    )
    creating.add_argument("resource_id", type=rid, metavar=family.id_metavar, help=family.id_help)
    _add_written_fields(creating, create=True)
    _add_global_options(creating, top=False)

    # update
    updating = _command(
        commands,
        "update",
        update_command,
        "change fields of a metafield",
        "Change the given fields of a metafield; the others stay as they are."
        + (
            " (A cart update takes the whole metafield, so the tool reads it first and sends "
            "it back with the changes.)"
            if family is CART
            else ""
        ),
        prepare=prepare_write,
    )
    updating.add_argument("resource_id", type=rid, metavar=family.id_metavar, help=family.id_help)
    updating.add_argument("metafield_id", type=_positive_int, metavar="METAFIELD_ID")
    _add_written_fields(updating, create=False)
    _add_global_options(updating, top=False)

    # delete
    deleting = _command(commands, "delete", delete_command, "delete a metafield")
    deleting.add_argument("resource_id", type=rid, metavar=family.id_metavar, help=family.id_help)
    deleting.add_argument("metafield_id", type=_positive_int, metavar="METAFIELD_ID")
    _add_global_options(deleting, top=False)

    # export
    exporting = _command(
        commands,
        "export",
        export_command,
        f"every metafield of some {family.plural}, as JSON Lines (or CSV)",
        f"Write every metafield of the given {family.plural}, one a line with its "
        "resource_type and resource_id, in the order the resources are given (JSON Lines by "
        "default: what `import` reads back). A resource that fails is reported on stderr and "
        "skipped (exit code 5)"
        + (
            "; products of a --range that do not exist are skipped silently."
            if family is PRODUCT
            else "."
        )
        + " A progress bar is drawn on stderr when it is a terminal.",
        prepare=prepare_export,
    )
    exporting.add_argument(
        "resource_ids", type=rid, nargs="*", metavar=family.id_metavar, help="resources to export"
    )
    if family is PRODUCT:
        exporting.add_argument(
            "--range",
            dest="ranges",
            type=_id_range,
            action="append",
            metavar="FIRST-LAST",
            help="product ids FIRST to LAST, inclusive (repeatable)",
        )
    exporting.add_argument(
        "--ids-file", metavar="FILE", help=f"more {family.id_metavar}s, one a line (- is stdin)"
    )
    exporting.add_argument("--namespace", metavar="NS", help="only this namespace")
    exporting.add_argument("--key", metavar="KEY", help="only this key")
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

    # import
    importing = _command(
        commands,
        "import",
        import_command,
        "create or update metafields from JSON Lines or CSV",
        f"""\
Upsert metafields from FILE (- is stdin), JSON Lines or CSV (by --format,
else by the extension, else by the first line). A record has resource_id,
namespace, key, value, permission_set, and optionally description and
resource_type (default: {family.name}). Other fields (id, dates, error...)
are ignored, so export output and the failures file import as they are.

Each record's metafield is looked up by namespace and key on its resource:
created if absent, its differing fields updated if present, left alone if
the same. A record without a description leaves the stored one alone.

stdout: a JSON line per record: line, resource_type, resource_id, namespace,
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
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        allow_abbrev=False,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_global_options(parser, top=True)
    families = parser.add_subparsers(
        dest="family", metavar="{product,cart}", required=True, parser_class=_Parser
    )
    for family in (PRODUCT, CART):
        _add_family(families, family)
    return parser


# -- running --------------------------------------------------------------------------------------

_secrets: list[str] = []


def redact(text: str) -> str:
    """`text` without any access token it might quote, flattened to one line."""
    for secret in _secrets:
        text = text.replace(secret, "***")
    return " ".join(text.split())


_SECRET_OPTION = re.compile(r"-[\w-]*(tok|acc|auth|secret|cred|pass)[\w-]*", re.IGNORECASE)
"""`--access-token`, and what a mistyped one looks like (`--acess-token`, `--token`)."""


def _remember_secrets(argv: Sequence[str]) -> None:
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


# -- configuration errors in the command line's words ----------------------------------------------

_SETTINGS = {
    # The SDK's argument: the option setting it, its environment variable, and its name in prose.
    "store_hash": ("--store-hash", STORE_HASH_ENV, "the store hash"),
    "access_token": ("--access-token", ACCESS_TOKEN_ENV, "the access token"),
    "base_url": ("--base-url", BASE_URL_ENV, "the base URL"),
}
_HTTPS_ONLY = (
    "The command line sends the token over https only (plain http only to a loopback host, "
    "such as a local proxy or the fake store); use an https URL."
)


def check_settings(args: argparse.Namespace) -> None:
    """Refuse, in the command line's terms, settings that are plainly missing, before the SDK
    (whose messages name its Python arguments) is asked to build a client."""
    store_hash = args.store_hash if args.store_hash is not None else os.environ.get(STORE_HASH_ENV)
    base_url = args.base_url or os.environ.get(_SETTINGS["base_url"][1])
    if not store_hash and not base_url:  # (a base URL may name the store: the SDK decides)
        raise ConfigurationError(
            f"no store hash: pass --store-hash or set ${STORE_HASH_ENV} (the short id in "
            "https://store-<hash>.mybigcommerce.com)"
        )
    token = args.access_token if args.access_token is not None else os.environ.get(ACCESS_TOKEN_ENV)
    if not token:
        raise ConfigurationError(
            f"no access token: set ${ACCESS_TOKEN_ENV} (preferred: other users of the machine "
            "can see a command line) or pass --access-token"
        )


def cli_wording(message: str, args: argparse.Namespace) -> str:
    """A `ConfigurationError` message of the SDK, written for Python callers (`pass
    store_hash=...`, `allow_insecure_http=True`), in the command line's terms: its options and
    environment variables."""
    text = message.replace("Use https, or pass allow_insecure_http=True.", _HTTPS_ONLY)
    text = re.sub(r"\s*[^.]*\ballow_insecure_http\b[^.]*\.?", " " + _HTTPS_ONLY, text)
    for name, (flag, env, prose) in _SETTINGS.items():
        text = re.sub(rf"\bpass {name}=\.\.\.", f"pass {flag}", text)
        text = re.sub(rf"\bthe {name} argument\b", flag, text)
        text = re.sub(rf"\b(a|an|give) {name}\b", rf"\1 {flag}", text)
        text = re.sub(rf"\b{name}=\.\.\.", flag, text)
        text = re.sub(rf"\b{name}\b", prose, text)
        text = re.sub(rf"(?<![$\w]){env}\b", f"${env}", text)
    # The SDK does not say where a base URL came from; the command line knows.
    source = "--base-url" if args.base_url else f"${_SETTINGS['base_url'][1]}"
    return re.sub(r"^(the base URL (?:'[^']*'|\"[^\"]*\"))(?! \()", rf"\1 ({source})", text)


_POSITIONALS = {"product_id": "PRODUCT_ID", "cart_id": "CART_ID", "metafield_id": "METAFIELD_ID"}


def refused_arguments(error: ValidationError, args: argparse.Namespace) -> str:
    """A `ValidationError` naming the command line's options (`--include-fields`), not the
    SDK's operation and argument names (`get_product_metafields`, `include_fields`)."""
    if not error.errors:
        return str(error)

    def option(name: str) -> str:
        if name in _POSITIONALS:
            return _POSITIONALS[name]
        return f"--{name.replace('_', '-')}" if name in vars(args) else name

    details = "; ".join(f"{option(name)}: {rule}" for name, rule in error.errors.items())
    return f"refused before sending: {details}"


@contextlib.contextmanager
def open_client(args: argparse.Namespace) -> Iterator[MetafieldsClient]:
    """The client the options ask for; with --sandbox, first the fake store it talks to."""
    timeout = DEFAULT_TIMEOUT if args.timeout is None else args.timeout
    if not args.sandbox:
        if args.sandbox_state is not None:
            raise UsageError("--sandbox-state goes with --sandbox")
        check_settings(args)
        with MetafieldsClient(
            args.store_hash,
            args.access_token,
            base_url=args.base_url,
            timeout=timeout,
            max_retries=args.max_retries,
        ) as client:
            yield client
        return
    given = [
        option
        for option, value in (
            ("--store-hash", args.store_hash),
            ("--access-token", args.access_token),
            ("--base-url", args.base_url),
        )
        if value is not None
    ]
    if given:
        raise UsageError(f"--sandbox uses the embedded fake store: drop {', '.join(given)}")
    from ..testing import DEFAULT_STORE_HASH, DEFAULT_TOKEN, serve

    path = Path(args.sandbox_state) if args.sandbox_state else default_state_path()
    with contextlib.ExitStack() as stack:
        # Closed last: the store is saved once the server has stopped.
        fake = stack.enter_context(sandbox_store(path, lambda line: _fail(sys.stderr, line)))
        try:
            server = stack.enter_context(serve(fake))
            base_url, transport = server.base_url, None
        except ImportError:  # no uvicorn (the `testing` extra): serve it in process instead
            base_url, transport = fake.base_url, fake.transport()
        client = MetafieldsClient(
            DEFAULT_STORE_HASH,
            DEFAULT_TOKEN,
            base_url=base_url,
            timeout=timeout,
            max_retries=args.max_retries,
            transport=transport,
        )
        with client:
            yield client


def exit_code_for(error: BaseException) -> int:
    if isinstance(error, ConfigurationError | ValidationError | AuthenticationError):
        return EXIT_CONFIG
    if isinstance(error, APIError | APIConnectionError | BigCommerceError):
        return EXIT_API
    return EXIT_USAGE


def run(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    _remember_secrets(words)
    parser = build_parser()
    args = parser.parse_args(words)
    family = FAMILIES[args.family]
    stderr = sys.stderr
    try:
        args.prepare(args)
        if not args.table:
            _io.use_utf8(sys.stdout)
        with open_client(args) as client:
            context = Context(client=client, family=family, as_table=args.table)
            code: int = args.handler(context, args)
            return code
    except (UsageError, _io.InputError, SandboxError) as exc:
        _fail(stderr, f"{PROG} {family.name} {args.command}: error: {exc}")
        return EXIT_USAGE
    except ConfigurationError as exc:
        _fail(stderr, f"{PROG}: error: {cli_wording(str(exc), args)}")
        return exit_code_for(exc)
    except ValidationError as exc:
        _fail(stderr, f"{PROG}: error: {refused_arguments(exc, args)}")
        return exit_code_for(exc)
    except BigCommerceError as exc:
        _fail(stderr, f"{PROG}: error: {exc}")
        return exit_code_for(exc)
    except KeyboardInterrupt:
        _fail(stderr, f"{PROG}: interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader of stdout went away (`| head`): stop quietly, as if killed by SIGPIPE.
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE


def _fail(stream: Any, message: str) -> None:
    with contextlib.suppress(OSError, ValueError):
        stream.write(redact(message) + "\n")
        stream.flush()


def main(argv: Sequence[str] | None = None) -> int:
    """The console script: run the command line and return its exit code."""
    return run(argv)
