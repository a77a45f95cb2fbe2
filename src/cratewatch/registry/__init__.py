"""Registry indexes: which versions of a crate exist and which are yanked.

- ``interface``: what an audit asks of an index, and the index file format;
- ``local``: an index checkout directory or a tar archive of one (cached in SQLite);
- ``sparse``: the sparse HTTP protocol (``https://index.crates.io/``), cached on disk;
- ``spec``: ``open_registry_index`` picks one of these from what the user names;
- ``leftovers``: temporary files of killed runs, removed by the next run.

Implementations are imported where used, so an audit without an index never
loads SQLite, tarfile or an HTTP client.
"""
