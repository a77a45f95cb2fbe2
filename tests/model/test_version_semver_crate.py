"""The Rust ``semver`` crate's own test cases, read as data and run against our model.

Debian's ``librust-semver-dev`` installs the crate's sources, tests included, under
``/usr/share/cargo/registry/semver-<version>/``. This module reads
``tests/test_version_req.rs`` and ``tests/test_version.rs`` from there, pulls the
inputs and expected outcomes out of the assertions with regular expressions and
turns each one into its own test. Only facts (inputs and expected results) are
taken; nothing of the Rust code is reproduced.

Extracted from ``test_version_req.rs``:

* ``let ref r = req("...")`` (or ``VersionReq::STAR``) followed by
  ``assert_match_all(r, &[...])`` / ``assert_match_none(r, &[...])``;
* ``assert_to_string(r, "...")``: the requirement's display form;
* ``for s in &[...] { assert_eq!(*r, req(s)); }``: equivalent spellings;
* ``let err = req_err("..."); assert_to_string(err, "...")``: error messages,
  which our ``VersionError`` reproduces word for word;
* ``assert!(req("...") == req("..."))`` and ``!=``;
* ``for op in &[...] { req(&format!("{} ...", op)); }``: texts that must parse.

Extracted from ``test_version.rs``:

* ``version_err`` + ``assert_to_string`` error messages;
* ``let parsed = version("...")`` with the expected ``Version { ... }`` or
  ``Version::new(...)`` fields;
* ``assert_eq!`` / ``assert_ne!`` between versions, ``assert_to_string`` display;
* ``assert!(version(a) OP version(b))`` and ``assert!(!(...))`` orderings, and the
  ``test_spec_order`` chain.

Not covered, on purpose: ``test_align`` (Rust's ``{:20}`` padding machinery, not a
semver rule) and ``test_default`` (``VersionReq::default()``, which is our
``VersionReq()``; checked below by hand).

A guard test counts the call sites in each file and checks that every one of them
was extracted, so a regex that stops matching cannot make cases silently vanish.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from cratewatch.errors import VersionError
from cratewatch.model.version import Version, VersionReq

_REGISTRY = Path("/usr/share/cargo/registry")


def _crate_version(path: Path) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", path.name.removeprefix("semver-")))


def _find_semver_sources() -> Path | None:
    candidates = [
        p
        for p in _REGISTRY.glob("semver-[0-9]*")
        if (p / "tests" / "test_version_req.rs").is_file()
        and (p / "tests" / "test_version.rs").is_file()
        and _crate_version(p)[:1] == (1,)
    ]
    return max(candidates, key=_crate_version) if candidates else None


SEMVER_DIR = _find_semver_sources()
if SEMVER_DIR is None:
    pytest.skip(
        f"the Rust semver crate's sources (Debian package librust-semver-dev) are not "
        f"installed under {_REGISTRY}/semver-1.*; run: apt-get install librust-semver-dev",
        allow_module_level=True,
    )
assert SEMVER_DIR is not None
REQ_RS = (SEMVER_DIR / "tests" / "test_version_req.rs").read_text(encoding="utf-8")
VERSION_RS = (SEMVER_DIR / "tests" / "test_version.rs").read_text(encoding="utf-8")


# --------------------------------------------------------------------------------------
# Rust source reading
# --------------------------------------------------------------------------------------

# A Rust string literal, plain or raw (r"..." / r#"..."#).
_LIT = r'(?:r(?P<_h{n}>#*)"(?:.|\n)*?"(?P=_h{n})|"(?:[^"\\]|\\.|\\\n)*")'
_lit_counter = iter(range(1_000_000))


def lit() -> str:
    """A fresh copy of the literal pattern (its inner group needs a unique name)."""
    return _LIT.format(n=next(_lit_counter))


_SIMPLE_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", "\\": "\\", "0": "\0", "'": "'", '"': '"'}
_ESCAPE = re.compile(
    r"\\(?:u\{(?P<u>[0-9a-fA-F_]{1,8})\}|x(?P<x>[0-7][0-9a-fA-F])|(?P<nl>\n\s*)|(?P<c>.))"
)


def rust_str(literal: str) -> str:
    """The value of a Rust string literal, escapes resolved."""
    raw = re.fullmatch(r'r(#*)"(.*)"\1', literal, re.S)
    if raw:
        return raw.group(2)
    assert literal.startswith('"') and literal.endswith('"'), literal

    def unescape(m: re.Match[str]) -> str:
        if m.group("u") is not None:
            return chr(int(m.group("u").replace("_", ""), 16))
        if m.group("x") is not None:
            return chr(int(m.group("x"), 16))
        if m.group("nl") is not None:
            return ""  # a line continuation: backslash, newline, leading blanks
        return _SIMPLE_ESCAPES[m.group("c")]

    return _ESCAPE.sub(unescape, literal[1:-1])


def rust_strs(list_body: str) -> list[str]:
    """The values of the string literals in the body of a ``&[...]`` list."""
    return [rust_str(m.group(0)) for m in re.finditer(lit(), list_body)]


def _strip_comments(source: str) -> str:
    """Blank out ``//`` comments (keeping offsets, thus line numbers) outside literals."""
    out = []
    pattern = re.compile(lit() + r"|//[^\n]*")
    last = 0
    for m in pattern.finditer(source):
        out.append(source[last : m.start()])
        text = m.group(0)
        out.append(" " * len(text) if text.startswith("//") else text)
        last = m.end()
    out.append(source[last:])
    return "".join(out)


REQ_SRC = _strip_comments(REQ_RS)
VERSION_SRC = _strip_comments(VERSION_RS)


def _line(source: str, offset: int) -> int:
    return source.count("\n", 0, offset) + 1


def _list(name: str) -> str:
    """A ``&[ "a", "b", ]`` list whose body is captured as ``name``."""
    return rf"\[(?P<{name}>(?:\s*{lit()}\s*,?)*)\s*\]"


_S = r"\s*"


# The stretches of each file (start, end offsets) that the extraction consumed.
CONSUMED: dict[str, list[tuple[int, int]]] = {}


def _tokens(
    file: str, source: str, patterns: dict[str, str]
) -> Iterator[tuple[str, re.Match[str], int]]:
    """Named token matches in source order, with their line numbers."""
    combined = re.compile("|".join(f"(?P<t_{name}>{p})" for name, p in patterns.items()))
    for m in combined.finditer(source):
        CONSUMED.setdefault(file, []).append(m.span())
        kind = m.lastgroup
        assert kind is not None
        yield kind.removeprefix("t_"), m, _line(source, m.start())


# --------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """One extracted expectation; ``line`` is where it stands in the Rust file."""

    kind: str
    file: str
    line: int
    args: tuple[Any, ...]

    @property
    def id(self) -> str:
        shown = " | ".join(str(a) for a in self.args)
        return f"{self.file}:{self.line}:{shown}"


STAR_TEXT = "*"  # how we spell VersionReq::STAR when parsing


def extract_req_cases(source: str) -> list[Case]:
    cases: list[Case] = []
    file = "test_version_req.rs"
    patterns = {
        "let_req": rf"let\s+ref\s+r\s*=\s*req\({_S}(?P<req>{lit()}){_S}\)\s*;",
        "let_star": (
            r"let\s+ref\s+r\s*=\s*(?:VersionReq::STAR|"
            r"VersionReq\s*\{\s*comparators:\s*Vec::new\(\)\s*,?\s*\})\s*;"
        ),
        "let_other": r"let\s+ref\s+r\s*=\s*VersionReq\b",
        "err": (
            rf"let\s+err\s*=\s*req_err\({_S}(?P<err_text>{lit()}){_S}\)\s*;"
            rf"\s*assert_to_string\({_S}err{_S},{_S}(?P<err_msg>{lit()}){_S},?{_S}\)\s*;"
        ),
        "display": rf"assert_to_string\({_S}r{_S},{_S}(?P<display>{lit()}){_S},?{_S}\)\s*;",
        "match": (
            rf"assert_match_(?P<match_kind>all|none)\({_S}r{_S},{_S}&{_list('match_list')}"
            rf"{_S},?{_S}\)\s*;"
        ),
        "equiv": (
            rf"for\s+s\s+in\s+&{_list('equiv_list')}\s*\{{\s*"
            rf"assert_eq!\({_S}\*r{_S},{_S}req\({_S}s{_S}\){_S}\)\s*;\s*\}}"
        ),
        "req_eq": (
            rf"assert!\({_S}req\({_S}(?P<eq_a>{lit()}){_S}\){_S}(?P<eq_op>==|!=){_S}"
            rf"req\({_S}(?P<eq_b>{lit()}){_S}\){_S}\)\s*;"
        ),
        "format_loop": (
            rf"for\s+op\s+in\s+&{_list('ops')}\s*\{{(?P<loop_body>(?:{lit()}|[^{{}}\"])*)\}}"
        ),
    }
    current: str | None = None
    for kind, m, line in _tokens(file, source, patterns):
        if kind == "let_req":
            current = rust_str(m.group("req"))
        elif kind == "let_star":
            current = STAR_TEXT
        elif kind == "let_other":
            current = None  # e.g. VersionReq::default() or a struct literal: not data
        elif kind == "err":
            text, msg = rust_str(m.group("err_text")), rust_str(m.group("err_msg"))
            cases.append(Case("req_error", file, line, (text, msg)))
        elif kind == "display":
            assert current is not None, f"{file}:{line}: assert_to_string without a req"
            cases.append(Case("req_display", file, line, (current, rust_str(m.group("display")))))
        elif kind == "match":
            assert current is not None, f"{file}:{line}: assert_match_* without a req"
            expected = m.group("match_kind") == "all"
            for text in rust_strs(m.group("match_list")):
                cases.append(Case("req_match", file, line, (current, text, expected)))
        elif kind == "equiv":
            assert current is not None, f"{file}:{line}: equivalence loop without a req"
            for text in rust_strs(m.group("equiv_list")):
                cases.append(Case("req_equal", file, line, (current, text, True)))
        elif kind == "req_eq":
            a, b = rust_str(m.group("eq_a")), rust_str(m.group("eq_b"))
            cases.append(Case("req_equal", file, line, (a, b, m.group("eq_op") == "==")))
        elif kind == "format_loop":
            body = m.group("loop_body")
            formats = [
                rust_str(f.group("fmt"))
                for f in re.finditer(
                    rf"req\({_S}&format!\({_S}(?P<fmt>{lit()}){_S},{_S}op{_S}\){_S}\)", body
                )
            ]
            for op in rust_strs(m.group("ops")):
                for fmt in formats:
                    assert fmt.count("{}") == 1, fmt
                    cases.append(Case("req_parses", file, line, (fmt.replace("{}", op),)))
    return cases


_CMP = {"<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge}


def extract_version_cases(source: str) -> list[Case]:
    cases: list[Case] = []
    file = "test_version.rs"
    pre_or_empty = rf"(?:prerelease\({_S}(?P<pre>{lit()}){_S}\)|Prerelease::EMPTY)"
    build_or_empty = rf"(?:build_metadata\({_S}(?P<build>{lit()}){_S}\)|BuildMetadata::EMPTY)"
    patterns = {
        "err": (
            rf"let\s+err\s*=\s*version_err\({_S}(?P<err_text>{lit()}){_S}\)\s*;"
            rf"\s*assert_to_string\({_S}err{_S},{_S}(?P<err_msg>{lit()}){_S},?{_S}\)\s*;"
        ),
        "parsed": rf"let\s+parsed\s*=\s*version\({_S}(?P<parsed>{lit()}){_S}\)\s*;",
        "expected_new": (
            r"let\s+expected\s*=\s*Version::new\(\s*(?P<n_major>\d+)\s*,\s*(?P<n_minor>\d+)"
            r"\s*,\s*(?P<n_patch>\d+)\s*\)\s*;"
        ),
        "expected_struct": (
            r"let\s+expected\s*=\s*Version\s*\{\s*major:\s*(?P<major>\d+)\s*,\s*"
            r"minor:\s*(?P<minor>\d+)\s*,\s*patch:\s*(?P<patch>\d+)\s*,\s*"
            rf"pre:\s*{pre_or_empty}\s*,\s*build:\s*{build_or_empty}\s*,?\s*\}}\s*;"
        ),
        "eq": (
            rf"assert_(?P<eq_kind>eq|ne)!\({_S}version\({_S}(?P<eq_a>{lit()}){_S}\){_S},"
            rf"{_S}version\({_S}(?P<eq_b>{lit()}){_S}\){_S},?{_S}\)\s*;"
        ),
        "display": (
            rf"assert_to_string\({_S}version\({_S}(?P<d_text>{lit()}){_S}\){_S},"
            rf"{_S}(?P<d_shown>{lit()}){_S},?{_S}\)\s*;"
        ),
        "order": (
            rf"assert!\({_S}(?P<neg>!{_S}\()?{_S}version\({_S}(?P<o_a>{lit()}){_S}\){_S}"
            rf"(?P<o_op><=|>=|<|>){_S}version\({_S}(?P<o_b>{lit()}){_S}\){_S}\)?{_S}\)\s*;"
        ),
        "spec_order": rf"let\s+vs\s*=\s*{_list('chain')}\s*;",
    }
    parsed: str | None = None
    for kind, m, line in _tokens(file, source, patterns):
        if kind == "err":
            text, msg = rust_str(m.group("err_text")), rust_str(m.group("err_msg"))
            cases.append(Case("version_error", file, line, (text, msg)))
        elif kind == "parsed":
            parsed = rust_str(m.group("parsed"))
        elif kind == "expected_new":
            assert parsed is not None, f"{file}:{line}: expected without parsed"
            fields = (int(m.group("n_major")), int(m.group("n_minor")), int(m.group("n_patch")))
            cases.append(Case("version_fields", file, line, (parsed, *fields, "", "")))
        elif kind == "expected_struct":
            assert parsed is not None, f"{file}:{line}: expected without parsed"
            pre = rust_str(m.group("pre")) if m.group("pre") else ""
            build = rust_str(m.group("build")) if m.group("build") else ""
            fields = (int(m.group("major")), int(m.group("minor")), int(m.group("patch")))
            cases.append(Case("version_fields", file, line, (parsed, *fields, pre, build)))
        elif kind == "eq":
            a, b = rust_str(m.group("eq_a")), rust_str(m.group("eq_b"))
            cases.append(Case("version_equal", file, line, (a, b, m.group("eq_kind") == "eq")))
        elif kind == "display":
            text, shown = rust_str(m.group("d_text")), rust_str(m.group("d_shown"))
            cases.append(Case("version_display", file, line, (text, shown)))
        elif kind == "order":
            a, b = rust_str(m.group("o_a")), rust_str(m.group("o_b"))
            expected = m.group("neg") is None
            cases.append(Case("version_order", file, line, (a, m.group("o_op"), b, expected)))
        elif kind == "spec_order":
            chain = rust_strs(m.group("chain"))
            for a, b in itertools.pairwise(chain):
                cases.append(Case("version_order", file, line, (a, "<", b, True)))
    return cases


REQ_CASES = extract_req_cases(REQ_SRC)
VERSION_CASES = extract_version_cases(VERSION_SRC)
ALL_CASES = REQ_CASES + VERSION_CASES

# Intentional differences from the semver crate, by case id, with the reason.
# There are none: every extracted case must hold as the crate states it.
KNOWN_DIFFERENCES: dict[str, str] = {}


def cases(kind: str) -> list[Any]:
    params = []
    for case in ALL_CASES:
        if case.kind != kind:
            continue
        marks = []
        if case.id in KNOWN_DIFFERENCES:
            marks.append(pytest.mark.xfail(reason=KNOWN_DIFFERENCES[case.id], strict=True))
        params.append(pytest.param(*case.args, id=case.id, marks=marks))
    return params


# --------------------------------------------------------------------------------------
# Guards against silent extraction failures
# --------------------------------------------------------------------------------------

# Lower bounds, about 90% of what semver 1.0.14's test files give (378 cases), so that
# a later release may reshuffle its tests a little without failing this module.
MIN_CASES = {
    "req_match": 190,
    "req_error": 18,
    "req_display": 14,
    "req_equal": 8,
    "req_parses": 50,
    "version_error": 7,
    "version_fields": 9,
    "version_equal": 8,
    "version_display": 4,
    "version_order": 30,
}
MIN_TOTAL = 340


def test_enough_cases_extracted_in_total() -> None:
    assert len(ALL_CASES) >= MIN_TOTAL, f"only {len(ALL_CASES)} cases from {SEMVER_DIR}"


@pytest.mark.parametrize(("kind", "minimum"), sorted(MIN_CASES.items()))
def test_enough_cases_extracted(kind: str, minimum: int) -> None:
    found = sum(1 for c in ALL_CASES if c.kind == kind)
    assert found >= minimum, f"only {found} {kind} cases extracted from {SEMVER_DIR}"


# Where each assertion of interest starts in a Rust file. Every one of them must lie
# inside a stretch of source that the extraction consumed.
CALL_SITES = {
    "test_version_req.rs": [
        r"(?<!fn )\breq_err\(",
        r"(?<!fn )\bassert_match_(?:all|none)\(",
        r"(?<!fn )\bassert_to_string\(",
        r"\bfor\s+\w+\s+in\s+&\[",
        r"assert!\(\s*req\(",
        r"let\s+ref\s+r\s*=",
    ],
    "test_version.rs": [
        r"(?<!fn )\bversion_err\(",
        r"let\s+(?:parsed|expected|vs)\s*=",
        r"assert_(?:eq|ne)!\(\s*version\(",
        r"(?<!fn )\bassert_to_string\(",
        r"assert!\(\s*(?:!\s*\(\s*)?version\(",
    ],
}


@pytest.mark.parametrize(
    ("file", "call"), [(f, c) for f, calls in CALL_SITES.items() for c in calls]
)
def test_every_call_site_extracted(file: str, call: str) -> None:
    """No assertion of interest was skipped by the extraction regexes."""
    source = REQ_SRC if file == "test_version_req.rs" else VERSION_SRC
    sites = [m.start() for m in re.finditer(call, source)]
    assert sites, f"no {call!r} in {file}: has the crate's test layout changed?"
    missed = [
        _line(source, at)
        for at in sites
        if not any(start <= at < end for start, end in CONSUMED[file])
    ]
    assert not missed, f"{file}: call sites on lines {missed} were not extracted"


def test_rust_string_escapes() -> None:
    assert rust_str(r'"\0"') == "\0"
    assert rust_str(r'"\\0"') == "\\0"
    assert rust_str(r'"a\"b"') == 'a"b'
    assert rust_str(r'"\u{1F600}\x41\t"') == "\U0001f600A\t"
    assert rust_str('"a\\\n    b"') == "ab"
    assert rust_str('r#"x"y"#') == 'x"y'


# --------------------------------------------------------------------------------------
# The cases
# --------------------------------------------------------------------------------------


def _req(text: str) -> VersionReq:
    return VersionReq.parse(text)


@pytest.mark.parametrize(("req", "version", "expected"), cases("req_match"))
def test_req_matches(req: str, version: str, expected: bool) -> None:
    assert _req(req).matches(Version.parse(version)) is expected


@pytest.mark.parametrize(("text", "message"), cases("req_error"))
def test_req_error_message(text: str, message: str) -> None:
    with pytest.raises(VersionError) as info:
        VersionReq.parse(text)
    assert str(info.value) == message


@pytest.mark.parametrize(("text", "shown"), cases("req_display"))
def test_req_display(text: str, shown: str) -> None:
    req = _req(text)
    assert str(req) == shown
    assert _req(shown) == req


@pytest.mark.parametrize(("a", "b", "equal"), cases("req_equal"))
def test_req_equality(a: str, b: str, equal: bool) -> None:
    ra, rb = _req(a), _req(b)
    assert (ra == rb) is equal
    assert (ra != rb) is not equal
    if equal:
        assert hash(ra) == hash(rb)


@pytest.mark.parametrize("text", cases("req_parses"))
def test_req_parses(text: str) -> None:
    req = _req(text)
    assert _req(str(req)) == req


@pytest.mark.parametrize(("text", "message"), cases("version_error"))
def test_version_error_message(text: str, message: str) -> None:
    with pytest.raises(VersionError) as info:
        Version.parse(text)
    assert str(info.value) == message


@pytest.mark.parametrize(
    ("text", "major", "minor", "patch", "pre", "build"), cases("version_fields")
)
def test_version_fields(
    text: str, major: int, minor: int, patch: int, pre: str, build: str
) -> None:
    v = Version.parse(text)
    assert (v.major, v.minor, v.patch, v.pre, v.build) == (major, minor, patch, pre, build)
    assert v == Version(major, minor, patch, pre, build)
    assert str(v) == text


@pytest.mark.parametrize(("a", "b", "equal"), cases("version_equal"))
def test_version_equality(a: str, b: str, equal: bool) -> None:
    va, vb = Version.parse(a), Version.parse(b)
    assert (va == vb) is equal
    assert (va != vb) is not equal
    if equal:
        assert hash(va) == hash(vb)


@pytest.mark.parametrize(("text", "shown"), cases("version_display"))
def test_version_display(text: str, shown: str) -> None:
    assert str(Version.parse(text)) == shown


@pytest.mark.parametrize(("a", "op", "b", "expected"), cases("version_order"))
def test_version_order(a: str, op: str, b: str, expected: bool) -> None:
    compare: Callable[[Version, Version], bool] = _CMP[op]
    assert compare(Version.parse(a), Version.parse(b)) is expected


# The two cases of the Rust files that are about Rust API rather than data.


def test_default_req_is_star() -> None:
    assert VersionReq() == VersionReq.parse("*")
    assert str(VersionReq()) == "*"


def test_star_matches_releases_only() -> None:
    star = VersionReq.parse(STAR_TEXT)
    assert star.comparators == ()
    assert star.matches(Version.parse("0.0.1"))
    assert not star.matches(Version.parse("1.0.0-pre"))
