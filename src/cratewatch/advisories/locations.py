"""Where the default advisory database comes from and where clones are kept."""

from __future__ import annotations

from pathlib import Path

__all__ = ["DEFAULT_DATABASE_URL", "default_checkout"]

DEFAULT_DATABASE_URL = "https://github.com/rustsec/advisory-db.git"


def default_checkout(cache_dir: Path, url: str) -> Path:
    """The clone of ``url`` inside the cache directory (one per URL)."""
    if url == DEFAULT_DATABASE_URL:
        return cache_dir / "advisory-db" / "rustsec"
    import hashlib  # only for other URLs: every audit checks for the default clone

    return cache_dir / "advisory-db" / hashlib.sha1(url.encode()).hexdigest()[:12]
