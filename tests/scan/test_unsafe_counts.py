"""Unsafe counts from syntax trees, checked on hand-made code and on a real crate's sources."""

from __future__ import annotations

from pathlib import Path

import pytest

from cratewatch.scan.unsafe_counts import UnsafeCounts, count_unsafe

SOURCE = b"""
#![forbid(unsafe_code)]
unsafe fn a() {}
pub unsafe extern "C" fn b() {}
unsafe impl Send for X {}
unsafe trait T {}
fn c() { unsafe { d() } }
impl X { unsafe fn method(&self) { unsafe { e() } } }
macro_rules! m { () => { unsafe { e() } } }
extern "C" { fn f(); }
// unsafe in a comment, and "unsafe" in a string, are not counted
fn g() -> &'static str { "unsafe" }
"""


def test_every_kind_is_counted() -> None:
    counts = count_unsafe(SOURCE)
    assert counts == UnsafeCounts(
        functions=3, blocks=2, impls=1, traits=1, extern_blocks=1, in_macros=1, forbids_unsafe=True
    )
    assert counts.total == 9


def test_safe_and_broken_code() -> None:
    assert count_unsafe(b'fn main() { println!("hi"); }') == UnsafeCounts()
    assert count_unsafe(b"fn main( { unsafe { x() }").blocks == 1  # parsed as far as it goes
    assert count_unsafe(b"\xff\xfe not rust").total == 0


def test_sums() -> None:
    assert UnsafeCounts(functions=1) + UnsafeCounts(blocks=2, forbids_unsafe=True) == UnsafeCounts(
        functions=1, blocks=2, forbids_unsafe=True
    )


def test_a_real_crate_from_debian() -> None:
    roots = sorted(Path("/usr/share/cargo/registry").glob("semver-1.*"))
    if not roots:
        pytest.skip("librust-semver-dev is not installed")
    total = sum((count_unsafe(f.read_bytes()) for f in roots[-1].rglob("*.rs")), UnsafeCounts())
    # semver's identifier.rs packs short identifiers into a pointer: plenty of unsafe blocks
    assert total.blocks > 10 and total.impls >= 2
