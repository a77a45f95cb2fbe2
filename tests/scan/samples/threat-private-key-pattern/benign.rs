fn f() -> regex::Regex { regex::Regex::new(r"[0-9a-f]{40}").unwrap() } // a git hash
