"""The exit codes every command uses (README, "Exit codes")."""

from __future__ import annotations

__all__ = ["EXIT_FINDINGS", "EXIT_INPUT", "EXIT_OK", "EXIT_USAGE"]

EXIT_OK = 0  # nothing at the failing level
EXIT_FINDINGS = 1  # findings at the failing level
EXIT_USAGE = 2  # usage or configuration error
EXIT_INPUT = 3  # unreadable or invalid input, or nothing to check
