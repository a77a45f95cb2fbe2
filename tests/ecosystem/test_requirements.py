"""Requirement intervals agree with Cargo's matching on every release version."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cratewatch.ecosystem.requirements import pre_release_triples, release_interval
from cratewatch.model.version import Version, VersionReq

small = st.integers(0, 3)
pre = st.sampled_from(["", "alpha", "alpha.1", "beta", "rc.1", "0"])


@st.composite
def requirements(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 3))):
        op = draw(st.sampled_from(["", "^", "~", "=", ">", ">=", "<", "<="]))
        major, minor, patch = draw(small), draw(small), draw(small)
        shape = draw(st.integers(0, 3))
        if shape == 0:
            text = f"{op}{major}"
        elif shape == 1:
            text = f"{op}{major}.{minor}"
        elif shape == 2 and op in ("", "="):
            text = f"{major}.{minor}.*"
        else:
            text = f"{op}{major}.{minor}.{patch}"
            tag = draw(pre)
            if tag:
                text += f"-{tag}"
        parts.append(text)
    return ", ".join(parts)


@given(requirements(), small, small, small)
def test_release_interval_is_cargo_matching(text: str, major: int, minor: int, patch: int) -> None:
    req = VersionReq.parse(text)
    low, high = release_interval(req)
    triple = (major, minor, patch)
    inside = low <= triple and (high is None or triple < high)
    assert inside == req.matches(Version(major, minor, patch))


@given(requirements(), small, small, small, pre)
def test_pre_releases_need_a_named_triple(
    text: str, major: int, minor: int, patch: int, tag: str
) -> None:
    req = VersionReq.parse(text)
    version = Version(major, minor, patch, tag or "alpha")
    if req.matches(version):
        assert (major, minor, patch) in pre_release_triples(req)


def test_examples() -> None:
    assert release_interval(VersionReq.parse("^0.6.3")) == ((0, 6, 3), (0, 7, 0))
    assert release_interval(VersionReq.parse("~1")) == ((1, 0, 0), (2, 0, 0))
    assert release_interval(VersionReq.parse("*")) == ((0, 0, 0), None)
    assert release_interval(VersionReq.parse(">1.2.3-rc.1")) == ((1, 2, 3), None)
    assert release_interval(VersionReq.parse("=1.2.3-rc.1")) == ((1, 2, 3), (1, 2, 3))
    assert pre_release_triples(VersionReq.parse(">=1.0.0-beta, <2")) == {(1, 0, 0)}
