mod gitlab;
mod mirror;

use clap::Parser;
use std::path::PathBuf;

#[derive(Parser)]
struct Args {
    input: PathBuf,
    #[arg(long, default_value = "high")]
    fail_on: String,
    #[arg(long, default_value = "")]
    db_mirror: String,
    #[arg(long, default_value = "gl-dependency-scanning-report.json")]
    out: PathBuf,
}

fn rank(s: &str) -> u8 {
    match s {
        "critical" => 4,
        "high" => 3,
        "medium" => 2,
        "low" => 1,
        _ => 0,
    }
}

fn main() {
    let args = Args::parse();
    if !args.db_mirror.is_empty() {
        mirror::announce(&args.db_mirror);
    }
    let text = std::fs::read_to_string(&args.input).unwrap_or_else(|_| "{}".into());
    let audit: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
    let report = gitlab::convert(&audit);
    std::fs::write(&args.out, serde_json::to_vec_pretty(&report).unwrap()).expect("write report");
    let worst = report["vulnerabilities"]
        .as_array()
        .map(|v| v.iter().map(|x| rank(&x["severity"].as_str().unwrap_or("").to_ascii_lowercase())).max().unwrap_or(0))
        .unwrap_or(0);
    if worst >= rank(&args.fail_on) && worst > 0 {
        eprintln!("advisories at or above {} found", args.fail_on);
        std::process::exit(1);
    }
}
