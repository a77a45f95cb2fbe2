//! Known on-access scanners, by process name.

use std::path::Path;
use std::process::Command;

pub struct Scanner {
    pub product: &'static str,
    pub process: String,
}

const KNOWN: [(&str, &str); 12] = [
    ("msmpeng.exe", "Microsoft Defender"),
    ("mssense.exe", "Microsoft Defender for Endpoint"),
    ("csfalconservice.exe", "CrowdStrike Falcon"),
    ("falcond", "CrowdStrike Falcon"),
    ("sentinelagent.exe", "SentinelOne"),
    ("sentineld", "SentinelOne"),
    ("avp.exe", "Kaspersky"),
    ("ekrn.exe", "ESET"),
    ("savservice.exe", "Sophos"),
    ("sophosscand", "Sophos"),
    ("clamd", "ClamAV (on-access)"),
    ("wdavdaemon", "Microsoft Defender for Endpoint (Linux/macOS)"),
];

fn process_names() -> Vec<String> {
    let out = if cfg!(windows) {
        Command::new("tasklist").args(["/fo", "csv", "/nh"]).output()
    } else {
        Command::new("ps").args(["-axo", "comm="]).output()
    };
    let Ok(out) = out else { return Vec::new() };
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| l.trim().trim_matches('"').split("\",\"").next().map(|n| n.rsplit('/').next().unwrap_or(n).to_lowercase()))
        .collect()
}

pub fn running() -> Vec<Scanner> {
    let names = process_names();
    let mut out: Vec<Scanner> = Vec::new();
    for (proc_name, product) in KNOWN {
        if names.iter().any(|n| n == proc_name) && !out.iter().any(|s| s.product == product) {
            out.push(Scanner { product, process: proc_name.to_string() });
        }
    }
    out
}

impl Scanner {
    /// What the user can do about it. Printed, never executed.
    pub fn advice(&self, target: &Path) -> Option<String> {
        match self.product {
            "Microsoft Defender" => Some(format!(
                "To exclude this project's target directory, run in an *elevated* PowerShell (review it first):\n\n    Add-MpPreference -ExclusionPath \"{}\"\n\nor move the project to a Dev Drive.",
                target.display()
            )),
            "ClamAV (on-access)" => Some(format!("Add `OnAccessExcludePath {}` to clamd.conf and reload clamd.", target.display())),
            _ => Some(format!("{} is managed centrally; ask your IT team to exclude {}.", self.product, target.display())),
        }
    }
}
