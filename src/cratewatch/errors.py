"""The project's error hierarchy.

Every error that cratewatch raises on purpose derives from ``CratewatchError``;
the CLI turns each branch into an exit code and a one-line message::

    CratewatchError
    ├── UsageError                  bad flags or configuration         (exit 2)
    │   └── ConfigError             cratewatch.toml is invalid
    └── InputError                  unreadable or invalid input        (exit 3)
        ├── VersionError            text is not a Cargo version / requirement
        ├── LockfileError           a Cargo.lock cannot be read
        ├── AdvisoryError           an advisory file is invalid
        ├── DatabaseError           an advisory database cannot be loaded or updated
        ├── RegistryIndexError      a registry index cannot be read or fetched
        ├── DownloadError           a crate cannot be downloaded or fails its checksum
        ├── DumpError               a crates.io database dump cannot be read
        ├── StoreError              an ecosystem store is missing, unreadable or outdated
        │   └── ServiceStoreError   the service's store cannot be opened, migrated or used
        └── FeedError               a service feed cannot be read (git index, RSS, inbox)

Messages name the file or URL and the problem, so that one line is enough.
"""

from __future__ import annotations


class CratewatchError(Exception):
    """Base of every error cratewatch raises deliberately."""


class UsageError(CratewatchError):
    """The command line or the configuration asks for something impossible."""


class ConfigError(UsageError):
    """A configuration file is malformed or has invalid values."""


class InputError(CratewatchError):
    """An input (lockfile, advisory, index, path) is unreadable or invalid."""


class VersionError(InputError, ValueError):
    """Text that is not a valid Cargo version or version requirement."""


class LockfileError(InputError):
    """A Cargo.lock that cannot be read or is malformed."""


class AdvisoryError(InputError):
    """An advisory file that cannot be parsed or fails validation."""


class DatabaseError(InputError):
    """An advisory database that cannot be loaded, cloned or updated."""


class RegistryIndexError(InputError):
    """A registry index that cannot be read or fetched."""


class DownloadError(InputError):
    """A crate that cannot be downloaded from a registry, or whose archive fails its checksum."""


class DumpError(InputError):
    """A crates.io database dump that cannot be read or is malformed."""


class StoreError(InputError):
    """An ecosystem store that is missing, unreadable, or of an older format."""


class ServiceStoreError(StoreError):
    """The service's store (SQLite or PostgreSQL) cannot be opened, migrated or used."""


class FeedError(InputError):
    """A feed of the service (a git index, an RSS feed, an inbox) that cannot be polled."""
