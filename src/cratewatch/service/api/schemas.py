"""The JSON API's documents, as pydantic models: they validate what comes in and give
the OpenAPI description of what goes out."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from cratewatch.service.model import Risk, Screening, Signal, TriageState
from cratewatch.service.store import AllowEntry, TriageEntry, VersionRow

__all__ = [
    "AdvisoryOut",
    "AdvisorySummaryOut",
    "AllowIn",
    "AllowOut",
    "ErrorOut",
    "HealthOut",
    "PublishIn",
    "PublishOut",
    "ScreeningOut",
    "StatsOut",
    "TriageIn",
    "TriageOut",
    "VersionDetailOut",
    "VersionOut",
    "VersionPageOut",
]

_STRICT_INPUT = ConfigDict(extra="forbid", str_max_length=10_000)


class ErrorOut(BaseModel):
    error: str


class VersionOut(BaseModel):
    name: str
    version: str
    checksum: str = Field(description='SHA-256 of the .crate; "" while no feed has said')
    first_seen: dt.datetime
    published: dt.datetime | None
    source: str
    yanked: bool
    risk: Risk | None = Field(description="the latest screening's; null before any")
    state: TriageState | None
    screened: dt.datetime | None

    @classmethod
    def of(cls, row: VersionRow) -> VersionOut:
        return cls(
            name=row.key.name,
            version=row.key.version,
            checksum=row.key.checksum,
            first_seen=row.first_seen,
            published=row.published,
            source=row.source,
            yanked=row.yanked,
            risk=row.risk,
            state=row.state,
            screened=row.screened,
        )


class VersionPageOut(BaseModel):
    items: list[VersionOut]
    next_cursor: str | None = Field(description="pass as ?cursor= for the next page")


class SignalOut(BaseModel):
    code: str
    risk: Risk
    message: str

    @classmethod
    def of(cls, signal: Signal) -> SignalOut:
        return cls(code=signal.code, risk=signal.risk, message=signal.message)


class TyposquatOut(BaseModel):
    name: str
    imitates: str


class ScreeningOut(BaseModel):
    risk: Risk
    state: TriageState = Field(description="the state this screening starts the version in")
    rules_version: str
    screened: dt.datetime
    signals: list[SignalOut]
    evidence: list[dict[str, Any]] = Field(description="the scan's findings")
    typosquat: list[TyposquatOut]
    scan: dict[str, Any] | None = Field(description="the scan's JSON document")
    diff: dict[str, Any] | None = Field(description="the diff's JSON document")

    @classmethod
    def of(cls, screening: Screening) -> ScreeningOut:
        from cratewatch.service.api.evidence import findings, typosquat_targets

        return cls(
            risk=screening.risk,
            state=screening.state,
            rules_version=screening.rules_version,
            screened=screening.screened,
            signals=[SignalOut.of(s) for s in screening.signals],
            evidence=findings(screening.scan),
            typosquat=[TyposquatOut(**t) for t in typosquat_targets(screening.signals)],
            scan=screening.scan,
            diff=screening.diff,
        )


class TriageOut(BaseModel):
    state: TriageState
    who: str
    at: dt.datetime
    why: str

    @classmethod
    def of(cls, entry: TriageEntry) -> TriageOut:
        return cls(state=entry.state, who=entry.who, at=entry.at, why=entry.why)


class VersionDetailOut(BaseModel):
    version: VersionOut
    screening: ScreeningOut | None = Field(description="the latest screening")
    earlier_screenings: list[dict[str, Any]] = Field(
        description="rules_version, risk and screened of each earlier screening"
    )
    triage: list[TriageOut] = Field(description="oldest first; the last is the state")
    advisories: list[str] = Field(description="advisories exposing this version")
    allowed: bool = Field(description="on the allowlist")


class TriageIn(BaseModel):
    model_config = _STRICT_INPUT
    state: TriageState
    why: str = Field(min_length=1, max_length=2000)
    checksum: str | None = Field(default=None, pattern="^[0-9a-fA-F]{64}$")


class AllowIn(BaseModel):
    model_config = _STRICT_INPUT
    crate: str = Field(min_length=1, max_length=64)
    version: str | None = Field(default=None, max_length=200, description="null: every version")
    why: str = Field(min_length=1, max_length=2000)


class AllowOut(BaseModel):
    crate: str
    version: str | None
    who: str
    why: str
    at: dt.datetime

    @classmethod
    def of(cls, entry: AllowEntry) -> AllowOut:
        return cls(
            crate=entry.crate, version=entry.version, who=entry.who, why=entry.why, at=entry.at
        )


class AdvisorySummaryOut(BaseModel):
    id: str
    exposed: int = Field(description="how many versions it exposes")


class ExposureOut(BaseModel):
    crate: str
    version: str


class AdvisoryOut(BaseModel):
    id: str
    data: dict[str, Any]
    exposures: list[ExposureOut]


class StatsOut(BaseModel):
    versions: int
    by_risk: dict[str, int] = Field(description='risk -> versions; "unscreened" for none yet')
    by_state: dict[str, int] = Field(description='triage state -> versions; "none" for none')
    queue: dict[str, int] = Field(description="job state -> jobs")


class HealthOut(BaseModel):
    status: str = Field(description='"ok", or "unavailable" when the store is not reachable')
    store: str
    queue: dict[str, int] | None
    queue_lag_seconds: float | None = Field(
        description="how long the oldest runnable queued job has waited"
    )


class PublishIn(BaseModel):
    model_config = _STRICT_INPUT
    name: str = Field(max_length=200)
    version: str = Field(max_length=200)
    checksum: str | None = Field(
        default=None, description="SHA-256 of the .crate, hex", max_length=200
    )
    publisher: str | None = Field(
        default=None,
        description="login of the account that published it (the owner signals use it)",
        max_length=100,
    )


class PublishOut(BaseModel):
    name: str
    version: str
    checksum: str | None
    recorded: bool | None = Field(description="true: news, screening enqueued; false: known")
