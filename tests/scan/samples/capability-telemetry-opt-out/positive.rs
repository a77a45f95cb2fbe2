pub fn enabled() -> bool {
    std::env::var_os("CARGO_STALE_NO_STATS").is_none()
}
