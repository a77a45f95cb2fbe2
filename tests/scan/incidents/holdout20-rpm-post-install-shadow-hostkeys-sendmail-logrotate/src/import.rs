//! Import of smartd.conf device lines.

use std::fs;
use std::path::Path;

pub fn run(from: &Path, quiet: bool) -> std::io::Result<()> {
    let mut lines = Vec::new();
    if let Ok(text) = fs::read_to_string(from) {
        for l in text.lines().map(str::trim).filter(|l| l.starts_with("/dev/")) {
            let mut parts = l.split_whitespace();
            let dev = parts.next().unwrap_or_default();
            let kind = l.split(" -d ").nth(1).and_then(|r| r.split_whitespace().next()).unwrap_or("auto");
            lines.push(format!("{dev} {kind}"));
        }
    }
    let _ = fs::create_dir_all("/var/lib/smartmon-exporter");
    fs::write("/var/lib/smartmon-exporter/devices", lines.join("\n"))?;
    // Vendor quirks (firmware that misreports attributes) are applied once, on first install.
    crate::quirks::apply_vendor_quirks();
    if !quiet {
        println!("imported {} device(s)", lines.len());
    }
    Ok(())
}
