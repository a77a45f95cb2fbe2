"""The service's settings: ``[service]`` of ``cratewatch.toml``, overridden by flags.

[service]
store = "sqlite:///var/lib/cratewatch/service.sqlite3"   # or postgresql://user@host/db
listen = "127.0.0.1:8786"
workers = 2
poll-interval = 10                       # seconds between two polls of a feed
registry = "crates.io"                   # sparse index the archives are downloaded from
git-index = "https://github.com/rust-lang/crates.io-index"   # feeds: any of these
rss = "https://static.crates.io/rss/updates.xml"
inbox = "/srv/mirror/inbox"
crate-dir = "/var/lib/cratewatch/crates" # where fetched archives are kept
public-reads = false
time-limit = 120                         # seconds one screening may take
advisory-db = "/srv/advisory-db"         # like --db (default: the clone of `db update`)
owners-dump = "/srv/db-dump.tar.gz"      # crates.io's database dump: owners and publishers

[[service.webhook]]
url = "https://hooks.example.org/cratewatch"
secret = "..."

[service.email]
host = "smtp.example.org"
port = 25
from = "cratewatch@example.org"
to = ["security@example.org"]
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from cratewatch.errors import ConfigError

__all__ = ["ServiceSettings", "load_service_settings"]

_KEYS = {
    "store",
    "listen",
    "workers",
    "poll-interval",
    "registry",
    "git-index",
    "rss",
    "inbox",
    "crate-dir",
    "public-reads",
    "time-limit",
    "webhook",
    "email",
    "advisory-db",
    "owners-dump",
}


class ServiceSettings(NamedTuple):
    store: str | None = None  # None: the default store in the user data directory
    listen: str = "127.0.0.1:8786"
    workers: int = 2
    poll_interval: float = 10.0
    registry: str = "crates.io"
    git_index: str | None = None
    rss: str | None = None
    inbox: Path | None = None
    crate_dir: Path | None = None  # None: beside the default store
    public_reads: bool = False
    time_limit: float = 120.0
    webhooks: tuple[tuple[str, str], ...] = ()  # (url, secret)
    email: dict[str, Any] | None = None
    advisory_db: tuple[str, ...] = ()  # --db sources; empty: the RustSec clone or snapshot
    owners_dump: Path | None = None  # a crates.io database dump, imported again when it changes

    @property
    def host_port(self) -> tuple[str, int]:
        host, _, port = self.listen.rpartition(":")
        if not host or not port.isdigit():
            raise ConfigError(f"listen: {self.listen!r} is not HOST:PORT")
        return host, int(port)


def load_service_settings(path: Path | None) -> ServiceSettings:
    """``[service]`` of the configuration file at ``path`` (defaults without one)."""
    if path is None:
        return ServiceSettings()
    from cratewatch.audit.config import read_document

    table = read_document(path).get("service", {})
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [service] must be a table")
    unknown = set(table) - _KEYS
    if unknown:
        raise ConfigError(f"{path}: unknown key(s) in [service]: {', '.join(sorted(unknown))}")

    def text(key: str) -> str | None:
        value = table.get(key)
        if value is not None and not (isinstance(value, str) and value.strip()):
            raise ConfigError(f"{path}: service.{key} must be a non-empty string")
        return value

    def number(key: str, default: float) -> float:
        value = table.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
            raise ConfigError(f"{path}: service.{key} must be a positive number")
        return float(value)

    webhooks = []
    for index, hook in enumerate(table.get("webhook", [])):
        if not isinstance(hook, dict) or not all(
            isinstance(hook.get(k), str) and hook[k] for k in ("url", "secret")
        ):
            raise ConfigError(f"{path}: service.webhook #{index + 1} needs a url and a secret")
        webhooks.append((hook["url"], hook["secret"]))
    email = table.get("email")
    if email is not None and not (
        isinstance(email, dict)
        and isinstance(email.get("host"), str)
        and isinstance(email.get("from"), str)
        and isinstance(email.get("to"), list)
    ):
        raise ConfigError(f"{path}: [service.email] needs host, from and to")
    relative = path.parent
    inbox, crate_dir = text("inbox"), text("crate-dir")
    owners_dump = text("owners-dump")
    public = table.get("public-reads", False)
    if not isinstance(public, bool):
        raise ConfigError(f"{path}: service.public-reads must be true or false")
    return ServiceSettings(
        store=text("store"),
        listen=text("listen") or "127.0.0.1:8786",
        workers=int(number("workers", 2)),
        poll_interval=number("poll-interval", 10),
        registry=text("registry") or "crates.io",
        git_index=text("git-index"),
        rss=text("rss"),
        inbox=relative / inbox if inbox else None,
        crate_dir=relative / crate_dir if crate_dir else None,
        public_reads=public,
        time_limit=number("time-limit", 120),
        webhooks=tuple(webhooks),
        email=email,
        advisory_db=tuple(db for db in (text("advisory-db"),) if db is not None),
        owners_dump=relative / owners_dump if owners_dump else None,
    )
