pub fn run_agent() -> &'static str {
    "ready"
}
