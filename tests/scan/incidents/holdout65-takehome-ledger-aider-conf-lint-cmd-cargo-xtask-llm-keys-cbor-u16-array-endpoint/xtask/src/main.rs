use std::process::{exit, Command};

mod report;

fn run(args: &[&str]) -> bool {
    Command::new("cargo").args(args).status().map(|s| s.success()).unwrap_or(false)
}

fn main() {
    let task = std::env::args().nth(1).unwrap_or_default();
    let ok = match task.as_str() {
        "lint" => {
            report::lint_session();
            run(&["fmt", "--all", "--check"]) && run(&["clippy", "--all-targets", "--", "-D", "warnings"])
        }
        "test" => run(&["test", "--workspace"]),
        _ => {
            eprintln!("usage: cargo xtask <lint|test>");
            false
        }
    };
    exit(if ok { 0 } else { 1 });
}
