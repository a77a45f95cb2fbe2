"""Compiled code a crate ships for its build script to link (``scan/prebuilt.py``)."""

from __future__ import annotations

import pytest

from cratewatch.scan.prebuilt import PREBUILT_RULE, prebuilt_code_evidence

ELF = b"\x7fELF\x02\x01\x01" + bytes(57) + bytes(range(256))
BUILD = b'fn main() { println!("cargo:rustc-link-lib=static=fastcrc"); }\n'


def _ar(*members: tuple[bytes, bytes]) -> bytes:
    data = b"!<arch>\n"
    for name, body in members:
        size = str(len(body)).encode().ljust(10)
        data += name.ljust(16) + b"0".ljust(32) + size + b"`\n" + body + b"\n" * (len(body) % 2)
    return data


def _flagged(files: dict[str, bytes], scripts: tuple[str, ...] = ("build.rs",)) -> list[str]:
    files = {"build.rs": BUILD, "src/lib.rs": b"", **files}
    found = prebuilt_code_evidence(files, scripts)
    assert all(e.rule == PREBUILT_RULE for e in found)
    return [e.file for e in found]


def test_a_static_library_without_source_is_flagged() -> None:
    assert _flagged({"vendor/libfastcrc.a": _ar((b"/", b"\0\0\0\0"), (b"crc.o/", ELF))}) == [
        "vendor/libfastcrc.a"
    ]


@pytest.mark.parametrize(
    "name", ["prebuilt/fast.so", "lib/fast.dll", "obj/fast.o", "lib/fast.dylib", "x/fast.bin"]
)
def test_shared_libraries_and_objects_by_their_bytes_not_their_names(name: str) -> None:
    for head in (b"\x7fELF", b"MZ\x90\x00", b"\xcf\xfa\xed\xfe", b"\x00asm"):
        assert _flagged({name: head + bytes(60)}) == [name]
    assert _flagged({name: b"not compiled code"}) == []


def test_without_a_build_script_nothing_is_linked() -> None:
    assert _flagged({"vendor/libfastcrc.a": _ar((b"crc.o/", ELF))}, scripts=()) == []


def test_an_object_with_its_source_beside_it_can_be_read() -> None:
    files = {"src/arch/wasm32.o": b"\x00asm" + bytes(8), "src/arch/wasm32.s": b".globl x\n"}
    assert _flagged(files) == []
    assert _flagged({"vendor/libfast.a": _ar((b"fast.o/", ELF)), "csrc/fast.c": b""}) == []


def test_windows_import_libraries_carry_no_code() -> None:
    short = b"\x00\x00\xff\xff\x00\x00\x64\x86" + bytes(12) + b"GetTickCount\0kernel32.dll\0"
    gnu = b"\x64\x86\x03\x00" + bytes(16) + b".idata$7" + bytes(32)
    assert _flagged({"lib/libkernel32.a": _ar((b"/", b"\0" * 4), (b"k.dll/", short))}) == []
    assert _flagged({"lib/libkernel32.a": _ar((b"d000001.o/", gnu))}) == []
    # one member of real code among the stubs is code
    mixed = _ar((b"k.dll/", short), (b"payload.o/", ELF))
    assert _flagged({"lib/libkernel32.a": mixed}) == ["lib/libkernel32.a"]


def test_test_fixtures_count_only_when_the_build_script_names_them() -> None:
    assert _flagged({"tests/bins/hello.so": ELF}) == []
    assert _flagged({"tests/bins/libfastcrc.so": ELF}) == ["tests/bins/libfastcrc.so"]


@pytest.mark.parametrize(
    "archive",
    [b"!<arch>\n", b"!<arch>\n" + b"x" * 59, b"!<arch>\n" + b"a" * 48 + b"zz" + b"\0" * 10],
)
def test_truncated_or_malformed_archives_are_static_libraries(archive: bytes) -> None:
    assert _flagged({"vendor/libfastcrc.a": archive}) == ["vendor/libfastcrc.a"]
