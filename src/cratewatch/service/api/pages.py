"""The reviewers' page: server-rendered HTML, no script. Sign in with a token, the triage
queue, a version with its evidence and its diff, marking it, a crate's history, the
advisories with their exposure, search by name.

Every text a crate controls (its name, files, manifest, the scanner's snippets) reaches
the page only through the templates' autoescaping, and the Content-Security-Policy
allows no script at all, so an injection that escaped would still not run.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode

import jinja2
from fastapi import APIRouter, Form, Query, Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse

from cratewatch.service.api import evidence
from cratewatch.service.api.chart import bar_chart
from cratewatch.service.api.context import ApiError, Caller, context, page_caller, resolve_version
from cratewatch.service.api.sessions import LOGIN_COOKIE, SESSION_COOKIE, new_nonce
from cratewatch.service.model import Risk, Role, TriageState, VersionKey
from cratewatch.service.store import VersionFilter

__all__ = ["LoginRequired", "render", "router"]

HERE = Path(__file__).parent
router = APIRouter(include_in_schema=False)


class LoginRequired(Exception):
    """Raised by a page that needs a signed-in reviewer: answered with a redirect."""

    def __init__(self, next_path: str) -> None:
        super().__init__(next_path)
        self.next_path = next_path


def version_url(key: VersionKey) -> str:
    path = f"/crates/{quote(key.name, safe='')}/{quote(key.version, safe='')}"
    return path + (f"?{urlencode({'checksum': key.checksum})}" if key.checksum else "")


def crate_url(name: str) -> str:
    return f"/crates/{quote(name, safe='')}"


def advisory_url(advisory_id: str) -> str:
    return f"/advisories/{quote(advisory_id, safe='')}"


def _when(value: dt.datetime | None) -> str:
    return "" if value is None else value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


@cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,  # every template, whatever its name: all of them are HTML
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        version_url=version_url, crate_url=crate_url, advisory_url=advisory_url, when=_when
    )
    return env


def render(
    request: Request, template: str, values: Mapping[str, Any], status: int = 200
) -> HTMLResponse:
    ctx = context(request)
    caller = page_caller(request)
    cookie = request.cookies.get(SESSION_COOKIE)
    page = {
        "caller": caller,
        "csrf": ctx.signer.form_token(cookie) if cookie and caller.token_id is not None else "",
        "query": None,
        **values,
    }
    html = _environment().get_template(template).render(page)
    return HTMLResponse(html, status_code=status, headers={"Cache-Control": "no-store"})


def _local(path: str | None) -> str:
    """Where to go after signing in: a path of this site only (no ``//host``)."""
    if not path or not path.startswith("/") or path.startswith("//") or "\\" in path:
        return "/"
    return path


def _needs(request: Request, role: Role) -> Caller:
    caller = page_caller(request)
    if caller.token_id is None:
        if role is Role.READER and context(request).settings.public_reads:
            return caller
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        raise LoginRequired(target)
    if not caller.may(role):
        raise ApiError(403, f"this needs the {role} role; you signed in as {caller.role}")
    return caller


def _check_form(request: Request, token: str | None) -> None:
    if not context(request).signer.check_form_token(request.cookies.get(SESSION_COOKIE), token):
        raise ApiError(403, "the form has expired or did not come from this site: reload it")


# -- signing in ------------------------------------------------------------------------


def _login_page(request: Request, next_path: str, problem: str | None, status: int) -> Response:
    ctx = context(request)
    nonce = request.cookies.get(LOGIN_COOKIE) or new_nonce()
    response = render(
        request,
        "login.html",
        {"login_csrf": ctx.signer.form_token(nonce), "next": next_path, "problem": problem},
        status,
    )
    _cookie(request, response, LOGIN_COOKIE, nonce, 3600)
    return response


def _cookie(request: Request, response: Response, name: str, value: str, max_age: int) -> None:
    response.set_cookie(
        name,
        value,
        max_age=max_age,
        path="/",
        httponly=True,
        samesite="strict",
        secure=context(request).settings.secure_cookies,
    )


@router.get("/login")
def login_form(request: Request, next: Annotated[str | None, Query()] = None) -> Response:
    return _login_page(request, _local(next), None, 200)


@router.post("/login")
def login(
    request: Request,
    token: Annotated[str, Form(max_length=200)] = "",
    csrf: Annotated[str, Form(max_length=200)] = "",
    next: Annotated[str, Form(max_length=2000)] = "/",
) -> Response:
    ctx = context(request)
    if not ctx.signer.check_form_token(request.cookies.get(LOGIN_COOKIE), csrf):
        return _login_page(request, _local(next), "The form expired: sign in again.", 403)
    info = ctx.store.find_token(token.strip()) if token.strip() else None
    if info is None:
        return _login_page(request, _local(next), "Unknown or revoked token.", 401)
    response = RedirectResponse(_local(next), status_code=303)
    _cookie(request, response, SESSION_COOKIE, ctx.signer.issue(info.id), ctx.signer.lifetime)
    response.delete_cookie(LOGIN_COOKIE, path="/")
    return response


@router.post("/logout")
def logout(request: Request, csrf: Annotated[str, Form(max_length=200)] = "") -> Response:
    _check_form(request, csrf)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


# -- the queue, versions, crates ---------------------------------------------------------


def _enum(kind: type[Risk] | type[TriageState], text: str | None) -> Any:
    if not text:
        return None
    try:
        return kind(text)
    except ValueError:
        raise ApiError(400, f"unknown {kind.__name__.lower()} {text!r}") from None


@router.get("/")
def queue_page(
    request: Request,
    risk: Annotated[str | None, Query(max_length=20)] = None,
    state: Annotated[str | None, Query(max_length=30)] = None,
    crate: Annotated[str | None, Query(max_length=200)] = None,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> Response:
    _needs(request, Role.READER)
    store = context(request).store
    filters = VersionFilter(
        crate=crate or None, risk=_enum(Risk, risk), state=_enum(TriageState, state)
    )
    sections = []
    try:
        if filters == VersionFilter() and cursor is None:
            waiting = store.versions(VersionFilter(state=TriageState.NEEDS_REVIEW), limit=100)
            sections.append(_section("Needs review", waiting.items, None, filters))
            recent = store.versions(limit=50)
            sections.append(_section("Recently seen", recent.items, recent.cursor, filters))
        else:
            page = store.versions(filters, limit=50, cursor=cursor)
            sections.append(_section("Versions", page.items, page.cursor, filters))
    except ValueError as exc:
        raise ApiError(400, str(exc)) from None
    shown = {"risk": risk or "", "state": state or "", "crate": crate or ""}
    return render(
        request,
        "queue.html",
        {
            "sections": sections,
            "filters": shown,
            "risks": [r.value for r in Risk],
            "states": [s.value for s in TriageState],
        },
    )


def _section(title: str, rows: Any, cursor: str | None, filters: VersionFilter) -> dict[str, Any]:
    query = {
        "risk": filters.risk.value if filters.risk else "",
        "state": filters.state.value if filters.state else "",
        "crate": filters.crate or "",
    }
    more = f"/?{urlencode({**query, 'cursor': cursor})}" if cursor else None
    return {"title": title, "rows": rows, "next": more}


@router.get("/crates/{name}")
def crate_page(request: Request, name: str) -> Response:
    _needs(request, Role.READER)
    rows = context(request).store.crate_history(name)
    if not rows:
        raise ApiError(404, f"no crate {name} seen")
    return render(request, "crate.html", {"name": rows[-1].key.name, "rows": rows[::-1]})


@router.get("/crates/{name}/{version}")
def version_page(
    request: Request,
    name: str,
    version: str,
    checksum: Annotated[str | None, Query(pattern="^[0-9a-fA-F]{64}$")] = None,
) -> Response:
    caller = _needs(request, Role.READER)
    ctx = context(request)
    store = ctx.store
    row = resolve_version(store, name, version, checksum)
    detail = store.version(row.key)
    if detail is None:
        raise ApiError(404, f"no version {name} {version}")
    screening = detail.screenings[-1] if detail.screenings else None
    found = evidence.findings(screening.scan if screening else None)
    crate_dir = ctx.settings.crate_dir
    path = evidence.archive_path(crate_dir, row.key, row.crate_path)
    files = evidence.read_archive(path, row.key) if path is not None else {}
    diffs: list[evidence.FileDiff] = []
    if screening is not None and screening.diff:
        previous = store.previous_version(row.key.name, row.key.version)
        old_path = (
            evidence.archive_path(crate_dir, previous.key, previous.crate_path)
            if previous is not None
            else None
        )
        if old_path is not None and path is not None and previous is not None:
            old_files = evidence.read_archive(old_path, previous.key)
            diffs = evidence.file_diffs(old_files, files, screening.diff)
    shown = evidence.excerpts(found, files)
    return render(
        request,
        "version.html",
        {
            "row": detail.version,
            "screening": screening,
            "typosquat": evidence.typosquat_targets(screening.signals) if screening else [],
            "excerpts": shown,
            "more_findings": max(0, len(found) - len(shown)),
            "archive_found": path is not None,
            "manifest": evidence.manifest_fields(files),
            "file_diffs": diffs,
            "triage": detail.triage[::-1],
            "advisories": store.advisories_exposing(row.key.name, row.key.version),
            "allowed": store.is_allowed(row.key.name, row.key.version),
            "may_triage": caller.may(Role.REVIEWER),
            "states": [s.value for s in TriageState],
            "triage_url": version_url(row.key).split("?")[0] + "/triage",
        },
    )


@router.post("/crates/{name}/{version}/triage")
def triage(
    request: Request,
    name: str,
    version: str,
    state: Annotated[str, Form(max_length=30)] = "",
    why: Annotated[str, Form(max_length=2000)] = "",
    checksum: Annotated[str, Form(max_length=64)] = "",
    csrf: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    _check_form(request, csrf)
    caller = _needs(request, Role.REVIEWER)
    store = context(request).store
    row = resolve_version(store, name, version, checksum or None)
    decided = _enum(TriageState, state)
    if decided is None:
        raise ApiError(400, "choose a state")
    if not why.strip():
        raise ApiError(400, "say why: the reason is kept in the version's log")
    store.set_triage(row.key, decided, caller.name, why.strip())
    return RedirectResponse(version_url(row.key), status_code=303)


# -- advisories and search ----------------------------------------------------------------


@router.get("/advisories")
def advisories_page(request: Request) -> Response:
    _needs(request, Role.READER)
    summaries = context(request).store.advisory_summaries()
    top = sorted(summaries, key=lambda s: (-s[1], s[0]))[:30]
    return render(
        request,
        "advisories.html",
        {"summaries": summaries, "chart": bar_chart([s for s in top if s[1]])},
    )


@router.get("/advisories/{advisory_id}")
def advisory_page(request: Request, advisory_id: str) -> Response:
    _needs(request, Role.READER)
    store = context(request).store
    data = store.advisory(advisory_id)
    if data is None:
        raise ApiError(404, f"no advisory {advisory_id}")
    exposures = store.exposures(advisory_id)
    by_crate: dict[str, list[str]] = {}
    for crate, version in exposures:
        by_crate.setdefault(crate, []).append(version)
    ranked = sorted(by_crate.items(), key=lambda item: (-len(item[1]), item[0]))
    fields = [
        (k, v if isinstance(v, str) else ", ".join(map(str, v)))
        for k, v in data.items()
        if isinstance(v, str) or (isinstance(v, list) and all(isinstance(x, str) for x in v))
    ]
    return render(
        request,
        "advisory.html",
        {
            "advisory_id": advisory_id,
            "fields": fields[:20],
            "exposures": exposures,
            "by_crate": ranked,
            "chart": bar_chart([(c, len(v)) for c, v in ranked[:30]]),
        },
    )


@router.get("/search")
def search_page(request: Request, q: Annotated[str, Query(max_length=200)] = "") -> Response:
    _needs(request, Role.READER)
    names = context(request).store.search_crates(q) if q.strip() else ()
    return render(request, "search.html", {"names": names, "query": q})


@router.get("/static/style.css")
def stylesheet() -> Response:
    return Response(_stylesheet(), media_type="text/css", headers={"Cache-Control": "max-age=3600"})


@cache
def _stylesheet() -> bytes:
    return (HERE / "static" / "style.css").read_bytes()


def error_page(request: Request, status: int, message: str) -> Response:
    return render(request, "error.html", {"status": status, "message": message}, status)


def login_redirect(next_path: str) -> Response:
    return RedirectResponse(f"/login?{urlencode({'next': next_path})}", status_code=303)
