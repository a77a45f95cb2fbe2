"""RustSec / OSV interval semantics of ``cratewatch.model.ranges``.

The expected intervals are the facts stated by the ``rustsec`` crate's own tests
(``rustsec/src/osv/unaffected_range.rs`` and ``ranges_for_advisory.rs``): how a
``patched`` / ``unaffected`` requirement reads as an interval, when two ranges
overlap, and the successor used to turn an inclusive bound into an exclusive one.
The real-data tests run every advisory of the RustSec database in ``shared/data``
through the model, and compare our intervals with RustSec's own OSV export.
"""

from __future__ import annotations

import itertools
import json
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cratewatch.errors import VersionError
from cratewatch.model.ranges import AffectedRanges, Bound, Interval
from cratewatch.model.version import Version, VersionReq

SETTINGS = settings(deadline=None, max_examples=80)


def V(text: str) -> Version:
    return Version.parse(text)


def R(text: str) -> VersionReq:
    return VersionReq.parse(text)


def closed(v: str) -> Bound:
    return Bound(V(v), True)


def opened(v: str) -> Bound:
    return Bound(V(v), False)


def unaffected(*reqs: str) -> AffectedRanges:
    return AffectedRanges.from_unaffected([R(r) for r in reqs])


def successor(v: str) -> Version:
    """The lowest version above ``v``: where the affected range after ``<= v`` starts."""
    (interval,) = unaffected(f"<= {v}").intervals
    assert interval.start is not None and interval.start.inclusive and interval.end is None
    return interval.start.version


# --------------------------------------------------------------------------------------
# One requirement as an interval
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("req", "start", "end"),
    [
        # Caret: the rustsec crate's table (Cargo's spec with -0 upper ends).
        ("^1.2.3", closed("1.2.3"), opened("2.0.0-0")),
        ("^1.2", closed("1.2.0"), opened("2.0.0-0")),
        ("^1", closed("1.0.0"), opened("2.0.0-0")),
        ("^0.2.3", closed("0.2.3"), opened("0.3.0-0")),
        ("^0.2", closed("0.2.0"), opened("0.3.0-0")),
        ("^0.0.3", closed("0.0.3"), opened("0.0.4-0")),
        ("^0.0", closed("0.0.0"), opened("0.1.0-0")),
        ("^0", closed("0.0.0"), opened("1.0.0-0")),
        ("1.2.3", closed("1.2.3"), opened("2.0.0-0")),  # no operator is caret
        ("^1.2.3-beta.1", closed("1.2.3-beta.1"), opened("2.0.0-0")),
        # Tilde.
        ("~1.2.3", closed("1.2.3"), opened("1.3.0-0")),
        ("~1.2", closed("1.2.0"), opened("1.3.0-0")),
        ("~1", closed("1.0.0"), opened("2.0.0-0")),
        ("~0.0.3", closed("0.0.3"), opened("0.1.0-0")),
        # Exact: a single version; missing parts read as zero.
        ("=1.0", closed("1.0.0"), closed("1.0.0")),
        ("=1.2.3-rc.1", closed("1.2.3-rc.1"), closed("1.2.3-rc.1")),
        ("=1.2.3+build", closed("1.2.3"), closed("1.2.3")),
        # Comparison operators, alone or as a pair.
        (">= 1.2.3", closed("1.2.3"), None),
        ("> 1.2.3", opened("1.2.3"), None),
        ("< 1.2.3", None, opened("1.2.3")),
        ("<= 1.2.3", None, closed("1.2.3")),
        (">= 1.2", closed("1.2.0"), None),
        ("> 1.2", opened("1.2.0"), None),  # RustSec's reading: not Cargo's ">= 1.3.0"
        ("< 0.3", None, opened("0.3.0")),
        (">= 1.2, < 1.5", closed("1.2.0"), opened("1.5.0")),
        ("< 1.5, >= 1.2", closed("1.2.0"), opened("1.5.0")),
        ("> 0.1.0-alpha, <= 0.1.0", opened("0.1.0-alpha"), closed("0.1.0")),
        (">= 1.2.3, <= 1.2.3", closed("1.2.3"), closed("1.2.3")),
        # No comparator: everything.
        ("*", None, None),
    ],
)
def test_requirement_as_interval(req: str, start: Bound | None, end: Bound | None) -> None:
    assert Interval.from_requirement(R(req)) == Interval(start, end)


@pytest.mark.parametrize(
    ("req", "message"),
    [
        (">= 1.0, < 2.0, < 3.0", "too many comparators"),
        ("> 1, >= 2", "more than one lower bound"),
        ("< 1, <= 2", "more than one upper bound"),
        ("^1.2, < 2", "must be alone"),
        ("~1.2, >= 1.2.5", "must be alone"),
        ("=1.0, < 2", "must be alone"),
        ("1.2.3, 1.2.4", "must be alone"),
        ("1.*", "unsupported operator"),
        ("1.2.x", "unsupported operator"),
        ("> 2.0, < 1.0", "empty version range"),
        ("> 1.2.3, < 1.2.3", "empty version range"),
        (">= 1.2.3, < 1.2.3", "empty version range"),
        ("> 1.2.3, <= 1.2.3", "empty version range"),
    ],
)
def test_invalid_requirement_ranges(req: str, message: str) -> None:
    with pytest.raises(VersionError, match=message):
        Interval.from_requirement(R(req))
    with pytest.raises(VersionError):
        AffectedRanges.from_unaffected([R(req)])


def test_interval_bounds_use_precedence() -> None:
    half_open = Interval.from_requirement(R(">= 1.2.3, < 1.3.0"))
    assert half_open.contains(V("1.2.3"))
    assert half_open.contains(V("1.2.3+build"))
    assert not half_open.contains(V("1.2.3-rc.1"))
    assert half_open.contains(V("1.3.0-alpha"))  # below 1.3.0 by precedence
    assert not half_open.contains(V("1.3.0"))
    assert not half_open.contains(V("1.3.0+build"))
    exact = Interval.from_requirement(R("=1.2.3"))
    assert exact.contains(V("1.2.3+anything"))
    assert not exact.contains(V("1.2.3-0"))
    assert not exact.contains(V("1.2.4-0"))


def test_interval_display() -> None:
    assert str(Interval.from_requirement(R("^1.2.3"))) == "[1.2.3, 2.0.0-0)"
    assert str(Interval.from_requirement(R("> 1.0, <= 2.0"))) == "(1.0.0, 2.0.0]"
    assert str(Interval()) == "(-inf, +inf)"


# --------------------------------------------------------------------------------------
# Overlaps (the rustsec crate's cases)
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (Interval(), Interval(), True),  # both unbounded
        (Interval(closed("1.2.3"), None), Interval(None, opened("1.2.3")), False),  # barely not
        (Interval(closed("1.2.3"), None), Interval(None, closed("1.2.3")), True),  # barely
        (
            Interval(closed("0.1.0"), closed("0.3.0")),
            Interval(closed("1.1.0"), closed("1.3.0")),
            False,
        ),
        (
            Interval(closed("0.1.0"), closed("1.1.0")),
            Interval(closed("0.2.0"), closed("1.3.0")),
            True,
        ),
        (Interval(opened("1.0.0"), None), Interval(None, closed("1.0.0")), False),
        (Interval(closed("1.0.0"), closed("1.0.0")), Interval(closed("1.0.0"), None), True),
    ],
)
def test_overlaps(a: Interval, b: Interval, expected: bool) -> None:
    assert a.overlaps(b) is expected
    assert b.overlaps(a) is expected


@pytest.mark.parametrize(
    "reqs",
    [
        (">= 1.2", "^1.5"),
        ("< 1.2.3", "<= 1.0"),
        (">= 1.0", ">= 2.0"),
        ("<= 1.2.3", ">= 1.2.3"),
        ("=1.2.3", "=1.2.3"),
        ("^0.2", "~0.2.5"),
        ("*", ">= 1.0"),
    ],
)
def test_overlapping_ranges_are_rejected(reqs: tuple[str, ...]) -> None:
    with pytest.raises(VersionError, match="overlapping version ranges"):
        unaffected(*reqs)


def test_touching_ranges_are_fine() -> None:
    ranges = unaffected("< 1.2.3", ">= 1.2.3")
    # The gap between them is the empty [1.2.3, 1.2.3). The rustsec crate keeps such
    # empty ranges in its OSV export (RUSTSEC-2022-0012 has one), and so do we.
    assert ranges.intervals == (Interval(closed("1.2.3"), opened("1.2.3")),)
    for v in ["0.1.0", "1.2.3-alpha", "1.2.3", "1.2.3+b", "9.0.0"]:
        assert not ranges.affects(V(v))


# --------------------------------------------------------------------------------------
# Successor (the rustsec crate's increment cases)
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("v", "expected", "above"),
    [
        ("1.2.3", "1.2.4-0", []),
        ("1.2.3-9", "1.2.3-9.0", ["1.2.3-10", "1.2.3-9.0.0.0"]),
        ("1.2.3-4.5.6", "1.2.3-4.5.6.0", ["1.2.3-4.5.7"]),
        ("1.2.3-alpha1", "1.2.3-alpha1.0", ["1.2.3-alpha2", "1.2.3-alpha1-"]),
        ("1.2.3-alpha.1.foo", "1.2.3-alpha.1.foo.0", []),
        ("1.2.3+build", "1.2.4-0", []),  # build metadata is dropped
    ],
)
def test_successor(v: str, expected: str, above: list[str]) -> None:
    nxt = successor(v)
    assert nxt == V(expected)
    assert nxt.precedence > V(v).precedence
    for w in above:
        assert nxt < V(w)


def test_exclusive_lower_bound_uses_successor() -> None:
    # "> 1.2.3" is unaffected: what lies at or below 1.2.3 is affected, up to 1.2.4-0.
    assert unaffected("> 1.2.3").intervals == (Interval(None, opened("1.2.4-0")),)
    assert unaffected("> 1.2.3-alpha1").intervals == (Interval(None, opened("1.2.3-alpha1.0")),)


# --------------------------------------------------------------------------------------
# Affected ranges from patched / unaffected: the pre-release difference
# --------------------------------------------------------------------------------------


def test_patched_lower_bound_leaves_its_prereleases_affected() -> None:
    ranges = unaffected(">= 1.2.3")
    assert ranges.intervals == (Interval(None, opened("1.2.3")),)
    assert ranges.affects(V("1.2.3-alpha"))
    assert ranges.affects(V("1.2.2"))
    assert ranges.affects(V("0.0.0-0"))
    assert not ranges.affects(V("1.2.3"))
    assert not ranges.affects(V("1.2.3+build"))
    assert not ranges.affects(V("1.3.0-alpha"))
    # Cargo's matching would say the same about 1.2.3-alpha, for another reason.
    assert not R(">= 1.2.3").matches(V("1.2.3-alpha"))


def test_unaffected_upper_bound_covers_its_prereleases() -> None:
    ranges = unaffected("< 1.2.3")
    assert ranges.intervals == (Interval(closed("1.2.3"), None),)
    assert not ranges.affects(V("1.2.3-alpha"))  # below 1.2.3, so unaffected...
    assert not R("< 1.2.3").matches(V("1.2.3-alpha"))  # ...though "< 1.2.3" doesn't match it
    assert ranges.affects(V("1.2.3"))
    assert not ranges.affects(V("1.2.2"))


def test_caret_patch_excludes_next_major_prereleases() -> None:
    ranges = unaffected("^1.2.3", ">= 2.1.0")
    assert ranges.intervals == (
        Interval(None, opened("1.2.3")),
        Interval(closed("2.0.0-0"), opened("2.1.0")),
    )
    assert ranges.affects(V("2.0.0-alpha"))
    assert ranges.affects(V("2.0.0"))
    assert ranges.affects(V("1.2.3-rc.1"))
    assert not ranges.affects(V("1.9.9"))
    assert not ranges.affects(V("2.1.0"))


def test_typical_advisory() -> None:
    ranges = unaffected("< 0.2.0", "^0.3.5", ">= 0.4.2")
    assert ranges.intervals == (
        Interval(closed("0.2.0"), opened("0.3.5")),
        Interval(closed("0.4.0-0"), opened("0.4.2")),
    )
    affected = ["0.2.0", "0.3.0", "0.3.4", "0.3.5-rc.1", "0.4.0-0", "0.4.0", "0.4.2-beta"]
    fine = ["0.1.9", "0.2.0-alpha", "0.3.5", "0.3.99", "0.4.2", "1.0.0"]
    assert all(ranges.affects(V(v)) for v in affected)
    assert not any(ranges.affects(V(v)) for v in fine)
    assert str(ranges) == "[0.2.0, 0.3.5) U [0.4.0-0, 0.4.2)"


def test_no_requirements_affect_everything() -> None:
    ranges = AffectedRanges.from_unaffected([])
    assert ranges.affects_all
    assert ranges.intervals == (Interval(),)
    assert ranges.affects(V("0.0.0-0"))


def test_star_unaffected_affects_nothing() -> None:
    ranges = unaffected("*")
    assert ranges.intervals == ()
    assert not ranges.affects_all
    assert not ranges.affects(V("1.0.0"))
    assert str(ranges) == "(none)"


def test_order_of_requirements_does_not_matter() -> None:
    reqs = ["^0.3.5", ">= 0.4.2", "< 0.2.0", "=0.2.7"]
    first = unaffected(*reqs)
    assert unaffected(*reversed(reqs)) == first
    assert unaffected(*sorted(reqs)) == first


# --------------------------------------------------------------------------------------
# OSV events
# --------------------------------------------------------------------------------------

ZERO = V("0.0.0-0")


def test_osv_introduced_zero_and_fixed() -> None:
    ranges = AffectedRanges.from_osv_events([[("introduced", ZERO), ("fixed", V("1.2.3"))]], [])
    assert ranges.intervals == (Interval(None, opened("1.2.3")),)
    assert ranges == unaffected(">= 1.2.3")
    assert ranges.affects(V("0.0.0-alpha"))
    assert ranges.affects(V("1.2.3-rc.1"))
    assert not ranges.affects(V("1.2.3"))


def test_the_smallest_version_is_the_bottom() -> None:
    # nothing is below 0.0.0-0: unaffected below it leaves everything affected, in the
    # form OSV events give; unaffected from it leaves nothing
    assert unaffected("< 0.0.0-0") == AffectedRanges.from_osv_events([[("introduced", ZERO)]], [])
    assert unaffected(">= 0.0.0-0").intervals == ()


def test_osv_introduced_and_fixed() -> None:
    events = [("introduced", V("1.0.0")), ("fixed", V("1.2.3"))]
    ranges = AffectedRanges.from_osv_events([events], [])
    assert ranges.intervals == (Interval(closed("1.0.0"), opened("1.2.3")),)
    assert not ranges.affects(V("1.0.0-rc.1"))
    assert ranges.affects(V("1.0.0"))


def test_osv_last_affected_is_inclusive() -> None:
    events = [("introduced", V("1.0.0")), ("last_affected", V("1.2.3"))]
    ranges = AffectedRanges.from_osv_events([events], [])
    assert ranges.intervals == (Interval(closed("1.0.0"), closed("1.2.3")),)
    assert ranges.affects(V("1.2.3"))
    assert ranges.affects(V("1.2.3+build"))
    assert not ranges.affects(V("1.2.4-0"))


def test_osv_open_ended_range() -> None:
    ranges = AffectedRanges.from_osv_events([[("introduced", V("2.0.0"))]], [])
    assert ranges.intervals == (Interval(closed("2.0.0"), None),)
    assert ranges.affects(V("99.0.0"))
    assert not ranges.affects(V("2.0.0-rc.1"))
    everything = AffectedRanges.from_osv_events([[("introduced", ZERO)]], [])
    assert everything.affects_all


def test_osv_several_pairs_and_ranges() -> None:
    ranges = AffectedRanges.from_osv_events(
        [
            [
                ("introduced", V("1.0.0")),
                ("fixed", V("1.1.0")),
                ("introduced", V("2.0.0")),
                ("fixed", V("2.1.0")),
            ],
            [("introduced", V("3.0.0"))],
        ],
        [],
    )
    assert [str(i) for i in ranges.intervals] == [
        "[1.0.0, 1.1.0)",
        "[2.0.0, 2.1.0)",
        "[3.0.0, +inf)",
    ]
    assert [
        ranges.affects(V(v)) for v in ["0.9.0", "1.0.5", "1.5.0", "2.0.0", "2.1.0", "3.1.0"]
    ] == [
        False,
        True,
        False,
        True,
        False,
        True,
    ]


def test_osv_repeated_introduced_keeps_the_first() -> None:
    # OSV's evaluation: once introduced, a version stays affected until fixed.
    events = [("introduced", V("1.0.0")), ("introduced", V("1.5.0")), ("fixed", V("2.0.0"))]
    ranges = AffectedRanges.from_osv_events([events], [])
    assert ranges.intervals == (Interval(closed("1.0.0"), opened("2.0.0")),)
    assert ranges.affects(V("1.2.0"))


def test_osv_fixed_without_introduced_is_ignored() -> None:
    ranges = AffectedRanges.from_osv_events([[("fixed", V("1.0.0"))]], [])
    assert ranges.intervals == ()
    assert not ranges.affects(V("0.1.0"))


def test_osv_explicit_versions() -> None:
    ranges = AffectedRanges.from_osv_events([], [V("1.5.0+meta"), V("2.0.0-rc.1")])
    assert ranges.intervals == ()
    assert ranges.versions == frozenset({V("1.5.0"), V("2.0.0-rc.1")})
    assert ranges.affects(V("1.5.0"))
    assert ranges.affects(V("1.5.0+other"))
    assert ranges.affects(V("2.0.0-rc.1"))
    assert not ranges.affects(V("1.5.1"))
    assert not ranges.affects(V("2.0.0"))
    assert str(ranges) == "1.5.0 U 2.0.0-rc.1"
    both = AffectedRanges.from_osv_events(
        [[("introduced", V("3.0.0")), ("fixed", V("3.0.1"))]], [V("1.5.0")]
    )
    assert both.affects(V("1.5.0")) and both.affects(V("3.0.0"))
    assert not both.affects(V("3.0.1"))


# --------------------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------------------

small = st.integers(0, 3)
small_pres = st.sampled_from(["", "", "", "0", "alpha", "alpha.1", "beta", "rc.1"])
small_versions = st.builds(Version, small, small, small, small_pres, st.sampled_from(["", "b"]))


@st.composite
def range_req_texts(draw: st.DrawFn) -> str:
    """Requirements of the shapes RustSec advisories use (some of them invalid ranges)."""

    def version_part() -> str:
        major = draw(small)
        n = draw(st.integers(1, 3))
        text = ".".join(str(draw(small)) for _ in range(n - 1))
        text = f"{major}.{text}" if text else f"{major}"
        if n == 3:
            pre = draw(small_pres)
            text += f"-{pre}" if pre else ""
        return text

    shape = draw(st.sampled_from(["single", "single", "pair", "bounded"]))
    if shape == "pair":
        low = draw(st.sampled_from([">=", ">"]))
        high = draw(st.sampled_from(["<", "<="]))
        return f"{low} {version_part()}, {high} {version_part()}"
    op = draw(st.sampled_from([">=", ">", "<", "<=", "=", "^", "~", ""]))
    return f"{op}{version_part()}"


def valid_interval(req: VersionReq) -> Interval | None:
    try:
        return Interval.from_requirement(req)
    except VersionError:
        return None


@st.composite
def non_overlapping_sets(draw: st.DrawFn) -> list[VersionReq]:
    chosen: list[VersionReq] = []
    intervals: list[Interval] = []
    for text in draw(st.lists(range_req_texts(), max_size=6)):
        req = VersionReq.parse(text)
        interval = valid_interval(req)
        if interval is not None and not any(interval.overlaps(i) for i in intervals):
            chosen.append(req)
            intervals.append(interval)
    return chosen


@SETTINGS
@given(non_overlapping_sets(), st.lists(small_versions, min_size=1, max_size=20))
def test_affected_is_the_complement_of_unaffected(
    reqs: list[VersionReq], vs: list[Version]
) -> None:
    ranges = AffectedRanges.from_unaffected(reqs)
    unaffected_intervals = [Interval.from_requirement(r) for r in reqs]
    for v in vs:
        inside = any(i.contains(v) for i in unaffected_intervals)
        assert ranges.affects(v) == (not inside), (str(ranges), v)
    # The affected intervals are disjoint and ordered (some may be empty: see above).
    for a, b in itertools.pairwise(ranges.intervals):
        assert not a.overlaps(b)
        assert a.end is not None and b.start is not None
        assert a.end.version.precedence <= b.start.version.precedence


@SETTINGS
@given(non_overlapping_sets(), st.lists(small_versions, min_size=1, max_size=20))
def test_osv_events_round_trip(reqs: list[VersionReq], vs: list[Version]) -> None:
    """Writing affected intervals as OSV introduced / fixed events loses nothing."""
    ranges = AffectedRanges.from_unaffected(reqs)
    events: list[tuple[str, Version]] = []
    for interval in ranges.intervals:
        assert interval.start is None or interval.start.inclusive
        assert interval.end is None or not interval.end.inclusive
        events.append(("introduced", interval.start.version if interval.start else ZERO))
        if interval.end is not None:
            events.append(("fixed", interval.end.version))
    again = AffectedRanges.from_osv_events([events] if events else [], [])
    assert again.intervals == ranges.intervals
    for v in vs:
        assert again.affects(v) == ranges.affects(v)


@SETTINGS
@given(st.sampled_from([">=", ">", "<", "<=", "=", "^", "~"]), small_versions, small_versions)
def test_full_version_interval_agrees_with_cargo_on_releases(
    op: str, base: Version, v: Version
) -> None:
    """For full ``M.m.p`` comparators, RustSec's interval and Cargo's matching agree on
    release versions; they differ only on pre-releases (the pre-release rule)."""
    req = VersionReq.parse(f"{op}{base.without_build()}")
    contains = Interval.from_requirement(req).contains(v)
    if not v.pre:
        assert contains == req.matches(v)
    elif req.matches(v):
        assert contains  # the pre-release rule only ever removes versions


@SETTINGS
@given(small_versions, small_versions)
def test_successor_is_the_next_version(v: Version, w: Version) -> None:
    nxt = successor(str(v))
    assert nxt.precedence > v.precedence
    assert not (v.precedence < w.precedence < nxt.precedence)


# --------------------------------------------------------------------------------------
# Real data: every advisory of the RustSec database
# --------------------------------------------------------------------------------------

PROJECT_ROOT = Path(__file__).resolve().parents[2]
SHARED_DATA = PROJECT_ROOT / ".." / "shared" / "data"
ADVISORY_DB = SHARED_DATA / "advisory-db"
ADVISORY_DB_OSV = SHARED_DATA / "advisory-db-osv" / "crates"
ADVISORIES = sorted(ADVISORY_DB.glob("crates/*/*.md"))

_FRONT_MATTER = re.compile(r"\A\s*```toml\s*\n(.*?)\n```", re.S)


def front_matter(path: Path) -> dict[str, Any]:
    m = _FRONT_MATTER.match(path.read_text(encoding="utf-8"))
    assert m, f"{path}: no ```toml front matter"
    return tomllib.loads(m.group(1))


def version_reqs(advisory: dict[str, Any]) -> tuple[list[str], list[str]]:
    versions = advisory.get("versions", {})
    return list(versions.get("patched", [])), list(versions.get("unaffected", []))


needs_advisory_db = pytest.mark.skipif(
    not ADVISORIES, reason=f"no RustSec advisory database at {ADVISORY_DB.resolve()}"
)


@needs_advisory_db
def test_advisory_db_is_complete() -> None:
    assert len(ADVISORIES) >= 1000


def check_advisory(path: Path) -> None:
    data = front_matter(path)
    patched, unaffected_texts = version_reqs(data)
    texts = [*unaffected_texts, *patched]
    reqs = [VersionReq.parse(text) for text in texts]
    for text, req in zip(texts, reqs, strict=True):
        assert VersionReq.parse(str(req)) == req, text
    ranges = AffectedRanges.from_unaffected(reqs)
    for req in reqs:
        # A version at the start of an unaffected interval is not affected.
        interval = Interval.from_requirement(req)
        if interval.start is not None and interval.start.inclusive:
            assert not ranges.affects(interval.start.version), str(req)
    # What RustSec exports to OSV for this advisory is exactly what we compute.
    osv_file = ADVISORY_DB_OSV / f"{data['advisory']['id']}.json"
    if osv_file.is_file():
        osv = json.loads(osv_file.read_text(encoding="utf-8"))
        (affected,) = osv["affected"]
        osv_ranges = [
            [(kind, Version.parse(text)) for event in r["events"] for kind, text in event.items()]
            for r in affected["ranges"]
            if r["type"] == "SEMVER"
        ]
        from_osv = AffectedRanges.from_osv_events(
            osv_ranges, [Version.parse(v) for v in affected.get("versions", [])]
        )
        assert from_osv.intervals == ranges.intervals, f"OSV {from_osv} != ours {ranges}"


def _year(path: Path) -> str:
    m = re.match(r"RUSTSEC-(\d{4})-", path.name)
    return m.group(1) if m else "other"


ADVISORY_YEARS = sorted({_year(p) for p in ADVISORIES})


@needs_advisory_db
@pytest.mark.parametrize("year", ADVISORY_YEARS)
def test_advisory_ranges(year: str) -> None:
    """Every patched / unaffected requirement of that year's advisories parses, forms
    valid non-overlapping ranges, and gives the intervals of RustSec's OSV export.
    (Grouped by year: one test per advisory costs more in pytest than the checks.)"""
    failures = []
    paths = [p for p in ADVISORIES if _year(p) == year]
    for path in paths:
        try:
            check_advisory(path)
        except (VersionError, AssertionError, KeyError, ValueError) as e:
            failures.append(f"{path.relative_to(ADVISORY_DB)}: {type(e).__name__}: {e}")
    assert paths
    assert not failures, "\n".join(failures)


def test_ranges_starting_at_the_same_version_are_ordered_inclusive_first() -> None:
    """`=1` and `>1` are disjoint; sorting them must not depend on their input order."""
    for order in ([">1", "=1"], ["=1", ">1"]):
        ranges = AffectedRanges.from_unaffected([VersionReq.parse(r) for r in order])
        assert not ranges.affects(Version.parse("1.0.0"))
        assert not ranges.affects(Version.parse("1.2.0"))
        assert ranges.affects(Version.parse("0.9.0"))
