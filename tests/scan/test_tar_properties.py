"""The archive reader on arbitrary damage: whatever the bytes, it returns a crate with its
problems (never raises, never loops), and a crate read fully has no blocking problem."""

from __future__ import annotations

import gzip
import io
import tarfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cratewatch.scan.extract import read_crate

MANIFEST = b'[package]\nname = "x"\nversion = "1.0.0"\n'


def _tar(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return out.getvalue()


VALID = _tar(
    {
        "x-1.0.0/Cargo.toml": MANIFEST,
        "x-1.0.0/src/lib.rs": b"pub fn f() {}\n" * 50,
        "x-1.0.0/src/" + "long/" * 40 + "name.rs": b"fn g() {}\n",
    }
)

_SETTINGS = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@_SETTINGS
@given(
    st.lists(st.tuples(st.integers(0, len(VALID) - 1), st.integers(0, 255)), max_size=20),
    st.integers(0, len(VALID)),
)
def test_damaged_tar_inside_valid_gzip(
    tmp_path: Path, flips: list[tuple[int, int]], cut: int
) -> None:
    data = bytearray(VALID)
    for at, value in flips:
        data[at] = value
    crate = tmp_path / "x-1.0.0.crate"
    crate.write_bytes(gzip.compress(bytes(data[: cut or None])))
    archive = read_crate(crate)
    assert all(isinstance(p.detail, str) for p in archive.problems)
    assert sum(len(d) for d in archive.files.values()) <= len(data)


@_SETTINGS
@given(st.binary(max_size=4096))
def test_arbitrary_bytes(tmp_path: Path, data: bytes) -> None:
    crate = tmp_path / "x-1.0.0.crate"
    crate.write_bytes(data)
    archive = read_crate(crate)  # never raises
    if not data.startswith(b"\x1f\x8b"):
        assert not archive.complete and archive.files == {}


def test_an_undamaged_archive_is_complete(tmp_path: Path) -> None:
    crate = tmp_path / "x-1.0.0.crate"
    crate.write_bytes(gzip.compress(VALID))
    archive = read_crate(crate)
    assert archive.complete and archive.problems == ()
    assert set(archive.files) == {"Cargo.toml", "src/lib.rs", "src/" + "long/" * 40 + "name.rs"}
