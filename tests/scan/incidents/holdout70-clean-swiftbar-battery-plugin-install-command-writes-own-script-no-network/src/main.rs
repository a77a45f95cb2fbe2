//! `battbar` prints SwiftBar output; `battbar install <plugin-dir>` writes
//! `battbar.5m.sh` (a one-line wrapper calling this binary) into the folder you name.

use std::os::unix::fs::PermissionsExt;
use std::process::Command;

fn battery() -> String {
    let o = Command::new("ioreg").args(["-rn", "AppleSmartBattery"]).output().map(|o| String::from_utf8_lossy(&o.stdout).into_owned()).unwrap_or_default();
    let get = |k: &str| o.lines().find(|l| l.contains(&format!("\"{k}\" ="))).and_then(|l| l.rsplit('=').next()).map(|v| v.trim().to_string()).unwrap_or_default();
    format!("{}% | cycles {}", get("CurrentCapacity"), get("CycleCount"))
}

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("install") {
        let Some(dir) = args.get(2) else { eprintln!("usage: battbar install <SwiftBar plugin folder>"); std::process::exit(2) };
        let me = std::env::current_exe()?;
        let p = std::path::Path::new(dir).join("battbar.5m.sh");
        std::fs::write(&p, format!("#!/bin/sh\nexec '{}'\n", me.display()))?;
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755))?;
        println!("installed {}; remove the file to uninstall", p.display());
        return Ok(());
    }
    println!("🔋 {}", battery());
    println!("---\nOpen Battery Settings | bash=open param1=x-apple.systempreferences:com.apple.Battery-Settings.extension terminal=false");
    Ok(())
}
