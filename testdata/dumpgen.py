"""Generators of crates.io database dumps (``db-dump.tar.gz``) for tests and benchmarks.

The format is the one crates.io publishes every day: a gzip-compressed tar whose
members sit under one folder named after the dump time (``2020-10-01-020001/``):
``metadata.json`` (``{"timestamp": ..., "crates_io_commit": ...}``), ``README.md`` and
``data/<table>.csv``, PostgreSQL ``COPY ... WITH CSV HEADER`` exports. Their
conventions, all reproduced here:

* columns in alphabetical order, a header row, ``\\n`` line ends, RFC 4180 quoting
  only where needed (a field holding ``,``, ``"`` or a line break; the empty string is
  written ``""`` because an empty field means NULL);
* booleans ``t``/``f``; timestamps ``2019-03-04 17:10:22.123456`` with the trailing
  zeros of the fraction dropped (``...:22.12``, ``...:22``), as PostgreSQL prints them;
* ``text[]`` columns as array literals (``{}``, ``{derive,std}``, ``{""}``);
* ``jsonb`` columns (``versions.features``) as PostgreSQL renders jsonb: keys ordered
  by length then bytes, ``", "`` and ``": "`` separators
  (``{"std": [], "default": ["std"]}``).

Tables and columns written (the ``TABLE_COLUMNS`` constant): ``crates``, ``versions``,
``dependencies`` (``version_id`` is the depending version, ``crate_id`` the crate
depended on, ``kind`` 0 normal / 1 build / 2 dev), ``crate_owners`` (``owner_kind``
0 user / 1 team), ``users``, ``teams`` and ``version_downloads`` (a few recent days for
the newest versions only, to keep dumps small; always below the version's total).

``dump_from_index_records`` turns registry index records into a dump: crates,
versions and dependencies come from the records, everything the index does not
carry (ids, times, downloads, owners, sizes, editions) is synthetic.

``synthetic_dump`` scales up to today's crates.io (200,000 crates, 2 million versions,
20 million dependency rows by default) with these distributions, chosen to look like
the real registry where a consumer's algorithms care:

* crates are created from 2014-11-11 to the dump time at an exponentially growing
  rate (``e**2`` times more crates per day at the end than at the start), which puts a
  quarter of the crates before 2020 as on crates.io; crate ids follow creation order;
* versions per crate are Lomax (Pareto II) distributed, scaled to the requested total
  and capped at 1,500, plus a quarter of crates published once and never again: a
  third of the crates have one version, the median is 3, a few have hundreds; older
  and more popular crates get more. Versions follow semver order in time: patch bumps
  (60%), minor (36%), major (4%), starting mostly from 0.1.0; 3% pre-releases
  (``-alpha.1``, ``-beta.2``, ``-rc.1``) each followed by its release; 3% yanked;
* dependencies: each crate has a list of dependency targets, drawn without repetition
  from crates created before it (so the normal graph is acyclic) with Zipf-Mandelbrot
  weights ``1 / (rank + 2)`` on a popularity rank that favours old crates: a few crates end up
  depended on by a large share of all crates, as serde, syn and libc are. A version
  depends on a prefix of its crate's list that grows over the crate's life (later
  versions have more dependencies; consecutive versions share them, as in reality).
  Each list entry keeps its kind (75% normal, 5% build, 20% dev), optionality (8% of
  rows, never for dev), target (4%: ``cfg(windows)``, ``cfg(unix)``,
  ``cfg(target_os = "linux")``...), features, ``default-features = false`` and rare
  renames. A few popular crates dev-depend on one of their dependents in their later
  versions: the only cycles, as serde and serde_derive have;
* a requirement points at the newest non-yanked release of the target when the
  depending version was published, or somewhat before (a third of the entries lag
  months behind); its style is drawn per entry: ``1.2.3`` / ``^1.2.3`` (50%), ``1.2``
  (27%), ``1`` (6%), ``~1.2.3``, ``=1.2.3``, ``>=1.2, <2``, ``*``, ``0.3.*``; 0.4% point
  one patch past the newest release (a requirement nothing may match yet);
* version features (``dep:`` and ``crate?/feature`` syntax from 2022 on) name the
  optional dependencies a version really has;
* downloads are log-normal times ``(1 + dependent crates) ** 1.1``: heavy-tailed and
  led by the most depended-on crates; a crate's downloads are the sum of its versions'.
  Owners: 1-3 per crate from a Zipf-weighted pool of users (a few users own hundreds
  of crates), crates of a family (``foo``, ``foo-derive``, ``foo_core``) mostly share
  the owners of the family's first crate, 3% of crates have a team owner.

Everything is deterministic for a given seed (the archive is byte-identical). The
bulk arrays are built with numpy; DuckDB formats and writes the CSV files (on all
cores, twice as fast as joining strings in Python; it quotes and prints timestamps
exactly as PostgreSQL does), and the tar is gzip-compressed at level 1 (the fastest:
about 90 MB/s per core, level 6 is five times slower for a 20% smaller file) with the
deflate blocks compressed in parallel threads into one gzip member, as pigz does.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import random
import re
import struct
import tarfile
import tempfile
import zlib
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, Final, NamedTuple

import duckdb
import numpy as np
import numpy.typing as npt

from cratewatch.errors import VersionError
from cratewatch.model.version import Version

__all__ = [
    "DEFAULT_TIMESTAMP",
    "TABLE_COLUMNS",
    "DumpStats",
    "dump_from_index_records",
    "synthetic_dump",
]

_I64 = npt.NDArray[np.int64]
_F64 = npt.NDArray[np.float64]
_Bool = npt.NDArray[np.bool_]
_Arr = npt.NDArray[Any]

DEFAULT_TIMESTAMP: Final = datetime(2025, 6, 1, 2, 0, 1, tzinfo=UTC)
"""The dump time used when none is given (a fixed one, so that dumps are reproducible)."""

TABLE_COLUMNS: Final[Mapping[str, tuple[str, ...]]] = {
    "crates": (
        "created_at",
        "description",
        "documentation",
        "downloads",
        "homepage",
        "id",
        "max_features",
        "max_upload_size",
        "name",
        "readme",
        "repository",
        "updated_at",
    ),
    "versions": (
        "bin_names",
        "checksum",
        "crate_id",
        "crate_size",
        "created_at",
        "downloads",
        "edition",
        "features",
        "has_lib",
        "id",
        "license",
        "links",
        "num",
        "published_by",
        "rust_version",
        "updated_at",
        "yanked",
    ),
    "dependencies": (
        "crate_id",
        "default_features",
        "explicit_name",
        "features",
        "id",
        "kind",
        "optional",
        "req",
        "target",
        "version_id",
    ),
    "crate_owners": ("crate_id", "created_at", "created_by", "owner_id", "owner_kind"),
    "users": ("gh_avatar", "gh_id", "gh_login", "id", "name"),
    "teams": ("avatar", "github_id", "id", "login", "name", "org_id"),
    "version_downloads": ("date", "downloads", "version_id"),
}
"""Every table of a generated dump and its columns, in file order (alphabetical)."""


class DumpStats(NamedTuple):
    """Row counts of a generated dump."""

    crates: int
    versions: int
    dependencies: int
    dropped_dependencies: int
    """Index dependencies left out: unknown crate or another registry (index input only)."""
    users: int
    teams: int
    owners: int
    """Rows of ``crate_owners``."""


# ---------------------------------------------------------------------------------------
# Time, randomness and text helpers

_US: Final = 1_000_000
_DAY_US: Final = 86_400 * _US
_EPOCH: Final = datetime(1970, 1, 1, tzinfo=UTC)
_CRATES_IO_START: Final = datetime(2014, 11, 11, tzinfo=UTC)
# crates.io recorded who published a version from early 2017 on; older rows are NULL.
_PUBLISHED_BY_SINCE: Final = datetime(2017, 3, 1, tzinfo=UTC)
# Cargo 1.60 (2022-04-07) brought the `dep:` and `crate?/feature` feature syntax.
_NEW_FEATURES_SINCE: Final = datetime(2022, 4, 7, tzinfo=UTC)
# `rust-version` exists since Rust 1.56 (2021-10-21); a minor release every six weeks.
_RUST_1_56: Final = datetime(2021, 10, 21, tzinfo=UTC)
# crates.io records bin_names and has_lib only for versions published since mid-2024.
_BIN_NAMES_SINCE: Final = datetime(2024, 7, 1, tzinfo=UTC)
_EDITIONS: Final = (
    (2015, datetime(2014, 1, 1, tzinfo=UTC)),
    (2018, datetime(2018, 12, 6, tzinfo=UTC)),
    (2021, datetime(2021, 10, 21, tzinfo=UTC)),
    (2024, datetime(2025, 2, 20, tzinfo=UTC)),
)
_CRATES_IO_REGISTRIES: Final = frozenset(
    {
        "https://github.com/rust-lang/crates.io-index",
        "https://github.com/rust-lang/crates.io-index.git",
        "sparse+https://index.crates.io/",
    }
)
_KINDS: Final = {"normal": 0, "build": 1, "dev": 2}
_LICENSES: Final = (
    ("MIT OR Apache-2.0", 0.45),
    ("MIT", 0.28),
    ("Apache-2.0", 0.08),
    ("MIT/Apache-2.0", 0.07),
    ("BSD-3-Clause", 0.02),
    ("GPL-3.0-or-later", 0.02),
    ("MPL-2.0", 0.02),
    ("Unlicense OR MIT", 0.02),
    ("Apache-2.0 WITH LLVM-exception", 0.01),
    ("", 0.03),  # no license field (a license-file instead): NULL
)
_TARGETS: Final = (
    ("cfg(windows)", 0.35),
    ("cfg(unix)", 0.25),
    ('cfg(target_os = "linux")', 0.10),
    ('cfg(target_arch = "wasm32")', 0.12),
    ('cfg(not(target_arch = "wasm32"))', 0.08),
    ('cfg(target_os = "macos")', 0.06),
    ("x86_64-pc-windows-gnu", 0.04),
)
_DEP_FEATURES: Final = (
    ("derive",),
    ("std",),
    ("derive", "std"),
    ("alloc",),
    ("full",),
    ("macros", "rt-multi-thread"),
    ("serde",),
    ("rustls-tls",),
    ("json",),
    ("small_rng",),
)
_PRE_TEXTS: Final = ("", *(f"-{k}.{n}" for k in ("alpha", "beta", "rc") for n in (1, 2, 3)))


def _us(moment: datetime) -> int:
    """Microseconds since the Unix epoch."""
    delta = moment - _EPOCH
    return (delta.days * 86_400 + delta.seconds) * _US + delta.microseconds


def _dump_time(timestamp: datetime | None) -> datetime:
    moment = DEFAULT_TIMESTAMP if timestamp is None else timestamp
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _window(end: datetime) -> tuple[int, int]:
    """The span in which crates are created: crates.io's start (or a year) to ``end``."""
    end_us = _us(end) - 3600 * _US  # nothing in the last hour before the dump
    start_us = min(_us(_CRATES_IO_START), end_us - 365 * _DAY_US)
    return start_us, end_us


def _rng(seed: int, tag: int) -> np.random.Generator:
    """An independent numpy stream per purpose, so one change does not shift the rest."""
    return np.random.default_rng(np.random.SeedSequence([seed & (2**64 - 1), tag]))


def _pyrng(seed: int, tag: int) -> random.Random:
    return random.Random(f"cratewatch-dumpgen:{seed}:{tag}")


def _pg_array(items: Iterable[str]) -> str:
    """A PostgreSQL ``text[]`` as ``COPY`` prints it: ``{}``, ``{derive,std}``, ``{""}``."""
    return "{" + ",".join(_pg_array_item(str(item)) for item in items) + "}"


_PG_ARRAY_PLAIN: Final = re.compile(r'[^{}",\\ \t\n\r\v\f]+')


def _pg_array_item(item: str) -> str:
    if _PG_ARRAY_PLAIN.fullmatch(item) and item.upper() != "NULL":
        return item
    return '"' + item.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _jsonb(value: Any) -> str:
    """``value`` as PostgreSQL prints ``jsonb``: keys by length then bytes, spaced separators."""
    if isinstance(value, Mapping):
        keys = sorted((str(k) for k in value), key=lambda k: (len(k.encode()), k.encode()))
        return "{" + ", ".join(f"{_jsonb(k)}: {_jsonb(value[k])}" for k in keys) + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_jsonb(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def _weighted_choice(rng: np.random.Generator, options: Sequence[float], size: int) -> _I64:
    p = np.asarray(options, dtype=np.float64)
    return rng.choice(len(p), size=size, p=p / p.sum()).astype(np.int64)


def _starts(counts: _I64) -> _I64:
    """Exclusive prefix sums: where each group starts in the grouped rows."""
    out = np.zeros(len(counts), dtype=np.int64)
    np.cumsum(counts[:-1], out=out[1:])
    return out


def _group_positions(counts: _I64) -> _I64:
    """0, 1, ..., n-1 for every group of ``counts``, concatenated."""
    total = int(counts.sum())
    return np.arange(total, dtype=np.int64) - np.repeat(_starts(counts), counts)


def _zipf_cumulative(rng: np.random.Generator, n: int, exponent: float) -> tuple[_I64, _F64]:
    """Random ranks for ``n`` items and the cumulative Zipf weights of items by index."""
    rank = rng.permutation(n).astype(np.int64)
    weight = 1.0 / (rank + 1.0) ** exponent
    return rank, np.cumsum(weight)


def _draw(rng: np.random.Generator, cumulative: _F64, size: int) -> _I64:
    """Indices drawn with the weights whose running sum is ``cumulative``."""
    u = rng.random(size) * cumulative[-1]
    drawn: _I64 = np.minimum(np.searchsorted(cumulative, u, side="right"), len(cumulative) - 1)
    return drawn


# ---------------------------------------------------------------------------------------
# Synthetic names and texts


def _split(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_WORDS: Final = _split(
    "async atomic buffer bytes cache cell chan cli clock codec color config core crypto "
    "csv data date db diff disk dns dom engine enum env error event fast file flag float "
    "fmt fs future game geo git glob graph grid hash heap hex http image io iter json kit "
    "lang lazy lib link lint list lock log macro map math matrix mem mock net node num os "
    "parse parser path pipe plugin pool proc proto query queue range regex rpc rs runtime "
    "safe scan schema sdk serial server set shell signal simd simple slice socket sort sql "
    "stack std str stream sync sys task tcp term test text thread time tiny token tool trace "
    "tree type udp unicode uri utf8 util uuid vec view wasm web wire xml yaml zero zip audio "
    "auth bit bloom bson cargo chrono cursor daemon decode derive encode ffi font gpu html "
    "input key layout mail meta mime noise opt pixel prompt quic raft ring rope secret shader "
    "sparse spin state store sval tensor tile tls toml trait tui url vector voxel wave"
)
_FAMILY_SUFFIXES: Final = _split(
    "derive macros core sys util utils impl types cli codegen shared internal test build "
    "common proto config runtime ffi async web server client plugin traits extra"
)
_ONSETS: Final = _split(
    "b c d f g h j k l m n p r s t v w z br cr dr fl gr kr pl pr sk sp st tr sh ch th"
)
_VOWELS: Final = ("a", "e", "i", "o", "u", "a", "e", "i", "o", "y")
_CODAS: Final = ("", "", "", "", "n", "r", "s", "x", "k", "l", "m", "t")
_ADJECTIVES: Final = _split(
    "fast safe small simple minimal ergonomic async zero-copy lightweight portable "
    "pure-Rust embeddable extensible type-safe lock-free"
)
_NOUNS: Final = _split(
    "library crate toolkit framework implementation wrapper parser runtime client "
    "server binding collection engine"
)
_TOPICS: Final = (
    "parsing", "serialization", "logging", "networking", "command line applications",
    "embedded systems", "WebAssembly", "game development", "cryptography", "testing",
    "async I/O", "databases", "image processing", "text processing", "numerics",
)  # fmt: skip
_FIRST_NAMES: Final = _split(
    "Alex Sam Jamie Chris Taylor Jordan Robin Kim Lea Noah Mia Jonas Ana José Łukasz "
    "Zoë Björn Ayşe Ren Yuki Priya Omar Chen Ivan Olga Marta Tomás Ines Felix Nora"
)
_LAST_NAMES: Final = _split(
    "Smith Müller Garcia Nguyen Kowalski Rossi Tanaka Silva Novak Jensen Ivanova Dubois "
    "Petrov Larsen Costa Schmidt Wang Kumar O'Brien Fischer"
)


def _pseudo_word(pr: random.Random) -> str:
    syllables = pr.choice((2, 2, 2, 3, 3, 1))
    word = "".join(pr.choice(_ONSETS) + pr.choice(_VOWELS) for _ in range(syllables))
    return word + pr.choice(_CODAS)


def _new_crate_name(pr: random.Random) -> str:
    sep = "-" if pr.random() < 0.6 else "_"
    roll = pr.random()
    if roll < 0.30:
        parts = [_pseudo_word(pr)]
    elif roll < 0.55:
        parts = [_pseudo_word(pr), pr.choice(_WORDS)]
    elif roll < 0.80:
        parts = [pr.choice(_WORDS), pr.choice(_WORDS)]
    elif roll < 0.90:
        parts = [pr.choice(_WORDS), pr.choice(_WORDS), pr.choice(_WORDS)]
    else:
        parts = [pr.choice(_WORDS), _pseudo_word(pr)]
    return sep.join(parts)


def _canonical(name: str) -> str:
    """crates.io's uniqueness key: case and ``-``/``_`` do not distinguish names."""
    return name.lower().replace("_", "-")


def _crate_names(pr: random.Random, n: int) -> tuple[list[str], _I64]:
    """``n`` unique names in creation order, and each crate's family root (itself if none).

    A quarter of the crates join the family of an earlier crate (``foo`` ->
    ``foo-derive``, ``foo_core``): the root is picked by picking an earlier crate, so
    big families grow faster, as the serde, tokio or aws-sdk families did.
    """
    names: list[str] = []
    roots = np.zeros(n, dtype=np.int64)
    seen: set[str] = set()
    for i in range(n):
        root = i
        for attempt in range(100):
            if i > 0 and attempt < 3 and pr.random() < 0.25:
                root = int(roots[pr.randrange(i)])
                base = names[root]
                sep = "_" if "_" in base else "-" if "-" in base else pr.choice("--_")
                suffix = pr.choice(_FAMILY_SUFFIXES) if pr.random() < 0.7 else pr.choice(_WORDS)
                name = f"{base}{sep}{suffix}"
            else:
                root = i
                name = _new_crate_name(pr)
                if attempt >= 3:  # crowded: numbered names, as in base64, sha2, gtk4
                    name += str(pr.randrange(2, 10 * attempt))
            key = _canonical(name)
            if len(name) <= 64 and key not in seen:
                break
        else:  # pragma: no cover - 100 collisions in a row do not happen
            raise RuntimeError("could not invent a unique crate name")
        seen.add(key)
        names.append(name)
        roots[i] = root
    return names, roots


class _People(NamedTuple):
    """The ``users`` and ``teams`` tables."""

    user_login: list[str]
    user_gh_id: _I64
    user_name: list[str | None]
    team_login: list[str]
    team_name: list[str | None]
    team_github_id: _I64
    team_org_id: _I64


def _people(pr: random.Random, rng: np.random.Generator, users: int, teams: int) -> _People:
    logins: list[str] = []
    seen: set[str] = set()
    while len(logins) < users:
        login = _pseudo_word(pr)
        if pr.random() < 0.35:
            login += str(pr.randrange(1, 2000))
        elif pr.random() < 0.2:
            login = f"{pr.choice(_FIRST_NAMES).lower()}-{login}"
        login = login.encode("ascii", "ignore").decode() or "user"
        if login.lower() not in seen:
            seen.add(login.lower())
            logins.append(login)
    names: list[str | None] = []
    for _ in range(users):
        roll = pr.random()
        if roll < 0.25:
            names.append(None)
        elif roll < 0.27:  # a comma and a quote: fields that must be quoted
            names.append(f'{pr.choice(_LAST_NAMES)}, {pr.choice(_FIRST_NAMES)} "dev"')
        else:
            names.append(f"{pr.choice(_FIRST_NAMES)} {pr.choice(_LAST_NAMES)}")
    # GitHub ids: unique, increasing with account age, then shuffled over users.
    gh_ids = np.cumsum(rng.integers(1, 3000, size=users + 2 * teams, dtype=np.int64))
    gh_ids = gh_ids[rng.permutation(len(gh_ids))]
    orgs = [_pseudo_word(pr) + pr.choice(("", "-rs", "-project", "labs")) for _ in range(teams)]
    team_login: list[str] = []
    team_name: list[str | None] = []
    for i in range(teams):
        team = pr.choice(("maintainers", "publish", "core", "owners", "release", "devs"))
        team_login.append(f"github:{orgs[i]}:{team}")
        team_name.append(team if pr.random() < 0.9 else None)
    return _People(
        logins,
        gh_ids[:users],
        names,
        team_login,
        team_name,
        gh_ids[users : users + teams],
        gh_ids[users + teams :],
    )


class _Owners(NamedTuple):
    crate: _I64  # crate position
    owner_id: _I64
    kind: _I64
    created: _I64
    created_by: _I64  # 0 = NULL
    primary: _I64  # per crate: the first owner's user id
    second: _I64  # per crate: another user owner's id, 0 if none


def _owners(
    rng: np.random.Generator,
    roots: _I64,
    created: _I64,
    end_us: int,
    users: int,
    teams: int,
    team_bias: _F64,
) -> _Owners:
    """1-3 owners per crate: Zipf-weighted users, families sharing, a few team owners."""
    n = len(roots)
    _, user_cw = _zipf_cumulative(rng, users, 1.05)
    primary = _draw(rng, user_cw, n) + 1
    extra = _draw(rng, user_cw, 2 * n).reshape(2, n) + 1
    n_extra = _weighted_choice(rng, (0.70, 0.22, 0.08), n)
    extra[0][n_extra < 1] = 0
    extra[1][n_extra < 2] = 0
    # Family members mostly share the root's owners (roots come first, so one pass).
    inherit = (roots != np.arange(n)) & (rng.random(n) < 0.85)
    primary[inherit] = primary[roots[inherit]]
    extra[:, inherit] = extra[:, roots[inherit]]
    extra[0][extra[0] == primary] = 0
    extra[1][(extra[1] == primary) | (extra[1] == extra[0])] = 0
    # A few crates, mostly popular ones, are (also) owned by a team.
    team = np.zeros(n, dtype=np.int64)
    if teams and n:
        share = max(1, round(0.03 * n))
        bias = team_bias / team_bias.sum()
        chosen = rng.choice(n, size=min(share, int(np.count_nonzero(bias))), replace=False, p=bias)
        team[chosen] = rng.integers(1, teams + 1, size=len(chosen))
        inherit_team = inherit & (team[roots] > 0)
        team[inherit_team] = team[roots[inherit_team]]
    idx = np.arange(n, dtype=np.int64)
    three = np.tile(created, 3)
    later = three + (rng.random(3 * n) * (end_us - three) * 0.5).astype(np.int64)
    parts = [
        (idx, primary, 0, created),
        (idx[extra[0] > 0], extra[0][extra[0] > 0], 0, later[:n][extra[0] > 0]),
        (idx[extra[1] > 0], extra[1][extra[1] > 0], 0, later[n : 2 * n][extra[1] > 0]),
        (idx[team > 0], team[team > 0], 1, later[2 * n :][team > 0]),
    ]
    crate = np.concatenate([p[0] for p in parts])
    owner = np.concatenate([p[1] for p in parts])
    kind = np.concatenate([np.full(len(p[0]), p[2], dtype=np.int64) for p in parts])
    when = np.concatenate([p[3] for p in parts])
    order = np.lexsort((owner, kind, crate))
    second = np.where(extra[0] > 0, extra[0], extra[1])
    return _Owners(
        crate[order], owner[order], kind[order], when[order], primary[crate[order]], primary, second
    )


def _a(word: str) -> str:
    return ("An " if word[0] in "aeiou" else "A ") + word


def _crate_texts(
    pr: random.Random, names: Sequence[str], logins: Sequence[str]
) -> tuple[
    list[str | None], list[str | None], list[str | None], list[str | None], list[str | None]
]:
    """description, documentation, homepage, repository and readme of each crate."""
    description: list[str | None] = []
    documentation: list[str | None] = []
    homepage: list[str | None] = []
    repository: list[str | None] = []
    readme: list[str | None] = []
    for name, login in zip(names, logins, strict=True):
        roll = pr.random()
        if roll < 0.03:
            text = None
        elif roll < 0.06:  # commas, quotes and line breaks occur in real descriptions
            text = f'A "{pr.choice(_ADJECTIVES)}", {pr.choice(_NOUNS)}\nfor {pr.choice(_TOPICS)}'
        else:
            text = f"{_a(pr.choice(_ADJECTIVES))} {pr.choice(_NOUNS)} for {pr.choice(_TOPICS)}"
        description.append(text)
        documentation.append(f"https://docs.rs/{name}" if pr.random() < 0.6 else None)
        repo = f"https://github.com/{login}/{name}"
        repository.append(repo if pr.random() < 0.85 else None)
        homepage.append(repo if pr.random() < 0.3 else None)
        readme.append(f"# {name}\n\n{text or ''}\n" if pr.random() < 0.6 else None)
    return description, documentation, homepage, repository, readme


# ---------------------------------------------------------------------------------------
# Times and per-version fields shared by both generators


def _creation_times(rng: np.random.Generator, n: int, start_us: int, end_us: int) -> _I64:
    """``n`` sorted times from a rate growing as ``e**(2x)`` over [start, end]."""
    growth = 2.0
    x = np.log1p(rng.random(n) * math.expm1(growth)) / growth
    return np.sort(start_us + (x * (end_us - start_us)).astype(np.int64))


def _version_times(
    rng: np.random.Generator, counts: _I64, crate_created: _I64, end_us: int
) -> _I64:
    """Times of grouped version rows: the first at the crate's creation, then increasing.

    Each crate is active for a part of its life (many are abandoned early, crates with
    many versions stay active longer) and publishes front-loaded within it.
    """
    n = len(counts)
    rows = int(counts.sum())
    crate = np.repeat(np.arange(n, dtype=np.int64), counts)
    pos = _group_positions(counts)
    activity = np.clip(rng.beta(0.8, 1.2, n) + 0.12 * np.log(counts), 0.02, 1.0)
    span = ((end_us - crate_created) * activity).astype(np.float64)
    r = rng.random(rows) ** 1.3
    r[pos == 0] = 0.0
    r = np.sort(crate + r * 0.999) - crate  # sorted within each crate
    return crate_created[crate] + (r * span[crate]).astype(np.int64) + pos


def _editions(rng: np.random.Generator, times: _I64) -> _I64:
    """The edition a version was published with (-1: not recorded)."""
    starts = np.array([_us(t) for _, t in _EDITIONS], dtype=np.int64)
    years = np.array([y for y, _ in _EDITIONS], dtype=np.int64)
    latest = np.searchsorted(starts, times, side="right") - 1
    lagging = (rng.random(len(times)) < 0.3) & (latest > 0)
    edition = years[latest - lagging]
    edition[times < _us(datetime(2016, 1, 1, tzinfo=UTC))] = -1
    return edition


def _rust_versions(rng: np.random.Generator, times: _I64) -> tuple[_I64, _Bool]:
    """A ``rust-version`` minor (-1: none) and whether it is written ``1.x.0``."""
    weeks = (times - _us(_RUST_1_56)) // (42 * _DAY_US)
    minor = 56 + weeks - rng.integers(0, 16, size=len(times))
    minor = np.maximum(minor, 31)
    minor[(weeks < 0) | (rng.random(len(times)) < 0.7)] = -1
    return minor, rng.random(len(times)) < 0.2


def _crate_downloads(rng: np.random.Generator, dependents: _I64, age_years: _F64) -> _I64:
    """Heavy-tailed downloads led by the most depended-on crates (below 1.5e9)."""
    base = np.exp(rng.normal(6.5, 1.6, len(dependents)))
    total = base * (1.0 + dependents) ** 1.1 * (age_years + 0.2) ** 0.8
    # Saturate smoothly below 1.5e9 (the real leaders are near there; int4 columns).
    downloads: _I64 = (total / (1.0 + total / 1.5e9)).astype(np.int64)
    return downloads


def _split_downloads(rng: np.random.Generator, crate_total: _I64, counts: _I64, pos: _I64) -> _I64:
    """Split each crate's downloads over its (grouped) versions, exactly."""
    crate = np.repeat(np.arange(len(counts), dtype=np.int64), counts)
    weight = rng.exponential(1.0, len(crate)) * (1.0 + pos) ** 0.7
    group_sum = np.bincount(crate, weights=weight, minlength=len(counts))
    share = np.floor(crate_total[crate] * weight / group_sum[crate]).astype(np.int64)
    last = _starts(counts) + counts - 1
    share[last] += crate_total - np.bincount(crate, weights=share, minlength=len(counts)).astype(
        np.int64
    )
    return share


def _recent_downloads(
    rng: np.random.Generator,
    version_ids: _I64,
    created: _I64,
    downloads: _I64,
    newest: _Bool,
    end: datetime,
) -> tuple[_I64, _I64, _I64]:
    """version_downloads rows (date as days since epoch, count, version id).

    Only the two newest versions of each crate and the last three days: enough to
    exercise the table, a small part of the real one (90 days of every version).
    """
    rows_day: list[_I64] = []
    rows_count: list[_I64] = []
    rows_version: list[_I64] = []
    today = _us(end) // _DAY_US
    for back in (3, 2, 1):
        day = today - back
        keep = newest & (created < day * _DAY_US)
        daily = (downloads[keep] * rng.uniform(0.0005, 0.003, int(keep.sum()))).astype(np.int64)
        positive = daily > 0
        rows_day.append(np.full(int(positive.sum()), day, dtype=np.int64))
        rows_count.append(daily[positive])
        rows_version.append(version_ids[keep][positive])
    day_a = np.concatenate(rows_day)
    count_a = np.concatenate(rows_count)
    version_a = np.concatenate(rows_version)
    order = np.lexsort((version_a, day_a))
    return day_a[order], count_a[order], version_a[order]


def _global_ids(times: _I64) -> tuple[_I64, _I64]:
    """Ids 1..n in time order (as crates.io assigns them) and the id-ordered permutation."""
    perm = np.argsort(times, kind="stable").astype(np.int64)
    ids = np.empty(len(times), dtype=np.int64)
    ids[perm] = np.arange(1, len(times) + 1, dtype=np.int64)
    return ids, perm


# ---------------------------------------------------------------------------------------
# Writing: DuckDB formats the CSV files, a parallel gzip stream packs the tar


def _tf(column: str) -> str:
    return f"CASE WHEN {column} THEN 't' ELSE 'f' END"


def _null_if_negative(column: str) -> str:
    return f"CASE WHEN {column} < 0 THEN NULL ELSE {column} END"


def _ts(column: str) -> str:
    """A TIMESTAMP from microseconds (DuckDB prints it as PostgreSQL does)."""
    return f"make_timestamp({column})"


_SHARED_EXPRESSIONS: Final[Mapping[str, Mapping[str, str]]] = {
    "crates": {
        "created_at": _ts("created_at"),
        "max_features": _null_if_negative("max_features"),
        "max_upload_size": _null_if_negative("max_upload_size"),
        "updated_at": _ts("updated_at"),
    },
    "versions": {
        "bin_names": "bin_names",
        "created_at": _ts("created_at"),
        "edition": _null_if_negative("edition"),
        "has_lib": "CASE has_lib WHEN 1 THEN 't' WHEN 0 THEN 'f' END",
        "published_by": "NULLIF(published_by, 0)",
        "rust_version": "CASE WHEN rust_minor < 0 THEN NULL ELSE '1.' || rust_minor || "
        "CASE WHEN rust_patch THEN '.0' ELSE '' END END",
        "updated_at": _ts("updated_at"),
        "yanked": _tf("yanked"),
    },
    "dependencies": {
        "default_features": _tf("default_features"),
        "optional": _tf("optional"),
    },
    "crate_owners": {"created_at": _ts("created_at"), "created_by": "NULLIF(created_by, 0)"},
    "users": {"gh_avatar": "'https://avatars.githubusercontent.com/u/' || gh_id || '?v=4'"},
    "teams": {"avatar": "'https://avatars.githubusercontent.com/u/' || org_id || '?v=4'"},
    "version_downloads": {"date": "DATE '1970-01-01' + CAST(date AS INTEGER)"},
}


class _CsvWriter:
    """Writes tables as PostgreSQL-style CSV files through DuckDB's ``COPY ... TO``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.parts: dict[str, list[Path]] = {}
        self.con = duckdb.connect(
            config={
                "threads": max(1, os.cpu_count() or 1),
                "preserve_insertion_order": True,
                "temp_directory": str(folder / "duckdb.tmp"),
            }
        )

    def write(
        self,
        table: str,
        columns: Mapping[str, _Arr],
        expressions: Mapping[str, str] | None = None,
    ) -> None:
        """Append rows: one more part file of ``table`` (the header only in the first)."""
        exprs = {**_SHARED_EXPRESSIONS.get(table, {}), **(expressions or {})}
        select = ", ".join(f"{exprs.get(c, c)} AS {c}" for c in TABLE_COLUMNS[table])
        parts = self.parts.setdefault(table, [])
        path = self.folder / f"{table}.{len(parts)}.csv"
        header = "true" if not parts else "false"
        quoted = str(path).replace("'", "''")
        self.con.register("src", {k: np.asarray(v) for k, v in columns.items()})
        try:
            self.con.execute(f"COPY (SELECT {select} FROM src) TO '{quoted}' (HEADER {header})")
        finally:
            self.con.unregister("src")
        parts.append(path)

    def close(self) -> None:
        self.con.close()


_GZIP_LEVEL: Final = 1
_GZIP_BLOCK: Final = 8 << 20


def _deflate(block: bytes, final: bool) -> bytes:
    compressor = zlib.compressobj(_GZIP_LEVEL, zlib.DEFLATED, -15)
    return compressor.compress(block) + compressor.flush(
        zlib.Z_FINISH if final else zlib.Z_SYNC_FLUSH
    )


class _ParallelGzip:
    """One gzip member whose deflate blocks are compressed by several threads.

    Each 8 MiB block is deflated on its own and ends with a sync flush, so the blocks
    concatenate into one valid deflate stream (pigz's method, without the shared
    dictionary). The output depends only on the data, never on the thread count.
    """

    def __init__(self, raw: IO[bytes], mtime: int) -> None:
        self._raw = raw
        self._crc = 0
        self._size = 0
        self._buffer = bytearray()
        workers = max(1, min(4, os.cpu_count() or 1))
        self._pool = ThreadPoolExecutor(max_workers=workers)
        self._pending: deque[Future[bytes]] = deque()
        self._window = 2 * workers
        # Header: magic, deflate, no flags, mtime, "fastest" (level 1), unknown OS.
        raw.write(b"\x1f\x8b\x08\x00" + struct.pack("<I", mtime & 0xFFFFFFFF) + b"\x04\xff")

    def write(self, data: bytes | bytearray | memoryview) -> None:
        self._crc = zlib.crc32(data, self._crc)
        self._size += len(data)
        self._buffer += data
        if len(self._buffer) >= _GZIP_BLOCK:
            whole = len(self._buffer) // _GZIP_BLOCK * _GZIP_BLOCK
            view = memoryview(self._buffer)
            blocks = [bytes(view[i : i + _GZIP_BLOCK]) for i in range(0, whole, _GZIP_BLOCK)]
            view.release()
            del self._buffer[:whole]
            for block in blocks:
                self._submit(block, final=False)

    def _submit(self, block: bytes, *, final: bool) -> None:
        self._pending.append(self._pool.submit(_deflate, block, final))
        while len(self._pending) > self._window:
            self._raw.write(self._pending.popleft().result())

    def close(self) -> None:
        self._submit(bytes(self._buffer), final=True)
        self._buffer.clear()
        while self._pending:
            self._raw.write(self._pending.popleft().result())
        self._pool.shutdown()
        self._raw.write(struct.pack("<II", self._crc, self._size & 0xFFFFFFFF))


class _TarGz:
    """A deterministic ``.tar.gz`` writer: fixed mtime, owner root, members streamed."""

    def __init__(self, raw: IO[bytes], mtime: int) -> None:
        self._gz = _ParallelGzip(raw, mtime)
        self._mtime = mtime
        self._offset = 0

    def _header(self, name: str, size: int, directory: bool) -> None:
        info = tarfile.TarInfo(name)
        info.size = size
        info.mtime = self._mtime
        info.mode = 0o755 if directory else 0o644
        info.type = tarfile.DIRTYPE if directory else tarfile.REGTYPE
        info.uname = info.gname = "root"
        self._put(info.tobuf(tarfile.PAX_FORMAT, "utf-8", "surrogateescape"))

    def _put(self, data: bytes) -> None:
        self._gz.write(data)
        self._offset += len(data)

    def _pad(self) -> None:
        if self._offset % tarfile.BLOCKSIZE:
            self._put(b"\0" * (tarfile.BLOCKSIZE - self._offset % tarfile.BLOCKSIZE))

    def add_dir(self, name: str) -> None:
        self._header(name.rstrip("/") + "/", 0, True)

    def add_bytes(self, name: str, data: bytes) -> None:
        self._header(name, len(data), False)
        self._put(data)
        self._pad()

    def add_files(self, name: str, parts: Sequence[Path]) -> None:
        """One member whose content is the concatenation of ``parts``."""
        self._header(name, sum(p.stat().st_size for p in parts), False)
        for part in parts:
            with part.open("rb") as handle:
                while chunk := handle.read(_GZIP_BLOCK):
                    self._put(chunk)
        self._pad()

    def close(self) -> None:
        self._put(b"\0" * (2 * tarfile.BLOCKSIZE))
        if self._offset % tarfile.RECORDSIZE:
            self._put(b"\0" * (tarfile.RECORDSIZE - self._offset % tarfile.RECORDSIZE))
        self._gz.close()


_README: Final = """\
# crates.io database dump (synthetic)

This archive has the layout and CSV conventions of the crates.io database dump
(`db-dump.tar.gz`), but its contents were generated by cratewatch for tests and
benchmarks ({what}). Only the tables listed in `data/` are present.

`data/<table>.csv` are PostgreSQL `COPY ... WITH CSV HEADER` exports: booleans are
`t`/`f`, arrays `{{a,b}}`, an empty field is NULL.
"""


def _pack(out: Path, folder: Path, writer: _CsvWriter, end: datetime, tag: str, what: str) -> None:
    """Write the archive next to ``out`` and move it into place when complete."""
    top = end.strftime("%Y-%m-%d-%H%M%S")
    commit = hashlib.sha1(f"cratewatch-dumpgen:{tag}".encode()).hexdigest()
    metadata = {"timestamp": end.strftime("%Y-%m-%dT%H:%M:%SZ"), "crates_io_commit": commit}
    mtime = int(end.timestamp())
    partial = out.with_name(out.name + ".partial")
    with partial.open("wb") as raw:
        tar = _TarGz(raw, mtime)
        tar.add_dir(top)
        tar.add_bytes(f"{top}/metadata.json", (json.dumps(metadata, indent=2) + "\n").encode())
        tar.add_bytes(f"{top}/README.md", _README.format(what=what).encode())
        tar.add_dir(f"{top}/data")
        for table in sorted(writer.parts):
            tar.add_files(f"{top}/data/{table}.csv", writer.parts[table])
        tar.close()
    partial.replace(out)


def _write_people(writer: _CsvWriter, people: _People) -> None:
    users = len(people.user_login)
    writer.write(
        "users",
        {
            "gh_id": people.user_gh_id,
            "gh_login": np.array(people.user_login, dtype=object),
            "id": np.arange(1, users + 1, dtype=np.int64),
            "name": np.array(people.user_name, dtype=object),
        },
    )
    teams = len(people.team_login)
    writer.write(
        "teams",
        {
            "github_id": people.team_github_id,
            "id": np.arange(1, teams + 1, dtype=np.int64),
            "login": np.array(people.team_login, dtype=object),
            "name": np.array(people.team_name, dtype=object),
            "org_id": people.team_org_id,
        },
    )


def _write_owners(writer: _CsvWriter, owners: _Owners) -> None:
    writer.write(
        "crate_owners",
        {
            "crate_id": owners.crate + 1,
            "created_at": owners.created,
            "created_by": owners.created_by,
            "owner_id": owners.owner_id,
            "owner_kind": owners.kind,
        },
    )


class _CrateTable(NamedTuple):
    names: list[str]
    created: _I64
    updated: _I64
    downloads: _I64
    logins: list[str]  # the primary owner's login, for repository URLs


def _write_crates(
    writer: _CsvWriter, pr: random.Random, rng: np.random.Generator, t: _CrateTable
) -> None:
    n = len(t.names)
    description, documentation, homepage, repository, readme = _crate_texts(pr, t.names, t.logins)
    # A handful of crates have raised limits (set by the crates.io team on request).
    max_features = np.where(rng.random(n) < 0.001, 500, -1).astype(np.int64)
    max_upload = np.where(rng.random(n) < 0.001, 20 * 1024 * 1024, -1).astype(np.int64)
    writer.write(
        "crates",
        {
            "created_at": t.created,
            "description": np.array(description, dtype=object),
            "documentation": np.array(documentation, dtype=object),
            "downloads": t.downloads,
            "homepage": np.array(homepage, dtype=object),
            "id": np.arange(1, n + 1, dtype=np.int64),
            "max_features": max_features,
            "max_upload_size": max_upload,
            "name": np.array(t.names, dtype=object),
            "readme": np.array(readme, dtype=object),
            "repository": np.array(repository, dtype=object),
            "updated_at": t.updated,
        },
    )


class _VersionExtras(NamedTuple):
    bin_names: _Arr  # object: text or None
    crate_size: _I64
    edition: _I64
    has_lib: _I64  # -1 NULL, 0, 1
    license: _Arr  # object
    published_by: _I64  # 0 NULL
    rust_minor: _I64
    rust_patch: _Bool
    updated: _I64


def _version_extras(
    rng: np.random.Generator,
    crate: _I64,
    created: _I64,
    yanked: _Bool,
    names: Sequence[str],
    owners: _Owners,
    end_us: int,
) -> _VersionExtras:
    """The synthetic per-version fields (rows grouped by crate, ``crate`` = position)."""
    n_crates = len(names)
    rows = len(crate)
    license_texts = np.array([None if t == "" else t for t, _ in _LICENSES], dtype=object)
    crate_license = _weighted_choice(rng, [p for _, p in _LICENSES], n_crates)
    # 12% of crates are binaries (half of them without a library).
    binary = rng.random(n_crates) < 0.12
    lib = ~binary | (rng.random(n_crates) < 0.5)
    bins = np.array(["{}"] + [_pg_array([name]) for name in names], dtype=object)
    recorded = created >= _us(_BIN_NAMES_SINCE)
    bin_names = bins[np.where(binary[crate], crate + 1, 0)]
    bin_names[~recorded] = None
    has_lib = np.where(recorded, lib[crate].astype(np.int64), -1)
    size = np.exp(rng.normal(9.5, 1.3, n_crates))
    crate_size = (size[crate] * rng.uniform(0.8, 1.25, rows)).astype(np.int64) + 200
    second = owners.second[crate]
    publisher = np.where((second > 0) & (rng.random(rows) < 0.15), second, owners.primary[crate])
    publisher[created < _us(_PUBLISHED_BY_SINCE)] = 0
    rust_minor, rust_patch = _rust_versions(rng, created)
    updated = created.copy()
    yank_delay = (rng.random(rows) * 0.3 * (end_us - created)).astype(np.int64)
    updated[yanked] += yank_delay[yanked]
    return _VersionExtras(
        bin_names,
        crate_size,
        _editions(rng, created),
        has_lib,
        license_texts[crate_license][crate],
        publisher,
        rust_minor,
        rust_patch,
        updated,
    )


def _version_columns(
    ids: _I64,
    crate: _I64,
    created: _I64,
    downloads: _I64,
    yanked: _Bool,
    extras: _VersionExtras,
    perm: _I64,
) -> dict[str, _Arr]:
    """The shared columns of ``versions``, reordered by id (``perm``)."""
    return {
        "bin_names": extras.bin_names[perm],
        "crate_id": crate[perm] + 1,
        "crate_size": extras.crate_size[perm],
        "created_at": created[perm],
        "downloads": downloads[perm],
        "edition": extras.edition[perm],
        "has_lib": extras.has_lib[perm],
        "id": ids[perm],
        "license": extras.license[perm],
        "published_by": extras.published_by[perm],
        "rust_minor": extras.rust_minor[perm],
        "rust_patch": extras.rust_patch[perm],
        "updated_at": extras.updated[perm],
        "yanked": yanked[perm],
    }


# ---------------------------------------------------------------------------------------
# dump_from_index_records


class _IndexVersion(NamedTuple):
    num: str
    record: Mapping[str, Any]


def _rust_version_text(given: Any, minor: int, patch: bool) -> str | None:
    """The record's ``rust_version`` if it has one, else the synthetic one (or none)."""
    if given is not None:
        return str(given)
    if minor < 0:
        return None
    return f"1.{minor}.0" if patch else f"1.{minor}"


def dump_from_index_records(
    records: Iterable[Mapping[str, Any]],
    out: Path,
    *,
    seed: int = 0,
    timestamp: datetime | None = None,
) -> DumpStats:
    """Write a crates.io dump of the crates, versions and dependencies of index ``records``.

    ``records`` are registry index lines (one JSON object per version). Versions keep
    their number, checksum, yanked flag, ``links`` and features (``features`` merged
    with ``features2``); dependencies keep their requirement, features, optional and
    default-features flags, target, kind (missing = normal) and rename (``package``).
    Dependencies on crates not among the records, or from another registry, are left
    out and counted. A repeated (name, version) keeps its first record. Ids, times,
    downloads, owners and sizes are synthetic, deterministic for ``seed``; the dump is
    dated ``timestamp`` (default ``DEFAULT_TIMESTAMP``, naive means UTC).
    """
    end = _dump_time(timestamp)
    start_us, end_us = _window(end)
    by_crate: dict[str, dict[str, Mapping[str, Any]]] = {}
    for record in records:
        versions = by_crate.setdefault(str(record["name"]), {})
        versions.setdefault(str(record["vers"]), record)
    names = sorted(by_crate)
    n = len(names)
    exact = {name: i for i, name in enumerate(names)}
    canonical: dict[str, int] = {}
    for i, name in enumerate(names):
        canonical.setdefault(_canonical(name), i)

    # Versions of each crate in semver order (record order if a number does not parse).
    ordered: list[list[_IndexVersion]] = []
    for name in names:
        items = [_IndexVersion(num, rec) for num, rec in by_crate[name].items()]
        try:
            parsed = [Version.parse(v.num) for v in items]
        except VersionError:
            ordered.append(items)
            continue
        ordered.append([items[i] for i in sorted(range(len(items)), key=parsed.__getitem__)])

    # Dependencies: resolve the real crate (`package` when renamed), drop the unknown.
    dropped = 0
    dep_version: list[int] = []  # grouped-version row
    dep_crate: list[int] = []
    dep_req: list[str] = []
    dep_features: list[str] = []
    dep_optional: list[bool] = []
    dep_default: list[bool] = []
    dep_target: list[str | None] = []
    dep_kind: list[int] = []
    dep_explicit: list[str | None] = []
    row = 0
    for crate_versions in ordered:
        for version in crate_versions:
            for dep in version.record.get("deps") or ():
                registry = dep.get("registry")
                if registry is not None and registry not in _CRATES_IO_REGISTRIES:
                    dropped += 1
                    continue
                package = dep.get("package")
                real = str(package or dep["name"])
                target = exact.get(real)
                if target is None:
                    target = canonical.get(_canonical(real))
                if target is None:
                    dropped += 1
                    continue
                dep_version.append(row)
                dep_crate.append(target)
                dep_req.append(str(dep.get("req") or "*"))
                dep_features.append(_pg_array(dep.get("features") or ()))
                dep_optional.append(bool(dep.get("optional", False)))
                dep_default.append(bool(dep.get("default_features", True)))
                dep_target.append(None if dep.get("target") is None else str(dep["target"]))
                dep_kind.append(_KINDS.get(str(dep.get("kind") or "normal"), 0))
                dep_explicit.append(str(dep["name"]) if package else None)
            row += 1
    counts = np.array([len(v) for v in ordered], dtype=np.int64)
    version_crate = np.repeat(np.arange(n, dtype=np.int64), counts)
    d_version = np.array(dep_version, dtype=np.int64)
    d_crate = np.array(dep_crate, dtype=np.int64)

    # Crates depended on by many tend to be old: order creation by that, with noise.
    rng = _rng(seed, 1)
    pairs = np.unique(version_crate[d_version] * max(n, 1) + d_crate) if len(d_crate) else d_crate
    pair_from, pair_to = pairs // max(n, 1), pairs % max(n, 1)
    dependents = np.bincount(pair_to[pair_from != pair_to], minlength=n).astype(np.int64)
    age_key = -np.log1p(dependents) + rng.normal(0.0, 1.0, n)
    creation_rank = np.empty(n, dtype=np.int64)
    creation_rank[np.argsort(age_key, kind="stable")] = np.arange(n)
    # Crate ids follow creation: position p in `names` gets id creation_rank[p] + 1.
    crate_created = _creation_times(rng, n, start_us, end_us)[creation_rank]
    created = _version_times(rng, counts, crate_created, end_us)
    version_ids, perm = _global_ids(created)
    pos = _group_positions(counts)
    last = _starts(counts) + counts - 1

    # Families: crates named `<root>-...` or `<root>_...` where crate `<root>` exists.
    roots = np.arange(n, dtype=np.int64)
    members: dict[int, list[int]] = {}
    for i, name in enumerate(names):
        head = re.split(r"[-_]", name, maxsplit=1)[0]
        root = canonical.get(_canonical(head)) if head != name else None
        if root is not None and root != i:
            members.setdefault(root, []).append(i)
    for root, group in members.items():
        if len(group) <= 50:  # not a generic word shared by unrelated crates
            roots[group] = root
    # Owners are assigned in creation order so that a family root comes first.
    by_age = np.argsort(creation_rank)
    age_roots = creation_rank[roots[by_age]]
    age_years = (end_us - crate_created) / (365.25 * _DAY_US)
    downloads_total = _crate_downloads(rng, dependents, age_years)
    users, teams = max(3, n // 2 + 1), max(1, n // 200)
    people = _people(_pyrng(seed, 2), rng, users, teams)
    owners_by_age = _owners(
        rng,
        age_roots,
        crate_created[by_age],
        end_us,
        users,
        teams,
        (downloads_total[by_age] + 1.0).astype(np.float64),
    )
    # Back to `names` positions, crate ids by creation.
    owners = owners_by_age._replace(
        crate=by_age[owners_by_age.crate],
        primary=owners_by_age.primary[creation_rank],
        second=owners_by_age.second[creation_rank],
    )
    v_downloads = _split_downloads(rng, downloads_total, counts, pos)
    yanked = np.array([bool(v.record.get("yanked")) for vs in ordered for v in vs], dtype=bool)
    extras = _version_extras(rng, version_crate, created, yanked, names, owners, end_us)
    flat = [v for vs in ordered for v in vs]
    checksum_rng = _pyrng(seed, 4)
    checksum = np.array(
        [str(v.record.get("cksum") or checksum_rng.randbytes(32).hex()) for v in flat],
        dtype=object,
    )
    features = np.array(
        [
            _jsonb({**(v.record.get("features") or {}), **(v.record.get("features2") or {})})
            for v in flat
        ],
        dtype=object,
    )
    links = np.array([v.record.get("links") for v in flat], dtype=object)
    nums = np.array([v.num for v in flat], dtype=object)
    rust_text = np.array(
        [
            _rust_version_text(v.record.get("rust_version"), minor, patch)
            for v, minor, patch in zip(
                flat, extras.rust_minor.tolist(), extras.rust_patch.tolist(), strict=True
            )
        ],
        dtype=object,
    )

    crate_ids = creation_rank + 1
    with tempfile.TemporaryDirectory(prefix=".dumpgen-", dir=out.parent) as tmp:
        writer = _CsvWriter(Path(tmp))
        try:
            _write_crates(
                writer,
                _pyrng(seed, 5),
                rng,
                _CrateTable(
                    names=[names[p] for p in by_age],
                    created=crate_created[by_age],
                    updated=np.maximum(created[last], crate_created)[by_age],
                    downloads=downloads_total[by_age],
                    logins=[people.user_login[int(u) - 1] for u in owners.primary[by_age]],
                ),
            )
            columns = _version_columns(
                version_ids,
                crate_ids[version_crate] - 1,
                created,
                v_downloads,
                yanked,
                extras,
                perm,
            )
            columns.update(
                checksum=checksum[perm],
                features=features[perm],
                links=links[perm],
                num=nums[perm],
                rust_text=rust_text[perm],
            )
            writer.write("versions", columns, {"rust_version": "rust_text"})
            order = np.lexsort((np.arange(len(d_version)), version_ids[d_version]))
            writer.write(
                "dependencies",
                {
                    "crate_id": crate_ids[d_crate[order]] if len(order) else d_crate,
                    "default_features": np.array(dep_default, dtype=bool)[order],
                    "explicit_name": np.array(dep_explicit, dtype=object)[order],
                    "features": np.array(dep_features, dtype=object)[order],
                    "id": np.arange(1, len(order) + 1, dtype=np.int64),
                    "kind": np.array(dep_kind, dtype=np.int64)[order],
                    "optional": np.array(dep_optional, dtype=bool)[order],
                    "req": np.array(dep_req, dtype=object)[order],
                    "target": np.array(dep_target, dtype=object)[order],
                    "version_id": version_ids[d_version[order]] if len(order) else d_version,
                },
            )
            _write_owners(writer, owners_by_age)  # crate positions by age = id - 1
            _write_people(writer, people)
            newest = np.zeros(len(created), dtype=bool)
            newest[last] = True
            newest[np.maximum(last - 1, _starts(counts))] = True
            day, count, vid = _recent_downloads(rng, version_ids, created, v_downloads, newest, end)
            writer.write("version_downloads", {"date": day, "downloads": count, "version_id": vid})
        finally:
            writer.close()
        _pack(out, Path(tmp), writer, end, f"index:{seed}", f"{n} crates from index records")
    return DumpStats(
        crates=n,
        versions=len(created),
        dependencies=len(d_version),
        dropped_dependencies=dropped,
        users=users,
        teams=teams,
        owners=len(owners.crate),
    )


# ---------------------------------------------------------------------------------------
# synthetic_dump

_MAX_VERSIONS_PER_CRATE: Final = 1500
_MAX_DEPS_PER_VERSION: Final = 300
_DEP_CHUNK_ROWS: Final = 2_500_000
_STYLE_WEIGHTS: Final = (0.50, 0.27, 0.06, 0.03, 0.05, 0.03, 0.03, 0.03)
"""Requirement styles: ``1.2.3``, ``1.2``, ``1`` (each maybe ``^``), ``~``, ``=``, range,
``*``, ``1.2.*``; proportions as measured on the crates.io index."""
_CARET_WRITTEN_UNTIL: Final = datetime(2021, 8, 1, tzinfo=UTC)
"""Before cargo moved to semver 1.0 (Rust 1.54), the index showed caret requirements
with an explicit ``^``; since then both spellings occur."""


def _sql_list(texts: Sequence[str | None]) -> str:
    """A DuckDB list literal (1-based when indexed)."""
    items = ("NULL" if t is None else "'" + t.replace("'", "''") + "'" for t in texts)
    return "[" + ", ".join(items) + "]"


def _fit_counts(
    rng: np.random.Generator, base: _F64, cap: _I64, floor_: _I64, total: int, what: str
) -> _I64:
    """Integer counts ``floor_ + floor(scale*base + u)``, capped, summing to ``total``.

    ``scale`` is found by bisection (the sum grows with it), then the few units the
    rounding leaves over go to random rows that are below their cap.
    """
    capacity = int(cap.sum())
    if total > capacity:
        raise ValueError(f"{what}: {total:,} requested, at most {capacity:,} possible")
    dither = rng.random(len(base))

    def counts(scale: float) -> _I64:
        return np.minimum(cap, floor_ + np.floor(scale * base + dither).astype(np.int64))

    lo, hi = 0.0, 1.0
    while int(counts(hi).sum()) < total and hi < 1e15:
        lo, hi = hi, hi * 2.0
    for _ in range(64):
        mid = (lo + hi) / 2.0
        if int(counts(mid).sum()) <= total:
            lo = mid
        else:
            hi = mid
    out = counts(lo)
    missing = total - int(out.sum())
    while missing > 0:
        eligible = np.flatnonzero((out < cap) & (base > 0))
        if len(eligible) == 0:
            eligible = np.flatnonzero(out < cap)
        pick = rng.choice(eligible, size=min(missing, len(eligible)), replace=False)
        out[pick] += 1
        missing -= len(pick)
    return out


def _semver_rows(rng: np.random.Generator, counts: _I64) -> tuple[_I64, _I64, _I64, _I64, _Bool]:
    """major, minor, patch, pre-release code and yanked flag of grouped version rows.

    Every row bumps the previous version: patch, minor or major (which reset the lower
    numbers). A pre-release row is followed by its release (a row that bumps nothing),
    so numbers always increase in publication order.
    """
    rows = int(counts.sum())
    starts = _starts(counts)
    first = np.zeros(rows, dtype=bool)
    first[starts] = True
    bump = _weighted_choice(rng, (0.60, 0.36, 0.04), rows)  # patch, minor, major
    pre = rng.random(rows) < 0.03
    drawn = pre.copy()
    pre[1:] &= ~drawn[:-1]  # never two pre-releases in a row
    release = np.zeros(rows, dtype=bool)
    release[1:] = pre[:-1] & ~first[1:]
    bump[release] = 3  # the release of the preceding pre-release: no bump
    bump[first] = 4  # the initial version
    initial = np.array(
        [(0, 1, 0), (0, 0, 1), (1, 0, 0), (0, 2, 0), (0, 1, 1), (0, 3, 0), (2, 0, 0)]
    )
    init = initial[_weighted_choice(rng, (0.55, 0.17, 0.12, 0.06, 0.04, 0.03, 0.03), len(counts))]
    crate = np.repeat(np.arange(len(counts), dtype=np.int64), counts)
    index = np.arange(rows, dtype=np.int64)
    first_row = starts[crate]

    def since(reset: _Bool, increment: _Bool) -> tuple[_I64, _Bool]:
        """Increments since the last reset row, and whether that reset is the first row."""
        last_reset = np.maximum.accumulate(np.where(reset, index, 0))
        total = np.cumsum(increment)
        return total - total[last_reset], last_reset == first_row

    major = init[crate, 0] + since(first, bump == 2)[0]
    minor, from_first = since(first | (bump == 2), bump == 1)
    minor += np.where(from_first, init[crate, 1], 0)
    patch, from_first = since(first | (bump == 1) | (bump == 2), bump == 0)
    patch += np.where(from_first, init[crate, 2], 0)
    kind = _weighted_choice(rng, (0.45, 0.25, 0.30), rows)  # alpha, beta, rc
    number = _weighted_choice(rng, (0.7, 0.2, 0.1), rows)
    pre_code = np.where(pre, 1 + 3 * kind + number, 0)
    yanked = rng.random(rows) < np.where(pre, 0.06, 0.03)
    return major, minor, patch, pre_code, yanked


class _Lists(NamedTuple):
    """Each crate's dependency list (entries grouped by crate, in prefix order)."""

    start: _I64  # per crate: first entry
    crate: _I64  # per entry: the depending crate
    target: _I64
    kind: _I64
    optional: _Bool
    target_cfg: _I64  # 0 none, else 1 + index into _TARGETS
    features: _I64  # 0 {}, else 1 + index into _DEP_FEATURES
    default_features: _Bool
    explicit: _Arr  # object: renamed-to name or None
    style: _I64
    caret: _Bool
    lag: _I64  # microseconds: the requirement was written this long before publishing


def _distinct_targets(rng: np.random.Generator, owner: _I64, cumulative: _F64, n: int) -> _I64:
    """For each entry, a crate created before its owner crate, no repeat within an owner.

    Drawn with the popularity weights; repeats are redrawn (a few rounds over the
    crates that still have any), the last few replaced by uniform picks.
    """

    def draw(limit: _I64) -> _I64:
        u = rng.random(len(limit)) * cumulative[limit - 1]
        drawn: _I64 = np.minimum(np.searchsorted(cumulative, u, side="right"), limit - 1)
        return drawn

    target = draw(owner)
    active = np.ones(n, dtype=bool)
    for _ in range(30):
        repeat = _repeats(owner, target, active)
        if len(repeat) == 0:
            return target
        active[:] = False
        active[owner[repeat]] = True
        target[repeat] = draw(owner[repeat])
    # Nearly exhausted prefixes: uniform picks among the crates not used yet.
    for entry in _repeats(owner, target, active).tolist():
        crate = int(owner[entry])
        lo = int(np.searchsorted(owner, crate, side="left"))
        hi = int(np.searchsorted(owner, crate, side="right"))
        others = np.delete(target[lo:hi], entry - lo)
        if target[entry] in others:
            free = np.setdiff1d(np.arange(crate), others)
            target[entry] = free[rng.integers(len(free))]
    return target


def _repeats(owner: _I64, target: _I64, active: _Bool) -> _I64:
    """Entries of ``active`` crates whose target an earlier entry of the crate has."""
    entries = np.flatnonzero(active[owner])
    key = owner[entries] * (int(target.max(initial=0)) + 1) + target[entries]
    order = np.argsort(key, kind="stable")
    same = key[order][1:] == key[order][:-1]
    repeated: _I64 = entries[order[1:][same]]
    return repeated


def _dependency_lists(
    rng: np.random.Generator,
    pr: random.Random,
    lengths: _I64,
    cumulative: _F64,
    names: Sequence[str],
) -> _Lists:
    n = len(lengths)
    entries = int(lengths.sum())
    owner = np.repeat(np.arange(n, dtype=np.int64), lengths)
    target = _distinct_targets(rng, owner, cumulative, n)
    kind = _weighted_choice(rng, (0.75, 0.05, 0.20), entries)
    optional = (kind != 2) & (rng.random(entries) < 0.10)  # 8% of all; dev deps never
    target_cfg = np.where(
        rng.random(entries) < 0.04, 1 + _weighted_choice(rng, [p for _, p in _TARGETS], entries), 0
    )
    features = np.where(
        rng.random(entries) < 0.15, 1 + rng.integers(0, len(_DEP_FEATURES), entries), 0
    )
    no_default = rng.random(entries) < np.where(features > 0, 0.25, 0.04)
    explicit = np.full(entries, None, dtype=object)
    for entry in np.flatnonzero(rng.random(entries) < 0.004).tolist():
        suffix = pr.choice(("_old", "_new", "02", "03", "_v2", "_next", "_compat", "1"))
        explicit[entry] = names[int(target[entry])].replace("-", "_") + suffix
    lagging = rng.random(entries) < 0.35
    lag = np.where(lagging, rng.exponential(150 * _DAY_US, entries), 0).astype(np.int64)
    return _Lists(
        start=_starts(lengths),
        crate=owner,
        target=target,
        kind=kind,
        optional=optional,
        target_cfg=target_cfg,
        features=features,
        default_features=~no_default,
        explicit=explicit,
        style=_weighted_choice(rng, _STYLE_WEIGHTS, entries),
        caret=rng.random(entries) < 0.5,
        lag=lag,
    )


def _feature_map(style: int, deps: Sequence[str], new_syntax: bool) -> dict[str, list[str]]:
    """A version's ``[features]``, naming its first optional dependencies ``deps``."""
    features: dict[str, list[str]] = {}
    std: list[str] = []
    full: list[str] = []
    if style in (1, 3):
        features["default"] = ["std"]
        features["std"] = std
    if style == 3:
        features["alloc"] = []
        std.append("alloc")
    if style == 2:
        features["default"] = []
        features["nightly"] = []
    if style == 4:
        features["default"] = ["full"]
        features["full"] = full
    for dep in deps:
        if new_syntax:  # explicit dep: features and weak dependency features
            if dep not in features:
                features[dep] = [f"dep:{dep}"]
            if style in (1, 3):
                std.append(f"{dep}?/std")
        elif style in (1, 3):  # the old way: enabling `dep/std` enables the dependency
            std.append(f"{dep}/std")
        if style == 4:
            full.append(dep)
    return features


def _version_features(
    rng: np.random.Generator,
    lists: _Lists,
    names: Sequence[str],
    crate: _I64,
    deps: _I64,
    created: _I64,
) -> _Arr:
    """``versions.features`` texts, consistent with the optional dependencies present."""
    n = len(lists.start)
    style = _weighted_choice(rng, (0.45, 0.25, 0.10, 0.12, 0.08), n)
    opt_before = np.concatenate(([0], np.cumsum(lists.optional)))
    present = opt_before[lists.start[crate] + deps] - opt_before[lists.start[crate]]
    present = np.minimum(present, 3)
    new_syntax = created >= _us(_NEW_FEATURES_SINCE)
    key = (crate * 4 + present) * 2 + new_syntax
    key[style[crate] == 0] = -1
    uniques, inverse = np.unique(key, return_inverse=True)
    # The first three optional entries of each crate, by name (renamed: the new name).
    rank = opt_before[:-1] - opt_before[lists.start[lists.crate]]
    firsts = np.flatnonzero(lists.optional & (rank < 3))
    optional_names: dict[int, list[str]] = {}
    for entry in firsts.tolist():
        explicit = lists.explicit[entry]
        name = explicit if explicit is not None else names[int(lists.target[entry])]
        optional_names.setdefault(int(lists.crate[entry]), []).append(str(name))
    texts = np.empty(len(uniques), dtype=object)
    for i, k in enumerate(uniques.tolist()):
        if k < 0:
            texts[i] = "{}"
            continue
        c, rest = divmod(k, 8)
        count, new = divmod(rest, 2)
        deps_named = optional_names.get(c, [])[:count]
        texts[i] = _jsonb(_feature_map(int(style[c]), deps_named, bool(new)))
    result: _Arr = texts[inverse.reshape(-1)]
    return result


def _cycle_partners(
    rng: np.random.Generator, lists: _Lists, pop_rank: _I64, crate_created: _I64
) -> tuple[_I64, _I64]:
    """A few popular crates dev-depend on one of their dependents (serde <-> serde_derive)."""
    n = len(pop_rank)
    partner = np.full(n, -1, dtype=np.int64)
    popular = pop_rank < max(3, n // 500)
    candidates = np.flatnonzero((lists.kind == 0) & ~lists.optional & popular[lists.target])
    if len(candidates):
        candidates = candidates[rng.permutation(len(candidates))]
        _, first = np.unique(lists.target[candidates], return_index=True)
        chosen = candidates[np.sort(first)][: max(1, n // 2000)]
        partner[lists.target[chosen]] = lists.crate[chosen]
    when = np.where(partner >= 0, crate_created[np.maximum(partner, 0)], np.iinfo(np.int64).max)
    return partner, when


def _requirement_sql() -> str:
    pre = f"{_sql_list(_PRE_TEXTS)}[pre + 1]"
    caret = "CASE WHEN caret THEN '^' ELSE '' END"
    full = f"maj || '.' || mi || '.' || pa || {pre}"
    return (
        "CASE style "
        f"WHEN 0 THEN {caret} || {full} "
        f"WHEN 1 THEN {caret} || maj || '.' || mi "
        f"WHEN 2 THEN {caret} || maj "
        f"WHEN 3 THEN '~' || {full} "
        f"WHEN 4 THEN '=' || {full} "
        "WHEN 5 THEN '>=' || maj || '.' || mi || ', <' || "
        "CASE WHEN maj = 0 THEN '0.' || (mi + 1) ELSE CAST(maj + 1 AS VARCHAR) END "
        "WHEN 6 THEN '*' "
        "ELSE maj || '.' || mi || '.*' END"
    )


class _VersionTable(NamedTuple):
    crate: _I64  # grouped rows: crate position
    created: _I64
    major: _I64
    minor: _I64
    patch: _I64
    pre: _I64
    yanked: _Bool
    ids: _I64
    perm: _I64
    counts: _I64


def _write_dependencies(
    writer: _CsvWriter,
    rng: np.random.Generator,
    lists: _Lists,
    versions: _VersionTable,
    deps: _I64,
    partner: _I64,
    partner_time: _I64,
    start_us: int,
) -> None:
    """Dependency rows in id order (by depending version id), in chunks."""
    starts = _starts(versions.counts)
    last_row = starts + versions.counts - 1
    # Versions sorted by (crate, publication second): "the newest version at time t".
    seconds = (versions.created - start_us) // _US
    version_key = (versions.crate << 32) | seconds
    expressions = {
        "features": f"{_sql_list([_pg_array(()), *map(_pg_array, _DEP_FEATURES)])}[feat + 1]",
        "target": f"{_sql_list([None, *(t for t, _ in _TARGETS)])}[tcfg + 1]",
        "req": _requirement_sql(),
    }
    by_id = deps[versions.perm]
    bounds = np.searchsorted(
        np.cumsum(by_id), np.arange(_DEP_CHUNK_ROWS, int(by_id.sum()), _DEP_CHUNK_ROWS)
    )
    first_id = 1
    caret_written = _us(_CARET_WRITTEN_UNTIL)
    for chunk in np.split(versions.perm, bounds + 1):
        dv = deps[chunk]
        rows = int(dv.sum())
        if rows == 0 and first_id > 1:
            continue
        vrow = np.repeat(chunk, dv)
        k = _group_positions(dv)
        crate = versions.crate[vrow]
        entry = lists.start[crate] + k
        when = versions.created[vrow]
        target = lists.target[entry]
        kind = lists.kind[entry]
        optional = lists.optional[entry]
        tcfg = lists.target_cfg[entry]
        feat = lists.features[entry]
        default = lists.default_features[entry]
        explicit = lists.explicit[entry]
        style = lists.style[entry]
        lag = lists.lag[entry]
        # The last dependency of a popular crate's later versions: a dev-dependency on
        # one of its dependents (the cycle), unless it is an optional dependency that
        # the version's features name.
        cycle = (
            (k == np.repeat(dv, dv) - 1)
            & (partner[crate] >= 0)
            & (when > partner_time[crate])
            & ~optional
        )
        if cycle.any():
            target = np.where(cycle, partner[crate], target)
            kind = np.where(cycle, 2, kind)
            tcfg = np.where(cycle, 0, tcfg)
            feat = np.where(cycle, 0, feat)
            default = default | cycle
            explicit = explicit.copy()
            explicit[cycle] = None
            lag = np.where(cycle, 0, lag)
        # The target's newest version when the requirement was written (its first if
        # none yet), stepping back over yanked versions and pre-releases.
        query = (target << 32) | np.maximum((when - lag - start_us) // _US, 0)
        found = np.searchsorted(version_key, query, side="right") - 1
        lo, hi = starts[target], last_row[target]
        found = np.clip(found, lo, hi)
        for _ in range(2):
            back = (versions.yanked[found] | (versions.pre[found] > 0)) & (found > lo)
            found = found - back
        maj = versions.major[found]
        mi = versions.minor[found]
        pa = versions.patch[found].copy()
        pre = versions.pre[found].copy()
        style = np.where((pre > 0) & np.isin(style, (1, 2, 5, 6, 7)), 0, style)
        style = np.where((style == 2) & (maj == 0), 1, style)
        ahead = rng.random(rows) < 0.004  # one patch past the newest release
        pa += ahead
        pre[ahead] = 0
        style = np.where(ahead, 0, style)
        caret = lists.caret[entry] | (when < caret_written)
        writer.write(
            "dependencies",
            {
                "crate_id": target + 1,
                "default_features": default,
                "explicit_name": explicit,
                "feat": feat,
                "id": np.arange(first_id, first_id + rows, dtype=np.int64),
                "kind": kind,
                "optional": optional,
                "maj": maj,
                "mi": mi,
                "pa": pa,
                "pre": pre,
                "style": style,
                "caret": caret,
                "tcfg": tcfg,
                "version_id": versions.ids[vrow],
            },
            expressions,
        )
        first_id += rows


def synthetic_dump(
    out: Path,
    *,
    crates: int = 200_000,
    versions: int = 2_000_000,
    dependencies: int = 20_000_000,
    seed: int = 0,
    timestamp: datetime | None = None,
) -> DumpStats:
    """Write a synthetic crates.io dump with exactly these numbers of rows.

    The distributions are described in the module documentation. Needs
    ``crates <= versions <= 1500 * crates`` and, with ``dependencies``, at least two
    crates; ``timestamp`` is the dump time (default ``DEFAULT_TIMESTAMP``).
    """
    if crates < 1:
        raise ValueError("synthetic_dump: at least one crate is needed")
    if not crates <= versions <= crates * _MAX_VERSIONS_PER_CRATE:
        raise ValueError(
            f"synthetic_dump: versions must be between crates ({crates:,}) and "
            f"{_MAX_VERSIONS_PER_CRATE} times crates"
        )
    if dependencies < 0:
        raise ValueError("synthetic_dump: dependencies must not be negative")
    end = _dump_time(timestamp)
    start_us, end_us = _window(end)
    rng = _rng(seed, 10)
    n = crates

    names, roots = _crate_names(_pyrng(seed, 11), n)
    crate_created = _creation_times(rng, n, start_us, end_us)
    age = (end_us - crate_created) / (end_us - start_us)
    # Popularity: Zipf weights over a rank that favours old crates (serde, libc and
    # log are from crates.io's first year), with enough noise for late risers (syn).
    key = (np.arange(n) + 1.0) / n * np.exp(rng.normal(0.0, 1.5, n))
    pop_rank = np.empty(n, dtype=np.int64)
    pop_rank[np.argsort(key, kind="stable")] = np.arange(n)
    # Zipf-Mandelbrot (offset 2) so that the top crate is not drawn into two thirds of
    # all dependency lists: serde, the most depended-on crate, is in about a third.
    weight = np.asarray(1.0 / (pop_rank + 2.0), dtype=np.float64)
    cumulative = np.cumsum(weight)

    # Versions per crate: Lomax tails, more for old and for popular crates.
    appetite = rng.pareto(1.6, n) * (0.3 + age) ** 0.5
    appetite[rng.random(n) < 0.25] = 0.0  # published once and never again
    appetite *= 1.0 + 4.0 / (1.0 + pop_rank / max(1.0, 0.005 * n))
    counts = _fit_counts(
        rng,
        appetite,
        np.full(n, _MAX_VERSIONS_PER_CRATE, dtype=np.int64),
        np.ones(n, dtype=np.int64),
        versions,
        "versions",
    )
    created = _version_times(rng, counts, crate_created, end_us)
    starts = _starts(counts)
    last = starts + counts - 1
    crate_of_row = np.repeat(np.arange(n, dtype=np.int64), counts)
    pos = _group_positions(counts)
    major, minor, patch, pre, yanked = _semver_rows(rng, counts)
    ids, perm = _global_ids(created)

    # Dependencies per version: a per-crate appetite (15% of crates have none), growing
    # over the crate's versions, capped by the crates created before it.
    dep_appetite = np.exp(rng.normal(1.6, 0.9, n))
    dep_appetite[rng.random(n) < 0.15] = 0.0
    growth = 0.55 + 0.45 * pos / np.maximum(counts[crate_of_row] - 1, 1)
    cap = np.minimum(np.arange(n, dtype=np.int64), _MAX_DEPS_PER_VERSION)[crate_of_row]
    deps = _fit_counts(
        rng,
        dep_appetite[crate_of_row] * growth,
        cap,
        np.zeros(len(cap), dtype=np.int64),
        dependencies,
        "dependencies",
    )
    lengths = np.maximum.reduceat(deps, starts)
    lists = _dependency_lists(rng, _pyrng(seed, 12), lengths, cumulative, names)
    partner, partner_time = _cycle_partners(rng, lists, pop_rank, crate_created)

    dependents = np.bincount(lists.target, minlength=n).astype(np.int64)
    age_years = (end_us - crate_created) / (365.25 * _DAY_US)
    downloads_total = _crate_downloads(rng, dependents, age_years)
    v_downloads = _split_downloads(rng, downloads_total, counts, pos)
    users, teams = max(3, n // 2 + 1), max(1, n // 400)
    people = _people(_pyrng(seed, 13), rng, users, teams)
    owners = _owners(rng, roots, crate_created, end_us, users, teams, weight)
    extras = _version_extras(rng, crate_of_row, created, yanked, names, owners, end_us)
    features = _version_features(rng, lists, names, crate_of_row, deps, created)
    checksum_hex = rng.bytes(32 * versions).hex()
    checksum = np.array(
        [checksum_hex[i : i + 64] for i in range(0, 64 * versions, 64)], dtype=object
    )
    del checksum_hex
    links_of = np.array(
        [None] + [name[:-4] if name.endswith(("-sys", "_sys")) else None for name in names],
        dtype=object,
    )
    links = links_of[np.where(rng.random(n) < 0.5, np.arange(1, n + 1), 0)][crate_of_row]

    with tempfile.TemporaryDirectory(prefix=".dumpgen-", dir=out.parent) as tmp:
        writer = _CsvWriter(Path(tmp))
        try:
            _write_crates(
                writer,
                _pyrng(seed, 14),
                rng,
                _CrateTable(
                    names=names,
                    created=crate_created,
                    updated=np.minimum(
                        created[last] + (rng.random(n) * _DAY_US).astype(np.int64), end_us
                    ),
                    downloads=downloads_total,
                    logins=[people.user_login[u - 1] for u in owners.primary.tolist()],
                ),
            )
            columns = _version_columns(
                ids, crate_of_row, created, v_downloads, yanked, extras, perm
            )
            columns.update(
                checksum=checksum[perm],
                features=features[perm],
                links=links[perm],
                maj=major[perm],
                mi=minor[perm],
                pa=patch[perm],
                pre=pre[perm],
            )
            del checksum, features
            num = f"maj || '.' || mi || '.' || pa || {_sql_list(_PRE_TEXTS)}[pre + 1]"
            writer.write("versions", columns, {"num": num})
            del columns
            table = _VersionTable(
                crate_of_row, created, major, minor, patch, pre, yanked, ids, perm, counts
            )
            _write_dependencies(writer, rng, lists, table, deps, partner, partner_time, start_us)
            _write_owners(writer, owners)
            _write_people(writer, people)
            newest = np.zeros(versions, dtype=bool)
            newest[last] = True
            newest[np.maximum(last - 1, starts)] = True
            day, count, vid = _recent_downloads(rng, ids, created, v_downloads, newest, end)
            writer.write("version_downloads", {"date": day, "downloads": count, "version_id": vid})
        finally:
            writer.close()
        _pack(
            out,
            Path(tmp),
            writer,
            end,
            f"synthetic:{seed}",
            f"synthetic: {crates:,} crates, {versions:,} versions, {dependencies:,} dependencies",
        )
    return DumpStats(
        crates=n,
        versions=versions,
        dependencies=dependencies,
        dropped_dependencies=0,
        users=users,
        teams=teams,
        owners=len(owners.crate),
    )
