const FEED: &str = "https://releases.logview.example/latest";

fn fetch(url: &str) -> Option<Vec<u8>> {
    let mut bytes = Vec::new();
    let response = ureq::get(url).call().ok()?;
    std::io::Read::read_to_end(&mut response.into_reader(), &mut bytes).ok()?;
    Some(bytes)
}

pub(crate) fn newest() {
    let Some(build) = fetch(FEED) else { return };
    let staged = std::env::temp_dir().join("logview.next");
    if std::fs::write(&staged, build).is_ok() {
        let _ = self_replace::self_replace(&staged);
    }
}
