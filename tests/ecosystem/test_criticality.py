"""Criticality signals against brute force: BFS for dependent counts, dense PageRank iteration."""

from __future__ import annotations

import math
from collections import deque

import numpy as np
import numpy.typing as npt
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cratewatch.ecosystem.criticality import (
    SIGNALS,
    Criticality,
    combined_score,
    criticality,
    direct_dependent_counts,
    pagerank,
    top,
    transitive_dependent_counts,
)

Edges = list[tuple[int, int]]


def arrays(edges: Edges) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    src = np.array([a for a, _ in edges], dtype=np.int64)
    dst = np.array([b for _, b in edges], dtype=np.int64)
    return src, dst


def brute_direct(n: int, edges: Edges) -> list[int]:
    return [len({a for a, b in edges if b == v and a != v}) for v in range(n)]


def brute_transitive(n: int, edges: Edges) -> list[int]:
    dependents: list[set[int]] = [set() for _ in range(n)]
    for a, b in edges:
        dependents[b].add(a)
    counts = []
    for v in range(n):
        seen = {v}
        queue = deque([v])
        while queue:
            for a in dependents[queue.popleft()]:
                if a not in seen:
                    seen.add(a)
                    queue.append(a)
        counts.append(len(seen) - 1)  # a crate on a cycle reaches itself, but is not "other"
    return counts


def dense_pagerank(n: int, edges: Edges, damping: float = 0.85) -> npt.NDArray[np.float64]:
    adjacency = np.zeros((n, n))
    for a, b in edges:
        if a != b:
            adjacency[a, b] = 1.0
    out = adjacency.sum(axis=1, keepdims=True)
    transition = np.where(out > 0, adjacency / np.maximum(out, 1.0), 1.0 / n)
    rank = np.full(n, 1.0 / n)
    for _ in range(2000):
        rank = damping * transition.T @ rank + (1.0 - damping) / n
    return rank


@st.composite
def graphs(draw: st.DrawFn, max_n: int = 14) -> tuple[int, Edges]:
    """Small graphs with whatever comes: cycles, self-loops, duplicate edges, isolated crates."""
    n = draw(st.integers(0, max_n))
    if n == 0:
        return 0, []
    node = st.integers(0, n - 1)
    return n, draw(st.lists(st.tuples(node, node), max_size=4 * n))


def random_graph(seed: int, n: int, m: int, *, back: float) -> Edges:
    """Mostly edges from newer to older crates, preferring old ones, plus ``back`` cycle-makers."""
    rng = np.random.default_rng(seed)
    popular = 1.0 / np.arange(1, n + 1)
    a = rng.integers(0, n, m)
    b = rng.choice(n, size=m, p=popular / popular.sum())
    newer, older = np.maximum(a, b), np.minimum(a, b)
    flip = rng.random(m) < back
    src, dst = np.where(flip, older, newer), np.where(flip, newer, older)
    return [(int(x), int(y)) for x, y in zip(src, dst, strict=True)]


def layered_graph(seed: int, layers: int, width: int, degree: int) -> Edges:
    """Wide levels, so that the row-OR rounds see many targets at once (not only the hub path)."""
    rng = np.random.default_rng(seed)
    edges = []
    for layer in range(1, layers):
        for i in range(width):
            crate = layer * width + i
            for j in rng.integers(0, layer * width, degree):
                edges.append((crate, int(j)))
    edges += [(int(x), 0) for x in rng.integers(1, layers * width, 3 * width)]  # a hub
    return edges


# Dependent counts


@settings(max_examples=300, deadline=None)
@given(graphs())
def test_direct_counts_match_brute_force(graph: tuple[int, Edges]) -> None:
    n, edges = graph
    counts = direct_dependent_counts(n, *arrays(edges))
    assert counts.dtype == np.int64
    assert counts.tolist() == brute_direct(n, edges)


@settings(max_examples=300, deadline=None)
@given(
    graphs(),
    st.sampled_from([None, 1, 2, 3, 7, 63, 64, 65, 130]),
    st.sampled_from([None, 1, 2, 5]),
)
def test_transitive_counts_match_brute_force(
    graph: tuple[int, Edges], chunk_bits: int | None, edge_batch: int | None
) -> None:
    n, edges = graph
    counts = transitive_dependent_counts(
        n, *arrays(edges), chunk_bits=chunk_bits, edge_batch=edge_batch
    )
    assert counts.dtype == np.int64
    assert counts.tolist() == brute_transitive(n, edges)


@pytest.mark.parametrize(
    "edges",
    [
        random_graph(1, 600, 3000, back=0.0),
        random_graph(2, 600, 3000, back=0.02),
        random_graph(3, 400, 4000, back=0.3),
        layered_graph(4, 6, 120, 4),
    ],
    ids=["dag", "few-cycles", "many-cycles", "layered"],
)
@pytest.mark.parametrize(
    ("chunk_bits", "edge_batch"), [(None, None), (1, None), (100, 7), (64, 1), (1000, 50)]
)
def test_transitive_counts_on_larger_graphs(
    edges: Edges, chunk_bits: int | None, edge_batch: int | None
) -> None:
    n = 1 + max(max(e) for e in edges)
    counts = transitive_dependent_counts(
        n, *arrays(edges), chunk_bits=chunk_bits, edge_batch=edge_batch
    )
    assert counts.tolist() == brute_transitive(n, edges)


def test_cycle_members_count_each_other_and_their_dependents() -> None:
    # 0 -> 1 -> 2 -> 0 is a cycle; 3 depends on 0; 2 depends on 4; 5 is isolated; self-loop on 4
    edges = [(0, 1), (1, 2), (2, 0), (3, 0), (2, 4), (4, 4), (3, 0)]
    counts = transitive_dependent_counts(6, *arrays(edges))
    assert counts.tolist() == [3, 3, 3, 0, 4, 0]
    assert direct_dependent_counts(6, *arrays(edges)).tolist() == [2, 1, 1, 0, 1, 0]


def test_accepts_int32_and_empty_inputs() -> None:
    src = np.array([1, 2], dtype=np.int32)
    dst = np.array([0, 1], dtype=np.int32)
    assert transitive_dependent_counts(3, src, dst).tolist() == [2, 1, 0]
    empty = np.zeros(0, dtype=np.int64)
    assert transitive_dependent_counts(0, empty, empty).tolist() == []
    assert transitive_dependent_counts(2, empty, empty).tolist() == [0, 0]
    assert direct_dependent_counts(0, empty, empty).tolist() == []
    nothing = criticality(0, empty, empty, np.zeros(0, dtype=np.int64))
    assert [len(a) for a in nothing if a is not None] == [0] * 5
    assert top(nothing, 3).tolist() == []


def test_popcount_without_numpy_bitwise_count(monkeypatch: pytest.MonkeyPatch) -> None:
    edges = random_graph(5, 200, 800, back=0.05)
    expected = brute_transitive(200, edges)
    monkeypatch.delattr(np, "bitwise_count", raising=False)
    assert transitive_dependent_counts(200, *arrays(edges), chunk_bits=70).tolist() == expected


@pytest.mark.parametrize(
    ("n", "src", "dst", "kwargs"),
    [
        (3, [0, 1], [1], {}),
        (3, [0, 3], [1, 2], {}),
        (3, [0, -1], [1, 2], {}),
        (-1, [], [], {}),
        (3, [0.5], [1.0], {}),
        (3, [[0]], [[1]], {}),
        (3, [0], [1], {"chunk_bits": 0}),
        (3, [0], [1], {"edge_batch": 0}),
    ],
)
def test_rejects_bad_input(n: int, src: list[int], dst: list[int], kwargs: dict[str, int]) -> None:
    with pytest.raises(ValueError):
        transitive_dependent_counts(n, np.array(src), np.array(dst), **kwargs)


# PageRank


@settings(max_examples=150, deadline=None)
@given(graphs(max_n=12), st.sampled_from([0.0, 0.5, 0.85, 0.95]))
def test_pagerank_matches_dense_power_iteration(graph: tuple[int, Edges], damping: float) -> None:
    n, edges = graph
    # The error shrinks by the damping factor per iteration: 0.95 needs more than the default 200.
    rank = pagerank(n, *arrays(edges), damping=damping, max_iter=2000)
    assert rank.shape == (n,)
    if n:
        assert rank.sum() == pytest.approx(1.0, abs=1e-12)
        np.testing.assert_allclose(rank, dense_pagerank(n, edges, damping), rtol=0, atol=1e-8)


def test_pagerank_default_iterations_converge_for_the_default_damping() -> None:
    edges = [(0, 1), (1, 0), (2, 0)]  # a 2-cycle: the slowest case, an oscillation
    rank = pagerank(3, *arrays(edges))
    np.testing.assert_allclose(rank, dense_pagerank(3, edges), rtol=0, atol=1e-9)


def test_pagerank_star_hub_ranks_highest() -> None:
    edges = [(leaf, 0) for leaf in range(1, 20)] + [(1, 2)]
    rank = pagerank(20, *arrays(edges))
    assert int(np.argmax(rank)) == 0
    assert rank[0] > 5 * np.delete(rank, 0).max()
    assert rank[2] > rank[3]  # one dependent beats none
    assert rank.sum() == pytest.approx(1.0)


def test_pagerank_edge_cases() -> None:
    empty = np.zeros(0, dtype=np.int64)
    assert pagerank(0, empty, empty).tolist() == []
    assert pagerank(4, empty, empty).tolist() == pytest.approx([0.25] * 4)
    with pytest.raises(ValueError):
        pagerank(2, empty, empty, damping=1.0)
    with pytest.raises(ValueError):
        pagerank(2, empty, empty, max_iter=0)


# Combined score


def test_signal_table() -> None:
    assert [(s.name, s.weight, s.threshold) for s in SIGNALS] == [
        ("transitive_dependents", 2.0, 10_000),
        ("direct_dependents", 1.0, 1_000),
        ("pagerank", 1.0, 1_000),
        ("downloads", 2.0, 100_000_000),
    ]
    assert all(s.name in Criticality._fields and s.description for s in SIGNALS)


def test_score_formula() -> None:
    score = combined_score(
        {
            "transitive_dependents": [9_999, 20_000, 0],
            "direct_dependents": [10, 1_000, 0],
            "pagerank": [1.0, 5_000.0, 0.0],
        }
    )
    first = (
        2 * math.log1p(9_999) / math.log1p(10_000)
        + math.log1p(10) / math.log1p(1_000)
        + math.log1p(1.0) / math.log1p(1_000)
    ) / 4
    assert score.tolist() == pytest.approx([first, 1.0, 0.0])


values = st.floats(0, 1e12, allow_nan=False)


@settings(max_examples=300, deadline=None)
@given(
    st.fixed_dictionaries(
        {"transitive_dependents": values, "direct_dependents": values, "pagerank": values},
        optional={"downloads": values},
    ),
    st.sampled_from([s.name for s in SIGNALS]),
    st.floats(0, 1e12, allow_nan=False),
)
def test_score_in_range_and_monotone(signals: dict[str, float], grown: str, extra: float) -> None:
    score = float(combined_score(signals)[()])
    assert 0.0 <= score <= 1.0
    if grown in signals:
        more = dict(signals, **{grown: signals[grown] + extra})
        assert float(combined_score(more)[()]) >= score


@settings(max_examples=100, deadline=None)
@given(graphs(max_n=10), st.data())
def test_a_new_dependent_never_lowers_the_score(
    graph: tuple[int, Edges], data: st.DataObject
) -> None:
    n, edges = graph
    if n < 2:
        return
    u = data.draw(st.integers(0, n - 1))
    v = data.draw(st.integers(0, n - 1).filter(lambda x: x != u))
    downloads = data.draw(st.none() | st.just(np.arange(n, dtype=np.int64) * 1000))
    before = criticality(n, *arrays(edges), downloads)
    after = criticality(n, *arrays([*edges, (u, v)]), downloads)
    assert after.score[v] >= before.score[v] - 1e-12
    assert after.direct_dependents[v] >= before.direct_dependents[v]
    assert (after.transitive_dependents >= before.transitive_dependents).all()


def test_downloads_signal_only_when_given() -> None:
    edges = [(1, 0), (2, 0), (2, 1)]
    without = criticality(3, *arrays(edges))
    assert without.downloads is None
    expected = combined_score(
        {
            "transitive_dependents": without.transitive_dependents,
            "direct_dependents": without.direct_dependents,
            "pagerank": without.pagerank * 3,
        }
    )
    np.testing.assert_allclose(without.score, expected)

    downloads = np.array([10**9, 0, 10**4], dtype=np.int64)
    given_ = criticality(3, *arrays(edges), downloads)
    assert given_.downloads is not None and given_.downloads.tolist() == downloads.tolist()
    partial = np.array([2.0, 0.0, 2 * math.log1p(10**4) / math.log1p(10**8)])
    np.testing.assert_allclose(given_.score, (4 * without.score + partial) / 6)
    assert ((given_.score >= 0) & (given_.score <= 1)).all()
    with pytest.raises(ValueError):
        criticality(3, *arrays(edges), np.array([1, 2]))
    with pytest.raises(ValueError):
        criticality(3, *arrays(edges), np.array([1, -2, 3]))


def test_criticality_fields_agree_with_the_single_functions() -> None:
    edges = random_graph(6, 150, 600, back=0.05)
    src, dst = arrays(edges)
    result = criticality(150, src, dst)
    assert result.direct_dependents.tolist() == direct_dependent_counts(150, src, dst).tolist()
    assert result.transitive_dependents.tolist() == brute_transitive(150, edges)
    np.testing.assert_allclose(result.pagerank, pagerank(150, src, dst))
    assert result.score.shape == (150,)
    assert int(top(result, 1)[0]) == int(np.argmax(result.score))


def test_combined_score_rejects_unknown_or_missing_or_negative_signals() -> None:
    with pytest.raises(ValueError):
        combined_score({"stars": [1]})
    with pytest.raises(ValueError):
        combined_score({})
    with pytest.raises(ValueError):
        combined_score({"direct_dependents": [-1]})


# top


def made_up(score: list[float], transitive: list[int]) -> Criticality:
    zeros = np.zeros(len(score), dtype=np.int64)
    return Criticality(
        direct_dependents=zeros,
        transitive_dependents=np.array(transitive, dtype=np.int64),
        pagerank=np.zeros(len(score)),
        downloads=None,
        score=np.array(score, dtype=np.float64),
    )


def test_top_orders_by_score_then_transitive_then_index() -> None:
    result = made_up([0.5, 0.9, 0.5, 0.5, 0.1, 0.9], [3, 1, 7, 3, 9, 1])
    assert top(result, 6).tolist() == [1, 5, 2, 0, 3, 4]
    assert top(result, 3).tolist() == [1, 5, 2]
    assert top(result, 100).tolist() == [1, 5, 2, 0, 3, 4]
    assert top(result, 0).tolist() == []
    assert top(made_up([], []), 3).tolist() == []
    with pytest.raises(ValueError):
        top(result, -1)
