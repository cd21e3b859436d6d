"""Cursor pagination (``before``/``after``) on every listing: single-resource and batch.

The walk under concurrent changes draws its changes from a seeded RNG: the seed is printed, and
``BIGCOMMERCE_FAKE_SEED`` replays a failing one.
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable
from urllib.parse import quote

import httpx
import pytest
from fakekit import TOKEN_B, Connect, make_fake
from familykit import COLLECTIONS, family_path, seed

from bigcommerce_metafields.testing import FAMILIES, FakeBigCommerce, Family
from bigcommerce_metafields.testing._listing import encode_cursor

SEED = int(os.environ.get("BIGCOMMERCE_FAKE_SEED", "20260117"))

#: Every listing of the table: each family's single-resource list where it has one, and its
#: batch GET (store-wide).
LISTINGS = [
    pytest.param(family, "single", id=f"{family.name}-single") for family in COLLECTIONS
] + [pytest.param(family, "batch", id=f"{family.name}-batch") for family in FAMILIES]
DIRECTIONS = ("asc", "desc")


def listing_path(family: Family, kind: str) -> str:
    return family_path(family) if kind == "single" else family.batch_path


def descending(family: Family, kind: str, direction: str) -> bool:
    """Whether the listing answers in descending order (brand's list ignores ``direction``)."""
    accepted = family.filters if kind == "single" else family.batch_filters
    return direction == "desc" and "direction" in accepted


def ids_of(body: dict[str, object]) -> list[int]:
    data = body["data"]
    assert isinstance(data, list)
    return [int(str(mf["id"])) for mf in data]


def walk(
    client: httpx.Client,
    path: str,
    *,
    limit: int,
    direction: str = "asc",
    between: Callable[[list[int]], None] = lambda page: None,
) -> list[list[int]]:
    """The pages of a cursor walk: a plain first request, then ``after=end_cursor`` while the
    page says a next one exists; ``between`` gets each page before the next is asked for."""
    params: dict[str, str | int] = {"limit": limit, "direction": direction}
    response = client.get(path, params=params)
    pages = []
    for _ in range(1000):
        assert response.status_code == 200, response.text
        body = response.json()
        pages.append(ids_of(body))
        cursors = body["meta"]["cursor_pagination"]
        if "next" not in cursors["links"]:
            return pages
        between(pages[-1])
        response = client.get(path, params=params | {"after": cursors["end_cursor"]})
    raise AssertionError("the walk does not end")


@pytest.mark.parametrize(("family", "kind"), LISTINGS)
def test_a_walk_by_after_end_cursor_reads_every_item_once(
    family: Family, kind: str, fake: FakeBigCommerce, connect: Connect
) -> None:
    ids = [seed(fake, family, key=f"k{n}") for n in range(7)]
    client, path = connect(fake), listing_path(family, kind)
    for direction in DIRECTIONS:
        expected = ids[::-1] if descending(family, kind, direction) else ids
        pages = walk(client, path, limit=3, direction=direction)
        assert pages == [expected[:3], expected[3:6], expected[6:]], direction


@pytest.mark.parametrize(("family", "kind"), LISTINGS)
def test_cursor_meta_and_links(
    family: Family, kind: str, fake: FakeBigCommerce, connect: Connect
) -> None:
    ids = [seed(fake, family, key=f"k{n}") for n in range(5)]
    client, path = connect(fake), listing_path(family, kind)

    first = client.get(path, params={"limit": 2}).json()
    # Without page: both envelopes, so that a cursor walk starts from a plain request.
    assert first["meta"]["pagination"]["total"] == 5
    cursors = first["meta"]["cursor_pagination"]
    start, end = cursors["start_cursor"], cursors["end_cursor"]
    assert cursors == {
        "count": 2,
        "per_page": 2,
        "start_cursor": start,
        "end_cursor": end,
        "links": {"current": "?limit=2", "next": f"?limit=2&after={quote(end, safe='')}"},
    }

    middle = client.get(path, params={"limit": 2, "after": end}).json()
    assert ids_of(middle) == ids[2:4]
    assert set(middle["meta"]) == {"cursor_pagination"}  # no offset envelope with a cursor
    cursors = middle["meta"]["cursor_pagination"]
    links = cursors["links"]
    assert links == {
        "current": f"?limit=2&after={quote(end, safe='')}",
        "previous": f"?limit=2&before={quote(cursors['start_cursor'], safe='')}",
        "next": f"?limit=2&after={quote(cursors['end_cursor'], safe='')}",
    }
    # The links are queries to send as they are.
    assert ids_of(client.get(path + links["previous"]).json()) == ids[:2]
    last = client.get(path + links["next"]).json()
    assert ids_of(last) == ids[4:]
    assert set(last["meta"]["cursor_pagination"]["links"]) == {"current", "previous"}

    # Past the end: an empty page, without cursors or links to follow.
    beyond = last["meta"]["cursor_pagination"]["end_cursor"]
    empty = client.get(path, params={"limit": 2, "after": beyond}).json()
    assert empty == {
        "data": [],
        "meta": {
            "cursor_pagination": {
                "count": 0,
                "per_page": 2,
                "links": {"current": f"?limit=2&after={quote(beyond, safe='')}"},
            }
        },
    }
    # With page: the offset envelope alone, as before cursors existed.
    assert set(client.get(path, params={"page": 1}).json()["meta"]) == {"pagination"}


@pytest.mark.parametrize(("family", "kind"), LISTINGS)
def test_a_walk_by_before_start_cursor_reads_backwards(
    family: Family, kind: str, fake: FakeBigCommerce, connect: Connect
) -> None:
    ids = [seed(fake, family, key=f"k{n}") for n in range(7)]
    client, path = connect(fake), listing_path(family, kind)
    for direction in DIRECTIONS:
        expected = ids[::-1] if descending(family, kind, direction) else ids
        params: dict[str, str | int] = {"limit": 3, "direction": direction}
        last = client.get(path, params=params | {"after": encode(expected[5])}).json()
        assert ids_of(last) == expected[6:]
        cursor = last["meta"]["cursor_pagination"]["start_cursor"]
        pages = []
        for _ in range(10):
            body = client.get(path, params=params | {"before": cursor}).json()
            pages.append(ids_of(body))
            cursors = body["meta"]["cursor_pagination"]
            if "previous" not in cursors["links"]:
                break
            cursor = cursors["start_cursor"]
        assert pages == [expected[3:6], expected[:3]], direction


def encode(metafield_id: int) -> str:
    """The fake's cursor of an item, as its listing would give it."""
    return encode_cursor(metafield_id)


@pytest.mark.parametrize(("family", "kind"), LISTINGS)
@pytest.mark.parametrize("direction", DIRECTIONS)
def test_a_walk_under_concurrent_changes_skips_and_repeats_nothing(
    family: Family, kind: str, direction: str, connect: Connect
) -> None:
    rng = random.Random(f"{SEED}-{family.name}-{kind}-{direction}")
    print(f"seed {SEED} (BIGCOMMERCE_FAKE_SEED={SEED} replays it)")
    fake = make_fake()
    other = connect(fake, TOKEN_B)
    # The batch listing spans resources: changes land on two of them.
    bumps = [0] if kind == "single" or not family.ids else [0, 1]
    keys = iter(range(10_000))

    def create() -> int:
        return seed(fake, family, key=f"k{next(keys)}", bump=rng.choice(bumps))

    initial = [create() for _ in range(24)]
    deleted: set[int] = set()
    created: list[int] = []

    def change(page: list[int]) -> None:
        # Between two pages, as other clients would: delete items read and unread, sometimes
        # the cursor's own, and create new ones.
        alive = [i for i in initial if i not in deleted]
        victims = rng.sample(alive, k=min(len(alive), rng.randint(0, 3)))
        if rng.random() < 0.3 and page[-1] not in deleted:
            victims.append(page[-1])
        for victim in dict.fromkeys(victims):
            delete_one(other, family, victim)
            deleted.add(victim)
        created.extend(create() for _ in range(rng.randint(0, 3)))

    pages = walk(
        connect(fake), listing_path(family, kind), limit=4, direction=direction, between=change
    )
    read = [i for page in pages for i in page]
    # Strictly in listing order, so nothing repeated.
    down = descending(family, kind, direction)
    assert read == sorted(set(read), reverse=down), f"seed {SEED}"
    never_deleted = [i for i in initial if i not in deleted]
    assert set(never_deleted) <= set(read), f"an item present all along was missed (seed {SEED})"
    assert set(read) <= set(initial) | set(created)
    # New items sort after every old one: an ascending walk reads them all, a descending one
    # none (they are before its position).
    survivors = {i for i in created if i not in deleted}
    if not down:
        assert survivors <= set(read), f"seed {SEED}"
    else:
        assert not set(created) & set(read), f"seed {SEED}"


def delete_one(other: httpx.Client, family: Family, metafield_id: int) -> None:
    """Delete through the API as another client would (no seeding helper deletes)."""
    assert other.request("DELETE", family.batch_path, json=[metafield_id]).status_code == 200


# -- refusals ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("family", "kind"), LISTINGS)
def test_both_cursors_are_400_and_a_bad_cursor_422(
    family: Family, kind: str, fake: FakeBigCommerce, connect: Connect
) -> None:
    seed(fake, family)
    client, path = connect(fake), listing_path(family, kind)
    cursor = client.get(path).json()["meta"]["cursor_pagination"]["start_cursor"]
    both = client.get(path, params={"after": cursor, "before": cursor})
    assert both.status_code == 400
    assert both.json()["title"] == "Input is invalid"
    for name in ("after", "before"):
        for bad in ("", "not a cursor", "aWQ6MA==", "aWQ6eA=="):  # id:0 and id:x encoded
            refused = client.get(path, params={name: bad})
            assert refused.status_code == 422, (name, bad)
            assert set(refused.json()["errors"]) == {name}
    # With a cursor, page is ignored, even a page the offset listing refuses.
    ignored = client.get(path, params={"before": cursor, "page": "0"})
    assert ignored.status_code == 200
    assert ignored.json()["data"] == []


def test_a_cursor_keeps_its_position_when_its_item_is_deleted(
    fake: FakeBigCommerce, connect: Connect
) -> None:
    family = FAMILIES[0]
    ids = [seed(fake, family, key=f"k{n}") for n in range(4)]
    client = connect(fake)
    first = client.get(family.batch_path, params={"limit": 2}).json()
    delete_one(connect(fake, TOKEN_B), family, ids[1])  # the end_cursor's item
    after = first["meta"]["cursor_pagination"]["end_cursor"]
    assert ids_of(client.get(family.batch_path, params={"after": after}).json()) == ids[2:]
