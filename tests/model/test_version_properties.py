"""Property tests of Cargo versions and requirements (hypothesis).

The oracles here are written from the rules (semver.org's precedence, Cargo's
caret / tilde / exact reading, the pre-release rule), not from our implementation.
"""

from __future__ import annotations

import functools
import itertools
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cratewatch.errors import VersionError
from cratewatch.model.version import Comparator, Op, Version, VersionReq

SETTINGS = settings(deadline=None, max_examples=80)

U64_MAX = 2**64 - 1

# --------------------------------------------------------------------------------------
# Strategies
# --------------------------------------------------------------------------------------

numbers = st.one_of(st.integers(0, 12), st.integers(0, U64_MAX))
_ALNUM = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-"

numeric_identifiers = st.one_of(
    st.just("0"),
    st.from_regex(r"[1-9][0-9]{0,5}", fullmatch=True),
    st.from_regex(r"[1-9][0-9]{20,40}", fullmatch=True),  # beyond u64: still fine here
)
alphanumeric_identifiers = st.text(_ALNUM, min_size=1, max_size=8).filter(lambda s: not s.isdigit())
pre_identifiers = st.one_of(numeric_identifiers, alphanumeric_identifiers)
build_identifiers = st.one_of(  # leading zeros allowed
    st.text(_ALNUM, min_size=1, max_size=8), st.from_regex(r"0{0,3}[0-9]{1,2}", fullmatch=True)
)

pres = st.one_of(st.just(""), st.lists(pre_identifiers, min_size=1, max_size=4).map(".".join))
builds = st.one_of(st.just(""), st.lists(build_identifiers, min_size=1, max_size=3).map(".".join))
versions = st.builds(Version, numbers, numbers, numbers, pres, builds)

# A small world where equal parts are frequent, for relations between versions.
small = st.integers(0, 3)
small_pres = st.sampled_from(
    ["", "", "", "0", "1", "2", "10", "alpha", "alpha.1", "alpha.beta", "beta", "beta.2", "rc.1"]
)
small_builds = st.sampled_from(["", "", "1", "01", "001", "b", "b.2"])
small_versions = st.builds(Version, small, small, small, small_pres, small_builds)
release_versions = st.builds(Version, small, small, small)


@st.composite
def comparator_texts(draw: st.DrawFn, nums: st.SearchStrategy[int] = small) -> str:
    """Valid comparator texts in every shape Cargo accepts (but the lone ``*``)."""
    op = draw(st.sampled_from(["", "=", ">", ">=", "<", "<=", "~", "^"]))
    gap = draw(st.sampled_from(["", "", " ", "  "]))
    major = draw(nums)
    shape = draw(st.sampled_from(["M", "M.m", "M.m.p", "M.*", "M.*.*", "M.m.*"]))
    wild = draw(st.sampled_from(["*", "x", "X"]))
    if shape == "M":
        body = f"{major}"
    elif shape == "M.m":
        body = f"{major}.{draw(nums)}"
    elif shape == "M.*":
        body = f"{major}.{wild}"
    elif shape == "M.*.*":
        body = f"{major}.{wild}.{draw(st.sampled_from(['*', 'x', 'X']))}"
    elif shape == "M.m.*":
        body = f"{major}.{draw(nums)}.{wild}"
    else:
        body = f"{major}.{draw(nums)}.{draw(nums)}"
        pre = draw(st.sampled_from(["", "", "alpha", "alpha.1", "0", "beta.2", "rc.1"]))
        if pre:
            body += f"-{pre}"
        build = draw(st.sampled_from(["", "", "build.5", "001"]))
        if build:
            body += f"+{build}"
    return f"{op}{gap}{body}"


@st.composite
def req_texts(draw: st.DrawFn, max_size: int = 4) -> str:
    if draw(st.integers(0, 19)) == 0:
        return draw(st.sampled_from(["*", "x", "X", " *", "* "]))
    parts = draw(st.lists(comparator_texts(), min_size=1, max_size=max_size))
    seps = [draw(st.sampled_from([",", ", ", " , ", ",  "])) for _ in parts[1:]]
    text = parts[0]
    for sep, part in zip(seps, parts[1:], strict=True):
        text += sep + part
    return draw(st.sampled_from(["", " "])) + text + draw(st.sampled_from(["", " "]))


reqs = req_texts().map(VersionReq.parse)

# --------------------------------------------------------------------------------------
# Oracles, from semver.org rule 11 and the semver crate's build metadata order
# --------------------------------------------------------------------------------------


def _sign(n: int) -> int:
    return (n > 0) - (n < 0)


def spec_compare_pre(a: str, b: str) -> int:
    """semver.org 11.3-11.4: a release is above its pre-releases; then field by field."""
    if a == b:
        return 0
    if not a or not b:
        return 1 if not a else -1
    for x, y in itertools.zip_longest(a.split("."), b.split(".")):
        if x is None:
            return -1
        if y is None:
            return 1
        if x.isdigit() and y.isdigit():
            c = _sign(int(x) - int(y))
        elif x.isdigit() or y.isdigit():
            c = -1 if x.isdigit() else 1
        else:
            c = _sign((x > y) - (x < y))
        if c:
            return c
    return 0


def spec_precedence_compare(a: Version, b: Version) -> int:
    for x, y in ((a.major, b.major), (a.minor, b.minor), (a.patch, b.patch)):
        if x != y:
            return _sign(x - y)
    return spec_compare_pre(a.pre, b.pre)


def build_compare(a: str, b: str) -> int:
    """The semver crate's total order of build metadata (documented in its source):
    numbers by value, then fewer leading zeros first (0 < 00 < 1 < 01 < 001 < 2);
    numbers before words; words in ASCII order; a prefix first."""
    if a == b:
        return 0
    xs, ys = (a.split(".") if a else []), (b.split(".") if b else [])
    for x, y in zip(xs, ys, strict=False):
        if x.isdigit() and y.isdigit():
            c = _sign(int(x) - int(y)) or _sign(len(x) - len(y))
        elif x.isdigit() or y.isdigit():
            c = -1 if x.isdigit() else 1
        else:
            c = _sign((x > y) - (x < y))
        if c:
            return c
    return _sign(len(xs) - len(ys))


def full_compare(a: Version, b: Version) -> int:
    return spec_precedence_compare(a, b) or build_compare(a.build, b.build)


# --------------------------------------------------------------------------------------
# Versions
# --------------------------------------------------------------------------------------


@SETTINGS
@given(versions)
@example(Version(U64_MAX, U64_MAX, U64_MAX, "0.a-b.9", "00.-"))
def test_version_display_round_trips(v: Version) -> None:
    text = str(v)
    parsed = Version.parse(text)
    assert parsed == v
    assert (parsed.major, parsed.minor, parsed.patch, parsed.pre, parsed.build) == (
        v.major,
        v.minor,
        v.patch,
        v.pre,
        v.build,
    )
    assert str(parsed) == text
    assert hash(parsed) == hash(v)


@SETTINGS
@given(st.lists(small_versions, min_size=1, max_size=12), small_versions)
def test_version_order_is_total_and_consistent_with_eq(vs: list[Version], w: Version) -> None:
    for a, b in itertools.product([*vs, w], repeat=2):
        lt, eq, gt = a < b, a == b, a > b
        assert lt + eq + gt == 1, (a, b)
        assert (a <= b) == (lt or eq)
        assert (a >= b) == (gt or eq)
        assert (a != b) == (not eq)
        assert (b < a) == gt
        if eq:
            assert hash(a) == hash(b)
            assert str(a) == str(b)
    ordered = sorted(vs)
    for a, b, c in itertools.combinations(ordered, 3):
        assert a <= b <= c and a <= c


@SETTINGS
@given(small_versions, small_versions)
def test_version_order_matches_spec_then_build(a: Version, b: Version) -> None:
    expected = full_compare(a, b)
    assert (a < b, a == b, a > b) == (expected < 0, expected == 0, expected > 0)


@SETTINGS
@given(versions, versions)
def test_version_order_matches_spec_on_large_values(a: Version, b: Version) -> None:
    expected = full_compare(a, b)
    assert (a < b, a == b, a > b) == (expected < 0, expected == 0, expected > 0)


@SETTINGS
@given(small_versions, small_versions)
def test_precedence_ignores_build(a: Version, b: Version) -> None:
    same_precedence = spec_precedence_compare(a, b) == 0
    assert (a.precedence == b.precedence) == same_precedence
    assert (a.without_build() == b.without_build()) == same_precedence
    assert a.without_build().build == ""
    assert a.without_build().precedence == a.precedence
    if not same_precedence:
        # Build metadata only breaks ties: it never reorders distinct precedences.
        assert (a < b) == (a.precedence < b.precedence)


def test_identifiers_past_pythons_int_digit_limit() -> None:
    """Identifiers longer than Python's int/str limit (4300 digits) still work."""
    big = "9" * 5000
    v = Version.parse(f"0.0.0-{big}+{'0' * 5000}")
    assert str(v) == f"0.0.0-{big}+{'0' * 5000}"
    assert Version.parse(f"0.0.0-{big[:-1]}") < v < Version.parse(f"0.0.0-1{big}")
    assert Version.parse(f"0.0.0-{big}.a") > v
    assert Version.parse(f"0.0.0-{big}+{'0' * 4999}") < v
    assert VersionReq.parse(f">=0.0.0-{big}").matches(v)


_BUILD_PARTS = ["0", "00", "1", "01", "001", "2", "02", "10", "a", "b", "a0"]


@st.composite
def close_build_pairs(draw: st.DrawFn) -> tuple[str, str]:
    """Two builds that differ in at most one identifier, often in leading zeros only."""
    parts = draw(st.lists(st.sampled_from(_BUILD_PARTS), min_size=1, max_size=3))
    other = [*parts]
    other[draw(st.integers(0, len(parts) - 1))] = draw(st.sampled_from(_BUILD_PARTS))
    if draw(st.booleans()):
        other = other[: draw(st.integers(0, len(other)))]
    return ".".join(parts), ".".join(other)


@SETTINGS
@given(small_versions, st.one_of(close_build_pairs(), st.tuples(builds, builds)))
def test_build_breaks_ties_like_the_semver_crate(v: Version, pair: tuple[str, str]) -> None:
    b1, b2 = pair
    x = Version(v.major, v.minor, v.patch, v.pre, b1)
    y = Version(v.major, v.minor, v.patch, v.pre, b2)
    expected = build_compare(b1, b2)
    assert (x < y, x == y, x > y) == (expected < 0, expected == 0, expected > 0)


def test_build_metadata_order_of_the_semver_crate() -> None:
    chain = ["0", "00", "1", "01", "001", "2", "02", "002", "10", "a", "a.0", "b"]
    vs = [Version.parse(f"1.0.0+{b}") for b in chain]
    assert sorted(reversed(vs)) == vs
    assert len(set(vs)) == len(vs)
    assert all(v.precedence == vs[0].precedence for v in vs)


# --------------------------------------------------------------------------------------
# Requirements: exact, caret, tilde, the pre-release rule
# --------------------------------------------------------------------------------------


def _triple(v: Version) -> tuple[int, int, int]:
    return (v.major, v.minor, v.patch)


@SETTINGS
@given(small_versions, small_versions)
def test_exact_matches_exactly_that_version(v: Version, w: Version) -> None:
    req = VersionReq.parse(f"={v}")  # the build of v is parsed and dropped
    assert req.matches(w) == (w.without_build() == v.without_build())


@SETTINGS
@given(release_versions, small_versions)
def test_caret_bounds(v: Version, w: Version) -> None:
    req = VersionReq.parse(f"^{v}")
    assert req == VersionReq.parse(str(v))  # no operator means caret
    if v.major > 0:
        expected = w.major == v.major and w.precedence >= v.precedence
    elif v.minor > 0:
        expected = w.major == 0 and w.minor == v.minor and w.precedence >= v.precedence
    else:
        expected = _triple(w) == _triple(v)
    expected = expected and not w.pre
    assert req.matches(w) == expected


@SETTINGS
@given(small, small, small_versions)
def test_caret_partial_bounds(major: int, minor: int, w: Version) -> None:
    only_major = VersionReq.parse(f"^{major}")
    assert only_major.matches(w) == (w.major == major and not w.pre)
    with_minor = VersionReq.parse(f"^{major}.{minor}")
    if major > 0:
        expected = w.major == major and w.minor >= minor
    else:
        expected = w.major == 0 and w.minor == minor
    assert with_minor.matches(w) == (expected and not w.pre)


@SETTINGS
@given(release_versions, small_versions)
def test_tilde_bounds(v: Version, w: Version) -> None:
    req = VersionReq.parse(f"~{v}")
    expected = (
        w.major == v.major and w.minor == v.minor and w.precedence >= v.precedence and not w.pre
    )
    assert req.matches(w) == expected


@SETTINGS
@given(small, small, small_versions)
def test_tilde_partial_bounds(major: int, minor: int, w: Version) -> None:
    assert VersionReq.parse(f"~{major}").matches(w) == (w.major == major and not w.pre)
    expected = w.major == major and w.minor == minor and not w.pre
    assert VersionReq.parse(f"~{major}.{minor}").matches(w) == expected


@SETTINGS
@given(small_versions.filter(lambda v: bool(v.pre)), small_versions)
def test_caret_and_tilde_with_prerelease(v: Version, w: Version) -> None:
    """^1.2.3-beta admits pre-releases of 1.2.3 from beta on, and releases as usual."""
    base = v.without_build()
    for op in ("^", "~"):
        req = VersionReq.parse(f"{op}{base}")
        release = VersionReq.parse(f"{op}{_triple(v)[0]}.{_triple(v)[1]}.{_triple(v)[2]}")
        if w.pre:
            expected = _triple(w) == _triple(v) and w.precedence >= v.precedence
        else:
            expected = release.matches(w)
        assert req.matches(w) == expected, (op, v, w)


@SETTINGS
@given(reqs, small_versions)
def test_prerelease_rule(req: VersionReq, w: Version) -> None:
    each = [c.matches(w) for c in req.comparators]
    if not w.pre:
        assert req.matches(w) == all(each)
        return
    compatible = [c for c in req.comparators if c.pre and (c.major, c.minor, c.patch) == _triple(w)]
    if not compatible:
        # A pre-release matches only through a comparator with a pre-release on
        # the same major.minor.patch.
        assert not req.matches(w)


@SETTINGS
@given(reqs, small_versions)
def test_build_never_affects_matching(req: VersionReq, w: Version) -> None:
    assert req.matches(w) == req.matches(w.without_build())


@SETTINGS
@given(comparator_texts(), small_versions)
def test_single_comparator_req_agrees_with_comparator(text: str, w: Version) -> None:
    req = VersionReq.parse(text)
    (cmp,) = req.comparators
    assert cmp.matches(w) == req.matches(w)


def test_prerelease_rule_examples() -> None:
    req = VersionReq.parse(">=1.2.3-alpha")
    assert req.matches(Version.parse("1.2.3-beta"))
    assert req.matches(Version.parse("1.2.4"))
    assert not req.matches(Version.parse("1.2.4-alpha"))
    assert not VersionReq.parse("<1.2.3").matches(Version.parse("1.2.3-alpha"))
    assert not VersionReq.parse("*").matches(Version.parse("0.1.0-pre"))


# --------------------------------------------------------------------------------------
# Requirement display and parsing
# --------------------------------------------------------------------------------------


@SETTINGS
@given(req_texts(max_size=6))
def test_req_display_reparses_to_equal_req(text: str) -> None:
    req = VersionReq.parse(text)
    shown = str(req)
    again = VersionReq.parse(shown)
    assert again == req
    assert str(again) == shown
    assert hash(again) == hash(req)


@SETTINGS
@given(st.lists(comparator_texts(), min_size=1, max_size=6))
def test_req_keeps_comparators_in_order(parts: list[str]) -> None:
    req = VersionReq.parse(", ".join(parts))
    assert len(req.comparators) == len(parts)
    for part, cmp in zip(parts, req.comparators, strict=True):
        assert VersionReq.parse(part).comparators == (cmp,)


@SETTINGS
@given(comparator_texts())
def test_comparator_shape(text: str) -> None:
    (cmp,) = VersionReq.parse(text).comparators
    assert isinstance(cmp, Comparator)
    body = text.lstrip("=><~^ ")
    if re.fullmatch(r"\d+(\.[*xX])+|\d+\.\d+\.[*xX]", body) and text[0].isdigit():
        assert cmp.op is Op.WILDCARD
    if cmp.patch is not None:
        assert cmp.minor is not None
    if cmp.pre:
        assert cmp.patch is not None


def test_comparator_limit() -> None:
    """The semver crate accepts up to 32 comparators."""
    assert len(VersionReq.parse(", ".join(["1"] * 32)).comparators) == 32
    with pytest.raises(VersionError, match=r"^excessive number of version comparators$"):
        VersionReq.parse(", ".join(["1"] * 33))


# --------------------------------------------------------------------------------------
# Garbage in: a value or a VersionError, nothing else
# --------------------------------------------------------------------------------------

_SEMVERISH = st.text(
    st.sampled_from(list("0123456789.-+*xX^~=<>, |aZ\t\n'\\\0\u00e9\u0301\u00a0")),
    max_size=24,
)
garbage = st.one_of(st.text(max_size=24), _SEMVERISH, versions.map(str), req_texts())


def _mutations(text: str) -> list[str]:
    return [text[:i] + text[i + 1 :] for i in range(len(text))] + [
        text[:i] + c + text[i:] for i in range(len(text) + 1) for c in ".-+ ,"
    ]


@SETTINGS
@given(garbage)
@example("")
@example("\0")
@example("1.2.3-" + "1" * 5000)
@example("1" * 30)
def test_garbage_version_parses_or_raises_version_error(text: str) -> None:
    for candidate in [text, *_mutations(text[:12])]:
        try:
            v = Version.parse(candidate)
        except VersionError as e:
            assert str(e)
            continue
        # Version syntax has a single spelling per version.
        assert str(v) == candidate


@SETTINGS
@given(garbage)
@example("")
@example("*, *")
@example(">=1.*.1")
@example("1.2.3 || 2")
@example(", ".join(["1"] * 40))
def test_garbage_req_parses_or_raises_version_error(text: str) -> None:
    for candidate in [text, *_mutations(text[:12])]:
        try:
            req = VersionReq.parse(candidate)
        except VersionError as e:
            assert str(e)
            continue
        assert VersionReq.parse(str(req)) == req


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("1.2.3\n", "unexpected character '\\n' after patch version number"),
        ("1.2.3'", "unexpected character '\\'' after patch version number"),
        ("1.2.3\\", "unexpected character '\\\\' after patch version number"),
        ("1.2.3\t", "unexpected character '\\t' after patch version number"),
        ("1.2.3\u00e9", "unexpected character '\u00e9' after patch version number"),
        ("1.2.3\u0301", "unexpected character '\\u{301}' after patch version number"),
        ("1.2.3\u00a0", "unexpected character '\\u{a0}' after patch version number"),
        ("1.2.3\ufeff", "unexpected character '\\u{feff}' after patch version number"),
        ("1.2.3\uff9e", "unexpected character '\\u{ff9e}' after patch version number"),
        ('1.2.3"', "unexpected character '\"' after patch version number"),
        ("01.2.3", "invalid leading zero in major version number"),
        ("1.2.3+", "empty identifier segment in build metadata"),
        ("1.2.3-a..b", "empty identifier segment in pre-release identifier"),
        ("18446744073709551616.0.0", "value of major version number exceeds u64::MAX"),
        ("1.18446744073709551616.0", "value of minor version number exceeds u64::MAX"),
    ],
)
def test_version_error_messages_quote_like_rust(text: str, message: str) -> None:
    """Rust's ``{:?}`` of a char, as the semver crate prints it (checked against it)."""
    with pytest.raises(VersionError) as info:
        Version.parse(text)
    assert str(info.value) == message


def test_largest_numbers() -> None:
    v = Version.parse(f"{U64_MAX}.{U64_MAX}.{U64_MAX}")
    assert _triple(v) == (U64_MAX, U64_MAX, U64_MAX)
    assert VersionReq.parse(f">={U64_MAX}").matches(v)


@SETTINGS
@given(st.lists(pre_identifiers, max_size=3), numeric_identifiers, st.integers(0, 3))
def test_prerelease_numeric_identifiers_compare_numerically(
    parts: list[str], number: str, at: int
) -> None:
    at = min(at, len(parts))
    a = Version(1, 0, 0, ".".join([*parts[:at], number, *parts[at:]]))
    b = Version(1, 0, 0, ".".join([*parts[:at], str(int(number) + 1), *parts[at:]]))
    assert a < b
    assert Version.parse(str(a)) < Version.parse(str(b))


def test_sorted_versions_follow_spec_example() -> None:
    chain = [
        "1.0.0-alpha",
        "1.0.0-alpha.1",
        "1.0.0-alpha.beta",
        "1.0.0-beta",
        "1.0.0-beta.2",
        "1.0.0-beta.11",
        "1.0.0-rc.1",
        "1.0.0",
        "2.0.0",
        "2.1.0",
        "2.1.1",
    ]
    vs = [Version.parse(t) for t in chain]
    assert sorted(reversed(vs)) == vs
    key = functools.cmp_to_key(spec_precedence_compare)
    assert sorted(reversed(vs), key=key) == vs
