pub fn log_prefix() -> String {
    format!("[{}]", std::thread::current().name().unwrap_or("worker"))
}
