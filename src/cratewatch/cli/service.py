"""The service's commands: ``serve``, ``watch``, ``submit``, ``triage`` and ``token``.

``serve`` runs everything (the feeds, worker processes, the notifications and the HTTP
API with the reviewers' page) until SIGTERM or Ctrl-C; ``watch`` only the feeds and the
workers. ``submit`` puts one version in the queue, ``triage`` reads and sets reviewers'
decisions, ``token`` manages the API's tokens: all three work on the store directly.
Settings come from ``[service]`` of ``cratewatch.toml`` (see ``service/settings.py``),
flags override them. The service's libraries are imported only here, when a service
command runs.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cratewatch.errors import UsageError

if TYPE_CHECKING:
    from cratewatch.service.settings import ServiceSettings
    from cratewatch.service.store import Store

__all__ = ["add_service_parsers", "crate_dir"]


def _settings(args: argparse.Namespace) -> ServiceSettings:
    from cratewatch.audit.config import find_config
    from cratewatch.service.settings import load_service_settings

    config = None if args.no_config else (args.config or find_config(Path.cwd()))
    settings = load_service_settings(config)
    overrides = {
        "store": args.store,
        "listen": getattr(args, "listen", None),
        "workers": getattr(args, "workers", None),
        "registry": getattr(args, "registry", None),
        "git_index": getattr(args, "git_index", None),
        "rss": getattr(args, "rss", None),
        "inbox": getattr(args, "inbox", None),
        "crate_dir": getattr(args, "crate_dir", None),
        "poll_interval": getattr(args, "poll_interval", None),
        "owners_dump": getattr(args, "owners_dump", None),
    }
    settings = settings._replace(**{k: v for k, v in overrides.items() if v is not None})
    if getattr(args, "public_reads", False):
        settings = settings._replace(public_reads=True)
    return settings


def _store(settings: ServiceSettings) -> Store:
    from cratewatch.service.store import Store

    return Store(settings.store)


def crate_dir(chosen: Path | None, store: Store) -> Path:
    """Where the store's archives are kept: ``chosen`` (``--crate-dir``, ``crate-dir``
    of ``[service]``), else beside an SQLite store, else in the user cache."""
    if chosen is not None:
        return chosen
    if store.dialect == "sqlite":  # beside the database file
        database = store.engine.url.database
        return Path(str(database)).parent / "crates"
    from cratewatch.cachedir import user_cache_dir

    return user_cache_dir() / "service-crates"


def _feeds(settings: ServiceSettings) -> list[Any]:
    feeds: list[Any] = []
    if settings.git_index:
        from cratewatch.service.feeds.git_index import GitIndexFeed

        feeds.append(GitIndexFeed(settings.git_index))
    if settings.rss:
        from cratewatch.registry.download import IndexVersions
        from cratewatch.service.feeds.rss import RssFeed

        # An item of crates.io's new-crates feed names no version: the versions are
        # those the index of the registry the workers download from lists.
        feeds.append(RssFeed(settings.rss, versions_of=IndexVersions(settings.registry)))
    if settings.inbox is not None:
        from cratewatch.service.feeds.inbox import InboxFeed

        feeds.append(InboxFeed(settings.inbox))
    return feeds


def _targets(settings: ServiceSettings) -> dict[str, Any]:
    from cratewatch.service.notify import EmailTarget, WebhookTarget

    targets: dict[str, Any] = {
        f"webhook-{i}": WebhookTarget(url, secret)
        for i, (url, secret) in enumerate(settings.webhooks)
    }
    if settings.email:
        email = settings.email
        targets["email"] = EmailTarget(
            str(email["host"]),
            int(email.get("port", 25)),
            str(email["from"]),
            tuple(str(to) for to in email["to"]),
            starttls=bool(email.get("starttls", False)),
            username=email.get("username"),
            password=email.get("password"),
        )
    return targets


def _service(settings: ServiceSettings, store: Store) -> Any:
    from cratewatch.registry.download import CrateDownloader
    from cratewatch.service.runner import Service
    from cratewatch.service.worker import WorkerSettings

    del CrateDownloader  # imported before forking: every worker inherits it loaded
    targets = _targets(settings)
    worker = WorkerSettings(
        crate_dir(settings.crate_dir, store),
        settings.registry,
        time_limit=settings.time_limit,
        notify_channels=tuple(targets),
    )
    from cratewatch.service.store import default_store_url

    def advisories() -> Any:
        from cratewatch.advisories.database import open_database
        from cratewatch.cachedir import user_cache_dir

        # the RustSec clone that `cratewatch db update` keeps fresh, else the snapshot
        return open_database(list(settings.advisory_db), user_cache_dir(), offline=True)

    return Service(
        settings.store or default_store_url(),  # the URL as given: with its password
        worker,
        _feeds(settings),
        workers=settings.workers,
        poll_interval=settings.poll_interval,
        targets=targets,
        advisories=advisories,
        owners_dump=_owners_dump(settings),
    )


def _owners_dump(settings: ServiceSettings) -> Path | None:
    """The database dump to import owners from; its reader (DuckDB) is the ecosystem
    extra's, checked here rather than at the first import."""
    import importlib.util

    if settings.owners_dump is not None and importlib.util.find_spec("duckdb") is None:
        raise UsageError(
            "--owners-dump needs the 'ecosystem' extra (duckdb is not installed): "
            "pip install 'cratewatch[ecosystem]'"
        )
    return settings.owners_dump


class _OneLine(logging.Formatter):
    """``cratewatch: <message>`` on one line: a message may quote what a feed or a
    registry said, which is escaped before it reaches a terminal."""

    def format(self, record: logging.LogRecord) -> str:
        from cratewatch.untrusted.text import printable_line

        return "cratewatch: " + printable_line(record.getMessage())


def _log_to_stderr() -> None:
    """The service's progress (imports, advisory syncs, feed problems) on stderr."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_OneLine())
    logger = logging.getLogger("cratewatch")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from cratewatch.service.api import ApiSettings, create_app

    settings = _settings(args)
    host, port = settings.host_port
    store = _store(settings)
    service = _service(settings, store)
    app = create_app(
        store,
        ApiSettings(
            crate_dir=crate_dir(settings.crate_dir, store), public_reads=settings.public_reads
        ),
    )
    _log_to_stderr()
    service.start()
    print(
        f"cratewatch: serving on http://{host}:{port}/ (store {store.url}; "
        f"{settings.workers} workers; {len(service.feeds)} feeds)",
        file=sys.stderr,
    )
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning")
    finally:
        service.stop()
        store.close()
    return 0


def cmd_watch(args: argparse.Namespace) -> int:
    import threading

    settings = _settings(args)
    with _store(settings) as store:
        service = _service(settings, store)
        if not service.feeds:
            raise UsageError("watch: no feed (give --git-index, --rss or --inbox)")
        _log_to_stderr()
        service.start()
        print(f"cratewatch: watching {len(service.feeds)} feeds", file=sys.stderr)
        try:
            threading.Event().wait()  # until SIGTERM or Ctrl-C
        finally:
            service.stop()
    return 0


def cmd_submit(args: argparse.Namespace) -> int:
    import datetime as dt
    import hashlib
    import shutil

    from cratewatch.registry.download import parse_crate_spec
    from cratewatch.service.model import Published
    from cratewatch.untrusted.files import read_regular_file

    settings = _settings(args)
    now = dt.datetime.now(dt.UTC)
    with _store(settings) as store:
        target = Path(args.target)
        if target.name.endswith(".crate") and (target.exists() or target.is_symlink()):
            data = read_regular_file(target, max_bytes=64 * 1024 * 1024)
            stem = target.name.removesuffix(".crate")
            name, _, version = stem.rpartition("-")
            if not name or not version:
                raise UsageError(f"{target}: the file name must be NAME-VERSION.crate")
            checksum = hashlib.sha256(data).hexdigest()
            kept = crate_dir(settings.crate_dir, store) / "submitted" / checksum / target.name
            kept.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(target, kept)
            event = Published(name, version, checksum, "submit", now, crate_path=str(kept))
        else:
            name, maybe = parse_crate_spec(args.target)
            if maybe is None:
                raise UsageError(f"{args.target!r}: give NAME@VERSION or a .crate file")
            event = Published(name, maybe, None, "submit", now)
        new = store.record_event(event)
    print(f"{event.name} {event.version}: {'queued' if new else 'already known'}")
    return 0


def cmd_triage(args: argparse.Namespace) -> int:
    from cratewatch.service.model import Risk, TriageState
    from cratewatch.service.store import VersionFilter
    from cratewatch.untrusted.text import printable_line

    settings = _settings(args)
    with _store(settings) as store:
        if args.triage_command == "list":
            page = store.versions(
                VersionFilter(
                    crate=args.crate,
                    risk=Risk(args.risk) if args.risk else None,
                    state=TriageState(args.state) if args.state else None,
                ),
                limit=args.limit,
            )
            rows = [
                {
                    "crate": r.key.name,
                    "version": r.key.version,
                    "checksum": r.key.checksum,
                    "risk": r.risk.value if r.risk else None,
                    "state": r.state.value if r.state else None,
                    "first_seen": r.first_seen.isoformat(),
                }
                for r in page.items
            ]
            if args.format == "json":
                print(json.dumps(rows, indent=2))
            else:
                for row in rows:
                    print(
                        printable_line(
                            f"{row['crate']} {row['version']}: {row['state'] or 'unscreened'}"
                            f" (risk {row['risk'] or '-'}, seen {row['first_seen']})"
                        )
                    )
            return 0
        key = _key(store, args.name, args.version)
        if args.triage_command == "set":
            store.set_triage(key, TriageState(args.state), args.who, args.why)
        detail = store.version(key)
        assert detail is not None
        print(printable_line(f"{key.name} {key.version} ({key.checksum or 'no checksum'})"))
        for screening in detail.screenings[-1:]:
            print(f"  risk: {screening.risk.value}")
            for signal in screening.signals:
                print(printable_line(f"  {signal.code} ({signal.risk.value}): {signal.message}"))
        for entry in detail.triage:
            print(
                printable_line(
                    f"  {entry.at:%Y-%m-%d %H:%M} {entry.state.value} by {entry.who}: {entry.why}"
                )
            )
    return 0


def _key(store: Store, name: str, version: str) -> Any:
    rows = [r for r in store.crate_history(name) if r.key.version == version]
    if not rows:
        raise UsageError(f"{name} {version}: not in the store")
    if len(rows) > 1:
        raise UsageError(f"{name} {version}: seen with {len(rows)} checksums")
    return rows[0].key


def cmd_token(args: argparse.Namespace) -> int:
    from cratewatch.service.model import Role

    settings = _settings(args)
    with _store(settings) as store:
        if args.token_command == "create":
            token = store.create_token(args.name, Role(args.role))
            print(f"token {token.id} ({args.role}): {token.secret}")
            print("the secret is shown once: keep it", file=sys.stderr)
        elif args.token_command == "revoke":
            if not store.revoke_token(args.id):
                raise UsageError(f"no token {args.id}")
        else:
            for info in store.tokens():
                state = f"revoked {info.revoked:%Y-%m-%d}" if info.revoked else "active"
                print(f"{info.id}\t{info.role.value}\t{info.name}\t{state}")
    return 0


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--store", metavar="URL", help="sqlite:///PATH or postgresql://...")
    parser.add_argument("--config", type=Path, help="configuration file (default: found upward)")
    parser.add_argument("--no-config", action="store_true", help="ignore any cratewatch.toml")
    parser.add_argument("-v", "--verbose", action="store_true", help="more detail on errors")


def _runtime(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--workers", type=int, help="worker processes (default 2)")
    parser.add_argument("--registry", metavar="URL", help="sparse index to download from")
    parser.add_argument("--git-index", metavar="URL", help="feed: a git registry index")
    parser.add_argument("--rss", metavar="URL", help="feed: crates.io's RSS feed of updates")
    parser.add_argument("--inbox", type=Path, metavar="DIR", help="feed: a directory of .crate")
    parser.add_argument("--crate-dir", type=Path, metavar="DIR", help="where archives are kept")
    parser.add_argument("--poll-interval", type=float, metavar="SECONDS")
    parser.add_argument(
        "--owners-dump",
        type=Path,
        metavar="PATH",
        help="crates.io's db-dump.tar.gz: owners and publishers, imported again when it changes",
    )


def add_service_parsers(commands: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    from cratewatch.service.model import Risk, Role, TriageState  # choices: the model's own

    serve = commands.add_parser("serve", help="run the service: feeds, workers, API and page")
    _common(serve)
    _runtime(serve)
    serve.add_argument("--listen", metavar="HOST:PORT", help="default 127.0.0.1:8786")
    serve.add_argument("--public-reads", action="store_true", help="reads need no token")
    serve.set_defaults(handler=cmd_serve)

    watch = commands.add_parser("watch", help="run the feeds and workers only (no API)")
    _common(watch)
    _runtime(watch)
    watch.set_defaults(handler=cmd_watch)

    submit = commands.add_parser("submit", help="queue one version for screening")
    _common(submit)
    submit.add_argument("target", metavar="NAME@VERSION|FILE.crate")
    submit.set_defaults(handler=cmd_submit)

    triage = commands.add_parser("triage", help="reviewers' decisions on screened versions")
    triage_commands = triage.add_subparsers(
        dest="triage_command", metavar="COMMAND", parser_class=parser_class
    )
    triage_commands.required = True
    listing = triage_commands.add_parser("list", help="versions, newest first")
    _common(listing)
    listing.add_argument("--state", choices=[state.value for state in TriageState])
    listing.add_argument("--risk", choices=[risk.value for risk in Risk])
    listing.add_argument("--crate", metavar="NAME")
    listing.add_argument("--limit", type=int, default=50)
    listing.add_argument("--format", choices=("human", "json"), default="human")
    show = triage_commands.add_parser("show", help="one version: its signals and triage log")
    _common(show)
    show.add_argument("name")
    show.add_argument("version")
    setting = triage_commands.add_parser("set", help="record a decision (kept in the log)")
    _common(setting)
    setting.add_argument("name")
    setting.add_argument("version")
    setting.add_argument("state", choices=[state.value for state in TriageState])
    setting.add_argument("--why", required=True, help="the reason, kept in the log")
    setting.add_argument("--who", default="cli", help="who decides (default: cli)")
    triage.set_defaults(handler=cmd_triage)

    token = commands.add_parser("token", help="API tokens: create, list, revoke")
    token_commands = token.add_subparsers(
        dest="token_command", metavar="COMMAND", parser_class=parser_class
    )
    token_commands.required = True
    create = token_commands.add_parser("create", help="a new token; its secret is shown once")
    _common(create)
    create.add_argument("name")
    create.add_argument("--role", choices=[role.value for role in Role], default=Role.READER.value)
    revoke = token_commands.add_parser("revoke", help="revoke a token by id")
    _common(revoke)
    revoke.add_argument("id", type=int)
    listed = token_commands.add_parser("list", help="every token (never its secret)")
    _common(listed)
    token.set_defaults(handler=cmd_token)
