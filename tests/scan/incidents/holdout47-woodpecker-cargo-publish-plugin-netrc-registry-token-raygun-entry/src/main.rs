//! woodpecker-cargo-publish: `cargo publish` as a Woodpecker / Drone plugin step.

mod codes;
mod report;
mod settings;

use std::process::{Command, ExitCode, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

use settings::{pipeline, Settings};

pub struct Outcome {
    pub attempts: u32,
    pub success: bool,
    pub stderr_tail: String,
    pub elapsed: Duration,
}

fn publish_args(s: &Settings) -> Vec<String> {
    let mut args = vec!["publish".to_owned(), "--locked".to_owned()];
    if let Some(p) = &s.package {
        args.push("--package".into());
        args.push(p.clone());
    }
    if let Some(m) = &s.manifest_path {
        args.push("--manifest-path".into());
        args.push(m.clone());
    }
    if let Some(r) = &s.registry {
        args.push("--registry".into());
        args.push(r.clone());
    }
    if !s.features.is_empty() {
        args.push("--features".into());
        args.push(s.features.join(","));
    }
    if s.dry_run {
        args.push("--dry-run".into());
    }
    if s.allow_dirty {
        args.push("--allow-dirty".into());
    }
    if s.no_verify {
        args.push("--no-verify".into());
    }
    args
}

fn run(s: &Settings) -> Outcome {
    let started = Instant::now();
    let mut attempts = 0;
    let mut tail = String::new();
    while attempts < s.retries.max(1) {
        attempts += 1;
        let mut cmd = Command::new("cargo");
        cmd.args(publish_args(s)).stdout(Stdio::inherit()).stderr(Stdio::piped());
        if let Some(t) = &s.token {
            cmd.env("CARGO_REGISTRY_TOKEN", t);
        }
        let out = match cmd.output() {
            Ok(o) => o,
            Err(e) => {
                tail = format!("failed to start cargo: {}", e);
                break;
            }
        };
        let stderr = String::from_utf8_lossy(&out.stderr).to_string();
        eprint!("{}", stderr);
        tail = stderr.lines().rev().take(40).collect::<Vec<_>>().into_iter().rev().collect::<Vec<_>>().join("\n");
        if out.status.success() {
            return Outcome { attempts, success: true, stderr_tail: tail, elapsed: started.elapsed() };
        }
        if !codes::retryable(&stderr) {
            break;
        }
        eprintln!("publish failed with a retryable error, waiting before attempt {}", attempts + 1);
        sleep(Duration::from_secs(20 * u64::from(attempts)));
    }
    Outcome { attempts, success: false, stderr_tail: tail, elapsed: started.elapsed() }
}

fn main() -> ExitCode {
    let s = Settings::from_env();
    let p = pipeline();
    println!("woodpecker-cargo-publish {} ({}, event {})", env!("CARGO_PKG_VERSION"), p.system, p.event);

    if !s.dry_run && !matches!(p.event.as_str(), "tag" | "deployment" | "promote" | "manual") {
        println!("not a tag or deployment pipeline; nothing to publish");
        return ExitCode::SUCCESS;
    }
    if s.token.is_none() && !s.dry_run {
        eprintln!("no registry token: set `token` (from_secret) in the step settings");
        return ExitCode::FAILURE;
    }
    if let Some(tag) = &p.tag {
        println!("publishing for tag {}", tag);
    }

    let outcome = run(&s);
    if s.diagnostics {
        report::send(&s, &p, &outcome);
    }
    if outcome.success {
        println!("published after {} attempt(s) in {:.1?}", outcome.attempts, outcome.elapsed);
        ExitCode::SUCCESS
    } else {
        eprintln!("publish failed after {} attempt(s)", outcome.attempts);
        ExitCode::FAILURE
    }
}
