"""CVSS vectors (3.0, 3.1, 4.0) to base scores, using the ``cvss`` library."""

from __future__ import annotations

from cratewatch.errors import AdvisoryError
from cratewatch.model.advisory import Cvss

__all__ = ["parse_cvss"]


def parse_cvss(vector: str) -> Cvss:
    """Score a CVSS vector; raises ``AdvisoryError`` for malformed vectors."""
    import cvss  # imported lazily: only cache builds score vectors

    try:
        if vector.startswith("CVSS:4.0/"):
            v4 = cvss.CVSS4(vector)
            return Cvss(vector, "4.0", float(v4.base_score), str(v4.severity).lower())
        if vector.startswith(("CVSS:3.0/", "CVSS:3.1/")):
            v3 = cvss.CVSS3(vector)
            score = float(v3.scores()[0])
            return Cvss(vector, vector[5:8], score, str(v3.severities()[0]).lower())
    except cvss.CVSSError as exc:
        raise AdvisoryError(f"invalid CVSS vector '{vector}': {exc}") from None
    raise AdvisoryError(f"unsupported CVSS vector '{vector}' (expected CVSS 3.0, 3.1 or 4.0)")
