"""The index file format: paths, lines, versions; and the cache directory rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from cratewatch.cachedir import user_cache_dir
from cratewatch.errors import RegistryIndexError
from cratewatch.model.version import Version
from cratewatch.registry.interface import (
    IndexVersion,
    index_path,
    parse_index_file,
    to_index_versions,
)
from tests.registry.support import line


@pytest.mark.parametrize(
    ("name", "path"),
    [
        ("a", "1/a"),
        ("ab", "2/ab"),
        ("abc", "3/a/abc"),
        ("abcd", "ab/cd/abcd"),
        ("Serde", "se/rd/serde"),
        ("serde_json", "se/rd/serde_json"),
        ("FOO-bar", "fo/o-/foo-bar"),
    ],
)
def test_index_path_layout(name: str, path: str) -> None:
    assert index_path(name) == path


@pytest.mark.parametrize("name", ["", "../etc", "a/b", "a.b", "crate name", "é", "x\0"])
def test_index_path_rejects_impossible_names(name: str) -> None:
    assert index_path(name) is None


def test_parse_reads_version_and_yanked_in_file_order() -> None:
    data = "\n".join(
        [line("foo", "1.0.0"), line("foo", "0.9.0", yanked=True), "", line("foo", "1.1.0")]
    )
    entries = parse_index_file(data.encode() + b"\n", "foo")
    assert entries == [("1.0.0", False), ("0.9.0", True), ("1.1.0", False)]


def test_parse_accepts_crlf_and_unicode_line_separators_inside_strings() -> None:
    desc = line("foo", "1.0.0", description="a\u2028b")  # JSON allows U+2028 unescaped
    data = (desc.replace("\\u2028", "\u2028") + "\r\n" + line("foo", "2.0.0") + "\r\n").encode()
    assert parse_index_file(data, "foo") == [("1.0.0", False), ("2.0.0", False)]


def test_parse_skips_lines_without_a_string_version() -> None:
    data = "\n".join(['{"name":"foo","yanked":false}', '{"name":"foo","vers":1}']).encode()
    assert parse_index_file(data, "foo") == []


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ('{"name":"foo","vers":"1.0.0"', "line 2: malformed JSON"),
        ('{"name":"foo"} {"x":1}', "line 2: malformed JSON (extra data"),
        ("[1, 2]", "line 2: expected a JSON object"),
        ("nope", "line 2: malformed JSON"),
    ],
)
def test_parse_malformed_line_names_file_and_line(text: str, problem: str) -> None:
    data = (line("foo", "1.0.0") + "\n" + text + "\n").encode()
    with pytest.raises(RegistryIndexError) as info:
        parse_index_file(data, "/idx/3/f/foo")
    assert str(info.value).startswith(f"/idx/3/f/foo: {problem}")
    assert "\n" not in str(info.value)


def test_parse_invalid_utf8_names_the_line() -> None:
    data = (line("foo", "1.0.0") + "\n").encode() + b'{"vers":"\xff"}\n'
    with pytest.raises(RegistryIndexError, match=r"^foo: line 2: not valid UTF-8$"):
        parse_index_file(data, "foo")


def test_versions_are_parsed_sorted_and_invalid_ones_skipped() -> None:
    entries = [
        ("1.0.0", False),
        ("0.1.0-alpha.1", True),
        ("1.0", False),  # invalid: real indexes have a few such lines
        ("01.0.0", False),
        ("0.1.0", False),
        ("1.0.0+build.5", False),
        ("18446744073709551615.0.0", False),  # u64::MAX: valid
        ("18446744073709551616.0.0", False),  # overflows: invalid
        ("9999999999999999999.0.0", False),
    ]
    result = to_index_versions(entries)
    assert [str(v.version) for v in result] == [
        "0.1.0-alpha.1",
        "0.1.0",
        "1.0.0",
        "1.0.0+build.5",
        "9999999999999999999.0.0",
        "18446744073709551615.0.0",
    ]
    assert result[0] == IndexVersion(Version.parse("0.1.0-alpha.1"), True)
    assert all(v.version == Version.parse(str(v.version)) for v in result)


def test_cache_dir_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CRATEWATCH_CACHE_DIR", str(tmp_path / "explicit"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert user_cache_dir() == tmp_path / "explicit"
    monkeypatch.delenv("CRATEWATCH_CACHE_DIR")
    assert user_cache_dir() == tmp_path / "xdg" / "cratewatch"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/dir")  # the XDG spec says: ignore it
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert user_cache_dir() == tmp_path / "home" / ".cache" / "cratewatch"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert user_cache_dir() == tmp_path / "home" / ".cache" / "cratewatch"
