"""Cargo requirements as ranges of release versions, so whole graphs can be matched at once.

Matching one requirement against one version is ``VersionReq.matches``. Matching the
1.5 million requirements of the crates.io index against every version they could select
that way would take minutes, so the ecosystem store turns each requirement into an
interval: for release versions (no pre-release part) Cargo's rules make every
comparator select a contiguous run of ``(major, minor, patch)`` triples, and a
requirement (all comparators at once) selects the intersection. With a crate's versions
sorted by precedence, the releases a requirement selects are then exactly the releases
between two positions found by binary search.

Pre-release versions are the exception: Cargo selects ``1.2.0-beta.2`` only when a
comparator names a pre-release of the same ``1.2.0``. ``pre_release_triples`` gives those
triples; the store matches the few requirements that have one against the crate's
pre-releases one by one with ``VersionReq.matches``.
"""

from __future__ import annotations

from typing import Final

from cratewatch.model.version import Comparator, Op, VersionReq

__all__ = ["Triple", "pre_release_triples", "release_interval"]

Triple = tuple[int, int, int]

_ZERO: Final[Triple] = (0, 0, 0)


def release_interval(req: VersionReq) -> tuple[Triple, Triple | None]:
    """``(low, high)``: the release versions ``req`` selects are those with
    ``low <= (major, minor, patch) < high`` (``high`` ``None``: unbounded).

    An empty selection has ``high <= low``.
    """
    low, high = _ZERO, None
    for cmp in req.comparators:
        c_low, c_high = _comparator_interval(cmp)
        low = max(low, c_low)
        if c_high is not None:
            high = c_high if high is None else min(high, c_high)
    return low, high


def pre_release_triples(req: VersionReq) -> frozenset[Triple]:
    """The triples whose pre-releases ``req`` may select (Cargo's pre-release rule)."""
    return frozenset(
        (c.major, c.minor, c.patch)
        for c in req.comparators
        if c.pre and c.minor is not None and c.patch is not None
    )


def _comparator_interval(cmp: Comparator) -> tuple[Triple, Triple | None]:
    """The releases one comparator selects, as a half-open interval of triples."""
    major, minor, patch, op = cmp.major, cmp.minor, cmp.patch, cmp.op
    if minor is None:  # "1", ">1", "~1", "1.*", ...: whole major versions
        this, following = (major, 0, 0), (major + 1, 0, 0)
    elif patch is None:  # "1.2", ">1.2", ...: whole minor versions
        this, following = (major, minor, 0), (major, minor + 1, 0)
    else:
        this, following = (major, minor, patch), (major, minor, patch + 1)

    if op is Op.EXACT or op is Op.WILDCARD:
        if patch is not None and cmp.pre:  # "=1.2.3-rc.1": no release equals it
            return this, this
        return this, following
    if op is Op.GREATER:
        # A release is greater than its own pre-releases: ">1.2.3-rc.1" selects 1.2.3.
        return (this if cmp.pre else following), None
    if op is Op.GREATER_EQ:
        return this, None
    if op is Op.LESS:
        return _ZERO, this
    if op is Op.LESS_EQ:
        return _ZERO, (this if cmp.pre else following)
    if op is Op.TILDE:
        if minor is None:
            return this, following
        return this, (major, minor + 1, 0)
    # Caret: compatible with the leftmost non-zero part.
    if major > 0 or minor is None:
        return this, (major + 1, 0, 0)
    if minor > 0 or patch is None:
        return this, (0, minor + 1, 0)
    return this, (0, 0, patch + 1)
