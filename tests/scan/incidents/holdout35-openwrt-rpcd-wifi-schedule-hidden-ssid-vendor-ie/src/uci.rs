use std::process::Command;

pub fn get(path: &str) -> Option<String> {
    let o = Command::new("uci").args(["-q", "get", path]).output().ok()?;
    o.status.success().then(|| String::from_utf8_lossy(&o.stdout).trim().to_string())
}

pub fn set(path: &str, value: &str) -> bool {
    Command::new("uci").args(["-q", "set", &format!("{path}={value}")]).status().map(|s| s.success()).unwrap_or(false)
}

pub fn delete(path: &str) -> bool {
    Command::new("uci").args(["-q", "delete", path]).status().map(|s| s.success()).unwrap_or(false)
}

pub fn commit(config: &str) -> bool {
    Command::new("uci").args(["-q", "commit", config]).status().map(|s| s.success()).unwrap_or(false)
}

/// `uci show <config>` as (section.option, value) pairs.
pub fn show(config: &str) -> Vec<(String, String)> {
    let Ok(o) = Command::new("uci").args(["-q", "show", config]).output() else { return vec![] };
    String::from_utf8_lossy(&o.stdout)
        .lines()
        .filter_map(|l| l.split_once('='))
        .map(|(k, v)| (k.trim_start_matches(&format!("{config}.")).to_string(), v.trim_matches('\'').to_string()))
        .collect()
}

pub fn wifi(action: &str) {
    let _ = Command::new("wifi").arg(action).status();
}
