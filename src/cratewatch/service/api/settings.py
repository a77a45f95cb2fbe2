"""What the API and the reviewers' page are configured with. Plain values: the CLI
builds them without importing the web framework."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from cratewatch.service.model import Published, Role

__all__ = ["KIB", "MIB", "ApiSettings", "PublishHook"]

KIB = 1024
MIB = 1024 * KIB

#: What the publish hook hands a ``Published`` event to; True when it was news (the
#: service records it and enqueues its screening), False when already known.
PublishHook = Callable[[Published], bool | None]


class ApiSettings(NamedTuple):
    """``crate_dir``: where the service keeps fetched archives
    (``<name>-<version>-<sha256>.crate``); the page reads the code around each finding
    there, and the publish hook keeps uploads under ``crate_dir/uploads/``. Without it
    the page shows findings without code and uploads are refused.

    ``public_reads``: every read (API, page, metrics) without a token. Writes always need
    one. ``publish_role``: the role the publish hook needs; ``publish_secret``: a
    dedicated bearer secret accepted by the publish hook alone (a registry's hook needs
    no reviewer token that could also triage).

    ``session_key``: signs the page's session cookies and form tokens; None draws one
    at start-up (sessions then end when the server stops). ``secure_cookies`` adds the
    ``Secure`` flag (set it behind HTTPS)."""

    crate_dir: Path | None = None
    public_reads: bool = False
    publish_role: Role = Role.REVIEWER
    publish_secret: str | None = None
    session_key: bytes | None = None
    session_lifetime: dt.timedelta = dt.timedelta(hours=12)
    secure_cookies: bool = False
    max_json_bytes: int = 64 * KIB
    max_upload_bytes: int = 64 * MIB
