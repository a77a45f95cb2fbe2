"""The JSON API under ``/api/v1`` (see docs/service.md, "API and web page")."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response

from cratewatch.errors import ServiceStoreError
from cratewatch.service.api.context import ApiError, Caller, api_caller, context, resolve_version
from cratewatch.service.api.schemas import (
    AdvisoryOut,
    AdvisorySummaryOut,
    AllowIn,
    AllowOut,
    ErrorOut,
    ExposureOut,
    HealthOut,
    ScreeningOut,
    StatsOut,
    TriageIn,
    TriageOut,
    VersionDetailOut,
    VersionOut,
    VersionPageOut,
)
from cratewatch.service.api.stats import queue_lag, statistics
from cratewatch.service.model import Risk, Role, TriageState
from cratewatch.service.store import VersionFilter

__all__ = ["router"]

ERRORS: dict[int | str, dict[str, object]] = {
    400: {"model": ErrorOut, "description": "invalid request"},
    401: {"model": ErrorOut, "description": "no token, or an unknown or revoked one"},
    403: {"model": ErrorOut, "description": "the token's role is not enough"},
    413: {"model": ErrorOut, "description": "request body over the limit"},
}
NOT_FOUND: dict[int | str, dict[str, object]] = {
    404: {"model": ErrorOut, "description": "no such thing"},
    409: {"model": ErrorOut, "description": "several copies of the version: pass ?checksum="},
}

router = APIRouter(prefix="/api/v1", responses=ERRORS)


def reader(request: Request) -> Caller:
    return api_caller(request, Role.READER)


def reviewer(request: Request) -> Caller:
    return api_caller(request, Role.REVIEWER)


def admin(request: Request) -> Caller:
    return api_caller(request, Role.ADMIN)


Reader = Annotated[Caller, Depends(reader)]
Reviewer = Annotated[Caller, Depends(reviewer)]
Admin = Annotated[Caller, Depends(admin)]
Checksum = Annotated[
    str | None, Query(pattern="^[0-9a-fA-F]{64}$", description="picks among copies")
]


def _utc(when: dt.datetime | None) -> dt.datetime | None:
    if when is not None and when.tzinfo is None:
        return when.replace(tzinfo=dt.UTC)  # a time without a zone is taken as UTC
    return when


@router.get("/versions", response_model=VersionPageOut, tags=["versions"])
def list_versions(
    request: Request,
    _caller: Reader,
    risk: Annotated[Risk | None, Query(description="at least this risk")] = None,
    state: Annotated[TriageState | None, Query(description="current triage state")] = None,
    crate: Annotated[str | None, Query(max_length=200, description="any spelling")] = None,
    since: Annotated[dt.datetime | None, Query(description="first seen at or after")] = None,
    yanked: bool | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> VersionPageOut:
    """Versions, newest first (by when first seen), a page at a time."""
    filters = VersionFilter(crate=crate, risk=risk, state=state, since=_utc(since), yanked=yanked)
    try:
        page = context(request).store.versions(filters, limit=limit, cursor=cursor)
    except ValueError as exc:
        raise ApiError(400, str(exc)) from None
    return VersionPageOut(items=[VersionOut.of(r) for r in page.items], next_cursor=page.cursor)


@router.get(
    "/versions/{name}/{version}",
    response_model=VersionDetailOut,
    responses=NOT_FOUND,
    tags=["versions"],
)
def get_version(
    request: Request, name: str, version: str, _caller: Reader, checksum: Checksum = None
) -> VersionDetailOut:
    """One version: its latest screening (signals, the scan's findings, the diff, the
    typosquat targets), earlier screenings, its triage log."""
    store = context(request).store
    row = resolve_version(store, name, version, checksum)
    detail = store.version(row.key)
    if detail is None:
        raise ApiError(404, f"no version {name} {version}")
    latest = detail.screenings[-1] if detail.screenings else None
    return VersionDetailOut(
        version=VersionOut.of(detail.version),
        screening=None if latest is None else ScreeningOut.of(latest),
        earlier_screenings=[
            {"rules_version": s.rules_version, "risk": s.risk.value, "screened": s.screened}
            for s in detail.screenings[:-1]
        ],
        triage=[TriageOut.of(e) for e in detail.triage],
        advisories=list(store.advisories_exposing(row.key.name, row.key.version)),
        allowed=store.is_allowed(row.key.name, row.key.version),
    )


@router.get(
    "/versions/{name}/{version}/triage",
    response_model=list[TriageOut],
    responses=NOT_FOUND,
    tags=["triage"],
)
def get_triage(
    request: Request, name: str, version: str, _caller: Reader, checksum: Checksum = None
) -> list[TriageOut]:
    """A version's triage log, oldest first; the last entry is its state."""
    store = context(request).store
    detail = store.version(resolve_version(store, name, version, checksum).key)
    return [] if detail is None else [TriageOut.of(e) for e in detail.triage]


@router.post(
    "/versions/{name}/{version}/triage",
    response_model=TriageOut,
    status_code=201,
    responses=NOT_FOUND,
    tags=["triage"],
)
def set_triage(
    request: Request, name: str, version: str, body: TriageIn, caller: Reviewer
) -> TriageOut:
    """Decide a version's state, with the reason; appended to its log under the
    token's name. Needs a reviewer token."""
    store = context(request).store
    row = resolve_version(store, name, version, body.checksum)
    why = body.why.strip()
    if not why:
        raise ApiError(400, "why: say why")
    return TriageOut.of(store.set_triage(row.key, body.state, caller.name, why))


@router.get("/allowlist", response_model=list[AllowOut], tags=["allowlist"])
def get_allowlist(request: Request, _caller: Reader) -> list[AllowOut]:
    """Crates (every version, or one) whose screenings raise no alarm."""
    return [AllowOut.of(e) for e in context(request).store.allowlist()]


@router.post("/allowlist", response_model=AllowOut, status_code=201, tags=["allowlist"])
def add_allowed(request: Request, body: AllowIn, caller: Admin, response: Response) -> AllowOut:
    """Allow a crate or one version of it. Needs an admin token. An existing entry is
    kept as it was (200)."""
    from cratewatch.typosquat.names import name_problem

    problem = name_problem(body.crate)
    if problem is not None:
        raise ApiError(400, f"crate: not a crate name: {problem}")
    if body.version is not None:
        _check_version(body.version)
    store = context(request).store
    if not store.allow(body.crate, version=body.version, who=caller.name, why=body.why.strip()):
        response.status_code = 200
    from cratewatch.model.package import normalize_crate_name

    crate = normalize_crate_name(body.crate)
    entry = next(
        e for e in store.allowlist() if e.crate == crate and e.version == (body.version or None)
    )
    return AllowOut.of(entry)


@router.delete("/allowlist/{crate}", status_code=204, responses=NOT_FOUND, tags=["allowlist"])
def remove_allowed(
    request: Request,
    crate: str,
    _caller: Admin,
    version: Annotated[str | None, Query(max_length=200)] = None,
) -> Response:
    """Remove an allowlist entry. Needs an admin token."""
    if not context(request).store.disallow(crate, version=version):
        raise ApiError(404, f"no allowlist entry for {crate}" + (f" {version}" if version else ""))
    return Response(status_code=204)


@router.get("/advisories", response_model=list[AdvisorySummaryOut], tags=["advisories"])
def list_advisories(request: Request, _caller: Reader) -> list[AdvisorySummaryOut]:
    """Every advisory the service knows, with how many versions it exposes."""
    return [
        AdvisorySummaryOut(id=i, exposed=n) for i, n in context(request).store.advisory_summaries()
    ]


@router.get(
    "/advisories/{advisory_id}",
    response_model=AdvisoryOut,
    responses=NOT_FOUND,
    tags=["advisories"],
)
def get_advisory(request: Request, advisory_id: str, _caller: Reader) -> AdvisoryOut:
    """An advisory and the versions it exposes."""
    store = context(request).store
    data = store.advisory(advisory_id)
    if data is None:
        raise ApiError(404, f"no advisory {advisory_id}")
    exposed = [ExposureOut(crate=c, version=v) for c, v in store.exposures(advisory_id)]
    return AdvisoryOut(id=advisory_id, data=data, exposures=exposed)


@router.get("/stats", response_model=StatsOut, tags=["service"])
def get_stats(request: Request, _caller: Reader) -> StatsOut:
    """Versions by risk and by triage state, jobs by state."""
    return statistics(context(request).store)


@router.get(
    "/health",
    response_model=HealthOut,
    responses={503: {"model": HealthOut, "description": "the store is not reachable"}},
    tags=["service"],
)
def get_health(request: Request, response: Response) -> HealthOut:
    """Whether the store answers, and how far behind the queue is. Needs no token."""
    store = context(request).store
    try:
        counts = store.job_counts()
        lag = queue_lag(store)
    except ServiceStoreError:
        response.status_code = 503
        return HealthOut(
            status="unavailable", store="unreachable", queue=None, queue_lag_seconds=None
        )
    return HealthOut(
        status="ok",
        store="ok",
        queue={k.value: v for k, v in counts.items()},
        queue_lag_seconds=lag,
    )


def _check_version(text: str) -> None:
    from cratewatch.errors import VersionError
    from cratewatch.model.version import Version

    try:
        Version.parse(text)
    except VersionError as exc:
        raise ApiError(400, f"version: {exc}") from None
