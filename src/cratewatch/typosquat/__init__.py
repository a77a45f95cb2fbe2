"""Typosquatting: names that imitate popular crates, for registries and projects."""
