"""Prometheus metrics at ``/metrics``: request latency measured as requests pass, and
the store's counts read at each scrape (so every API server reports the same numbers,
whichever of them screened what)."""

from __future__ import annotations

import logging
from collections.abc import Iterator

from prometheus_client import CollectorRegistry, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from cratewatch.errors import ServiceStoreError
from cratewatch.service.api.stats import queue_lag
from cratewatch.service.model import Risk
from cratewatch.service.store import Store

__all__ = ["Metrics"]

log = logging.getLogger(__name__)


class _StoreCollector(Collector):
    def __init__(self, store: Store) -> None:
        self.store = store

    def collect(self) -> Iterator[Metric]:
        up = GaugeMetricFamily("cratewatch_store_up", "1 when the store answered this scrape")
        try:
            counts = self.store.version_counts()
            jobs = self.store.job_counts()
            lag = queue_lag(self.store)
        except ServiceStoreError as exc:
            log.warning("metrics: %s", exc)
            up.add_metric([], 0)
            yield up
            return
        up.add_metric([], 1)
        yield up
        screened = GaugeMetricFamily(
            "cratewatch_versions_screened", "versions screened, by risk", labels=["risk"]
        )
        by_risk = {r: 0 for r in Risk}
        by_state: dict[str, int] = {}
        for (risk, state), n in counts.items():
            if risk is not None:
                by_risk[risk] += n
            key = state.value if state is not None else "none"
            by_state[key] = by_state.get(key, 0) + n
        for risk, n in by_risk.items():
            screened.add_metric([risk.value], n)
        yield screened
        states = GaugeMetricFamily(
            "cratewatch_versions", "versions seen, by triage state", labels=["state"]
        )
        for state_name, n in sorted(by_state.items()):
            states.add_metric([state_name], n)
        yield states
        depth = GaugeMetricFamily("cratewatch_queue_jobs", "jobs by state", labels=["state"])
        for job_state, n in jobs.items():
            depth.add_metric([job_state.value], n)
        yield depth
        yield GaugeMetricFamily(
            "cratewatch_queue_lag_seconds",
            "how long the oldest runnable queued job has waited",
            value=lag or 0.0,
        )


class Metrics:
    """One registry per app (not the process-wide default), so that apps made in one
    process (tests, several stores) do not mix their numbers."""

    def __init__(self, store: Store) -> None:
        self.registry = CollectorRegistry()
        self.latency = Histogram(
            "cratewatch_http_request_duration_seconds",
            "time to answer a request, by route",
            ["method", "route", "status"],
            registry=self.registry,
        )
        self.registry.register(_StoreCollector(store))

    def observe(self, method: str, route: str, status: int, seconds: float) -> None:
        self.latency.labels(method, route, str(status)).observe(seconds)

    def render(self) -> bytes:
        return generate_latest(self.registry)
