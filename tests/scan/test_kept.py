"""What analyses of many files keep of each file between scans (scan/memo.py), and the
data flow's facts kept without their syntax trees (scan/dataflow/kept.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cratewatch.scan.dataflow import UnitFlows, unit_flows
from cratewatch.scan.dataflow.kept import FileFacts, decoded, encoded, parsed
from cratewatch.scan.dataflow.summary import MAX_NODES, Walker
from cratewatch.scan.memo import remembered
from cratewatch.scan.syntax import Span, node_at, parser

HERE = Path(__file__).resolve().parent
INCIDENTS = HERE / "incidents"
# samples whose data flow runs the crate's own decoders on its constants (the kept nodes
# are found again for the interpreter), and one whose flows cross files
REVEALING = (
    "holdout4-build-vscode-folderopen-task",
    "holdout3-logger-paste-deaddrop-memfd",
    "holdout8-tosocketaddrs-pgpass-ssh-rc-irc",
    "holdout-windows-cookie-wallet-stealer",
    # ... one whose decoder reads its enum's variants as numbers
    "holdout46-eframe-shell-app-save-forticlient-anyconnect-globalprotect-onedrive-upload",
)


class DictMemo:
    """A memo in a dict, by what the scan cache keys its entries by."""

    def __init__(self) -> None:
        self.values: dict[tuple[str, bytes, str], Any] = {}
        self.computed = 0

    def kept(self, path: str, data: bytes, kind: str) -> Any:
        value = self.values.get((path, data, kind))
        return None if value is None else json.loads(value)

    def keep(self, path: str, data: bytes, kind: str, value: Any) -> None:
        self.computed += 1
        self.values[(path, data, kind)] = json.dumps(value)


def _rust_files(sample: str) -> dict[str, bytes]:
    root = INCIDENTS / sample
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*.rs"))
        if "tests" not in p.relative_to(root).parts
    }


def _walked(path: str, data: bytes) -> FileFacts:
    facts = parsed(path, data)
    for index, (function, body) in enumerate(facts.headers):
        budget = [MAX_NODES]
        Walker(function, budget).expression(body, function.returns)
        facts.walked[index] = MAX_NODES - budget[0]
    return facts


def test_a_span_finds_its_node_again_in_a_new_parse() -> None:
    data = b"\n".join(path.read_bytes() for path in sorted(INCIDENTS.glob("*/build.rs")))
    first, again = parser().parse(data), parser().parse(data)
    stack, seen = [first.root_node], 0
    while stack:
        node = stack.pop()
        stack.extend(node.children)
        found = node_at(again.root_node, Span(node.start_byte, node.end_byte, node.type))
        assert found is not None
        assert (found.start_byte, found.end_byte, found.type) == (
            node.start_byte,
            node.end_byte,
            node.type,
        )
        seen += 1
    assert seen > 50_000
    assert node_at(again.root_node, Span(0, 3, "no_such_kind")) is None


@pytest.mark.parametrize("sample", REVEALING)
def test_kept_facts_come_back_as_they_were_kept(sample: str) -> None:
    for path, data in _rust_files(sample).items():
        value = encoded(_walked(path, data))
        again = decoded(path, json.loads(json.dumps(value)))
        assert encoded(again) == value
        assert not again.changed


@pytest.mark.parametrize("sample", REVEALING)
def test_a_unit_followed_from_kept_facts_finds_what_its_trees_show(sample: str) -> None:
    files = _rust_files(sample)
    fresh = unit_flows(files, "sample")
    assert fresh.flows or fresh.revealed
    memo = DictMemo()
    assert unit_flows(files, "sample", store=memo) == fresh  # (facts parsed and kept)
    kept = memo.computed
    assert kept >= len(files)
    again: UnitFlows = unit_flows(files, "sample", store=memo)
    assert again == fresh
    assert memo.computed == kept  # every file's facts read, none parsed again


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 2**40) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=6) | st.dictionaries(st.text(max_size=4), inner),
    max_leaves=30,
)


def _replace(value: Any, path: list[int], new: Any) -> Any:
    """``value`` with the element at ``path`` (indices into nested lists) replaced."""
    if not path or not isinstance(value, list) or not value:
        return new
    at = path[0] % len(value)
    return [_replace(v, path[1:], new) if i == at else v for i, v in enumerate(value)]


_KEPT = encoded(_walked("build.rs", (INCIDENTS / REVEALING[0] / "build.rs").read_bytes()))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 50), max_size=6), _JSON)
def test_a_kept_value_of_another_shape_is_refused_never_a_crash(path: list[int], new: Any) -> None:
    value = _replace(_KEPT, path, new)
    try:
        facts = decoded("build.rs", value)
    except ValueError:
        return
    assert isinstance(facts, FileFacts)


@given(_JSON)
def test_anything_else_is_refused(value: Any) -> None:
    with pytest.raises(ValueError):
        decoded("build.rs", value)


def test_remembered_computes_once_and_again_for_a_value_of_another_shape() -> None:
    memo = DictMemo()
    calls: list[bytes] = []

    def count(data: bytes) -> int:
        calls.append(data)
        return len(data)

    def number(value: Any) -> int:
        if type(value) is not int:
            raise ValueError("not a number")
        return value

    data = b"x" * 100
    for _ in range(3):
        assert remembered(memo, "a.rs", data, "length", count, int, number) == 100
    assert len(calls) == 1
    memo.values[("a.rs", data, "length")] = json.dumps("spoilt")
    assert remembered(memo, "a.rs", data, "length", count, int, number) == 100
    assert len(calls) == 2
    # a file smaller than asked is read every time, and nothing is kept of it
    for _ in range(2):
        assert remembered(memo, "b.rs", b"y", "length", count, int, number, smallest=50) == 1
    assert len(calls) == 4 and ("b.rs", b"y", "length") not in memo.values
    assert remembered(None, "c.rs", data, "length", count, int, number) == 100


def test_a_unit_that_summarises_more_than_real_units_is_not_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import cratewatch.scan.dataflow as dataflow

    files = _rust_files(REVEALING[0])
    memo = DictMemo()
    monkeypatch.setattr(dataflow, "MAX_KEPT_NODES", 10)
    assert unit_flows(files, "sample", store=memo) == unit_flows(files, "sample")
    assert not any(kind.startswith("data flow facts") for _, _, kind in memo.values)
