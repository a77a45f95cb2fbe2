"""Notifications: signed webhooks to a local receiver, e-mail to a local SMTP server."""

from __future__ import annotations

import datetime as dt
import json
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from cratewatch.service.notify import (
    EmailTarget,
    Notification,
    NotifyError,
    WebhookTarget,
    deliver,
    sign,
    verify_signature,
)

NOTE = Notification(
    "needs-review",
    "evil-crate 0.1.0 needs review: \x1b[2Kscan-malicious",
    {"crate": "evil-crate", "version": "0.1.0", "risk": "critical"},
    dt.datetime(2026, 12, 4, 12, 0, tzinfo=dt.UTC),
    "needs-review evil-crate 0.1.0 hook",
)


class _Receiver(BaseHTTPRequestHandler):
    received: list[tuple[dict[str, str], bytes]]
    status = 200

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        type(self).received.append((dict(self.headers), body))
        self.send_response(type(self).status)
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def receiver() -> Iterator[tuple[str, type[_Receiver]]]:
    handler = type("Handler", (_Receiver,), {"received": [], "status": 200})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/hook", handler
    server.shutdown()
    server.server_close()


def test_a_webhook_is_signed_and_verifiable(receiver: tuple[str, type[_Receiver]]) -> None:
    url, handler = receiver
    deliver(NOTE, WebhookTarget(url, "s3cret"))
    [(headers, body)] = handler.received
    assert headers["X-Cratewatch-Event"] == "needs-review"
    assert verify_signature("s3cret", body, headers["X-Cratewatch-Signature"])
    assert not verify_signature("other", body, headers["X-Cratewatch-Signature"])
    assert not verify_signature("s3cret", body + b" ", headers["X-Cratewatch-Signature"])
    document = json.loads(body)
    assert document["kind"] == "needs-review" and document["crate"] == "evil-crate"
    assert document["created"] == "2026-12-04T12:00:00Z"
    assert document["id"] == "needs-review evil-crate 0.1.0 hook"  # signed, for deduplication


def test_a_payload_cannot_replace_the_id(receiver: tuple[str, type[_Receiver]]) -> None:
    url, handler = receiver
    deliver(NOTE._replace(body={**NOTE.body, "id": "forged"}), WebhookTarget(url, "k"))
    [(_, body)] = handler.received
    assert json.loads(body)["id"] == NOTE.id


def test_an_old_signature_is_refused() -> None:
    body = b"{}"
    assert verify_signature("k", body, sign("k", body, 1_000_000), now=1_000_100)
    assert not verify_signature("k", body, sign("k", body, 1_000_000), now=1_001_000)
    assert not verify_signature("k", body, "garbage")


def test_a_refused_or_unreachable_webhook_is_an_error(
    receiver: tuple[str, type[_Receiver]],
) -> None:
    url, handler = receiver
    handler.status = 500
    with pytest.raises(NotifyError, match="HTTP 500"):
        deliver(NOTE, WebhookTarget(url, "k"))
    with pytest.raises(NotifyError, match=r"127\.0\.0\.1:9"):
        deliver(NOTE, WebhookTarget("http://127.0.0.1:9/hook", "k"))


def test_email_to_a_local_smtp_server() -> None:
    from aiosmtpd.controller import Controller
    from aiosmtpd.handlers import Message

    received: list[Any] = []

    class Keep(Message):  # type: ignore[misc]
        def handle_message(self, message: Any) -> None:
            received.append(message)

    with socket.socket() as probe:  # a free port: the controller cannot start on port 0
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(Keep(), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        target = EmailTarget("127.0.0.1", port, "cratewatch@example.org", ("sec@example.org",))
        deliver(NOTE, target)
        deliver(NOTE, target)  # sent again (a retry after a crash): the same Message-ID
        deliver(NOTE._replace(id="needs-review evil-crate 0.1.1 hook"), target)
    finally:
        controller.stop()
    message, again, other = received
    assert message["To"] == "sec@example.org"
    assert message["Message-ID"] == again["Message-ID"] != other["Message-ID"]
    assert message["Message-ID"].endswith("@example.org>")
    assert "\x1b" not in message["Subject"] and "\\x1b[2K" in message["Subject"]
    assert "evil-crate" in message.get_payload()


def test_an_unreachable_smtp_server_is_an_error() -> None:
    with pytest.raises(NotifyError, match=r"smtp://127\.0\.0\.1:9"):
        deliver(NOTE, EmailTarget("127.0.0.1", 9, "a@example.org", ("b@example.org",)))
