"""The reviewers' page through the test client: signing in, sessions and form tokens,
the queue, a version with the code around its findings and its diff, marking it,
history, advisories, search; and crates that try to inject markup."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote

from fastapi.testclient import TestClient

from cratewatch.service.api import ApiSettings, create_app
from cratewatch.service.model import Role
from cratewatch.service.store import Store
from tests.service.api.support import (
    HOSTILE_NAME,
    IMG,
    JS_URL,
    SCRIPT,
    Seeded,
    Tokens,
    form_token,
)


def sign_in(client: TestClient, secret: str, next_path: str = "/") -> None:
    page = client.get(f"/login?next={next_path}")
    response = client.post(
        "/login",
        data={"token": secret, "csrf": form_token(page.text, "/login"), "next": next_path},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    assert response.headers["location"] == next_path


def version_path(name: str, version: str) -> str:
    return f"/crates/{name}/{version}"


def test_pages_need_a_session(client: TestClient, seeded: Seeded) -> None:
    for path in ["/", "/crates/util", "/crates/util/0.3.2", "/advisories", "/search?q=u"]:
        response = client.get(path, follow_redirects=False)
        assert response.status_code == 303, path
        assert response.headers["location"].startswith("/login?next=")


def test_signing_in_sets_a_strict_cookie_without_the_secret(
    client: TestClient, seeded: Seeded, tokens: Tokens
) -> None:
    page = client.get("/login")
    assert "cw_login" in page.headers["set-cookie"]
    response = client.post(
        "/login",
        data={"token": tokens.reviewer, "csrf": form_token(page.text), "next": "/"},
        follow_redirects=False,
    )
    cookie = next(c for c in response.headers.get_list("set-cookie") if c.startswith("cw_session="))
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/" in cookie
    assert tokens.reviewer not in cookie
    queue = client.get("/")
    assert queue.status_code == 200 and "vera-reviewer (reviewer)" in queue.text
    for path in ["/", version_path("util", "0.3.2"), "/advisories"]:
        assert tokens.reviewer not in client.get(path).text


def test_sign_in_refusals(client: TestClient, seeded: Seeded, tokens: Tokens) -> None:
    page = client.get("/login")
    csrf = form_token(page.text)
    wrong = client.post("/login", data={"token": "cwt_wrong", "csrf": csrf})
    assert wrong.status_code == 401 and "Unknown or revoked token" in wrong.text
    assert "cwt_wrong" not in wrong.text
    forged = client.post("/login", data={"token": tokens.reviewer, "csrf": "forged"})
    assert forged.status_code == 403 and "cw_session" not in forged.headers.get("set-cookie", "")
    # somewhere else to go after signing in is only ever this site
    sign_in(client, tokens.reader, "/advisories")
    fresh = form_token(client.get("/login").text, "/login")
    response = client.post(
        "/login",
        data={"token": tokens.reader, "csrf": fresh, "next": "//evil.example/"},
        follow_redirects=False,
    )
    assert response.headers["location"] == "/"


def test_a_forged_or_revoked_session_is_no_session(
    client: TestClient, store: Store, seeded: Seeded
) -> None:
    made = store.create_token("temp", Role.REVIEWER)
    sign_in(client, made.secret)
    assert client.get("/", follow_redirects=False).status_code == 200
    session = client.cookies["cw_session"]
    ident, expires, nonce, mac = session.split(".")
    client.cookies.set("cw_session", f"{int(ident) + 1}.{expires}.{nonce}.{mac}")
    assert client.get("/", follow_redirects=False).status_code == 303
    client.cookies.set("cw_session", session)
    store.revoke_token(made.id)
    assert client.get("/", follow_redirects=False).status_code == 303


def test_the_queue_puts_versions_needing_review_first(
    client: TestClient, seeded: Seeded, tokens: Tokens
) -> None:
    sign_in(client, tokens.reader)
    html = client.get("/").text
    waiting = html.split("<h2>Needs review</h2>")[1].split("<h2>")[0]
    assert "postgress 0.19.4" in waiting and "util 0.3.2" in waiting
    assert "plain 1.2.3" not in waiting
    filtered = client.get("/?risk=critical&crate=util").text
    assert "util 0.3.2" in filtered and "util 0.3.1" not in filtered
    assert client.get("/?risk=awful").status_code == 400


def test_a_version_shows_the_code_around_each_finding_and_its_diff(
    client: TestClient, seeded: Seeded, tokens: Tokens
) -> None:
    sign_in(client, tokens.reader)
    html = client.get(version_path("util", "0.3.2")).text
    assert "diff-risky" in html and "scan-malicious" in html
    # build.rs line 6 (TcpStream::connect) with the lines around it
    hit = re.search(r'<div class="hit"><span class="n">6</span>([^<]*)</div>', html)
    assert hit is not None and "TcpStream::connect(&#34;192.0.2.1:443&#34;)" in hit.group(1)
    assert '<span class="n">3</span>use std::process::Command;' in html
    # the diff against 0.3.1, from both kept archives
    assert "Changes since 0.3.1" in html
    assert '<span class="add">+fn main() {</span>' in html
    # a reader sees no form
    assert 'action="/crates/util/0.3.2/triage"' not in html


def test_marking_a_version(
    client: TestClient, store: Store, seeded: Seeded, tokens: Tokens
) -> None:
    sign_in(client, tokens.reviewer)
    page = client.get(version_path("util", "0.3.2"))
    csrf = form_token(page.text, "/crates/util/0.3.2/triage")
    url = "/crates/util/0.3.2/triage"
    form = {"state": "confirmed-malicious", "why": "build.rs phones home", "csrf": csrf}
    forged = client.post(url, data={**form, "csrf": "x"}, follow_redirects=False)
    assert forged.status_code == 403
    missing_reason = client.post(url, data={**form, "why": " "}, follow_redirects=False)
    assert missing_reason.status_code == 400
    done = client.post(
        url, data={**form, "checksum": seeded.update.checksum}, follow_redirects=False
    )
    assert done.status_code == 303
    assert done.headers["location"] == f"/crates/util/0.3.2?checksum={seeded.update.checksum}"
    detail = store.version(seeded.update)
    assert detail is not None
    last = detail.triage[-1]
    assert (last.state.value, last.who, last.why) == (
        "confirmed-malicious",
        "vera-reviewer",
        "build.rs phones home",
    )
    html = client.get(done.headers["location"]).text
    assert 'state-confirmed-malicious">confirmed-malicious' in html
    assert "build.rs phones home" in html


def test_a_reader_cannot_mark(client: TestClient, seeded: Seeded, tokens: Tokens) -> None:
    sign_in(client, tokens.reader)
    csrf = form_token(client.get("/").text)  # the sign-out form's token
    response = client.post(
        "/crates/util/0.3.2/triage",
        data={"state": "false-positive", "why": "x", "csrf": csrf},
        follow_redirects=False,
    )
    assert response.status_code == 403 and "reviewer" in response.text


def test_history_advisories_and_search(
    client: TestClient, store: Store, seeded: Seeded, tokens: Tokens
) -> None:
    store.save_advisory("RUSTSEC-2023-0103", {"title": "malicious crate postgress"})
    store.set_exposures("RUSTSEC-2023-0103", [("util", "0.3.1"), ("util", "0.3.2"), ("x", "1.0.0")])
    sign_in(client, tokens.reader)
    history = client.get("/crates/UTIL").text
    assert history.index("util 0.3.2") < history.index("util 0.3.1")
    advisories = client.get("/advisories").text
    assert "<svg" in advisories and ">RUSTSEC-2023-0103</text>" in advisories
    one = client.get("/advisories/RUSTSEC-2023-0103").text
    assert "3 versions of 2 crates" in one and "0.3.1, 0.3.2" in one and "<rect" in one
    found = client.get("/search?q=ti").text
    assert 'href="/crates/util"' in found
    assert client.get("/advisories/NOPE").status_code == 404
    assert client.get("/crates/nope").status_code == 404


def test_public_reads_open_the_page_but_not_the_form(
    store: Store, seeded: Seeded, crate_dir: Path
) -> None:
    with TestClient(
        create_app(store, ApiSettings(crate_dir=crate_dir, public_reads=True))
    ) as client:
        html = client.get(version_path("util", "0.3.2")).text
        assert "scan-malicious" in html and "Sign in</a> with a reviewer token" in html


# -- hostile crates ---------------------------------------------------------------------


def assert_inert(html: str) -> None:
    """No markup from a crate survived: no element, no handler, no link to a script."""
    assert "<script" not in html.lower()
    assert "<img" not in html.lower()
    assert "onerror=" not in html.replace("onerror=alert", "")  # only as escaped text
    assert 'href="javascript:' not in html.lower()
    assert "&lt;script&gt;" in html or "&lt;img" in html


def test_a_hostile_name_is_text(client: TestClient, seeded: Seeded, tokens: Tokens) -> None:
    sign_in(client, tokens.reader)
    for path in [
        "/",
        "/search?q=evil",
        "/crates/" + quote(HOSTILE_NAME, safe=""),
        "/crates/" + quote(HOSTILE_NAME, safe="") + "/6.6.6",
    ]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert_inert(response.text)
    queue = client.get("/").text
    shown = "evil&#34;&gt;&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(1) 6.6.6"
    assert shown in queue
    assert f'href="/crates/{quote(HOSTILE_NAME, safe="")}/6.6.6' in queue


def test_hostile_files_snippets_and_manifest_are_text(
    client: TestClient, seeded: Seeded, tokens: Tokens
) -> None:
    sign_in(client, tokens.reader)
    response = client.get(version_path("evil", "1.0.0"))
    html = response.text
    assert_inert(html)
    # the file name, the code around the finding and the manifest's fields, escaped
    assert "src/&#34;&gt;&lt;img src=x onerror=alert(2)&gt;.rs" in html
    assert "// &lt;/pre&gt;&lt;script&gt;alert(4)&lt;/script&gt;" in html
    assert f"<td>{JS_URL}</td>" in html  # as text, never a link
    policy = response.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "'unsafe-inline'" not in policy
    assert IMG not in html and SCRIPT not in html
