"""Handling what crates, advisories, lockfiles and registries give us before we trust it.

``files``: read a path only when it is a regular file, and never more than a limit.
``text``: make text from such inputs safe to show on a terminal or in a report.
"""
