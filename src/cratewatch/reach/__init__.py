"""Reachability of advisories' vulnerable functions from a project's sources
(``cratewatch reach``): ``packages`` (manifests, features), ``items`` (modules and what
functions name), ``graph`` (resolution and the search), ``run`` (the findings answered)."""
