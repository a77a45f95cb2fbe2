"""The audit: detection over a lockfile, policy, and the end-to-end run."""

from cratewatch.audit.run import AuditOptions, audit_lockfile, run_audit

__all__ = ["AuditOptions", "audit_lockfile", "run_audit"]
