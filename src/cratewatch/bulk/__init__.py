"""Whole-registry scans: every version of a mirror, or what the service's store holds,
scanned in batches on the local process pool or a dask.distributed cluster, the
results streamed into the service's store (docs/registry-scan.md)."""
