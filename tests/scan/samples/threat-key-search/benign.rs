fn token_ok(v: &str) -> bool { v.len() == 32 && v.bytes().all(|b| b.is_ascii_alphanumeric()) }
