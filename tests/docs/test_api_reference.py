"""api.md's examples are calls the SDK accepts: each one runs against the fake and either succeeds
or gets the service's answer (a 404 for a resource the empty fake does not hold), never a
ValidationError, a TypeError or anything else raised before a request. Drift between api.md and
the package is `make check-generated`'s job; this checks that what it renders is right.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bigcommerce_metafields import APIStatusError, MetafieldsClient
from bigcommerce_metafields.testing import DEFAULT_STORE_HASH, DEFAULT_TOKEN, FakeBigCommerce

ROOT = Path(__file__).resolve().parents[2]
API = (ROOT / "api.md").read_text()
EXAMPLES = re.findall(r"```python\n((?:result = |for metafield in )client\..*?)```", API, re.S)
METHODS = re.findall(r"^### `(client\.[a-z_.]+)`$", API, re.M)


def test_every_method_has_one_example_and_the_readme_links_the_reference() -> None:
    called = [re.match(r"(?:result = |for metafield in )(client\.[a-z_.]+)\(", e) for e in EXAMPLES]
    assert sorted(m[1] for m in called if m) == sorted(METHODS)
    assert len(METHODS) >= 70, "the reference lost its resources"
    assert "(api.md)" in (ROOT / "README.md").read_text()


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.split("(")[0][-40:] for e in EXAMPLES])
def test_the_example_is_a_call_the_sdk_sends(example: str) -> None:
    fake = FakeBigCommerce()
    answered: APIStatusError | None = None
    with MetafieldsClient(DEFAULT_STORE_HASH, DEFAULT_TOKEN, transport=fake.transport()) as client:
        try:
            exec(example, {"client": client})  # noqa: S102 - the repository's own reference
        except APIStatusError as error:
            answered = error
    assert answered is None or answered.status_code == 404, answered
    assert fake.requests, "nothing was sent"
