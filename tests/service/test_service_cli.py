"""The service's commands as users run them: ``serve`` in a process of its own on
127.0.0.1 with an inbox feed, and ``submit``, ``triage`` and ``token`` on its store."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.cli.test_audit_cli import run
from tests.service.ports import free_port
from tests.service.support import INCIDENTS, pack_directory, simple_crate


def test_serve_screens_what_the_inbox_receives_and_stops_on_sigterm(tmp_path: Path) -> None:
    store = f"sqlite:///{tmp_path / 'service.sqlite3'}"
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    port = free_port()
    env = {**os.environ, "NO_PROXY": "127.0.0.1", "no_proxy": "127.0.0.1"}
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "cratewatch",
            "serve",
            "--no-config",
            "--store",
            store,
            "--listen",
            f"127.0.0.1:{port}",
            "--inbox",
            str(inbox),
            "--public-reads",
            "--poll-interval",
            "0.2",
            "--workers",
            "1",
            "--registry",
            "http://127.0.0.1:9/",
        ],
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        crate, name, version = pack_directory(INCIDENTS / "evm-units-loader", tmp_path / "built")
        shutil.copyfile(crate, inbox / crate.name)
        found = None
        deadline = time.monotonic() + 60
        with httpx.Client(trust_env=False, timeout=5) as client:
            while time.monotonic() < deadline and found is None:
                try:
                    answer = client.get(f"http://127.0.0.1:{port}/api/v1/versions?crate={name}")
                except httpx.TransportError:
                    time.sleep(0.3)
                    continue
                items = answer.json().get("items", [])
                if items and items[0].get("risk"):
                    found = items[0]
                else:
                    time.sleep(0.3)
            health = client.get(f"http://127.0.0.1:{port}/api/v1/health")
        assert found is not None, "the inbox's crate was not screened"
        assert found["version"] == version and found["state"] == "needs-review"
        assert health.status_code == 200
    finally:
        server.send_signal(signal.SIGTERM)
        _, stderr = server.communicate(timeout=30)
    assert "Traceback" not in stderr


def test_submit_token_and_triage_on_a_store(tmp_path: Path) -> None:
    store = f"sqlite:///{tmp_path / 'service.sqlite3'}"
    crate = simple_crate(tmp_path / "built", "parsely", "1.0.0")
    submitted = run("submit", "--no-config", "--store", store, crate)
    assert submitted.exit_code == 0 and "parsely 1.0.0: queued" in submitted.stdout
    again = run("submit", "--no-config", "--store", store, crate)
    assert "already known" in again.stdout
    listed = run("triage", "list", "--no-config", "--store", store, "--format", "json")
    [row] = json.loads(listed.stdout)
    assert (row["crate"], row["state"]) == ("parsely", None)  # queued, not screened yet
    decided = run(
        "triage",
        "set",
        "--no-config",
        "--store",
        store,
        "parsely",
        "1.0.0",
        "false-positive",
        "--why",
        "our own crate",
        "--who",
        "alice",
    )
    assert decided.exit_code == 0
    assert "false-positive by alice: our own crate" in decided.stdout
    created = run("token", "create", "--no-config", "--store", store, "ci", "--role", "reviewer")
    assert created.exit_code == 0 and "(reviewer): " in created.stdout
    tokens = run("token", "list", "--no-config", "--store", store)
    assert "reviewer\tci\tactive" in tokens.stdout
    secret = created.stdout.rsplit(": ", 1)[1].strip()
    assert secret not in tokens.stdout
    missing = run("triage", "show", "--no-config", "--store", store, "ghost", "1.0.0")
    assert missing.exit_code == 2 and "ghost 1.0.0: not in the store" in missing.stderr
