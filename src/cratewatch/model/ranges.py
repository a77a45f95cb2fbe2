"""Which versions of a crate an advisory affects: RustSec / OSV interval semantics.

RustSec advisories list *unaffected* requirements (``patched`` and ``unaffected``).
Their meaning is not Cargo requirement matching: each requirement is read as an
interval under plain SemVer precedence, and a version is affected iff it lies in
none of them. The two readings differ for pre-releases: ``< 1.2.3`` does not
*match* ``1.2.3-alpha`` (Cargo's pre-release rule) but ``1.2.3-alpha`` does lie
below ``1.2.3``, so it is unaffected. ``^1.2.3`` becomes ``[1.2.3, 2.0.0-0)`` so
that ``2.0.0-alpha`` is outside it. This is how the ``rustsec`` crate (and thus
cargo-audit and cargo-deny) decides, and OSV's ``introduced`` / ``fixed`` events
are the same intervals written from the affected side.
"""

from __future__ import annotations

import itertools

from cratewatch._lean import NamedTuple
from cratewatch.errors import VersionError
from cratewatch.model.version import Op, Version, VersionReq

__all__ = ["AffectedRanges", "Bound", "Interval"]


class Bound(NamedTuple):
    version: Version
    inclusive: bool


class Interval(NamedTuple):
    """A version interval; ``None`` bounds are unbounded."""

    start: Bound | None = None
    end: Bound | None = None

    def contains(self, version: Version) -> bool:
        key = version.precedence
        if self.start is not None:
            start = self.start.version.precedence
            if key < start or (key == start and not self.start.inclusive):
                return False
        if self.end is not None:
            end = self.end.version.precedence
            if key > end or (key == end and not self.end.inclusive):
                return False
        return True

    def __str__(self) -> str:
        left = "(-inf" if self.start is None else ("[" if self.start.inclusive else "(")
        if self.start is not None:
            left += str(self.start.version)
        right = "+inf)" if self.end is None else str(self.end.version)
        if self.end is not None:
            right += "]" if self.end.inclusive else ")"
        return f"{left}, {right}"

    @classmethod
    def from_requirement(cls, req: VersionReq) -> Interval:
        """Read a RustSec ``patched`` / ``unaffected`` requirement as an interval.

        The rules of the rustsec crate: at most two comparators, at most one lower
        and one upper bound, and ``=``, ``^``, ``~`` alone in their requirement.
        """
        cmps = req.comparators
        if len(cmps) > 2:
            raise VersionError(f"too many comparators in version range: {req}")
        start: Bound | None = None
        end: Bound | None = None
        for cmp in cmps:
            version = cmp.lower_version()
            if cmp.op in (Op.GREATER, Op.GREATER_EQ):
                if start is not None:
                    raise VersionError(f"more than one lower bound in the same range: {req}")
                start = Bound(version, cmp.op is Op.GREATER_EQ)
            elif cmp.op in (Op.LESS, Op.LESS_EQ):
                if end is not None:
                    raise VersionError(f"more than one upper bound in the same range: {req}")
                end = Bound(version, cmp.op is Op.LESS_EQ)
            elif cmp.op in (Op.EXACT, Op.CARET, Op.TILDE):
                if len(cmps) != 1:
                    raise VersionError(f"'{cmp}' must be alone in its range: {req}")
                start = Bound(version, True)
                if cmp.op is Op.EXACT:
                    end = Bound(version, True)
                else:
                    end = Bound(_upper(cmp.op, cmp.major, cmp.minor, cmp.patch), False)
            else:
                raise VersionError(f"unsupported operator in version range: {req}")
        interval = cls(start, end)
        if not interval._well_formed():
            raise VersionError(f"empty version range: {req}")
        return interval

    def _well_formed(self) -> bool:
        return _bounds_le(self.start, self.end)

    def overlaps(self, other: Interval) -> bool:
        return _bounds_le(self.start, other.end) and _bounds_le(other.start, self.end)


def _bounds_le(start: Bound | None, end: Bound | None) -> bool:
    """Is ``start`` (a lower bound) at or below ``end`` (an upper bound)?"""
    if start is None or end is None:
        return True
    s, e = start.version.precedence, end.version.precedence
    return s < e or (s == e and start.inclusive and end.inclusive)


def _upper(op: Op, major: int, minor: int | None, patch: int | None) -> Version:
    """Exclusive upper end of a caret or tilde requirement, as the lowest pre-release."""
    if op is Op.TILDE:
        if minor is None:
            return Version(major + 1, 0, 0, "0")
        return Version(major, minor + 1, 0, "0")
    if major > 0:
        return Version(major + 1, 0, 0, "0")
    if minor is None:
        return Version(1, 0, 0, "0")
    if minor == 0 and patch is not None:
        return Version(0, 0, patch + 1, "0")
    return Version(0, minor + 1, 0, "0")


def _successor(v: Version) -> Version:
    """The lowest version above ``v`` by SemVer precedence (``1.2.3`` -> ``1.2.4-0``)."""
    if not v.pre:
        return Version(v.major, v.minor, v.patch + 1, "0")
    return Version(v.major, v.minor, v.patch, v.pre + ".0")


class AffectedRanges(NamedTuple):
    """The affected versions of one crate: a union of intervals plus listed versions."""

    intervals: tuple[Interval, ...]
    versions: frozenset[Version] = frozenset()

    def affects(self, version: Version) -> bool:
        if version.without_build() in self.versions:
            return True
        return any(i.contains(version) for i in self.intervals)

    @property
    def affects_all(self) -> bool:
        return Interval() in self.intervals

    def __str__(self) -> str:
        parts = [str(i) for i in self.intervals] + sorted(str(v) for v in self.versions)
        return " U ".join(parts) if parts else "(none)"

    def patched_requirements(self) -> tuple[str, ...]:
        """The versions above an affected interval that are not affected, as requirements.

        This is the ``patched`` list of an advisory that only states affected
        ranges (OSV): ``[0.6.3, 0.6.14) U [1.0.0, 1.6.1)`` gives
        ``(">= 0.6.14, < 1.0.0", ">= 1.6.1")``.
        """
        ordered = sorted(self.intervals, key=_start_key)
        patched: list[str] = []
        for index, interval in enumerate(ordered):
            if interval.end is None:
                return tuple(patched)  # affected to the top: nothing above is patched
            low = f"{'>' if interval.end.inclusive else '>='} {interval.end.version}"
            following = ordered[index + 1] if index + 1 < len(ordered) else None
            if following is None:
                patched.append(low)
            elif following.start is not None and _bounds_le(
                Bound(interval.end.version, not interval.end.inclusive),
                Bound(following.start.version, not following.start.inclusive),
            ):
                high = f"{'<' if following.start.inclusive else '<='} {following.start.version}"
                patched.append(f"{low}, {high}")
        return tuple(patched)

    @classmethod
    def from_unaffected(cls, requirements: list[VersionReq]) -> AffectedRanges:
        """Complement of RustSec's ``patched`` + ``unaffected`` requirements.

        Raises ``VersionError`` when a requirement is not a valid range or two
        ranges overlap, as the rustsec crate does.
        """
        unaffected = [Interval.from_requirement(r) for r in requirements]
        if not unaffected:
            return cls((Interval(),))
        for idx, a in enumerate(unaffected):
            for b in unaffected[idx + 1 :]:
                if a.overlaps(b):
                    raise VersionError(f"overlapping version ranges: {a} and {b}")
        # Disjoint intervals are ordered by their start; an unbounded start is first.
        unaffected.sort(key=_start_key)
        affected: list[Interval] = []
        first = unaffected[0].start
        if first is not None:
            affected.append(Interval(None, Bound(_as_exclusive_end(first), False)))
        for left, right in itertools.pairwise(unaffected):
            assert left.end is not None and right.start is not None
            start = left.end.version if not left.end.inclusive else _successor(left.end.version)
            end = _as_exclusive_end(right.start)
            affected.append(Interval(Bound(start, True), Bound(end, False)))
        last = unaffected[-1].end
        if last is not None:
            start = last.version if not last.inclusive else _successor(last.version)
            affected.append(Interval(Bound(start, True), None))
        return cls(tuple(_from_the_bottom(i) for i in affected if i.end != Bound(_ZERO, False)))

    @classmethod
    def from_osv_events(
        cls, ranges: list[list[tuple[str, Version]]], versions: list[Version]
    ) -> AffectedRanges:
        """From OSV ``SEMVER`` ranges (events in order) and an explicit version list.

        Events are ``introduced`` / ``fixed`` / ``last_affected`` pairs; a range that
        ends with ``introduced`` is open to the top. As in OSV's evaluation, an
        ``introduced`` while a range is already open does not move its start, and
        a ``fixed`` / ``last_affected`` with no open range is ignored.
        """
        intervals: list[Interval] = []
        for events in ranges:
            start: Version | None = None
            open_range = False
            for kind, version in events:
                if kind == "introduced":
                    if not open_range:
                        start = None if version == _ZERO else version
                        open_range = True
                elif kind in ("fixed", "last_affected") and open_range:
                    low = Bound(start, True) if start is not None else None
                    intervals.append(Interval(low, Bound(version, kind == "last_affected")))
                    open_range = False
            if open_range:
                intervals.append(Interval(Bound(start, True) if start is not None else None, None))
        return cls(tuple(intervals), frozenset(v.without_build() for v in versions))


_ZERO = Version(0, 0, 0, "0")  # the smallest version there is


def _from_the_bottom(interval: Interval) -> Interval:
    """An interval from the smallest version written as one with no start, as OSV events
    read it, so that one set has one form. (One that ends before it is empty: dropped.)"""
    if interval.start == Bound(_ZERO, True):
        return interval._replace(start=None)
    return interval


def _start_key(interval: Interval) -> tuple[bool, tuple[object, ...], bool]:
    """Order by start; at the same version an inclusive start (``=1``) comes before an
    exclusive one (``>1``): both can be disjoint unaffected ranges."""
    start = interval.start
    if start is None:
        return (False, (), False)
    return (True, start.version.precedence, not start.inclusive)


def _as_exclusive_end(start: Bound) -> Version:
    """The exclusive end of the affected interval just below an unaffected ``start``."""
    return start.version if start.inclusive else _successor(start.version)
