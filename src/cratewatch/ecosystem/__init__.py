"""The whole-registry view: ingest an index or database dump, then ask exposure, rank and dependency questions."""
