pub fn version() -> &'static str { "8.14" }
