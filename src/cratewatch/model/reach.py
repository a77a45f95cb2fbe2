"""Whether the function an advisory names is reachable from a project's own code.

An advisory finding says a vulnerable version is in the lockfile; most such findings do
not matter to the project that gets them, because the vulnerable function is never
called. ``Reachability`` is the answer for one finding: reachable (with one call path
from an entry point), not reachable (with the reason), or unknown (with the reason).
"""

from __future__ import annotations

import enum

from cratewatch._lean import NamedTuple

__all__ = ["CallStep", "Phase", "ReachReason", "ReachState", "Reachability"]


class ReachState(enum.Enum):
    REACHABLE = "reachable"
    NOT_REACHABLE = "not-reachable"
    UNKNOWN = "unknown"


class ReachReason(enum.Enum):
    """Why a finding is not reachable, or why that is unknown (stable codes)."""

    NEVER_CALLED = "never-called"  # no path from an entry point
    TEST_ONLY = "test-only"  # only test code (tests, benches, examples, #[cfg(test)]) calls it
    FEATURE_OFF = "feature-off"  # only code behind features that are not enabled calls it
    OTHER_TARGET = "other-target"  # only code for other targets than the one chosen calls it
    VERSION_OUTSIDE_RANGE = "version-outside-range"  # the functions are not affected here
    LOCKFILE_ONLY = "lockfile-only"  # no code of the project or its dependencies uses the crate
    NO_FUNCTIONS = "no-functions"  # the advisory names no functions
    NO_SOURCES = "no-sources"  # the sources needed to decide were not found
    NOT_FOUND = "function-not-found"  # the crate's sources define no such function
    BOUNDED = "search-bounded"  # not found, but the search stopped at its bounds first


class Phase(enum.Enum):
    RUNTIME = "runtime"  # the shipped program or library
    BUILD = "build"  # a build script, run when the project is built


class CallStep(NamedTuple):
    """One function on a call path, and where the previous one names it."""

    function: str  # crate::module::Type::name
    file: str  # where the call is (the caller's file); the entry's own file for the first
    line: int
    conditions: tuple[str, ...] = ()  # cfg predicates this function needs (`windows`)


class Reachability(NamedTuple):
    """The answer for one advisory finding."""

    state: ReachState
    reason: ReachReason | None = None
    detail: str = ""  # the reason in words, or what was reachable
    phase: Phase | None = None
    path: tuple[CallStep, ...] = ()  # entry point first, the vulnerable function last
    used: bool = False  # the project's code (or a dependency's it calls) uses the crate

    @property
    def conditions(self) -> tuple[str, ...]:
        """Every cfg predicate the path needs, once each, in path order."""
        return tuple(dict.fromkeys(c for step in self.path for c in step.conditions))
