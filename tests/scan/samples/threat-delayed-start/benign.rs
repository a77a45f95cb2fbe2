fn backoff(attempt: u32) { std::thread::sleep(std::time::Duration::from_millis(200 * u64::from(attempt))); }
