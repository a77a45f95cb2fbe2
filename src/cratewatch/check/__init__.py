"""``cratewatch check``: cargo-deny's policy checks (licenses, bans, sources, advisories) on a
project's dependency graph, configured by the same ``deny.toml``. ``config.py`` reads it,
``graph.py`` builds the graph the checks walk, one file per check, ``run.py`` puts them
together through the audit's policy step."""
