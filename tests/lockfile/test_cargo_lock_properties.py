"""Property tests of the lockfile parser: written graphs read back exactly; junk never crashes."""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from cratewatch.errors import LockfileError
from cratewatch.lockfile import parse_lockfile

CRATES_IO = "registry+https://github.com/rust-lang/crates.io-index"

names = st.text(string.ascii_lowercase + "_-", min_size=1, max_size=8).filter(
    lambda n: n[0].isalpha()
)
versions = st.tuples(
    st.integers(0, 20), st.integers(0, 20), st.integers(0, 20), st.sampled_from(["", "-alpha.1"])
).map(lambda v: f"{v[0]}.{v[1]}.{v[2]}{v[3]}")
sources = st.sampled_from(
    [
        None,
        CRATES_IO,
        "sparse+https://index.crates.io/",
        "git+https://github.com/example/repo?branch=main#0123456789abcdef0123456789abcdef01234567",
    ]
)


@st.composite
def graphs(draw: st.DrawFn) -> list[tuple[str, str, str | None, list[int]]]:
    """Distinct packages, each depending on some earlier ones (by index)."""
    keys = draw(st.lists(st.tuples(names, versions), min_size=1, max_size=12, unique=True))
    packages = []
    for i, (name, version) in enumerate(keys):
        deps = draw(st.lists(st.integers(0, max(i - 1, 0)), max_size=3, unique=True)) if i else []
        packages.append((name, version, draw(sources), deps))
    return packages


def _dependency(
    packages: list[tuple[str, str, str | None, list[int]]], index: int, v1: bool
) -> str:
    name, version, source, _ = packages[index]
    if v1:
        return f"{name} {version}" + (f" ({source})" if source else "")
    same_name = [p for p in packages if p[0] == name]
    if len(same_name) == 1:
        return name
    same_version = [p for p in same_name if p[1] == version]
    return f"{name} {version}" + (f" ({source})" if len(same_version) > 1 and source else "")


def _write(packages: list[tuple[str, str, str | None, list[int]]], format_version: int) -> str:
    v1 = format_version == 1
    lines = [] if v1 else [f"version = {format_version}", ""]
    for name, version, source, deps in packages:
        lines += ["[[package]]", f'name = "{name}"', f'version = "{version}"']
        if source:
            lines.append(f'source = "{source}"')
        if deps:
            listed = ", ".join(f'"{_dependency(packages, d, v1)}"' for d in sorted(set(deps)))
            lines.append(f"dependencies = [{listed}]")
        lines.append("")
    if v1:
        lines.append("[metadata]")
        lines += [
            f'"checksum {n} {v} ({s})" = "{"ab" * 32}"' for n, v, s, _ in packages if s == CRATES_IO
        ]
    return "\n".join(lines) + "\n"


@settings(max_examples=150, deadline=None)
@given(graphs(), st.sampled_from([1, 3, 4]))
def test_a_written_graph_reads_back_exactly(
    packages: list[tuple[str, str, str | None, list[int]]], format_version: int
) -> None:
    lockfile = parse_lockfile(_write(packages, format_version))
    assert lockfile.format_version == format_version
    assert [(str(p.name), str(p.version)) for p in lockfile.packages] == [
        (n, v) for n, v, _, _ in packages
    ]
    for package, (_, _, source, deps) in zip(lockfile.packages, packages, strict=True):
        expected = {(packages[d][0], packages[d][1]) for d in deps}
        assert {(str(d.name), str(d.version)) for d in package.dependencies} == expected
        assert (package.source is None) == (source is None)
        if format_version == 1 and source == CRATES_IO:
            assert package.checksum == "ab" * 32


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_text_is_a_lockfile_or_a_lockfile_error(text: str) -> None:
    try:
        parse_lockfile(text, "fuzz.lock")
    except LockfileError as exc:
        assert str(exc).startswith("fuzz.lock: ") and "\n" not in str(exc)


toml_values = st.recursive(
    st.none().map(lambda _: '""')
    | st.integers(-5, 5).map(str)
    | st.booleans().map(lambda b: str(b).lower())
    | st.text(string.ascii_letters + " .-=()", max_size=12).map(lambda t: f'"{t}"'),
    lambda inner: st.lists(inner, max_size=3).map(lambda xs: "[" + ", ".join(xs) + "]"),
    max_leaves=6,
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["name", "version", "source", "checksum", "dependencies", "x"]),
            toml_values,
        ),
        max_size=6,
        unique_by=lambda kv: kv[0],
    ),
    st.sampled_from(["", "version = 3\n", "version = 1\n", 'version = "3"\n', "[root]\n"]),
)
def test_well_formed_toml_of_the_wrong_shape_is_a_lockfile_error(
    fields: list[tuple[str, str]], preamble: str
) -> None:
    text = preamble + "[[package]]\n" + "".join(f"{k} = {v}\n" for k, v in fields)
    try:
        parse_lockfile(text, "shape.lock")
    except LockfileError as exc:
        assert str(exc).startswith("shape.lock: ") and "\n" not in str(exc)
