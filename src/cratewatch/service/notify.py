"""Notifications: webhooks signed with HMAC, and e-mail over SMTP.

A notification is sent when a version needs review, and when a new advisory's exposure
has been computed. Delivery is one attempt here; notifications wait in the store's job
queue (``notify`` jobs), where senders claim them with a lease and retry failed ones with
backoff, so a receiver that is down for an hour still gets every notification.

Delivery is at least once: a sender that dies after the receiver accepted a notification
but before recording it as sent leaves it to be sent again. Every notification carries a
stable ``id`` (its key in the queue: one per version, or advisory, and channel) in the
signed body, and e-mails a ``Message-ID`` made from it, for receivers to drop repeats.

Webhook requests carry the JSON body and two headers:

- ``X-Cratewatch-Event``: the notification's kind (``needs-review``, ...);
- ``X-Cratewatch-Signature``: ``t=<unix seconds>,v1=<hex HMAC-SHA256>``, the HMAC of
  ``"<t>.<body>"`` under the target's secret, so a receiver can check both that the body
  came from us and that it is fresh (reject a ``t`` older than a few minutes, against
  replays). ``verify_signature`` is the check a receiver written in Python can use.

Subjects and bodies quote crate names and advisory titles: untrusted text. E-mail headers
are built with the standard library's ``email`` package, which refuses line breaks in
header values, and every value is escaped before it reaches a subject line.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import smtplib
import ssl
import time
from collections.abc import Mapping
from email.message import EmailMessage
from typing import TYPE_CHECKING, Any, Final, NamedTuple

from cratewatch.errors import InputError
from cratewatch.untrusted.text import printable_line

if TYPE_CHECKING:
    import httpx

__all__ = [
    "EmailTarget",
    "Notification",
    "NotifyError",
    "WebhookTarget",
    "deliver",
    "sign",
    "verify_signature",
]

_TIMEOUT: Final = 10.0
#: How old a signature may be before ``verify_signature`` refuses it (replays).
MAX_AGE_SECONDS: Final = 300


class NotifyError(InputError):
    """A notification that could not be delivered (the receiver is down, refused it, ...)."""


class Notification(NamedTuple):
    kind: str  # "needs-review", "confirmed-malicious", "advisory-exposure"
    subject: str  # one line, for people
    body: Mapping[str, Any]  # JSON-ready: what happened, with links and identifiers
    created: dt.datetime
    id: str  # stable across retries and senders: receivers drop a repeated id


class WebhookTarget(NamedTuple):
    url: str
    secret: str


class EmailTarget(NamedTuple):
    host: str
    port: int
    sender: str
    recipients: tuple[str, ...]
    starttls: bool = False
    username: str | None = None
    password: str | None = None


def sign(secret: str, body: bytes, timestamp: int) -> str:
    """The ``X-Cratewatch-Signature`` value of ``body`` sent at ``timestamp``."""
    mac = hmac.new(secret.encode(), str(timestamp).encode() + b"." + body, hashlib.sha256)
    return f"t={timestamp},v1={mac.hexdigest()}"


def verify_signature(secret: str, body: bytes, header: str, now: int | None = None) -> bool:
    """Whether ``header`` is a fresh, valid signature of ``body`` under ``secret``."""
    parts = dict(part.split("=", 1) for part in header.split(",") if "=" in part)
    try:
        timestamp = int(parts["t"])
    except (KeyError, ValueError):
        return False
    if abs((now if now is not None else int(time.time())) - timestamp) > MAX_AGE_SECONDS:
        return False
    expected = sign(secret, body, timestamp).split("v1=", 1)[1]
    return hmac.compare_digest(expected, parts.get("v1", ""))


def deliver(
    notification: Notification,
    target: WebhookTarget | EmailTarget,
    *,
    client: httpx.Client | None = None,
) -> None:
    """Send ``notification`` to ``target`` once; ``NotifyError`` when it was not accepted."""
    if isinstance(target, WebhookTarget):
        _webhook(notification, target, client)
    else:
        _email(notification, target)


def _payload(notification: Notification) -> bytes:
    document = {
        "kind": notification.kind,
        "subject": notification.subject,
        "created": notification.created.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        **notification.body,
        "id": notification.id,
    }
    return json.dumps(document, sort_keys=True, separators=(",", ":")).encode()


def _webhook(
    notification: Notification, target: WebhookTarget, client: httpx.Client | None
) -> None:
    import httpx

    body = _payload(notification)
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "cratewatch",
        "X-Cratewatch-Event": notification.kind,
        "X-Cratewatch-Signature": sign(target.secret, body, int(time.time())),
    }
    own = client is None
    http = client or httpx.Client(timeout=_TIMEOUT, follow_redirects=False)
    try:
        response = http.post(target.url, content=body, headers=headers)
    except httpx.HTTPError as exc:
        raise NotifyError(
            f"{target.url}: {type(exc).__name__}: {exc or 'request failed'}"
        ) from None
    finally:
        if own:
            http.close()
    if not 200 <= response.status_code < 300:
        raise NotifyError(f"{target.url}: the receiver answered HTTP {response.status_code}")


def _message_id(ident: str, sender: str) -> str:
    """The same ``Message-ID`` for every send of one notification."""
    digest = hashlib.sha256(ident.encode()).hexdigest()[:32]
    domain = sender.rpartition("@")[2] if "@" in sender else ""
    if not domain or not all(c.isascii() and (c.isalnum() or c in ".-") for c in domain):
        domain = "cratewatch.invalid"
    return f"<{digest}.cratewatch@{domain}>"


def _email(notification: Notification, target: EmailTarget) -> None:
    message = EmailMessage()
    message["Subject"] = printable_line(f"[cratewatch] {notification.subject}")[:200]
    message["From"] = target.sender
    message["To"] = ", ".join(target.recipients)
    message["Message-ID"] = _message_id(notification.id, target.sender)
    message.set_content(
        printable_line(notification.subject)
        + "\n\n"
        + json.dumps(json.loads(_payload(notification)), indent=2, sort_keys=True)
        + "\n"
    )
    try:
        with smtplib.SMTP(target.host, target.port, timeout=_TIMEOUT) as smtp:
            if target.starttls:
                smtp.starttls(context=ssl.create_default_context())
            if target.username is not None:
                smtp.login(target.username, target.password or "")
            smtp.send_message(message)
    except (OSError, smtplib.SMTPException) as exc:
        where = f"smtp://{target.host}:{target.port}"
        raise NotifyError(f"{where}: {type(exc).__name__}: {exc or 'failed'}") from None
