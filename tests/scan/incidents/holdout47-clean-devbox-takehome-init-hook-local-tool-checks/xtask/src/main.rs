//! `cargo xtask doctor` / `cargo xtask ci`.

use std::process::{Command, ExitCode, Stdio};

struct Tool {
    name: &'static str,
    cmd: &'static str,
    args: &'static [&'static str],
    hint: &'static str,
}

const TOOLS: &[Tool] = &[
    Tool { name: "rustc", cmd: "rustc", args: &["--version"], hint: "devbox shell installs rustup" },
    Tool { name: "clippy", cmd: "cargo", args: &["clippy", "--version"], hint: "rustup component add clippy" },
    Tool { name: "rustfmt", cmd: "cargo", args: &["fmt", "--version"], hint: "rustup component add rustfmt" },
    Tool { name: "redis", cmd: "redis-server", args: &["--version"], hint: "devbox add redis@7" },
];

fn version(t: &Tool) -> Option<String> {
    let out = Command::new(t.cmd).args(t.args).stderr(Stdio::null()).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).lines().next().unwrap_or_default().to_owned())
}

fn doctor() -> ExitCode {
    let mut missing = 0;
    for t in TOOLS {
        match version(t) {
            Some(v) => println!("  ok      {:<8} {}", t.name, v),
            None => {
                missing += 1;
                println!("  missing {:<8} ({})", t.name, t.hint);
            }
        }
    }
    if std::env::var_os("REDIS_URL").is_none() {
        println!("  note    REDIS_URL is unset; run inside `devbox shell`");
    }
    if missing == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}

fn run(args: &[&str]) -> bool {
    println!("$ cargo {}", args.join(" "));
    Command::new("cargo").args(args).status().map(|s| s.success()).unwrap_or(false)
}

fn ci() -> ExitCode {
    let ok = run(&["fmt", "--all", "--check"])
        && run(&["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"])
        && run(&["test", "--workspace"]);
    if ok { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}

fn main() -> ExitCode {
    match std::env::args().nth(1).as_deref() {
        Some("doctor") => doctor(),
        Some("ci") => ci(),
        _ => {
            eprintln!("usage: cargo xtask <doctor|ci>");
            ExitCode::FAILURE
        }
    }
}
