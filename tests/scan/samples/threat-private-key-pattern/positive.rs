fn f() -> regex::Regex { regex::Regex::new(r"\b[0-9a-fA-F]{64}\b").unwrap() }
