"""A synchronous script: make sure a product carries a metafield, then print its namespace.

python examples/sync_script.py PRODUCT_ID NAMESPACE KEY VALUE   # uses BIGCOMMERCE_* env vars
"""

from __future__ import annotations

import sys

from bigcommerce_metafields import MetafieldsClient, ProductMetafield


def ensure_metafield(
    client: MetafieldsClient, product_id: int, namespace: str, key: str, value: str
) -> str:
    """Create the metafield, or update it if its value differs; say which happened."""
    done = client.product_metafields.upsert(
        product_id, namespace=namespace, key=key, value=value, permission_set="app_only"
    )
    return done.action


def describe(item: ProductMetafield) -> str:
    return f"{item.id}: {item.namespace}.{item.key} = {item.value!r}"


def main(argv: list[str]) -> int:
    product_id, namespace, key, value = int(argv[0]), argv[1], argv[2], argv[3]
    with MetafieldsClient() as client:
        print(ensure_metafield(client, product_id, namespace, key, value))
        for item in client.product_metafields.paginate(product_id, namespace=namespace):
            print(describe(item))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
