"""The HTTP API and the reviewers' web page, one ASGI app (see docs/service.md, "API and
web page"). ``create_app`` imports the web framework: the CLI imports this package only
when it serves."""

from __future__ import annotations

from cratewatch.service.api.app import create_app
from cratewatch.service.api.settings import ApiSettings, PublishHook

__all__ = ["ApiSettings", "PublishHook", "create_app"]
