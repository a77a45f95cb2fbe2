//! onion-up --port 8080 [--torrc /etc/tor/torrc] [--yes]
//!
//! Adds a HiddenServiceDir/HiddenServicePort block for 127.0.0.1:<port> to torrc. Shows the exact
//! lines, asks before writing (unless --yes), keeps torrc.bak, runs `tor --verify-config`, reloads
//! the tor service, then reads the hostname file tor generated. The service keys are created and
//! kept by tor itself in /var/lib/tor/onion-up/ (0700); this tool never reads or copies them.

use std::io::Write;
use std::process::Command;

fn main() -> anyhow::Result<()> {
    let a: Vec<String> = std::env::args().collect();
    let port: u16 = a.iter().position(|x| x == "--port").and_then(|i| a.get(i + 1)).and_then(|p| p.parse().ok()).unwrap_or(8080);
    let torrc = a.iter().position(|x| x == "--torrc").and_then(|i| a.get(i + 1)).cloned().unwrap_or("/etc/tor/torrc".into());
    let dir = "/var/lib/tor/onion-up";
    let block = format!("\n# added by onion-up\nHiddenServiceDir {dir}/\nHiddenServicePort 80 127.0.0.1:{port}\n");
    let current = std::fs::read_to_string(&torrc)?;
    if current.contains(&format!("HiddenServiceDir {dir}/")) {
        println!("already configured");
    } else {
        println!("will append to {torrc}:{block}");
        if !a.iter().any(|x| x == "--yes") {
            print!("proceed? [y/N] ");
            std::io::stdout().flush()?;
            let mut s = String::new();
            std::io::stdin().read_line(&mut s)?;
            anyhow::ensure!(s.trim().eq_ignore_ascii_case("y"), "aborted");
        }
        std::fs::copy(&torrc, format!("{torrc}.bak"))?;
        std::fs::write(&torrc, format!("{current}{block}"))?;
        let ok = Command::new("tor").args(["--verify-config", "-f", &torrc]).status()?.success();
        if !ok {
            std::fs::copy(format!("{torrc}.bak"), &torrc)?;
            anyhow::bail!("tor rejected the config; restored the backup");
        }
        Command::new("systemctl").args(["reload", "tor"]).status()?;
    }
    for _ in 0..30 {
        if let Ok(h) = std::fs::read_to_string(format!("{dir}/hostname")) {
            println!("onion address: {}", h.trim());
            return Ok(());
        }
        std::thread::sleep(std::time::Duration::from_secs(1));
    }
    anyhow::bail!("tor did not create {dir}/hostname yet")
}
