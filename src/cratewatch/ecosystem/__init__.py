"""The whole registry at once: ingest an index or database dump into a store, then ask
which versions an advisory reaches, which crates matter most, and who depends on what.
"""
