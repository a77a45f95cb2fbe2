"""``create_app``: the HTTP API, the metrics and the reviewers' page as one ASGI app."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException
from starlette.types import Scope

from cratewatch.errors import ServiceStoreError
from cratewatch.service.api import pages, publish, routes
from cratewatch.service.api.context import Context, api_caller
from cratewatch.service.api.metrics import Metrics
from cratewatch.service.api.middleware import BodyLimit, SecurityHeaders
from cratewatch.service.api.settings import ApiSettings, PublishHook
from cratewatch.service.model import Role
from cratewatch.service.store import Store

__all__ = ["create_app"]

log = logging.getLogger(__name__)

API_PREFIX = "/api/"
PUBLISH_PATH = "/api/v1/publish"


def create_app(
    store: Store,
    settings: ApiSettings | None = None,
    *,
    on_publish: PublishHook | None = None,
) -> FastAPI:
    """The app serving ``store``. ``on_publish`` receives each event of the publish hook
    (default: ``store.record_event``, which records it and enqueues its screening)."""
    from cratewatch import __version__

    settings = settings or ApiSettings()
    app = FastAPI(
        title="cratewatch",
        version=__version__,
        summary="Screening of new Rust crate versions: results, triage, allowlist, advisories",
        openapi_url="/api/v1/openapi.json",
        # The interactive documentation pages load scripts from a CDN, which the
        # Content-Security-Policy forbids: the OpenAPI document is enough.
        docs_url=None,
        redoc_url=None,
    )
    app.state.cratewatch = Context(store, settings, on_publish or store.record_event)
    metrics = Metrics(store)

    def limit_for(scope: Scope) -> int:
        if scope.get("path") == PUBLISH_PATH:
            for name, value in scope.get("headers", ()):
                if name == b"content-type" and value.split(b";")[0].strip().lower() == (
                    b"application/octet-stream"
                ):
                    return settings.max_upload_bytes
        return settings.max_json_bytes

    # Added last, runs first: the size limit counts what the handlers read, and every
    # answer (the limit's own 413 included) gets the security headers.
    app.add_middleware(BodyLimit, limit_for=limit_for)
    app.add_middleware(SecurityHeaders, observe=metrics.observe)

    app.include_router(routes.router)
    app.include_router(publish.router)
    app.include_router(pages.router)

    @app.get("/metrics", include_in_schema=False)
    def metrics_endpoint(request: Request) -> Response:
        api_caller(request, Role.READER)
        return Response(metrics.render(), media_type="text/plain; version=0.0.4")

    _error_handlers(app)
    return app


def _is_api(request: Request) -> bool:
    return request.url.path.startswith(API_PREFIX) or request.url.path == "/metrics"


def _error(request: Request, status: int, message: str, headers: Any = None) -> Response:
    if _is_api(request):
        return JSONResponse({"error": message}, status_code=status, headers=headers)
    return pages.error_page(request, status, message)


def _error_handlers(app: FastAPI) -> None:
    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "request refused"
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such page: {request.url.path}"
        elif exc.status_code == 405:
            message = f"{request.method} is not allowed here"
        return _error(request, exc.status_code, message, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = []
        for error in exc.errors()[:5]:
            where = ".".join(str(p) for p in error.get("loc", ()) if p != "body")
            problems.append(f"{where}: {error.get('msg', 'invalid')}" if where else error["msg"])
        return _error(request, 400, "; ".join(problems) or "invalid request")

    @app.exception_handler(pages.LoginRequired)
    async def login_required(request: Request, exc: pages.LoginRequired) -> Response:
        return pages.login_redirect(exc.next_path)

    @app.exception_handler(ServiceStoreError)
    async def store_down(request: Request, exc: ServiceStoreError) -> Response:
        log.error("%s %s: %s", request.method, request.url.path, exc)
        return _error(request, 503, "the store is not available; try again later")

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception) -> Response:
        log.exception("%s %s failed", request.method, request.url.path)
        return _error(request, 500, "internal error")
