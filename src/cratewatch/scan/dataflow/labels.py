"""The labels a value carries in the data flow, what a sink does, and how labels cross
function boundaries."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

#: Labels a value carries. Sources of data that must not leave:
USER_FILE: Final = "user-file"
ENVIRONMENT: Final = "environment"
CLIPBOARD: Final = "clipboard"
HIDDEN_FILE: Final = "hidden-file"  # bytes of a file whose name is hidden (below)
CREDENTIAL: Final = "credential"  # a secret taken out of another program's settings
BROWSER_STORAGE: Final = "browser-storage"  # a web page's local or session storage, cookies
# a file of the system's stores of secrets: password hashes, Wi-Fi and VPN keys, host keys
SYSTEM_SECRET: Final = "system-secret"
# a key a device keeps in its persistent store under a secret's name (a Wi-Fi PSK, a
# LoRaWAN or cloud device key): a source only where it goes out over the device's radio
# (firmware sends its cloud token to its vendor's server by design, never its keys to
# whoever listens to an advertisement or an ESP-NOW peer)
DEVICE_SECRET: Final = "device-secret"
# a file named as private keys are (`id_ed25519`), wherever its folder comes from
PRIVATE_KEY: Final = "private-key"
SECRETS: Final = frozenset(
    {USER_FILE, ENVIRONMENT, CLIPBOARD, HIDDEN_FILE, CREDENTIAL, BROWSER_STORAGE, SYSTEM_SECRET}
    | {DEVICE_SECRET, PRIVATE_KEY}
)
#: the computer's or the user's name, the machine's id: a source only when sent to an
#: address the crate writes out or hides itself (a beacon), not to a server the user chose
HOST_FACTS: Final = "host-facts"
#: what a project's `.env` file holds: a source only when sent to an address the crate
#: writes out or hides, its own service's too (a time API has no use for a project's
#: secrets), not to a server the user names (a request runner, a secrets manager's sync)
PROJECT_SECRETS: Final = "project-secrets"
#: other programs' environment variables, read from their `/proc/<pid>/environ` (a path
#: joined of a process's folder and `environ`): a source only when sent to an address the
#: crate writes out or hides; a process monitor shows them to its user by design
PROCESS_ENVIRONMENT: Final = "process-environment"
#: Sources that are secrets gathered, not just files read: sending one is collection too
GATHERED: Final = frozenset(
    {ENVIRONMENT, CLIPBOARD, CREDENTIAL, BROWSER_STORAGE, SYSTEM_SECRET, PRIVATE_KEY}
    | {PROCESS_ENVIRONMENT}
)
#: What a sink does with what reaches it:
SEND: Final = "send"  # sends data out: a flow when the data holds a source's
WRITE: Final = "write"  # writes a file: a flow when its path is hidden
RUN: Final = "run"  # runs a program or loads a library: a flow when its name is hidden
CONTACT: Final = "contact"  # reaches an address or URL: a flow when it is hidden
DOWNLOAD_RUN: Final = "download-run"  # a RUN sink given downloaded bytes or a path holding them
REMOTE_RUN: Final = "remote-run"  # a RUN sink given what a network peer sent (a web shell)
EMIT: Final = "emit"  # parses text into code (a token stream): a flow when the text is hidden
QUERY: Final = "query"  # runs SQL on a database: a flow when its text is hidden
# makes a key that verifies signatures or tokens (or a password hash): a flow when its
# bytes are hidden, since a key nobody can read admits whoever holds its other half
TRUST: Final = "trust"
#: ... and what a value is, which decides what a call on it does:
HOME_PATH: Final = "home-path"  # a path under the user's home
SYSTEM_STORE: Final = "system-store"  # a path of the system's stores of secrets
KEY_FILE: Final = "key-file"  # a private key's file name (`id_rsa`, `id_ed25519`)
ENV_FILE: Final = "env-file"  # a project's secrets file name (`.env`, `.env.production`)
OWN_PATH: Final = "own-path"  # a path of the crate's own (its settings, its cache, its state)
CRATE_PATH: Final = "crate-path"  # ... that names the crate (not only one it writes)
SOCKET: Final = "socket"  # an open connection
RADIO: Final = "radio"  # a device's radio: an ESP-NOW link, a Bluetooth LE advertisement
HIDDEN: Final = "hidden"  # a string decoded at run time by the crate's own code
DECODED: Final = "decoded"  # ... by a function that transforms characters or bytes
DOWNLOADED: Final = "downloaded"  # bytes received from the network
DROPPED: Final = "dropped"  # a path the crate wrote downloaded bytes to
USER_SETTINGS: Final = "user-settings"  # settings parsed from a file in the user's home
REQUEST: Final = "request"  # what a network peer sent: a request, its cookies, headers, query
SECRET_NAME: Final = "secret-name"  # a literal that names a secret (`AWS_SECRET_ACCESS_KEY`)
HOME_VARIABLE: Final = "home-variable"  # a literal that names the home's variable (`APPDATA`)
FIXED: Final = "fixed-address"  # a network address written in the crate (a URL's host, an IP)
LOOPBACK: Final = "loopback"  # ... of this machine (`http://127.0.0.1:8332/`): a local service
# a host name made under a domain written in the crate (`"{hex}.probe.example"`): where a
# name is looked up, the domain's name server is told the rest (data in DNS labels)
DOMAIN_TEMPLATE: Final = "domain-template"
OWN_SERVICE: Final = "own-service"  # ... of the crate's own service (``FIXED`` it is not)
#: a value read from a device's persistent key store (ESP-IDF's NVS, a flash key-value
#: map): with a secret's name, a ``device-secret``
DEVICE_STORE: Final = "device-store"

MAX_BOUNDARIES: Final = 3  # function boundaries a source's data is followed across


def base(label: str) -> str:
    """A source's label without the boundaries it crossed: ``user-file@2`` is ``user-file``."""
    return label.partition("@")[0]


def bases(labels: set[str]) -> set[str]:
    return {base(label) for label in labels}


def without(labels: set[str], *removed: str) -> set[str]:
    """``labels`` less every label of the ``removed`` sources, whatever the boundaries
    they crossed."""
    return {label for label in labels if base(label) not in removed}


def hop(labels: set[str]) -> set[str]:
    """Labels carried across a function boundary (argument, return value, field, static):
    a label counts the boundaries it crossed and is dropped after ``MAX_BOUNDARIES``, so
    that a large program's configuration object, which reaches everything, does not join
    a read in one subsystem with a send in another."""
    out = set()
    for label in labels:
        source, _, crossed = label.partition("@")
        if (count := int(crossed or 0) + 1) <= MAX_BOUNDARIES:
            out.add(f"{source}@{count}")
    return out


def grown(target: set[str], labels: Iterable[str]) -> bool:
    """Add ``labels`` to ``target``, keeping of each source only the label that crossed
    the fewest boundaries (one that crossed more reaches no sink the other does not);
    whether ``target`` changed. Without that, a function called along paths of several
    lengths grows once per length and is visited again each time."""
    changed = False
    for label in labels:
        if label in target:
            continue
        source, _, crossed = label.partition("@")
        count = int(crossed or 0)
        fewer = [source] + [f"{source}@{n}" for n in range(1, count)]
        if any(other in target for other in fewer):
            continue
        for n in range(count + 1, MAX_BOUNDARIES + 1):
            target.discard(f"{source}@{n}")
        target.add(label)
        changed = True
    return changed
