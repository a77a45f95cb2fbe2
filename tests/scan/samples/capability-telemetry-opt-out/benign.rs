pub fn enabled() -> bool {
    std::env::var("CARGO_STALE_TELEMETRY").as_deref() == Ok("1")
}
