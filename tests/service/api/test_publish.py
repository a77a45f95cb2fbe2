"""The publish hook (JSON and .crate uploads), the request size limits, and the OpenAPI
document."""

from __future__ import annotations

import gzip
import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from openapi_spec_validator import validate

from cratewatch.service.api import ApiSettings, create_app
from cratewatch.service.model import Published, Role
from cratewatch.service.queue import JobState
from cratewatch.service.store import Store
from tests.service.api.support import Tokens
from tests.service.support import simple_crate

SHA = "a" * 64


def auth(secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {secret}"}


def upload_headers(secret: str) -> dict[str, str]:
    return {**auth(secret), "Content-Type": "application/octet-stream"}


def test_publish_by_name(client: TestClient, tokens: Tokens, published: list[Published]) -> None:
    body = {"name": "serde_json", "version": "1.0.200-rc.1+build.5", "checksum": SHA.upper()}
    response = client.post("/api/v1/publish", json=body, headers=auth(tokens.reviewer))
    assert response.status_code == 202
    assert response.json() == {
        "name": "serde_json",
        "version": "1.0.200-rc.1+build.5",
        "checksum": SHA,
        "recorded": True,
    }
    (event,) = published
    assert (event.name, event.version, event.checksum, event.source) == (
        "serde_json",
        "1.0.200-rc.1+build.5",
        SHA,
        "hook",
    )
    assert event.crate_path is None and event.seen.tzinfo is not None


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ({"name": "serde json", "version": "1.0.0"}, "name: 'serde json' is not a crate name"),
        ({"name": "<script>", "version": "1.0.0"}, "is not a crate name"),
        ({"name": "9lives", "version": "1.0.0"}, "starts with a digit"),
        ({"name": "serde", "version": "1.0"}, "version:"),
        ({"name": "serde", "version": "1.0.0", "checksum": "abc"}, "checksum: not a SHA-256"),
        ({"name": "serde"}, "version"),
        ({"name": "serde", "version": "1.0.0", "extra": True}, "extra"),
    ],
)
def test_publish_validates(
    client: TestClient, tokens: Tokens, published: list[Published], body: object, problem: str
) -> None:
    response = client.post("/api/v1/publish", json=body, headers=auth(tokens.reviewer))
    assert response.status_code == 400
    assert problem in response.json()["error"]
    assert published == []


def test_publish_needs_its_role(client: TestClient, tokens: Tokens) -> None:
    body = {"name": "serde", "version": "1.0.0"}
    assert client.post("/api/v1/publish", json=body).status_code == 401
    assert client.post("/api/v1/publish", json=body, headers=auth(tokens.reader)).status_code == 403


def test_a_dedicated_publish_secret(
    store: Store, tokens: Tokens, crate_dir: Path, published: list[Published]
) -> None:
    settings = ApiSettings(
        crate_dir=crate_dir, publish_secret="hook-secret", publish_role=Role.ADMIN
    )
    app = create_app(store, settings, on_publish=published.append)
    with TestClient(app) as client:
        body = {"name": "serde", "version": "1.0.0"}
        accepted = client.post("/api/v1/publish", json=body, headers=auth("hook-secret"))
        assert accepted.status_code == 202 and accepted.json()["recorded"] is None
        assert (
            client.post("/api/v1/publish", json=body, headers=auth(tokens.reviewer)).status_code
            == 403
        )
        assert (
            client.post("/api/v1/publish", json=body, headers=auth(tokens.admin)).status_code == 202
        )
        # the secret is good for the hook only
        assert client.get("/api/v1/versions", headers=auth("hook-secret")).status_code == 401
    assert len(published) == 2


def test_publish_records_in_the_store_by_default(store: Store, tokens: Tokens) -> None:
    with TestClient(create_app(store)) as client:
        body = {"name": "serde", "version": "1.0.0", "checksum": SHA}
        first = client.post("/api/v1/publish", json=body, headers=auth(tokens.reviewer))
        again = client.post("/api/v1/publish", json=body, headers=auth(tokens.reviewer))
    assert (first.json()["recorded"], again.json()["recorded"]) == (True, False)
    (job,) = store.jobs(state=JobState.QUEUED)
    assert job.payload["name"] == "serde" and job.payload["source"] == "hook"


def test_upload_a_crate(
    client: TestClient, tokens: Tokens, published: list[Published], crate_dir: Path, tmp_path: Path
) -> None:
    archive = simple_crate(tmp_path, "util", "1.0.0").read_bytes()
    sha = hashlib.sha256(archive).hexdigest()
    response = client.post(
        "/api/v1/publish?name=util&version=1.0.0",
        content=archive,
        headers=upload_headers(tokens.reviewer),
    )
    assert response.status_code == 202 and response.json()["checksum"] == sha
    (event,) = published
    kept = crate_dir / "uploads" / sha / "util-1.0.0.crate"
    assert event.crate_path == str(kept) and kept.read_bytes() == archive
    assert event.checksum == sha

    # the archive's name says the name and the version; the index's checksum, when given,
    # is what the screening checks against
    named = client.post(
        f"/api/v1/publish?filename=sha-1-0.10.0.crate&checksum={SHA}",
        content=archive,
        headers=upload_headers(tokens.reviewer),
    )
    assert named.status_code == 202
    assert (published[1].name, published[1].version, published[1].checksum) == (
        "sha-1",
        "0.10.0",
        SHA,
    )
    assert [p.name for p in (crate_dir / "uploads").iterdir()] == [sha]


@pytest.mark.parametrize(
    ("query", "body", "status", "problem"),
    [
        ("", gzip.compress(b"x"), 400, "needs ?name=&version="),
        ("?filename=nonsense.tar", gzip.compress(b"x"), 400, "filename"),
        ("?name=util&version=1.0.0", b"PK\x03\x04 a zip", 400, "not gzip"),
        ("?name=util&version=1.0.0", b"", 400, "empty body"),
        ("?name=../../etc&version=1.0.0", gzip.compress(b"x"), 400, "not a crate name"),
    ],
)
def test_bad_uploads(
    client: TestClient,
    tokens: Tokens,
    crate_dir: Path,
    query: str,
    body: bytes,
    status: int,
    problem: str,
) -> None:
    response = client.post(
        f"/api/v1/publish{query}", content=body, headers=upload_headers(tokens.reviewer)
    )
    assert response.status_code == status and problem in response.json()["error"]
    assert not any((crate_dir / "uploads").glob("*/*"))


def test_publish_wants_json_or_a_crate(client: TestClient, tokens: Tokens) -> None:
    response = client.post(
        "/api/v1/publish",
        content=b"name=serde",
        headers={**auth(tokens.reviewer), "Content-Type": "text/plain"},
    )
    assert response.status_code == 415


def test_uploads_need_a_crate_directory(store: Store, tokens: Tokens) -> None:
    with TestClient(create_app(store)) as client:
        response = client.post(
            "/api/v1/publish?name=util&version=1.0.0",
            content=gzip.compress(b"x"),
            headers=upload_headers(tokens.reviewer),
        )
    assert response.status_code == 503


# -- size limits ------------------------------------------------------------------------


def chunks(total: int, size: int = 16 * 1024) -> Iterator[bytes]:
    """A body sent without Content-Length (chunked): only counting can stop it."""
    sent = 0
    while sent < total:
        piece = min(size, total - sent)
        yield b" " * piece if sent else b"{" + b" " * (piece - 1)
        sent += piece


def test_json_bodies_are_limited(
    client: TestClient, tokens: Tokens, published: list[Published]
) -> None:
    url = "/api/v1/versions/util/0.3.2/triage"
    big = {"state": "false-positive", "why": "x" * (70 * 1024)}
    declared = client.post(url, json=big, headers=auth(tokens.reviewer))
    assert declared.status_code == 413
    assert declared.json() == {"error": "request body over the limit of 65,536 bytes"}
    streamed = client.post(
        "/api/v1/publish",
        content=chunks(200 * 1024),
        headers={**auth(tokens.reviewer), "Content-Type": "application/json"},
    )
    assert streamed.status_code == 413 and "65,536" in streamed.json()["error"]
    lying = client.post(
        "/api/v1/publish",
        content=b'{"name": "serde", "version": "1.0.0"}' + b" " * (100 * 1024),
        headers={
            **auth(tokens.reviewer),
            "Content-Type": "application/json",
            "Content-Length": "10",
        },
    )
    assert lying.status_code == 413
    assert published == []


def test_uploads_are_limited_while_read(
    store: Store, tokens: Tokens, crate_dir: Path, published: list[Published]
) -> None:
    settings = ApiSettings(crate_dir=crate_dir, max_upload_bytes=100 * 1024)
    app = create_app(store, settings, on_publish=published.append)
    body = b"\x1f\x8b" + b"\0" * (300 * 1024)
    with TestClient(app) as client:
        url = "/api/v1/publish?name=util&version=1.0.0"
        declared = client.post(url, content=body, headers=upload_headers(tokens.reviewer))
        assert declared.status_code == 413
        streamed = client.post(
            url,
            content=(body[i : i + 8192] for i in range(0, len(body), 8192)),
            headers=upload_headers(tokens.reviewer),
        )
        assert streamed.status_code == 413
        assert streamed.json() == {"error": "request body over the limit of 102,400 bytes"}
        fits = client.post(url, content=body[: 90 * 1024], headers=upload_headers(tokens.reviewer))
        assert fits.status_code == 202
    assert len(published) == 1
    assert [p.name for p in (crate_dir / "uploads").rglob("*") if p.is_file()] == [
        "util-1.0.0.crate"
    ]


def test_the_default_limits() -> None:
    settings = ApiSettings()
    assert (settings.max_json_bytes, settings.max_upload_bytes) == (64 * 1024, 64 * 1024 * 1024)


# -- the OpenAPI document ---------------------------------------------------------------


def test_the_openapi_document_is_valid_and_complete(client: TestClient) -> None:
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    document = response.json()
    validate(document)
    operations = {
        (method.upper(), path) for path, item in document["paths"].items() for method in item
    }
    assert operations == {
        ("GET", "/api/v1/versions"),
        ("GET", "/api/v1/versions/{name}/{version}"),
        ("GET", "/api/v1/versions/{name}/{version}/triage"),
        ("POST", "/api/v1/versions/{name}/{version}/triage"),
        ("GET", "/api/v1/allowlist"),
        ("POST", "/api/v1/allowlist"),
        ("DELETE", "/api/v1/allowlist/{crate}"),
        ("GET", "/api/v1/advisories"),
        ("GET", "/api/v1/advisories/{advisory_id}"),
        ("GET", "/api/v1/stats"),
        ("GET", "/api/v1/health"),
        ("POST", "/api/v1/publish"),
    }
    publish = document["paths"]["/api/v1/publish"]["post"]["requestBody"]["content"]
    assert set(publish) == {"application/json", "application/octet-stream"}
    # the interactive pages would load scripts from elsewhere
    assert client.get("/docs").status_code == 404
