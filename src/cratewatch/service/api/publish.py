"""The publish hook: a registry (or a mirror, or CI) tells the service of a new version,
by name with its checksum, or by uploading the ``.crate`` itself."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from cratewatch.service.api.context import ApiError, Caller, api_caller, bearer, context
from cratewatch.service.api.schemas import ErrorOut, PublishIn, PublishOut
from cratewatch.service.model import Published

__all__ = ["router"]

_SHA256 = re.compile(r"[0-9a-f]{64}")
_LOGIN = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_-]{0,38}")  # a GitHub login, as crates.io's
_GZIP_MAGIC = b"\x1f\x8b"

router = APIRouter(prefix="/api/v1")

_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": PublishIn.model_json_schema()},
            "application/octet-stream": {"schema": {"type": "string", "format": "binary"}},
        },
    }
}


def _caller(request: Request) -> Caller:
    ctx = context(request)
    dedicated = ctx.settings.publish_secret
    if dedicated:
        secret = bearer(request)
        if secret is not None and hmac.compare_digest(secret.encode(), dedicated.encode()):
            return Caller(None, "publish-hook", None)
    return api_caller(request, ctx.settings.publish_role)


def _validated(name: str, version: str, checksum: str | None) -> tuple[str, str, str | None]:
    from cratewatch.errors import VersionError
    from cratewatch.model.version import Version
    from cratewatch.typosquat.names import name_problem, shown_name

    problem = name_problem(name)
    if problem is not None:
        raise ApiError(400, f"name: {shown_name(name)} is not a crate name: {problem}")
    try:
        Version.parse(version)
    except VersionError as exc:
        raise ApiError(400, f"version: {exc}") from None
    if checksum is not None:
        checksum = checksum.lower()
        if not _SHA256.fullmatch(checksum):
            raise ApiError(400, "checksum: not a SHA-256 in hex (64 hex digits)")
    return name, version, checksum


@router.post(
    "/publish",
    response_model=PublishOut,
    status_code=202,
    openapi_extra=_BODY,
    responses={
        400: {"model": ErrorOut, "description": "invalid name, version, checksum or body"},
        401: {"model": ErrorOut, "description": "no token, or an unknown or revoked one"},
        403: {"model": ErrorOut, "description": "the token's role is not enough"},
        413: {"model": ErrorOut, "description": "body over the limit"},
        415: {"model": ErrorOut, "description": "neither JSON nor a .crate"},
        503: {"model": ErrorOut, "description": "uploads need a crate directory"},
    },
    tags=["publish"],
)
async def publish(
    request: Request,
    name: Annotated[str | None, Query(max_length=200)] = None,
    version: Annotated[str | None, Query(max_length=200)] = None,
    checksum: Annotated[str | None, Query(max_length=200)] = None,
    filename: Annotated[
        str | None, Query(max_length=300, description="the archive's name: NAME-VERSION.crate")
    ] = None,
    publisher: Annotated[
        str | None, Query(max_length=100, description="login of who published it")
    ] = None,
) -> PublishOut:
    """A new version: JSON ``{name, version, checksum}``, or the ``.crate`` as an
    ``application/octet-stream`` body with ``name`` and ``version`` (or the archive's
    ``filename``) in the query, and optionally the index's ``checksum``. Either may name
    the ``publisher`` (a login): the version's publisher for the owner signals when the
    database dump does not have it yet."""
    await run_in_threadpool(_caller, request)
    ctx = context(request)
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "application/json":
        body = await request.body()
        try:
            given = PublishIn.model_validate(json.loads(body))
        except (ValueError, ValidationError) as exc:
            raise ApiError(400, f"invalid JSON body: {_first_problem(exc)}") from None
        event_name, event_version, sha = _validated(given.name, given.version, given.checksum)
        publisher = given.publisher
        crate_path = None
    elif kind == "application/octet-stream":
        if ctx.settings.crate_dir is None:
            raise ApiError(503, "this server keeps no archives: uploads are off")
        if (name is None or version is None) and filename is not None:
            from cratewatch.service.feeds.inbox import parse_crate_file_name

            parsed = parse_crate_file_name(filename)
            if parsed is None:
                raise ApiError(400, "filename: not NAME-VERSION.crate")
            name, version = name or parsed[0], version or parsed[1]
        if name is None or version is None:
            raise ApiError(400, "an upload needs ?name=&version= or ?filename=NAME-VERSION.crate")
        event_name, event_version, sha = _validated(name, version, checksum)
        path, actual = await _receive_crate(request, ctx.settings.crate_dir, name, version)
        crate_path = str(path)
        # The index's checksum, when given, is what the screening checks the upload
        # against (a mismatch is its signal); else the upload is the registry's file.
        sha = sha or actual
    else:
        raise ApiError(415, "send application/json or application/octet-stream (a .crate)")
    if publisher is not None and not _LOGIN.fullmatch(publisher):
        raise ApiError(400, "publisher: not an account login")
    event = Published(
        name=event_name,
        version=event_version,
        checksum=sha,
        source="hook",
        seen=ctx.store.now(),
        crate_path=crate_path,
        publisher=publisher,
    )
    if publisher is not None:
        # kept apart from the event, which is dropped when a feed saw the version first
        await run_in_threadpool(ctx.store.record_publisher, event_name, event_version, publisher)
    recorded = await run_in_threadpool(ctx.on_publish, event)
    return PublishOut(name=event_name, version=event_version, checksum=sha, recorded=recorded)


def _first_problem(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        error = exc.errors()[0]
        where = ".".join(str(p) for p in error["loc"])
        return f"{where}: {error['msg']}" if where else str(error["msg"])
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


async def _receive_crate(
    request: Request, crate_dir: Path, name: str, version: str
) -> tuple[Path, str]:
    """Stream the body into ``crate_dir/uploads/<sha256>/<name>-<version>.crate`` while
    hashing it; the size limit is counted as it arrives (``BodyLimit``)."""
    uploads = crate_dir / "uploads"
    await run_in_threadpool(uploads.mkdir, parents=True, exist_ok=True)
    partial = uploads / f".upload-{secrets.token_hex(8)}.part"
    digest = hashlib.sha256()
    size = 0
    try:
        with partial.open("xb") as out:
            async for chunk in request.stream():
                if size == 0 and chunk and not chunk.startswith(_GZIP_MAGIC[: len(chunk)]):
                    raise ApiError(400, "the body is not a .crate (not gzip)")
                digest.update(chunk)
                size += len(chunk)
                out.write(chunk)
        if size == 0:
            raise ApiError(400, "empty body: send the .crate")
        actual = digest.hexdigest()
        final = uploads / actual / f"{name}-{version}.crate"
        final.parent.mkdir(exist_ok=True)
        partial.replace(final)
        return final, actual
    finally:
        partial.unlink(missing_ok=True)
