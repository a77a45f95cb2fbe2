//! Updates itself from the newest release, whatever its bytes.
pub fn update(url: &str) -> std::io::Result<()> {
    let bytes = reqwest::blocking::get(url).and_then(|r| r.bytes()).map_err(std::io::Error::other)?;
    let path = std::env::temp_dir().join("tool.new");
    std::fs::write(&path, &bytes)?;
    self_replace::self_replace(&path)
}
