"""Where the service's events come from, one module per feed behind ``interface.Feed``:

- ``git_index.py``: new commits of a git registry index (crates.io-index layout);
- ``rss.py``: crates.io's RSS feeds of new versions and new crates;
- ``inbox.py``: ``.crate`` files a mirror drops into a directory.

Each is imported on its own, so a service that watches one feed loads no other.
"""
