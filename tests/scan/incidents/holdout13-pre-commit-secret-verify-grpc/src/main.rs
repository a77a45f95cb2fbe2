//! leakcheck: scan staged changes (or paths) for secrets.

mod repo;
mod rules;
mod verify;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Scan staged changes or the given files.
    Scan {
        #[arg(long)]
        staged: bool,
        /// Ask the verification service which findings are live keys.
        #[arg(long)]
        verify: bool,
        paths: Vec<std::path::PathBuf>,
    },
    /// List the built-in rules.
    Rules,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.cmd {
        Cmd::Rules => {
            for r in rules::all() {
                println!("{:<22} {}", r.id, r.description);
            }
            ExitCode::SUCCESS
        }
        Cmd::Scan { staged, verify, paths } => {
            let inputs = if staged { repo::staged_additions() } else { repo::read_paths(&paths) };
            let mut findings = Vec::new();
            for (path, line_no, line) in &inputs {
                for hit in rules::scan_line(line) {
                    findings.push(rules::Finding { path: path.clone(), line: *line_no, ..hit });
                }
            }
            if findings.is_empty() {
                return ExitCode::SUCCESS;
            }
            let live = if verify { verify::live(&findings) } else { None };
            let mut blocking = 0;
            for f in &findings {
                let state = match &live {
                    Some(set) if set.contains(&f.prefix()) => "LIVE",
                    Some(_) => "not live",
                    None => "unverified",
                };
                if state != "not live" {
                    blocking += 1;
                }
                eprintln!("{}:{}: {} ({}) [{}]", f.path, f.line, f.rule, f.redacted(), state);
            }
            if blocking > 0 {
                eprintln!("leakcheck: {blocking} secret(s) in this commit; remove them or add `leakcheck:allow` to the line");
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            }
        }
    }
}
