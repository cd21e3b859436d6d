"""Typed async and sync clients for BigCommerce's cart and product metafields."""

__version__ = "0.1.0"
