"""Lockfile sources: finding and reading Cargo.lock files."""

from cratewatch.lockfile.cargo_lock import parse_lockfile, parse_source, read_lockfile
from cratewatch.lockfile.locate import find_lockfile, project_directory

__all__ = ["find_lockfile", "parse_lockfile", "parse_source", "project_directory", "read_lockfile"]
