"""What every request handler reaches: the store, the settings, the session signer,
the publish hook; and who is calling (API tokens, page sessions) with the role checks."""

from __future__ import annotations

from typing import NamedTuple

from fastapi import HTTPException, Request

from cratewatch.service.api.sessions import SESSION_COOKIE, SessionSigner
from cratewatch.service.api.settings import ApiSettings, PublishHook
from cratewatch.service.model import Role, VersionKey
from cratewatch.service.store import Store, VersionRow

__all__ = ["ApiError", "Caller", "Context", "bearer", "context", "resolve_version"]

MAX_SECRET_LENGTH = 200


class ApiError(HTTPException):
    """An error answered as ``{"error": message}`` (an HTML page on the page's routes)."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(status, message, headers)


class Caller(NamedTuple):
    """Who makes a request: a token (its id, name and role), or nobody (reads that the
    settings make public)."""

    token_id: int | None
    name: str
    role: Role | None

    def may(self, needed: Role) -> bool:
        return self.role is not None and self.role.allows(needed)


ANONYMOUS = Caller(None, "anonymous", None)


class Context:
    def __init__(self, store: Store, settings: ApiSettings, on_publish: PublishHook) -> None:
        self.store = store
        self.settings = settings
        self.on_publish = on_publish
        self.signer = SessionSigner(
            settings.session_key, int(settings.session_lifetime.total_seconds())
        )


def context(request: Request) -> Context:
    ctx: Context = request.app.state.cratewatch
    return ctx


def bearer(request: Request) -> str | None:
    """The secret of an ``Authorization: Bearer`` header; None without the header."""
    header = request.headers.get("authorization")
    if header is None:
        return None
    scheme, _, secret = header.partition(" ")
    secret = secret.strip()
    if scheme.lower() != "bearer" or not secret or len(secret) > MAX_SECRET_LENGTH:
        raise ApiError(401, "malformed Authorization header: use Bearer <token>", _CHALLENGE)
    return secret


_CHALLENGE = {"WWW-Authenticate": 'Bearer realm="cratewatch"'}


def api_caller(request: Request, needed: Role) -> Caller:
    """The caller of an API request, who must hold ``needed``; reads are open to
    anyone when the settings say so."""
    ctx = context(request)
    secret = bearer(request)
    if secret is None:
        if needed is Role.READER and ctx.settings.public_reads:
            return ANONYMOUS
        raise ApiError(401, "this needs a token: send Authorization: Bearer <token>", _CHALLENGE)
    info = ctx.store.find_token(secret)
    if info is None:
        raise ApiError(401, "unknown or revoked token", _CHALLENGE)
    caller = Caller(info.id, info.name, info.role)
    if not caller.may(needed):
        raise ApiError(403, f"this needs the {needed} role; the token has {info.role}")
    return caller


def page_caller(request: Request) -> Caller:
    """The signed-in reviewer of a page request (a live token named by the session
    cookie), else nobody."""
    ctx = context(request)
    session = ctx.signer.open(request.cookies.get(SESSION_COOKIE))
    if session is None:
        return ANONYMOUS
    info = ctx.store.token(session.token_id)
    if info is None or info.revoked is not None:
        return ANONYMOUS
    return Caller(info.id, info.name, info.role)


def resolve_version(store: Store, name: str, version: str, checksum: str | None) -> VersionRow:
    """The version a URL names; ``checksum`` picks among copies of one version that
    differ in their bytes (a 409 lists them when it is needed and missing)."""
    if checksum is not None:
        detail = store.version(VersionKey(name, version, checksum.lower()))
        if detail is None:
            raise ApiError(404, f"no version {name} {version} with checksum {checksum}")
        return detail.version
    rows = [r for r in store.crate_history(name) if r.key.version == version]
    if not rows:
        raise ApiError(404, f"no version {name} {version}")
    if len(rows) > 1:
        listed = ", ".join(r.key.checksum or "(none)" for r in rows)
        raise ApiError(
            409, f"{name} {version} was seen with several checksums ({listed}): pass ?checksum="
        )
    return rows[0]
