"""The reviewers' page in a real browser (Debian's Chromium driven by Playwright):
sign in, open a flagged version, mark it, restart the server on the same store and find
the decision kept; crates whose names and files carry markup stay text."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from cratewatch.service.store import Store
from tests.service.api.support import HOSTILE_NAME, make_tokens, seed
from tests.service.ports import free_port

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[3]
BROWSER_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

playwright = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed")


@contextmanager
def serving(store_url: str, crate_dir: Path, key: str) -> Iterator[str]:
    """The app in its own process, as ``cratewatch serve`` runs it; its base URL."""
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.service.api.serve",
            store_url,
            str(crate_dir),
            str(port),
            key,
        ],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                assert process.stderr is not None
                pytest.fail(f"the server stopped: {process.stderr.read().decode()[-2000:]}")
            try:
                if httpx.get(f"{base}/api/v1/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_mark_a_version_and_find_it_after_a_restart(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'service.sqlite3'}"
    crate_dir = tmp_path / "crates"
    with Store(url) as store:
        seed(store, crate_dir, tmp_path / "work")
        tokens = make_tokens(store)
    key = secrets.token_hex(32)
    reason = "build.rs sends the host to 192.0.2.1 and runs a shell"

    with playwright.sync_playwright() as driver:
        browser = driver.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=BROWSER_ARGS
        )
        page = browser.new_context().new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))

        with serving(url, crate_dir, key) as base:
            page.goto(f"{base}/")
            assert page.url.startswith(f"{base}/login")
            page.fill("input[name=token]", tokens.reviewer)
            page.get_by_role("button", name="Sign in").click()
            page.wait_for_url(f"{base}/")
            assert "vera-reviewer" in page.inner_text("header")

            page.get_by_role("link", name="util 0.3.2").first.click()
            page.wait_for_selector("h1")
            assert "needs-review" in page.inner_text("#state")
            assert page.locator(".code .hit", has_text="TcpStream::connect").count() >= 1
            page.fill("textarea[name=why]", reason)
            page.get_by_role("button", name="confirmed-malicious").click()
            page.wait_for_selector("#state .state-confirmed-malicious")
            assert reason in page.inner_text("#triage-log")

        with serving(url, crate_dir, key) as base:
            # a new process on the same store; the session cookie is still good
            page.goto(f"{base}/")
            page.get_by_role("link", name="util 0.3.2").first.click()
            page.wait_for_selector("h1")
            assert "confirmed-malicious" in page.inner_text("#state")
            log = page.inner_text("#triage-log")
            assert reason in log and "vera-reviewer" in log and "needs-review" in log

            # a hostile name is text: no dialog, no element made from it
            page.goto(f"{base}/")
            page.get_by_role("link", name=f"{HOSTILE_NAME} 6.6.6").first.click()
            page.wait_for_selector("h1")
            assert page.inner_text("h1") == f"{HOSTILE_NAME} 6.6.6"
            assert_inert(page)
            page.goto(f"{base}/crates/evil/1.0.0")
            code = page.inner_text(".code >> nth=0")
            assert "// </pre><script>alert(4)</script>" in code
            assert "javascript:alert(3)" in page.inner_text("body")
            assert_inert(page)
        browser.close()
    assert dialogs == []


def assert_inert(page: object) -> None:
    counts = page.evaluate(  # type: ignore[attr-defined]
        """() => ({
            scripts: document.scripts.length,
            images: document.images.length,
            handlers: document.querySelectorAll('[onerror], [onload], [onclick]').length,
            jsLinks: [...document.links].filter(a => a.protocol === 'javascript:').length,
        })"""
    )
    assert counts == {"scripts": 0, "images": 0, "handlers": 0, "jsLinks": 0}
