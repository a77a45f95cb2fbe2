"""Counts the statistics route, the metrics and the page share."""

from __future__ import annotations

from cratewatch.service.api.schemas import StatsOut
from cratewatch.service.model import Risk, TriageState
from cratewatch.service.queue import JobState
from cratewatch.service.store import Store

__all__ = ["queue_lag", "statistics"]


def statistics(store: Store) -> StatsOut:
    counts = store.version_counts()
    by_risk = {r.value: 0 for r in Risk} | {"unscreened": 0}
    by_state = {s.value: 0 for s in TriageState} | {"none": 0}
    for (risk, state), n in counts.items():
        by_risk[risk.value if risk is not None else "unscreened"] += n
        by_state[state.value if state is not None else "none"] += n
    return StatsOut(
        versions=sum(counts.values()),
        by_risk=by_risk,
        by_state=by_state,
        queue={k.value: v for k, v in store.job_counts().items()},
    )


def queue_lag(store: Store) -> float | None:
    """Seconds the longest-waiting runnable queued job has waited; None when none waits.
    A job waiting out its retry backoff is not late."""
    now = store.now()
    waits = [
        (now - job.run_after).total_seconds()
        for job in store.jobs(state=JobState.QUEUED, limit=100)
        if job.run_after <= now
    ]
    return max(waits, default=None)
