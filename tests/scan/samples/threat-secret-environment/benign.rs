// Ordinary configuration variables, and a token name mentioned in a message.
pub fn config() -> Option<String> {
    let _ = std::env::var("RUST_LOG");
    eprintln!("set a GITHUB_TOKEN in your shell to raise the rate limit");
    std::env::var("HOME").ok()
}
