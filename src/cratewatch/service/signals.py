"""The signals of a screening: each reason one version needs a look, as a stable code, a
risk and a sentence.

Two families. The archive's own signals come from the analyses (``scan-*`` from the
scan's verdict, ``diff-*`` from the diff with the previous version, ``typosquat``,
``known-malicious-dependency``). The registry-side signals need what only a registry
knows: when crates were first published, yanks, owners and publishers. Each function here
is pure: facts in, signals out; a fact the registry does not give (``None``) keeps its
signal silent. ``CODES`` is the table of every code with its risk and meaning, the one
docs/service.md shows.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from functools import cache
from typing import TYPE_CHECKING, Final, NamedTuple

from cratewatch.model.findings import Severity
from cratewatch.model.package import normalize_crate_name
from cratewatch.model.scan import Tactic, Verdict
from cratewatch.scan.analyze import Context
from cratewatch.scan.dependencies import MALICIOUS_NAME_RULE, MALICIOUS_RULE, SQUAT_RULE
from cratewatch.scan.diff import ChangeVerdict
from cratewatch.scan.rules import RuleKind, rules_by_id
from cratewatch.service.model import Risk, Signal
from cratewatch.service.view import OwnerHistory

if TYPE_CHECKING:
    from cratewatch.scan.crate import CrateScan
    from cratewatch.scan.diff import CrateDiff
    from cratewatch.scan.manifest import Dependency
    from cratewatch.typosquat.screen import Screener

__all__ = [
    "CODES",
    "REGISTRY_CODES",
    "WELL_KNOWN_PUBLISHERS",
    "Publisher",
    "SignalCode",
    "checksum_signals",
    "diff_signals",
    "new_publisher_signals",
    "owner_affiliation_signals",
    "publisher_impersonation_signals",
    "release_after_yanks_signals",
    "scan_signals",
    "typosquat_signals",
    "worst_risk",
    "young_dependency_signals",
]


class SignalCode(NamedTuple):
    code: str
    risks: tuple[Risk, ...]  # the risks it can carry, lowest first
    meaning: str


CODES: Final = {
    c.code: c
    for c in (
        SignalCode(
            "checksum-mismatch",
            (Risk.CRITICAL,),
            "the archive's SHA-256 is not the checksum the registry's index pins",
        ),
        SignalCode("scan-malicious", (Risk.CRITICAL,), "the scan's verdict is malicious"),
        SignalCode(
            "known-malicious-dependency",
            (Risk.CRITICAL,),
            "a dependency that a RustSec advisory reports as malicious",
        ),
        SignalCode(
            "malicious-name-dependency",
            (Risk.HIGH,),
            "a dependency from a git repository or another registry named as a crate that a "
            "RustSec advisory reports as malicious",
        ),
        SignalCode(
            "scan-incomplete",
            (Risk.HIGH,),
            "the archive could not be examined fully (a blocking archive problem)",
        ),
        SignalCode(
            "scan-suspicious",
            (Risk.LOW, Risk.MEDIUM, Risk.HIGH),
            "the scan's verdict is suspicious; the risk says how telling its threats are",
        ),
        SignalCode(
            "diff-risky",
            (Risk.HIGH,),
            "the update adds a threat, build-time network or process access, a binary, or "
            "a squatted dependency",
        ),
        SignalCode(
            "diff-review",
            (Risk.LOW,),
            "the update adds capabilities, dependencies or a build script change",
        ),
        SignalCode(
            "typosquat",
            (Risk.MEDIUM, Risk.HIGH),
            "a new crate's name, or a dependency new in this version, imitates a popular crate",
        ),
        SignalCode(
            "new-dependency-on-young-crate",
            (Risk.MEDIUM,),
            "a dependency added in this version on a crate first published less than 48 hours "
            "before it",
        ),
        SignalCode(
            "release-after-yanks",
            (Risk.MEDIUM,),
            "a release within 72 hours after 3 or more other versions of the crate were yanked",
        ),
        SignalCode(
            "new-publisher",
            (Risk.MEDIUM, Risk.HIGH),
            "an established crate published by someone new to it, or given a new owner",
        ),
        SignalCode(
            "owner-of-malicious-crate",
            (Risk.HIGH,),
            "an owner of the crate also owns a crate an advisory reports as malicious or a "
            "reviewer confirmed malicious",
        ),
        SignalCode(
            "publisher-impersonation",
            (Risk.MEDIUM, Risk.HIGH),
            "an owner login, crate name or author imitating a well-known publisher",
        ),
        SignalCode(
            "diff-unavailable",
            (Risk.LOW,),
            "the previous version's archive could not be read, so there is no diff",
        ),
        SignalCode(
            "scan-failed",
            (Risk.HIGH,),
            "a registry scan stopped the crate's scan at a limit (time or memory) or lost "
            "its process; the reason is recorded",
        ),
    )
}

#: what the registry knew when a version was published, which no scanning rule decides:
#: a rescan after a rules change keeps these of the earlier screening
REGISTRY_CODES: Final = frozenset(
    {
        "typosquat",
        "new-dependency-on-young-crate",
        "release-after-yanks",
        "new-publisher",
        "owner-of-malicious-crate",
        "publisher-impersonation",
    }
)

# -- the archive's signals -----------------------------------------------------------

_CARRIERS: Final = frozenset(
    {Tactic.EXFILTRATION, Tactic.EXECUTION, Tactic.CONCEALMENT, Tactic.PERSISTENCE}
)
_BUILDING: Final = (Context.BUILD, Context.PROC_MACRO)
# ... and what a high-severity threat also does: weaken the user's own defences (SSH's host
# keys no longer checked, an update run unverified, usage reported by default), which no
# library does by design
_HIGH_SEVERITY_TACTICS: Final = _CARRIERS | {Tactic.WEAKENING}
_UNREAD_CODE: Final = frozenset({Tactic.EXECUTION, Tactic.CONCEALMENT, Tactic.PERSISTENCE})
_BUILD_ALARMS: Final = frozenset({"capability-network", "capability-dynamic-loading"})
_INTEGRITY_RULE: Final = "capability-integrity-check"
_FETCHED_DIGEST_RULE: Final = "capability-fetched-digest"
_WRITE_RULE: Final = "capability-filesystem-write"
_BUILD_TIME_CAPABILITIES: Final = frozenset({"network", "process-spawn", "dynamic-loading"})
# these have signals of their own (known-malicious-dependency, malicious-name-dependency,
# typosquat)
_DEPENDENCY_RULES: Final = frozenset({MALICIOUS_RULE, MALICIOUS_NAME_RULE, SQUAT_RULE})
_SHOWN_REASONS: Final = 3


def worst_risk(signals: Iterable[Signal]) -> Risk:
    return max((s.risk for s in signals), key=lambda r: r.rank, default=Risk.NONE)


def checksum_signals(expected: str | None, actual: str) -> list[Signal]:
    """The archive against the index's checksum (None: the index did not say)."""
    if expected is None or expected.lower() == actual.lower():
        return []
    return [
        Signal(
            "checksum-mismatch",
            Risk.CRITICAL,
            f"the archive's SHA-256 is {actual.lower()}, the index pins {expected.lower()}",
        )
    ]


def _reasons(reasons: Sequence[str]) -> str:
    shown = "; ".join(reasons[:_SHOWN_REASONS])
    more = len(reasons) - _SHOWN_REASONS
    return shown + (f" (and {more} more)" if more > 0 else "")


def scan_signals(scan: CrateScan, diff: CrateDiff | None = None) -> list[Signal]:
    """The scan's verdict and its known-malicious dependencies; ``diff`` (with the
    previous version) tells a suspicious finding the previous version already had."""
    signals: list[Signal] = []
    if scan.verdict is Verdict.MALICIOUS:
        signals.append(Signal("scan-malicious", Risk.CRITICAL, _reasons(scan.reasons)))
    elif scan.verdict is Verdict.INCOMPLETE:
        signals.append(Signal("scan-incomplete", Risk.HIGH, _reasons(scan.reasons)))
    elif scan.verdict is Verdict.SUSPICIOUS:
        risk, why = _suspicious_risk(scan, diff)
        signals.append(Signal("scan-suspicious", risk, f"{why}: {_reasons(scan.reasons)}"))
    for e in scan.findings:
        if e.rule == MALICIOUS_RULE and not e.ignored:
            signals.append(
                Signal(
                    "known-malicious-dependency",
                    Risk.CRITICAL,
                    f"{e.file} line {e.line}: {e.snippet}",
                )
            )
        elif e.rule == MALICIOUS_NAME_RULE and not e.ignored:
            where = f"{e.file} line {e.line}: {e.snippet}"
            signals.append(Signal("malicious-name-dependency", Risk.HIGH, where))
    return signals


def _suspicious_risk(scan: CrateScan, diff: CrateDiff | None) -> tuple[Risk, str]:
    """How telling a suspicious verdict is. The scan calls suspicious both what malware
    does short of a second tactic (a persistence hook, a download-and-run) and what some
    libraries do by design (a ``.env`` reader touches a credential store, a TLS client
    can turn checks off): only the first must reach a reviewer.

    - high: a high-severity threat that moves data or code or hides (exfiltration,
      execution, concealment, persistence), any high-severity threat in code that runs
      while building, a threat that runs, hides or plants code while building (a package
      runner, a prebuilt library linked, a program installed on PATH: code no reviewer
      reads runs on the builder's machine or in every dependent), or threats of two
      tactics (turning TLS checks off not counted);
    - high too: network access while building in a file that writes files and verifies
      nothing (a download baked into the build: whoever holds the server chooses bytes
      every dependent ships);
    - medium: another such threat, or network access or library loading while building
      (low when every such file verifies what it fetches: a pinned digest or a signature);
    - low: what is left (one collection, evasion or weakening tactic);
    - and low whatever the above when the previous version already had all of it: the
      diff adds no threat and no build-time capability, so it was screened then.
    """
    rules = rules_by_id()
    counted = [e for e in scan.findings if not e.ignored and e.context is not Context.TEST]
    threats = [
        (rules[e.rule], e)
        for e in counted
        if rules[e.rule].kind is RuleKind.THREAT and e.rule not in _DEPENDENCY_RULES
    ]
    tactics = {rule.tactic for rule, _ in threats if rule.tactic is not None} - {Tactic.WEAKENING}
    if any(
        rule.severity >= Severity.HIGH
        and (rule.tactic in _HIGH_SEVERITY_TACTICS or e.context in _BUILDING)
        for rule, e in threats
    ):
        risk, why = Risk.HIGH, "a high-severity threat"
    elif any(rule.tactic in _UNREAD_CODE and e.context in _BUILDING for rule, e in threats):
        risk, why = Risk.HIGH, "a threat that runs, hides or plants code while building"
    elif len(tactics) >= 2:
        risk, why = Risk.HIGH, f"threats of {len(tactics)} tactics"
    elif any(rule.tactic in _CARRIERS for rule, _ in threats):
        risk, why = Risk.MEDIUM, "a threat that moves data or code"
    elif any(e.rule in _BUILD_ALARMS and e.context in _BUILDING for e in counted):
        # (a digest fetched beside the download pins nothing: crate.py's verified fetch)
        fetched = {e.file for e in counted if e.rule == _FETCHED_DIGEST_RULE}
        verified = {e.file for e in counted if e.rule == _INTEGRITY_RULE} - fetched
        alarms = {e.file for e in counted if e.rule in _BUILD_ALARMS and e.context in _BUILDING}
        writing = {e.file for e in counted if e.rule == _WRITE_RULE and e.context in _BUILDING}
        if alarms <= verified:
            # a -sys build script fetching a pinned, verified release: vendoring
            risk, why = Risk.LOW, "network while building, checked against a pinned digest"
        elif (alarms - verified) & writing:
            # what an unchecked download writes while building ships in every dependent:
            # whoever holds the server chooses those bytes
            risk, why = Risk.HIGH, "a download written while building, checked against nothing"
        else:
            risk, why = Risk.MEDIUM, "network or library loading while building"
    else:
        risk, why = Risk.LOW, "only threats that libraries also have by design"
    if risk.rank > Risk.LOW.rank and diff is not None and _adds_nothing(diff):
        risk, why = Risk.LOW, f"as in {diff.old.version or 'the previous version'} already"
    return risk, why


def _adds_nothing(diff: CrateDiff) -> bool:
    if normalize_crate_name(diff.old.crate) != normalize_crate_name(diff.new.crate):
        return False  # not an update: nothing was screened before
    if any(e.context is not Context.TEST for e in diff.threats_added):
        return False
    added = set(diff.build_script.capabilities_added) | set(diff.proc_macro.capabilities_added)
    return not added & _BUILD_TIME_CAPABILITIES


def diff_signals(diff: CrateDiff) -> list[Signal]:
    old = diff.old.version or "the previous version"
    if diff.verdict is ChangeVerdict.RISKY:
        return [Signal("diff-risky", Risk.HIGH, f"since {old}: {_reasons(diff.reasons)}")]
    if diff.verdict is ChangeVerdict.REVIEW:
        return [Signal("diff-review", Risk.LOW, f"since {old}: {_reasons(diff.reasons)}")]
    return []


def _registry_dependency(d: Dependency) -> bool:
    return d.source is None or d.source == "workspace"


def typosquat_signals(
    name: str,
    *,
    new_crate: bool,
    owners: Iterable[str],
    added: Sequence[Dependency],
    dependencies: Sequence[Dependency],
    screener: Screener | None,
) -> list[Signal]:
    """A new crate's name, and the crates.io dependencies new in this version (``added``),
    screened; a dependency is not a squat of a crate the version also depends on."""
    if screener is None:
        return []
    signals = []
    if new_crate:
        verdict = screener.screen(name, owners)
        if verdict.flagged:
            best = verdict.suspects[0]
            signals.append(
                Signal(
                    "typosquat",
                    Risk.HIGH,
                    f"the name {name} imitates {best.target} ({best.check}, score {best.score:g})",
                )
            )
    used = {normalize_crate_name(d.name) for d in dependencies}
    seen: set[tuple[str, str]] = set()
    for d in added:
        key = (normalize_crate_name(d.name), d.kind)
        if not _registry_dependency(d) or key in seen:
            continue
        seen.add(key)
        verdict = screener.screen(d.name)
        if not verdict.flagged or normalize_crate_name(verdict.suspects[0].target) in used:
            continue
        best = verdict.suspects[0]
        # a dev-dependency runs on the maintainer's machines, never on the users'
        risk = Risk.MEDIUM if d.kind == "dev" else Risk.HIGH
        signals.append(
            Signal(
                "typosquat",
                risk,
                f"new {d.kind} dependency {d.name} imitates {best.target} "
                f"({best.check}, score {best.score:g})",
            )
        )
    return signals


# -- the registry's signals ----------------------------------------------------------

YOUNG: Final = dt.timedelta(hours=48)
YANKS_MANY: Final = 3
YANKS_WINDOW: Final = dt.timedelta(hours=72)
ESTABLISHED_AGE: Final = dt.timedelta(days=90)
NEW_OWNER_WINDOW: Final = dt.timedelta(days=30)


def young_dependency_signals(
    added: Sequence[Dependency],
    when: dt.datetime,
    first_published: dict[str, dt.datetime | None],
    owners: dict[str, OwnerHistory | None],
    own: OwnerHistory | None,
) -> list[Signal]:
    """Dependencies new in this version (dev-dependencies aside: they never reach a
    user's build) on crates first published less than ``YOUNG`` before ``when``. The
    payload of a hijacked or cloned crate often sits in such a dependency, published
    just before (``sha-rust`` for ``finch-rust``). A family publishing a new member is not
    that: no signal when both crates are known to share an owner.

    ``first_published`` and ``owners`` are the registry's answers by canonical name."""
    signals = []
    seen: set[str] = set()
    for d in added:
        key = normalize_crate_name(d.name)
        if d.kind == "dev" or not _registry_dependency(d) or key in seen:
            continue
        seen.add(key)
        first = first_published.get(key)
        if first is None or when - first >= YOUNG:
            continue
        theirs = owners.get(key)
        if own is not None and theirs is not None and own.logins() & theirs.logins():
            continue
        hours = max(0.0, (when - first).total_seconds() / 3600)
        signals.append(
            Signal(
                "new-dependency-on-young-crate",
                Risk.MEDIUM,
                f"new dependency {d.name} was first published {hours:.0f} hours before "
                f"this version ({first.isoformat()})",
            )
        )
    return signals


def release_after_yanks_signals(
    version: str, when: dt.datetime, yanks: Iterable[tuple[str, dt.datetime]]
) -> list[Signal]:
    """A release within ``YANKS_WINDOW`` after ``YANKS_MANY`` or more other versions were
    yanked. An attacker clearing the way (with the good releases yanked, ``cargo update``
    can only pick the new one) and a maintainer cleaning up after a compromise both look
    like this; either way the release deserves a look."""
    recent = sorted(
        {v for v, t in yanks if v != version and dt.timedelta(0) <= when - t <= YANKS_WINDOW}
    )
    if len(recent) < YANKS_MANY:
        return []
    shown = ", ".join(recent[:5]) + (" ..." if len(recent) > 5 else "")
    hours = YANKS_WINDOW.total_seconds() / 3600
    return [
        Signal(
            "release-after-yanks",
            Risk.MEDIUM,
            f"released within {hours:.0f} hours after {len(recent)} versions were yanked ({shown})",
        )
    ]


def owner_affiliation_signals(affiliated: Sequence[tuple[str, str, str]]) -> list[Signal]:
    """One signal per owner who also owns malware (``RegistryView.owned_malware``): a
    campaign publishes many crates from one account, and its first crates are often
    caught before the later ones (RustSec's ``tinymember``, removed for its owner's
    ``arone`` and ``aronenao``)."""
    by_login: dict[str, list[str]] = {}
    for login, crate, why in affiliated:
        by_login.setdefault(login, []).append(f"{crate} ({why})")
    return [
        Signal(
            "owner-of-malicious-crate",
            Risk.HIGH,
            f"owner {login} also owns {', '.join(sorted(crates)[:5])}"
            + (f" and {len(crates) - 5} more" if len(crates) > 5 else ""),
        )
        for login, crates in sorted(by_login.items())
    ]


def new_publisher_signals(
    version: str,
    when: dt.datetime,
    first_published: dt.datetime | None,
    history: OwnerHistory | None,
) -> list[Signal]:
    """On a crate first published ``ESTABLISHED_AGE`` or more before this version: a
    publisher of this version who published none of the earlier ones, and owners added in
    the ``NEW_OWNER_WINDOW`` before it. A takeover shows as one or both; high when the
    new publisher is also a newly added owner."""
    if history is None or first_published is None or when - first_published < ESTABLISHED_AGE:
        return []
    recent = {
        o.login.lower(): o.since
        for o in history.owners
        if o.since is not None and dt.timedelta(0) <= when - o.since <= NEW_OWNER_WINDOW
    }
    signals = []
    publisher = history.publisher_of(version)
    earlier = {login.lower() for v, login in history.publishers if v != version}
    if publisher is not None and earlier and publisher.lower() not in earlier:
        since = recent.pop(publisher.lower(), None)
        added = f", an owner since {since.date().isoformat()}" if since is not None else ""
        signals.append(
            Signal(
                "new-publisher",
                Risk.HIGH if since is not None else Risk.MEDIUM,
                f"published by {publisher}{added}, who published none of the "
                f"{len({v for v, _ in history.publishers if v != version})} earlier versions",
            )
        )
    for login, since in sorted(recent.items()):
        assert since is not None
        signals.append(
            Signal(
                "new-publisher",
                Risk.MEDIUM,
                f"{login} became an owner on {since.date().isoformat()}, "
                f"{(when - since).days} days before this version",
            )
        )
    return signals


class Publisher(NamedTuple):
    """A well-known publisher: crates.io owner logins and GitHub organisations whose
    teams own crates, the names its crates' ``authors`` give, and the words of a crate
    name that claim to be it."""

    name: str
    logins: frozenset[str] = frozenset()
    organisations: frozenset[str] = frozenset()  # team owners are github:<org>:<team>
    authors: tuple[str, ...] = ()
    words: tuple[str, ...] = ()


# A starting list (the most depended-on people and organisations of crates.io); a
# deployment passes its own. Words are only those that third parties rarely put in their
# own crates' names.
WELL_KNOWN_PUBLISHERS: Final = (
    Publisher(
        "the Rust project",
        frozenset({"rust-lang-owner"}),
        frozenset({"rust-lang", "rust-lang-nursery"}),
        ("The Rust Project Developers",),
        ("rust-lang", "rustlang"),
    ),
    Publisher("David Tolnay", frozenset({"dtolnay"}), authors=("David Tolnay",)),
    Publisher("Alex Crichton", frozenset({"alexcrichton"}), authors=("Alex Crichton",)),
    Publisher("Andrew Gallant", frozenset({"burntsushi"}), authors=("Andrew Gallant",)),
    Publisher("Sean McArthur", frozenset({"seanmonstar"}), authors=("Sean McArthur",)),
    Publisher("Carl Lerche", frozenset({"carllerche"}), authors=("Carl Lerche",)),
    Publisher("Josh Stone", frozenset({"cuviper"}), authors=("Josh Stone",)),
    Publisher("Steven Fackler", frozenset({"sfackler"}), authors=("Steven Fackler",)),
    Publisher("Amanieu d'Antras", frozenset({"amanieu"}), authors=("Amanieu d'Antras",)),
    Publisher("Ashley Mannix", frozenset({"kodraus"}), authors=("Ashley Mannix",)),
    Publisher("the Tokio project", organisations=frozenset({"tokio-rs"})),
    Publisher("the Serde project", organisations=frozenset({"serde-rs"})),
    Publisher("RustCrypto", organisations=frozenset({"rustcrypto"})),
    Publisher("the RustSec project", organisations=frozenset({"rustsec"})),
    Publisher(
        "Microsoft",
        organisations=frozenset({"microsoft"}),
        authors=("Microsoft",),
        words=("microsoft",),
    ),
    Publisher("Mozilla", organisations=frozenset({"mozilla"}), words=("mozilla",)),
    Publisher("Amazon Web Services", frozenset({"aws-sdk-rust-ci"}), frozenset({"awslabs"})),
    Publisher("Google", organisations=frozenset({"google"})),
)


def _owner_key(login: str) -> str:
    """A user login, or a team's organisation (``github:rust-lang:libs`` -> ``rust-lang``)."""
    parts = login.lower().split(":")
    return parts[1] if len(parts) == 3 and parts[0] == "github" else parts[0]


def _author_name(author: str) -> str:
    """``David Tolnay <dtolnay@gmail.com>`` -> ``David Tolnay``."""
    return re.sub(r"\s*[<(].*$", "", author).strip()


def _belongs(publisher: Publisher, logins: Iterable[str]) -> bool:
    keys = {_owner_key(login) for login in logins}
    return bool(keys & (publisher.logins | publisher.organisations))


@cache
def _publisher_screener(publishers: tuple[Publisher, ...]) -> tuple[Screener, dict[str, Publisher]]:
    """The typosquat screen over well-known logins, organisations and author names: the
    same checks that catch ``serd`` for ``serde`` catch ``dtoInay`` for ``dtolnay``."""
    from cratewatch.typosquat.corpus import Corpus, Popular
    from cratewatch.typosquat.screen import Screener

    who: dict[str, Publisher] = {}
    for p in publishers:
        for handle in (*p.logins, *p.organisations, *(a.replace(" ", "-") for a in p.authors)):
            who.setdefault(normalize_crate_name(handle), p)
    corpus = Corpus(
        (Popular(handle, 1, rank, frozenset()) for rank, handle in enumerate(sorted(who), 1)),
        "publishers",
    )
    # every handle is equally "popular": the popularity controls mean nothing here
    return Screener(corpus, without=["established", "successor"]), who


def publisher_impersonation_signals(
    name: str,
    *,
    new_crate: bool,
    authors: Sequence[str],
    history: OwnerHistory | None,
    publishers: Sequence[Publisher] = WELL_KNOWN_PUBLISHERS,
) -> list[Signal]:
    """Owners whose login imitates a well-known publisher's (``dtoInay``), a new crate
    whose name imitates one or claims it (``microsoft-...`` not owned by Microsoft), and
    ``authors`` naming one, or imitating one, on a crate none of its accounts owns. Whether
    a crate is owned by the publisher needs the owners: without them only the look-alikes
    (which no owner excuses) are reported."""
    screener, who = _publisher_screener(tuple(publishers))
    logins = sorted({o.login for o in history.owners}) if history is not None else []
    signals: list[Signal] = []

    def lookalike(text: str) -> Publisher | None:
        verdict = screener.screen(text)
        if not verdict.flagged:
            return None
        target = who[normalize_crate_name(verdict.suspects[0].target)]
        return None if _belongs(target, logins) else target

    for login in logins:
        target = lookalike(_owner_key(login))
        if target is not None:
            signals.append(
                Signal(
                    "publisher-impersonation",
                    Risk.HIGH,
                    f"owner {login} imitates {target.name}'s account",
                )
            )
    if new_crate:
        target = lookalike(name)
        if target is not None:
            signals.append(
                Signal(
                    "publisher-impersonation",
                    Risk.HIGH,
                    f"the name {name} imitates {target.name}'s account",
                )
            )
        elif history is not None:
            key = normalize_crate_name(name)
            for p in publishers:
                word = next((w for w in p.words if normalize_crate_name(w) in key), None)
                if word is not None and not _belongs(p, logins):
                    signals.append(
                        Signal(
                            "publisher-impersonation",
                            Risk.MEDIUM,
                            f"the name {name} says {word!r}, but {p.name} owns none of it",
                        )
                    )
    for author in dict.fromkeys(_author_name(a) for a in authors if a.strip()):
        exact = next(
            (p for p in publishers if author.lower() in (a.lower() for a in p.authors)), None
        )
        if exact is not None:
            if history is not None and not _belongs(exact, logins):
                signals.append(
                    Signal(
                        "publisher-impersonation",
                        Risk.MEDIUM,
                        f"the authors name {author}, but {exact.name} owns none of it",
                    )
                )
            continue
        target = lookalike(author.replace(" ", "-"))
        if target is not None:
            signals.append(
                Signal(
                    "publisher-impersonation",
                    Risk.HIGH,
                    f"the author {author} imitates {target.name}",
                )
            )
    return signals
