"""Scan rules through the policy step: levels and ignores from cratewatch.toml, with the
audit's reasons, expiry and diagnostics."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_audit_cli import assert_one_line_error, run

MANIFEST = '[package]\nname = "netprobe"\nversion = "0.1.0"\n'
# an SSH key read and a webhook: collection and exfiltration, judged malicious
STEALER = 'pub fn go() { let _ = std::fs::read("/home/u/.ssh/id_rsa"); }\n'
WEBHOOK = 'pub const HOOK: &str = "https://discord.com/api/webhooks/0/EXAMPLE";\n'


def _project(root: Path, config: str) -> Path:
    crate = root / "netprobe"
    (crate / "src").mkdir(parents=True)
    (crate / "Cargo.toml").write_text(MANIFEST)
    (crate / "src" / "lib.rs").write_text(STEALER)
    (crate / "src" / "hook.rs").write_text(WEBHOOK)
    (root / "cratewatch.toml").write_text(config)
    return crate


def _scan(crate: Path, *flags: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    result = run("scan", crate, "--format", "json", *flags)
    return result.exit_code, json.loads(result.stdout)


def test_without_a_policy_the_crate_is_malicious(tmp_path: Path) -> None:
    code, doc = _scan(_project(tmp_path, ""))
    assert code == 1 and doc["crates"][0]["verdict"] == "malicious"


def test_an_ignore_for_the_crate_takes_the_rule_out_of_the_verdict(tmp_path: Path) -> None:
    crate = _project(
        tmp_path,
        '[[scan.ignore]]\nrule = "threat-discord-webhook"\ncrate = "netprobe"\n'
        'reason = "our own alerting hook"\n',
    )
    code, doc = _scan(crate)
    [entry] = doc["crates"]
    assert code == 0 and entry["verdict"] == "suspicious"
    hook = [f for f in entry["findings"] if f["rule"] == "threat-discord-webhook"]
    assert hook and all(f["ignored"] == "our own alerting hook" for f in hook)
    assert doc["diagnostics"] == []
    # the same file from the parent folder, and with --no-config
    assert _scan(crate, "--no-config")[1]["crates"][0]["verdict"] == "malicious"


def test_an_ignore_for_another_crate_does_nothing_and_is_reported(tmp_path: Path) -> None:
    crate = _project(
        tmp_path,
        '[[scan.ignore]]\nrule = "threat-discord-webhook"\ncrate = "other"\nreason = "x"\n',
    )
    code, doc = _scan(crate)
    assert code == 1 and doc["crates"][0]["verdict"] == "malicious"
    [diagnostic] = doc["diagnostics"]
    assert diagnostic["code"] == "ignore-unused" and diagnostic["level"] == "warn"


def test_an_expired_ignore_counts_again(tmp_path: Path) -> None:
    crate = _project(
        tmp_path,
        '[[scan.ignore]]\nrule = "threat-discord-webhook"\nreason = "x"\nuntil = 2020-01-01\n',
    )
    code, doc = _scan(crate)
    assert code == 1 and doc["crates"][0]["verdict"] == "malicious"
    [diagnostic] = doc["diagnostics"]
    assert diagnostic["code"] == "ignore-expired"
    assert "reported again" in diagnostic["message"]


def test_levels(tmp_path: Path) -> None:
    allowed = _project(
        tmp_path / "a",
        '[scan.levels]\nthreat-discord-webhook = "allow"\nthreat-credential-store = "allow"\n',
    )
    code, doc = _scan(allowed)
    assert code == 0 and doc["crates"][0]["verdict"] == "clean"
    denied = _project(
        tmp_path / "d",
        '[scan]\nfail-on = "malicious"\n[scan.levels]\nthreat-discord-webhook = "allow"\n'
        'threat-credential-store = "deny"\n',
    )
    code, doc = _scan(denied)
    [entry] = doc["crates"]
    assert entry["verdict"] == "suspicious" and entry["denied"] == ["threat-credential-store"]
    assert code == 1  # a denied rule fails the run below the failing verdict


def test_fail_on_from_the_configuration_and_the_flag_over_it(tmp_path: Path) -> None:
    crate = _project(
        tmp_path,
        '[scan]\nfail-on = "suspicious"\n[scan.levels]\nthreat-discord-webhook = "allow"\n',
    )
    assert _scan(crate)[0] == 1
    assert _scan(crate, "--fail-on", "malicious")[0] == 0


def test_bad_scan_configuration_is_a_usage_error(tmp_path: Path) -> None:
    for config, fragment in (
        ('[scan.levels]\nthreat-discord-webhok = "allow"\n', "did you mean threat-discord-webhook"),
        ('[[scan.ignore]]\nrule = "threat-discord-webhook"\n', "reason"),
        ('[[scan.ignore]]\nreason = "x"\n', "'rule' (a scan rule) is required"),
        ('[scan]\nfail-on = "clean"\n', "scan.fail-on"),
        ('[scan]\nfailon = "malicious"\n', "unknown key"),
    ):
        crate = _project(tmp_path / str(abs(hash(config))), config)
        assert_one_line_error(run("scan", crate), 2, "cratewatch.toml", fragment)
