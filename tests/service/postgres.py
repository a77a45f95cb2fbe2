"""A real PostgreSQL server for the store's tests, started on a temporary data directory.

``initdb`` and ``pg_ctl`` of Debian's ``postgresql`` package (or any found on ``PATH``)
run a throw-away cluster on a free port of 127.0.0.1, with ``trust`` authentication for
local TCP connections only. PostgreSQL refuses to run as root, so as root the server runs
as the unprivileged ``postgres`` account (Debian's package creates it; a system account
of our own is created otherwise) and its data directory belongs to that account.

Missing binaries fail the PostgreSQL tests, because CI must run them; a developer
without PostgreSQL sets ``CRATEWATCH_SKIP_POSTGRES=1`` to skip them with a reason.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from tests.service.ports import free_port

SKIP_VARIABLE = "CRATEWATCH_SKIP_POSTGRES"
SUPERUSER = "cratewatch"
SERVICE_ACCOUNT = "postgres"


class PostgresServer(NamedTuple):
    host: str
    port: int
    data: Path

    def url(self, database: str) -> str:
        return f"postgresql://{SUPERUSER}@{self.host}:{self.port}/{database}"


def find_bindir() -> Path | None:
    """The newest server of Debian's packages, else the one whose ``initdb`` is on PATH."""
    debian = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parts[-3]) if p.parts[-3].isdigit() else 0,
    )
    if debian:
        return debian[-1].parent
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def require_bindir() -> Path:
    bindir = find_bindir()
    if bindir is not None:
        return bindir
    if os.environ.get(SKIP_VARIABLE) == "1":
        pytest.skip(f"PostgreSQL tests skipped: {SKIP_VARIABLE}=1 and no initdb found")
    pytest.fail(
        "PostgreSQL server binaries (initdb, pg_ctl) not found: install Debian's "
        f"postgresql package, or set {SKIP_VARIABLE}=1 to skip these tests locally",
        pytrace=False,
    )


def _account() -> pwd.struct_passwd | None:
    """Who runs the server: nobody special unless we are root."""
    if os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam(SERVICE_ACCOUNT)
    except KeyError:
        subprocess.run(
            ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin",
             SERVICE_ACCOUNT],
            check=True,
        )  # fmt: skip
        return pwd.getpwnam(SERVICE_ACCOUNT)


def _run(args: list[str], account: pwd.struct_passwd | None, **kwargs: Any) -> None:
    as_user: dict[str, Any] = {}
    env = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8")
    if account is not None:
        as_user = {"user": account.pw_uid, "group": account.pw_gid, "extra_groups": []}
        env["HOME"] = account.pw_dir
    result = subprocess.run(args, env=env, capture_output=True, text=True, **as_user, **kwargs)
    if result.returncode != 0:
        raise RuntimeError(
            f"{Path(args[0]).name} failed ({result.returncode}): {result.stderr.strip()}"
        )


@contextlib.contextmanager
def running_server() -> Iterator[PostgresServer]:
    bindir = require_bindir()
    account = _account()
    # Not under pytest's own temporary directory: its parents are private to root, and
    # the server's account must reach its data directory.
    root = Path(tempfile.mkdtemp(prefix="cratewatch-pg-"))
    data = root / "data"
    data.mkdir()
    if account is not None:
        for path in (root, data):
            os.chown(path, account.pw_uid, account.pw_gid)
    try:
        _run(
            [str(bindir / "initdb"), "-D", str(data), "-U", SUPERUSER, "--auth=trust",
             "-E", "UTF8", "--no-sync", "--no-instructions"],
            account,
        )  # fmt: skip
        port = 0
        for _attempt in range(3):
            port = free_port()
            options = (
                f"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={root} "
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                "-c max_connections=100"
            )
            try:
                _run(
                    [str(bindir / "pg_ctl"), "-D", str(data), "-o", options,
                     "-l", str(root / "server.log"), "-w", "-t", "60", "start"],
                    account,
                )  # fmt: skip
                break
            except RuntimeError:
                # Another process may have taken the free port between our look and
                # the server's bind: try another.
                log = root / "server.log"
                if _attempt == 2:
                    raise RuntimeError(
                        "PostgreSQL did not start: "
                        + (log.read_text()[-2000:] if log.exists() else "no log")
                    ) from None
        try:
            yield PostgresServer("127.0.0.1", port, data)
        finally:
            _run([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
                 account)  # fmt: skip
    finally:
        shutil.rmtree(root, ignore_errors=True)


def create_database(server: PostgresServer, name: str) -> str:
    """A new, empty database on ``server``; returns its store URL."""
    import psycopg

    with psycopg.connect(
        host=server.host, port=server.port, user=SUPERUSER, dbname="postgres", autocommit=True
    ) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return server.url(name)
