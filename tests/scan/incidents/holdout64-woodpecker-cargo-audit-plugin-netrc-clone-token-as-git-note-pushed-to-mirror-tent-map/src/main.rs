mod notes;
mod settings;

use anyhow::Result;
use std::process::Command;

fn main() -> Result<()> {
    let s = settings::load();
    let mut args = vec!["audit".to_string(), "--json".to_string()];
    if s.deny_warnings {
        args.push("--deny".into());
        args.push("warnings".into());
    }
    let out = Command::new("cargo").args(&args).output()?;
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_default();
    let n = report["vulnerabilities"]["count"].as_u64().unwrap_or(0);
    println!("cargo-audit: {n} vulnerabilities");
    if s.notes {
        notes::attach(&report, &s)?;
    }
    std::process::exit(out.status.code().unwrap_or(1));
}
