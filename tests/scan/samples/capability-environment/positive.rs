fn f() -> Option<String> { std::env::var("HOME").ok() }
