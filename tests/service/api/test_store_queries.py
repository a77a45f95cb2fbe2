"""The store's queries the API added: tokens by secret and by id, counts by risk and
state, crate search, advisory summaries."""

from __future__ import annotations

from cratewatch.service.model import Published, Risk, Role, TriageState
from cratewatch.service.store import Store
from tests.service.api.support import Seeded
from tests.service.support import T0


def test_tokens_by_secret_and_by_id(store: Store) -> None:
    made = store.create_token("ci", Role.REVIEWER)
    found = store.find_token(made.secret)
    assert found is not None and (found.id, found.name, found.role) == (
        made.id,
        "ci",
        Role.REVIEWER,
    )
    assert store.find_token("cwt_unknown") is None
    store.revoke_token(made.id)
    assert store.find_token(made.secret) is None
    revoked = store.token(made.id)
    assert revoked is not None and revoked.revoked is not None
    assert store.token(made.id + 100) is None


def test_version_counts(store: Store, seeded: Seeded) -> None:
    store.record_event(Published("unscreened", "1.0.0", None, "rss", T0))
    counts = store.version_counts()
    assert counts[(Risk.CRITICAL, TriageState.NEEDS_REVIEW)] == 3
    assert counts[(Risk.NONE, TriageState.AUTO_CLEAN)] == 2
    assert counts[(None, None)] == 1
    assert sum(counts.values()) == 7


def test_search_crates(store: Store, seeded: Seeded) -> None:
    store.record_event(Published("my_util", "1.0.0", None, "rss", T0))
    assert store.search_crates("UTIL") == ("util", "my-util")  # the exact match first
    assert store.search_crates("my_u") == ("my-util",)
    assert store.search_crates("%") == () and store.search_crates("  ") == ()


def test_advisory_summaries(store: Store) -> None:
    store.save_advisory("RUSTSEC-2", {})
    store.save_advisory("RUSTSEC-1", {})
    store.set_exposures("RUSTSEC-2", [("a", "1.0.0"), ("b", "1.0.0")])
    assert store.advisory_summaries() == (("RUSTSEC-1", 0), ("RUSTSEC-2", 2))
