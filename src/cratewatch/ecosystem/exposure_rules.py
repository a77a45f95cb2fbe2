"""What the two exposure searches share: the options, the shape of the answer, and
which versions and dependency rows may carry exposure at all.

``exposure.py`` (conservative and no-optional modes) and ``features.py`` (the
feature-aware mode) both build on this module, and ``exposure.propagate`` picks one
of them, so neither search imports the other's module.
"""

from __future__ import annotations

import enum
from typing import NamedTuple

import numpy as np
from numpy.typing import NDArray

from cratewatch.ecosystem.store import DEP_DEV, DEP_OPTIONAL, VERSION_LATEST, VERSION_YANKED, Store
from cratewatch.registry.interface import Progress

__all__ = [
    "BoolArray",
    "Exposure",
    "ExposureOptions",
    "IntArray",
    "Mode",
    "Progress",
    "eligible_versions",
    "usable_rows",
]

BoolArray = NDArray[np.bool_]
IntArray = NDArray[np.int64]


class Mode(enum.Enum):
    CONSERVATIVE = "conservative"
    NO_OPTIONAL = "no-optional"
    FEATURES = "features"


class ExposureOptions(NamedTuple):
    mode: Mode = Mode.CONSERVATIVE
    include_yanked: bool = True
    latest_only: bool = False


class Exposure(NamedTuple):
    """Per version: exposed?, shortest chain length (-1 if not exposed), and the
    dependency row that exposed it (-1 for affected versions and unexposed ones)."""

    crate: int
    affected: BoolArray
    exposed: BoolArray
    level: NDArray[np.int32]
    via: NDArray[np.int32]


def eligible_versions(store: Store, options: ExposureOptions, affected: BoolArray) -> BoolArray:
    """Versions that may be exposed at all under ``options``."""
    flags = np.asarray(store.ver_flags)
    eligible = np.ones(store.version_count, dtype=bool)
    if options.latest_only:
        eligible = (flags & VERSION_LATEST) != 0
        eligible |= affected
    if not options.include_yanked:
        eligible &= (flags & VERSION_YANKED) == 0
    return eligible


def usable_rows(store: Store, options: ExposureOptions, eligible: BoolArray) -> BoolArray:
    """Dependency rows that can carry exposure: not dev, from an eligible version, and
    not optional in ``no-optional`` mode."""
    flags = np.asarray(store.dep_flags)
    excluded = DEP_DEV | (DEP_OPTIONAL if options.mode is Mode.NO_OPTIONAL else 0)
    usable: BoolArray = ((flags & excluded) == 0) & eligible[np.asarray(store.dep_from)]
    return usable
