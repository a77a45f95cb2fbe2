// One variable, read by name.
pub fn log_level() -> String {
    std::env::var("RUST_LOG").unwrap_or_else(|_| "info".into())
}
