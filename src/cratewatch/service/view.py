"""What a screening asks of the registry: the registry's view of a crate's history.

The screening of one version needs facts that no archive holds: the previous version's
archive (for the diff), when crates were first published, recent yanks, who owns and
publishes a crate, the typosquat screener and the known-malicious crates. ``RegistryView``
is that question list; the store answers it in the service, ``InMemoryView`` in tests and
in one-off screenings. Every answer may be "unknown" (``None``): a signal that needs an
unknown fact stays silent rather than guessing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, Protocol

from cratewatch.model.package import normalize_crate_name
from cratewatch.model.version import Version

if TYPE_CHECKING:
    from cratewatch.scan.dependencies import Compromised
    from cratewatch.typosquat.screen import Screener

__all__ = [
    "InMemoryView",
    "Owner",
    "OwnerHistory",
    "RegistryView",
    "VersionRecord",
    "owned_malware",
]


class Owner(NamedTuple):
    """A current owner of a crate: a user login (``dtolnay``) or a team
    (``github:rust-lang:libs``), since when (None: the registry does not say)."""

    login: str
    since: dt.datetime | None = None
    name: str | None = None  # the display name, when the registry has one


class OwnerHistory(NamedTuple):
    """Who owns a crate and who published its versions (crates.io's database dump has
    both: ``crate_owners`` with ``created_at``, ``versions.published_by``)."""

    owners: tuple[Owner, ...]
    publishers: tuple[tuple[str, str], ...] = ()  # (version, login of who published it)

    def logins(self) -> frozenset[str]:
        return frozenset(o.login.lower() for o in self.owners)

    def publisher_of(self, version: str) -> str | None:
        return next((login for v, login in self.publishers if v == version), None)


class RegistryView(Protocol):
    """What the screening of a version asks of the registry (or the service's store)."""

    def previous_crate(self, name: str, version: str) -> Path | None:
        """The ``.crate`` of the version this one updates (the highest lower version
        whose archive is at hand), or None for a first release or when none is kept."""
        ...

    def first_published(self, name: str) -> dt.datetime | None:
        """When the crate's first version was published (None: unknown to the registry)."""
        ...

    def recent_yanks(self, name: str, before: dt.datetime) -> list[tuple[str, dt.datetime]]:
        """Versions of the crate yanked at or before ``before``, with when: the most
        recent ones at least (a week's worth is enough for the screening)."""
        ...

    def owners(self, name: str) -> OwnerHistory | None:
        """The crate's owners and publishers, or None when the registry does not say
        (an index alone has no owners)."""
        ...

    def screener(self) -> Screener | None:
        """The typosquat screener of this registry's popular crates, or None."""
        ...

    def malicious_crates(self) -> Mapping[str, str]:
        """Canonical names of known-malicious crates, each with its advisory id."""
        ...

    def compromised_releases(self) -> Mapping[str, Compromised]:
        """Good crates with a malicious release, and the releases their advisory spares."""
        ...

    def owned_malware(self, logins: Iterable[str]) -> list[tuple[str, str, str]]:
        """Other crates these owners own that are known or confirmed malicious, as
        (login, crate, why): an advisory's id, or a reviewer's confirmation."""
        ...


class VersionRecord(NamedTuple):
    """One version as the in-memory view keeps it."""

    version: str
    published: dt.datetime | None = None
    crate: Path | None = None
    yanked: dt.datetime | None = None  # when it was yanked, if it was


class InMemoryView:
    """A ``RegistryView`` over plain values: for tests, and a model of what the store
    answers. Versions are given per crate; the previous version of ``v`` is the highest
    lower version (by semver) that has an archive."""

    def __init__(
        self,
        versions: Mapping[str, Iterable[VersionRecord]] | None = None,
        *,
        first_published: Mapping[str, dt.datetime] | None = None,
        owners: Mapping[str, OwnerHistory] | None = None,
        screener: Screener | None = None,
        malicious: Mapping[str, str] | None = None,
        compromised: Mapping[str, Compromised] | None = None,
        confirmed: Iterable[str] = (),
    ) -> None:
        self._confirmed = {normalize_crate_name(c) for c in confirmed}
        self._versions = {
            normalize_crate_name(name): tuple(records) for name, records in (versions or {}).items()
        }
        self._first = {normalize_crate_name(k): v for k, v in (first_published or {}).items()}
        self._owners = {normalize_crate_name(k): v for k, v in (owners or {}).items()}
        self._screener = screener
        self._malicious = dict(malicious or {})
        self._compromised = dict(compromised or {})

    def previous_crate(self, name: str, version: str) -> Path | None:
        this = Version.parse(version)
        earlier = [
            (Version.parse(r.version), r.crate)
            for r in self._versions.get(normalize_crate_name(name), ())
            if r.crate is not None and Version.parse(r.version) < this
        ]
        return max(earlier, key=lambda pair: pair[0])[1] if earlier else None

    def first_published(self, name: str) -> dt.datetime | None:
        key = normalize_crate_name(name)
        if key in self._first:
            return self._first[key]
        times = [r.published for r in self._versions.get(key, ()) if r.published is not None]
        return min(times) if times else None

    def recent_yanks(self, name: str, before: dt.datetime) -> list[tuple[str, dt.datetime]]:
        return sorted(
            (r.version, r.yanked)
            for r in self._versions.get(normalize_crate_name(name), ())
            if r.yanked is not None and r.yanked <= before
        )

    def owners(self, name: str) -> OwnerHistory | None:
        return self._owners.get(normalize_crate_name(name))

    def screener(self) -> Screener | None:
        return self._screener

    def malicious_crates(self) -> Mapping[str, str]:
        return self._malicious

    def compromised_releases(self) -> Mapping[str, Compromised]:
        return self._compromised

    def owned_malware(self, logins: Iterable[str]) -> list[tuple[str, str, str]]:
        wanted = {login.lower() for login in logins}
        owned = [
            (owner.login, crate)
            for crate, history in self._owners.items()
            for owner in history.owners
            if owner.login.lower() in wanted
        ]
        return owned_malware(owned, self._malicious, self._confirmed)


def owned_malware(
    owned: Iterable[tuple[str, str]], malicious: Mapping[str, str], confirmed: Iterable[str]
) -> list[tuple[str, str, str]]:
    """Of (login, crate) ownerships, those of crates an advisory names malicious or a
    reviewer confirmed malicious, as (login, crate, why)."""
    confirmed = set(confirmed)
    found = []
    for login, crate in sorted(set(owned)):
        if crate in malicious:
            found.append((login, crate, malicious[crate]))
        elif crate in confirmed:
            found.append((login, crate, "confirmed malicious by a reviewer"))
    return found
