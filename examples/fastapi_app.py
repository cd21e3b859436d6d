"""A FastAPI service that keeps one async client for its lifetime and exposes metafields.

    BIGCOMMERCE_STORE_HASH=... BIGCOMMERCE_ACCESS_TOKEN=... uvicorn examples.fastapi_app:app

One client per process: it holds the connection pool, and its throttle can only spend the store's
quota well if every request of the process goes through it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from bigcommerce_metafields import (
    UNSET,
    APIStatusError,
    AsyncMetafieldsClient,
    BigCommerceError,
    PermissionSet,
    ValidationError,
)


class MetafieldIn(BaseModel):
    namespace: str
    key: str
    value: str
    permission_set: PermissionSet = "app_only"
    description: str = ""


def metafields_client(request: Request) -> AsyncMetafieldsClient:
    """The app's one client, as a FastAPI dependency."""
    client: AsyncMetafieldsClient = request.app.state.metafields
    return client


Client = Annotated[AsyncMetafieldsClient, Depends(metafields_client)]


def create_app(make_client: Callable[[], AsyncMetafieldsClient] = AsyncMetafieldsClient) -> FastAPI:
    """The app; `make_client` lets tests hand in a client wired to the fake store."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with make_client() as client:
            app.state.metafields = client
            yield

    app = FastAPI(lifespan=lifespan)

    @app.exception_handler(BigCommerceError)
    async def bigcommerce_error(request: Request, error: Exception) -> JSONResponse:
        # The SDK's typed errors map onto this service's own answers.
        if isinstance(error, ValidationError):
            return JSONResponse({"detail": error.errors}, status_code=422)
        if isinstance(error, APIStatusError) and error.status_code in (404, 409):
            return JSONResponse({"detail": error.title}, status_code=error.status_code)
        return JSONResponse({"detail": "BigCommerce is unavailable"}, status_code=502)

    @app.get("/products/{product_id}/metafields")
    async def list_metafields(
        product_id: int, client: Client, namespace: str | None = None
    ) -> list[dict[str, Any]]:
        items = client.product_metafields.paginate(
            product_id, namespace=UNSET if namespace is None else namespace
        )
        return [item.to_dict() async for item in items]

    @app.post("/products/{product_id}/metafields", status_code=201)
    async def create_metafield(
        product_id: int, body: MetafieldIn, client: Client
    ) -> dict[str, Any]:
        created = await client.product_metafields.create(product_id, **body.model_dump())
        return created.data.to_dict()

    @app.delete("/products/{product_id}/metafields/{metafield_id}", status_code=204)
    async def delete_metafield(product_id: int, metafield_id: int, client: Client) -> None:
        await client.product_metafields.delete(product_id, metafield_id)

    return app


app = create_app()
