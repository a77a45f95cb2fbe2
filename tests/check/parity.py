"""How the comparison with cargo-deny keys a check document's findings: (code, crate,
version, level), duplicates by crate name alone (cargo-deny reports one per name), at the
levels cargo-deny prints by default (deny and warn). Shared by the parity test and
``benchmarks/check_vs_cargo_deny.py``."""

from __future__ import annotations

from collections import Counter
from typing import Any

__all__ = ["NOT_COMPARED", "findings_of"]

#: cratewatch's own diagnostics, which cargo-deny has no counterpart of
NOT_COMPARED = frozenset({"config-note", "lockfile-warning"})


def findings_of(document: dict[str, Any]) -> Counter[tuple[str, ...]]:
    found: Counter[tuple[str, ...]] = Counter()
    for finding in [*document["findings"], *document["diagnostics"]]:
        if finding["level"] == "allow" or finding.get("ignored"):
            continue
        if finding["code"] in NOT_COMPARED:
            continue
        name, version = finding.get("crate") or "", finding.get("version") or ""
        if finding["code"] in ("ban-duplicate", "ban-duplicate-denied"):
            version = ""
        found[(finding["code"], name, version, finding["level"])] += 1
    return found
