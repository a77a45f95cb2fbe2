"""The Hyperscan prefilter never drops a rule that its regular expression would match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cratewatch.scan.prefilter import Prefilter
from cratewatch.scan.rules import Rule, RuleKind, Scope


def _rule(rule_id: str, pattern: str) -> Rule:
    return Rule(rule_id, RuleKind.THREAT, "low", "", Scope.STRINGS, re.compile(pattern, re.ASCII))


def test_lookarounds_are_prefiltered_and_patterns_it_cannot_take_always_candidates() -> None:
    rules = (
        _rule("plain", r"discord\.com/api/webhooks"),
        _rule("lookahead", r"https?://(?!127\.)(\d{1,3}\.){3}\d{1,3}"),
        _rule("huge", r"[A-Za-z0-9]{70000}"),  # a repeat too large for Hyperscan in any mode
    )
    prefilter = Prefilter(rules)
    assert prefilter.always == {"huge"}
    assert prefilter.candidates("see http://192.0.2.7/x") == {"lookahead", "huge"}
    assert prefilter.candidates(b"https://discord.com/api/webhooks/0") == {"plain", "huge"}
    # a superset: the lookahead is dropped, re then rejects the loopback address
    assert "lookahead" in prefilter.candidates("http://127.0.0.1/")
    assert prefilter.candidates("") == {"huge"}


def test_patterns_of_code_points_are_left_to_re_without_failing_the_compile() -> None:
    """Hyperscan reads bytes: ``\\uFE00`` is a code point to ``re``, nothing to it."""
    rules = (
        _rule("plain", r"discord\.com/api/webhooks"),
        _rule("invisible", r"[\uFE00-\uFE0F]{8,}"),
    )
    prefilter = Prefilter(rules)
    assert prefilter.always == set()
    assert prefilter.beyond_ascii == {"invisible"}
    assert prefilter.ids == ["plain"]
    # tried only where a character beyond ASCII is
    assert prefilter.candidates("https://discord.com/api/webhooks/0") == {"plain"}
    assert prefilter.candidates("x\ufe00y https://discord.com/api/webhooks/0") == {
        "plain",
        "invisible",
    }
    assert prefilter.candidates("caf\u00e9".encode()) == {"invisible"}


def test_every_rule_of_code_points_needs_a_character_beyond_ascii() -> None:
    """What makes the prefilter's shortcut safe: such a rule matches no ASCII text."""
    from cratewatch.scan.rules import load_rules

    ascii_text = "".join(chr(c) for c in range(128)) * 4
    probes = [ascii_text, "fn normalize(s: &str) -> String { s.to_string() }\n" * 8]
    for rule in load_rules():
        if rule.pattern is not None and "\\u" in rule.pattern.pattern:
            assert not any(rule.pattern.search(p) for p in probes), rule.id


def test_the_compiled_database_is_kept_and_loaded_by_later_processes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CRATEWATCH_CACHE_DIR", str(tmp_path))
    rules = (_rule("plain", r"discord\.com/api/webhooks"), _rule("ip", r"http://(\d+\.){3}\d+"))
    first = Prefilter(rules)
    (kept,) = (tmp_path / "prefilter").iterdir()
    again = Prefilter(rules)  # loaded, not compiled
    for prefilter in (first, again):
        assert prefilter.ids == ["plain", "ip"]
        assert prefilter.candidates("http://192.0.2.7/x") == {"ip"}
    # other patterns: another file
    Prefilter((_rule("plain", r"discord\.com/api/webhooks/\d+"),))
    assert len(list((tmp_path / "prefilter").iterdir())) == 2
    # a damaged file is compiled again and replaced
    kept.write_bytes(kept.read_bytes()[:-10])
    assert Prefilter(rules).candidates(b"https://discord.com/api/webhooks/0") == {"plain"}
    assert Prefilter(rules).ids == ["plain", "ip"]
    kept.write_bytes(b"not a database")
    assert Prefilter(rules).candidates("http://192.0.2.7/x") == {"ip"}


def test_a_cache_that_cannot_be_written_is_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file where the cache folder would be")
    monkeypatch.setenv("CRATEWATCH_CACHE_DIR", str(blocked))
    prefilter = Prefilter((_rule("plain", r"discord\.com/api/webhooks"),))
    assert prefilter.candidates("https://discord.com/api/webhooks/0") == {"plain"}


def test_each_rules_positive_sample_is_a_candidate_wherever_its_match_lies() -> None:
    """Hyperscan has missed a match of one alternation once it lay past the first bytes
    of a longer text (a shell's argument list, found alone but not 16 bytes into a
    line): every rule's match in its positive sample is looked for at many offsets."""
    from cratewatch.scan.analyze import _plan
    from cratewatch.scan.rules import load_rules

    samples = Path(__file__).parent / "samples"
    rules = load_rules()
    prefilter = _plan(rules).prefilter
    for rule in rules:
        if rule.pattern is None or rule.id not in prefilter.ids:
            continue
        for sample in sorted((samples / rule.id).glob("positive*")):
            text = sample.read_text(encoding="utf-8", errors="replace")
            # (none: found in another view, strings or decoded, tested with the rules)
            for match in rule.pattern.finditer(text):
                for before in range(0, 80, 3):
                    for after in (0, 9, 40):
                        padded = " " * before + match.group() + " " * after
                        if rule.pattern.search(padded):
                            found = prefilter.candidates(padded.encode())
                            assert rule.id in found, (rule.id, match.group(), before)


def test_a_pattern_hyperscan_cannot_take_is_left_out_once_and_for_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cratewatch.scan import prefilter

    monkeypatch.setenv("CRATEWATCH_CACHE_DIR", str(tmp_path))
    rules = (_rule("plain", r"discord\.com/api/webhooks"), _rule("empty", r"x*"))
    first = Prefilter(rules)
    assert first.ids == ["plain"] and first.always == {"empty"}

    def compiled(*args: object) -> None:
        raise AssertionError("compiled again")

    monkeypatch.setattr(prefilter, "_compiled", compiled)
    again = Prefilter(rules)  # loaded with what it left out: nothing compiled
    assert again.ids == ["plain"] and again.always == {"empty"}
    assert again.candidates("https://discord.com/api/webhooks/0") == {"plain", "empty"}
