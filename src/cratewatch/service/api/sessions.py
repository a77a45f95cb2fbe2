"""The page's sessions and form tokens, signed with the server's key.

A session cookie holds a token's id, when it expires and a random nonce, with an
HMAC-SHA-256 over them: never the token's secret. Every request checks the signature,
the expiry and that the token is still live in the store, so revoking a token ends its
sessions at once. A form token is an HMAC of the session cookie (or, before signing
in, of a one-off nonce cookie): a page on another site cannot know it, so a forged
form post fails even where ``SameSite=Strict`` is not honoured.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
from typing import NamedTuple

__all__ = ["Session", "SessionSigner"]

SESSION_COOKIE = "cw_session"
LOGIN_COOKIE = "cw_login"


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


class Session(NamedTuple):
    token_id: int
    expires: int  # Unix time


class SessionSigner:
    def __init__(self, key: bytes | None, lifetime_seconds: int) -> None:
        self._key = key or secrets.token_bytes(32)
        self.lifetime = lifetime_seconds

    def _mac(self, purpose: str, text: str) -> str:
        return _b64(hmac.new(self._key, f"{purpose}\0{text}".encode(), hashlib.sha256).digest())

    def issue(self, token_id: int, now: float | None = None) -> str:
        expires = int((time.time() if now is None else now) + self.lifetime)
        body = f"{token_id}.{expires}.{secrets.token_urlsafe(12)}"
        return f"{body}.{self._mac('session', body)}"

    def open(self, cookie: str | None, now: float | None = None) -> Session | None:
        """The session a cookie holds; None when absent, forged or expired."""
        if not cookie or len(cookie) > 200:
            return None
        body, _, mac = cookie.rpartition(".")
        if not hmac.compare_digest(mac, self._mac("session", body)):
            return None
        parts = body.split(".")
        if len(parts) != 3 or not parts[0].isdigit() or not parts[1].isdigit():
            return None
        session = Session(int(parts[0]), int(parts[1]))
        if session.expires <= (time.time() if now is None else now):
            return None
        return session

    def form_token(self, bound_to: str) -> str:
        """The token a form carries, bound to a session cookie (or a sign-in nonce)."""
        return self._mac("form", bound_to)

    def check_form_token(self, bound_to: str | None, token: str | None) -> bool:
        if not bound_to or not token:
            return False
        return hmac.compare_digest(token, self.form_token(bound_to))


def new_nonce() -> str:
    return secrets.token_urlsafe(16)
