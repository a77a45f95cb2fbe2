"""How large an advisory file may be, wherever it is read from."""

from __future__ import annotations

__all__ = ["MAX_FILE_BYTES"]

#: The largest real advisory file is about 11 kB (OSV JSON and Markdown alike), and
#: Advisories.toml held a dozen; a file a hundred times that size is not one.
MAX_FILE_BYTES = 1024 * 1024
