"""The JSON API against a seeded SQLite store: tokens and roles, filters and pages, one
version's screening and log, triage, the allowlist, advisories, statistics, health and
metrics, errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from cratewatch.service.api import ApiSettings, create_app
from cratewatch.service.model import Published, Role, TriageState, VersionKey
from cratewatch.service.store import Store
from tests.service.api.support import (
    HOSTILE_FILE,
    Seeded,
    Tokens,
    json_of,
    typosquat_screening,
)
from tests.service.support import T0


def auth(secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {secret}"}


def names(response: object) -> list[str]:
    data = json_of(response)
    return [f"{v['name']} {v['version']}" for v in data["items"]]


# -- tokens and roles --------------------------------------------------------------------


def test_reads_need_a_token(client: TestClient, seeded: Seeded) -> None:
    missing = client.get("/api/v1/versions")
    assert missing.status_code == 401
    assert missing.json() == {"error": "this needs a token: send Authorization: Bearer <token>"}
    assert missing.headers["www-authenticate"].startswith("Bearer")
    assert client.get("/api/v1/versions", headers=auth("cwt_nope")).json() == {
        "error": "unknown or revoked token"
    }
    malformed = client.get("/api/v1/versions", headers={"Authorization": "Basic eDp5"})
    assert malformed.status_code == 401 and "Bearer" in malformed.json()["error"]


def test_every_role_reads(client: TestClient, seeded: Seeded, tokens: Tokens) -> None:
    for secret in tokens:
        assert client.get("/api/v1/versions", headers=auth(secret)).status_code == 200


def test_a_revoked_token_is_refused(client: TestClient, store: Store, seeded: Seeded) -> None:
    made = store.create_token("leaver", Role.REVIEWER)
    assert client.get("/api/v1/stats", headers=auth(made.secret)).status_code == 200
    store.revoke_token(made.id)
    assert client.get("/api/v1/stats", headers=auth(made.secret)).status_code == 401


def test_public_reads_still_need_a_token_to_write(
    store: Store, seeded: Seeded, crate_dir: Path
) -> None:
    app = create_app(store, ApiSettings(crate_dir=crate_dir, public_reads=True))
    with TestClient(app) as client:
        assert client.get("/api/v1/versions").status_code == 200
        assert client.get("/metrics").status_code == 200
        url = f"/api/v1/versions/{seeded.update.name}/{seeded.update.version}/triage"
        refused = client.post(url, json={"state": "false-positive", "why": "fine"})
        assert refused.status_code == 401


def test_triage_needs_a_reviewer(client: TestClient, seeded: Seeded, tokens: Tokens) -> None:
    url = "/api/v1/versions/util/0.3.2/triage"
    body = {"state": "confirmed-malicious", "why": "sends the host name to 192.0.2.1"}
    refused = client.post(url, json=body, headers=auth(tokens.reader))
    assert refused.status_code == 403
    assert refused.json() == {"error": "this needs the reviewer role; the token has reader"}
    done = client.post(url, json=body, headers=auth(tokens.reviewer))
    assert done.status_code == 201
    assert (done.json()["state"], done.json()["who"]) == ("confirmed-malicious", "vera-reviewer")
    log = client.get(url, headers=auth(tokens.reader)).json()
    assert [e["state"] for e in log] == ["needs-review", "confirmed-malicious"]
    assert log[-1]["why"] == body["why"]
    listed = client.get("/api/v1/versions?state=confirmed-malicious", headers=auth(tokens.reader))
    assert names(listed) == ["util 0.3.2"]


def test_triage_is_validated(client: TestClient, seeded: Seeded, tokens: Tokens) -> None:
    url = "/api/v1/versions/util/0.3.2/triage"
    headers = auth(tokens.admin)
    for body, problem in [
        ({"state": "evil", "why": "x"}, "state"),
        ({"state": "false-positive"}, "why"),
        ({"state": "false-positive", "why": "   "}, "why"),
        ({"state": "false-positive", "why": "x", "extra": 1}, "extra"),
        ({"state": "false-positive", "why": "x", "checksum": "zz"}, "checksum"),
    ]:
        response = client.post(url, json=body, headers=headers)
        assert response.status_code == 400, body
        assert problem in response.json()["error"]
    not_json = client.post(
        url, content=b"{", headers={**headers, "Content-Type": "application/json"}
    )
    assert not_json.status_code == 400 and set(not_json.json()) == {"error"}
    missing = client.post(
        "/api/v1/versions/util/9.9.9/triage",
        json={"state": "false-positive", "why": "x"},
        headers=headers,
    )
    assert missing.status_code == 404 and missing.json() == {"error": "no version util 9.9.9"}


# -- versions ---------------------------------------------------------------------------


def test_versions_newest_first_with_filters(
    client: TestClient, seeded: Seeded, tokens: Tokens
) -> None:
    headers = auth(tokens.reader)
    everything = client.get("/api/v1/versions", headers=headers)
    assert names(everything)[0] == "plain 1.2.3" and len(names(everything)) == 6
    critical = client.get("/api/v1/versions?risk=critical", headers=headers)
    assert set(names(critical)) == {"postgress 0.19.4", "util 0.3.2", "evil 1.0.0"}
    clean = client.get("/api/v1/versions?state=auto-clean", headers=headers)
    assert set(names(clean)) == {"plain 1.2.3", "util 0.3.1"}
    crate = client.get("/api/v1/versions?crate=UTIL", headers=headers)
    assert names(crate) == ["util 0.3.2", "util 0.3.1"]
    since = (T0 + dt.timedelta(hours=3)).isoformat()
    recent = client.get("/api/v1/versions", params={"since": since}, headers=headers)
    assert len(names(recent)) == 3  # evil, the hostile name, plain
    naive = client.get("/api/v1/versions?since=2026-06-01T15:00:00", headers=headers)
    assert names(naive) == names(recent)


def test_versions_come_in_pages(client: TestClient, seeded: Seeded, tokens: Tokens) -> None:
    headers = auth(tokens.reader)
    seen: list[str] = []
    cursor = None
    while True:
        params = {"limit": 2} | ({"cursor": cursor} if cursor else {})
        page = json_of(client.get("/api/v1/versions", params=params, headers=headers))
        seen += [v["name"] for v in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert len(seen) == 6 and len(set(seen)) == 5  # util twice
    bad = client.get("/api/v1/versions?cursor=bm9wZQ", headers=headers)
    assert bad.status_code == 400 and "invalid cursor" in bad.json()["error"]
    for query in ["risk=awful", "state=maybe", "limit=0", "limit=5000", "since=yesterday"]:
        response = client.get(f"/api/v1/versions?{query}", headers=headers)
        assert response.status_code == 400, query
        assert query.split("=")[0] in response.json()["error"]


def test_one_version_with_its_screening(client: TestClient, seeded: Seeded, tokens: Tokens) -> None:
    data = json_of(client.get("/api/v1/versions/util/0.3.2", headers=auth(tokens.reader)))
    assert data["version"]["checksum"] == seeded.update.checksum
    screening = data["screening"]
    assert screening["risk"] == "critical"
    assert {s["code"] for s in screening["signals"]} >= {"scan-malicious", "diff-risky"}
    assert any(f["file"] == "build.rs" and f["line"] == 6 for f in screening["evidence"])
    assert screening["diff"]["old"]["version"] == "0.3.1"
    assert screening["scan"]["kind"] == "scan"
    assert [e["state"] for e in data["triage"]] == ["needs-review"]
    assert data["allowed"] is False and data["advisories"] == []

    evil = json_of(client.get("/api/v1/versions/evil/1.0.0", headers=auth(tokens.reader)))
    assert any(f["file"] == HOSTILE_FILE for f in evil["screening"]["evidence"])


def test_the_typosquat_target_is_given(
    client: TestClient, store: Store, seeded: Seeded, tokens: Tokens
) -> None:
    key = VersionKey("serdd", "1.0.0", "cd" * 32)
    store.record_event(Published(key.name, key.version, key.checksum, "rss", T0))
    store.save_screening(typosquat_screening(key, T0))
    data = json_of(client.get("/api/v1/versions/serdd/1.0.0", headers=auth(tokens.reader)))
    assert data["screening"]["typosquat"] == [{"name": "serdd", "imitates": "serde"}]
    assert data["screening"]["evidence"] == [] and data["screening"]["scan"] is None


def test_copies_of_a_version_are_told_apart_by_checksum(
    client: TestClient, store: Store, seeded: Seeded, tokens: Tokens
) -> None:
    other = "ef" * 32
    store.record_event(Published("util", "0.3.2", other, "inbox", T0 + dt.timedelta(days=1)))
    headers = auth(tokens.reader)
    ambiguous = client.get("/api/v1/versions/util/0.3.2", headers=headers)
    assert ambiguous.status_code == 409 and "checksum" in ambiguous.json()["error"]
    picked = client.get(f"/api/v1/versions/util/0.3.2?checksum={other}", headers=headers)
    assert picked.status_code == 200 and picked.json()["screening"] is None
    unknown = client.get(f"/api/v1/versions/util/0.3.2?checksum={'00' * 32}", headers=headers)
    assert unknown.status_code == 404


# -- allowlist, advisories --------------------------------------------------------------


def test_the_allowlist_is_changed_by_admins(
    client: TestClient, seeded: Seeded, tokens: Tokens
) -> None:
    body = {"crate": "Plain", "why": "our own crate"}
    assert (
        client.post("/api/v1/allowlist", json=body, headers=auth(tokens.reviewer)).status_code
        == 403
    )
    added = client.post("/api/v1/allowlist", json=body, headers=auth(tokens.admin))
    assert added.status_code == 201
    assert (added.json()["crate"], added.json()["who"]) == ("plain", "adam-admin")
    again = client.post("/api/v1/allowlist", json=body, headers=auth(tokens.admin))
    assert again.status_code == 200
    one = {"crate": "util", "version": "0.3.1", "why": "reviewed"}
    assert client.post("/api/v1/allowlist", json=one, headers=auth(tokens.admin)).status_code == 201
    listed = client.get("/api/v1/allowlist", headers=auth(tokens.reader)).json()
    assert [(e["crate"], e["version"]) for e in listed] == [("plain", None), ("util", "0.3.1")]
    detail = client.get("/api/v1/versions/plain/1.2.3", headers=auth(tokens.reader)).json()
    assert detail["allowed"] is True
    for bad in [{"crate": "no such", "why": "x"}, {"crate": "ok", "version": "1.x", "why": "x"}]:
        assert (
            client.post("/api/v1/allowlist", json=bad, headers=auth(tokens.admin)).status_code
            == 400
        )
    gone = client.delete("/api/v1/allowlist/plain", headers=auth(tokens.admin))
    assert gone.status_code == 204
    assert client.delete("/api/v1/allowlist/plain", headers=auth(tokens.admin)).status_code == 404
    assert (
        client.delete(
            "/api/v1/allowlist/util?version=0.3.1", headers=auth(tokens.reviewer)
        ).status_code
        == 403
    )


def test_advisories_and_their_exposure(
    client: TestClient, store: Store, seeded: Seeded, tokens: Tokens
) -> None:
    store.save_advisory("RUSTSEC-2023-0103", {"title": "malicious crate postgress"})
    store.set_exposures("RUSTSEC-2023-0103", [("postgress", "0.19.4"), ("util", "0.3.1")])
    store.save_advisory("RUSTSEC-2024-0001", {"title": "nothing exposed"})
    headers = auth(tokens.reader)
    assert client.get("/api/v1/advisories", headers=headers).json() == [
        {"id": "RUSTSEC-2023-0103", "exposed": 2},
        {"id": "RUSTSEC-2024-0001", "exposed": 0},
    ]
    one = client.get("/api/v1/advisories/RUSTSEC-2023-0103", headers=headers).json()
    assert one["data"]["title"] == "malicious crate postgress"
    assert one["exposures"] == [
        {"crate": "postgress", "version": "0.19.4"},
        {"crate": "util", "version": "0.3.1"},
    ]
    detail = client.get("/api/v1/versions/util/0.3.1", headers=headers).json()
    assert detail["advisories"] == ["RUSTSEC-2023-0103"]
    assert client.get("/api/v1/advisories/RUSTSEC-0000-0000", headers=headers).status_code == 404


# -- statistics, health, metrics --------------------------------------------------------


def test_statistics(client: TestClient, seeded: Seeded, tokens: Tokens) -> None:
    stats = client.get("/api/v1/stats", headers=auth(tokens.reader)).json()
    assert stats["versions"] == 6
    assert stats["by_risk"]["critical"] == 3 and stats["by_risk"]["none"] == 2
    assert stats["by_state"]["needs-review"] == 4 and stats["by_state"]["auto-clean"] == 2
    assert stats["queue"]["queued"] == 6  # the events' screening jobs; no worker here


def test_health_needs_no_token(client: TestClient, seeded: Seeded) -> None:
    health = client.get("/api/v1/health")
    assert health.status_code == 200
    data = health.json()
    assert (data["status"], data["store"], data["queue"]["queued"]) == ("ok", "ok", 6)
    assert data["queue_lag_seconds"] >= 0


def test_health_reports_an_unreachable_store(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'gone.sqlite3'}")
    with TestClient(create_app(store)) as client:
        store.close()
        (tmp_path / "gone.sqlite3").unlink()
        (tmp_path / "gone.sqlite3").mkdir()  # no longer a database
        health = client.get("/api/v1/health")
    assert health.status_code == 503
    assert health.json()["status"] == "unavailable"


def test_metrics(client: TestClient, seeded: Seeded, tokens: Tokens) -> None:
    assert client.get("/metrics").status_code == 401
    client.get("/api/v1/versions", headers=auth(tokens.reader))
    text = client.get("/metrics", headers=auth(tokens.reader)).text
    assert 'cratewatch_versions_screened{risk="critical"} 3.0' in text
    assert 'cratewatch_versions{state="needs-review"} 4.0' in text
    assert 'cratewatch_queue_jobs{state="queued"} 6.0' in text
    assert "cratewatch_queue_lag_seconds" in text
    assert (
        'cratewatch_http_request_duration_seconds_count{method="GET",'
        'route="/api/v1/versions",status="200"} 1.0'
    ) in text


# -- errors -----------------------------------------------------------------------------


def test_errors_are_json_never_a_traceback(
    store: Store, seeded: Seeded, tokens: Tokens, crate_dir: Path
) -> None:
    def broken(event: Published) -> bool:
        raise RuntimeError("secret internals")

    app = create_app(store, ApiSettings(crate_dir=crate_dir), on_publish=broken)
    with TestClient(app, raise_server_exceptions=False) as client:
        failed = client.post(
            "/api/v1/publish",
            json={"name": "serde", "version": "1.0.0"},
            headers=auth(tokens.reviewer),
        )
        assert failed.status_code == 500 and failed.json() == {"error": "internal error"}
        unknown = client.get("/api/v1/nothing", headers=auth(tokens.reader))
        assert unknown.status_code == 404 and set(unknown.json()) == {"error"}
        wrong = client.put("/api/v1/versions", headers=auth(tokens.reader))
        assert wrong.status_code == 405 and wrong.json() == {"error": "PUT is not allowed here"}


def test_security_headers_on_every_answer(client: TestClient, seeded: Seeded) -> None:
    for response in [client.get("/api/v1/health"), client.get("/api/v1/versions")]:
        policy = response.headers["content-security-policy"]
        assert "default-src 'none'" in policy and "script-src" not in policy
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["x-frame-options"] == "DENY"


@pytest.mark.parametrize("state", list(TriageState))
def test_every_state_can_be_set(
    client: TestClient, seeded: Seeded, tokens: Tokens, state: TriageState
) -> None:
    response = client.post(
        "/api/v1/versions/plain/1.2.3/triage",
        json={"state": state.value, "why": "checked", "checksum": seeded.clean.checksum.upper()},
        headers=auth(tokens.reviewer),
    )
    assert response.status_code == 201 and response.json()["state"] == state.value
