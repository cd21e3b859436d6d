"""The fake's command line and server fixture when something is missing or taken: without uvicorn,
with the port in use; and what `--help` says the fake enforces."""

from __future__ import annotations

import gc
import socket
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from bigcommerce_metafields.testing import (
    DEFAULT_STORE_HASH,
    DEFAULT_TOKEN,
    FakeBigCommerce,
    serve,
)
from bigcommerce_metafields.testing.__main__ import main

INSTALL = "pip install 'bigcommerce-metafields[testing]'"
NO_UVICORN = "import sys; sys.modules['uvicorn'] = None  # as if it were not installed\n"
"""Prepended to a subprocess's code: every `import uvicorn` then fails as a missing module."""


def _python(code: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - this interpreter, code written here
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
        check=False,
    )


def _assert_one_line_error(stderr: str, *fragments: str) -> None:
    assert "Traceback" not in stderr, stderr
    (line,) = stderr.splitlines()
    assert line.startswith("python -m bigcommerce_metafields.testing: error: "), line
    for fragment in fragments:
        assert fragment in line, line


@pytest.fixture
def taken_port() -> Iterator[int]:
    """A loopback port another socket is listening on."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as other:
        other.bind(("127.0.0.1", 0))
        other.listen(1)
        yield other.getsockname()[1]


def test_command_line_without_uvicorn_names_the_extra() -> None:
    code = NO_UVICORN + (
        "import runpy\n"
        "sys.argv = ['bigcommerce_metafields.testing', '--port', '0']\n"
        "runpy.run_module('bigcommerce_metafields.testing', run_name='__main__')\n"
    )
    result = _python(code)

    assert result.returncode == 1
    assert result.stdout == ""
    _assert_one_line_error(result.stderr, INSTALL, "uvicorn")


def test_serve_without_uvicorn_raises_naming_the_extra() -> None:
    code = NO_UVICORN + textwrap.dedent("""
        import gc, warnings
        warnings.simplefilter("error")
        from bigcommerce_metafields.testing import FakeBigCommerce, serve
        try:
            serve(FakeBigCommerce())
        except ModuleNotFoundError as exc:
            print(exc.name, exc, sep="|")
        gc.collect()  # an unclosed listening socket would warn here
    """)
    result = _python(code)

    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    name, message = result.stdout.strip().split("|")
    assert name == "uvicorn"
    assert INSTALL in message


def test_server_fixture_without_uvicorn_fails_naming_the_extra(tmp_path: Path) -> None:
    (tmp_path / "test_user.py").write_text(
        "def test_against_loopback(bigcommerce_fake_server):\n"
        "    assert bigcommerce_fake_server.base_url\n"
        "\n"
        "def test_in_process(bigcommerce_fake):\n"
        "    assert bigcommerce_fake.requests == []\n"
    )
    code = NO_UVICORN + (
        "import pytest\n"
        "sys.exit(pytest.main(['-q', '-p', 'no:cacheprovider', '-W', 'error', 'test_user.py']))\n"
    )
    result = _python(code, cwd=tmp_path)

    assert result.returncode == 1, result.stdout + result.stderr
    assert "1 passed, 1 error" in result.stdout, result.stdout
    assert "bigcommerce_fake_server: serving the fake on a socket needs uvicorn" in result.stdout
    assert INSTALL in result.stdout
    assert "ModuleNotFoundError" not in result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr


def test_command_line_with_the_port_in_use_says_so_in_one_line(taken_port: int) -> None:
    result = subprocess.run(  # noqa: S603 - this interpreter, fixed arguments
        [sys.executable, "-m", "bigcommerce_metafields.testing", "--port", str(taken_port)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert result.returncode == 1
    assert result.stdout == ""
    _assert_one_line_error(result.stderr, f"127.0.0.1:{taken_port}", "in use", "--port 0")


def test_serve_with_the_port_in_use_raises_and_leaks_no_socket(taken_port: int) -> None:
    with pytest.raises(OSError, match="in use"):
        serve(FakeBigCommerce(), port=taken_port)
    gc.collect()  # an unclosed socket warns here, and warnings are errors in this suite


def test_help_names_the_limits_enforced_how_to_turn_them_off_and_the_defaults(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    text = " ".join(capsys.readouterr().out.split())  # words, whatever the wrapping

    for said in (
        f"store hash {DEFAULT_STORE_HASH}",
        f"token {DEFAULT_TOKEN}",
        "150 requests per 30000 ms window",
        "answers 429",
        "Off: --quota 0",
        "250 per API client per product or cart; one more answers 403",
        "Off: --max-per-resource 0",
        "50 items per batch request",
        "one more answers 413",
        "Off: --max-batch-size 0",
        INSTALL,
    ):
        assert said in text, said

    # ...and it is what the fake does by default.
    fake = FakeBigCommerce()
    with httpx.Client(base_url=fake.base_url, transport=fake.transport()) as http:
        response = http.get("/catalog/products/1/metafields", headers={"X-Auth-Token": "t"})
    assert response.status_code == 401  # not test-token
    assert response.headers["x-rate-limit-requests-quota"] == "150"
    assert response.headers["x-rate-limit-time-window-ms"] == "30000"
    assert fake.tokens == {DEFAULT_TOKEN: "test-client"}
    assert fake.max_batch_size == 50
