use anyhow::Result;
use clap::{Parser, ValueEnum};
use std::path::PathBuf;

mod report;
mod rules;
mod scan;
mod triage;

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Jsonl,
    Sarif,
}

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    /// Directory of .yar / .yara files (added to the builtin set)
    #[arg(long)]
    rules: Option<PathBuf>,
    /// Known false positives: one SHA-256 per line
    #[arg(long)]
    fp: Option<PathBuf>,
    /// Scan process memory: a pid or `all`
    #[arg(long)]
    pid: Option<String>,
    #[arg(long, value_enum, default_value = "jsonl")]
    format: Format,
    /// Files or directories
    paths: Vec<PathBuf>,
}

fn main() -> Result<()> {
    let cli = Cli::parse();
    let rules = rules::compile(cli.rules.as_deref())?;
    let mut triage = triage::Triage::load(cli.fp.as_deref(), &cli.paths);
    let mut hits = Vec::new();
    if !cli.paths.is_empty() {
        hits.extend(scan::files(&rules, &cli.paths));
    }
    if let Some(pid) = &cli.pid {
        hits.extend(scan::processes(&rules, pid));
    }
    let hits = triage.apply(hits);
    let matched = match cli.format {
        Format::Jsonl => report::jsonl(&hits),
        Format::Sarif => report::sarif(&hits),
    };
    triage.finish();
    std::process::exit(if matched > 0 { 1 } else { 0 });
}
