"""The command line run: the client the options ask for, and errors turned into exit codes."""

import argparse
import contextlib
import os
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from .. import (
    ACCESS_TOKEN_ENV,
    BASE_URL_ENV,
    DEFAULT_TIMEOUT,
    STORE_HASH_ENV,
    APIConnectionError,
    APIError,
    AuthenticationError,
    BigCommerceError,
    ConfigurationError,
    MetafieldsClient,
    ValidationError,
)
from . import _io
from ._commands import EXIT_API, EXIT_CONFIG, EXIT_USAGE, Context, UsageError
from ._family import Family, PathIds, families
from ._grammar import PROG, build_parser, redact, remember_secrets
from ._metafields import Created
from ._sandbox import SandboxError, default_state_path, sandbox_store

EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141


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


def refused_arguments(error: ValidationError, args: argparse.Namespace, family: Family) -> str:
    """A `ValidationError` naming the command line's arguments (`PRODUCT_ID`, `--include-fields`),
    not the SDK's operation and argument names (`get_product_metafields`, `include_fields`)."""
    if not error.errors:
        return str(error)
    positionals = {part.name: part.metavar for part in (*family.ids, family.metafield_id)}

    def option(name: str) -> str:
        if name in positionals:
            return positionals[name]
        return f"--{name.replace('_', '-')}" if name in vars(args) else name

    details = "; ".join(f"{option(name)}: {rule}" for name, rule in error.errors.items())
    return f"refused before sending: {details}"


def _nobody_told(family: Family, ids: PathIds) -> None:
    """A real store needs no telling where metafields were created."""


@contextlib.contextmanager
def open_client(args: argparse.Namespace) -> Iterator[tuple[MetafieldsClient, Created]]:
    """The client the options ask for, and whom to tell where it creates metafields; with
    --sandbox, first the fake store it talks to (which keeps track of them)."""
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
            yield client, _nobody_told
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
        store = stack.enter_context(sandbox_store(path, lambda line: _fail(sys.stderr, line)))
        fake = store.fake
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
            yield client, store.created


def exit_code_for(error: BaseException) -> int:
    if isinstance(error, ConfigurationError | ValidationError | AuthenticationError):
        return EXIT_CONFIG
    if isinstance(error, APIError | APIConnectionError | BigCommerceError):
        return EXIT_API
    return EXIT_USAGE


def run(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    remember_secrets(words)
    parser = build_parser()
    args = parser.parse_args(words)
    family = families()[args.family]
    stderr = sys.stderr
    try:
        args.prepare(args)
        if not args.table:
            _io.use_utf8(sys.stdout)
        with open_client(args) as (client, created):
            context = Context(client=client, family=family, as_table=args.table, created=created)
            code: int = args.handler(context, args)
            return code
    except (UsageError, _io.InputError, SandboxError) as exc:
        _fail(stderr, f"{PROG} {family.name} {args.command}: error: {exc}")
        return EXIT_USAGE
    except ConfigurationError as exc:
        _fail(stderr, f"{PROG}: error: {cli_wording(str(exc), args)}")
        return exit_code_for(exc)
    except ValidationError as exc:
        _fail(stderr, f"{PROG}: error: {refused_arguments(exc, args, family)}")
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
