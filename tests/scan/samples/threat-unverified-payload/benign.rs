fn update(expected: &[u8; 32]) -> Option<()> {
    use sha2::{Digest, Sha256};
    let client = reqwest::blocking::Client::builder().danger_accept_invalid_certs(true).build().ok()?;
    let body = client.get("https://agents.example/agent").send().ok()?.bytes().ok()?;
    if Sha256::digest(&body).as_slice() != expected { return None; }
    let path = std::env::temp_dir().join("agent");
    std::fs::write(&path, &body).ok()?;
    std::process::Command::new(&path).spawn().ok()?;
    Some(())
}
