"""``cratewatch audit BINARY``: the dependency list cargo-auditable embeds, read from ELF,
PE, Mach-O (thin and universal) and WebAssembly binaries built here, audited like a
lockfile; without one, the crates named by source paths, marked partial; and hostile files
refused with one line."""

from __future__ import annotations

import json
import zlib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cratewatch.binaries.formats import is_binary
from cratewatch.binaries.read import read_binary
from cratewatch.errors import InputError
from tests.binaries.build import build, dependency_list, universal
from tests.cli.test_audit_cli import assert_one_line_error, run
from tests.conftest import ADVISORY_DB, require

FORMATS = ("ELF", "PE", "Mach-O", "WebAssembly")
# a program, a crates.io dependency with an advisory (smallvec 1.6.0: RUSTSEC-2021-0003,
# fixed in 1.6.1) and a build dependency, as cargo-auditable writes them
PACKAGES: list[dict[str, Any]] = [
    {"name": "demo", "version": "0.1.0", "source": "local", "root": True, "dependencies": [1, 2]},
    {"name": "smallvec", "version": "1.6.0", "source": "crates.io"},
    {"name": "cc", "version": "1.0.83", "source": "crates.io", "kind": "build"},
]
PANIC_PATH = (
    "/home/ci/.cargo/registry/src/index.crates.io-6f17d22bba15001f/smallvec-1.6.0/src/lib.rs"
)


def audit_json(binary: Path) -> tuple[int, Any]:
    result = run("audit", binary, "--db", require(ADVISORY_DB), "--format", "json", "-q")
    assert result.stdout, result.output
    return result.exit_code, json.loads(result.stdout)


@pytest.mark.parametrize("kind", FORMATS)
def test_the_embedded_list_of_each_format_is_the_graph(tmp_path: Path, kind: str) -> None:
    binary = build(tmp_path, kind, dependency_list(PACKAGES))
    assert is_binary(binary)
    lockfile = read_binary(binary)
    assert [str(p.id) for p in lockfile.packages] == ["demo 0.1.0", "smallvec 1.6.0", "cc 1.0.83"]
    demo, smallvec, cc = lockfile.packages
    assert demo.id.is_local and demo.dependencies == (smallvec.id, cc.id)
    assert smallvec.id.source is not None and smallvec.id.source.is_crates_io
    assert lockfile.roots == (demo.id,) and not lockfile.partial


@pytest.mark.parametrize("kind", FORMATS)
def test_a_binary_is_audited_like_a_lockfile(tmp_path: Path, kind: str) -> None:
    code, report = audit_json(build(tmp_path, kind, dependency_list(PACKAGES)))
    assert code == 1
    found = {(f["crate"], f["version"], f["advisory_id"]) for f in report["findings"]}
    assert ("smallvec", "1.6.0", "RUSTSEC-2021-0003") in found
    assert report["lockfile"].endswith(".bin") and report["summary"]["packages"] == 3
    assert not [d for d in report["diagnostics"] if d["code"] == "binary-partial"]


def test_a_universal_mach_o_file_is_read_through_its_slices(tmp_path: Path) -> None:
    slices = [build(tmp_path, "Mach-O arm64"), build(tmp_path, "Mach-O", dependency_list(PACKAGES))]
    lockfile = read_binary(universal(tmp_path, slices))
    assert [p.name for p in lockfile.packages] == ["demo", "smallvec", "cc"]


def test_without_the_list_the_crates_of_panic_paths_are_audited_as_partial(
    tmp_path: Path,
) -> None:
    windows = r"C:\\Users\\ci\\.cargo\\registry\\src\\index.crates.io-6f17d22bba15001f\\"
    binary = build(
        tmp_path,
        "ELF",
        strings=(PANIC_PATH, windows + r"tokio-util-0.7.10\\src\\io.rs", "/src/vendor/x/notes.txt"),
    )
    lockfile = read_binary(binary)
    assert [str(p.id) for p in lockfile.packages] == ["smallvec 1.6.0", "tokio-util 0.7.10"]
    assert "recovered from source paths" in lockfile.partial
    code, report = audit_json(binary)
    assert code == 1
    assert any(f["advisory_id"] == "RUSTSEC-2021-0003" for f in report["findings"])
    (partial,) = [d for d in report["diagnostics"] if d["code"] == "binary-partial"]
    assert "2 crates recovered" in partial["message"] and partial["level"] == "warn"


def test_a_binary_with_nothing_to_audit_is_one_line(tmp_path: Path) -> None:
    binary = build(tmp_path, "PE")
    result = run("audit", binary, "--db", require(ADVISORY_DB))
    assert_one_line_error(result, 3, str(binary), "no dependency list embedded by cargo-auditable")


def test_reachability_of_a_binary_is_refused(tmp_path: Path) -> None:
    binary = build(tmp_path, "ELF", dependency_list(PACKAGES))
    result = run("audit", binary, "--reachability", "--db", require(ADVISORY_DB))
    assert_one_line_error(result, 2, "--reachability", "reachability needs sources")


# -- hostile lists and files ------------------------------------------------------------


def _bomb() -> bytes:
    compressor = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    return b"".join(compressor.compress(chunk) for _ in range(80)) + compressor.flush()


@pytest.mark.parametrize(
    ("section", "problem"),
    [
        (b"not zlib at all", "is not zlib data"),
        (_bomb(), "inflates to over"),
        (zlib.compress(b"[1, 2]"), "no list of packages"),
        (zlib.compress(b'{"packages": ' + b"[" * 200_000 + b"]" * 200_000 + b"}"), "too deeply"),
        (zlib.compress(b"{"), "is not JSON"),
        (dependency_list([{"name": "a\x1b[2J", "version": "1.0.0"}]), "has no valid name"),
        (dependency_list([{"name": "a", "version": "one"}]), "has no valid version"),
        (dependency_list([{"name": "a", "version": "1.0.0", "dependencies": [7]}]), "indices"),
        (dependency_list([{"name": "a", "version": "1.0.0", "dependencies": [True]}]), "indices"),
        (dependency_list(["a"]), "is not an object"),  # type: ignore[list-item]
    ],
)
def test_a_hostile_list_is_refused(tmp_path: Path, section: bytes, problem: str) -> None:
    binary = build(tmp_path, "WebAssembly", section)
    with pytest.raises(InputError, match=problem) as raised:
        read_binary(binary)
    assert str(binary) in str(raised.value) and "\x1b" not in str(raised.value)


@pytest.mark.parametrize("kind", FORMATS)
def test_a_truncated_binary_is_one_line(tmp_path: Path, kind: str) -> None:
    whole = build(tmp_path, kind, dependency_list(PACKAGES)).read_bytes()
    cut = tmp_path / "cut.bin"
    cut.write_bytes(whole[: len(whole) // 3])
    result = run("audit", cut, "--db", require(ADVISORY_DB))
    assert result.exit_code == 3 and str(cut) in result.stderr, result.output
    assert_one_line_error(result, 3, str(cut))


def test_a_section_claiming_more_than_the_limit_is_not_read(tmp_path: Path) -> None:
    header = b"\0asm\x01\0\0\0"
    name = b"\x07.dep-v0"
    size = (1 << 28) | len(name)  # a custom section announcing 256 MiB
    leb = bytearray()
    while True:
        byte, size = size & 0x7F, size >> 7
        leb.append(byte | (0x80 if size else 0))
        if not size:
            break
    binary = tmp_path / "big.wasm"
    binary.write_bytes(header + b"\0" + bytes(leb) + name + b"x" * 64)
    with pytest.raises(InputError, match="over the limit"):
        read_binary(binary)


MAGICS = (b"\x7fELF", b"MZ", b"\xcf\xfa\xed\xfe", b"\xca\xfe\xba\xbe", b"\0asm\x01\0\0\0")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(magic=st.sampled_from(MAGICS), rest=st.binary(max_size=2048))
def test_any_bytes_after_a_magic_are_read_or_refused_with_an_input_error(
    tmp_path_factory: pytest.TempPathFactory, magic: bytes, rest: bytes
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "f.bin"
    path.write_bytes(magic + rest)
    try:
        read_binary(path)
    except InputError as error:
        assert str(path) in str(error) and "\n" not in str(error)
