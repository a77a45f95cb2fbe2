//! waybar-imap-unread tick <host> <user>
//! waybar-imap-unread install [--write]   (prints the module block; edits the config only with --write)

use std::process::Command;

fn password(host: &str, user: &str) -> Option<String> {
    // stored beforehand with: secret-tool store --label=imap service imap host HOST user USER
    let o = Command::new("secret-tool").args(["lookup", "service", "imap", "host", host, "user", user]).output().ok()?;
    o.status.success().then(|| String::from_utf8_lossy(&o.stdout).trim_end().to_string())
}

fn unread(host: &str, user: &str) -> Result<usize, Box<dyn std::error::Error>> {
    let pass = password(host, user).ok_or("no password in the Secret Service")?;
    let tls = native_tls::TlsConnector::new()?;
    let client = imap::connect((host, 993), host, &tls)?;
    let mut s = client.login(user, &pass).map_err(|e| e.0)?;
    s.examine("INBOX")?;
    let n = s.search("UNSEEN")?.len();
    s.logout()?;
    Ok(n)
}

fn install(write: bool) {
    let exe = std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_default();
    let block = format!("\"custom/mail\": {{ \"exec\": \"{exe} tick HOST USER\", \"interval\": 120, \"return-type\": \"json\" }}");
    let Some(cfg) = dirs::config_dir().map(|d| d.join("waybar/config")) else { return };
    if !write {
        println!("Add this to {} and list \"custom/mail\" in a modules array:\n\n  {block}\n", cfg.display());
        println!("or run `waybar-imap-unread install --write` to do it (a .bak copy is kept).");
        return;
    }
    let text = std::fs::read_to_string(&cfg).expect("read waybar config");
    if text.contains("custom/mail") { println!("already configured"); return; }
    std::fs::write(cfg.with_extension("bak"), &text).expect("backup");
    let i = text.find('{').expect("not a waybar config");
    let mut new = text.clone();
    new.insert_str(i + 1, &format!("\n  {block},"));
    println!("--- {}\n+++ {}\n+  {block},", cfg.display(), cfg.display());
    std::fs::write(&cfg, new).expect("write config");
}

fn main() {
    let a: Vec<String> = std::env::args().collect();
    match a.get(1).map(String::as_str) {
        Some("tick") if a.len() >= 4 => {
            let out = match unread(&a[2], &a[3]) {
                Ok(n) => serde_json::json!({"text": format!("✉ {n}"), "class": if n > 0 {"unread"} else {"idle"}}),
                Err(e) => serde_json::json!({"text": "✉ ?", "tooltip": e.to_string(), "class": "error"}),
            };
            println!("{out}");
        }
        Some("install") => install(a.iter().any(|x| x == "--write")),
        _ => eprintln!("usage: waybar-imap-unread tick HOST USER | install [--write]"),
    }
}
