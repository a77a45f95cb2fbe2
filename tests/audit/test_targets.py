"""Target triples: rustc's whole list, with rustc's own OS and architecture names."""

from __future__ import annotations

import pytest

from cratewatch.errors import UsageError
from cratewatch.model.target import Target, known_triples


def test_rustc_tier_1_2_and_3_targets_are_known() -> None:
    triples = known_triples()
    assert len(triples) > 300
    for triple in (
        "x86_64-unknown-linux-gnu",  # tier 1
        "aarch64-apple-darwin",
        "x86_64-pc-windows-msvc",
        "wasm32-unknown-unknown",  # tier 2
        "thumbv8m.base-none-eabi",
        "riscv64gc-unknown-linux-gnu",
        "aarch64-unknown-nto-qnx710",  # tier 3
        "x86_64-unknown-haiku",
        "wasm32-wasi",  # renamed wasm32-wasip1 in Rust 1.78, still in older configurations
    ):
        assert triple in triples


@pytest.mark.parametrize(
    ("triple", "os", "arch"),
    [
        ("x86_64-unknown-linux-gnu", "linux", "x86_64"),
        ("i686-pc-windows-gnu", "windows", "x86"),
        ("aarch64-apple-darwin", "macos", "aarch64"),
        ("aarch64-apple-ios-sim", "ios", "aarch64"),
        ("aarch64-linux-android", "android", "aarch64"),
        ("armv7-unknown-linux-gnueabihf", "linux", "arm"),
        ("thumbv7em-none-eabihf", "none", "arm"),
        ("aarch64-unknown-nto-qnx710", "nto", "aarch64"),
        ("armv7-wrs-vxworks-eabihf", "vxworks", "arm"),
        ("riscv32imc-esp-espidf", "espidf", "riscv32"),
        ("x86_64-unknown-illumos", "illumos", "x86_64"),
        ("wasm32-wasip2", "wasi", "wasm32"),
        ("powerpc64le-unknown-linux-gnu", "linux", "powerpc64"),
        ("mipsisa64r6el-unknown-linux-gnuabi64", "linux", "mips64r6"),
    ],
)
def test_os_and_arch_are_rustcs_target_os_and_target_arch(triple: str, os: str, arch: str) -> None:
    assert Target.parse(triple) == Target(triple, os, arch)


@pytest.mark.parametrize(
    ("triple", "suggestion"),
    [
        ("x86_64-unknown-linux-gnuu", "did you mean 'x86_64-unknown-linux-gnu'?"),
        ("x86-64-pc-windows-msvc", "did you mean 'x86_64-pc-windows-msvc'?"),
        ("X86_64-APPLE-DARWIN", "did you mean 'x86_64-apple-darwin'?"),
        ("linux", "see `rustc --print target-list`"),
        ("", "see `rustc --print target-list`"),
    ],
)
def test_unknown_triples_are_refused_with_a_suggestion(triple: str, suggestion: str) -> None:
    with pytest.raises(UsageError) as info:
        Target.parse(triple)
    assert str(info.value) == f"unknown target triple '{triple}' ({suggestion})"
